"""Pilot tests of what the panes show after the partial repaints that keep keys fast at 100,000 claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import Store
from tests.app_helpers import loaded, ui_store
from tui.app import NkruApp
from tui.catalog import Filters
from tui.widgets.conflict_strip import AGREE_MARK, DISAGREE_MARK

LINK = "https://archive.example.org/briefings/2024/11/committee-notes-kursk-deployed"
"""A 76-character token: in a 76-cell reader it fills a line exactly, and is folded in a narrower one."""

LONG_REPORT = "\n\n".join(
    f"SEOUL — Lawmakers were told in closed session number {i} that troops had moved closer to the front."
    for i in range(40)
)
SHORT_REPORT = f"Briefing notes released\n\nThe committee published its notes online.\n\n{LINK}\n"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return ui_store(tmp_path)


async def test_the_reader_wraps_a_short_article_at_full_width_after_a_long_one(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a_long.txt").write_text(f"Troops near the front\n\n{LONG_REPORT}\n", encoding="utf-8")
    (seeds / "b_short.txt").write_text(SHORT_REPORT, encoding="utf-8")
    app = NkruApp(ui_store(tmp_path, seeds))
    async with app.run_test(size=(80, 40)) as pilot:
        main = (await loaded(pilot)).main
        reader = main.reader
        by_file = {article.file: article.id for article in main.catalog.articles}
        main.jump_to_article(by_file["a_long.txt"])
        await pilot.pause()
        assert reader.show_vertical_scrollbar  # the long article scrolls
        main.jump_to_article(by_file["b_short.txt"])
        await pilot.pause()
        assert not reader.show_vertical_scrollbar
        assert reader.content_region.width == len(LINK)
        shown = [reader.render_line(y).text.rstrip() for y in range(reader.scrollable_content_region.height)]
        # Wrapped for the scrollbar the previous article had, the link would be folded over two lines.
        assert LINK in shown


async def test_the_conflict_strip_shows_every_rival_of_the_selected_claim(store: Store) -> None:
    app = NkruApp(store)
    async with app.run_test(size=(200, 40)) as pilot:
        main = (await loaded(pilot)).main
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert main.claim is not None and main.claim.conflict_id is not None
        rivals, total = main.catalog.rivals(main.claim)
        assert rivals and total >= len(rivals)
        figures_row, sources_row = main.strip.lines[0], main.strip.lines[1]
        for rival in rivals:
            mark = DISAGREE_MARK if rival.disagrees else AGREE_MARK
            assert f"{mark} {rival.claim.text}" in figures_row
            assert (rival.claim.source or "unattributed") in sources_row
        title = str(main.strip.border_title)
        assert f": {total}" in title


async def test_typing_a_search_updates_the_panes_and_then_the_reader(store: Store) -> None:
    app = NkruApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        main = (await loaded(pilot)).main
        await pilot.press("slash", *"shoigu")
        await pilot.pause()
        await pilot.pause()
        expected = main.catalog.visible_claims(Filters(query="shoigu"))
        assert expected and list(main.claims.rows) == list(expected)
        assert main.claim is main.claims.current
        # The reader and the strip follow the selected claim once the results are drawn.
        assert main.reader.article is not None and main.reader.article.id == main.claim.article_id
        assert str(main.strip.border_title).startswith(f"Other figures on {main.claim.topic.replace('_', ' ')}")
