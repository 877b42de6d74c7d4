"""Turning a parsed number into a :class:`Figure`: qualifier and span, money words and rate, bounds."""

from __future__ import annotations

from store.extract.figures.money import CURRENCY_WORD, RATE
from store.extract.figures.qualifiers import (
    APPROX_QUALIFIERS,
    HANDED_OVER,
    LOWER_QUALIFIERS,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    UPPER_QUALIFIERS,
    VERBAL_QUALIFIER,
)
from store.extract.figures.record import Atom, Figure


def make_figure(
    text: str, start: int, end: int, atom: Atom, s_start: int, s_end: int, suffix: str | None = None
) -> Figure | None:
    """The figure for ``text[start:end]``: qualifier and span, money words and rate, and the bounds they set."""
    low: float | None = atom.low
    high: float | None = atom.high
    kind, currency = atom.kind, atom.currency
    num_start, num_end = start, end
    qualifier = None
    if suffix:
        s = suffix.strip().lower()
        if s in ("-plus", "+"):
            qualifier = "plus"
        elif s == "-odd":  # "some 200-odd": a little more than 200, the approximating "some" kept in the span
            qualifier = "odd"
            approx = QUALIFIER_BEFORE.search(text, max(s_start, start - 30), start)
            if approx and approx.group("q").lower() in ("some", "about", "around", "roughly"):
                start = approx.start("q")
        else:
            kind = "percent"
    q = QUALIFIER_BEFORE.search(text, max(s_start, start - 30), start)
    if q and qualifier is None:
        found = " ".join(q.group("q").lower().split())
        if found == "over" and HANDED_OVER.search(text, max(s_start, q.start("q") - 12), q.start("q")):
            found = ""  # "hand over 90% of their pay": a phrasal verb, not a bound
        # "talking about hundreds of millions": a vague amount takes bounds, not approximations
        if not found:
            pass
        elif not atom.vague or found in LOWER_QUALIFIERS or found in UPPER_QUALIFIERS:
            qualifier = found
            if not VERBAL_QUALIFIER.match(found):  # "exceeds 3,000": the verb is not part of the figure
                start = q.start("q")
    after_q = QUALIFIER_AFTER.match(text, end, s_end)
    if after_q and qualifier is None:
        qualifier = "or " + after_q.group("q").lower()
        end = after_q.end()
    elif after_q and after_q.group("q").lower() == "so" and qualifier in APPROX_QUALIFIERS:
        end = after_q.end()  # "some 3,000 or so": one approximation written twice
    rate_text = None
    if kind == "count":
        cw = CURRENCY_WORD.match(text, num_end, s_end)
        if cw:
            kind, currency = "money", cw.group("c").lower()
            rate = RATE.match(text, cw.end(), s_end)  # "3,000 roubles a month" is the figure as written
            rate_text = rate.group("r") if rate else None
            end = rate.end() if rate else cw.end()
    if kind == "money" and atom.currency:  # "$2,000 a month" is the figure as written
        rate = RATE.match(text, end, s_end)
        if rate:
            end = rate.end()
            rate_text = rate.group("r")
    if qualifier is not None:
        base = qualifier.removeprefix("or ")
        if base in LOWER_QUALIFIERS or qualifier in LOWER_QUALIFIERS:
            high = None
        elif base in UPPER_QUALIFIERS and low == high:
            low = None
    return Figure(
        start=start,
        end=end,
        low=low,
        high=high,
        qualifier=qualifier,
        vague=atom.vague,
        kind=kind,
        num_start=num_start,
        num_end=num_end,
        currency=currency,
        rate=rate_text,
    )
