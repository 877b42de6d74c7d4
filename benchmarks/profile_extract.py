"""Where extraction time goes: each stage's share of ``extract_article``, by cProfile.

A stage is whatever ``store.extract.pipeline.extract_article`` calls directly,
grouped by module (``actors``, ``attribution``, ``figures`` ...), so the
breakdown follows the pipeline as it is rewritten without naming its functions.

``python -m benchmarks.profile_extract [--articles 100] [--repeat 3]`` prints one JSON line: the stage
shares over that many synthetic articles, and the plain CPU milliseconds per article of ``extract_article``
(median of ``repeat`` runs, no profiler attached).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path


def stage_shares(texts: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Share (0-1) of extraction time per stage module over ``(file, text)`` pairs, largest first."""
    from store.extract.pipeline import extract_article

    extract_article(texts[0][1], texts[0][0])  # data and patterns load outside the profile
    profile = cProfile.Profile()
    profile.enable()
    for file, text in texts:
        extract_article(text, file)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    entry = next(key for key in stats if key[2] == "extract_article" and key[0].endswith("pipeline.py"))
    total = stats[entry][3]
    by_stage: dict[str, float] = defaultdict(float)
    for (path, _line, _name), (*_, callers) in stats.items():
        if entry in callers:
            by_stage["builtins" if path == "~" else _stage_name(Path(path))] += callers[entry][3]
    shares = {stage: round(seconds / total, 3) for stage, seconds in by_stage.items() if seconds / total >= 0.005}
    return dict(sorted(shares.items(), key=lambda kv: -kv[1]))


def _stage_name(path: Path) -> str:
    """``figures`` for store/extract/figures.py; a stage split into a package is named after it."""
    if path.parent.parent.name == "extract" and path.parent.parent.parent.name == "store":
        return path.parent.name
    return path.stem


def ms_per_article(texts: Sequence[tuple[str, str]], repeat: int = 3) -> float:
    """CPU milliseconds per article of ``extract_article`` over ``(file, text)`` pairs, median of ``repeat`` runs."""
    from store.extract.pipeline import extract_article

    extract_article(texts[0][1], texts[0][0])
    runs = []
    for _ in range(repeat):
        start = time.process_time()
        for file, text in texts:
            extract_article(text, file)
        runs.append(1000 * (time.process_time() - start) / len(texts))
    return round(statistics.median(runs), 3)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; prints the stage shares and ms/article as one JSON line."""
    from benchmarks.synth import iter_articles

    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_extract", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100, help="synthetic articles to run (default: 100)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the median is reported (default: 3)")
    args = parser.parse_args(argv)
    texts = [(f"{a.index:06d}.txt", a.text) for a in iter_articles(args.articles)]
    result = {
        "articles": len(texts),
        "ms_per_article": ms_per_article(texts, args.repeat),
        "stages": stage_shares(texts),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
