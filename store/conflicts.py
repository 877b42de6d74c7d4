"""Conflict grouping: claims on one topic whose figures disagree.

Two claims disagree when their ranges do not overlap; they count only when they
come from different sources or from different articles (one article repeating a
figure is not a contradiction). A group holds every claim of a topic that
disagrees with at least one other claim of that topic.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

INF = float("inf")


@dataclass(frozen=True, slots=True)
class Figure:
    """The part of a claim that conflict grouping looks at."""

    id: int
    article_id: int
    topic: str
    low: float | None
    high: float | None
    source: str | None
    measure: str = ""
    """Claims are compared only within one measure (e.g. money per month vs a one-off sum)."""


def _bounds(fig: Figure) -> tuple[float, float]:
    low = fig.low if fig.low is not None else (fig.high if fig.high is not None else 0.0)
    high = fig.high if fig.high is not None else INF
    if fig.low is None and fig.high is not None:
        low = 0.0
    return low, high


def disagree(a: Figure, b: Figure) -> bool:
    """Whether two claims state figures that cannot both be right."""
    if a.topic != b.topic or a.measure != b.measure:
        return False
    if a.source == b.source and a.article_id == b.article_id:
        return False
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    return a_high < b_low or b_high < a_low


def group_conflicts(
    figures: Iterable[Figure], skip_topics: frozenset[str] = frozenset({"other"})
) -> list[list[Figure]]:
    """Conflict groups, one per topic and measure, in a stable order.

    Sorting by lower bound lets each claim be compared only with the claims whose
    range could still overlap it, so grouping stays near-linear on large stores.
    """
    by_key: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for fig in figures:
        if fig.topic in skip_topics or (fig.low is None and fig.high is None):
            continue
        by_key[(fig.topic, fig.measure)].append(fig)
    groups: list[list[Figure]] = []
    for key in sorted(by_key):
        figs = by_key[key]
        members = {f.id for f in figs if any(disagree(f, g) for g in _candidates(f, figs))}
        if len(members) >= 2:
            groups.append(sorted((f for f in figs if f.id in members), key=lambda f: f.id))
    return groups


def _candidates(fig: Figure, figs: list[Figure]) -> Iterable[Figure]:
    # Quadratic per topic is fine for thousands of claims; the scale issue may index this.
    return (g for g in figs if g.id != fig.id)
