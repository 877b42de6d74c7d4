"""Vague amounts ("dozens", "tens of thousands", "several hundred"), kept as ranges with ``vague=True``."""

from __future__ import annotations

import re

from store.extract.figures.number_words import SCALES
from store.extract.figures.record import Atom

_VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (100, 999),
    "thousands": (1_000, 9_999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999),
    "millions": (1_000_000, 9_999_999),
    "tens of millions": (10_000_000, 99_999_999),
    "hundreds of millions": (100_000_000, 999_999_999),
}
# "several hundred" and the like: (low, high) multipliers of the scale word.
_VAGUE_MULT = {"several": (3, 9), "a few": (2, 9), "a couple of": (2, 3), "many": (2, 9)}


VAGUE_RE = (
    r"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)"
    r"|(?:dozens|scores|hundreds|thousands|millions)(?=[\"”’']?\s+(?:of|more|[a-z]))"
    r"|(?:several|a\s+few|a\s+couple\s+of|many)\s+(?:hundred|thousand|million|billion|dozen)\b)"
)

_SEVERAL_SCALE = re.compile(r"(several|a few|a couple of|many) (hundred|thousand|million|billion|dozen)")


def parse_vague(t: str) -> Atom | None:
    """A vague amount ("thousands", "several hundred") as a range, or None; ``t`` is normalised lower case."""
    if t in _VAGUE:
        low, high = _VAGUE[t]
        return Atom(low, high, vague=True)
    vague = _SEVERAL_SCALE.fullmatch(t)
    if vague:
        lo, hi = _VAGUE_MULT[vague.group(1)]
        scale = SCALES[vague.group(2)]
        return Atom(lo * scale, hi * scale if vague.group(1) != "a couple of" else 3 * scale, vague=True)
    return None
