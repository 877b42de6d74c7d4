"""The README's results table: every figure beside its floor and its target.

The table lives between ``<!-- bench:start -->`` and ``<!-- bench:end -->`` in
README.md; :func:`update_readme` replaces only that part.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"


def _get(results: dict[str, Any], *keys: str) -> Any:
    node: Any = results
    for key in keys:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def _fmt(value: Any, unit: str = "") -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        value = f"{value:,.0f}" if value >= 1000 else f"{value:,.3g}" if value < 10 else f"{value:,.1f}"
    elif isinstance(value, int):
        value = f"{value:,}"
    return f"{value}{unit}"


def _met(ok: bool | None) -> str:
    return "n/a" if ok is None else ("yes" if ok else "**no**")


def _check(value: Any, limit: float) -> bool | None:
    return None if value is None else value <= limit


def _spread(first_paint: dict[str, Any]) -> str:
    spread = first_paint.get("pair_ratio_p25_p75")
    n = first_paint.get("repeats")
    return f" (launch pairs, {n} each: {spread[0]}-{spread[1]}x, p25-p75)" if spread else ""


def _append_rows(append: dict[str, Any], scaled: str) -> list[tuple[str, str, str, str, str]]:
    out = []
    for n, label in ((1, "1_article"), (5, "5_articles")):
        extended, full = append.get(f"{label}_incremental", {}), append.get(f"{label}_recomputed", {})
        if extended:
            out.append(
                (
                    f"add {n} article{'s' if n > 1 else ''} to the {scaled}-article store (write; whole ingest call)",
                    f"{_fmt(extended.get('write_s'), ' s')}; {_fmt(extended.get('ingest_s'), ' s')}",
                    f"recomputing the derived tables: {_fmt(full.get('write_s'), ' s')};"
                    f" {_fmt(full.get('ingest_s'), ' s')}",
                    "",
                    "",
                )
            )
    return out


def _ratio(value: float | None, floor: float | None) -> float | None:
    return None if value is None or not floor else round(value / floor, 1)


def rows(r: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """(figure, measured, floor, target, met) rows from one run's results."""
    ing, load, big = r.get("ingest", {}), r.get("load", {}), r.get("load_scaled", {})
    app, tmux, keys, rss = r.get("app", {}), r.get("tmux", {}), r.get("keys", {}), r.get("rss", {})
    seeds = r.get("tmux_seeds", {})
    n, scaled = _fmt(ing.get("articles")), _fmt(big.get("articles"))
    claims = _fmt(_get(keys, "claims") or big.get("claims"))
    jobs = ing.get("jobsN")
    out = [
        (
            f"ingest {n} articles, 1 core",
            f"{_fmt(ing.get('jobs1_s'), ' s')} ({_fmt(ing.get('jobs1_articles_per_s'))} art/s, "
            f"{_fmt(ing.get('jobs1_words_per_s'))} words/s): extraction {_fmt(ing.get('jobs1_extract_s'), ' s')},"
            f" write {_fmt(ing.get('jobs1_write_s'), ' s')}; {_fmt(ing.get('jobs1_cores_used'))} cores busy",
            f"{_fmt(ing.get('floor_s'), ' s')} raw TinyDB insert",
            "",
            "",
        ),
        (
            f"ingest {n} articles, {_fmt(jobs)} cores",
            f"{_fmt(ing.get('jobsN_s'), ' s')} ({_fmt(ing.get('jobsN_articles_per_s'))} art/s, "
            f"{_fmt(ing.get('jobsN_words_per_s'))} words/s) = {_fmt(ing.get('jobsN_vs_floor'))}x floor:"
            f" extraction {_fmt(ing.get('jobsN_extract_s'), ' s')}, write {_fmt(ing.get('jobsN_write_s'), ' s')}"
            f" (the write alone is {_fmt(_ratio(ing.get('jobsN_write_s'), ing.get('floor_s')))}x the floor);"
            f" {_fmt(ing.get('jobsN_cores_used'))} cores busy",
            f"{_fmt(ing.get('floor_s'), ' s')}",
            "<= 10x floor",
            _met(_check(ing.get("jobsN_vs_floor"), 10)),
        ),
    ]
    for label, data in ((n, load), (scaled, big)):
        if data:
            out.append(
                (
                    f"store at {label} articles ({_fmt(data.get('claims'))} claims): size, Store.open",
                    f"{_fmt(data.get('size_mb'), ' MB')}, {_fmt(data.get('open_s'), ' s')}",
                    f"json {_fmt(data.get('json_s'), ' s')}, orjson {_fmt(data.get('orjson_s'), ' s')}",
                    "",
                    "",
                )
            )
    out += [
        (
            f"first frame; screen settled: headless run_test (the run only: both sides imported before the clock),"
            f" {scaled} articles",
            _fmt(app.get("first_paint_ms"), " ms")
            + f" = {_fmt(app.get('first_paint_vs_bare'))}x bare; "
            + _fmt(app.get("settled_ms"), " ms")
            + f" = {_fmt(app.get('settled_vs_bare'))}x bare",
            f"bare app {_fmt(app.get('bare_first_paint_ms'), ' ms')}; {_fmt(app.get('bare_settled_ms'), ' ms')}",
            "<= 1.5x bare",
            _met(_check(app.get("first_paint_vs_bare"), 1.5)),
        ),
        (
            f"first paint (panes with figures) in tmux 160x48, {scaled} articles",
            _fmt(tmux.get("app_ms"), " ms") + f" = {_fmt(tmux.get('ratio'))}x bare" + _spread(tmux),
            f"bare app {_fmt(tmux.get('bare_ms'), ' ms')}",
            "<= 1.5x bare (issue 3: 1.2x at seeds size)",
            _met(_check(tmux.get("ratio"), 1.5)),
        ),
        (
            "first paint (panes with figures) in tmux 160x48, the bundled seeds",
            _fmt(seeds.get("app_ms"), " ms") + f" = {_fmt(seeds.get('ratio'))}x bare" + _spread(seeds),
            f"bare app {_fmt(seeds.get('bare_ms'), ' ms')}",
            "<= 1.2x bare (issue 3)",
            _met(_check(seeds.get("ratio"), 1.2)),
        ),
        (
            f"fully loaded (tables populated), headless, {scaled} articles",
            _fmt(app.get("loaded_ms"), " ms"),
            "",
            "<= 2 s",
            _met(_check(app.get("loaded_ms"), 2000)),
        ),
    ]
    bare_p50, bare_p95 = _fmt(_get(keys, "bare", "p50_ms"), " ms"), _fmt(_get(keys, "bare", "p95_ms"), " ms")
    bare_keys = f"bare app label update {bare_p50} / {bare_p95}"
    for key, label in (("n", "`n` next claim"), ("]", "`]` next conflict"), ("tab", "`tab` pane switch")):
        out.append(
            (
                f"keypress {label}, {claims} claims (p50 / p95 until shown; state changed)",
                f"{_fmt(_get(keys, key, 'p50_ms'), ' ms')} / {_fmt(_get(keys, key, 'p95_ms'), ' ms')}"
                f" ({_fmt(_get(keys, key, 'state_p50_ms'), ' ms')} / {_fmt(_get(keys, key, 'state_p95_ms'), ' ms')})",
                bare_keys,
                "p95 < 30 ms",
                _met(_check(_get(keys, key, "p95_ms"), 30)),
            )
        )
    out += [
        (
            f"`/` search results update per keystroke, {claims} claims (p50 / p95 until shown; state changed)",
            f"{_fmt(_get(keys, 'search', 'p50_ms'), ' ms')} / {_fmt(_get(keys, 'search', 'p95_ms'), ' ms')}"
            f" ({_fmt(_get(keys, 'search', 'state_p50_ms'), ' ms')} /"
            f" {_fmt(_get(keys, 'search', 'state_p95_ms'), ' ms')})",
            bare_keys,
            "< 50 ms",
            _met(_check(_get(keys, "search", "p95_ms"), 50)),
        ),
        *_append_rows(r.get("append", {}), scaled),
        (
            f"peak RSS of the app, {scaled} articles",
            _fmt(rss.get("peak_rss_mb"), " MB"),
            f"bare app {_fmt(rss.get('bare_peak_rss_mb'), ' MB')}",
            "< 500 MB",
            _met(_check(rss.get("peak_rss_mb"), 500)),
        ),
    ]
    return out


def _loads(values: Any) -> str:
    return "/".join(str(v) for v in values) if values else "n/a"


def render(results: dict[str, Any], note: str = "") -> str:
    """The Markdown block (markers included) for ``results``."""
    m = results.get("machine", {})
    lines = [
        START,
        f"Run {results.get('date', '?')} with `python -m benchmarks --articles {results.get('articles')}`"
        f" ({results.get('total_s', '?')} s in all) on {m.get('cpu')}, {m.get('cores')} cores,"
        f" {m.get('ram_gb')} GB RAM, Python {m.get('python')}, {m.get('os')};"
        f" load average (1/5/15 min) {_loads(results.get('load_average_start'))} at the start,"
        f" {_loads(results.get('load_average_end'))} at the end." + (f" {note}" if note else ""),
        "",
        "| figure | measured | floor (same run) | target | met |",
        "|---|---|---|---|---|",
    ]
    lines += [f"| {' | '.join(row)} |" for row in rows(results)]
    stages = _get(results, "ingest", "extract_stages")
    if stages:
        shares = ", ".join(f"{stage} {share:.0%}" for stage, share in stages.items())
        lines.append(f"\nExtraction time by stage (cProfile over 100 of the articles): {shares}.")
    for name, part in results.items():
        if isinstance(part, dict) and part.get("error"):
            lines.append(f"\n{name}: {part['error']}")
    lines.append(END)
    return "\n".join(lines)


def update_readme(path: Path, block: str) -> None:
    """Replace the text between the markers in ``path`` (append a section when they are missing)."""
    text = path.read_text(encoding="utf-8")
    if START in text and END in text:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        text = head + block + tail
    else:
        text = text.rstrip("\n") + "\n\n## Performance\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.readme RESULTS.json [NOTE]``: rewrite the table from a saved JSON line."""
    import json
    import sys

    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m benchmarks.readme RESULTS.json [NOTE]", file=sys.stderr)
        return 2
    results = json.loads(Path(args[0]).read_text(encoding="utf-8").strip().splitlines()[-1])
    update_readme(Path(__file__).resolve().parent.parent / "README.md", render(results, " ".join(args[1:])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
