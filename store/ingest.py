"""Turning files on disk into article drafts: finding them, reading them safely, extracting.

Every expected problem with an input file becomes an :class:`InputError` naming
the file and what to do; nothing here raises for bad input.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.extract import ArticleDraft
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
        try:
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
        except OSError as exc:  # a name too long, a folder that cannot be listed, ...
            errors.append(InputError(str(path), f"cannot be read ({exc.strerror or exc})"))
    return files, errors


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> str:
    """The text of an article file.

    Args:
        path: the file.
        max_bytes: larger files are refused.

    Raises:
        InputErrorException: with a reason a person can act on (empty, binary,
            unreadable, too large, missing, not UTF-8).
    """
    return read_article_noted(path, max_bytes=max_bytes)[0]


def read_article_noted(path: Path, *, max_bytes: int = MAX_BYTES) -> tuple[str, str | None]:
    """Like :func:`read_article`, plus a warning when the text was not UTF-8 but could be read safely.

    The one fallback: text that is almost all ASCII, whose few other bytes are
    Windows-1252 letters or punctuation (curly quotes, dashes, accented
    letters), as saved by many Windows editors. Anything else that is not
    UTF-8 is refused rather than guessed.
    """
    note = None
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputErrorException(
                f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit (raise it with --max-size MB)"
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputErrorException("no such file (it was removed or renamed)") from None
    except PermissionError:
        raise InputErrorException("permission denied; check the file's permissions") from None
    except IsADirectoryError:
        raise InputErrorException("is a folder, not a file") from None
    except OSError as exc:
        raise InputErrorException(f"cannot be read ({exc.strerror or exc})") from None
    if len(raw) > max_bytes:  # grew since stat
        raise InputErrorException(f"file is over the {_megabytes(max_bytes)} limit (raise it with --max-size MB)")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputErrorException("starts like UTF-16 text but is not; re-save it as UTF-8") from None
    else:
        if _looks_binary(raw):
            raise InputErrorException("looks like a binary file, not text; give a .txt or .md article")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            legacy = _windows_1252(raw)
            if legacy is None:
                raise InputErrorException(
                    f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8"
                ) from None
            text = legacy
            note = "not UTF-8; read as Windows-1252 (check its quotes and accents, or re-save it as UTF-8)"
    if not text.strip():
        raise InputErrorException("file is empty" if not raw else "file holds only blank space")
    return text, note


_ASCII = bytes(range(128))


def _windows_1252(raw: bytes) -> str | None:
    """``raw`` as Windows-1252 when it is mostly ASCII and the rest are letters or punctuation there, else None."""
    extra = raw.translate(None, _ASCII)
    if len(extra) > max(16, len(raw) // 33):  # more than 3%: another language's encoding, do not guess
        return None
    try:
        decoded = extra.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if not all(unicodedata.category(c)[0] in "LPSZ" for c in decoded):
        return None
    return raw.decode("cp1252")


def _megabytes(n: int) -> str:
    return f"{n / 1_048_576:.3g} MB"


def _looks_binary(raw: bytes) -> bool:
    """NUL bytes, or more than a few percent of control bytes that text files do not contain."""
    sample = raw[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([c])) for c in _BINARY_CONTROLS)
    return controls > max(8, len(sample) // 20)


# C0 controls other than tab, newline, vertical tab, form feed, carriage return and ESC (which stray
# into scraped text, and are removed before display instead).
_BINARY_CONTROLS = [c for c in range(32) if c not in (9, 10, 11, 12, 13, 27)]


def extract_article(text: str, file: str) -> ArticleDraft:
    """:func:`store.extract.extract_article`, imported on first use: opening the app needs no extractor."""
    from store.extract.pipeline import extract_article as extract

    return extract(text, file)


class InputErrorException(Exception):
    """Raised by :func:`read_article`; carries only the reason."""


@dataclass(frozen=True, slots=True)
class _Known:
    """A file whose content is already stored: found by its hash, before any extraction."""

    file: str
    content_hash: str


_known_hashes: frozenset[str] = frozenset()
"""The hashes already stored, in the process that extracts (set once per worker by :func:`_set_known`)."""


def _set_known(hashes: frozenset[str]) -> None:
    global _known_hashes
    _known_hashes = hashes


def _extract_one(
    path_str: str, display: str, max_bytes: int = MAX_BYTES
) -> tuple[ArticleDraft | InputError | _Known, InputError | None]:
    """The file's draft (or why it was refused, or that it is already stored), and a warning if any."""
    try:
        text, note = read_article_noted(Path(path_str), max_bytes=max_bytes)
    except InputErrorException as exc:
        return InputError(path_str, str(exc)), None
    warning = InputError(path_str, note) if note else None
    if _known_hashes:
        digest = content_hash(text)
        if digest in _known_hashes:
            return _Known(display, digest), warning
    try:
        return extract_article(text, display), warning
    except Exception as exc:  # a bug in an extraction stage must not cost the other files of the batch
        reason = f"extraction failed ({type(exc).__name__}: {exc}); please report this file"
        return InputError(path_str, reason), None


def extract_files(
    files: Sequence[Path],
    *,
    jobs: int = 1,
    progress: Callable[[int, int, str], None] | None = None,
    known_hashes: Mapping[str, int],
    report: IngestReport,
    max_bytes: int = MAX_BYTES,
) -> tuple[list[ArticleDraft], list[InputError]]:
    """Read and extract ``files``, in parallel processes when ``jobs`` > 1.

    Files whose content hash is in ``known_hashes`` are recorded in
    ``report.duplicates`` without being extracted again.
    """
    drafts: list[ArticleDraft] = []
    errors: list[InputError] = []
    todo: list[tuple[str, str, int]] = [(str(path), path.name, max_bytes) for path in files]
    total = len(todo)
    if jobs == 0:
        jobs = os.cpu_count() or 1
    results: Iterable[tuple[ArticleDraft | InputError | _Known, InputError | None]]
    known = frozenset(known_hashes)
    if jobs > 1 and total > 1:
        from concurrent.futures import ProcessPoolExecutor  # multiprocessing only for parallel ingests

        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_set_known, initargs=(known,))
        results = pool.map(_extract_one, *zip(*todo, strict=True), chunksize=max(1, total // (jobs * 8)))
    else:
        pool = None
        _set_known(known)
        results = (_extract_one(*item) for item in todo)
    try:
        for done, (result, warning) in enumerate(results, start=1):
            if warning is not None:
                report.warnings.append(warning)
            if isinstance(result, InputError):
                errors.append(result)
            elif isinstance(result, _Known) or result.content_hash in known_hashes:
                report.duplicates.append((result.file, known_hashes[result.content_hash]))
            else:
                drafts.append(result)
            if progress is not None:
                progress(done, total, todo[done - 1][1])
    finally:
        _set_known(frozenset())
        if pool is not None:
            pool.shutdown()
    return drafts, errors
