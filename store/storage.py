"""TinyDB storage that writes atomically and reads and writes JSON with orjson.

TinyDB's own JSONStorage rewrites the file in place, so a crash mid-write leaves
broken JSON. Here every write goes to a temporary file in the same directory,
is flushed and fsynced, and replaces the store with ``os.replace``; the previous
good version is kept beside it as ``<name>.bak``. The format stays plain JSON
that stock TinyDB can read.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage


class StoreCorruptError(Exception):
    """The store file exists but is not readable JSON."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: the store is unreadable ({reason})")
        self.path = path
        self.reason = reason


def backup_path(path: Path) -> Path:
    """Where the previous good version of ``path`` is kept."""
    return path.with_name(path.name + ".bak")


def read_json(path: Path) -> dict[str, Any] | None:
    """Read a store file; None when it does not exist or is empty.

    Raises:
        StoreCorruptError: the file holds something that is not a JSON object.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    if not raw.strip():
        return None
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise StoreCorruptError(path, f"invalid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise StoreCorruptError(path, "top level is not a JSON object")
    return data


def _fsync_dir(directory: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a directory
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_json_atomic(path: Path, data: dict[str, Any], *, keep_backup: bool = True) -> None:
    """Replace ``path`` with ``data`` as JSON so that readers see the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = orjson.dumps(data)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _keep_backup(path: Path) -> None:
    """Hard-link the current file to ``.bak`` (atomically replacing the old backup).

    Callers write only after reading the current file successfully under the
    writer lock, so the file linked here is known to be good.
    """
    bak = backup_path(path)
    link_tmp = path.with_name(f".{path.name}.bak.{os.getpid()}.tmp")
    link_tmp.unlink(missing_ok=True)
    try:
        os.link(path, link_tmp)
    except OSError:  # file systems without hard links
        shutil.copy2(path, link_tmp)
    os.replace(link_tmp, bak)


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
