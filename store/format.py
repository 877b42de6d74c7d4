"""Formatting figures for people: ``25,000-30,000``, ``more than 10,000``, ``up to 12,000``."""

from __future__ import annotations


def number(value: float) -> str:
    """``6000.0`` -> ``6,000``; ``1400000.0`` -> ``1.4 million``; ``0.5`` -> ``0.5``."""
    if value >= 1_000_000 and value % 100_000 == 0:
        scaled = value / 1_000_000
        return f"{scaled:g} million"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def figure_range(low: float | None, high: float | None, *, vague: bool = False) -> str:
    """A claim's range as words a reader can compare at a glance."""
    prefix = "~" if vague else ""
    if low is None and high is None:
        return "?"
    if low is None:
        return f"up to {prefix}{number(high)}"  # type: ignore[arg-type]
    if high is None:
        return f"more than {prefix}{number(low)}"
    if low == high:
        return prefix + number(low)
    return f"{prefix}{number(low)}-{number(high)}"
