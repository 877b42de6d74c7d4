"""Helpers shared by the app tests: a small controlled store and a way to start the app on it."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot

from store import Store
from tui.app import NkruApp

CORPUS_UI = Path(__file__).parent / "corpus_ui"
"""Four short news-style articles written for the UI tests (fixed, so snapshots stay stable)."""


def ui_store(folder: Path, seeds: Path = CORPUS_UI) -> Store:
    """A store at ``folder``/store.json built from ``seeds``."""
    return Store.open(folder / "store.json", seeds_dir=seeds)


async def loaded(pilot: Pilot) -> NkruApp:
    """Wait until the store is loaded and shown."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert isinstance(app, NkruApp)
    assert app.main.loaded
    return app
