"""Pilot tests: article text is shown literally (never markup, never terminal control), at any size."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.content import Content

from store import Store
from tests.app_helpers import loaded, ui_store
from tui.app import NkruApp
from tui.screens.compare import CompareScreen

HOSTILE = """\
---
title: "[bold red]X[/]"
outlet: Evil [i]Wire
date: 2024-11-20
---
PYONGYANG — A spokesman [@click=app.quit]quit[/] said on Friday that 12,000 North Korean troops [/b] are
in Russia.\x1b]0;pwned\x07

The defence ministry said 3,000 soldiers had arrived\x1b[2J earlier, in a statement [$accent]today[/].
"""


@pytest.fixture
def store(tmp_path: Path) -> Store:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (seeds / "calm.txt").write_text(
        "Seoul says 10,000 North Korean troops are in Kursk\n\n"
        "SEOUL — South Korea's spy agency said on Monday that 10,000 North Korean troops are in Kursk.\n",
        encoding="utf-8",
    )
    return ui_store(tmp_path, seeds)


async def test_markup_in_titles_and_sentences_is_shown_literally(store: Store) -> None:
    hostile = next(a for a in store.articles() if "[bold red]" in (a.title or ""))
    assert hostile.title == "[bold red]X[/]"
    app = NkruApp(store)
    async with app.run_test(size=(160, 48)) as pilot:
        main = (await loaded(pilot)).main
        main.jump_to_article(hostile.id)
        await pilot.pause()
        row = main.articles.render_line(1 + main.articles.cursor).text
        assert row.startswith("[bold red]X[/]")
        assert "Evil [i]Wire" in row
        # The getter returns escaped markup; its plain text is the title as written.
        assert hostile.title in Content.from_markup(main.reader.border_title or "").plain
        assert "[@click=app.quit]quit[/]" in main.reader.text
        assert "\x1b" not in main.reader.text
        assert len(main.reader.text) == len(hostile.text)  # cleaned with offsets kept
        figure = next(c for c in store.claims(article_id=hostile.id) if c.text.endswith("12,000"))
        assert main.reader.text[figure.start : figure.end] == figure.text
        for key in ("n", "N", "x", "escape", "question_mark", "escape", "tab", "tab", "tab", "tab"):
            await pilot.press(key)
        assert app.is_running


async def test_hostile_text_survives_every_screen(store: Store) -> None:
    app = NkruApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        main = (await loaded(pilot)).main
        for claim in store.claims():
            main.jump_to_claim(claim)
            await pilot.press("x")
            assert isinstance(app.screen, CompareScreen)
            await pilot.press("escape")
        await pilot.press("slash", *"[b]", "escape")
        await pilot.click("#articles", offset=(3, 2))
        await pilot.click("#reader", offset=(5, 2))
        await pilot.press("question_mark", "escape", "C", "escape")
        await pilot.press("ctrl+p", *"[@click=app.quit]")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("escape")
        assert app.is_running


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (220, 60)])
async def test_the_main_screen_fits_small_and_large_terminals(tmp_path: Path, size: tuple[int, int]) -> None:
    store = ui_store(tmp_path)
    app = NkruApp(store)
    async with app.run_test(size=size) as pilot:
        main = (await loaded(pilot)).main
        for widget in (main.articles, main.claims, main.actors, main.reader, main.strip):
            assert widget.region.width > 0 and widget.region.height > 0, widget
        assert main.claims.region.height >= 4
        await pilot.resize_terminal(size[0] + 20, size[1] + 5)
        await pilot.pause()
        assert main.reader.region.height > 0


async def test_palette_hits_show_titles_literally(store: Store) -> None:
    from textual.command import CommandList

    app = NkruApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        await loaded(pilot)
        await pilot.press("ctrl+p", *"bold red")
        await app.workers.wait_for_complete()
        await pilot.pause()
        prompts = [str(option.prompt) for option in app.screen.query_one(CommandList).options]
        assert any("[bold red]X[/]" in prompt for prompt in prompts), prompts
