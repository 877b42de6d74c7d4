"""Shared fixtures: small news-style corpora written by the tests, temporary stores."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from store import Store

ARTICLES = {
    "wire.txt": """\
        Pyongyang sends more troops to Russia, Seoul says

        SEOUL, Nov 13, 2024 (Wire) - South Korea's National Intelligence Service said on Wednesday that North Korea
        has sent about 10,000 soldiers to Russia. The agency added that 1,500 of them are already near the front.
        """,
    "kyiv.txt": """\
        Kyiv warns of a second wave

        Ukrainian officials say North Korea has deployed 3,000 troops to the Kursk region so far.
        "We expect up to 12,000 more," Ukraine's defence ministry said in a statement.
        """,
}


def write_corpus(folder: Path, articles: dict[str, str] | None = None) -> Path:
    """Write ``articles`` (default: :data:`ARTICLES`) as files in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never let a test read or write the real user's store or config."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NKRU_TUI_DB", str(home / "store.json"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("NKRU_TUI_CONFIG_DIR", str(home / "config" / "nkru-tui"))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def small_store(tmp_path: Path, corpus: Path) -> Store:
    return Store.open(tmp_path / "store.json", seeds_dir=corpus)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The store built from the bundled seeds (built once per test session)."""
    return Store.open(tmp_path_factory.mktemp("seeds") / "store.json")
