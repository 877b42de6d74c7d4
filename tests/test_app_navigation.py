"""Pilot tests: moving through claims (n/N, ]/[), pane focus, article and actor filters, search."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Label

from store import Store
from store.search import TextIndex
from tests.app_helpers import loaded, ui_store
from tui.app import NkruApp
from tui.widgets.conflict_strip import CARD_WIDTH


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return ui_store(tmp_path)


def ids(records) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.id for r in records]


async def test_first_screen_lists_every_article_claim_and_actor(store: Store) -> None:
    app = NkruApp(store)
    async with app.run_test() as pilot:
        await loaded(pilot)
        main = app.main
        assert ids(main.articles.rows) == ids(store.articles())
        assert ids(main.claims.rows) == ids(store.claims())
        assert ids(main.actors.rows) == ids(store.actors())
        assert [str(w.border_title) for w in (main.articles, main.claims, main.actors)] == [
            "Articles",
            "Claims",
            "Actors",
        ]
        first = store.claims()[0]
        assert main.claim == first
        assert main.reader.article is not None and main.reader.article.id == first.article_id


async def test_n_and_shift_n_follow_reading_order_and_the_reader_follows(store: Store) -> None:
    claims = store.claims()
    assert len(claims) >= 3
    app = NkruApp(store)
    async with app.run_test() as pilot:
        await loaded(pilot)
        main = app.main
        for expected in claims[1:]:
            await pilot.press("n")
            assert main.claim == expected
            assert main.claims.current == expected
            assert main.reader.article is not None and main.reader.article.id == expected.article_id
        await pilot.press("n")  # at the end: stays, says so
        assert main.claim == claims[-1]
        await pilot.press("N")
        assert main.claim == claims[-2]


async def test_n_crosses_articles_and_the_article_filter_follows(store: Store) -> None:
    claims = store.claims()
    first_article = claims[0].article_id
    last_of_first = [c for c in claims if c.article_id == first_article][-1]
    following = claims[claims.index(last_of_first) + 1]
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        main.articles.focus()
        await pilot.press("enter")  # filter to the first article
        assert main.filters.article_id == first_article
        assert ids(main.claims.rows) == ids(store.claims(article_id=first_article))
        while main.claim != last_of_first:
            await pilot.press("n")
        await pilot.press("n")
        assert main.claim == following
        assert main.filters.article_id == following.article_id
        assert ids(main.claims.rows) == ids(store.claims(article_id=following.article_id))
        assert main.articles.current is not None and main.articles.current.id == following.article_id


async def test_brackets_step_through_conflicting_claims_only(store: Store) -> None:
    claims = store.claims()
    conflicting = [c for c in claims if c.conflict_id is not None]
    assert conflicting, "the UI corpus is written to contain disagreeing figures"
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        start = claims[0]
        expected_next = [c for c in conflicting if claims.index(c) > claims.index(start)]
        for expected in expected_next:
            await pilot.press("right_square_bracket")
            assert main.claim == expected
        if len(conflicting) >= 2:
            await pilot.press("left_square_bracket")
            assert main.claim == conflicting[-2]


async def test_tab_and_shift_tab_cycle_the_panes(store: Store) -> None:
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        assert app.focused is main.claims
        await pilot.press("tab")
        assert app.focused is main.actors
        await pilot.press("tab")
        assert app.focused is main.reader
        await pilot.press("tab")
        assert app.focused is main.strip
        await pilot.press("tab")
        assert app.focused is main.articles
        await pilot.press("shift+tab")
        assert app.focused is main.strip


async def test_choosing_an_article_filters_claims_and_actors_and_a_shows_all(store: Store) -> None:
    articles = store.articles()
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        main.articles.focus()
        await pilot.press("down")
        chosen = articles[1]
        assert main.filters.article_id == chosen.id
        assert ids(main.claims.rows) == ids(store.claims(article_id=chosen.id))
        assert ids(main.actors.rows) == ids(store.actors(article_id=chosen.id))
        assert main.reader.article is not None and main.reader.article.id == chosen.id
        await pilot.press("a")
        assert ids(main.claims.rows) == ids(store.claims())
        assert ids(main.actors.rows) == ids(store.actors())


async def test_an_article_without_claims_says_what_to_do(store: Store) -> None:
    empty = next(a for a in store.articles() if a.n_claims == 0)
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        main.jump_to_article(empty.id)
        await pilot.pause()
        assert list(main.claims.rows) == []
        assert "No claims in this article" in " ".join(main.claims.render_line(y).text.strip() for y in (1, 2))
        assert main.reader.article is not None and main.reader.article.id == empty.id


async def test_choosing_an_actor_filters_claims_to_it(store: Store) -> None:
    actors = [a for a in store.actors() if store.claims_of_actor(a.id)]
    assert actors, "the UI corpus names claimants"
    actor = actors[0]
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        main.actors.focus()
        main.actors.select_id(actor.id)
        await pilot.press("enter")
        assert main.filters.actor_id == actor.id
        assert ids(main.claims.rows) == ids(store.claims_of_actor(actor.id))
        assert app.focused is main.claims


@pytest.mark.parametrize("query", ["kursk", "harbour courier", "25,000"])
async def test_search_filters_all_three_panes_and_escape_clears(store: Store, query: str) -> None:
    expected = TextIndex(store.articles(), store.claims(), store.actors()).search(query)
    assert expected is not None and expected.claims
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        await pilot.press("slash")
        assert app.focused is main.search_input
        await pilot.press(*query)
        assert ids(main.claims.rows) == expected.claims
        assert ids(main.articles.rows) == expected.articles
        assert ids(main.actors.rows) == expected.actors
        count = main.query_one("#search-count", Label)
        claims, articles, actors = len(expected.claims), len(expected.articles), len(expected.actors)
        assert str(count.render()) == (
            f"{claims} claim{'s' * (claims != 1)} · {articles} article{'s' * (articles != 1)}"
            f" · {actors} actor{'s' * (actors != 1)}"
        )
        await pilot.press(*" no-such-word")
        assert str(count.render()) == "no matches"
        await pilot.press("escape")
        assert ids(main.claims.rows) == ids(store.claims())
        assert not main.search_input.value
        assert not str(count.render())


async def test_the_first_search_indexes_the_words_once_and_finds_the_same(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/ starts indexing the store's words in a worker, once however often it is pressed meanwhile; the results
    typed while it runs and after it is done are those of the plain scan."""
    calls: list[TextIndex] = []
    release = threading.Event()
    prepare = TextIndex.prepare

    def slow_prepare(index: TextIndex) -> None:
        calls.append(index)
        release.wait(5)
        prepare(index)

    monkeypatch.setattr(TextIndex, "prepare", slow_prepare)
    plain = TextIndex(store.articles(), store.claims(), store.actors())
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        index = main.catalog.text
        assert index is not None and not index.prepared
        for query in ("kursk", "harbour courier"):
            await pilot.press("slash", *query)
            expected = plain.search(query)
            assert expected is not None and expected.claims
            assert ids(main.claims.rows) == expected.claims
            assert ids(main.articles.rows) == expected.articles
            assert ids(main.actors.rows) == expected.actors
            await pilot.press("escape")
            if not release.is_set():
                await pilot.press("slash", "escape")  # again while the words are being indexed
                assert calls == [index] and not index.prepared
                release.set()
                await app.workers.wait_for_complete()
                assert index.prepared
        assert calls == [index]


async def test_letters_typed_in_one_burst_with_the_slash_all_reach_the_search(store: Store) -> None:
    """Typed fast (or pasted), "/kursk" reaches the app as one read from the terminal: every letter queued behind
    the / lands in the search box, none goes to the pane that had focus (where k would move the cursor)."""
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        before = main.claim
        for key in ("slash", *"kursk"):
            app.post_message(events.Key(key, "/" if key == "slash" else key))
        await pilot.pause()
        assert main.search_input.value == "kursk"
        expected = TextIndex(store.articles(), store.claims(), store.actors()).search("kursk")
        assert expected is not None and expected.claims
        assert ids(main.claims.rows) == expected.claims
        assert main.claim is not None and (before is None or main.claim.id in expected.claims)
        await pilot.press("slash")  # in the box, / is part of the query ("25,000/30,000")
        assert main.search_input.value == "kursk/"


async def test_editing_keys_typed_in_one_burst_apply_in_order(store: Store) -> None:
    """A backspace typed fast among letters deletes the letter before it, not one typed after it (Textual runs
    an Input's bindings after the keys queued behind them have been inserted); so do the cursor keys."""
    app = NkruApp(store)
    async with app.run_test() as pilot:
        main = (await loaded(pilot)).main
        await pilot.press("slash")
        for key in (*"kursx", "backspace", "k", "home", "delete", "k", "end", *"ss", "left", "backspace"):
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        assert main.search_input.value == "kursks"


async def test_clicking_a_claim_selects_it(store: Store) -> None:
    claims = store.claims()
    app = NkruApp(store)
    async with app.run_test(size=(120, 40)) as pilot:
        main = (await loaded(pilot)).main
        await pilot.click("#claims", offset=(3, 3))  # border, header, then rows 0 and 1
        assert main.claim == claims[1]


async def test_the_reader_scrolls_the_selected_sentence_into_view(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    filler = "\n\n".join(f"Paragraph {i} describes the talks in Vienna without giving numbers." for i in range(60))
    (seeds / "long.txt").write_text(
        "Long report on the deployment\n\n"
        f"SEOUL — Diplomats met again on Monday.\n\n{filler}\n\n"
        "At the end, the spy agency said 7,000 North Korean troops had been moved to the front.\n",
        encoding="utf-8",
    )
    store = ui_store(tmp_path, seeds)
    last = store.claims()[-1]
    app = NkruApp(store)
    async with app.run_test(size=(100, 30)) as pilot:
        main = (await loaded(pilot)).main
        main.jump_to_claim(last)
        await pilot.pause()
        reader = main.reader
        line = reader.line_of(last.sentence_start)
        top = round(reader.scroll_y)
        assert top > 0
        assert top <= line < top + reader.scrollable_content_region.height
        assert last.text in reader.render_line(line - top).text


async def test_an_empty_store_says_what_to_do_and_keys_do_not_fail(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    store = ui_store(tmp_path, empty)
    app = NkruApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        main = (await loaded(pilot)).main
        for pane in (main.claims, main.articles):  # the hint wraps in a narrow pane
            assert "nkru-tui ingest PATH" in " ".join(pane.render_line(y).text.strip() for y in range(1, 6))
        for key in ("n", "N", "right_square_bracket", "x", "c", "a", "tab", "enter", "g", "G", "question_mark"):
            await pilot.press(key)
        assert app.is_running


async def test_the_conflict_strip_takes_focus_and_scrolls_card_by_card(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "seeds.json")  # the bundled seeds: topics with more rivals than fit at 80x24
    app = NkruApp(store)
    async with app.run_test(size=(80, 24)) as pilot:
        main = (await loaded(pilot)).main
        strip = main.strip
        await pilot.press("tab", "tab", "tab")
        assert app.focused is strip
        assert strip.max_scroll_x > 0, "the cards should not fit in 80 columns"
        await pilot.press("right")
        assert strip.scroll_x == CARD_WIDTH + 1
        await pilot.press("l", "h")
        assert strip.scroll_x == CARD_WIDTH + 1
        await pilot.press("end")
        assert strip.scroll_x == strip.max_scroll_x
        await pilot.press("home")
        assert strip.scroll_x == 0
        await pilot.press("n")  # the screen's keys still work with the strip focused
        assert main.claim == main.catalog.claims[1]
