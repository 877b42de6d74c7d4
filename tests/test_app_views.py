"""Pilot tests: the compare view, copying citations, the style picker, help, palette and loading state."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from rich.console import Console

from store import Store
from store.citations import cite, comparison_markdown
from store.settings import load_citation_style
from tests.app_helpers import loaded, ui_store
from tui import copying
from tui.app import NkruApp
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return ui_store(tmp_path)


@pytest.fixture
def clipboard(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Records what goes to the terminal (OSC 52) and to the system clipboard."""
    sent: dict[str, list[str]] = {"osc52": [], "system": []}
    monkeypatch.setattr(NkruApp, "copy_to_clipboard", lambda self, text: sent["osc52"].append(text))

    def system(text: str) -> list[str]:
        sent["system"].append(text)
        return ["test-clipboard"]

    monkeypatch.setattr(copying, "copy_text", system)
    return sent


def conflicting_claim(store: Store):  # type: ignore[no-untyped-def]
    return next(c for c in store.claims() if c.conflict_id is not None)


async def test_x_opens_the_compare_view_for_the_topic_and_escape_returns(store: Store) -> None:
    claim = conflicting_claim(store)
    topic_claims = store.topic_claims(claim.topic)
    app = NkruApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        main = (await loaded(pilot)).main
        main.jump_to_claim(claim)
        await pilot.press("x")
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert {c.id for c in screen.shown} == {c.id for c in topic_claims}
        dates = [app.catalog.date_of(c) or "9999" for c in screen.shown]
        assert dates == sorted(dates)
        assert len(screen.query(".card")) == len(topic_claims)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert main.claim == claim


async def test_c_copies_the_citation_of_the_selected_claim(store: Store, clipboard: dict[str, list[str]]) -> None:
    claims = store.claims()
    app = NkruApp(store)
    async with app.run_test() as pilot:
        await loaded(pilot)
        await pilot.press("n", "c")
        await app.workers.wait_for_complete()
        expected = cite(claims[1], store.article(claims[1].article_id), "plain")  # type: ignore[arg-type]
        assert clipboard["osc52"] == [expected]
        assert clipboard["system"] == [expected]


async def test_c_in_the_compare_view_copies_the_comparison_table(store: Store, clipboard: dict[str, list[str]]) -> None:
    claim = conflicting_claim(store)
    app = NkruApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        main = (await loaded(pilot)).main
        main.jump_to_claim(claim)
        await pilot.press("x", "c")
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert clipboard["osc52"] == [comparison_markdown(screen.pairs, "plain")]


async def test_without_a_system_clipboard_the_citation_goes_to_a_file(
    store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(NkruApp, "copy_to_clipboard", lambda self, text: None)
    monkeypatch.setattr(copying, "copy_text", lambda text: [])
    target = tmp_path / "fallback.txt"
    monkeypatch.setattr(copying, "write_fallback", lambda text: target.write_text(text) and target)
    notes: list[str] = []
    monkeypatch.setattr(NkruApp, "notify", lambda self, message, **kw: notes.append(message))
    app = NkruApp(store)
    async with app.run_test() as pilot:
        await loaded(pilot)
        await pilot.press("c")
        await app.workers.wait_for_complete()
        await pilot.pause()
    claim = store.claims()[0]
    assert target.read_text() == cite(claim, store.article(claim.article_id), "plain")  # type: ignore[arg-type]
    assert any(str(target) in note for note in notes)


async def test_shift_c_picks_the_citation_style_and_remembers_it(store: Store, clipboard: dict[str, list[str]]) -> None:
    app = NkruApp(store)
    async with app.run_test() as pilot:
        await loaded(pilot)
        await pilot.press("C")
        await pilot.press("down", "down", "enter")  # plain -> markdown -> apa
        assert app.citation_style == "apa"
        assert load_citation_style() == "apa"
        await pilot.press("c")
        await app.workers.wait_for_complete()
    claim = store.claims()[0]
    assert clipboard["osc52"] == [cite(claim, store.article(claim.article_id), "apa")]  # type: ignore[arg-type]


async def test_help_lists_every_binding_live_on_the_screen(store: Store) -> None:
    app = NkruApp(store)
    async with app.run_test(size=(120, 50)) as pilot:
        await loaded(pilot)
        live = [b.binding for b in app.screen.active_bindings.values()]
        await pilot.press("question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        console = Console(width=160, record=True, file=io.StringIO())
        console.print(help_screen.table)
        rendered = console.export_text()
        for binding in live:
            assert binding.description in rendered
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_every_binding_has_a_description_tooltip_and_id(store: Store) -> None:
    from tui.screens.compare import CompareScreen
    from tui.screens.help import HelpScreen
    from tui.screens.style_picker import StylePicker
    from tui.widgets.reader import Reader
    from tui.widgets.record_table import RecordTable

    for owner in (NkruApp, MainScreen, CompareScreen, HelpScreen, StylePicker, Reader, RecordTable):
        for binding in owner.BINDINGS:
            assert binding.description and binding.tooltip and binding.id, (owner, binding)  # type: ignore[union-attr]


async def test_palette_jumps_to_an_actor_by_name(store: Store) -> None:
    actor = next(a for a in store.actors() if store.claims_of_actor(a.id))
    app = NkruApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        main = (await loaded(pilot)).main
        await pilot.press("ctrl+p")
        await pilot.press(*actor.name)
        await app.workers.wait_for_complete()  # the palette searches in a worker
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert main.filters.actor_id == actor.id


async def test_the_first_screen_paints_before_the_store_is_loaded(store: Store) -> None:
    release = threading.Event()

    def slow_open() -> Store:
        release.wait(10)
        return store

    app = NkruApp(slow_open)
    async with app.run_test() as pilot:
        await pilot.pause()
        main = app.main
        assert not main.loaded
        assert "Loading" in main.claims.render_line(1).text
        release.set()
        await loaded(pilot)
        assert [c.id for c in main.claims.rows] == [c.id for c in store.claims()]


async def test_the_palette_offers_every_screen_and_app_binding(store: Store) -> None:
    app = NkruApp(store)
    async with app.run_test() as pilot:
        await loaded(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        for binding in [*MainScreen.BINDINGS, *NkruApp.BINDINGS]:
            if binding.action not in {"quit", "command_palette"}:  # Textual's own Quit; the palette itself
                assert binding.description in titles  # type: ignore[union-attr]


async def test_r_reloads_the_store_in_a_worker_and_keeps_the_selection(store: Store, tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "late.txt").write_text(
        "Late report\n\nSEOUL — The spy agency said on Friday that 12,000 North Korean troops are in Russia.\n",
        encoding="utf-8",
    )
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        await pilot.press("n")
        selected = main.claim
        before = len(main.articles.rows)
        Store.open(store.path).ingest([extra])  # another process adds an article
        await pilot.press("r")
        await loaded(pilot)
        assert len(main.articles.rows) == before + 1
        assert main.claim is not None and selected is not None and main.claim.id == selected.id


async def test_palette_jumps_to_an_article_hidden_by_the_search(store: Store) -> None:
    first, *_ = store.articles()
    app = NkruApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        main = (await loaded(pilot)).main
        await pilot.press("slash", *"danube", "enter")
        assert first.id not in [a.id for a in main.articles.rows]
        await pilot.press("ctrl+p", *(first.title or first.file)[:20])
        await app.workers.wait_for_complete()  # the palette searches in a worker
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert not main.filters.query and main.filters.article_id == first.id
        assert [c.id for c in main.claims.rows] == [c.id for c in store.claims(article_id=first.id)]
