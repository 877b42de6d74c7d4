"""Headless app timings with ``App.run_test()``: first paint, fully loaded, keypress latency.

The probes are duck-typed over the widgets on screen (anything with ``rows``,
``row_count`` or ``option_count`` is a table; ``cursor``, ``cursor_coordinate``
or ``highlighted`` its selection) so the harness measures whatever the browser
uses without reaching into it: a key counts as handled when the app's own state
(the screen, focus, the selected claim and filters, cursors, row counts) has
changed, and as shown when the screen has refreshed after that.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.worker import WorkerState

from benchmarks.bare_app import BareApp
from benchmarks.measure import median, ms, percentile

SIZE = (160, 48)
LOAD_TIMEOUT = 30.0
KEY_TIMEOUT = 1.0
GRACE = 1.0
LOAD_POLL = 0.01
"""Seconds between checks for a loaded app: often enough for the figure, rarely enough not to slow the load."""


def _rows(widget: Widget) -> int | None:
    for name in ("row_count", "option_count"):
        value = getattr(widget, name, None)
        if isinstance(value, int):
            return value
    rows = getattr(widget, "rows", None)
    if rows is not None and hasattr(rows, "__len__") and not isinstance(rows, str):
        return len(rows)
    return None


def _cursor(widget: Widget) -> object:
    for name in ("cursor_coordinate", "cursor", "highlighted"):
        value = getattr(widget, name, None)
        if value is not None and not callable(value):
            return value
    return None


def tables(app: App[Any]) -> list[Widget]:
    """The table-like widgets on the current screen."""
    found = []
    for widget in app.screen.query("*"):
        try:
            if _rows(widget) is not None:
                found.append(widget)
        except Exception:  # a widget property that needs a mounted child; not a table
            continue
    return found


STATE_ATTRIBUTES = ("claim", "filters", "selected", "query")
"""Attributes of the app and its screen that hold the browser's selection, when it has them."""


def state(app: App[Any], widgets: list[Widget] | None = None) -> tuple[object, ...]:
    """What a keypress can change: screen, focus, the selection, and every table's rows and cursor.

    Args:
        app: the running app.
        widgets: the tables, when already known (querying the DOM on every poll would slow the app down).
    """
    focused = app.focused
    parts: list[object] = [id(app.screen), id(focused) if focused else None]
    for owner in (app, app.screen):
        for name in STATE_ATTRIBUTES:
            value = getattr(owner, name, None)
            if value is not None and not callable(value):
                parts.append((name, getattr(value, "id", value)))
    for widget in tables(app) if widgets is None else widgets:
        parts.append((widget.id, _rows(widget), _cursor(widget)))
    return tuple(parts)


def _busy(app: App[Any]) -> bool:
    return any(w.state in (WorkerState.PENDING, WorkerState.RUNNING) for w in app.workers)


def _preview(app: App[Any]) -> bool:
    """Whether the screen says it shows only a preview of the store (a ``partial`` attribute, when it has one).

    A browser that paints the first rows of a large store at once has tables with rows
    before the store is loaded, and may not have started its loading worker yet.
    """
    return bool(getattr(app.screen, "partial", False))


def loaded(app: App[Any]) -> bool:
    """Tables on screen, at least one with rows, no worker still running, and not a preview."""
    counts = [_rows(w) or 0 for w in tables(app)]
    return bool(counts) and max(counts) > 0 and not _busy(app) and not _preview(app)


def settled(app: App[Any], since: float) -> bool:
    """Loaded, or nothing left that could load: no table and no worker after a grace second."""
    if loaded(app):
        return True
    return not tables(app) and not _busy(app) and time.perf_counter() - since > GRACE


async def wait_for(pilot: Pilot[Any], done: Callable[[], bool], timeout: float, interval: float = 0.001) -> bool:
    """Poll ``done`` every ``interval`` seconds on the app's event loop; False after ``timeout`` seconds."""
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            return False
        await asyncio.sleep(interval)
    return True


async def _startup(make: Callable[[], App[Any]], ready: Callable[[App[Any]], bool] | None) -> dict[str, Any]:
    """One launch: until the first frame, until the screen settled, and (with ``ready``) until fully loaded.

    The first frame is the end of the screen's first layout, which renders the whole screen and hands it to
    the driver: Textual then posts the app its ``Ready`` event (seen here through ``run_test``'s message
    hook). The screen has settled when it is next clean (``call_after_refresh``): after the startup resize
    passes, the widgets' answers to their first Resize and the refreshes those asked for.
    """
    first_frame: list[float] = []

    def hook(message: object) -> None:
        if not first_frame and isinstance(message, events.Ready):
            first_frame.append(time.perf_counter())

    start = time.perf_counter()
    app = make()
    async with app.run_test(size=SIZE, message_hook=hook) as pilot:
        # Not pilot.pause(): that waits for the process to go idle, which a loading worker prevents.
        painted = asyncio.Event()
        app.call_after_refresh(painted.set)
        await painted.wait()
        settled_s = time.perf_counter() - start
        await wait_for(pilot, lambda: bool(first_frame), LOAD_TIMEOUT)
        full = None
        if ready is not None:
            await wait_for(pilot, lambda: settled(app, start), LOAD_TIMEOUT, LOAD_POLL)
            full = time.perf_counter() - start if ready(app) else None
        return {
            "first_paint_s": first_frame[0] - start if first_frame else None,
            "settled_s": settled_s,
            "loaded_s": full,
            "tables": len(tables(app)),
        }


async def _launch(make: Callable[[], App[Any]], ready: Callable[[App[Any]], bool] | None) -> dict[str, Any]:
    """One launch (:func:`_startup`), then what it left behind released, as the end of its process would.

    Without this every launch after the first would run beside the stores of earlier ones (~250 MB each at
    10,000 articles) and time the growth of the process rather than a launch. Two things keep an app alive
    after it exits: the event loop's executor thread, where Textual runs thread workers, holds the first app's
    stderr capture (``Thread._stderr`` is taken when the thread starts) and the last worker (the thread's
    context); the context of the task that ran the app (Textual's active app); and the records the app froze
    out of the collector's reach (``gc.freeze``). So each launch runs in a task and with an executor of its
    own, and the frozen records are handed back and collected, outside the clock.
    """
    loop = asyncio.get_running_loop()
    executor = ThreadPoolExecutor(thread_name_prefix="launch")
    loop.set_default_executor(executor)
    try:
        # In a task of its own, so that the context variables Textual sets (the active app) go with it.
        return await asyncio.create_task(_startup(make, ready))
    finally:
        executor.shutdown(wait=True)
        loop.set_default_executor(ThreadPoolExecutor(thread_name_prefix="launch"))  # the old one keeps its threads
        del executor
        gc.unfreeze()
        gc.enable()  # when the launch ended before the app turned it back on
        gc.collect()


def make_app(db: Path) -> App[Any]:
    """The app as ``nkru-tui --db`` builds it: the collector off (the launcher, ``tui.cli.main``, turns it off
    first thing and the app turns it on once the store is loaded), the store's preview (read here, inside the
    clock) for the first screen, and a function that opens the store (the app calls it in a worker, so the
    clock covers it)."""
    from store.preview import open_with_preview, read_preview
    from tui.app import NkruApp

    gc.disable()
    return NkruApp(lambda: open_with_preview(db), read_preview(db))


async def startup_times(db: Path, repeats: int = 3) -> dict[str, Any]:
    """Median first paint and fully-loaded times of the app on ``db`` and of the bare app.

    The clock starts before the store is opened, as in a real launch; Textual is
    imported first so that neither side pays for imports.
    """
    import tui.app  # noqa: F401

    bare = [await _launch(BareApp, None) for _ in range(repeats)]
    runs = [await _launch(lambda: make_app(db), loaded) for _ in range(repeats)]
    bare_first = median([r["first_paint_s"] for r in bare])
    first = median([r["first_paint_s"] for r in runs])
    bare_settled = median([r["settled_s"] for r in bare])
    settled_s = median([r["settled_s"] for r in runs])
    full = [r["loaded_s"] for r in runs if r["loaded_s"] is not None]
    return {
        "bare_first_paint_ms": ms(bare_first),
        "first_paint_ms": ms(first),
        "first_paint_vs_bare": round(first / bare_first, 2),
        "bare_settled_ms": ms(bare_settled),
        "settled_ms": ms(settled_s),
        "settled_vs_bare": round(settled_s / bare_settled, 2),
        "loaded_ms": ms(median(full)) if full else None,
        "tables_on_screen": runs[-1]["tables"],
    }


KEY_NAMES = {"]": "right_square_bracket", "[": "left_square_bracket", "/": "slash", " ": "space"}
KEY_CHARS = {"tab": "\t", "escape": "\x1b", "enter": "\r"}


def key_event(key: str) -> events.Key:
    """The event a terminal would deliver for ``key`` (a character or a key name such as ``tab``)."""
    if len(key) == 1:
        return events.Key(KEY_NAMES.get(key, key), key)
    return events.Key(key, KEY_CHARS.get(key))


Sample = tuple[float, float] | None
"""(seconds until the app's state changed, seconds until the screen was refreshed after it), or None."""


async def _latency(pilot: Pilot[Any], app: App[Any], key: str) -> Sample:
    """Latency of ``key``: until the app's state changed, and until a frame showing it was drawn.

    The key is posted to the app as the terminal driver posts it; Pilot.press is not used for
    timing because it sleeps while waiting for the app to go idle. None: nothing changed within a second.

    Shown is the end of the first frame the screen hands to the driver (``App._display``, wrapped here for
    the one key) while the state already differs: that frame was rendered from the new state. (The app going
    idle is not enough: ``call_after_refresh`` on the app can run before the screen has rendered anything,
    and about every other key then counted as shown with no frame drawn at all.)
    """
    widgets = tables(app)
    before = state(app, widgets)
    drawn = asyncio.Event()
    drawn_at = [0.0]
    display = app._display

    def frame(screen: Any, renderable: Any) -> None:
        display(screen, renderable)
        if not drawn.is_set() and state(app, widgets) != before:
            drawn_at[0] = time.perf_counter()
            drawn.set()

    app._display = frame  # type: ignore[method-assign]
    try:
        start = time.perf_counter()
        app.post_message(key_event(key))
        if not await wait_for(pilot, lambda: state(app, widgets) != before, KEY_TIMEOUT):
            return None
        changed = time.perf_counter() - start
        await asyncio.wait_for(drawn.wait(), KEY_TIMEOUT)
        return changed, drawn_at[0] - start
    finally:
        del app._display  # the class's method again


def _summary(samples: list[Sample]) -> dict[str, Any]:
    good = [s for s in samples if s is not None]
    shown = [s[1] for s in good]
    changed = [s[0] for s in good]
    return {
        "p50_ms": ms(percentile(shown, 50)) if good else None,
        "p95_ms": ms(percentile(shown, 95)) if good else None,
        "max_ms": ms(max(shown)) if good else None,
        "state_p50_ms": ms(percentile(changed, 50)) if good else None,
        "state_p95_ms": ms(percentile(changed, 95)) if good else None,
        "n": len(good),
        "unchanged": len(samples) - len(good),
    }


async def _search(pilot: Pilot[Any], app: App[Any], query: str) -> list[Sample]:
    """Open search and type ``query``: the latency of every keystroke until the results changed."""
    await pilot.press("slash")
    await pilot.pause()
    samples = [await _latency(pilot, app, char) for char in query]
    await pilot.press("escape")
    await pilot.pause()
    return samples


async def key_latencies(db: Path, *, repeats: int = 30, queries: tuple[str, ...] = ()) -> dict[str, Any]:
    """p50/p95 latency of ``n``, ``]``, ``tab`` and typing a search on the store at ``db``."""
    app = make_app(db)
    async with app.run_test(size=SIZE) as pilot:
        start = time.perf_counter()
        await wait_for(pilot, lambda: settled(app, start), LOAD_TIMEOUT, LOAD_POLL)
        if not loaded(app):
            return {"error": "the app shows no populated table to measure keys on"}
        store = getattr(app, "store", None)
        result: dict[str, Any] = {"claims": len(store.claims())} if store is not None else {}
        # What the panes hold when the keys are pressed (the claims pane should hold every claim).
        result["rows_shown"] = max(_rows(w) or 0 for w in tables(app))
        for key in ("n", "]", "tab"):
            result[key] = _summary([await _latency(pilot, app, key) for _ in range(repeats)])
            await pilot.pause()
        searches = [sample for q in queries for sample in await _search(pilot, app, q)]
        result["search"] = _summary(searches)
    result["bare"] = await bare_key_latency(repeats)
    return result


async def bare_key_latency(repeats: int) -> dict[str, Any]:
    """The floor: a key that rewrites the one label of the bare app, measured the same way."""
    app = BareApp()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        return _summary([await _latency(pilot, app, "n") for _ in range(repeats)])


def run(coro: Awaitable[dict[str, Any]]) -> dict[str, Any]:
    """Run one async benchmark to completion."""
    return asyncio.run(coro)  # type: ignore[arg-type]
