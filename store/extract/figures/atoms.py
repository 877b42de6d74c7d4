"""Parsing one written number (digits, words, a fraction or a vague amount) into an :class:`Atom`."""

from __future__ import annotations

import math
import re

from store.extract.figures.money import CURRENCY_PREFIX
from store.extract.figures.number_words import SCALES, parse_words
from store.extract.figures.record import Atom
from store.extract.figures.shares import parse_fraction
from store.extract.figures.vague import parse_vague

_DIGITS = re.compile(r"[\d][\d,. ]*")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_ZEROS = re.compile(r"((?:,000)+)$")


def parse_atom(written: str) -> Atom | None:
    """One written number (an end of a range, or a single figure) parsed, or None when it is no number."""
    t = " ".join(written.lower().replace("\u00a0", " ").replace("\u202f", " ").split())
    vague = parse_vague(t)
    if vague is not None:
        return vague
    fraction = parse_fraction(t)
    if fraction is not None:
        return fraction
    currency = None
    cur = CURRENCY_PREFIX.match(written)
    if cur and cur.end() > 0:
        currency = cur.group(0).strip()
        t = t[len(cur.group(0).lower().strip()) :].strip()
    digits = _DIGITS.match(t)
    if digits:
        number = digits.group(0).strip()
        rest = t[len(number) :].strip(" -")
        if _DOTTED_THOUSANDS.fullmatch(number) and not rest:
            value = float(number.replace(".", ""))
        else:
            value = float(number.replace(",", "").replace(" ", ""))
        scale = SCALES.get(rest, 1) if rest else 1
        if (rest and rest not in SCALES) or len(number) > 24 or not math.isfinite(value):
            return None  # a run of digits too long to be a figure (an id, or hostile input)
        mantissa = value
        if scale == 1:
            zeros = _THOUSANDS_ZEROS.search(number)
            if zeros:
                scale = 1000 ** (len(zeros.group(1)) // 4)
                mantissa = value / scale
        atom = Atom(value * (SCALES.get(rest, 1) if rest else 1), 0, digits=True, scale=scale, mantissa=mantissa)
        atom.high = atom.low
        if currency:
            atom.kind, atom.currency = "money", currency
        return atom
    value, scale = parse_words(t)
    if value is None:
        return None
    return Atom(value, value, scale=scale, mantissa=value / scale if scale else value)
