"""Launching on a large store: the app opens it after the first frame, and a failed first load exits like the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

import store.cli as store_cli
from store import Store
from tests.conftest import write_corpus
from tui.app import NkruApp


async def test_app_opens_a_store_given_as_an_opener(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "store.json"
    Store.open(path, seeds_dir=corpus)
    app = NkruApp(lambda: Store.open(path))
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.store is not None
        assert len(app.catalog.claims) == len(app.store.claims()) > 0


async def test_unreadable_store_on_first_load_exits_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    path.write_text('{"articles": {"1": {"file": "a.txt", "te')
    app = NkruApp(lambda: Store.open(path))
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert app.return_code == 1
    assert path.read_text() == '{"articles": {"1": {"file": "a.txt", "te'


def test_cli_hands_large_stores_to_the_app_as_an_opener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "store.json"
    Store.open(path, seeds_dir=write_corpus(tmp_path / "corpus"))
    monkeypatch.setattr(store_cli, "OPEN_IN_APP_BYTES", 0)
    received: list[object] = []

    def launch(source: object) -> int:
        received.append(source)
        return 0

    assert store_cli.main(["--db", str(path)], launch=launch) == 0
    (source,) = received
    assert callable(source) and not isinstance(source, Store)
    assert len(source().articles()) == 2  # type: ignore[operator]
