"""Launching on a large store: the app opens it after the first frame, and a failed first load exits like the CLI."""

from __future__ import annotations

import asyncio
import gc
import threading
from pathlib import Path

import pytest
from textual.pilot import Pilot

import store.cli as store_cli
import store.preview as preview_module
from store import Store
from store.preview import Preview, preview_path, read_preview
from tests.conftest import write_corpus
from tui.app import NkruApp


async def until_loaded(app: NkruApp, pilot: Pilot[None]) -> None:
    """Wait until the app's first load is done (the store is in, or the app is leaving over it)."""
    for _ in range(500):
        if app.store is not None or app.return_code is not None:
            await pilot.pause()
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the store never loaded")


async def test_app_opens_a_store_given_as_an_opener(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "store.json"
    Store.open(path, seeds_dir=corpus)
    app = NkruApp(lambda: Store.open(path))
    async with app.run_test() as pilot:
        await until_loaded(app, pilot)
        assert app.store is not None
        assert len(app.catalog.claims) == len(app.store.claims()) > 0


async def test_unreadable_store_on_first_load_exits_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    path.write_text('{"articles": {"1": {"file": "a.txt", "te')
    app = NkruApp(lambda: Store.open(path))
    async with app.run_test() as pilot:
        await until_loaded(app, pilot)
    assert app.return_code == 1
    assert path.read_text() == '{"articles": {"1": {"file": "a.txt", "te'


def launched_with(path: Path) -> tuple[object, object]:
    """What ``nkru-tui --db path`` hands the app: the store (or its opener) and the preview."""
    received: list[tuple[object, object]] = []

    def launch(source: object, preview: object) -> int:
        received.append((source, preview))
        return 0

    assert store_cli.main(["--db", str(path)], launch=launch) == 0
    ((source, preview),) = received
    return source, preview


def test_cli_hands_large_stores_to_the_app_as_an_opener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.json"
    Store.open(path, seeds_dir=write_corpus(tmp_path / "corpus"))
    preview_path(path).unlink()  # a store written before previews existed
    monkeypatch.setattr(store_cli, "OPEN_IN_APP_BYTES", 0)
    source, preview = launched_with(path)
    assert callable(source) and not isinstance(source, Store) and preview is None
    assert len(source().articles()) == 2  # type: ignore[operator]
    assert read_preview(path) is not None  # the app's opener wrote it for the next launch


def test_cli_launches_from_the_preview_when_it_fits_the_store(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    store = Store.open(path, seeds_dir=write_corpus(tmp_path / "corpus"))
    source, preview = launched_with(path)
    assert isinstance(preview, Preview) and preview.complete
    assert preview.claims() == store.claims() and preview.articles() == store.articles()
    assert callable(source) and len(source().claims()) == len(store.claims())  # type: ignore[operator]


async def test_first_frame_shows_the_preview_then_the_whole_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview_module, "ARTICLE_ROWS", 1)
    monkeypatch.setattr(preview_module, "CLAIM_ROWS", 2)
    path = tmp_path / "store.json"
    store = Store.open(path, seeds_dir=write_corpus(tmp_path / "corpus"))
    preview = read_preview(path)
    assert preview is not None and not preview.complete and len(preview.claims()) == 2
    release = threading.Event()

    def opener() -> Store:
        release.wait(10)  # the whole store "loads" only when the test says so
        return Store.open(path)

    app = NkruApp(opener, preview)
    async with app.run_test() as pilot:
        await pilot.pause()
        main = app.main
        assert [c.id for c in main.claims.rows] == [c.id for c in store.claims()[:2]]
        assert "Loading the store" in "".join(map(str, main.strip.lines))
        await pilot.press("x")  # compare waits for the whole store
        assert len(app.screen_stack) == 1
        release.set()
        await until_loaded(app, pilot)
        assert not main.partial
        assert len(main.claims.rows) == len(store.claims())
        assert "Loading the store" not in "".join(map(str, main.strip.lines))


async def test_quitting_before_the_store_is_in_leaves_quietly(tmp_path: Path, corpus: Path) -> None:
    """q pressed in the first moments of a large store: the load finishing, and the search box that is
    mounted just after the first frame, find the screen taken down. Both must let the app end quietly
    (in a terminal this was a MountError traceback and exit code 1)."""
    store = Store.open(tmp_path / "store.json", seeds_dir=corpus)
    app = NkruApp(lambda: store)
    async with app.run_test() as pilot:
        await until_loaded(app, pilot)
        main, catalog = app.main, app.catalog
        await pilot.press("q")
    # After the app has stopped, as when they arrive while it is being taken down.
    gc.disable()  # as the load worker leaves it
    app._loaded(NkruApp.Loaded(catalog, store))
    assert gc.isenabled()
    await main._mount_search_box()
    assert app.return_code == 0
