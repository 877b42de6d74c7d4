"""The one regular expression that matches a candidate figure: a number, a range, and a suffix."""

from __future__ import annotations

import re

from store.extract.figures.money import CURRENCY
from store.extract.figures.number_words import WORDS
from store.extract.figures.shares import FRACTION_RE
from store.extract.figures.vague import VAGUE_RE

_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]|\s?-?(?:mm|cm|millimet))"
    r"|\d{1,3}(?:\.\d{3})+(?![\d,]|\s*(?:million|billion|trillion|bn|mn|mln)\b)"
    r"|\d+(?:\.\d+)?"
)


_ATOM = (
    rf"(?:{VAGUE_RE}|{FRACTION_RE}"
    rf"|{CURRENCY}?(?:(?:{_DIGITS})(?:[\s-]+(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mn|mln|bln|tn|trn|m|b|k)\b)?"
    rf"|(?<![\w-]){WORDS}))"
)
FIGURE = re.compile(
    rf"""(?<![\w.,:/#+\-\u2013])
    (?:(?P<btw>between)\s+)?
    (?P<a>{_ATOM})
    (?:(?P<sep>\s*[-\u2013\u2014]\s*|\s+to\s+|\s+or\s+|(?(btw)\s+and\s+|(?!)))(?P<b>{_ATOM}))?
    (?P<suffix>\s?(?:%|percent\b|per\s?cent\b|pct\b)|-plus\b|-odd\b|\+)?
    (?![\w%]|:\d|[.,]\d)""",
    re.I | re.X,
)
