"""One writer at a time: concurrent ingests both land, a blocked writer names the holder, readers never see a mix."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from store.storage import read_json
from store.store import Store
from tests.conftest import write_corpus


def env_for(db: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "NKRU_TUI_DB": str(db), **extra}


def articles_about(prefix: str, n: int) -> dict[str, str]:
    return {
        f"{prefix}{i}.txt": f"{prefix.title()} desk report {i}\n\nUkraine's military intelligence said"
        f" {2000 + i * 111:,} North Korean soldiers were fighting in the {prefix} sector, officials said.\n"
        for i in range(n)
    }


def start_ingest(db: Path, folder: Path) -> subprocess.Popen[str]:
    """``nkru-tui --db DB ingest FOLDER`` in its own process, output captured."""
    return subprocess.Popen(
        [sys.executable, "-m", "store.cli", "--db", str(db), "ingest", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env_for(db),
    )


def test_two_concurrent_ingests_both_complete(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "store.json"
    Store.open(db, seeds_dir=corpus)
    first = write_corpus(tmp_path / "north", articles_about("north", 6))
    second = write_corpus(tmp_path / "south", articles_about("south", 6))
    procs = [start_ingest(db, folder) for folder in (first, second)]
    reads = 0
    while any(p.poll() is None for p in procs):
        data = read_json(db)  # a reader during the writes sees a whole store, old or new
        assert data is not None and "articles" in data
        reads += 1
    for proc in procs:
        out, err = proc.communicate()
        assert proc.returncode == 0, err
        assert "6 added" in out
    store = Store.open(db)
    files = {a.file for a in store.articles()}
    assert {f"north{i}.txt" for i in range(6)} | {f"south{i}.txt" for i in range(6)} <= files
    assert len(store.articles()) == 2 + 12
    assert sorted(a.id for a in store.articles()) == list(range(1, 15))
    assert reads > 0


def test_blocked_writer_says_which_process_holds_the_lock(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "store.json"
    Store.open(db, seeds_dir=corpus)
    before = db.read_bytes()
    holder_code = textwrap.dedent(
        f"""
        import sys, time
        from pathlib import Path
        from store.storage import WriterLock
        with WriterLock(Path({str(db)!r}), timeout=5):
            print("locked", flush=True)
            time.sleep(60)
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", holder_code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        new = write_corpus(tmp_path / "new", articles_about("east", 1))
        result = subprocess.run(
            [sys.executable, "-m", "store.cli", "--db", str(db), "ingest", str(new)],
            capture_output=True,
            text=True,
            env=env_for(db, NKRU_TUI_LOCK_TIMEOUT="0.5"),
            timeout=60,
        )
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert str(db) in lines[0]
    assert f"process {holder.pid}" in lines[0]
    assert "-c" in lines[0]  # the holder's command line
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == before
    # The holder died without cleaning up: the next writer is not blocked by its leftovers.
    store = Store.open(db)
    store.lock_timeout = 5
    report = store.ingest([tmp_path / "new"])
    assert len(report.added) == 1


def test_reload_picks_up_another_writer(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "store.json"
    reader = Store.open(db, seeds_dir=corpus)
    writer = Store.open(db)
    writer.ingest([write_corpus(tmp_path / "w", articles_about("west", 2))])
    assert len(reader.articles()) == 2
    reader.reload()
    assert len(reader.articles()) == 4


def test_first_ingests_into_a_missing_store_do_not_wipe_each_other(tmp_path: Path) -> None:
    db = tmp_path / "store.json"
    folders = [write_corpus(tmp_path / name, articles_about(name, 2)) for name in ("alpha", "beta", "gamma")]
    procs = [start_ingest(db, folder) for folder in folders]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    files = {a.file for a in Store.open(db).articles()}
    for name in ("alpha", "beta", "gamma"):
        assert {f"{name}0.txt", f"{name}1.txt"} <= files, (name, sorted(files))


def test_building_a_missing_store_keeps_what_another_process_wrote_meanwhile(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "store.json"
    late = Store(db, None)  # saw no file
    other = Store.open(db, seeds_dir=corpus)  # another process builds the store ...
    other.ingest([write_corpus(tmp_path / "x", articles_about("extra", 1))])  # ... and adds to it
    late.rebuild(corpus, if_missing=True)
    assert "extra0.txt" in {a.file for a in late.articles()}
    assert "extra0.txt" in {a.file for a in Store.open(db).articles()}
