"""The store's preview: the first rows of each table in a small file beside it, for an instant first screen.

Parsing a store of 10,000 articles takes about a second; the app's first
screen needs only its first few dozen articles, claims and actors. Every write
of the store also writes ``<store>.preview`` with those rows, stamped with the
version of the store file it was taken from (:func:`store.atomic.file_identity`).
:func:`read_preview` returns it only while the store file is still that same
file, so a preview is never shown for a store that changed since (a crash
between the two writes, another process's ingest, a restored backup): then
the app simply waits for the full load.

The rows are the store's own records, in the store's order, converted to and
from plain dicts only here (this file is a boundary of the store like the
store file itself). Records are whole except for two deliberate cuts, both
flagged by :attr:`Preview.complete` being false: an actor's ``articles`` keeps
only the articles in the preview, and articles' texts beyond the text budget
are empty. An actor's ``claims`` is always whole, so the counts shown are true.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from store.atomic import FileIdentity, file_identity, write_atomic
from store.models import Actor, Article, Claim

if TYPE_CHECKING:
    from store.store import Store

PREVIEW_VERSION = 2
ARTICLE_ROWS = 60
CLAIM_ROWS = 120
ACTOR_ROWS = 40
TEXT_BUDGET = 300_000
"""Characters of article text the preview carries at most (the reader's first article always)."""
WHOLE_RECORDS = 2_000
"""A store with at most this many claims and actors (and its texts within the budget) is previewed whole."""


@dataclass(frozen=True, slots=True)
class Preview:
    """The first rows of a store, and how many there are in all.

    Its :meth:`articles`, :meth:`claims` and :meth:`actors` read like a store's, so whatever indexes a
    store can index a preview.
    """

    article_rows: list[Article]
    claim_rows: list[Claim]
    actor_rows: list[Actor]
    n_articles: int
    n_claims: int
    n_actors: int
    complete: bool
    """True when the preview holds every record whole (a small store): nothing differs from a full load."""

    def articles(self) -> list[Article]:
        return list(self.article_rows)

    def claims(self) -> list[Claim]:
        return list(self.claim_rows)

    def actors(self) -> list[Actor]:
        return list(self.actor_rows)


def preview_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".preview")


def write_preview(store: Store) -> None:
    """Write the preview of ``store``, stamped with the version of the file its records were read from or
    written as (:attr:`Store.file_identity`).

    Best effort: a preview that cannot be written only costs the next launch its head start.
    """
    taken_from = store.file_identity
    if taken_from is None:
        return
    articles = store.articles()
    claims = store.claims()
    actors = store.actors()
    whole = (
        len(articles) <= ARTICLE_ROWS
        and len(claims) + len(actors) <= WHOLE_RECORDS
        and sum(len(a.text) for a in articles) <= TEXT_BUDGET
    )
    head = articles if whole else articles[:ARTICLE_ROWS]
    shown = {a.id for a in head}
    head_claims: list[Claim] = []
    for claim in claims if whole else claims[:CLAIM_ROWS]:
        if claim.article_id not in shown:
            break  # claims are in reading order: the rest belong to articles beyond the preview
        head_claims.append(claim)
    # The reader's article first, then the others in order, while the text budget lasts.
    wanted = [head_claims[0].article_id] if head_claims else []
    wanted += [a.id for a in head]
    budget, with_text = TEXT_BUDGET, set()
    for article_id in wanted:
        article = store.article(article_id)
        if article is not None and article_id not in with_text and (len(article.text) <= budget or not with_text):
            with_text.add(article_id)
            budget -= len(article.text)
    head_actors = actors if whole else actors[:ACTOR_ROWS]
    complete = (
        len(head) == len(articles)
        and len(head_claims) == len(claims)
        and len(head_actors) == len(actors)
        and len(with_text) == len(head)
    )
    payload = {
        "version": PREVIEW_VERSION,
        "store": list(taken_from),
        "n_articles": len(articles),
        "n_claims": len(claims),
        "n_actors": len(actors),
        "complete": complete,
        "articles": [_doc(a, text=a.text if a.id in with_text else "") for a in head],
        "claims": [_doc(c) for c in head_claims],
        "actors": [_doc(a, articles=[i for i in a.articles if i in shown]) for a in head_actors],
    }
    with contextlib.suppress(OSError):
        write_atomic(preview_path(store.path), orjson.dumps(payload))


def read_preview(store_path: Path) -> Preview | None:
    """The preview of the store at ``store_path``; None when there is none or it is not of the file there now."""
    try:
        raw = preview_path(store_path).read_bytes()
        data = orjson.loads(raw)
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(data, dict) or data.get("version") != PREVIEW_VERSION:
        return None
    stamp = file_identity(store_path)
    if data.get("store") != list(stamp or ()):
        return None
    try:
        preview = Preview(
            article_rows=[_record(Article, d) for d in data["articles"]],
            claim_rows=[_record(Claim, d) for d in data["claims"]],
            actor_rows=[_record(Actor, d) for d in data["actors"]],
            n_articles=int(data["n_articles"]),
            n_claims=int(data["n_claims"]),
            n_actors=int(data["n_actors"]),
            complete=bool(data["complete"]),
        )
    except (KeyError, TypeError, ValueError):  # written by a different layout: ignore it, the full load follows
        return None
    _read[store_path] = (stamp, file_identity(preview_path(store_path)))
    return preview


_read: dict[Path, tuple[FileIdentity | None, FileIdentity | None]] = {}
"""Per store path, the stamp of the last preview read whole, and the identity of its file then."""


def _known_to_fit(store_path: Path, stamp: FileIdentity | None) -> bool:
    """Whether the preview beside ``store_path`` is one :func:`read_preview` read whole, stamped ``stamp``."""
    known = _read.get(store_path)
    return stamp is not None and known == (stamp, file_identity(preview_path(store_path)))


def open_with_preview(path: Path) -> Store:
    """Open the store at ``path`` (as :meth:`Store.open`) and write its preview when it has none that fits.

    The preview is stamped with the version of the file the store was read from: if the file was replaced
    meanwhile, the stamp is that of the older file, and the preview is never shown for the new one.
    """
    from store.store import Store

    store = Store.open(path)
    # The launcher has usually just read this very preview to paint the first screen: not parsed again then.
    if not _known_to_fit(path, store.file_identity) and read_preview(path) is None:
        write_preview(store)
    return store


def _doc(record: Article | Claim | Actor, **overrides: Any) -> dict[str, Any]:
    doc = {f.name: getattr(record, f.name) for f in fields(record)}
    doc.update(overrides)
    return doc


def _record(cls: type[Any], doc: dict[str, Any]) -> Any:
    names = {f.name for f in fields(cls)}
    values = {k: (tuple(v) if isinstance(v, list) else v) for k, v in doc.items() if k in names}
    return cls(**values)
