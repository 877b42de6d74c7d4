"""Bylines: ``By ...`` lines, bare lines of names under a headline, and a wire story's closing ``Reporting by``."""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract.drafts import ArticleMeta
from store.extract.metadata.datelines import DATE_NOISE, dateline_date, first_date, pure_date_line
from store.extract.metadata.lines import TAIL_CHARS
from store.extract.metadata.outlets import outlet_like
from store.extract.metadata.person_names import looks_like_name, name_token, title_case
from store.extract.names import canonical

_BYLINE = re.compile(
    r"^\W*(?:(?:written|words|reporting|reported|story|analysis|commentary|opinion|essay|column)\s+)?by\s*:?\s+(?P<name>.+)$"
    r"|^\W*(?:author|authors|byline)\s*:\s*(?P<name2>.+)$",
    re.IGNORECASE,
)
_REPORTING_BY = re.compile(r"^\W*reporting\s+by\s+(?P<names>[^;\n)]{3,120})", re.IGNORECASE | re.MULTILINE)

BYLINE_SPLIT = re.compile(r"\s*(?:,|\||·|•|\s[-–—]\s|\b(?i:and)\b|&)\s*")
_DATE_THEN_NAME = re.compile(r"^(?P<date>.{6,60}?\d)\s*(?:\||·|•|\s[-–—]\s)\s*(?P<name>[A-Z][^|·•]{2,80})$")
_TRAILING_BY = re.compile(r"\s[Bb]y\s+(?P<name>[A-Z][^|]{2,80})$")  # "Posted on 4 November 2024 by Jane Doe"

_DESK_REST = re.compile(
    r"^(?:staff(?:\s+writers?)?|news\s*desk|newsroom|(?:staff\s+)?(?:and\s+)?(?:news\s+)?agencies)$", re.IGNORECASE
)
_FOR = re.compile(r"^(?:for|at)\s+", re.IGNORECASE)  # "By Jane Doe for The Example Times"

_HONORIFICS = frozenset(["dr", "prof", "professor"])

_ROLE = re.compile(
    r"\b(?:correspondents?|reporters?|writers?|editors?|columnists?|contributors?|journalists?|staff|bureau|chief"
    r"|analysts?|fellows?|directors?|researchers?|professors?|producers?|associates?|chair|head|phd|ph\.d)\b",
    re.IGNORECASE,
)
_IN_PLACE = re.compile(r"^(?:in|from|reporting\s+from)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")

_HANDLE = re.compile(r"\s*\(?@\w{1,30}\)?\s*$")


def scan_byline(line: str, meta: ArticleMeta, order: str | None) -> ArticleMeta:
    """Author (and an outlet named beside it) from "By ..." lines and "Name | date" lines."""
    if len(line) > 120:
        return meta
    by = _BYLINE.match(line)
    trailing = _TRAILING_BY.search(line) if by is None else None
    if by:
        names, rest = _byline_parts(by.group("name") or by.group("name2"))
    elif trailing and pure_date_line(line[: trailing.start()]):
        names, rest = _byline_parts(trailing.group("name"))
    elif _DATE_THEN_NAME.match(line) and pure_date_line(_DATE_THEN_NAME.match(line).group("date")):
        names, rest = _byline_parts(_DATE_THEN_NAME.match(line).group("name"))
        if rest:
            return meta  # "4 Nov 2024 · Jane Doe" only when nothing but names follows the date
    else:
        names, rest = _byline_parts(line)
        if (
            not names
            or not rest
            or dateline_date(rest, order) is None
            or DATE_NOISE.sub(" ", rest[: first_date(rest)]).strip()
        ):
            return meta  # a bare "Name | date" line only counts when the date follows the names at once
    if len(names) == 1 and _DESK_REST.match(rest) and outlet_like(names[0]):  # "By Al Jazeera Staff"
        return meta if meta.outlet else replace(meta, outlet=names[0])
    if names and meta.author is None:
        meta = replace(meta, author=", ".join(names))
    if names and meta.outlet is None:
        affiliation = _FOR.sub("", BYLINE_SPLIT.split(rest, maxsplit=1)[0].strip(" ."))
        if affiliation and outlet_like(affiliation):
            meta = replace(meta, outlet=affiliation)
    return meta


def bare_byline(line: str) -> tuple[str | None, str | None] | None:
    """A byline without "By": names alone, or names and a role, a place or an outlet.

    "Jane Doe", "JANE DOE", "Jane Doe and John Roe", "Jane Doe, Seoul correspondent",
    "Jane Doe in Seoul", "Jane Doe, BBC News". Returns ``(authors, outlet or None)``.
    """
    if not line or len(line) > 90 or not line[0].isupper():
        return None
    names, rest = _byline_parts(_HANDLE.sub("", line).rstrip(" ."))
    if not names:
        return None
    known = [canonical(name) for name in names]
    if len(names) == 1 and known[0] is not None and known[0].type == "outlet":
        return None, names[0]  # "Al Jazeera and news agencies"
    if any(entry is not None for entry in known):
        return None  # "Kim Jong Un" on a caption line is the story's subject, not its author
    rest = rest.strip(" ,.;:-–—")
    if len(names) == 1 and _DESK_REST.match(rest) and outlet_like(names[0]):
        return None, names[0]  # "Al Jazeera and news agencies"
    if not rest:
        return ", ".join(names), None
    if outlet_like(rest.split(",")[0].strip()):
        return ", ".join(names), rest.split(",")[0].strip()
    if len(rest.split()) <= 6 and _descriptor(rest):
        return ", ".join(names), None
    return None


def _byline_parts(raw: str) -> tuple[list[str], str]:
    """The person names at the start of a byline, and what follows them (outlet, role, place, date)."""
    names: list[str] = []
    rest = raw.strip()
    while rest:
        sep = BYLINE_SPLIT.search(rest)
        part, after = (rest[: sep.start()], rest[sep.end() :]) if sep else (rest, "")
        tokens = part.strip(" .:;").split()
        if not tokens and after:
            rest = after  # ", and John Roe": the separator left "and" at the start
            continue
        if len(tokens) > 2 and tokens[0].lower().strip(".") in _HONORIFICS:
            tokens = tokens[1:]  # "Dr. Jane Doe"
        shouting = bool(tokens) and len(tokens[0]) > 1 and tokens[0].isupper()  # "By JOHN MERCER and ..."
        run = 0
        while run < len(tokens) and name_token(tokens[run], shouting):
            run += 1
        name = " ".join(title_case(t) if shouting else t for t in tokens[:run])
        if not run or not looks_like_name(name):
            if names and after and _descriptor(part.strip()):
                rest = after  # "Jane Doe, Seoul correspondent, and John Roe": the role, then the next name
                continue
            return names, rest
        names.append(name)
        if run < len(tokens):
            tail = " ".join(tokens[run:])
            if after and _IN_PLACE.match(tail):
                rest = after  # "Jane Doe in Seoul and John Roe in Kyiv"
                continue
            return names, " ".join([tail, after]).strip()
        rest = after
    return names, ""


def _descriptor(segment: str) -> bool:
    """A short role or place after a name in a byline: "Seoul correspondent", "in Kyiv"."""
    return len(segment.split()) <= 5 and bool(_ROLE.search(segment) or _IN_PLACE.match(segment))


def is_byline(line: str) -> bool:
    """A "By ..." line that names someone ("By the numbers: ..." is a headline)."""
    by = _BYLINE.match(line)
    return by is not None and bool(_byline_parts(by.group("name") or by.group("name2"))[0])


def tail_author(text: str, start: int) -> str | None:
    """The reporters a wire story names at its end: "Reporting by Jane Doe in Seoul; Editing by ..."."""
    tail = text[max(start, len(text) - TAIL_CHARS) :]
    match = _REPORTING_BY.search(tail)
    if match is None:
        return None
    names, _ = _byline_parts(match.group("names").strip())
    return ", ".join(names) or None
