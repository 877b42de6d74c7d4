"""First paint in a real terminal: the app and a bare Textual app, launched in tmux.

``python -m benchmarks.first_paint_tmux --db STORE [--repeats N]`` starts each
program in a detached ``tmux new-session -x 160 -y 48`` on a private tmux
server, polls ``tmux capture-pane -p`` every few milliseconds until the expected
text is on screen (for the app: the "Claims" pane title and the first claim's
figure; for the bare app: its label), and prints one JSON line with the medians
and the ratio. The clock starts just before ``new-session``, so both sides pay
the same interpreter start, imports and tmux overhead.

Both programs run from bytecode, as they would after ``pip install``: the
project's packages are byte-compiled first (Textual's already are, in
site-packages). Without this, a checkout run with ``PYTHONDONTWRITEBYTECODE``
set (as in some containers) would compile every module of ours from source at
each launch, which no installed copy does.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.bare_app import BARE_TEXT
from benchmarks.measure import median, ms, percentile

POLL = 0.003
TIMEOUT = 20.0
ROOT = Path(__file__).resolve().parent.parent


class Tmux:
    """A private tmux server (its own socket), so nobody else's sessions are touched."""

    def __init__(self) -> None:
        self.socket = f"nkru-bench-{os.getpid()}"
        # A long-lived session keeps the server up, so launches do not pay for starting it.
        self._run("new-session", "-d", "-s", "keepalive", "-x", "80", "-y", "24", "sleep 3600")

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False)

    def time_until(self, command: str, expected: list[str], *, env: dict[str, str]) -> float | None:
        """Seconds from launching ``command`` until every string in ``expected`` is on screen."""
        name = f"run{time.perf_counter_ns()}"
        env_args = [arg for key, value in env.items() for arg in ("-e", f"{key}={value}")]
        start = time.perf_counter()
        self._run("new-session", "-d", "-s", name, "-x", "160", "-y", "48", *env_args, command)
        try:
            while time.perf_counter() - start < TIMEOUT:
                capture = self._run("capture-pane", "-p", "-t", name)
                if capture.returncode != 0:  # the program exited (crashed) and took its session along
                    return None
                if all(text in capture.stdout for text in expected):
                    return time.perf_counter() - start
                time.sleep(POLL)
            return None
        finally:
            self._run("kill-session", "-t", name)

    def close(self) -> None:
        self._run("kill-server")


def _first_figure(db: Path) -> str | None:
    from store import Store

    claims = Store.open(db).claims()
    return claims[0].text if claims else None


def byte_compile() -> None:
    """Write the bytecode of the project's packages, as ``pip install`` does for an installed copy."""
    for package in ("store", "tui", "benchmarks"):
        compileall.compile_dir(ROOT / package, quiet=1)


def measure(db: Path, *, repeats: int = 5) -> dict[str, Any]:
    """Median first-paint times of ``nkru-tui --db db`` and of the bare app, and their ratio."""
    if shutil.which("tmux") is None:
        return {"skipped": "tmux is not installed"}
    byte_compile()
    figure = _first_figure(db)
    # The figure's first characters: a long range may be cut short by its column.
    expected = ["Claims", *([figure[:8]] if figure else [])]
    python = shlex.quote(sys.executable)
    app_cmd = f"{python} -m tui --db {shlex.quote(str(db))}"
    bare_cmd = f"{python} -m benchmarks.bare_app"
    env = {"PYTHONPATH": str(ROOT), "TERM": "xterm-256color", "COLORTERM": "truecolor"}
    tmux = Tmux()
    try:
        bare, app = [], []
        for _ in range(repeats):  # interleaved, so a burst of load from others hits both sides
            bare.append(tmux.time_until(bare_cmd, [BARE_TEXT], env=env))
            app.append(tmux.time_until(app_cmd, expected, env=env))
    finally:
        tmux.close()
    bare_ok = [t for t in bare if t is not None]
    app_ok = [t for t in app if t is not None]
    result: dict[str, Any] = {"expected": expected, "repeats": repeats}
    result["bare_ms"] = ms(median(bare_ok)) if bare_ok else None
    result["app_ms"] = ms(median(app_ok)) if app_ok else None
    result["app_timeouts"] = len(app) - len(app_ok)
    if bare_ok and app_ok:
        result["ratio"] = round(median(app_ok) / median(bare_ok), 2)
    # Each launch of the app beside the bare launch just before it: how much the ratio moves with the load.
    pairs = sorted(a / b for a, b in zip(app, bare, strict=True) if a is not None and b is not None)
    if len(pairs) >= 4:
        result["pair_ratio_p25_p75"] = [round(percentile(pairs, 25), 2), round(percentile(pairs, 75), 2)]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="store to open (built beforehand)")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.db.resolve(), repeats=args.repeats)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
