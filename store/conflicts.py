"""Conflict grouping: claims on one topic whose figures disagree.

Two claims disagree when their ranges do not overlap; they count only when they come
from different sources or from different articles (one source repeating itself in one
article is not a contradiction). Only like is compared with like: claims are grouped
by topic and *measure* (:func:`store.measures.measure_of`: head counts, money per
month vs one-off sums, shares, and for munitions shells vs missiles vs launchers vs
containers). A group holds every claim of a (topic, measure) that disagrees with at least
one other claim of it. The ``other`` topic mixes unrelated counts (workers, food aid) and
is not grouped.

Parts of a total: a pledge is often announced as a breakdown ("1,000 sappers and 5,000 military
builders") next to its total ("6,000 troops"). Two exact figures of one identity (source and
article) whose sum is an exact figure stated by anyone on the same topic and measure are parts of
that total, not figures that disagree with it, and are left out of the grouping. This applies to
the ``summed_topics`` (pledges by default): counts of troops already deployed grow over time, so
there "3,000" and "8,000" beside "11,000" may well be a change, not a breakdown.

Open bounds: "up to 12,000" is the range [0, 12,000], "more than 10,000" is
[10,000, inf); vague amounts are their ranges, so "thousands" does not contradict 3,000.

Dates are not a reason to split a group (the issue wants the differing deployed counts in
one group, though they were reported weeks apart); every member keeps its best date
(``date`` on the claim) and a group records the earliest and latest of them, so a reader or
the app can tell a count that grew over time from two sources contradicting each other.

Complexity: per (topic, measure), one pass finds the two lowest upper bounds and the two
highest lower bounds held by different (source, article) identities; a claim then
disagrees with someone iff the lowest upper bound of another identity lies below its lower
bound or the highest lower bound of another identity lies above its upper bound. Grouping
is O(n log n) for the sort by key, O(n) after that, so 100,000 claims group in well under
a second. An ingest does not even do that: :func:`store.aggregate.update_conflicts` regroups
only the keys its new claims fall under, and within those only adds members.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

INF = float("inf")
SKIP_TOPICS: frozenset[str] = frozenset({"other"})
"""Topics never grouped: ``other`` mixes unrelated counts."""
SUMMED_TOPICS: frozenset[str] = frozenset({"troops_pledged"})
"""Topics whose parts of a stated total are left out (see the module docstring)."""


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
    date: str | None = None
    """The claim's best date (ISO), kept so a change over time can be told from a contradiction."""

    @property
    def identity(self) -> tuple[str | None, int]:
        """Claims with the same identity never contradict each other."""
        return (self.source, self.article_id)


def bounds(fig: Figure) -> tuple[float, float]:
    """The closed range a claim allows: a missing low is 0, a missing high is infinity."""
    low = fig.low if fig.low is not None else 0.0
    high = fig.high if fig.high is not None else INF
    return low, high


def disagree(a: Figure, b: Figure) -> bool:
    """Whether two claims state figures that cannot both be right."""
    if a.topic != b.topic or a.measure != b.measure:
        return False
    if a.identity == b.identity:
        return False
    a_low, a_high = bounds(a)
    b_low, b_high = bounds(b)
    return a_high < b_low or b_high < a_low


def group_conflicts(
    figures: Iterable[Figure],
    skip_topics: frozenset[str] = SKIP_TOPICS,
    summed_topics: frozenset[str] = SUMMED_TOPICS,
) -> list[list[Figure]]:
    """Conflict groups, one per topic and measure, in a stable order (by key, members by id).

    Args:
        figures: The claims to compare.
        skip_topics: Topics never grouped.
        summed_topics: Topics whose parts of a stated total are left out (see the module docstring).

    Returns:
        Groups of at least two claims each.
    """
    by_key: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for fig in figures:
        if is_grouped(fig, skip_topics):
            by_key[(fig.topic, fig.measure)].append(fig)
    groups: list[list[Figure]] = []
    for key in sorted(by_key):
        figs = by_key[key]
        if key[0] in summed_topics:
            parts = summed_parts(figs)
            figs = [f for f in figs if f.id not in parts]
        members = _disagreeing(figs)
        if len(members) >= 2:
            groups.append(sorted(members, key=lambda f: f.id))
    return groups


def is_grouped(fig: Figure, skip_topics: frozenset[str] = SKIP_TOPICS) -> bool:
    """Whether a claim takes part in the grouping at all (its topic is grouped and it states a bound)."""
    return fig.topic not in skip_topics and (fig.low is not None or fig.high is not None)


_MAX_PARTS = 12
"""Exact figures looked at per identity when looking for parts of a total (bounds the pairwise work)."""


def summed_parts(figs: list[Figure]) -> set[int]:
    """Ids of pairs of exact figures of one identity that add up to an exact figure of the list.

    Args:
        figs: Claims of one topic and measure.

    Returns:
        The ids of the parts ("1,000" and "5,000" when "6,000" is stated too).
    """
    totals: dict[int, set[int]] = defaultdict(set)
    by_identity: dict[tuple[str | None, int], list[Figure]] = defaultdict(list)
    for fig in figs:
        if fig.low is not None and fig.low == fig.high and fig.low > 0:
            totals[round(fig.low)].add(fig.id)
            group = by_identity[fig.identity]
            if len(group) < _MAX_PARTS:
                group.append(fig)
    parts: set[int] = set()
    for group in by_identity.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                whole = totals.get(round((a.low or 0) + (b.low or 0)), set())
                if whole - {a.id, b.id}:
                    parts.update((a.id, b.id))
    return parts


def _disagreeing(figs: list[Figure]) -> list[Figure]:
    """The claims that disagree with at least one claim of another identity (linear time)."""
    # Two best holders with distinct identities: if the best shares a claim's identity, the second is the best other.
    low_highs: list[tuple[float, tuple[str | None, int]]] = []  # smallest upper bounds
    high_lows: list[tuple[float, tuple[str | None, int]]] = []  # largest lower bounds
    for fig in figs:
        low, high = bounds(fig)
        _keep_two(low_highs, high, fig.identity, smaller=True)
        _keep_two(high_lows, low, fig.identity, smaller=False)
    result = []
    for fig in figs:
        low, high = bounds(fig)
        min_high = next((v for v, ident in low_highs if ident != fig.identity), INF)
        max_low = next((v for v, ident in high_lows if ident != fig.identity), -INF)
        if min_high < low or max_low > high:
            result.append(fig)
    return result


def _keep_two(
    best: list[tuple[float, tuple[str | None, int]]], value: float, identity: tuple[str | None, int], *, smaller: bool
) -> None:
    """Keep the two best values held by two different identities, best first."""
    for i, (v, ident) in enumerate(best):
        if ident == identity:
            if (value < v) if smaller else (value > v):
                best.pop(i)
                break
            return
    best.append((value, identity))
    best.sort(key=lambda t: t[0], reverse=not smaller)
    del best[2:]
