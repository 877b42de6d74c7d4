"""A progress bar on stderr for long builds and ingests, shown only to a person at a terminal."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from store.store import Progress as ProgressCallback

SHOW_FROM = 20
"""Fewer files than this finish too fast for a bar to help."""


@contextmanager
def ingest_progress(label: str) -> Iterator[ProgressCallback | None]:
    """Yield a ``progress(done, total, file)`` callback, or None when stderr is not a terminal."""
    if not sys.stderr.isatty():
        yield None
        return
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task(label, total=None)

    def update(done: int, total: int, file: str) -> None:
        if total < SHOW_FROM:
            return
        if not bar.live.is_started:
            bar.start()
        bar.update(task, completed=done, total=total)

    try:
        yield update
    finally:
        bar.stop()
