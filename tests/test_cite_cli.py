"""``nkru-tui cite``: one claim, a conflict group, an article; the saved default style; errors for people."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from store import Store
from store.citations import STYLES, cite, cite_all
from store.cli import main
from store.settings import save_citation_style
from tests.conftest import write_corpus

ARTICLES = {
    "seoul.txt": """\
        Seoul raises its estimate of North Korean troops in Russia

        South Korea's National Intelligence Service said on Tuesday that North Korea has sent about 11,000 soldiers
        to Russia. Lawmakers were briefed behind closed doors. The agency added that 1,200 of them have been killed
        or wounded.
        """,
    "kyiv.md": """\
        Kyiv says the deployment is smaller than feared

        Ukraine's military intelligence said North Korea has deployed 8,000 troops near the border so far.
        Officials in Kyiv declined to give a breakdown.
        """,
}
ACCESSED = "2026-11-22"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "store.json"
    Store.open(path, seeds_dir=write_corpus(tmp_path / "corpus", ARTICLES))
    return path


def run(capsys: pytest.CaptureFixture[str], db: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "cite", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def pairs_of(store: Store, claim_ids: list[int]) -> list[tuple]:
    claims = [store.claim(i) for i in claim_ids]
    return [(c, store.article(c.article_id)) for c in claims]


def a_conflicting_claim(store: Store):
    claim = next((c for c in store.claims() if c.conflict_id is not None), None)
    assert claim is not None, "the test corpus should give a conflict group"
    return claim


@pytest.mark.parametrize("style", STYLES)
def test_cite_prints_the_citation_in_the_style(capsys: pytest.CaptureFixture[str], db: Path, style: str) -> None:
    store = Store.open(db)
    claim = store.claims()[0]
    code, out, err = run(capsys, db, str(claim.id), "--style", style, "--accessed", ACCESSED)
    assert (code, err) == (0, "")
    expected = cite(claim, store.article(claim.article_id), style, accessed=datetime.date(2026, 11, 22))
    assert out == expected + "\n"
    assert claim.sentence.split()[0] in out


def test_default_style_is_the_saved_setting(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    store = Store.open(db)
    claim = store.claims()[0]
    article = store.article(claim.article_id)
    code, out, _ = run(capsys, db, str(claim.id))
    assert code == 0
    assert out == cite(claim, article, "plain") + "\n"
    save_citation_style("bibtex")
    code, out, _ = run(capsys, db, str(claim.id))
    assert code == 0
    assert out.startswith("@") and out == cite(claim, article, "bibtex") + "\n"
    code, out, _ = run(capsys, db, str(claim.id), "--style", "mla", "--accessed", ACCESSED)
    assert out == cite(claim, article, "mla", accessed=datetime.date(2026, 11, 22)) + "\n"


def test_all_prints_the_conflict_group(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    store = Store.open(db)
    claim = a_conflicting_claim(store)
    group = store.conflict(claim.conflict_id)
    assert len(group.claims) >= 2
    code, out, err = run(capsys, db, str(claim.id), "--all", "--style", "apa", "--accessed", ACCESSED)
    assert (code, err) == (0, "")
    accessed = datetime.date(2026, 11, 22)
    assert out == cite_all(pairs_of(store, list(group.claims)), "apa", accessed=accessed) + "\n"
    for member in group.claims:
        assert store.claim(member).sentence in out


def test_all_on_a_claim_outside_any_group_cites_it_alone(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    store = Store.open(db)
    loner = next((c for c in store.claims() if c.conflict_id is None), None)
    if loner is None:
        pytest.skip("every claim of the test corpus is in a conflict group")
    code, out, err = run(capsys, db, str(loner.id), "--all")
    assert code == 0
    assert out == cite(loner, store.article(loner.article_id)) + "\n"
    assert err == f"nkru-tui: claim {loner.id} is in no conflict group; citing it alone\n"


def test_article_prints_every_claim_of_the_article(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    store = Store.open(db)
    article = next(a for a in store.articles() if a.file == "seoul.txt")
    claim_ids = [c.id for c in store.claims(article_id=article.id)]
    assert claim_ids
    code, out, err = run(capsys, db, "--article", str(article.id), "--style", "markdown")
    assert (code, err) == (0, "")
    assert out == cite_all(pairs_of(store, claim_ids), "markdown") + "\n"


def test_unknown_claim_is_one_line_error(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = run(capsys, db, "9999")
    assert code == 1
    assert out == ""
    assert err == f"nkru-tui: no claim with id 9999 in {db}\n"


def test_unknown_article_is_one_line_error(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = run(capsys, db, "--article", "77")
    assert (code, out) == (1, "")
    assert err == f"nkru-tui: no article with id 77 in {db}\n"


def test_missing_claim_id_is_an_error(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = run(capsys, db)
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and "CLAIM_ID" in err


def test_unknown_style_is_refused_by_the_parser(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db), "cite", "1", "--style", "harvard"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'harvard'" in capsys.readouterr().err


def test_hostile_article_gives_a_clean_citation(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = write_corpus(
        tmp_path / "hostile",
        {
            "evil.txt": "Troops\x1b]0;owned\x07 report\n\nSouth Korea's spy agency said\x1b[2J North Korea has sent"
            " 11,000 soldiers to Russia so far.\u202e Nothing else is known.\n"
        },
    )
    db = tmp_path / "hostile.json"
    store = Store.open(db, seeds_dir=corpus)
    assert store.claims(), "the hostile article should still yield its claim"
    assert "\x1b[2J" in store.article(store.claims()[0].article_id).text  # the store keeps the text verbatim
    for style in STYLES:
        code, out, _ = run(capsys, db, str(store.claims()[0].id), "--style", style)
        assert code == 0
        assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
