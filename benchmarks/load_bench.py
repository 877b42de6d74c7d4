"""Store size on disk and load time, against parsing the same file with json and orjson."""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from benchmarks.measure import best_of
from store import Store


def _parse_floor(parse: Callable[[bytes], object], path: Path) -> Callable[[], object]:
    def run() -> object:
        # The floor is the least any loader pays: parsing with the cyclic GC paused, as Store.open does.
        gc.disable()
        try:
            return parse(path.read_bytes())
        finally:
            gc.enable()

    return run


def bench_load(path: Path, *, repeats: int = 3) -> dict[str, Any]:
    """Best-of-``repeats`` seconds for ``Store.open`` and for the bare JSON parses of ``path``."""
    counts: dict[str, int] = {}

    def open_store() -> None:
        store = Store.open(path)
        counts.update(articles=len(store.articles()), claims=len(store.claims()))

    open_s = best_of(open_store, repeats)  # each store is dropped before the next run
    gc.collect()
    return {
        **counts,
        "size_mb": round(path.stat().st_size / 1_048_576, 2),
        "open_s": round(open_s, 3),
        "json_s": round(best_of(_parse_floor(json.loads, path), repeats), 3),
        "orjson_s": round(best_of(_parse_floor(orjson.loads, path), repeats), 3),
    }
