"""Numbers that are not figure claims: dates, years, times, ages, calibres and units, model and
designator numbers ("Unit 6"), references ("Resolution 2397", "page 3") and digits glued to other digits."""

from __future__ import annotations

import re

from store.extract.figures.record import Atom

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|and|to|or|-|–)\s*)?$", re.I)
MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTHS}\b", re.I)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|till|of|year|years|early|late|mid|before|after|during|to|and|the|since|spring|summer"
    r"|autumn|fall|winter|fiscal|through|between|circa|c\.|election|elections)\W*$",
    re.I,
)
NOT_AFTER = re.compile(
    r"(?:-|\s+)(?:years?|yrs?)[-\s]+old\b|-(?:years?|months?|weeks?|days?|hours?|minutes?|mm|cm|km|kg|kilo\w*|metres?"
    r"|meters?|miles?|inch\w*|times?|fold|storey|story|point|page|off|seat|nation|party|way|millimet\w+|calibre|caliber)\b"
    r"|\s*(?:mm|cm|km|millimet\w+|centimet\w+|kilomet\w+|calibre|caliber|km/h|kph|mph)\b"
    r"|\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\s*(?:GMT|UTC|BST|KST|CET|EST|hrs)\b",
    re.I,
)


FURNITURE_BEFORE = re.compile(
    r"\b(?:image|photo|picture|slide|page|part|chapter|video|item|step|figure|fig\.|no\.|number|episode|vol\."
    r"|resolutions?|article|articles|section|paragraph|clause|decree|flight|route|highway)\s*"
    r"(?:\d+\s+(?:of|/)\s*|(?:\d+\s*(?:,|and|&)\s*)+)?$|#\s*$",
    re.I,
)
# a capitalised name followed by a number names a thing: "Unit 6", "Room 39", "Camp 14", "Bureau 121"
DESIGNATOR_BEFORE = re.compile(
    r"\b(?:Unit|Room|Bureau|Camp|Office|Department|Building|Block|Zone|Sector|Team|Division|Brigade|Regiment"
    r"|Battalion|Corps|Squadron|Group|Base|Hall|Gate|Platform|Terminal|Factory|Plant|Site|Mine|Hospital|Prison)\s+$"
)
DIGIT_BEFORE = re.compile(r"[\d+][ \t\u00a0-]?$")
# a calibre after a count is not another digit group: "120 170mm guns"
DIGIT_AFTER = re.compile(r"[ \t\u00a0-]?\d(?!\d*\s?-?(?:mm|cm|millimet\w*)\b)")
# "aged 20 and 26", "ages 19, 22 and 25": every number of the list is an age
AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+(?:between\s+)?(?:\d{1,2}\s*(?:,|and|or|&)\s*)*$", re.I)
# "One is 20; the other 26", "he was 19": a small number said of a person is an age
AGE_COPULA = re.compile(
    r"\b(?:(?:one|he|she|who|the\s+other|the\s+(?:older|younger|elder|eldest|youngest)(?:\s+(?:one|man|soldier))?)"
    r"\s+(?:is|was|being)|the\s+other)\s+$",
    re.I,
)
AGE_END = re.compile(r"\s*(?:[,;.)!?]|$|and\b|but\b|years?\b)", re.I)
# "two men, 20 and 26, were questioned": small numbers in apposition after a noun are ages
AGE_LIST_BEFORE = re.compile(r"[A-Za-z],\s*(?:\d{1,2}\s*(?:,|and|&)\s*)*$")
AGE_LIST_AFTER = re.compile(r"(?:\s*(?:,|and|&)\s*\d{1,2})*\s*(?:[,;)]|$)")

_FOUR_DIGITS = re.compile(r"\d{4}")
_COMMA_OR_APOSTROPHE_END = re.compile(r"[,']\s*$")
_COUNTED_NOUN_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+){0,2}[a-z]+s\b")
_NOT_COUNTED_AFTER = re.compile(r"\s+(?:elections?|was|is|has|had|as)\b")
_TIME_BEFORE = re.compile(r"\d[:h]$")
_TIME_AFTER = re.compile(r"[:h]\d")


def is_year(written: str, atom: Atom) -> bool:
    """Whether a written number is a year (four digits, 1900-2100)."""
    w = written.strip()
    return bool(_FOUR_DIGITS.fullmatch(w)) and 1900 <= atom.low <= 2100


def count_follows(before: str, after: str) -> bool:
    """Whether a year-like number is a count: "2000 soldiers" but not "in 2000" or "2024 elections"."""
    if _YEAR_CONTEXT_BEFORE.search(before) or _COMMA_OR_APOSTROPHE_END.search(before):
        return False
    return bool(_COUNTED_NOUN_AFTER.match(after)) and not _NOT_COUNTED_AFTER.match(after)


def is_time_like(before: str, after: str) -> bool:
    """Whether a number is part of a time of day ("21:01", "14h30")."""
    return bool(_TIME_BEFORE.search(before) or _TIME_AFTER.match(after))
