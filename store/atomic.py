"""Replacing a file atomically: readers see the old content or the new, never a mix.

The bytes go to a temporary file in the same directory, are flushed and
fsynced, and the file is swapped in with ``os.replace``; the directory is
fsynced after, so the rename itself survives a crash. Temporary files are
named ``.<name>.<random>.tmp`` (the store's writer lock clears stale ones).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where the platform allows opening a directory)."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_atomic(path: Path, payload: bytes, *, before_replace: Callable[[], None] | None = None) -> None:
    """Replace ``path`` with ``payload``; the file keeps its permissions.

    Args:
        path: The file to replace (created with its folder when missing).
        payload: The new content.
        before_replace: Called once the new content is safely on disk, just before the
            swap (the store keeps its backup there).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with contextlib.suppress(OSError):  # keep the permissions someone gave the file
            os.fchmod(fd, stat.S_IMODE(path.stat().st_mode))
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


FileIdentity = tuple[int, int, int, int, int]
"""(device, inode, size, mtime ns, ctime ns) of a file: a file replaced by :func:`write_atomic` gets a new one."""


def file_identity(path: Path) -> FileIdentity | None:
    """What tells one version of the file at ``path`` from another; None when it cannot be read."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
