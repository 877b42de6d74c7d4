"""A news desk's daily ingest: a few articles added to a large store, extended against recomputed.

``python -m benchmarks.append_bench STORE [--runs 3]`` copies ``STORE`` (never writes to it), makes
one first write into the copy (a store not stamped by this code is recomputed in full, and stamped),
then times ``Store.open(copy).ingest(folder)`` for 1 and 5 new synthetic articles on fresh copies of
the stamped store: with the incremental path (the default) and with it turned off (the full
recomputation every write did before). Prints one JSON line: medians of the write (the locked part
of the ingest), the whole ingest, the open before it, and the peak RSS of the runs (VmHWM; each run
is a process of its own).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.measure import peak_rss_mb
from benchmarks.synth import write_articles


def _run(store: Path, folder: Path, *, incremental: bool) -> dict[str, float]:
    """One timed ingest in this process (called in a child process by :func:`main`)."""
    from store.store import Store

    t0 = time.perf_counter()
    opened = Store.open(store)
    t1 = time.perf_counter()
    opened.incremental_writes = incremental
    commit = Store._commit
    spent: list[float] = []

    def timed_commit(self: Store, *args: Any, **kwargs: Any) -> None:
        start = time.perf_counter()
        try:
            commit(self, *args, **kwargs)
        finally:
            spent.append(time.perf_counter() - start)

    Store._commit = timed_commit  # type: ignore[method-assign]
    opened.ingest([folder])
    t2 = time.perf_counter()
    return {"open_s": t1 - t0, "ingest_s": t2 - t1, "write_s": sum(spent), "peak_rss_mb": peak_rss_mb()}


def _child(store: Path, folder: Path, incremental: bool) -> dict[str, float]:
    code = (
        "import json, sys; from pathlib import Path; from benchmarks.append_bench import _run; "
        "print(json.dumps(_run(Path(sys.argv[1]), Path(sys.argv[2]), incremental=sys.argv[3] == '1')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(store), str(folder), "1" if incremental else "0"],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(store: Path, *, runs: int = 3) -> dict[str, Any]:
    """Medians of ``runs`` ingests of 1 and 5 new articles into copies of ``store``, extended and recomputed."""
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="append_bench.") as tmp:
        work = Path(tmp)
        folders = {n: work / f"new{n}" for n in (1, 5)}
        for n, folder in folders.items():
            write_articles(folder, n, seed=1000 + n)
        write_articles(work / "first", 1, seed=999)
        stamped = work / "stamped.json"
        shutil.copyfile(store, stamped)
        result["first_write"] = _child(stamped, work / "first", True)
        for n, folder in folders.items():
            for incremental in (True, False):
                samples = []
                for _ in range(runs):
                    copy = work / "run" / "store.json"
                    shutil.rmtree(copy.parent, ignore_errors=True)
                    copy.parent.mkdir()
                    shutil.copyfile(stamped, copy)
                    samples.append(_child(copy, folder, incremental))
                label = f"{n}_article{'s' if n > 1 else ''}_{'incremental' if incremental else 'recomputed'}"
                result[label] = {k: round(statistics.median(r[k] for r in samples), 3) for k in samples[0]}
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path, help="a large store (copied, never written)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.store, runs=args.runs)))


if __name__ == "__main__":
    main()
