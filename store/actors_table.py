"""The actors table: per-article mentions merged into one actor per name key, built whole or extended.

:func:`build_actors` counts every stored article and claim; :func:`update_actors` gives the same table after
articles were added, from the table before and the new articles (see :mod:`store.aggregate`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

import orjson

from store.convert import Docs, claim_sources, mentions_of
from store.extract.names import actor_key, canonical, gazetteer, spelling_key

if TYPE_CHECKING:
    from store.models import Claim


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

    def keyed(name: str) -> str:
        key = key_of.get(name)
        if key is None:
            key = key_of[name] = actor_key(name)
        return key

    new_sources = claim_sources({k: claims[k] for k in new_claims})
    touched: set[str] = set()
    for article_key in new_articles:
        touched.update(key for name, *_ in mentions_of(articles[article_key]) if (key := keyed(name)))
    touched.update(keyed(doc["source"]) for doc in new_sources.values() if doc.get("source"))
    if not touched:
        return dict(previous_actors)
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
            quoted[keyed(doc["source"])].append(int(k))
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
            quoted.update(new_sources)
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
