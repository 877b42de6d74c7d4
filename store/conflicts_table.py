"""The conflicts table: conflict groups over all claims (:mod:`store.conflicts`), built whole or extended.

:func:`build_conflicts` groups every stored claim; :func:`update_conflicts` gives the same table after claims
were added, from the table before and the new claims (see :mod:`store.aggregate`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, Any

from store.conflicts import INF, SUMMED_TOPICS, Figure, bounds, disagree, group_conflicts, is_grouped
from store.convert import CLAIM_COLUMNS, ClaimFields, Docs, claim_fields
from store.measures import comparable_bounds, measure_of

if TYPE_CHECKING:
    from store.models import Claim

_TOPIC = CLAIM_COLUMNS.index("topic")
_LOW = CLAIM_COLUMNS.index("value_low")
_HIGH = CLAIM_COLUMNS.index("value_high")
_SOURCE = CLAIM_COLUMNS.index("source")
_DATE = CLAIM_COLUMNS.index("date")
_START = CLAIM_COLUMNS.index("start")
_END = CLAIM_COLUMNS.index("end")
_TEXT = CLAIM_COLUMNS.index("text")


def _figure(key: str, doc: Mapping[str, Any]) -> Figure:
    """The figure of a claim given as flat fields (:func:`store.convert.claim_fields`)."""
    measure = measure_of(doc)
    low, high = comparable_bounds(doc, measure)
    return Figure(
        id=int(key),
        article_id=int(doc["article_id"]),
        topic=doc["topic"],
        low=low,
        high=high,
        source=doc.get("source"),
        measure=measure,
        date=doc.get("date"),
    )


def _conflict_doc(group: list[Figure]) -> dict[str, Any]:
    ends = [v for f in group for v in (f.low, f.high) if v is not None]
    dates = sorted(f.date for f in group if f.date)
    return {
        "topic": group[0].topic,
        "measure": group[0].measure,
        "claims": [f.id for f in group],
        "low": min(ends) if ends else None,
        "high": max(ends) if ends else None,
        "sources": sorted({f.source or "unattributed" for f in group}),
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
    }


def build_conflicts(claims: Docs) -> dict[str, dict[str, Any]]:
    """Conflict groups over every stored claim, numbered from 1 in topic order.

    Each group records its topic, measure (see :mod:`store.measures`), member claim ids, the
    span of their figures (``low``/``high``, on the measure's scale), the sources, and the
    earliest and latest claim dates (``first_date``/``last_date``) so a change over time can be
    told from a contradiction.
    """
    figures = [_figure(k, d) for k, d in claims.items()]
    return {str(number): _conflict_doc(group) for number, group in enumerate(group_conflicts(figures), start=1)}


def update_conflicts(
    claims: Docs,
    articles: Docs,
    previous_conflicts: Docs,
    new_claims: Collection[str],
    old_claims: Mapping[int, Claim] | None = None,
) -> dict[str, dict[str, Any]] | None:
    """The conflicts table after adding claims, from the table before (:func:`build_conflicts`'s result, exactly).

    A group depends only on the claims of its (topic, measure), so only the keys the new claims fall
    under change; the other groups are kept, and all are numbered again in key order as
    :func:`build_conflicts` numbers them. The measure of an old claim is known without computing it
    when the claim is a member of a group of its topic. Within a changed key, adding claims of new
    articles (new identities) only adds members: an old member still disagrees with whom it did,
    an old claim joins when it disagrees with a new one, and a new claim joins when its range misses
    the lowest upper or the highest lower bound of the old claims, or another new claim. Keys of
    the summed topics (where a new total can turn old claims into parts) are grouped again whole.

    Args:
        claims: Every stored claim, the new ones last, in the current layout (rows), in stored order.
        articles: Every article (for the texts the claims' figures and sentences are slices of).
        previous_conflicts: The conflicts table of the store without the new claims.
        new_claims: Keys of the new claims, all of articles that had no claims before.
        old_claims: If given, the records of the stored claims (stored in id order), and ``claims`` holds only
            the new ones.

    Returns:
        The new table, or None when the previous table cannot be extended (the caller recomputes it).
    """
    fields = ClaimFields(claims, articles)
    new_figures: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for k in new_claims:
        fig = _figure(k, fields[k])
        if is_grouped(fig):
            new_figures[(fig.topic, fig.measure)].append(fig)
    kept: dict[tuple[str, str], dict[str, Any]] = {}
    member_measure: dict[int, str] = {}
    topics = {topic for topic, _ in new_figures}
    for doc in previous_conflicts.values():
        key = (doc["topic"], doc.get("measure", ""))
        if key in kept:
            return None
        kept[key] = dict(doc)
        if key[0] in topics:
            member_measure.update(dict.fromkeys(doc["claims"], key[1]))
    new_articles = {f.article_id for figs in new_figures.values() for f in figs}
    olds: dict[tuple[str, str], _OldClaims] | None
    if old_claims is None:
        by_key = _old_figures(claims, articles, set(new_claims), topics, member_measure)
        olds = None if by_key is None else {key: _OldClaims.of(figs) for key, figs in by_key.items()}
    else:
        olds = _old_records(old_claims, topics, member_measure, new_articles)
    if olds is None:
        return None
    for key, added in new_figures.items():
        old = olds.get(key) or _OldClaims(whole=True)
        if any(f.article_id in new_articles for f in old.figures):
            return None  # not new articles: their identities could be shared with old claims
        extended, doc = (False, None) if key[0] in SUMMED_TOPICS else _extended(kept.get(key), old, added)
        if not extended:
            if not old.whole:
                return None
            doc = None
            for group in group_conflicts(old.figures + added):  # one key: at most one group
                doc = _conflict_doc(group)
        kept.pop(key, None)
        if doc is not None:
            kept[key] = doc
    return {str(number): kept[key] for number, key in enumerate(sorted(kept), start=1)}


class _OldClaims:
    """The stored claims of one (topic, measure), as much of them as extending its group needs."""

    __slots__ = ("figures", "max_low", "member_ends", "min_high", "whole")

    def __init__(self, *, whole: bool) -> None:
        self.min_high = INF
        """The lowest upper bound of the claims (see :func:`store.conflicts.bounds`)."""
        self.max_low = -INF
        """The highest lower bound of the claims."""
        self.figures: list[Figure] = []
        """Every figure, in stored order (``whole``), or only those that are not members of the key's group."""
        self.member_ends: list[tuple[int, float | None, float | None]] = []
        """``(id, low, high)`` of the members of the key's group, when ``figures`` leaves them out."""
        self.whole = whole

    @classmethod
    def of(cls, figures: list[Figure]) -> _OldClaims:
        old = cls(whole=True)
        old.figures = figures
        old.min_high = min((bounds(f)[1] for f in figures), default=INF)
        old.max_low = max((bounds(f)[0] for f in figures), default=-INF)
        return old


def _old_figures(
    claims: Docs, articles: Docs, new: set[str], topics: set[str], member_measure: Mapping[int, str]
) -> dict[tuple[str, str], list[Figure]] | None:
    """The grouped figures of the stored claims (not ``new``) of ``topics``, by key, in stored order."""
    result: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for k, doc in claims.items():
        row = doc.get("row")
        if row is None:
            return None
        topic = row[_TOPIC]
        if topic not in topics or k in new:
            continue
        cid = int(k)
        measure = member_measure.get(cid)
        if measure is None:  # not in a group of its topic: its measure is computed
            fig = _figure(k, claim_fields(doc, articles.get(str(doc["article_id"]))))
        else:
            low, high = row[_LOW], row[_HIGH]
            if measure == "share":  # put in per cent as comparable_bounds does, from the figure as written
                text = row[_TEXT]
                if text is None:
                    text = articles[str(doc["article_id"])]["text"][row[_START] : row[_END]]
                low, high = comparable_bounds({"value_low": low, "value_high": high, "text": text}, measure)
            fig = Figure(cid, int(doc["article_id"]), topic, low, high, row[_SOURCE], measure, row[_DATE])
        if is_grouped(fig):
            result[(fig.topic, fig.measure)].append(fig)
    return result


def _old_records(
    records: Mapping[int, Claim], topics: set[str], member_measure: Mapping[int, str], new_articles: set[int]
) -> dict[tuple[str, str], _OldClaims] | None:
    """The stored claims of ``topics``, given as records, by key: whole for the summed topics, else the bounds
    of all and the figures of those not in a group (members are counted without making a figure of each).

    None when a record belongs to one of ``new_articles``.
    """
    result: dict[tuple[str, str], _OldClaims] = {}
    for claim in records.values():
        topic = claim.topic
        if topic not in topics:
            continue
        if claim.article_id in new_articles:
            return None
        measure = member_measure.get(claim.id)
        member = measure is not None
        if measure is None or measure == "share":
            fields = {name: getattr(claim, name) for name in _MEASURED}
            if measure is None:
                measure = measure_of(fields)
            low, high = comparable_bounds(fields, measure)
        else:
            low, high = claim.value_low, claim.value_high
        if low is None and high is None:
            continue  # not grouped
        old = result.get((topic, measure))
        if old is None:
            old = result[(topic, measure)] = _OldClaims(whole=topic in SUMMED_TOPICS)
        bound = INF if high is None else high
        if bound < old.min_high:
            old.min_high = bound
        bound = 0.0 if low is None else low
        if bound > old.max_low:
            old.max_low = bound
        if old.whole or not member:
            old.figures.append(Figure(claim.id, claim.article_id, topic, low, high, claim.source, measure, claim.date))
        else:
            old.member_ends.append((claim.id, low, high))
    for old in result.values():
        old.figures.sort(key=attrgetter("id"))  # stored order
    return result


_MEASURED = ("topic", "text", "unit", "value_low", "value_high", "sentence", "start", "end", "sentence_start")
"""The fields of a claim that :func:`measure_of` and :func:`comparable_bounds` read."""


def _extended(
    doc: Mapping[str, Any] | None, old: _OldClaims, added: list[Figure]
) -> tuple[bool, dict[str, Any] | None]:
    """The group of one key after ``added`` figures of new identities join the ``old`` ones.

    Returns:
        ``(True, group)`` (None when the claims still do not disagree), or ``(False, None)`` when the key
        must be grouped again from scratch.

    Args:
        doc: The group of the key before (None when its old claims did not disagree).
        old: The old claims of the key; those in ``doc`` are its members.
        added: The new figures of the key.
    """
    joined = []
    for fig in added:
        low, high = bounds(fig)
        if old.min_high < low or old.max_low > high or any(disagree(fig, other) for other in added):
            joined.append(fig)
    members = set(doc["claims"]) if doc is not None else set()
    joined += [f for f in old.figures if f.id not in members and any(disagree(f, fig) for fig in added)]
    if not joined:
        return True, (dict(doc) if doc is not None else None)
    joined.sort(key=attrgetter("id"))
    if doc is None:
        return (True, _conflict_doc(joined)) if len(joined) >= 2 else (False, None)
    # A full grouping keeps the first of equal extremes in member order (by id, low before high), and 3000 is
    # stored unlike 3000.0: the stored extreme stays unless a new one is lower (higher), or equal but unlike it.
    ends = [v for f in joined for v in (f.low, f.high) if v is not None]
    low, high = doc["low"], doc["high"]
    if ends and (low is None or high is None or _tie_differs(min(ends), low) or _tie_differs(max(ends), high)):
        if old.whole:
            members = set(doc["claims"])
            stored = [(f.id, f.low, f.high) for f in old.figures if f.id in members]
        else:
            stored = old.member_ends
        every = sorted([*stored, *((f.id, f.low, f.high) for f in joined)], key=itemgetter(0))
        ends = [v for _, a, b in every for v in (a, b) if v is not None]
        low, high = min(ends), max(ends)
    elif ends:
        low = min(ends) if min(ends) < low else low
        high = max(ends) if max(ends) > high else high
    dates = [d for d in (doc["first_date"], doc["last_date"], *(f.date for f in joined)) if d]
    return True, {
        "topic": doc["topic"],
        "measure": doc["measure"],
        "claims": sorted([*doc["claims"], *(f.id for f in joined)]),
        "low": low,
        "high": high,
        "sources": sorted({*doc["sources"], *(f.source or "unattributed" for f in joined)}),
        "first_date": min(dates) if dates else None,
        "last_date": max(dates) if dates else None,
    }


def _tie_differs(value: float, extreme: float) -> bool:
    """Whether ``value`` equals ``extreme`` but would be stored differently (``3000`` against ``3000.0``)."""
    return value == extreme and (type(value) is not type(extreme) or repr(value) != repr(extreme))
