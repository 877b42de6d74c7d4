"""The records of the figure finder: :class:`Figure` (public) and :class:`Atom` (one parsed number)."""

from __future__ import annotations

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
    num_start: int = -1
    """Where the number itself starts (after the qualifier); ``start`` when there is none."""
    num_end: int = -1
    """Where the number itself ends (before a rate such as "a month")."""
    currency: str | None = None
    """The currency as written ("$", "dollars", "won") for money."""
    rate: str | None = None
    """For money, the period as written ("a month", "per soldier per month"), also when after a currency word."""


@dataclass(slots=True)
class Atom:
    """One parsed number (an end of a range or a single figure), before it becomes a :class:`Figure`."""

    low: float
    high: float
    vague: bool = False
    kind: str = "count"
    digits: bool = False
    scale: float = 1.0
    """Multiplier of the scale word or of trailing ",000" groups, for "25-30,000"."""
    mantissa: float = 0.0
    currency: str | None = None
