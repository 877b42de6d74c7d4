"""The nkru-tui store: a TinyDB file of articles, claims, actors and conflict groups.

Reading loads the whole file once into frozen domain records with in-memory
indexes. Writing happens only in :meth:`Store.ingest` / :meth:`Store.rebuild`:
extraction runs first, outside any lock; then, holding the writer lock, the
current file is read afresh, the new articles are added, the derived tables
(actors, conflicts) are derived and everything is written once, atomically.

An ingest that only adds articles is cheap when it can be (the file written is
byte for byte the one a full recomputation writes): the derived tables are
extended rather than recomputed when the store was stamped by this very code
(:func:`store.aggregate.derivation_fingerprint` in ``meta``), and when the file
is still the one the records were loaded from, it is not parsed again: the new
articles and claims are spliced into its JSON (:meth:`Store._append`).
"""

from __future__ import annotations

import gc
import os
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from dataclasses import replace as with_values
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store import convert
from store.atomic import FileIdentity, file_identity
from store.ingest import MAX_BYTES, InputError, collect_files, extract_files
from store.models import Actor, Article, Claim, Conflict
from store.paths import bundled_seeds_dir, default_db_path
from store.storage import (  # noqa: F401 (StoreLockedError is re-exported)
    AtomicJSONStorage,
    StoreCorruptError,
    StoreLockedError,
    StoreParts,
    WriterLock,
    backup_path,
    read_json,
    read_parts,
)

if TYPE_CHECKING:  # drafts come from the extractor, which opening a store never loads
    from store.extract import ArticleDraft

SCHEMA_VERSION = 2
"""2: compact claims (a row of values, no copied sentence) and mentions (one JSON text per article)."""
TABLES = ("articles", "claims", "actors", "conflicts")
LOCK_TIMEOUT = float(os.environ.get("NKRU_TUI_LOCK_TIMEOUT") or 30.0)
"""Seconds a second writer waits for the writer lock before giving up (env ``NKRU_TUI_LOCK_TIMEOUT``)."""

Progress = Callable[[int, int, str], None]
"""Called as ``progress(done, total, file)`` while files are extracted."""


class SchemaError(Exception):
    """The store was written by a newer nkru-tui."""


@dataclass(slots=True)
class IngestReport:
    """What one ingest did, file by file."""

    added: list[tuple[str, int, int]] = field(default_factory=list)
    """(file, article id, number of claims) for every new article."""
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    """(file, id of the article already stored with the same content)."""
    errors: list[InputError] = field(default_factory=list)
    """Files that were refused, with the reason."""
    warnings: list[InputError] = field(default_factory=list)
    """Files that were ingested but deserve a look (e.g. read as Windows-1252, not UTF-8)."""

    @property
    def ok(self) -> bool:
        return not self.errors


class Store:
    """A loaded store: read-only views plus the ingest operations that write it."""

    lock_timeout: float = LOCK_TIMEOUT
    """Seconds to wait for another writer; an instance may lower it."""
    incremental_writes: bool = True
    """Whether an ingest that only adds articles extends the derived tables instead of recomputing them (the
    result is the same; tests and benchmarks turn it off to compare)."""

    def __init__(self, path: Path, data: dict[str, Any] | None) -> None:
        self.path = path
        self._identity: FileIdentity | None = None
        """The identity of the file the records were read from or written as (None: not known)."""
        self._load(data or {})

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None, *, seeds_dir: Path | None = None, build_missing: bool = True) -> Store:
        """Open the store at ``path`` (default: :func:`default_db_path`).

        A store that does not exist yet is first built from ``seeds_dir``
        (default: the bundled seeds), unless ``build_missing`` is false: then
        it is opened empty and nothing is written until the first ingest or
        rebuild. A schema 1 store is converted to the current layout
        (:meth:`migrate`); an older one is migrated by re-extracting the
        stored article texts.

        Raises:
            SchemaError: the store was written by a newer version.
            StoreCorruptError: the file is not readable JSON.
        """
        path = Path(path) if path is not None else default_db_path()
        # One pause of the collector over parsing and building the records: re-enabled in between, it would
        # scan the whole parsed file once more (~0.1 s at 10,000 articles).
        with _gc_paused():
            seen = file_identity(path)  # before reading: if the file is replaced meanwhile, the two do not match
            data = read_json(path)
            missing = data is None
            version = SCHEMA_VERSION if data is None else _schema_version(data)
            loaded = cls(path, data) if data is not None and version <= SCHEMA_VERSION else None
            del data
        if loaded is not None:
            loaded._identity = seen
        if missing and backup_path(path).exists():
            # The store is gone but its backup is not: building from the seeds would soon replace that backup.
            raise StoreCorruptError(path, "the file is missing but its backup is still there")
        if missing:
            store = cls(path, None)
            if build_missing:
                store.rebuild(seeds_dir or bundled_seeds_dir(), if_missing=True)
            return store
        if loaded is None:
            raise SchemaError(
                f"{path}: written by a newer nkru-tui (schema {version}, this one reads {SCHEMA_VERSION});"
                " upgrade nkru-tui or point --db at another file"
            )
        store = loaded
        if version == 1:
            store.migrate()
        elif version < SCHEMA_VERSION:
            store.reextract()
        return store

    def reload(self) -> None:
        """Re-read the file, picking up what other processes wrote."""
        with _gc_paused():
            seen = file_identity(self.path)
            self._load(read_json(self.path) or {})
            self._identity = seen

    @property
    def file_identity(self) -> FileIdentity | None:
        """The version of the store file the records were read from or written as (None: not known)."""
        return self._identity

    # -- reading -----------------------------------------------------------------------

    def articles(self) -> list[Article]:
        return list(self._articles.values())

    def article(self, article_id: int) -> Article | None:
        return self._articles.get(article_id)

    def claims(self, *, article_id: int | None = None, topic: str | None = None) -> list[Claim]:
        """Claims in reading order (article, then position), optionally filtered."""
        if article_id is not None:
            result = [self._claims[i] for i in self._claims_by_article.get(article_id, ())]
        else:
            result = list(self._claims.values())
        if topic is not None:
            result = [c for c in result if c.topic == topic]
        return result

    def claim(self, claim_id: int) -> Claim | None:
        return self._claims.get(claim_id)

    def claims_of_actor(self, actor_id: int) -> list[Claim]:
        """Claims the actor is the source of, or whose article mentions it, in reading order."""
        actor = self._actors.get(actor_id)
        if actor is None:
            return []
        wanted = set(actor.claims)
        articles = set(actor.articles)
        return [c for c in self._claims.values() if c.id in wanted or c.article_id in articles]

    def actors(self, *, article_id: int | None = None) -> list[Actor]:
        if article_id is None:
            return list(self._actors.values())
        return [a for a in self._actors.values() if article_id in a.articles]

    def actor(self, actor_id: int) -> Actor | None:
        return self._actors.get(actor_id)

    def conflicts(self) -> list[Conflict]:
        return list(self._conflicts.values())

    def conflict(self, conflict_id: int) -> Conflict | None:
        return self._conflicts.get(conflict_id)

    def topic_claims(self, topic: str) -> list[Claim]:
        return [self._claims[i] for i in self._claims_by_topic.get(topic, ())]

    # -- writing -----------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[Path],
        *,
        jobs: int = 1,
        progress: Progress | None = None,
        max_bytes: int = MAX_BYTES,
    ) -> IngestReport:
        """Add the ``.txt``/``.md`` files at ``paths`` (folders are searched recursively).

        Files that cannot be used (missing, empty, binary, unreadable, larger
        than ``max_bytes``, not UTF-8) are listed in ``report.errors``; the
        others are still added, all in one write.
        """
        report = IngestReport()
        files, errors = collect_files(paths)
        report.errors.extend(errors)
        known = {a.content_hash: a.id for a in self._articles.values()}
        drafts, errors = extract_files(
            files, jobs=jobs, progress=progress, known_hashes=known, report=report, max_bytes=max_bytes
        )
        report.errors.extend(errors)
        self._commit(drafts, report, replace=False)
        return report

    def rebuild(
        self,
        seeds_dir: Path | None = None,
        *,
        jobs: int = 1,
        progress: Progress | None = None,
        max_bytes: int = MAX_BYTES,
        if_missing: bool = False,
    ) -> IngestReport:
        """Replace the whole store with the articles in ``seeds_dir`` (default: bundled seeds).

        With ``if_missing``, only build when no store file exists by the time the
        writer lock is held (another process may have built it, and ingested
        into it, meanwhile); otherwise load what is there.
        """
        report = IngestReport()
        files, errors = collect_files([seeds_dir or bundled_seeds_dir()])
        report.errors.extend(errors)
        drafts, errors = extract_files(
            files, jobs=jobs, progress=progress, known_hashes={}, report=report, max_bytes=max_bytes
        )
        report.errors.extend(errors)
        self._commit(drafts, report, replace=True, if_missing=if_missing)
        return report

    def reextract(self) -> None:
        """Run the current extractor again over every stored article text, keeping article ids."""
        from store.extract import extract_article  # on first use: opening a store needs no extractor

        drafts = [(a.id, extract_article(a.text, a.file)) for a in self._articles.values()]
        with self._lock():
            current = read_json(self.path) or {}
            articles = {str(article_id): convert.article_doc(draft) for article_id, draft in drafts}
            self._write_tables(articles, drafts, claims={}, previous_actors=current.get("actors", {}))

    def migrate(self) -> None:
        """Rewrite a schema 1 store in the current layout: the same articles and claims, without extracting again.

        Converting is far cheaper than :meth:`reextract` (~12 s against ~100 s at 10,000 articles on one core,
        most of it parsing the old file twice and recomputing the derived tables, as the first write into an
        unstamped store does). A store that is already current is only reloaded.
        """
        with self._lock():
            current = read_json(self.path) or {}
            if _schema_version(current) >= SCHEMA_VERSION:  # migrated by another process meanwhile
                self._load(current)
                self._identity = file_identity(self.path)
                return
            # The older documents are converted where every write converts them (see _write_tables).
            self._write_tables(
                dict(current.get("articles", {})),
                [],
                claims=dict(current.get("claims", {})),
                previous_actors=current.get("actors", {}),
            )

    @contextmanager
    def _lock(self) -> Iterator[WriterLock]:
        """The writer lock; raises :class:`StoreLockedError` naming the holder after ``lock_timeout`` seconds.

        The cyclic garbage collector is paused while it is held: a write parses, derives and converts a
        store's worth of acyclic objects, and collections triggered along the way would rescan them all
        (~0.5 s of a write at 10,000 articles).
        """
        with WriterLock(self.path, self.lock_timeout) as lock, _gc_paused():
            yield lock

    def _commit(
        self, drafts: Sequence[ArticleDraft], report: IngestReport, *, replace: bool, if_missing: bool = False
    ) -> None:
        with self._lock():
            seen = file_identity(self.path)
            unchanged = seen is not None and seen == self._identity  # the records are those of the file
            if unchanged and not drafts and not replace:
                return  # nothing to add to what is loaded
            parts = None
            if unchanged and not replace and self.incremental_writes and self._stored_by_id:
                parts = read_parts(self.path)
                if parts is not None and self._extendable({"meta": parts.small["meta"]}, replace):
                    from store.aggregate import NotExtendable

                    try:
                        self._append(parts, drafts, report)
                        return
                    except NotExtendable:  # parse the whole file and recompute what cannot be extended
                        pass
            # Read even when replacing: an unreadable file raises StoreCorruptError here and is never overwritten.
            # The file read for the splice, if any, is parsed rather than read again.
            existing = read_json(self.path) if parts is None else parts.parsed()
            del parts
            current = existing or {}
            if current and _schema_version(current) > SCHEMA_VERSION:
                raise SchemaError(f"{self.path}: written by a newer nkru-tui; not writing to it")
            if if_missing and existing is not None:
                self._load(existing)  # built by another process meanwhile: keep what it wrote
                self._identity = seen
                return
            if replace:
                current = {}
            articles: dict[str, Any] = dict(current.get("articles", {}))
            claims: dict[str, Any] = dict(current.get("claims", {}))
            pending = _add_articles(articles, drafts, report.duplicates)
            if not pending and not replace:
                if not unchanged:  # nothing new: no write at all
                    self._load(current)
                    self._identity = seen
                return
            extendable = self._extendable(current, replace)
            added = self._write_tables(
                articles,
                pending,
                claims=claims,
                previous_actors=current.get("actors", {}),
                previous_conflicts=current.get("conflicts", {}) if extendable else None,
                extend_records=extendable and unchanged,
            )
            report.added.extend(added)

    def _append(self, parts: StoreParts, drafts: Sequence[ArticleDraft], report: IngestReport) -> None:
        """Add articles to the store file the loaded records were read from (call with the writer lock held).

        The same file as :meth:`_write_tables` writes, made without parsing the stored claims or serialising
        any stored article or claim again: the loaded records stand for the claims in the derivation, and the
        new articles and claims are spliced into the stored tables' JSON (see :class:`StoreParts`).
        """
        new_articles: dict[str, Any] = {}
        known = {a.content_hash: a.id for a in self._articles.values()}
        # Reported only once this path has written: when it gives up (NotExtendable), the full path reports.
        duplicates: list[tuple[str, int]] = []
        pending = _add_articles(new_articles, drafts, duplicates, known, max(self._articles, default=0) + 1)
        if not pending:
            report.duplicates.extend(duplicates)
            return
        articles = parts.articles({str(a.id): a.content_hash for a in self._articles.values()}, new_articles)
        new_claims, added = _claim_docs(pending, max(self._claims, default=0) + 1)
        from store.aggregate import derive_tables_after_adding

        actors, conflicts = derive_tables_after_adding(
            articles,
            new_claims,
            parts.small["actors"],
            parts.small["conflicts"],
            list(new_articles),
            list(new_claims),
            old_claims=self._claims,
        )
        small = {"actors": actors, "conflicts": conflicts, "meta": {"1": meta_doc()}}
        payload = parts.extended(new_articles, new_claims, small)
        from store import storage  # looked up when called, as AtomicJSONStorage's write is

        storage.write_bytes_atomic(self.path, payload)
        payload.clear()
        tables = {"articles": new_articles, "claims": dict(new_claims), "actors": actors, "conflicts": conflicts}
        self._extend(tables, [article_id for article_id, _ in pending], list(new_claims))
        self._written()
        report.duplicates.extend(duplicates)
        report.added.extend(added)

    def _extendable(self, current: dict[str, Any], replace: bool) -> bool:
        """Whether the derived tables of ``current`` can be extended rather than recomputed.

        Only when nothing is replaced and the tables were derived, in the current layout, by this very
        code (the fingerprint a write leaves in ``meta``): a store written by another version is
        recomputed once, and stamped.
        """
        if replace or not self.incremental_writes or _schema_version(current) != SCHEMA_VERSION:
            return False
        from store.aggregate import derivation_fingerprint

        meta = [doc for doc in (current.get("meta") or {}).values() if isinstance(doc, dict)]
        return (
            len(meta) == 1
            and meta[0].get("derived_with") == derivation_fingerprint()
            and convert.claim_columns(current) == convert.CLAIM_COLUMNS
        )

    def _write_tables(
        self,
        articles: dict[str, Any],
        pending: Sequence[tuple[int, ArticleDraft]],
        *,
        claims: dict[str, Any] | None = None,
        previous_actors: dict[str, Any] | None = None,
        previous_conflicts: dict[str, Any] | None = None,
        extend_records: bool = False,
    ) -> list[tuple[str, int, int]]:
        """Add the claims of ``pending`` articles, derive the actors and conflicts tables, write once.

        With ``previous_conflicts`` (only when :meth:`_extendable`), the derived tables are those of the
        store before the ``pending`` articles, extended by them; otherwise they are recomputed in full.
        With ``extend_records`` (the loaded records are those of the file before this write), the records
        of the new articles and claims are added to the loaded ones instead of all being made again.
        """
        claims = {} if claims is None else claims
        # Documents of an older schema (a store being ingested into before it was migrated) are rewritten.
        for key, doc in articles.items():
            articles[key] = convert.upgrade_article_doc(doc)
        for key, doc in claims.items():
            if "row" not in doc:
                claims[key] = convert.upgrade_claim_doc(doc, articles.get(str(doc["article_id"]), {}).get("text", ""))
        new_docs, added = _claim_docs(pending, max(map(int, claims), default=0) + 1)
        claims.update(new_docs)
        new_claims = list(new_docs)
        # Imported here: the aggregation pulls in the topic taxonomy, which readers of the store never need.
        from store.aggregate import derive_tables, derive_tables_after_adding

        if previous_conflicts is not None:
            new_articles = [str(article_id) for article_id, _ in pending]
            actors, conflicts = derive_tables_after_adding(
                articles, claims, previous_actors or {}, previous_conflicts, new_articles, new_claims
            )
        else:
            actors, conflicts = derive_tables(articles, claims, previous_actors or {})
        meta = {"1": meta_doc()}
        tables = {"articles": articles, "claims": claims, "actors": actors, "conflicts": conflicts, "meta": meta}
        self._write(tables)
        # What was just written, under the lock, is what a reload would read back: skip the re-read.
        if extend_records:
            self._extend(tables, [article_id for article_id, _ in pending], new_claims)
        else:
            self._load(tables)
        self._written()
        return added

    def _written(self) -> None:
        """After a write: remember which file the records are, and write the preview of it."""
        self._identity = file_identity(self.path)
        # Under the lock, so the file just written is the one the preview is stamped with.
        from store.preview import write_preview

        write_preview(self)

    def _write(self, tables: dict[str, dict[str, Any]]) -> None:
        """Commit the tables whole (call with the writer lock held); :meth:`_append` is the other writer.

        Every table is replaced whole, keyed by document id exactly as TinyDB keys them, so the tables go to
        TinyDB's storage in one write; inserting them through TinyDB would copy every document (~1 s at
        100,000 claims) to produce the same file.
        """
        AtomicJSONStorage(self.path).write(tables)

    # -- indexes -------------------------------------------------------------------------

    def _extend(self, tables: dict[str, Any], new_articles: list[int], new_claims: list[str]) -> None:
        """Bring the loaded records up to ``tables``: the loaded ones plus ``new_articles`` and ``new_claims``.

        The same records as :meth:`_load` makes of ``tables`` (the tests compare them), without making the
        100,000 unchanged claims again: of those, only the ones whose source or conflict id changed are
        remade, and only the articles whose count of conflicting claims changed.
        """
        source_of, conflict_of = self._load_derived(tables)
        changed: dict[int, Claim] = {}
        recount: set[int] = set()  # articles whose count of conflicting claims may have changed
        for cid, claim in self._claims.items():
            source_id, conflict_id = source_of.get(cid), conflict_of.get(cid)
            if source_id != claim.source_id or conflict_id != claim.conflict_id:
                changed[cid] = convert.claim_with_ids(claim, source_id, conflict_id)
                if (conflict_id is None) != (claim.conflict_id is None):
                    recount.add(claim.article_id)
        self._claims.update(changed)
        article_docs = tables["articles"]
        texts = {aid: (article_docs[str(aid)]["file"], article_docs[str(aid)]["text"]) for aid in new_articles}
        docs = {key: tables["claims"][key] for key in new_claims}
        added = convert.read_claims(docs, texts, source_of, conflict_of, convert.CLAIM_COLUMNS)[0]
        self._claims.update(added)  # new articles come after every stored one: reading order is kept
        for claim in added.values():
            self._claims_by_article[claim.article_id].append(claim.id)
            self._claims_by_topic[claim.topic].append(claim.id)
        for aid in sorted(recount - set(new_articles)):
            conflicting = sum(self._claims[c].conflict_id is not None for c in self._claims_by_article[aid])
            self._articles[aid] = with_values(self._articles[aid], n_conflicting=conflicting)
        for aid in new_articles:
            mine = self._claims_by_article.get(aid, ())
            conflicting = sum(self._claims[c].conflict_id is not None for c in mine)
            self._articles[aid] = convert.to_article(aid, article_docs[str(aid)], len(mine), conflicting)

    def _load_derived(self, tables: dict[str, Any]) -> tuple[dict[int, int], dict[int, int]]:
        """Make the actor and conflict records of ``tables`` (shared by :meth:`_load` and :meth:`_extend`).

        Returns:
            Claim id -> id of the actor who is its source, and claim id -> id of its conflict group.
        """
        self._actors = {int(k): convert.to_actor(int(k), d) for k, d in tables["actors"].items()}
        self._conflicts = {int(k): convert.to_conflict(int(k), d) for k, d in tables["conflicts"].items()}
        source_of = {c: a.id for a in self._actors.values() for c in a.claims}
        conflict_of = {c: g.id for g in self._conflicts.values() for c in g.claims}
        return source_of, conflict_of

    def _load(self, data: dict[str, Any]) -> None:
        """Build the records and indexes from ``data``, consuming its claims and articles to keep memory low."""
        tables = {name: data.get(name, {}) for name in TABLES}
        source_of, conflict_of = self._load_derived(tables)
        article_docs: dict[str, Any] = tables["articles"]
        texts = {int(k): (doc["file"], doc["text"]) for k, doc in article_docs.items()}
        self._claims, by_id = convert.read_claims(
            tables["claims"], texts, source_of, conflict_of, convert.claim_columns(data)
        )
        self._stored_by_id = by_id
        """Whether the file lists the articles and the claims by id (so the loaded records are in stored order)."""
        del texts
        self._claims_by_article: dict[int, list[int]] = defaultdict(list)
        self._claims_by_topic: dict[str, list[int]] = defaultdict(list)
        n_conflicting: dict[int, int] = defaultdict(int)
        for claim in self._claims.values():
            self._claims_by_article[claim.article_id].append(claim.id)
            self._claims_by_topic[claim.topic].append(claim.id)
            if claim.conflict_id is not None:
                n_conflicting[claim.article_id] += 1
        self._articles = {}
        in_order = sorted(article_docs, key=int)
        self._stored_by_id = self._stored_by_id and in_order == list(article_docs)
        for key in in_order:
            aid = int(key)
            doc = article_docs.pop(key)  # its actor mentions are not kept: free them now
            self._articles[aid] = convert.to_article(
                aid, doc, len(self._claims_by_article.get(aid, ())), n_conflicting.get(aid, 0)
            )


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a store's worth of acyclic objects is created.

    Parsing and converting a large store allocates millions of objects; each allocation burst
    otherwise triggers collections that rescan everything allocated so far (a third of load time).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _add_articles(
    articles: dict[str, Any],
    drafts: Sequence[ArticleDraft],
    duplicates: list[tuple[str, int]],
    by_hash: dict[str, int] | None = None,
    next_article: int | None = None,
) -> list[tuple[int, ArticleDraft]]:
    """Add the documents of the ``drafts`` not stored yet to ``articles`` under new ids; the rest are duplicates.

    Args:
        articles: The stored articles, to which the new ones are added.
        drafts: The extracted articles.
        duplicates: Where the drafts already stored are listed, as (file, id of the stored article).
        by_hash: The ids of the stored articles by content hash, when ``articles`` does not hold them all.
        next_article: The id of the first new article, likewise.

    Returns:
        ``(article id, draft)`` of the added ones.
    """
    if by_hash is None:
        by_hash = {doc["content_hash"]: int(k) for k, doc in articles.items()}
    if next_article is None:
        next_article = max(map(int, articles), default=0) + 1
    pending: list[tuple[int, ArticleDraft]] = []
    for draft in drafts:
        if draft.content_hash in by_hash:
            duplicates.append((draft.file, by_hash[draft.content_hash]))
            continue
        by_hash[draft.content_hash] = next_article
        articles[str(next_article)] = convert.article_doc(draft)
        pending.append((next_article, draft))
        next_article += 1
    return pending


def _claim_docs(
    pending: Sequence[tuple[int, ArticleDraft]], next_claim: int
) -> tuple[dict[str, Any], list[tuple[str, int, int]]]:
    """The claim documents of the ``pending`` articles, numbered from ``next_claim``, and what the report lists."""
    docs: dict[str, Any] = {}
    added = []
    for article_id, draft in pending:
        for claim in draft.claims:
            docs[str(next_claim)] = convert.claim_doc(claim, article_id, draft.text)
            next_claim += 1
        added.append((draft.file, article_id, len(draft.claims)))
    return docs, added


def meta_doc() -> dict[str, Any]:
    """The ``meta`` document every write stores: schema, claim columns, and the stamp of the derived tables."""
    from store.aggregate import derivation_fingerprint

    return {
        "schema_version": SCHEMA_VERSION,
        "claim_columns": list(convert.CLAIM_COLUMNS),
        "derived_with": derivation_fingerprint(),
    }


def _schema_version(data: dict[str, Any]) -> int:
    meta = data.get("meta") or {}
    versions = [int(doc.get("schema_version", 0)) for doc in meta.values() if isinstance(doc, dict)]
    return max(versions, default=0)
