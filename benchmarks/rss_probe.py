"""Peak resident memory of the app on a store: ``python -m benchmarks.rss_probe STORE|--bare``.

Run in a subprocess of its own so that the figure is the app's alone: it opens
the store, runs the app headless until its tables are loaded, searches once (the
first search builds the word index), and prints one JSON line with the process's peak RSS in MB.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from benchmarks.app_bench import LOAD_POLL, LOAD_TIMEOUT, SIZE, loaded, make_app, settled, wait_for
from benchmarks.bare_app import BareApp
from benchmarks.measure import peak_rss_mb


async def _run(db: Path | None) -> bool:
    app = BareApp() if db is None else make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        start = time.perf_counter()
        await wait_for(pilot, lambda: settled(app, start), LOAD_TIMEOUT, LOAD_POLL)
        await pilot.pause()
        if db is None:
            return True
        ok = loaded(app)
        # A search, so that the word index it builds on the first / is counted too.
        await pilot.press("slash", *"troops")
        await app.workers.wait_for_complete()
        await pilot.press("s")
        return ok


def main() -> int:
    db = None if sys.argv[1] == "--bare" else Path(sys.argv[1])
    ok = asyncio.run(_run(db))
    print(json.dumps({"peak_rss_mb": peak_rss_mb(), "loaded": ok}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
