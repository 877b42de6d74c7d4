"""Derived tables: actors merged across articles, and conflict groups over all claims.

:func:`derive_tables` computes both tables from every stored article and claim. When a write only
adds articles, :func:`derive_tables_after_adding` extends the tables of the store before the write
instead, recomputing only the actors and the (topic, measure) conflict groups the new articles touch;
the result is the same, id for id and in the same order (the tests compare both on random splits).
That is only sound when the previous tables were derived by this very code, so every write stamps
the store with :func:`derivation_fingerprint` and the writer checks the stamp first.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from functools import cache
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from store.conflicts import INF, SUMMED_TOPICS, Figure, bounds, disagree, group_conflicts, is_grouped
from store.convert import CLAIM_COLUMNS, ClaimFields, claim_fields, claim_sources, mentions_of
from store.extract.names import actor_key, canonical, gazetteer, spelling_key
from store.measures import comparable_bounds, measure_of

if TYPE_CHECKING:
    from store.models import Claim

Docs = Mapping[str, Mapping[str, Any]]
"""A stored table: document id -> document."""

_TOPIC = CLAIM_COLUMNS.index("topic")
_LOW = CLAIM_COLUMNS.index("value_low")
_HIGH = CLAIM_COLUMNS.index("value_high")
_SOURCE = CLAIM_COLUMNS.index("source")
_DATE = CLAIM_COLUMNS.index("date")
_START = CLAIM_COLUMNS.index("start")
_END = CLAIM_COLUMNS.index("end")
_TEXT = CLAIM_COLUMNS.index("text")


DERIVED_WITH = (
    "aggregate.py",
    "conflicts.py",
    "convert.py",
    "measures.py",
    "models.py",
    "extract/names.py",
    "extract/topics/taxonomy.py",
    "data/gazetteer.json",
)
"""The files of ``store`` the derived tables are computed with (a test checks that what they import is listed)."""


@cache
def derivation_fingerprint() -> str:
    """A digest of what the derived tables are computed with: the :data:`DERIVED_WITH` files and the unit
    families of the topic taxonomy in use (which a user may replace, see :func:`store.measures.unit_family`).

    Any change to them (a new gazetteer alias, another measure rule) changes it, and the next write then
    recomputes the derived tables in full.
    """
    from store.extract.topics.taxonomy import load_taxonomy

    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in DERIVED_WITH:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    digest.update(orjson.dumps(sorted(load_taxonomy().family_of.items())))
    return digest.hexdigest()[:32]


# -- actors ----------------------------------------------------------------------------------


class _Actor:
    """What the articles and claims say about one actor key (what its document is made from).

    The counters are plain dicts in first-seen order: the most frequent entry wins, ties going to the
    first seen, as with :meth:`collections.Counter.most_common`.
    """

    __slots__ = ("aliases", "articles", "kinds", "mentions", "names", "roles", "sourced")

    def __init__(self) -> None:
        self.names: dict[str, int] = {}
        self.kinds: dict[str, int] = {}
        self.roles: dict[str, int] = {}
        self.aliases: set[str] = set()
        self.articles: set[int] = set()
        self.mentions = 0
        self.sourced: list[int] = []

    def doc(self) -> dict[str, Any]:
        """The actor document (without its id)."""
        written = _most_common(self.names)
        entry = canonical(written)
        name = entry.name if entry is not None else written
        return {
            "name": name,
            "kind": entry.kind if entry is not None else _most_common(self.kinds),
            "aliases": sorted((self.aliases | self.names.keys()) - {name}),
            "role": _most_common(self.roles) if self.roles else None,
            "articles": sorted(self.articles),
            "mentions": self.mentions,
            "claims": sorted(self.sourced),
        }


def _most_common(counts: dict[str, int]) -> str:
    return max(counts, key=counts.__getitem__)  # the first of equal counts, as Counter.most_common(1)


class _Tally(dict[str, _Actor]):
    """Actor key -> what is known of the actor."""

    def add_articles(
        self, articles: Iterable[tuple[str, Mapping[str, Any]]], key_of: dict[str, str], wanted: Collection[str] | None
    ) -> None:
        """Count the mentions of ``articles`` (in order), only of the keys in ``wanted`` unless it is None.

        ``key_of`` caches :func:`actor_key` (the same few thousand names recur in every article).
        """
        for article_id, doc in articles:
            stored = doc.get("mentions")
            rows = orjson.loads(stored) if isinstance(stored, str) else list(mentions_of(doc))
            aid = int(article_id)
            for name, kind, count, written_as, role in rows:
                key = key_of.get(name)
                if key is None:
                    key = key_of[name] = actor_key(name)
                if not key or (wanted is not None and key not in wanted):
                    continue
                actor = self.get(key)
                if actor is None:
                    actor = self[key] = _Actor()
                count = int(count)
                counts = actor.names
                counts[name] = counts.get(name, 0) + count
                counts = actor.kinds
                counts[kind] = counts.get(kind, 0) + 1
                if role:
                    counts = actor.roles
                    counts[role] = counts.get(role, 0) + 1
                if written_as:
                    actor.aliases.update(written_as)
                actor.articles.add(aid)
                actor.mentions += count

    def add_sources(
        self, claims: Iterable[tuple[str, Mapping[str, Any]]], key_of: dict[str, str], wanted: Collection[str] | None
    ) -> None:
        """Count the claims (``article_id`` and ``source``, in order) whose source has a key in ``wanted`` (or any)."""
        for claim_id, doc in claims:
            source = doc.get("source")
            if not source:
                continue
            key = key_of.get(source)
            if key is None:
                key = key_of[source] = actor_key(source)
            if wanted is not None and key not in wanted:
                continue
            actor = self.get(key)
            if actor is None:  # named only as a source: its first claim says what it is
                actor = self[key] = _Actor()
                entry = canonical(source)
                actor.names[source] = 1
                actor.kinds[entry.kind if entry else "group"] = 1
                actor.articles.add(int(doc["article_id"]))
            actor.sourced.append(int(claim_id))


def _numbered(
    docs: Iterable[tuple[str, int, dict[str, Any]]], previous_ids: Mapping[str, int]
) -> dict[str, dict[str, Any]]:
    """The actors table from ``(key, mentions, doc)``: most mentioned first, ids kept by name, new ones after."""
    next_id = max(previous_ids.values(), default=0) + 1
    result: dict[str, dict[str, Any]] = {}
    for _key, _mentions, doc in sorted(docs, key=lambda t: (-t[1], t[0])):
        actor_id = previous_ids.get(doc["name"])
        if actor_id is None:
            actor_id = next_id
            next_id += 1
        result[str(actor_id)] = doc
    return result


def build_actors(articles: Docs, claims: Docs, previous_ids: Mapping[str, int]) -> dict[str, dict[str, Any]]:
    """Merge per-article mentions into one actor per name key.

    Names meet under :func:`store.extract.names.actor_key`, so spelling variants
    ("Zelensky" / "Zelenskyy") and gazetteer aliases ("Kiev" / "Kyiv") from
    different articles become one actor, named as in the gazetteer when it lists
    the actor, else by its most frequent written form. Actor ids are kept from
    ``previous_ids`` (canonical name -> id) so that an ingest does not renumber
    the actors a user has already seen.
    """
    key_of: dict[str, str] = {}
    tally = _Tally()
    tally.add_articles(articles.items(), key_of, None)
    tally.add_sources(claims.items(), key_of, None)
    return _numbered(((key, actor.mentions, actor.doc()) for key, actor in tally.items()), previous_ids)


@cache
def _names_key_their_actors() -> bool:
    """Whether every gazetteer name has the key of its own entry, so that an actor's key is ``actor_key(name)``.

    An actor is named after the gazetteer entry of its most frequent written form; if another entry listed
    that name as an alias, the name would lead to the other entry's key, and the incremental update could
    not tell which actor a stored name belongs to.
    """
    for entry in gazetteer().entries:
        found = canonical(entry.name)
        if found is None or spelling_key(found.name) != spelling_key(entry.name):
            return False
    return True


def update_actors(
    articles: Docs,
    claims: Docs,
    previous_actors: Docs,
    new_articles: Collection[str],
    new_claims: Collection[str],
    old_claims: Mapping[int, Claim] | None = None,
) -> dict[str, dict[str, Any]] | None:
    """The actors table after adding articles, from the table before (:func:`build_actors`'s result, exactly).

    Only the actors the new articles mention or quote change; the others keep their documents. A changed
    actor's document is extended by the new mentions when they cannot change which spelling, kind and
    role it is shown with (see :func:`_extended_actor`); otherwise it is counted again over the articles
    and claims it already had plus the new ones. Ids are assigned as :func:`build_actors` assigns them.

    Args:
        articles: Every article, the new ones included (in stored order).
        claims: Every stored claim, the new ones included (in stored order).
        previous_actors: The actors table of the store without the new articles.
        new_articles: Keys of the new articles.
        new_claims: Keys of the new claims.
        old_claims: If given, the records of the stored claims (stored in id order), and ``claims`` holds only
            the new ones.

    Returns:
        The new table, or None when the previous table cannot be extended (the caller recomputes it).
    """
    if not _names_key_their_actors():
        return None
    key_of: dict[str, str] = {}
    old: dict[str, Mapping[str, Any]] = {}
    for doc in previous_actors.values():
        key = actor_key(doc["name"])
        if key in old:
            return None
        old[key] = doc
    touched: set[str] = set()
    for article_key in new_articles:
        touched.update(key for name, *_ in mentions_of(articles[article_key]) if (key := actor_key(name)))
    for doc in claim_sources({k: claims[k] for k in new_claims}).values():
        if doc.get("source"):
            touched.add(actor_key(doc["source"]))
    if not touched:
        return dict(previous_actors)
    new_sources = claim_sources({k: claims[k] for k in new_claims})
    # Actors never seen before: all there is of them is in the new articles and claims.
    fresh = _Tally()
    fresh_keys = touched - old.keys()
    fresh.add_articles(((k, articles[k]) for k in new_articles), key_of, fresh_keys)
    fresh.add_sources(new_sources.items(), key_of, fresh_keys)
    docs = [(key, int(doc["mentions"]), dict(doc)) for key, doc in old.items() if key not in touched]
    docs += [(key, fresh[key].mentions, fresh[key].doc()) for key in fresh_keys]
    # Actors seen before: what the new articles mention of them and which new claims they are the source of.
    mentioned = _Tally()
    mentioned.add_articles(((k, articles[k]) for k in new_articles), key_of, touched - fresh_keys)
    quoted: dict[str, list[int]] = defaultdict(list)
    for k, doc in new_sources.items():
        if doc.get("source"):
            quoted[key_of.get(doc["source"]) or actor_key(doc["source"])].append(int(k))
    recount: set[str] = set()
    for key in touched - fresh_keys:
        extended = _extended_actor(old[key], mentioned.get(key) or _Actor(), quoted.get(key, []))
        if extended is None:
            recount.add(key)
        else:
            docs.append((key, extended["mentions"], extended))
    if recount:
        in_articles, sourced = set(new_articles), set(new_claims)
        for key in recount:
            in_articles.update(map(str, old[key]["articles"]))
            sourced.update(map(str, old[key]["claims"]))
        tally = _Tally()
        # In stored order, as build_actors counts: which spelling is the most frequent breaks ties by first sight.
        tally.add_articles(((k, articles[k]) for k in articles if k in in_articles), key_of, recount)
        if old_claims is None:
            quoted = claim_sources({k: claims[k] for k in claims if k in sourced})
        else:
            stored = sorted(int(k) for k in sourced.difference(new_claims))
            quoted = {str(i): {"article_id": old_claims[i].article_id, "source": old_claims[i].source} for i in stored}
            quoted.update(claim_sources({k: claims[k] for k in new_claims}))
        tally.add_sources(quoted.items(), key_of, recount)
        docs += [(key, tally[key].mentions, tally[key].doc()) for key in recount]
    return _numbered(docs, {doc["name"]: int(k) for k, doc in previous_actors.items()})


def _extended_actor(doc: Mapping[str, Any], added: _Actor, quoted: list[int]) -> dict[str, Any] | None:
    """An actor's document with what new articles and claims say of it, or None when it must be counted again.

    The counts an actor document is made from are not stored, only their winners; they are not needed when
    every new mention is written as the shown name (or, for a gazetteer actor, as a form of an entry of that
    name and kind), has its kind, and has its role or none (or the actor had no role yet): then the
    winners cannot change. An actor seen before only as a source takes its name from its first claim until
    it is mentioned, so a first mention changes it.

    Args:
        doc: The stored document.
        added: What the new articles mention of the actor.
        quoted: The ids of the new claims the actor is the source of.
    """
    name, kind, role = doc["name"], doc["kind"], doc["role"]
    if added.names and not doc["mentions"]:
        return None
    stored_articles, stored_claims = doc["articles"], doc["claims"]
    if stored_articles and added.names and stored_articles[-1] >= min(added.articles):
        return None  # the new ids must come after the stored ones for the sorted lists to be extended
    if stored_claims and quoted and stored_claims[-1] >= min(quoted):
        return None
    entry = canonical(name)
    for written, _count in added.names.items():
        if entry is None and written != name:
            return None
        if entry is not None and ((e := canonical(written)) is None or e.name != name or e.kind != kind):
            return None
    if entry is None and any(k != kind for k in added.kinds):
        return None
    if added.roles and role is not None and any(r != role for r in added.roles):
        return None
    written_as = (added.aliases | added.names.keys()) - {name}
    return {
        "name": name,
        "kind": kind,
        "aliases": sorted(set(doc["aliases"]) | written_as) if written_as else list(doc["aliases"]),
        "role": _most_common(added.roles) if added.roles and role is None else role,
        "articles": [*doc["articles"], *sorted(added.articles)] if added.names else list(doc["articles"]),
        "mentions": int(doc["mentions"]) + added.mentions,
        "claims": [*doc["claims"], *sorted(quoted)],
    }


# -- conflicts -------------------------------------------------------------------------------


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


# -- both ------------------------------------------------------------------------------------


def derive_tables(
    articles: Docs, claims: Docs, previous_actors: Docs
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """The actors and conflicts tables of stored ``articles`` and ``claims`` (documents in either layout).

    Actor ids are kept from ``previous_actors`` (the actors table being replaced).
    """
    previous = {doc["name"]: int(k) for k, doc in previous_actors.items()}
    return build_actors(articles, claim_sources(claims), previous), build_conflicts(ClaimFields(claims, articles))


def derive_tables_after_adding(
    articles: Docs,
    claims: Docs,
    previous_actors: Docs,
    previous_conflicts: Docs,
    new_articles: Collection[str],
    new_claims: Collection[str],
    *,
    old_claims: Mapping[int, Claim] | None = None,
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """What :func:`derive_tables` returns, computed from the tables before ``new_articles`` were added.

    Only valid when ``previous_actors`` and ``previous_conflicts`` are what :func:`derive_tables` made of
    the store without the new articles and claims, with the same code (see :func:`derivation_fingerprint`).
    A table that cannot be extended (see :func:`update_actors`, :func:`update_conflicts`) is recomputed.

    With ``old_claims`` (the records of the stored claims, which must be stored in id order), ``claims``
    holds only the new claims' documents; a table that cannot be extended then raises
    :class:`NotExtendable` (the caller reads the whole store and recomputes).
    """
    actors = update_actors(articles, claims, previous_actors, new_articles, new_claims, old_claims)
    conflicts = update_conflicts(claims, articles, previous_conflicts, new_claims, old_claims)
    if (actors is None or conflicts is None) and old_claims is not None:
        raise NotExtendable
    if actors is None:
        previous = {doc["name"]: int(k) for k, doc in previous_actors.items()}
        actors = build_actors(articles, claim_sources(claims), previous)
    if conflicts is None:
        conflicts = build_conflicts(ClaimFields(claims, articles))
    return actors, conflicts


class NotExtendable(Exception):
    """The derived tables could not be extended from the loaded records (see :func:`derive_tables_after_adding`)."""
