"""Finding figures in a sentence: numbers as written, with range, qualifier and vagueness."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure found in the text; ``start``/``end`` index the article text."""

    start: int
    end: int
    low: float | None
    high: float | None
    qualifier: str | None = None
    vague: bool = False
    kind: str = "count"
    """``count``, ``money``, ``percent`` or ``fraction``."""


_NUMBER = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion))?(?![\w%-])")


def find_figures(text: str, start: int, end: int) -> list[Figure]:
    """Figures in ``text[start:end]`` (first version: plain digits only)."""
    figures = []
    for m in _NUMBER.finditer(text, start, end):
        value = float(m.group(1).replace(",", ""))
        if m.group(2):
            value *= 1e6 if m.group(2) == "million" else 1e9
        if m.group(2) is None and 1900 <= value <= 2100 and "," not in m.group(1):
            continue
        figures.append(Figure(m.start(), m.end(), value, value))
    return figures
