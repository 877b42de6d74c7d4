"""Derived tables: actors merged across articles, and conflict groups over all claims."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

from store.conflicts import Figure, group_conflicts
from store.convert import ClaimFields, claim_sources, mentions_of
from store.extract.names import actor_key, canonical
from store.measures import comparable_bounds, measure_of


def build_actors(
    articles: Mapping[str, Mapping[str, Any]],
    claims: Mapping[str, Mapping[str, Any]],
    previous_ids: Mapping[str, int],
) -> dict[str, dict[str, Any]]:
    """Merge per-article mentions into one actor per name key.

    Names meet under :func:`store.extract.names.actor_key`, so spelling variants
    ("Zelensky" / "Zelenskyy") and gazetteer aliases ("Kiev" / "Kyiv") from
    different articles become one actor, named as in the gazetteer when it lists
    the actor, else by its most frequent written form. Actor ids are kept from
    ``previous_ids`` (canonical name -> id) so that an ingest does not renumber
    the actors a user has already seen.
    """
    names: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    aliases: dict[str, set[str]] = defaultdict(set)
    in_articles: dict[str, set[int]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    sourced: dict[str, list[int]] = defaultdict(list)
    keys: dict[str, str] = {}  # the same few thousand names recur in every article: key each once

    def key_of(name: str) -> str:
        key = keys.get(name)
        if key is None:
            key = keys[name] = actor_key(name)
        return key

    for article_id, doc in articles.items():
        for name, kind, count, written_as, role in mentions_of(doc):
            key = key_of(name)
            if not key:
                continue
            names[key][name] += count
            kinds[key][kind] += 1
            if role:
                roles[key][role] += 1
            aliases[key].update(written_as)
            in_articles[key].add(int(article_id))
            mentions[key] += count
    for claim_id, doc in claims.items():
        source = doc.get("source")
        if not source:
            continue
        key = key_of(source)
        if key not in names:
            entry = canonical(source)
            names[key][source] += 1
            kinds[key][entry.kind if entry else "group"] += 1
            in_articles[key].add(int(doc["article_id"]))
        sourced[key].append(int(claim_id))

    used = set(previous_ids.values())
    next_id = max(used, default=0) + 1
    result: dict[str, dict[str, Any]] = {}
    for key in sorted(names, key=lambda k: (-mentions[k], k)):
        written = names[key].most_common(1)[0][0]
        entry = canonical(written)
        name = entry.name if entry is not None else written
        kind = entry.kind if entry is not None else kinds[key].most_common(1)[0][0]
        actor_id = previous_ids.get(name)
        if actor_id is None:
            actor_id = next_id
            next_id += 1
        result[str(actor_id)] = {
            "name": name,
            "kind": kind,
            "aliases": sorted((aliases[key] | set(names[key])) - {name}),
            "role": roles[key].most_common(1)[0][0] if roles[key] else None,
            "articles": sorted(in_articles[key]),
            "mentions": mentions[key],
            "claims": sorted(sourced[key]),
        }
    return result


def derive_tables(
    articles: Mapping[str, Mapping[str, Any]],
    claims: Mapping[str, Mapping[str, Any]],
    previous_actors: Mapping[str, Mapping[str, Any]],
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """The actors and conflicts tables of stored ``articles`` and ``claims`` (documents in either layout).

    Actor ids are kept from ``previous_actors`` (the actors table being replaced).
    """
    previous = {doc["name"]: int(k) for k, doc in previous_actors.items()}
    return build_actors(articles, claim_sources(claims), previous), build_conflicts(ClaimFields(claims, articles))


def build_conflicts(claims: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Conflict groups over every stored claim, numbered from 1 in topic order.

    Each group records its topic, measure (see :mod:`store.measures`), member claim ids, the
    span of their figures (``low``/``high``, on the measure's scale), the sources, and the
    earliest and latest claim dates (``first_date``/``last_date``) so a change over time can be
    told from a contradiction.
    """
    figures = []
    for k, d in claims.items():
        measure = measure_of(d)
        low, high = comparable_bounds(d, measure)
        figures.append(
            Figure(
                id=int(k),
                article_id=int(d["article_id"]),
                topic=d["topic"],
                low=low,
                high=high,
                source=d.get("source"),
                measure=measure,
                date=d.get("date"),
            )
        )
    result: dict[str, dict[str, Any]] = {}
    for number, group in enumerate(group_conflicts(figures), start=1):
        ends = [v for f in group for v in (f.low, f.high) if v is not None]
        dates = sorted(f.date for f in group if f.date)
        result[str(number)] = {
            "topic": group[0].topic,
            "measure": group[0].measure,
            "claims": [f.id for f in group],
            "low": min(ends) if ends else None,
            "high": max(ends) if ends else None,
            "sources": sorted({f.source or "unattributed" for f in group}),
            "first_date": dates[0] if dates else None,
            "last_date": dates[-1] if dates else None,
        }
    return result
