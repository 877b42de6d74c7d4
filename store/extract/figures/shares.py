"""Fractions as figures: "a third", "two-thirds", "half of", "one in five", "a third to a half".

Percentages are the ``%`` / "per cent" suffix of the figure pattern (:mod:`.pattern`)."""

from __future__ import annotations

import re

from store.extract.figures.number_words import SCALES, UNIT_WORDS
from store.extract.figures.record import Atom

_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}


_FRACTION_WORD = r"(?:(?:an?|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?)|(?:an?\s+|one[\s-])?half)"
# "a third to a half", "between a quarter and a third": one range of two fractions
_FRACTION_RANGE = rf"{_FRACTION_WORD}\s*(?:to|and|or|-|\u2013)\s*{_FRACTION_WORD}(?![\w-])"
_FRACTION_RANGE_FULL = re.compile(_FRACTION_RANGE)
_ONE_IN = re.compile(r"(\w+) (?:in|out of) (\w+)")
_SHARE_OF_SCALE = re.compile(
    r"(half|an?|one|two|three|four)(?:[ -](third|quarter|fifth|tenth)s?)?(?: of)?(?: an?)?"
    r"(?: (million|billion))?"
)
_FRACTION_RANGE_SPLIT = re.compile(
    r"\s+(?:to|and|or)\s+|(?:(?<=half)|(?<=third)|(?<=thirds)|(?<=quarter)|(?<=quarters)|(?<=fifth)|(?<=fifths)"
    r"|(?<=tenth)|(?<=tenths))\s*[-\u2013]\s*"
)
FRACTION_RE = (
    rf"(?:{_FRACTION_RANGE}"
    r"|half\s+an?\s+(?:million|billion)"
    r"|(?:one|two|three|1|2|3)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
    r"|(?:an?|one|two|three|four)[\s-]quarters?\s+of\s+an?\s+(?:million|billion)"
    r"|(?:an?|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)"
    # "his estimate was closer to a third.": a share stated at the end of a sentence (not "two died and a third")
    r"|(?:(?<=\bto\s)|(?<=than\s)|(?<=\bat\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bbe\s)|(?<=about\s)|(?<=around\s)"
    r"|(?<=roughly\s)|(?<=nearly\s)|(?<=almost\s)|(?<=least\s)|(?<=\bjust\s)|(?<=\bonly\s))"
    r"(?:an?|one|two)[\s-](?:thirds?|quarters?|fifths?)(?=\s*(?:[.;)]|$))"
    r"|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?)"
    r"|half(?=[\"”’']?\s+(?:of|the|a|an|their|its|his|all|that|those|these)\b))"
)


def parse_fraction(t: str) -> Atom | None:
    """A fraction ("a third", "one in five", "a third to a half") or a share of a scale word, or None."""
    if _FRACTION_RANGE_FULL.fullmatch(t):
        parts = [p for p in _FRACTION_RANGE_SPLIT.split(t) if p]
        ends = [parse_fraction(p) for p in parts]
        if len(ends) == 2 and ends[0] is not None and ends[1] is not None:
            low, high = sorted((ends[0].low, ends[1].low))
            return Atom(low, high, kind="fraction")
        return None
    if t in ("a half", "one half", "one-half"):
        return Atom(0.5, 0.5, kind="fraction")
    one_in = _ONE_IN.fullmatch(t)
    if one_in:
        a, b = (UNIT_WORDS.get(w) or (int(w) if w.isdigit() else 0) for w in one_in.groups())
        return Atom(a / b, a / b, kind="fraction") if a and b else None
    m = _SHARE_OF_SCALE.fullmatch(t)
    if not m or (m.group(2) is None and m.group(1) != "half"):
        return None
    if m.group(1) == "half":
        value = 0.5
    else:
        count = 1 if m.group(1) in ("a", "an") else UNIT_WORDS[m.group(1)]
        value = count * _FRACTIONS[m.group(2)]
    if m.group(3):
        total = value * SCALES[m.group(3)]
        return Atom(total, total)
    return Atom(value, value, kind="fraction")
