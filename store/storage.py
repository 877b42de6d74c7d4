"""TinyDB storage that writes atomically and reads and writes JSON with orjson.

TinyDB's own JSONStorage rewrites the file in place, so a crash mid-write leaves
broken JSON. Here every write goes to a temporary file in the same directory,
is flushed and fsynced, and replaces the store with ``os.replace``; the previous
good version is kept beside it as ``<name>.bak``. The format stays plain JSON
that stock TinyDB can read.

This module also holds the rest of the file-level safety: the writer lock
(:class:`WriterLock`, which records who holds it so a waiting writer can say
so) and the explicit recovery steps for an unreadable store
(:func:`restore_backup`, :func:`move_aside`). Nothing here ever overwrites a
file that could not be read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import os
import re
import shutil
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO

import orjson
from tinydb.storages import Storage

from store.atomic import fsync_dir, write_atomic


class StoreCorruptError(Exception):
    """The store file exists but is not readable JSON."""

    def __init__(self, path: Path, reason: str) -> None:
        reason = " ".join(reason.split())  # one line, whatever the JSON parser said
        super().__init__(f"{path}: the store is unreadable ({reason})")
        self.path = path
        self.reason = reason


def backup_path(path: Path) -> Path:
    """Where the previous good version of ``path`` is kept."""
    return path.with_name(path.name + ".bak")


class StoreLockedError(Exception):
    """Another process held the writer lock for longer than we wait."""


def read_json(path: Path) -> dict[str, Any] | None:
    """Read a store file; None when it does not exist.

    An existing but empty file counts as unreadable, not as missing: a store
    truncated to nothing must not be silently rebuilt over (its backup would
    then be replaced by the rebuilt store on the next write).

    Raises:
        StoreCorruptError: the file is empty, cannot be read, or holds something that is not a JSON object.
    """
    streamed = _streamed(path)
    if streamed is not None:
        return streamed
    raw = _read_bytes(path)
    if raw is None:
        return None
    if _BLANK.fullmatch(raw):
        raise StoreCorruptError(path, "the file is empty")
    data = _loads_in_pieces(raw)
    if data is None:  # not split: parse the file whole (and let the parser say what is wrong with it)
        raw = _read_bytes(path) or bytearray()
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise StoreCorruptError(path, f"invalid JSON: {exc}") from None
        del raw
    if not isinstance(data, dict):
        raise StoreCorruptError(path, "top level is not a JSON object")
    return data


_BLANK = re.compile(rb"\s*")
_SPLIT_AT = b',"claims":{'
"""Where a store written by :func:`write_json_atomic` is cut in two for parsing: before its claims table."""


def _read_bytes(path: Path) -> bytearray | None:
    """The file's bytes in a mutable buffer (see :func:`_loads_in_pieces`); None when it does not exist."""
    try:
        with open(path, "rb", buffering=0) as f:
            raw = bytearray(os.fstat(f.fileno()).st_size)
            view = memoryview(raw)
            done = 0
            while done < len(raw) and (n := f.readinto(view[done:])):
                done += n
            view.release()
            del raw[done:]
            if done == len(raw):
                raw += f.read()  # the file grew while being read (not a store written atomically)
            return raw
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreCorruptError(path, f"cannot be read: {exc.strerror or exc}") from None


def _loads_in_pieces(raw: bytearray) -> dict[str, Any] | None:
    """Parse a store piece by piece, consuming ``raw``; None if it cannot be cut (the caller parses it whole).

    The JSON parser needs about as much memory again as the text it parses, on top of the objects it makes,
    and memory the process has not used before costs a page fault per 4 KB (a third of the parse at 10,000
    articles). So the store is cut in two at the last ``,"claims":{``, the articles and then the rest, the
    text of each dropped once it is parsed (~150 MB off the peak at 10,000 articles); and the articles and
    claims tables, laid out as :func:`write_json_atomic` writes them, are parsed :data:`PIECE` bytes of
    documents at a time (see :func:`_table`), so the parser's own buffers stay small and are reused (~15,000
    page faults fewer). Every cut is checked by the parse: a ``"`` after a ``,`` always opens a string, so no
    cut is inside one, and a cut at any deeper level leaves its piece unbalanced, which does not parse: then
    the caller parses the file whole.
    """
    cut = raw.rfind(_SPLIT_AT)  # from the end: the claims table and the small ones after it are ~1/4 of a store
    if cut < 0:
        return None
    tail = bytearray(b"{")
    tail += memoryview(raw)[cut + 1 :]
    raw[cut] = ord("}")
    del raw[cut + 1 :]
    try:
        if raw.startswith(_TOP + b"{"):
            head: object = {"articles": _table(raw, len(_TOP), cut - 1)}
        else:
            head = orjson.loads(raw)
        raw.clear()
        rest = _rest(tail)
    except orjson.JSONDecodeError:
        return None
    finally:
        tail.clear()
    if not isinstance(head, dict) or not isinstance(rest, dict):
        return None
    head.update(rest)
    return head


PIECE = 1 << 20
"""Bytes of a large table parsed at a time: a few of the parser's buffers, reused from piece to piece."""
_ENTRY_END = b'},"'


def _table(raw: bytearray, start: int, end: int) -> dict[str, Any]:
    """The JSON object from the brace at ``raw[start]`` to the one at ``raw[end]``, a table of documents, parsed
    about :data:`PIECE` bytes at a time; the bytes in between are changed.

    A piece ends after a document (at a ``},"``): the comma after it becomes the brace that closes the piece,
    then the brace that opens the next one.

    Raises:
        orjson.JSONDecodeError: a piece does not parse (it was not cut between two documents of the table).
    """
    table: dict[str, Any] = {}
    first = start
    with memoryview(raw) as view:
        while first < end:
            stop = raw.find(_ENTRY_END, first + PIECE, end) if first + PIECE < end else -1
            last = end if stop < 0 else stop + 1
            raw[first], raw[last] = ord("{"), ord("}")
            piece = orjson.loads(view[first : last + 1])
            if not isinstance(piece, dict):
                raise orjson.JSONDecodeError("not a table", "", 0)
            table.update(piece)
            first = last
    return table


def _streamed(path: Path) -> dict[str, Any] | None:
    """The store at ``path`` parsed as it is read, a block at a time; None when it is not laid out as
    :func:`write_json_atomic` writes a store, or does not parse (the caller then reads it whole).

    Only one block and one piece of the file are in memory at a time, never the whole text: that is ~80 MB
    of memory fewer to be found (20,000 page faults, ~50 ms) when a 10,000-article store is opened. The
    articles and claims tables are parsed a piece at a time as in :func:`_table`, with the same checks.
    """
    try:
        with open(path, "rb", buffering=0) as f:
            stream = _Stream(f)
            if not stream.skip(_TOP):
                return None
            articles = stream.table(b'},"claims":{')
            if articles is None or not stream.skip(b',"claims":'):
                return None
            claims = stream.table(_ACTORS_END)
            if claims is None:
                return None
            small = stream.rest()
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(small, dict):
        return None
    return {"articles": articles, "claims": claims, **small}


class _Stream:
    """A store file read a block at a time; :attr:`buf` holds what is read and not parsed yet."""

    def __init__(self, f: BinaryIO) -> None:
        self._f = f
        self._block = bytearray(PIECE)
        self.buf = bytearray()
        self.eof = False

    def _read(self) -> None:
        n = self._f.readinto(self._block)
        if n:
            self.buf += memoryview(self._block)[:n]
        else:
            self.eof = True

    def skip(self, prefix: bytes) -> bool:
        """Whether the unparsed text starts with ``prefix``, which is then skipped."""
        while len(self.buf) < len(prefix) and not self.eof:
            self._read()
        if not self.buf.startswith(prefix):
            return False
        del self.buf[: len(prefix)]
        return True

    def table(self, end: bytes) -> dict[str, Any] | None:
        """The table whose opening brace starts the unparsed text, up to its closing brace, found where ``end``
        (which starts with that brace) is; None when the file ends first.

        Raises:
            orjson.JSONDecodeError: a piece does not parse (see :func:`_table`).
        """
        table: dict[str, Any] = {}
        scanned = 0  # how much of buf is known not to hold ``end``
        while True:
            buf = self.buf
            at = buf.find(end, max(0, scanned - len(end)))
            if at >= 0:
                table.update(_table(buf, 0, at))
                del buf[: at + 1]
                return table
            scanned = len(buf)
            # A piece ends at the last document end read, unless ``end`` could start there (not all read yet).
            stop = buf.rfind(_ENTRY_END, 0, len(buf) - len(end)) if len(buf) >= PIECE else -1
            if stop > 0:
                buf[stop + 1] = ord("}")
                with memoryview(buf) as view:
                    piece = orjson.loads(view[: stop + 2])
                if not isinstance(piece, dict):
                    raise orjson.JSONDecodeError("not a table", "", 0)
                table.update(piece)
                buf[stop + 1] = ord("{")
                del buf[: stop + 1]
                scanned = len(buf)
            if self.eof:
                return None
            self._read()

    def rest(self) -> object:
        """The rest of the file, from the comma before the next table, parsed as one object."""
        while not self.eof:
            self._read()
        if not self.buf.startswith(b","):
            return None
        self.buf[0] = ord("{")
        return orjson.loads(self.buf)


def _rest(tail: bytearray) -> object:
    """``tail``, the claims table and the tables after it, parsed (the claims a piece at a time, when the small
    tables follow them as :func:`write_json_atomic` writes them)."""
    small_at = tail.rfind(_ACTORS_AT)
    if not tail.startswith(_CLAIMS_TOP) or small_at < len(_CLAIMS_TOP) or tail[small_at - 1] != ord("}"):
        return orjson.loads(tail)
    claims = _table(tail, len(_CLAIMS_TOP) - 1, small_at - 1)
    tail[small_at] = ord("{")
    with memoryview(tail) as view:
        small = orjson.loads(view[small_at:])
    if not isinstance(small, dict):
        return None
    return {"claims": claims, **small}


def write_json_atomic(path: Path, data: dict[str, Any], *, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``data`` as JSON so that readers see the old or the new file."""
    write_bytes_atomic(path, orjson.dumps(data), keep_backup=keep_backup)


def write_bytes_atomic(path: Path, payload: bytes, *, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``payload`` (a store's JSON) as :func:`write_json_atomic` does."""
    keep = keep_backup and path.exists()
    write_atomic(path, payload, before_replace=(lambda: _keep_backup(path)) if keep else None)


_TOP = b'{"articles":'
_ACTORS_AT = b',"actors":{'
_CLAIMS_TOP = b'{"claims":{'
_ACTORS_END = b'},"actors":{'
_SMALL_TABLES = ["actors", "conflicts", "meta"]


@dataclass(slots=True)
class StoreParts:
    """A store file as :func:`write_json_atomic` writes it, cut at its tables: the small tables parsed, the
    articles and claims tables left as the bytes they are (see :func:`read_parts`)."""

    path: Path
    small: dict[str, Any]
    """The ``actors``, ``conflicts`` and ``meta`` tables."""
    raw: bytearray
    articles_end: int
    """Index of the brace closing the articles table in ``raw``."""
    claims_start: int
    claims_end: int
    """Indexes of the braces opening and closing the claims table in ``raw``."""

    def articles(self, stored: Mapping[str, str], added: dict[str, Any]) -> Mapping[str, Any]:
        """The stored articles, each parsed when first needed (few writes need any), followed by ``added``.

        Args:
            stored: The content hash of every stored article, by key, in stored order (from the loaded records);
                an article found where its key is but with another hash makes the whole table parsed instead.
            added: The new articles.
        """
        return _Articles(self, stored, added)

    def stored_articles(self) -> dict[str, Any]:
        """The stored articles table, parsed."""
        with memoryview(self.raw) as view:
            articles = orjson.loads(view[len(_TOP) : self.articles_end + 1])
        if not isinstance(articles, dict):
            raise StoreCorruptError(self.path, "the articles table is not a JSON object")
        return articles

    def parsed(self) -> dict[str, Any] | None:
        """The whole store, parsed from the bytes read, as :func:`read_json` would read the file (consumes them:
        the parts are of no further use).

        The tables are parsed a piece at a time as :func:`read_json` parses them (see :func:`_table`), the claims
        and small tables first, whose text is then dropped. A piece that does not parse makes the file read
        whole again by :func:`read_json` instead (which says what is wrong with it).

        Raises:
            StoreCorruptError: the file is not readable JSON.
        """
        raw, small_at = self.raw, self.claims_end + 1
        try:
            claims = _table(raw, self.claims_start, self.claims_end)
            raw[small_at] = ord("{")
            with memoryview(raw) as view:
                small = orjson.loads(view[small_at:])
            del raw[self.articles_end + 1 :]
            articles = _table(raw, len(_TOP), self.articles_end)
        except orjson.JSONDecodeError:
            small = None
        finally:
            raw.clear()
        if not isinstance(small, dict):
            return read_json(self.path)
        return {"articles": articles, "claims": claims, **small}

    def extended(self, articles: dict[str, Any], claims: dict[str, Any], small: dict[str, Any]) -> bytearray:
        """The store with ``articles`` and ``claims`` added after the stored ones, and ``small`` as its small
        tables: byte for byte what :func:`write_json_atomic` writes of the whole store.

        Made in place of the bytes read, from the end (which the small tables replace) back: only the text after
        each insertion moves, and no second copy of the store is made (~40 ms and 80 MB less at 10,000
        articles). The parts are of no further use.
        """
        raw = self.raw
        del raw[self.claims_end + 1 :]
        for name in _SMALL_TABLES:
            raw += f',"{name}":'.encode()
            raw += orjson.dumps(small[name])
        raw += b"}"
        _insert(raw, self.claims_start, self.claims_end, claims)
        _insert(raw, len(_TOP), self.articles_end, articles)
        return raw


class _Articles(Mapping[str, Any]):
    """The stored articles of a :class:`StoreParts`, each parsed on first use, followed by added ones."""

    def __init__(self, parts: StoreParts, stored: Mapping[str, str], added: dict[str, Any]) -> None:
        self._parts = parts
        self._hashes = stored
        self._keys = list(stored)
        self._at = {key: i for i, key in enumerate(self._keys)}
        self._added = added
        self._parsed: dict[str, Any] = {}
        self._whole: dict[str, Any] | None = None
        self._cursor = len(_TOP)

    def __getitem__(self, key: str) -> Any:
        doc = self._added.get(key)
        if doc is not None:
            return doc
        if self._whole is not None:
            return self._whole[key]
        doc = self._parsed.get(key)
        if doc is None:
            doc = self._parsed[key] = self._parse(key)
        return doc

    def _parse(self, key: str) -> Any:
        """The stored article ``key``, parsed from between its key and the next one (keys are found in order)."""
        i = self._at[key]
        raw, end = self._parts.raw, self._parts.articles_end
        pattern = (b"{" if i == 0 else b",") + orjson.dumps(key) + b":"
        at = raw.find(pattern, self._cursor, end)
        if at < 0:
            at = raw.find(pattern, len(_TOP), end)
        value = at + len(pattern)
        stop = end
        if i + 1 < len(self._keys):
            stop = raw.find(b"," + orjson.dumps(self._keys[i + 1]) + b":", value, end)
        doc = None
        if at >= 0 and stop >= 0:
            with memoryview(raw) as view, contextlib.suppress(orjson.JSONDecodeError):
                doc = orjson.loads(view[value:stop])
        if not isinstance(doc, dict) or doc.get("content_hash") != self._hashes[key]:
            self._whole = self._parts.stored_articles()  # not laid out as expected: parse the whole table
            return self._whole[key]
        self._cursor = stop
        return doc

    def __iter__(self) -> Iterator[str]:
        yield from self._keys if self._whole is None else self._whole
        yield from self._added

    def __len__(self) -> int:
        return len(self._keys if self._whole is None else self._whole) + len(self._added)


def _insert(raw: bytearray, start: int, end: int, added: dict[str, Any]) -> None:
    """Add the documents ``added`` after those of the JSON object ``raw[start:end + 1]``, where it lies."""
    if not added:
        return
    new = orjson.dumps(added)
    if end == start + 1:  # an empty table
        raw[start : end + 1] = new
    else:
        raw[end:end] = memoryview(new)[:-1]
        raw[end] = ord(",")


def read_parts(path: Path) -> StoreParts | None:
    """The store at ``path`` cut at its tables, without parsing its claims; None when it is not laid out as
    :func:`write_json_atomic` writes a store (the caller then reads it whole).

    Only for a file known to be good (one this process read whole before, unchanged since): the claims
    table is not parsed, so not checked either.
    """
    raw = _read_bytes(path)
    if raw is None or not raw.startswith(_TOP + b"{") or not raw.endswith(b"}"):
        return None
    cut = raw.rfind(_SPLIT_AT)
    small_at = raw.rfind(_ACTORS_AT)
    if cut < 0 or small_at < cut or raw[cut - 1] != ord("}") or raw[small_at - 1] != ord("}"):
        return None
    claims_start = cut + len(_SPLIT_AT) - 1
    # A quote after a comma always opens a string, so neither cut can be inside one; the claims table is the only
    # object-valued "claims" and no document has an "actors" key, so both cuts are at the top level. The small
    # tables are parsed where they lie, the cut comma turned into the brace that opens them meanwhile.
    try:
        with memoryview(raw) as view:
            raw[small_at] = ord("{")
            small = orjson.loads(view[small_at:])
    except orjson.JSONDecodeError:
        return None
    finally:
        raw[small_at] = ord(",")
    if not isinstance(small, dict) or list(small) != _SMALL_TABLES:
        return None
    if not all(isinstance(small[name], dict) for name in _SMALL_TABLES):
        return None
    return StoreParts(path, small, raw, cut - 1, claims_start, small_at - 1)


def _keep_backup(path: Path) -> None:
    """Hard-link the current file to ``.bak`` (atomically replacing the old backup).

    Callers write only after reading the current file successfully under the
    writer lock, so the file linked here is known to be good.
    """
    bak = backup_path(path)
    link_tmp = path.with_name(f".{path.name}.bak.{os.getpid()}.tmp")
    link_tmp.unlink(missing_ok=True)
    try:
        try:
            os.link(path, link_tmp)
        except OSError:  # file systems without hard links
            shutil.copy2(path, link_tmp)
        os.replace(link_tmp, bak)
    except BaseException:
        link_tmp.unlink(missing_ok=True)
        raise


class AtomicJSONStorage(Storage):
    """A TinyDB storage backed by :func:`read_json` and :func:`write_json_atomic`."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        return read_json(self.path)

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        write_json_atomic(self.path, data)

    def close(self) -> None:
        pass


# -- recovery (only ever on explicit request) ----------------------------------------------


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S")


def move_aside(path: Path, tag: str = "broken") -> Path:
    """Rename ``path`` to ``<name>.<tag>-<timestamp>`` (never overwriting) and return the new path."""
    target = path.with_name(f"{path.name}.{tag}-{_stamp()}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{tag}-{_stamp()}-{n}")
        n += 1
    os.replace(path, target)
    fsync_dir(path.parent)
    return target


def usable_backup(path: Path) -> Path | None:
    """The backup of ``path`` if it exists and reads as a store, else None."""
    bak = backup_path(path)
    try:
        return bak if read_json(bak) is not None else None
    except StoreCorruptError:
        return None


def restore_backup(path: Path) -> Path | None:
    """Put the backup of ``path`` back in its place; the current file, if any, is moved aside first.

    Returns:
        Where the replaced file was moved, or None when there was no file.

    Raises:
        StoreCorruptError: there is no readable backup (nothing is changed then).
    """
    bak = usable_backup(path)
    if bak is None:
        raise StoreCorruptError(backup_path(path), "no readable backup to restore")
    payload = bak.read_bytes()
    aside = move_aside(path) if path.exists() else None
    write_atomic(path, payload)
    return aside


class RecoveryError(Exception):
    """An explicitly requested recovery could not be done; nothing was changed."""


def recovery_hint(path: Path) -> str:
    """What a person can do about the unreadable store at ``path`` (the flags of the command line)."""
    bak = usable_backup(path)
    rebuild = "--rebuild to build a new store from the seeds (the unreadable file is kept aside)"
    if bak is None:
        return f"no readable backup; run again with {rebuild}"
    saved = time.strftime("%Y-%m-%d %H:%M", time.localtime(bak.stat().st_mtime))
    return f"run again with --restore-backup to restore {bak.name} (saved {saved}), or with {rebuild}"


def recover(path: Path, *, restore: bool, timeout: float) -> str:
    """Restore the backup of an unreadable store (``restore``) or move it aside for a rebuild.

    Does nothing to a store that reads fine. Holds the writer lock throughout.

    Returns:
        One line saying what was done.

    Raises:
        RecoveryError: ``restore`` was asked but there is no readable backup.
        StoreLockedError: another process is writing the store.
    """
    with WriterLock(path, timeout):
        try:
            if read_json(path) is not None:
                return f"{path}: the store is readable; nothing to recover"
        except StoreCorruptError:
            pass
        if restore:
            if usable_backup(path) is None:
                raise RecoveryError(f"{backup_path(path)}: no readable backup to restore; use --rebuild instead")
            aside = restore_backup(path)
            kept = f"; the unreadable file was kept as {aside.name}" if aside else ""
            return f"{path}: restored from {backup_path(path).name}{kept}"
        moved = []
        if path.exists():
            moved.append(move_aside(path).name)
        bak = backup_path(path)
        if bak.exists():  # the rebuilt store's second write would replace it: keep it aside too
            moved.append(move_aside(bak, "old").name)
        kept = f"; kept {' and '.join(moved)}" if moved else ""
        return f"{path}: building a new store from the seeds{kept}"


# -- one writer at a time ------------------------------------------------------------------


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _owner_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock.owner")


def lock_holder(path: Path) -> str | None:
    """Who holds (or last held) the writer lock of the store at ``path``, as recorded by :class:`WriterLock`."""
    try:
        info = orjson.loads(_owner_path(path).read_bytes())
        pid = int(info["pid"])
    except (OSError, ValueError, KeyError, TypeError, orjson.JSONDecodeError):
        return None
    since = time.strftime("%H:%M:%S", time.localtime(float(info.get("since", 0))))
    command = " ".join(str(info.get("command", "")).split())[:120]
    return f"process {pid} ({command}) since {since}"


def _remove_stale_temp_files(path: Path) -> None:
    """Temp files of writers that were killed mid-write; only called while holding the lock, so none is live."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()


class WriterLock:
    """The store's writer lock; while held, a sidecar file says which process holds it.

    The lock itself is a ``filelock`` lock on ``<store>.lock`` (released by the
    kernel if the holder dies). ``filelock`` truncates the lock file while
    acquiring, so the holder's pid and command go into ``<store>.lock.owner``.
    """

    def __init__(self, path: Path, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        from filelock import FileLock  # imported by writers only: reading the store (the app's launch) needs none

        self._lock = FileLock(str(lock_path(path)), timeout=timeout)

    def __enter__(self) -> WriterLock:
        from filelock import Timeout

        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._lock.acquire()
        except Timeout:
            holder = lock_holder(self.path) or "another process"
            raise StoreLockedError(
                f"{self.path}: the store is being written by {holder}; gave up after {self.timeout:g} s"
                " (try again when it has finished)"
            ) from None
        with contextlib.suppress(OSError):
            info = {"pid": os.getpid(), "command": " ".join(sys.argv) or sys.executable, "since": time.time()}
            _owner_path(self.path).write_bytes(orjson.dumps(info))
        _remove_stale_temp_files(self.path)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        with contextlib.suppress(OSError):
            _owner_path(self.path).unlink()
        self._lock.release()
