"""Store size on disk and load time, against parsing the same file with json and orjson."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import orjson

from benchmarks.measure import best_of
from store import Store


def bench_load(path: Path, *, repeats: int = 3) -> dict[str, Any]:
    """Best-of-``repeats`` seconds for ``Store.open`` and for the bare JSON parses of ``path``."""
    opened: list[Store] = []
    open_s = best_of(lambda: opened.append(Store.open(path)), repeats)
    store = opened[-1]
    return {
        "articles": len(store.articles()),
        "claims": len(store.claims()),
        "size_mb": round(path.stat().st_size / 1_048_576, 2),
        "open_s": round(open_s, 3),
        "json_s": round(best_of(lambda: json.loads(path.read_bytes()), repeats), 3),
        "orjson_s": round(best_of(lambda: orjson.loads(path.read_bytes()), repeats), 3),
    }
