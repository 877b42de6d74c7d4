"""Run the benchmark suite: ``python -m benchmarks [--articles N] [--smoke] [--jobs N] [--update-readme]``.

Prints one JSON line of figures on stdout (each beside its floor, measured in
the same run) and a short summary on stderr. Exits non-zero when a part of
the suite fails to run; missing a target is reported, not an error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks import app_bench, append_bench, first_paint_tmux, readme
from benchmarks.ingest_bench import bench_ingest
from benchmarks.load_bench import bench_load
from benchmarks.machine import describe
from benchmarks.rss_bench import bench_rss
from benchmarks.scale import build_scaled_store
from benchmarks.synth import write_articles
from store import Store
from store.preview import open_with_preview

README = Path(__file__).resolve().parent.parent / "README.md"
SEARCH_QUERIES = ("Zhukov", "shells", "Kursk", "Pentagon", "missiles", "Kim", "troops", "Ishikawa")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="Run nkru-tui's benchmark suite.")
    parser.add_argument("--articles", type=int, default=1000, help="synthetic articles to ingest (default 1000)")
    parser.add_argument("--smoke", action="store_true", help="50 articles, every part quickly (for CI)")
    parser.add_argument("--jobs", type=int, default=0, help="processes for the all-cores ingest (0: one per core)")
    parser.add_argument("--scale-articles", type=int, default=10_000, help="articles in the large store")
    parser.add_argument("--scale-claims", type=int, default=100_000, help="claims in the large store")
    parser.add_argument("--repeats", type=int, default=3, help="launches per side in the tmux measurement")
    parser.add_argument("--json-only", action="store_true", help="no summary on stderr")
    parser.add_argument("--update-readme", action="store_true", help="rewrite the README's results table")
    parser.add_argument("--note", default="", help="a remark for the README row (e.g. shared machine)")
    parser.add_argument("--workdir", type=Path, help="keep the generated files here (default: a temp folder)")
    return parser


def run_suite(args: argparse.Namespace, work: Path, log: Callable[[str], None]) -> dict[str, Any]:
    """Every part of the suite; a part that fails records its error and the rest still run."""
    results: dict[str, Any] = {
        "articles": args.articles,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": describe(),
        "load_average_start": [round(x, 1) for x in os.getloadavg()],
    }
    state: dict[str, Path] = {}

    def part(name: str, fn: Callable[[], dict[str, Any]]) -> None:
        log(f"{name} ...")
        start = time.perf_counter()
        try:
            results[name] = fn()
        except Exception as exc:  # reported in the JSON and by the exit code
            traceback.print_exc(file=sys.stderr)
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
        log(f"{name}: {time.perf_counter() - start:.1f} s")

    def ingest() -> dict[str, Any]:
        write_articles(work / "articles", args.articles)
        figures, path = bench_ingest(work / "articles", work, jobs=args.jobs or None)
        state["store"] = path
        return figures

    def scaled() -> dict[str, Any]:
        ingested = results.get("ingest", {})
        if ingested.get("articles", 0) >= args.scale_articles and ingested.get("claims", 0) >= args.scale_claims:
            state["scaled"] = state["store"]  # the real ingest is already large enough
        else:
            state["scaled"] = work / "scaled" / "store.json"
            build_scaled_store(state["store"], state["scaled"], articles=args.scale_articles, claims=args.scale_claims)
            open_with_preview(state["scaled"])  # as every store nkru-tui writes, it gets its preview
        return {**bench_load(state["scaled"], repeats=1), "copied": state["scaled"] != state["store"]}

    part("ingest", ingest)
    part("load", lambda: bench_load(state["store"], repeats=3))
    part("load_scaled", scaled)
    big = lambda: state.get("scaled") or state["store"]  # noqa: E731
    part("app", lambda: app_bench.run(app_bench.startup_times(big(), repeats=1 if args.smoke else 2)))
    part(
        "keys",
        lambda: app_bench.run(
            app_bench.key_latencies(
                big(), repeats=5 if args.smoke else 30, queries=SEARCH_QUERIES[: 2 if args.smoke else 5]
            )
        ),
    )
    part("rss", lambda: bench_rss(big()))
    os.sync()  # the launches below are timed: no writeback of the files written so far running beside them
    part("tmux", lambda: first_paint_tmux.measure(big(), repeats=1 if args.smoke else args.repeats))

    def seeds() -> dict[str, Any]:
        path = work / "seeds" / "store.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        Store.open(path)  # built from the bundled seeds, as on a first launch
        return first_paint_tmux.measure(path, repeats=1 if args.smoke else args.repeats + 2)

    part("tmux_seeds", seeds)
    # Last: it writes several copies of the large store.
    part("append", lambda: append_bench.measure(big(), runs=1))  # one run each: the suite stays under 2 min
    return results


def _summary(results: dict[str, Any]) -> str:
    return "\n".join(" | ".join(cell for cell in row if cell) for row in readme.rows(results))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.smoke:
        args.articles, args.scale_articles, args.scale_claims, args.repeats = 50, 200, 2_000, 1
    log = (lambda _msg: None) if args.json_only else (lambda msg: print(msg, file=sys.stderr, flush=True))
    start = time.perf_counter()
    first_paint_tmux.byte_compile()  # every launch below runs from bytecode, as an installed copy does
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        results = run_suite(args, args.workdir, log)
    else:
        with tempfile.TemporaryDirectory(prefix="nkru-bench-") as tmp:
            results = run_suite(args, Path(tmp), log)
    results["total_s"] = round(time.perf_counter() - start, 1)
    results["load_average_end"] = [round(x, 1) for x in os.getloadavg()]
    print(json.dumps(results))
    if not args.json_only:
        print(_summary(results), file=sys.stderr)
    if args.update_readme:
        readme.update_readme(README, readme.render(results, args.note))
    failed = [name for name, part in results.items() if isinstance(part, dict) and "error" in part]
    if failed:
        print(f"benchmarks: these parts failed to run: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
