"""The reader shows its article as wrapped at its own width, also in the very first screen."""

from __future__ import annotations

from pathlib import Path

import pytest

from store import Store
from store.preview import open_with_preview, read_preview
from tests.app_helpers import loaded, ui_store
from tui.app import NkruApp
from tui.widgets.reader import Reader


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return ui_store(tmp_path)


def shown_lines(reader: Reader) -> list[tuple[str, str]]:
    """Each visible line as drawn, beside the article text the wrap puts there."""
    top = round(reader.scroll_y)
    pairs = []
    for y in range(reader.scrollable_content_region.height):
        if top + y >= len(reader._lines):
            break
        start, end = reader._lines[top + y]
        pairs.append((reader.render_line(y).text.rstrip(), reader.text[start:end].rstrip()))
    return pairs


async def test_the_first_screen_draws_no_line_of_the_wrap_made_before_the_layout(store: Store) -> None:
    # The article is shown before the first layout, when the reader has no width yet: its lines are first
    # wrapped narrow and drawn once at the real width before the reader hears of its size. The lines drawn
    # then must not come back from the cache after the text is wrapped again at the real width.
    path = store.path
    preview = read_preview(path)
    assert preview is not None
    app = NkruApp(lambda: open_with_preview(path), preview)  # as the launcher starts it
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        reader = app.query_one(Reader)
        assert reader.article is not None
        pairs = shown_lines(reader)
        assert len(pairs) > 5
        assert [drawn for drawn, _ in pairs] == [text for _, text in pairs]


async def test_a_resize_wraps_and_draws_the_text_again(store: Store) -> None:
    app = NkruApp(store)
    async with app.run_test(size=(160, 48)) as pilot:
        await loaded(pilot)
        reader = app.query_one(Reader)
        await pilot.resize_terminal(100, 40)
        await pilot.pause()
        pairs = shown_lines(reader)
        assert [drawn for drawn, _ in pairs] == [text for _, text in pairs]
