"""A front-matter block (``---`` / ``key: value`` lines / ``---``) at the top of a file, read into ArticleMeta."""

from __future__ import annotations

import re

from store.extract.drafts import ArticleMeta
from store.extract.metadata.date_values import parse_date
from store.extract.metadata.urls import URL

FRONT_MATTER_LINES = 60

KEYS = {
    "title": "title",
    "headline": "title",
    "outlet": "outlet",
    "source": "outlet",
    "publication": "outlet",
    "publisher": "outlet",
    "site": "outlet",
    "site_name": "outlet",
    "author": "author",
    "authors": "author",
    "byline": "author",
    "by": "author",
    "date": "published",
    "published": "published",
    "published_at": "published",
    "publish_date": "published",
    "pubdate": "published",
    "url": "url",
    "link": "url",
    "source_url": "url",
    "canonical": "url",
    "language": "language",
    "lang": "language",
}

_LANGUAGE_NAMES = {
    "english": "en",
    "french": "fr",
    "german": "de",
    "russian": "ru",
    "ukrainian": "uk",
    "korean": "ko",
    "spanish": "es",
    "japanese": "ja",
    "chinese": "zh",
    "bulgarian": "bg",
}


def read_front_matter(text: str) -> tuple[ArticleMeta, int] | None:
    """The metadata of a front-matter block at the top of ``text`` and the offset just past it, or None."""
    start = 1 if text.startswith("\ufeff") else 0
    match = re.match(r"[ \t]*---[ \t]*\r?\n", text[start:])
    if match is None:
        return None
    pos = start + match.end()
    fields: dict[str, str] = {}
    for _ in range(FRONT_MATTER_LINES):
        newline = text.find("\n", pos)
        end = len(text) if newline < 0 else newline + 1
        line = text[pos:end].strip()
        if line in ("---", "..."):
            return meta_from_fields(fields), end
        if newline < 0:
            return None
        pos = end
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower().replace("-", "_").replace(" ", "_")
        if not sep or not re.fullmatch(r"[a-z_][a-z0-9_]*", key):
            if line.startswith("- ") and fields.get("_last") and KEYS.get(fields["_last"]) == "author":
                fields[fields["_last"]] = ", ".join(filter(None, (fields.get(fields["_last"]), unquote(line[2:]))))
                continue
            return None  # not a key: value block after all
        fields[key] = unquote(value)
        fields["_last"] = key
    return None


def unquote(value: str) -> str:
    """A front-matter value without its quotes; a YAML flow list ``[Ann Kim, Tom Reyes]`` as ``Ann Kim, Tom Reyes``."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    if value.startswith("[") and value.endswith("]") and "=" not in value:  # a YAML flow list: [Ann Kim, Tom Reyes]
        value = ", ".join(unquote(v) for v in value[1:-1].split(",") if v.strip())
    return value


def meta_from_fields(fields: dict[str, str]) -> ArticleMeta:
    """ArticleMeta from ``key: value`` fields: the first value of each known key, dates parsed, URLs checked."""
    values: dict[str, str | None] = {}
    for key, value in fields.items():
        name = KEYS.get(key)
        if name is None or not value or name in values:
            continue
        if name == "published":
            values[name] = parse_date(value)
        elif name == "language":
            lang = value.strip().lower()
            values[name] = _LANGUAGE_NAMES.get(lang, lang.replace("_", "-"))
        elif name == "url":
            values[name] = value if URL.fullmatch(value) else None
        else:
            values[name] = " ".join(value.split())
    return ArticleMeta(**values)
