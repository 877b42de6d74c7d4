"""The best date of a claim: a date stated in its sentence, else the article's date.

A claim's date lets a reader tell a change over time from a contradiction ("8,000 as of
October 31" vs "11,000" in January). Dates understood in a sentence: ``October 31, 2024``,
``Oct. 31``, ``31 October 2024``, ``October 2024`` (-> ``2024-10``), ``2024-10-31``. A day
and month without a year take the year of the article's published date, or the year before
when that would put the date more than a week after publication ("December 28" in an
article of January 5). In an article with no published date such a day and month gives no
date at all: the year is not guessed (a wrong year would turn a change over time into a
contradiction, or hide one), so the claim's date stays None. Relative dates ("last November",
"on Sunday") give no exact date, so the article's date is used. The first date of the sentence wins.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from store.extract.hints import may_contain

_MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"\b(?:"
    r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"
    r"|" + _MONTH.format(g="m1") + r"\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"
    r"|(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format(g="m2") + r"(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
    r"|" + _MONTH.format(g="m3") + r",?\s+(?P<y3>(?:19|20)\d\d)\b"
    r")",
    re.I,
)

# every date above holds a month's first three letters or the hyphens of an ISO date
_DATE_NEEDLES = ("-", *_MONTH_NUMBERS)


def sentence_date(sentence: str, published: str | None) -> str | None:
    """The claim's best date.

    Args:
        sentence: The claim's sentence.
        published: The article's published date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), if known.

    Returns:
        ``YYYY-MM-DD`` (or ``YYYY-MM`` for a month and year) from the sentence, else ``published``, else None.
    """
    if not may_contain(sentence, _DATE_NEEDLES):
        return published
    for m in _DATE.finditer(sentence):
        found = _from_match(m, published)
        if found is not None:
            return found
    return published


def _from_match(m: re.Match[str], published: str | None) -> str | None:
    if m.group("iy"):
        return _iso(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("m3"):
        return f"{int(m.group('y3')):04d}-{_month(m.group('m3')):02d}"
    month_name = m.group("m1") or m.group("m2")
    day = int(m.group("d1") or m.group("d2"))
    year_text = m.group("y1") or m.group("y2")
    month = _month(month_name)
    if year_text:
        return _iso(int(year_text), month, day)
    pub = _published_date(published)
    if pub is None:
        return None
    guess = _iso(pub.year, month, day)
    if guess is None:
        return None
    if date.fromisoformat(guess) > pub + timedelta(days=7):
        return _iso(pub.year - 1, month, day)
    return guess


def _month(name: str) -> int:
    return _MONTH_NUMBERS[name[:3].lower()]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _published_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
