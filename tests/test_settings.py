"""The citation-style setting: default, round trip, broken files, atomic writes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from store import settings
from store.citations import STYLES


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cfg"
    monkeypatch.setenv(settings.CONFIG_DIR_ENV, str(folder))
    return folder / settings.SETTINGS_FILE


def test_default_is_plain_when_nothing_is_saved(config: Path) -> None:
    assert not config.exists()
    assert settings.load_citation_style() == "plain"


@pytest.mark.parametrize("style", STYLES)
def test_saved_style_is_loaded_back(config: Path, style: str) -> None:
    settings.save_citation_style(style)
    assert settings.load_citation_style() == style
    assert json.loads(config.read_text(encoding="utf-8")) == {"citation_style": style}


def test_env_var_chooses_the_folder(config: Path) -> None:
    assert settings.settings_path() == config
    settings.save_citation_style("mla")
    assert config.is_file()


def test_without_env_var_the_user_config_dir_is_used(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(settings.CONFIG_DIR_ENV)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert settings.settings_path() == tmp_path / "xdg" / "nkru-tui" / "settings.json"


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"", b"\xff\xfe\x00garbage", b"[1, 2]", b'"apa"', b'{"citation_style": "harvard"}',
     b'{"citation_style": 3}', b"null"],
)  # fmt: skip
def test_broken_or_unknown_config_falls_back_to_plain(config: Path, content: bytes) -> None:
    config.parent.mkdir(parents=True)
    config.write_bytes(content)
    assert settings.load_citation_style() == "plain"


def test_config_that_is_a_directory_falls_back_to_plain(config: Path) -> None:
    config.mkdir(parents=True)
    assert settings.load_citation_style() == "plain"


def test_saving_replaces_a_broken_file_and_keeps_other_keys(config: Path) -> None:
    config.parent.mkdir(parents=True)
    config.write_text('{"theme": "dark", "citation_style": "apa"}', encoding="utf-8")
    settings.save_citation_style("bibtex")
    assert json.loads(config.read_text(encoding="utf-8")) == {"theme": "dark", "citation_style": "bibtex"}
    config.write_text("{broken", encoding="utf-8")
    settings.save_citation_style("chicago")
    assert settings.load_citation_style() == "chicago"


def test_unknown_style_is_not_saved(config: Path) -> None:
    with pytest.raises(ValueError, match="unknown citation style 'harvard'"):
        settings.save_citation_style("harvard")
    assert not config.exists()


def test_save_leaves_no_temporary_files(config: Path) -> None:
    for style in STYLES:
        settings.save_citation_style(style)
    assert [p.name for p in config.parent.iterdir()] == [settings.SETTINGS_FILE]


def test_failed_write_keeps_the_old_file(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.save_citation_style("mla")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(settings.os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        settings.save_citation_style("apa")
    assert settings.load_citation_style() == "mla"
    assert [p.name for p in config.parent.iterdir()] == [settings.SETTINGS_FILE]
