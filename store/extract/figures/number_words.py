"""Numbers written in words: the word tables, the pattern of a number in words, and its value."""

from __future__ import annotations

import re

UNIT_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}


_UNIT_RE = "|".join(UNIT_WORDS)
_TENS_RE = "|".join(TENS_WORDS)
_NUMW = rf"(?:(?:{_TENS_RE})(?:[-\s](?:{_UNIT_RE})\b)?|(?:{_UNIT_RE}))"
_SCALE_W = r"(?:hundred|thousand|million|billion|trillion|dozen)"
WORDS = (
    rf"(?:{_NUMW}(?:\s+and\s+a\s+half(?=\s+{_SCALE_W}\b))?|an?(?=\s+{_SCALE_W}\b))"
    rf"(?:[\s-]+{_SCALE_W}(?:\s+and\s+{_NUMW})?)*\b"
)

_WORD_SPLIT = re.compile(r"[\s-]+")


def parse_words(t: str) -> tuple[float | None, float]:
    """The value of a number in words and its last scale word ("two thousand" -> (2000.0, 1000)); None if no number."""
    total, current, last_scale = 0.0, 0.0, 1.0
    seen = False
    for word in _WORD_SPLIT.split(t.replace(" and a half", " +half")):
        if word in ("and",):
            continue
        if word == "+half":  # "one and a half million"
            current += 0.5
            continue
        if word in ("a", "an"):
            current = 1
            seen = True
        elif word in UNIT_WORDS:
            current += UNIT_WORDS[word]
            seen = True
        elif word in TENS_WORDS:
            current += TENS_WORDS[word]
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            if current == 0:
                current = 1
            if scale == 100 or scale == 12:
                current *= scale
            else:
                total += current * scale
                current = 0
            last_scale = scale
        else:
            return None, 1.0
    if not seen:
        return None, 1.0
    return total + current, last_scale
