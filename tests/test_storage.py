"""Atomic storage, backups, unreadable stores and their explicit recovery (store.storage, Store writes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store import storage
from store.cli import main
from store.storage import (
    RecoveryError,
    StoreCorruptError,
    StoreLockedError,
    WriterLock,
    backup_path,
    lock_holder,
    read_json,
    recover,
    recovery_hint,
    write_json_atomic,
)
from store.store import Store
from tests.conftest import write_corpus

NEW_ARTICLE = {
    "extra.txt": """\
        Seoul raises its estimate

        South Korea's spy agency said on Friday that about 2,000 more North Korean soldiers had been sent to Russia.
        """
}


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- the atomic write ---------------------------------------------------------------------------


def test_write_replaces_and_keeps_previous_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_json_atomic(path, {"v": 1})
    write_json_atomic(path, {"v": 2})
    assert read_json(path) == {"v": 2}
    assert read_json(backup_path(path)) == {"v": 1}
    assert leftovers(tmp_path) == []


def test_failed_replace_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.json"
    write_json_atomic(path, {"v": 1})
    before = path.read_bytes()

    def boom(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(storage.os, "replace", boom)
    with pytest.raises(OSError):
        write_json_atomic(path, {"v": 2})
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftovers(tmp_path) == []


def test_failed_serialisation_leaves_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_json_atomic(path, {"v": 1})
    with pytest.raises(TypeError):
        write_json_atomic(path, {"v": object()})
    assert read_json(path) == {"v": 1}
    assert leftovers(tmp_path) == []


def test_written_file_is_plain_json(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_json_atomic(path, {"articles": {"1": {"text": "ünïcödé 🪖"}}})
    assert json.loads(path.read_text(encoding="utf-8")) == {"articles": {"1": {"text": "ünïcödé 🪖"}}}


# -- reading -------------------------------------------------------------------------------------


def test_missing_file_reads_as_none(tmp_path: Path) -> None:
    assert read_json(tmp_path / "nope.json") is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"  \n", "empty"),
        (b'{"articles": {"1": {"te', "invalid JSON"),
        (b"[1, 2, 3]", "not a JSON object"),
        (b"\x00\x01\x02garbage", "invalid JSON"),
    ],
)
def test_unreadable_file_raises_one_line_error_naming_it(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(content)
    with pytest.raises(StoreCorruptError) as err:
        read_json(path)
    message = str(err.value)
    assert str(path) in message
    assert reason in message
    assert "\n" not in message


# -- no write path overwrites an unreadable store --------------------------------------------


@pytest.fixture
def broken_store(small_store: Store) -> tuple[Store, bytes]:
    """A store whose file was truncated after it was opened."""
    data = small_store.path.read_bytes()
    small_store.path.write_bytes(data[: len(data) // 2])
    return small_store, small_store.path.read_bytes()


def test_ingest_refuses_to_overwrite_an_unreadable_store(broken_store: tuple[Store, bytes], tmp_path: Path) -> None:
    store, before = broken_store
    with pytest.raises(StoreCorruptError):
        store.ingest([write_corpus(tmp_path / "new", NEW_ARTICLE)])
    assert store.path.read_bytes() == before


def test_rebuild_refuses_to_overwrite_an_unreadable_store(broken_store: tuple[Store, bytes], corpus: Path) -> None:
    store, before = broken_store
    with pytest.raises(StoreCorruptError):
        store.rebuild(corpus)
    assert store.path.read_bytes() == before


def test_reextract_refuses_to_overwrite_an_unreadable_store(broken_store: tuple[Store, bytes]) -> None:
    store, before = broken_store
    with pytest.raises(StoreCorruptError):
        store.reextract()
    assert store.path.read_bytes() == before


def test_open_refuses_an_empty_store_file(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(b"")
    with pytest.raises(StoreCorruptError):
        Store.open(path, seeds_dir=corpus)
    assert path.read_bytes() == b""


def test_open_refuses_a_missing_store_whose_backup_remains(small_store: Store, corpus: Path) -> None:
    small_store.ingest([corpus])  # nothing new, but make sure a backup exists
    small_store.path.rename(small_store.path.with_name("elsewhere.json"))
    if not backup_path(small_store.path).exists():
        write_json_atomic(backup_path(small_store.path), {})
    with pytest.raises(StoreCorruptError, match="backup"):
        Store.open(small_store.path, seeds_dir=corpus)
    assert not small_store.path.exists()


# -- explicit recovery ------------------------------------------------------------------------


def test_recovery_hint_offers_the_flags(broken_store: tuple[Store, bytes], tmp_path: Path) -> None:
    store, _ = broken_store
    assert "--rebuild" in recovery_hint(store.path)
    write_json_atomic(backup_path(store.path), {"articles": {}})
    hint = recovery_hint(store.path)
    assert "--restore-backup" in hint
    assert "--rebuild" in hint


def test_restore_backup_keeps_the_broken_file_aside(broken_store: tuple[Store, bytes], tmp_path: Path) -> None:
    store, before = broken_store
    good = {"articles": {}, "meta": {"1": {"schema_version": 1}}}
    write_json_atomic(backup_path(store.path), good)
    message = recover(store.path, restore=True, timeout=5)
    assert "restored" in message
    assert read_json(store.path) == good
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("store.json.broken-")]
    assert len(aside) == 1
    assert aside[0].read_bytes() == before


def test_restore_without_a_backup_changes_nothing(broken_store: tuple[Store, bytes]) -> None:
    store, before = broken_store
    backup_path(store.path).unlink(missing_ok=True)
    with pytest.raises(RecoveryError):
        recover(store.path, restore=True, timeout=5)
    assert store.path.read_bytes() == before


def test_rebuild_moves_the_broken_file_and_backup_aside(broken_store: tuple[Store, bytes], tmp_path: Path) -> None:
    store, _ = broken_store
    write_json_atomic(backup_path(store.path), {"articles": {}})
    recover(store.path, restore=False, timeout=5)
    assert not store.path.exists()
    assert not backup_path(store.path).exists()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert any(n.startswith("store.json.broken-") for n in names)
    assert any(n.startswith("store.json.bak.old-") for n in names)
    rebuilt = Store.open(store.path, seeds_dir=tmp_path / "corpus")
    assert rebuilt.articles()


def test_recover_leaves_a_readable_store_alone(small_store: Store) -> None:
    before = small_store.path.read_bytes()
    assert "nothing to recover" in recover(small_store.path, restore=True, timeout=5)
    assert "nothing to recover" in recover(small_store.path, restore=False, timeout=5)
    assert small_store.path.read_bytes() == before


# -- one write per batch ---------------------------------------------------------------------------


def count_writes(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    writes: list[Path] = []
    real = storage.write_bytes_atomic  # every store write, whole (write_json_atomic) or spliced, goes through it

    def counting(path: Path, payload: bytes, **kwargs: object) -> None:
        writes.append(path)
        real(path, payload, **kwargs)

    monkeypatch.setattr(storage, "write_bytes_atomic", counting)
    return writes


def test_one_ingest_batch_is_one_write(small_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_corpus(
        tmp_path / "batch",
        {f"a{i}.txt": f"Officials in Kyiv said {i + 2},000 North Korean troops were near Kursk.\n" for i in range(6)},
    )
    writes = count_writes(monkeypatch)
    report = small_store.ingest([folder])
    assert len(report.added) == 6
    assert writes == [small_store.path]


def test_an_ingest_of_duplicates_only_does_not_write(
    small_store: Store, corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = count_writes(monkeypatch)
    report = small_store.ingest([corpus])
    assert report.duplicates and not report.added
    assert writes == []


def test_rebuild_is_one_write(small_store: Store, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writes = count_writes(monkeypatch)
    small_store.rebuild(corpus)
    assert writes == [small_store.path]


# -- the writer lock -----------------------------------------------------------------------------


def test_a_second_writer_gives_up_and_names_the_holder(small_store: Store, tmp_path: Path) -> None:
    small_store.lock_timeout = 0.2
    before = small_store.path.read_bytes()
    with WriterLock(small_store.path, timeout=5):
        assert f"process {os.getpid()}" in (lock_holder(small_store.path) or "")
        with pytest.raises(StoreLockedError) as err:
            small_store.ingest([write_corpus(tmp_path / "new", NEW_ARTICLE)])
    message = str(err.value)
    assert str(small_store.path) in message
    assert f"process {os.getpid()}" in message
    assert "\n" not in message
    assert small_store.path.read_bytes() == before
    assert lock_holder(small_store.path) is None  # released: the record is gone
    small_store.ingest([tmp_path / "new"])
    assert len(small_store.articles()) == 3


def test_permissions_of_the_store_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    write_json_atomic(path, {"v": 1})
    path.chmod(0o640)
    write_json_atomic(path, {"v": 2})
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_writer_removes_temp_files_left_by_killed_writers(small_store: Store, tmp_path: Path) -> None:
    stale = small_store.path.with_name(".store.json.abc123.tmp")
    stale.write_bytes(b'{"half": ')
    small_store.ingest([write_corpus(tmp_path / "new", NEW_ARTICLE)])
    assert not stale.exists()
    assert read_json(small_store.path) is not None


# -- the command line on an unreadable store -------------------------------------------------------


@pytest.mark.parametrize("command", [["articles"], ["claims", "--json"], ["ingest", "NEW"], ["build"], []])
def test_cli_on_a_truncated_store_says_so_in_one_line_and_touches_nothing(
    broken_store: tuple[Store, bytes], tmp_path: Path, command: list[str]
) -> None:
    store, before = broken_store
    preview = store.path.with_name("store.json.preview")
    preview_before = preview.read_bytes() if preview.exists() else None
    new = write_corpus(tmp_path / "new", NEW_ARTICLE)
    args = [str(new) if a == "NEW" else a for a in command]
    result = subprocess.run(
        [sys.executable, "-m", "store.cli", "--db", str(store.path), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NKRU_TUI_DB": str(store.path)},
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert str(store.path) in lines[0]
    assert "unreadable" in lines[0]
    assert "--rebuild" in lines[0]
    assert "Traceback" not in result.stderr
    assert store.path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("store.json.")) == [
        n for n in ("store.json.bak", "store.json.lock", "store.json.preview") if (tmp_path / n).exists()
    ]
    assert (preview.read_bytes() if preview.exists() else None) == preview_before  # left by the last good write


def test_cli_restore_backup_then_works(broken_store: tuple[Store, bytes], capsys: pytest.CaptureFixture[str]) -> None:
    store, before = broken_store
    good = store.path.with_name("good.json")
    write_json_atomic(good, {"articles": {}, "meta": {"1": {"schema_version": 1}}}, keep_backup=False)
    os.replace(good, backup_path(store.path))
    assert main(["--db", str(store.path), "articles"]) == 1
    assert "--restore-backup" in capsys.readouterr().err
    assert main(["--db", str(store.path), "--restore-backup", "articles", "--json"]) == 0
    captured = capsys.readouterr()
    assert "restored" in captured.err
    assert json.loads(captured.out) == []
    broken = [p for p in store.path.parent.iterdir() if p.name.startswith("store.json.broken-")]
    assert [p.read_bytes() for p in broken] == [before]


def test_cli_rebuild_then_works(broken_store: tuple[Store, bytes], capsys: pytest.CaptureFixture[str]) -> None:
    store, before = broken_store
    assert main(["--db", str(store.path), "--rebuild", "articles", "--json"]) == 0
    captured = capsys.readouterr()
    assert "building a new store" in captured.err
    assert len(json.loads(captured.out)) == 5  # the bundled seeds
    broken = [p for p in store.path.parent.iterdir() if p.name.startswith("store.json.broken-")]
    assert [p.read_bytes() for p in broken] == [before]
