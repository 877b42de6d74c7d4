"""Datelines and date lines at the head (or foot) of an article.

A wire dateline (``KYIV/SEOUL, Nov 4 (Reuters) -``) opens the body and may name an agency; a date line
(``Published: 4 November 2024``) is a date and little else.
"""

from __future__ import annotations

import re

from store.extract.metadata.date_values import DATE, MONTH, NUMERIC_DATE, WEEKDAY, date_of, parse_date
from store.extract.metadata.lines import HEAD_CHARS, TAIL_CHARS
from store.extract.metadata.prose import reads_as_title

_DATE_LABEL = re.compile(
    rf"^\W*(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|date|dated|on)\b\W*|{WEEKDAY}\s*)*$",
    re.IGNORECASE,
)
_PLACE_CAPS = r"[A-Z][A-Z.'’/ -]{1,40}"  # SEOUL / KYIV/SEOUL / NEW YORK
_PLACE_TITLE = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"  # Seoul / Hong Kong
_NEWS_DATELINE = re.compile(
    rf"^\s*{_PLACE_CAPS}(?:,\s*[A-Z][\w.'’ -]{{1,30}})?"  # SEOUL / KYIV, Ukraine / KYIV/SEOUL
    r"(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"  # , Nov 13 / , Nov. 13, 2024
    r"\s*\((?P<agency>[A-Z][A-Za-z&.' -]{1,30}|[A-Z]{2,6})\)\s*[-–—:]"
)
# "SEOUL, Nov 4, 2024 - ..." / "Kyiv, Ukraine, 4 November 2024 — ...": a dateline that gives the date but no agency.
_PLACE_DATELINE = re.compile(
    rf"^\s*(?:{_PLACE_CAPS}|{_PLACE_TITLE})(?:,\s*[A-Z][A-Za-z.'’ -]{{1,30}})?,\s*(?:(?i:{WEEKDAY})\s*)?"
    rf"(?P<date>(?i:{MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}\s+(?i:{MONTH})\.?,?\s+(?:19|20)\d\d)"
    r"\s*(?:\((?P<agency>[A-Z][A-Za-z&.' -]{1,30})\)\s*)?[-–—:]{1,2}(?:\s|$)"
)
# "Seoul, South Korea CNN — ...": the outlet's initials after the place, no brackets.
_BARE_AGENCY_DATELINE = re.compile(
    rf"^\s*{_PLACE_TITLE}(?:,\s*{_PLACE_TITLE})?\s+(?P<agency>[A-Z]{{2,6}})\s*[-–—]{{1,2}}(?:\s|$)"
)
# "Moscow, November 4 (Interfax) - ..." and "MOSCOW, November 4. /TASS/.": a date and an agency after the place.
_TITLE_PLACE_DATELINE = re.compile(
    rf"^\s*{_PLACE_TITLE}(?:,\s*{_PLACE_TITLE})?,\s*(?i:{MONTH})\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?"
    r"\s*\((?P<agency>[A-Z][A-Za-z&.' -]{1,30})\)\s*[-–—:]{1,2}"
)
_SLASHED_AGENCY = re.compile(
    rf"^\s*(?:{_PLACE_CAPS}|{_PLACE_TITLE}),\s*(?i:{MONTH})\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?\.\s*"
    r"/(?P<agency>[A-Z][A-Za-z-]{1,20})/"
)
AGENCY_DATELINES = (_NEWS_DATELINE, _PLACE_DATELINE, _TITLE_PLACE_DATELINE, _SLASHED_AGENCY, _BARE_AGENCY_DATELINE)
NOT_AGENCIES = frozenset({"DC", "US", "USA", "UK", "EU", "UN", "UAE", "NATO", "ROK", "DPRK", "PRC"})

_HAS_DIGIT = re.compile(r"\d")

DATE_NOISE = re.compile(
    rf"""\b(?:(?:first\s+|last\s+)?(?:published|posted|updated|modified|date|dated|on|at|by|the|and|in|of|from|ago
        |am|pm|a\.m|p\.m|gmt|bst|utc|kst|est|edt|cet|cest|eet|eest|msk|et|pt|min|mins|minutes?|hours?|read|reads
        |views?|comments?|shares?|{WEEKDAY}))\b|[\d:|·•/(),.\-–—+]+""",
    re.IGNORECASE | re.VERBOSE,
)


def opens_body(line: str) -> bool:
    """Whether ``line`` is a dateline that opens the body ("SEOUL, Nov 4 (Reuters) -", "SEOUL, Nov 4, 2024 -")."""
    if any(p.match(line) for p in (_NEWS_DATELINE, _PLACE_DATELINE, _TITLE_PLACE_DATELINE, _SLASHED_AGENCY)):
        return True
    bare = _BARE_AGENCY_DATELINE.match(line)
    return bare is not None and bare.group("agency") not in NOT_AGENCIES


def first_date(text: str) -> int:
    """The offset of the first full date in ``text``, or 0 when there is none."""
    match = DATE.search(text)
    return match.start() if match else 0


def dateline_date(line: str, order: str | None = None) -> str | None:
    """A full date on a line that reads as a dateline, not inside a body sentence."""
    if not _HAS_DIGIT.search(line):
        return None
    news = _NEWS_DATELINE.match(line) or _TITLE_PLACE_DATELINE.match(line) or _SLASHED_AGENCY.match(line)
    if news:
        return parse_date(news.group())
    place = _PLACE_DATELINE.match(line)
    if place:
        return parse_date(place.group("date"))
    for match in DATE.finditer(line):
        before = line[: match.start()]
        if _DATE_LABEL.match(before) or len(line) <= 60:
            date = date_of(match, order)
            if date:
                return date
    return None


def pure_date_line(line: str) -> bool:
    """A line that is a date and little else: labels, a weekday, a time, a place or a read time."""
    if len(line) > 80:
        return False
    match = DATE.search(line)
    if match is None:
        return False
    rest = DATE_NOISE.sub(" ", line[: match.start()] + " " + line[match.end() :])
    return len(rest.split()) <= 2


def is_dateline(line: str) -> bool:
    """Whether ``line`` is a short date line or a dateline that is no headline (a wire dateline opens the body)."""
    if (
        len(line) > 80
        or _NEWS_DATELINE.match(line) is not None
        or (dateline_date(line) is None and not NUMERIC_DATE.search(line))
    ):
        return False
    return pure_date_line(line) or not reads_as_title(line)


def numeric_date_line(lines: list[str], order: str | None) -> str | None:
    """A labelled or pure numeric date line ("Published: 24/11/2024") the line scan could not settle alone."""
    for line in lines:
        if line and len(line) <= 80 and NUMERIC_DATE.search(line) and pure_date_line(line):
            date = parse_date(line, order)
            if date:
                return date
    return None


def tail_date(text: str, order: str | None) -> str | None:
    """A labelled date line at the end of a long page: "Published November 4, 2024"."""
    if len(text) <= HEAD_CHARS:
        return None  # a short page's head already covered its end
    for raw in text[-TAIL_CHARS:].splitlines()[-15:]:
        line = raw.strip()
        match = DATE.search(line)
        if match and match.start() and _DATE_LABEL.match(line[: match.start()]) and pure_date_line(line):
            date = date_of(match, order)
            if date:
                return date
    return None
