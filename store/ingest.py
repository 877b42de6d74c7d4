"""Turning files on disk into article drafts: finding them, reading them safely, extracting.

Every expected problem with an input file becomes an :class:`InputError` naming
the file and what to do; nothing here raises for bad input.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from store.extract import ArticleDraft, extract_article

if TYPE_CHECKING:
    from store.store import IngestReport

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class InputError:
    """One input file that was refused, and why."""

    file: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.reason}"


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], list[InputError]]:
    """Expand folders (recursively, sorted) into article files; report missing paths."""
    files: list[Path] = []
    errors: list[InputError] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
            if not found:
                errors.append(InputError(str(path), "folder holds no .txt or .md files"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.exists():
            errors.append(InputError(str(path), "not a regular file"))
        else:
            errors.append(InputError(str(path), "no such file or folder"))
    return files, errors


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """The text of an article file.

    Raises:
        InputErrorException: with a reason a person can act on.
    """
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputErrorException(
                f"file is {size / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:.0f} MB limit"
                " (raise it with --max-size)"
            )
        raw = path.read_bytes()
    except PermissionError:
        raise InputErrorException("permission denied; check the file's permissions") from None
    except OSError as exc:
        raise InputErrorException(f"cannot be read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise InputErrorException("file is empty")
    if b"\x00" in raw:
        raise InputErrorException("looks like a binary file (NUL bytes); give a .txt or .md article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputErrorException(f"not UTF-8 text (bad byte at offset {exc.start}); re-save it as UTF-8") from None


class InputErrorException(Exception):
    """Raised by :func:`read_article`; carries only the reason."""


def _extract_one(path_str: str, display: str) -> ArticleDraft | InputError:
    try:
        text = read_article(Path(path_str))
    except InputErrorException as exc:
        return InputError(display, str(exc))
    return extract_article(text, display)


def extract_files(
    files: Sequence[Path],
    *,
    jobs: int = 1,
    progress: Callable[[int, int, str], None] | None = None,
    known_hashes: Mapping[str, int],
    report: IngestReport,
) -> tuple[list[ArticleDraft], list[InputError]]:
    """Read and extract ``files``, in parallel processes when ``jobs`` > 1.

    Files whose content hash is in ``known_hashes`` are recorded in
    ``report.duplicates`` without being extracted again.
    """
    drafts: list[ArticleDraft] = []
    errors: list[InputError] = []
    todo: list[tuple[str, str]] = []
    for path in files:
        todo.append((str(path), path.name))
    total = len(todo)
    if jobs == 0:
        jobs = os.cpu_count() or 1
    results: Iterable[ArticleDraft | InputError]
    if jobs > 1 and total > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        results = pool.map(_extract_one, *zip(*todo, strict=True), chunksize=max(1, total // (jobs * 8)))
    else:
        pool = None
        results = (_extract_one(p, d) for p, d in todo)
    try:
        for done, result in enumerate(results, start=1):
            if isinstance(result, InputError):
                errors.append(result)
            elif result.content_hash in known_hashes:
                report.duplicates.append((result.file, known_hashes[result.content_hash]))
            else:
                drafts.append(result)
            if progress is not None:
                progress(done, total, todo[done - 1][1])
    finally:
        if pool is not None:
            pool.shutdown()
    return drafts, errors
