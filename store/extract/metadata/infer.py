"""Inference of an article's metadata from the head and tail of its text, when no front matter states it."""

from __future__ import annotations

from dataclasses import replace

from store.extract.drafts import ArticleMeta
from store.extract.metadata.bylines import BYLINE_SPLIT, bare_byline, is_byline, tail_author
from store.extract.metadata.date_values import page_order
from store.extract.metadata.datelines import is_dateline, numeric_date_line, opens_body, tail_date
from store.extract.metadata.footer import outlet_in_footer, tail_outlet
from store.extract.metadata.furniture import is_furniture
from store.extract.metadata.language import text_language
from store.extract.metadata.lines import HEAD_CHARS, head_lines
from store.extract.metadata.outlets import (
    DESK,
    DOMAIN_PUBLISHES,
    brand,
    is_outlet_name,
    masthead_name,
    outlet_like,
    short_form,
)
from store.extract.metadata.prose import reads_as_body, reads_as_title
from store.extract.metadata.scan import LABELLED, scan_line
from store.extract.metadata.title import short_headline, split_outlet, tagline_above_logo
from store.extract.metadata.urls import tail_url


def infer_metadata(text: str, start: int) -> ArticleMeta:
    """The metadata the head (from ``start``) and the tail of ``text`` state; anything not stated stays None."""
    head = text[start : start + HEAD_CHARS]
    lines = head_lines(text, start)
    order = page_order(head)
    meta = ArticleMeta()
    title: str | None = None
    title_pos = -1
    body_seen = False
    seen: set[str] = set()
    byline: tuple[str | None, str | None] | None = None  # a bare "Jane Doe, Seoul correspondent": (authors, outlet)
    tagline: str | None = None
    masthead: str | None = None  # the outlet's name in header furniture, weaker than a byline or dateline
    footer_outlet = tail_outlet(text) or outlet_in_footer(head)
    filled = [i for i, line in enumerate(lines) if line]
    after_byline = False
    for pos, index in enumerate(filled):
        line = lines[index]
        was_after_byline, after_byline = after_byline, False
        meta = scan_line(line, meta, order, strict=body_seen)
        if line in seen:
            continue
        seen.add(line)
        if body_seen:
            continue
        if opens_body(line):  # "SEOUL, Nov 13 (Reuters) - ...", "SEOUL, Nov 4, 2024 - ..." open the body
            body_seen = True
            continue
        if is_byline(line):
            after_byline = True
            continue
        if title is None:
            name = masthead_name(line, first=pos == 0)
            if name:  # "The Korea Daily Herald" above the headline
                name = brand(name)
                if pos == 0 and meta.outlet is None:
                    meta = replace(meta, outlet=name)
                masthead = masthead or name
                continue
        if title_pos == 0 and pos == 1 and tagline_above_logo(lines, index):
            # "Exclusive news, data and analytics for ...", then the "Reuters" logo, then menus: a tagline
            tagline, title, masthead = title, None, brand(line)
            continue
        if footer_outlet and line.casefold() == footer_outlet.casefold():
            continue
        if was_after_byline:
            affiliation = BYLINE_SPLIT.split(line, maxsplit=1)[0]
            if outlet_like(affiliation):  # "BBC News, Seoul" under "By Thomas Reid" or "Thomas Reid"
                meta = meta if meta.outlet else replace(meta, outlet=affiliation)
                continue
        if is_dateline(line) or LABELLED.match(line) or DOMAIN_PUBLISHES.match(line) or DESK.match(line):
            continue
        bare = bare_byline(line)
        if bare is not None:
            if byline is None and (title is None or pos - title_pos <= 6):
                byline = bare
                after_byline = True
            continue
        if title is None and short_headline(lines, index, pos == 0 or masthead is not None):
            title, title_pos = line, pos
            continue
        if is_furniture(line):
            continue
        if title is None:
            if reads_as_title(line):
                title, title_pos = line, pos
                continue
            body_seen = True
        elif reads_as_body(line):
            body_seen = True
    title = title or tagline
    outlet_from_title: str | None = None
    if title is not None:
        title, outlet_from_title = split_outlet(title)
    if byline is not None:
        if meta.author is None:
            meta = replace(meta, author=byline[0])
        if meta.outlet is None and byline[1]:
            meta = replace(meta, outlet=byline[1])
    if meta.author is None:
        meta = replace(meta, author=tail_author(text, start))
    if not is_outlet_name(meta.outlet):
        fallbacks = (outlet_from_title, masthead, footer_outlet)
        meta = replace(meta, outlet=next((o for o in fallbacks if is_outlet_name(o)), None))
    if meta.outlet is not None:
        meta = replace(meta, outlet=short_form(meta.outlet, (masthead, footer_outlet, byline and byline[1])))
    if meta.published is None:
        meta = replace(meta, published=numeric_date_line(lines, order) or tail_date(text, order))
    if meta.url is None:
        meta = replace(meta, url=tail_url(text))
    return replace(
        meta,
        title=_squeeze(meta.title or title),
        outlet=_squeeze(meta.outlet),
        author=_squeeze(meta.author),
        language=text_language(text, start),
    )


def _squeeze(value: str | None) -> str | None:
    """Inner runs of spaces (a blanked control sequence, a tab) as one space."""
    if value is None:
        return None
    return " ".join(value.split()) or None
