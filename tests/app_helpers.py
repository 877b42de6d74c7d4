"""Helpers shared by the app tests: a small controlled store and a way to start the app on it."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from textual.pilot import Pilot

from store import Store
from tui.app import NkruApp

CORPUS_UI = Path(__file__).parent / "corpus_ui"
"""Four short news-style articles written for the UI tests (fixed, so snapshots stay stable)."""


def ui_store(folder: Path, seeds: Path = CORPUS_UI) -> Store:
    """A store at ``folder``/store.json built from ``seeds``."""
    return Store.open(folder / "store.json", seeds_dir=seeds)


async def loaded(pilot: Pilot, timeout: float = 10.0) -> NkruApp:
    """Wait until the whole store is loaded and shown (not only the preview of it)."""
    app = pilot.app
    assert isinstance(app, NkruApp)
    # The load worker starts after the first frame: until then there is no worker to wait for, while the
    # preview already makes the main screen count as loaded (partially).
    deadline = time.monotonic() + timeout
    while True:
        await app.workers.wait_for_complete()
        await pilot.pause()
        if (app.main.loaded and not app.main.partial) or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.01)
    assert app.main.loaded and not app.main.partial
    return app
