"""Ingest throughput against the raw-storage floor.

The floor reads the same files and stores their raw text with one TinyDB
``insert_multiple`` through the same atomic storage the store uses: what any
ingest must at least pay for before extracting anything.
"""

from __future__ import annotations

import os
import resource
import shutil
import time
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from benchmarks.measure import timed
from benchmarks.profile_extract import stage_shares
from store import Store
from store.storage import AtomicJSONStorage

PROFILED = 100
"""Articles profiled for the extraction stage breakdown."""


def _fresh(path: Path) -> Path:
    if path.parent.exists():
        shutil.rmtree(path.parent)
    path.parent.mkdir(parents=True)
    return path


def raw_floor(files: list[Path], db_path: Path) -> float:
    """Seconds to read ``files`` and insert their texts into TinyDB, no extraction."""

    def run() -> None:
        docs = [{"file": p.name, "text": p.read_text(encoding="utf-8")} for p in files]
        db = TinyDB(_fresh(db_path), storage=AtomicJSONStorage)
        try:
            db.table("articles").insert_multiple(docs)
        finally:
            db.close()

    return timed(run)[0]


def _cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children (the extraction workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def store_ingest(folder: Path, db_path: Path, jobs: int) -> tuple[float, float, float, Store]:
    """Seconds for a fresh store to build itself from ``folder`` with ``jobs`` processes.

    Returns:
        Total seconds, seconds until the last file was extracted (the rest is the one write), CPU seconds
        spent (on a machine shared with other work, CPU / wall shows how many cores the run really got),
        and the store.
    """
    extracted = [0.0]

    def progress(done: int, total: int, _file: str) -> None:
        if done == total:
            extracted[0] = time.perf_counter()

    def run() -> Store:
        path = _fresh(db_path)
        store = Store(path, None)
        report = store.rebuild(folder, jobs=jobs, progress=progress)
        if report.errors:
            raise RuntimeError(f"ingest failed: {report.errors[0]}")
        return store

    start, cpu = time.perf_counter(), _cpu_seconds()
    seconds, store = timed(run)
    return seconds, extracted[0] - start, _cpu_seconds() - cpu, store


def bench_ingest(folder: Path, work: Path, *, jobs: int | None = None) -> tuple[dict[str, Any], Path]:
    """Figures for ingesting every article in ``folder``; returns them and the built store's path.

    Args:
        folder: the synthetic articles.
        work: a scratch folder for the stores.
        jobs: processes for the all-cores run (default: one per core).
    """
    files = sorted(folder.glob("*.txt"))
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in files)
    n = len(files)
    cores = jobs or os.cpu_count() or 1
    floor = raw_floor(files, work / "floor" / "raw.json")

    def run(label: str, path: Path, processes: int) -> tuple[dict[str, Any], float, Store]:
        total, extract, cpu, store = store_ingest(folder, path, processes)
        return (
            {
                f"{label}_s": round(total, 3),
                f"{label}_articles_per_s": round(n / total, 1),
                f"{label}_words_per_s": round(words / total),
                f"{label}_extract_s": round(extract, 3),
                f"{label}_write_s": round(total - extract, 3),
                f"{label}_cores_used": round(cpu / total, 2),
            },
            total,
            store,
        )

    one, _, _ = run("jobs1", work / "ingest1" / "store.json", 1)
    path = work / "ingestN" / "store.json"
    many, many_s, store = run("jobsN", path, cores)
    return {
        "articles": n,
        "words": words,
        "claims": len(store.claims()),
        "actors": len(store.actors()),
        "conflicts": len(store.conflicts()),
        "floor_s": round(floor, 3),
        "floor_articles_per_s": round(n / floor, 1),
        **one,
        "jobsN": cores,
        **many,
        "jobsN_vs_floor": round(many_s / floor, 2),
        "extract_stages": stage_shares([(p.name, p.read_text(encoding="utf-8")) for p in files[:PROFILED]]),
    }, path
