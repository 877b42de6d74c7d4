"""The store's preview file: written with every store write, trusted only for the exact file it was taken from."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import store.preview as preview_module
from store import Store
from store.preview import open_with_preview, preview_path, read_preview
from tests.conftest import write_corpus


def _store(tmp_path: Path) -> tuple[Store, Path]:
    path = tmp_path / "store.json"
    return Store.open(path, seeds_dir=write_corpus(tmp_path / "corpus")), path


def test_a_small_store_is_previewed_whole(tmp_path: Path) -> None:
    store, path = _store(tmp_path)
    preview = read_preview(path)
    assert preview is not None and preview.complete
    assert preview.articles() == store.articles()
    assert preview.claims() == store.claims()
    assert preview.actors() == store.actors()
    assert (preview.n_articles, preview.n_claims, preview.n_actors) == (2, len(store.claims()), len(store.actors()))


def test_a_large_store_is_previewed_by_its_first_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(preview_module, "ARTICLE_ROWS", 1)
    monkeypatch.setattr(preview_module, "CLAIM_ROWS", 100)
    monkeypatch.setattr(preview_module, "ACTOR_ROWS", 3)
    store, path = _store(tmp_path)
    preview = read_preview(path)
    assert preview is not None and not preview.complete
    first = store.articles()[0]
    assert preview.articles() == [first]
    # Claims stop where the first article's end: the rest belong to an article the preview does not hold.
    assert preview.claims() == store.claims(article_id=first.id)
    for shown, actor in zip(preview.actors(), store.actors()[:3], strict=True):
        assert shown.claims == actor.claims  # the count the actors pane shows is the true one
        assert set(shown.articles) == set(actor.articles) & {first.id}


def test_texts_beyond_the_budget_are_left_out_but_the_readers_article_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview_module, "TEXT_BUDGET", 10)
    store, path = _store(tmp_path)
    preview = read_preview(path)
    assert preview is not None and not preview.complete
    reader_article = preview.claims()[0].article_id
    texts = {a.id: a.text for a in preview.articles()}
    assert texts[reader_article] == store.article(reader_article).text  # type: ignore[union-attr]
    assert [i for i, text in texts.items() if not text] == [a.id for a in store.articles() if a.id != reader_article]


def test_a_preview_of_another_file_is_never_shown(tmp_path: Path) -> None:
    _, path = _store(tmp_path)
    stale = preview_path(path).read_bytes()
    Store.open(path).ingest([write_corpus(tmp_path / "more")])  # nothing new: no write
    assert read_preview(path) is not None
    # The store replaced behind the preview's back (a restored backup, a crash between the two writes):
    path.write_bytes(path.read_bytes() + b" ")
    assert read_preview(path) is None
    preview_path(path).write_bytes(stale)
    assert read_preview(path) is None


@pytest.mark.parametrize("content", [b"", b"{not json", b"[]", b'{"version": 999}', b'{"version": 1}'])
def test_a_broken_preview_is_ignored(tmp_path: Path, content: bytes) -> None:
    _, path = _store(tmp_path)
    preview_path(path).write_bytes(content)
    assert read_preview(path) is None


def test_opening_a_store_without_a_preview_writes_one(tmp_path: Path) -> None:
    store, path = _store(tmp_path)
    os.unlink(preview_path(path))
    assert open_with_preview(path).claims() == store.claims()
    preview = read_preview(path)
    assert preview is not None and preview.claims() == store.claims()


def test_opening_does_not_parse_again_the_preview_just_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store, path = _store(tmp_path)
    assert read_preview(path) is not None  # as the launcher does, for the first screen
    reads: list[Path] = []
    read = preview_module.read_preview
    monkeypatch.setattr(preview_module, "read_preview", lambda p: reads.append(p) or read(p))
    assert open_with_preview(path).claims() == store.claims()
    assert reads == []


def test_a_preview_replaced_after_it_was_read_is_checked_again(tmp_path: Path) -> None:
    store, path = _store(tmp_path)
    assert read_preview(path) is not None
    preview_path(path).write_bytes(b"not a preview")
    open_with_preview(path)
    preview = read_preview(path)  # rewritten by the open, since the one there no longer fits
    assert preview is not None and preview.claims() == store.claims()
