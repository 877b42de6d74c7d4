"""Snapshot tests of the key screens at 120x40, on the fixed UI corpus (tests/corpus_ui)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.app_helpers import loaded, ui_store
from tui.app import NkruApp

SIZE = (120, 40)


@pytest.fixture
def app(tmp_path: Path) -> NkruApp:
    return NkruApp(ui_store(tmp_path))


def test_main_screen(snap_compare, app: NkruApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press("n")  # a claim in the second sentence: the reader highlights it
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_compare_view(snap_compare, app: NkruApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press("right_square_bracket", "x")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_help_screen(snap_compare, app: NkruApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_search_results(snap_compare, app: NkruApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot: Pilot) -> None:
        await loaded(pilot)
        await pilot.press("slash", *"kursk")  # the panes narrow, and the count beside the box says by how much
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
