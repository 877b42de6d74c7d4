"""Peak RSS of the app, measured in a subprocess (:mod:`benchmarks.rss_probe`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def bench_rss(db: Path) -> dict[str, Any]:
    """Peak RSS in MB of a fresh process that opens ``db`` and loads the app headless, and of the bare app."""
    app = _probe(str(db))
    bare = _probe("--bare")
    return {**app, "bare_peak_rss_mb": bare["peak_rss_mb"]}


def _probe(arg: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.rss_probe", arg],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"rss probe failed: {last}")
    return json.loads(done.stdout.strip().splitlines()[-1])
