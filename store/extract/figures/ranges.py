"""Ranges: joining the two ends of "25-30,000" or "between a quarter and a third", and telling a change
("rose from 3,000 to 11,000") from a range."""

from __future__ import annotations

import re

from store.extract.figures.record import Atom

# "rose from 3,000 to 11,000" is a change, two figures; "range from 10,000 to 12,000" is one range
CHANGE_FROM = re.compile(
    r"\b(?:rose|rise[sn]?|rising|increas\w+|gr[eo]w\w*|jump\w*|climb\w*|doubl\w+|tripl\w+|fell|fall\w*|drop\w*|"
    r"decreas\w+|declin\w+|revis\w+|rais\w+|cut|up|down|expand\w*|swell\w*|went)\s+(?:\w+\s+){0,2}from\s+$",
    re.I,
)


def combine(a: Atom, b: Atom, b_text: str) -> Atom:
    """One range of two ends; the second end's scale carries over to the first ("25-30,000")."""
    low, high = a.low, b.high
    if a.scale == 1 and b.scale > 1 and a.low < b.mantissa and not a.vague and a.kind in ("count", "money"):
        low = a.low * b.scale  # "25-30,000", "10-15 million"
    if low > high:
        low, high = high, low
    kind = b.kind if a.kind == "count" else a.kind
    return Atom(low, high, vague=a.vague or b.vague, kind=kind, digits=a.digits, currency=a.currency or b.currency)
