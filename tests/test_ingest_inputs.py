"""Bad input files: one clear line each on stderr, the others still ingested, exit 1 (store.ingest, CLI)."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store.cli import main
from store.ingest import InputErrorException, read_article
from store.store import Store

GOOD = "Officials in Kyiv said on Monday that 4,000 North Korean soldiers had reached the Kursk region.\n"
OTHER = "South Korea's spy agency said some 1,500 more North Korean troops would be sent to Russia.\n"


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# -- read_article, reason by reason ------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\n", "blank"),
        (b"PK\x03\x04\x00\x00binary zip", "binary"),
        (bytes(range(1, 32)) * 40, "binary"),
        ("Северная Корея направила 3000 военных".encode("cp1251"), "not UTF-8"),
        (b"Troops \x81\x8d arrived", "not UTF-8"),  # bytes that are not even Windows-1252
        (b"\xff\xfe\x00", "UTF-16"),
    ],
)
def test_bad_files_are_refused_with_a_reason(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path / "bad.txt", data)
    with pytest.raises(InputErrorException, match=reason):
        read_article(path)


def test_too_large_is_refused_and_names_the_limit(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", GOOD * 100)
    with pytest.raises(InputErrorException, match=r"over the .* MB limit.*--max-size"):
        read_article(path, max_bytes=1000)
    assert read_article(path, max_bytes=len(GOOD) * 100) == GOOD * 100


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputErrorException, match="no such file"):
        read_article(tmp_path / "gone.txt")
    with pytest.raises(InputErrorException, match="folder"):
        read_article(tmp_path)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt", GOOD)

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(InputErrorException, match="permission denied"):
        read_article(path)


def test_utf8_bom_is_dropped_and_utf16_with_bom_is_read(tmp_path: Path) -> None:
    assert read_article(write(tmp_path / "bom.txt", codecs.BOM_UTF8 + GOOD.encode())) == GOOD
    assert read_article(write(tmp_path / "u16.txt", GOOD.encode("utf-16"))) == GOOD


def test_escape_sequences_do_not_make_a_file_binary(tmp_path: Path) -> None:
    text = "Troops \x1b]0;title\x07 and \x1b[2J 3,000 soldiers.\r\n" * 3
    assert read_article(write(tmp_path / "esc.txt", text)) == text


# -- Store.ingest keeps going --------------------------------------------------------------------


def test_bad_files_do_not_stop_the_good_ones(small_store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write(folder / "a_good.txt", GOOD)
    write(folder / "b_empty.txt", b"")
    write(folder / "c_binary.txt", b"\x00\x01\x02\x03")
    write(folder / "d_cp1251.md", "Войска КНДР в Курской области".encode("cp1251"))
    write(folder / "e_big.txt", "x" * 5000)
    write(folder / "f_good.md", OTHER)
    report = small_store.ingest([folder, tmp_path / "missing.txt"], max_bytes=4000)
    assert sorted(f for f, _, _ in report.added) == ["a_good.txt", "f_good.md"]
    refused = {Path(e.file).name: e.reason for e in report.errors}
    assert set(refused) == {"b_empty.txt", "c_binary.txt", "d_cp1251.md", "e_big.txt", "missing.txt"}
    assert all("\n" not in reason for reason in refused.values())


def test_an_extraction_bug_is_reported_not_raised(
    small_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import store.ingest as ingest_module

    real = ingest_module.extract_article

    def flaky(text: str, file: str) -> object:
        if file == "bad.txt":
            raise ValueError("stage exploded")
        return real(text, file)

    monkeypatch.setattr(ingest_module, "extract_article", flaky)
    write(tmp_path / "in" / "bad.txt", GOOD)
    write(tmp_path / "in" / "good.txt", OTHER)
    report = small_store.ingest([tmp_path / "in"])
    assert [f for f, _, _ in report.added] == ["good.txt"]
    assert len(report.errors) == 1
    assert "stage exploded" in report.errors[0].reason


def test_duplicates_are_reported_as_already_stored(
    small_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(tmp_path / "in" / "one.txt", GOOD)
    write(tmp_path / "in" / "copy.txt", GOOD)
    assert main(["--db", str(small_store.path), "ingest", str(tmp_path / "in")]) == 0
    out = capsys.readouterr().out
    assert "added copy.txt" in out
    assert "skipped one.txt: already stored as article" in out
    assert main(["--db", str(small_store.path), "ingest", str(tmp_path / "in" / "one.txt")]) == 0
    assert "already stored" in capsys.readouterr().out


# -- through the command line -----------------------------------------------------------------------


def test_every_bad_kind_through_the_cli(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "store.json"
    folder = tmp_path / "in"
    write(folder / "good.txt", GOOD)
    write(folder / "empty.txt", b"")
    write(folder / "binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00")
    write(folder / "cyrillic.txt", "Разведка: 3000 военных КНДР".encode("cp1251"))
    write(
        folder / "windows.txt",
        "Kyiv\u2019s \u201cna\u00efve\u201d estimate \u2013 3,000 soldiers were sent.\n".encode("cp1252"),
    )
    write(folder / "big.md", GOOD * 40)
    unreadable = write(folder / "unreadable.txt", OTHER)
    unreadable.chmod(0)
    env = {**os.environ, "NKRU_TUI_DB": str(db)}
    base = [sys.executable, "-m", "store.cli", "--db", str(db)]
    subprocess.run([*base, "build", "--seeds", str(corpus)], check=True, capture_output=True, env=env)
    args = [*base, "ingest", str(folder), str(tmp_path / "missing.txt"), "--max-size", "0.003"]
    result = subprocess.run(args, capture_output=True, text=True, env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    expected = {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "cyrillic.txt": "not UTF-8",
        "big.md": "limit",
        "windows.txt": "warning: not UTF-8; read as Windows-1252",
    }
    expected["missing.txt"] = "no such file"
    if os.geteuid() != 0:  # root reads any file
        expected["unreadable.txt"] = "permission denied"
    for name, reason in expected.items():
        matching = [line for line in lines if f"{name}:" in line]
        assert len(matching) == 1, (name, lines)
        assert reason in matching[0]
        assert matching[0].startswith("nkru-tui: ")
    assert len(lines) == len(expected)
    assert "added good.txt" in result.stdout
    assert "added windows.txt" in result.stdout
    stored = Store.open(db)
    assert {"good.txt", "windows.txt"} <= {a.file for a in stored.articles()}
    windows = next(a for a in stored.articles() if a.file == "windows.txt")
    assert windows.text.startswith("Kyiv\u2019s \u201cna\u00efve\u201d estimate \u2013 3,000")


def test_max_size_must_be_positive(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "s.json"), "ingest", str(tmp_path), "--max-size", "-3"])
    assert exit_.value.code == 2
    assert "positive number of megabytes" in capsys.readouterr().err


def test_a_path_that_cannot_even_be_examined_is_one_error(small_store: Store, tmp_path: Path) -> None:
    too_long = tmp_path / ("x" * 300) / "a.txt"
    good = write(tmp_path / "in" / "good.txt", GOOD)
    report = small_store.ingest([too_long, good])
    assert [f for f, _, _ in report.added] == ["good.txt"]
    assert [e.file for e in report.errors] == [str(too_long)]


def test_escape_sequences_in_file_names_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder / "ok\x1b]0;pwned\x07.txt", GOOD)
    write(folder / "bad\x1b[2J.txt", b"")
    db = tmp_path / "store.json"
    result = subprocess.run(
        [sys.executable, "-m", "store.cli", "--db", str(db), "ingest", str(folder)],
        capture_output=True,
        text=True,
        env={**os.environ, "NKRU_TUI_DB": str(db)},
    )
    assert result.returncode == 1
    assert "\x1b" not in result.stdout + result.stderr
    assert "\x07" not in result.stdout + result.stderr
    assert "added ok0;pwned.txt" not in result.stdout  # the payload goes with its escape
    assert "added ok.txt" in result.stdout
    assert len(result.stderr.strip().splitlines()) == 1


def test_mostly_ascii_windows_1252_is_read_with_a_warning(small_store: Store, tmp_path: Path) -> None:
    text = "Seoul\u2019s spy agency said \u201cabout 3,000\u201d troops had arrived \u2014 officials in Kyiv agreed.\n"
    path = write(tmp_path / "in" / "win.txt", text.encode("cp1252"))
    assert read_article(path) == text
    report = small_store.ingest([path])
    assert [f for f, _, _ in report.added] == ["win.txt"]
    assert report.ok
    assert [w.file for w in report.warnings] == [str(path)]
    assert "Windows-1252" in report.warnings[0].reason


def test_a_non_ascii_heavy_legacy_file_is_refused_not_guessed(tmp_path: Path) -> None:
    # French in Latin-1 is valid Windows-1252 too, but with this many accents a guess could as well be wrong.
    text = "Les soldats nord-coréens déployés près de Koursk: été, hiver, «élite», à l'arrière. " * 5
    with pytest.raises(InputErrorException, match="not UTF-8"):
        read_article(write(tmp_path / "fr.txt", text.encode("latin-1")))
