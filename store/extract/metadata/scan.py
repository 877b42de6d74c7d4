"""What one head line states: a labelled field, a byline, a date, an outlet or a URL."""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract.drafts import ArticleMeta
from store.extract.metadata.bylines import scan_byline
from store.extract.metadata.date_values import parse_date
from store.extract.metadata.datelines import dateline_date, pure_date_line
from store.extract.metadata.front_matter import KEYS, meta_from_fields, unquote
from store.extract.metadata.outlets import line_outlet, plausible_outlet
from store.extract.metadata.urls import URL, URL_LINE

LABELLED = re.compile(
    r"^(?P<key>title|headline|outlet|source|publication|publisher|author|authors|byline|date|published|url|link|language|lang)"
    r"\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)


def scan_line(line: str, meta: ArticleMeta, order: str | None, strict: bool) -> ArticleMeta:
    """Fill what this head line states (byline, date, outlet, URL) into ``meta`` if still unknown.

    ``strict`` (inside the body) takes a date only from a line that is nothing but a date.
    """
    labelled = LABELLED.match(line)
    if labelled:
        key = labelled.group("key").lower()
        value = unquote(labelled.group("value"))
        if KEYS.get(key) == "outlet" and not plausible_outlet(value):
            return meta  # "Source: Budanov in an interview with ..." names where a quote comes from, not the outlet
        if KEYS.get(key) == "published":
            found = ArticleMeta(published=parse_date(value, order))
        else:
            found = meta_from_fields({key: value})
        return ArticleMeta(
            **{
                name: getattr(meta, name) if getattr(meta, name) is not None else getattr(found, name)
                for name in ("title", "outlet", "author", "published", "url", "language")
            }
        )
    if meta.author is None or meta.outlet is None:
        meta = scan_byline(line, meta, order)
    # a field still None stays None: no new record is built for nothing found (most lines state nothing)
    if meta.published is None and (not strict or pure_date_line(line)):
        published = dateline_date(line, order)
        if published is not None:
            meta = replace(meta, published=published)
    if meta.outlet is None:
        outlet = line_outlet(line)
        if outlet is not None:
            meta = replace(meta, outlet=outlet)
    if meta.url is None:
        url = URL_LINE.match(line)
        if url:
            meta = replace(meta, url=URL.match(url.group("url")).group() if URL.match(url.group("url")) else None)
    return meta
