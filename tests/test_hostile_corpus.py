"""The hostile corpus (tests/corpus_hostile/): markup, escape sequences, RTL, emoji, very long words.

It is ingested like any other folder; its figure claims are found with exact offsets; no figure comes from an
escape sequence's payload; and :func:`store.sanitize.clean` leaves nothing a terminal would act on.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from store.cli import main
from store.sanitize import clean, clean_for_display, clean_line
from store.store import Store

HOSTILE = Path(__file__).parent / "corpus_hostile"
TERMINAL_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    folder = tmp_path_factory.mktemp("hostile")
    store = Store.open(folder / "store.json", seeds_dir=HOSTILE)
    return store


def test_corpus_has_what_it_should() -> None:
    raw = "".join(p.read_text(encoding="utf-8") for p in HOSTILE.iterdir())
    for needle in ("\x1b]0;", "\x1b]52;c;", "\x1b[2J", "[@click=", "[link=", "[/b]", "\u202e", "\u0301", "🪖"):
        assert needle in raw, needle
    assert max(len(w) for w in raw.split()) > 1000
    assert re.search("[\u0590-\u06ff]", raw)  # Hebrew / Arabic


def test_every_hostile_file_is_ingested(hostile_store: Store) -> None:
    files = {a.file for a in hostile_store.articles()}
    assert files == {p.name for p in HOSTILE.iterdir()}


def test_text_is_stored_verbatim(hostile_store: Store) -> None:
    for article in hostile_store.articles():
        assert article.text == (HOSTILE / article.file).read_text(encoding="utf-8")


def test_figure_claims_are_found_with_exact_offsets(hostile_store: Store) -> None:
    claims = hostile_store.claims()
    found = {c.text for c in claims}
    for figure in ("3,000", "about 11,000", "1,200", "8,000", "10,000", "1,500", "2,000", "6,000", "4,000"):
        assert figure in found, figure
    for claim in claims:
        text = hostile_store.article(claim.article_id).text
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start : claim.sentence_end] == claim.sentence


def test_no_figure_comes_from_an_escape_sequence(hostile_store: Store) -> None:
    for claim in hostile_store.claims():
        shown = clean_for_display(hostile_store.article(claim.article_id).text)
        assert shown[claim.start : claim.end] == claim.text, claim.text


def test_clean_removes_every_control_sequence(hostile_store: Store) -> None:
    for article in hostile_store.articles():
        for value in (article.text, article.title or "", article.outlet or "", article.author or "", article.file):
            for cleaned in (clean(value), clean_for_display(value), clean_line(value)):
                assert "\x1b" not in cleaned
                assert "\x07" not in cleaned
                assert not TERMINAL_CONTROL.search(cleaned)
        shown = clean_for_display(article.text)
        assert len(shown) == len(article.text)
    for claim in hostile_store.claims():
        assert not TERMINAL_CONTROL.search(clean(claim.sentence))


def test_escape_payloads_are_gone_not_just_their_escape_byte(hostile_store: Store) -> None:
    text = next(a.text for a in hostile_store.articles() if a.file == "escapes.txt")
    shown = clean(text)
    for payload in ("0;pwned window title", "52;c;", "[2J", "[31;1m", "1$qm", "_hidden"):
        assert payload not in shown
    assert "Kyiv says North Korea has sent about 11,000 soldiers" in shown


def test_metadata_of_hostile_heads_is_data(hostile_store: Store) -> None:
    by_file = {a.file: a for a in hostile_store.articles()}
    assert by_file["escapes.txt"].title == "Troop numbers disputed"
    hostile_front = by_file["front_matter_hostile.md"]
    assert hostile_front.outlet == "[link=https://evil.example]Evil Times[/link]"  # kept as text, shown as text
    assert hostile_front.published == "2025-01-15"


def test_hostile_corpus_through_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "in"
    shutil.copytree(HOSTILE, folder)
    db = tmp_path / "store.json"
    assert main(["--db", str(db), "build", "--seeds", str(folder)]) == 0
    capsys.readouterr()
    for command in ("articles", "claims", "actors", "conflicts"):
        assert main(["--db", str(db), command]) == 0
        out = capsys.readouterr().out
        assert "\x1b]" not in out
        assert "\x07" not in out
