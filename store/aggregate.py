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
from collections.abc import Collection, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from store.actors_table import build_actors, update_actors
from store.conflicts_table import build_conflicts, update_conflicts
from store.convert import ClaimFields, Docs, claim_sources

if TYPE_CHECKING:
    from store.models import Claim

__all__ = [
    "DERIVED_WITH",
    "NotExtendable",
    "build_actors",
    "build_conflicts",
    "derivation_fingerprint",
    "derive_tables",
    "derive_tables_after_adding",
    "update_actors",
    "update_conflicts",
]


DERIVED_WITH = (
    "aggregate.py",
    "actors_table.py",
    "conflicts.py",
    "conflicts_table.py",
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
    if actors is None and old_claims is not None:
        raise NotExtendable  # before grouping the conflicts, which the caller would throw away
    conflicts = update_conflicts(claims, articles, previous_conflicts, new_claims, old_claims)
    if conflicts is None and old_claims is not None:
        raise NotExtendable
    if actors is None:
        previous = {doc["name"]: int(k) for k, doc in previous_actors.items()}
        actors = build_actors(articles, claim_sources(claims), previous)
    if conflicts is None:
        conflicts = build_conflicts(ClaimFields(claims, articles))
    return actors, conflicts


class NotExtendable(Exception):
    """The derived tables could not be extended from the loaded records (see :func:`derive_tables_after_adding`)."""
