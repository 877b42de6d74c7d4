"""kill -9 of an ingest at random moments: the store always loads and committed articles are never lost."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

from store.storage import read_json
from store.store import Store
from tests.conftest import write_corpus

ROUNDS = 15
TOPICS = ("soldiers", "military engineers", "artillery shells", "workers", "volunteers")


def stored_hashes(db: Path) -> set[str]:
    data = read_json(db)  # raises StoreCorruptError if a kill left a broken file
    assert data is not None
    return {doc["content_hash"] for doc in data["articles"].values()}


def batch(folder: Path, round_: int, size: int = 4) -> Path:
    articles = {
        f"r{round_}_{i}.txt": (
            f"Round {round_} report {i}\n\n"
            f"Officials in Kyiv said on Monday that {1000 + 37 * round_ + i:,} North Korean {TOPICS[i % len(TOPICS)]}"
            f" had been sent to Russia. The defence ministry added that about {200 + round_ + i} more were expected.\n"
        )
        for i in range(size)
    }
    return write_corpus(folder, articles)


def ingest_process(db: Path, folder: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "NKRU_TUI_DB": str(db)}
    return subprocess.Popen(
        [sys.executable, "-m", "store.cli", "--db", str(db), "ingest", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )


def test_kill_9_at_random_moments_never_breaks_or_loses(tmp_path: Path, corpus: Path) -> None:
    db = tmp_path / "store.json"
    Store.open(db, seeds_dir=corpus)
    committed = stored_hashes(db)
    seed = int(os.environ.get("NKRU_TUI_CRASH_SEED", time.time_ns() % 10_000))
    rng = random.Random(seed)
    outcomes = []
    for round_ in range(ROUNDS):
        proc = ingest_process(db, batch(tmp_path / f"batch{round_}", round_))
        time.sleep(rng.uniform(0.0, 1.5))
        proc.kill()  # SIGKILL: no cleanup, no finally blocks
        proc.wait()
        now = stored_hashes(db)
        assert committed <= now, f"round {round_} (seed {seed}): committed articles were lost"
        added = len(now - committed)
        assert added in (0, 4), f"round {round_} (seed {seed}): a batch was half committed"
        outcomes.append(added)
        committed = now
    print(f"seed {seed}: articles committed per killed round: {outcomes}")
    # Whatever the kills left behind (temp files, a stale lock record), a normal ingest still works.
    final = ingest_process(db, tmp_path / "batch0")
    _, err = final.communicate(timeout=120)
    assert final.returncode == 0, err.decode()
    assert sorted(p.name for p in tmp_path.glob(".store.json.*")) == []  # killed writers' temp files cleaned up
    store = Store.open(db)
    assert committed <= {a.content_hash for a in store.articles()}
    assert {f"r0_{i}.txt" for i in range(4)} <= {a.file for a in store.articles()}
    for article in store.articles():
        for claim in store.claims(article_id=article.id):
            assert article.text[claim.start : claim.end] == claim.text
