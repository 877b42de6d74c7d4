"""Time the actor and attribution stages of extraction, per article.

``python -m benchmarks.actors_bench [--repeat 400]`` runs the bundled seeds ``repeat``
times through sentence splitting, :func:`store.extract.actors.find_actors` and the
:class:`store.extract.attribution.Attributor` (every figure of every sentence), and
prints one JSON line with CPU milliseconds per article for each stage and for the
whole :func:`store.extract.extract_article`. CPU time (``time.process_time``) is used
so that other work on a shared machine does not inflate the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from store.extract import extract_article
from store.extract.actors import find_actors
from store.extract.attribution import Attributor
from store.extract.figures import find_figures
from store.extract.sentences import split_sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; prints the timings as one JSON line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.actors_bench", description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=400, help="how many times to run each seed (default: 400)")
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for text in texts:  # warm the compiled patterns and the gazetteer
        extract_article(text, "warm-up.txt")
    articles = texts * args.repeat
    prepared = [(t, split_sentences(t, 0)) for t in articles]
    figures = [[(i, f) for i, (s, e) in enumerate(spans) for f in find_figures(t, s, e)] for t, spans in prepared]

    t0 = time.process_time()
    indexes = [find_actors(t, spans) for t, spans in prepared]
    t1 = time.process_time()
    for (text, spans), index, found in zip(prepared, indexes, figures, strict=True):
        attributor = Attributor(text, spans, index)
        for i, figure in found:
            attributor.source_of(i, figure)
    t2 = time.process_time()
    for text in articles:
        extract_article(text, "bench.txt")
    t3 = time.process_time()

    n = len(articles)
    print(
        json.dumps(
            {
                "articles": n,
                "actors_ms_per_article": round(1000 * (t1 - t0) / n, 3),
                "attribution_ms_per_article": round(1000 * (t2 - t1) / n, 3),
                "extract_article_ms_per_article": round(1000 * (t3 - t2) / n, 3),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
