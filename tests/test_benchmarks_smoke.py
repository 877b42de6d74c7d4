"""The benchmark suite's parts work on a handful of articles (no timing is asserted here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import app_bench, readme
from benchmarks.ingest_bench import bench_ingest
from benchmarks.load_bench import bench_load
from benchmarks.scale import build_scaled_store
from benchmarks.synth import iter_articles, make_article, write_articles
from store import Store
from store.extract import extract_article


def test_generator_is_deterministic_and_independent_of_count() -> None:
    first = [a.text for a in iter_articles(4)]
    again = [a.text for a in iter_articles(6)][:4]
    assert first == again
    assert make_article(2).text == first[2]
    assert make_article(2, seed=7).text != first[2]
    assert len(set(first)) == 4


def test_articles_look_like_news_with_figures_written_as_found() -> None:
    for article in iter_articles(5):
        assert 500 <= article.words <= 900
        assert article.figures
        for figure in article.figures:
            assert figure.lower() in article.text.lower()  # a figure may open its sentence
        assert "Published " in article.text


def test_articles_are_parseable_into_claims() -> None:
    drafts = [extract_article(a.text, f"{a.index}.txt") for a in iter_articles(3)]
    assert all(d.claims for d in drafts)
    for draft in drafts:
        for claim in draft.claims:
            assert draft.text[claim.start : claim.end] == claim.text


def test_names_are_many_and_varied() -> None:
    bylines = {line for a in iter_articles(40) for line in a.text.splitlines() if line.startswith("By ")}
    assert len(bylines) >= 10


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    work = tmp_path_factory.mktemp("bench")
    write_articles(work / "articles", 6)
    return bench_ingest(work / "articles", work, jobs=2)


def test_ingest_benchmark_reports_every_figure(built: tuple[dict, Path]) -> None:
    figures, path = built
    assert figures["articles"] == 6
    assert figures["claims"] > 0
    for key in ("floor_s", "jobs1_s", "jobsN_s", "jobsN_vs_floor", "jobs1_words_per_s"):
        assert figures[key] > 0
    assert len(Store.open(path).articles()) == 6


def test_load_benchmark_and_scaled_store(built: tuple[dict, Path], tmp_path: Path) -> None:
    _, path = built
    load = bench_load(path, repeats=1)
    assert load["articles"] == 6 and load["size_mb"] > 0
    target = tmp_path / "scaled.json"
    counts = build_scaled_store(path, target, articles=15, claims=1)
    store = Store.open(target)
    assert counts["articles"] == len(store.articles()) == 15
    assert len({a.content_hash for a in store.articles()}) == 15
    for claim in store.claims()[:50]:
        article = store.article(claim.article_id)
        assert article is not None and article.text[claim.start : claim.end] == claim.text


async def test_app_benchmarks_run_on_a_small_store(built: tuple[dict, Path]) -> None:
    _, path = built
    startup = await app_bench.startup_times(path, repeats=1)
    assert startup["bare_first_paint_ms"] > 0 and startup["first_paint_ms"] > 0
    keys = await app_bench.key_latencies(path, repeats=2, queries=("troops",))
    assert "error" not in keys, keys
    assert set(keys) >= {"n", "]", "tab", "search"}


def test_key_events_are_what_a_terminal_sends() -> None:
    assert app_bench.key_event("]").key == "right_square_bracket"
    assert app_bench.key_event("n").character == "n"
    assert app_bench.key_event("tab").key == "tab"


def test_readme_table_is_replaced_between_markers(tmp_path: Path) -> None:
    results = {
        "articles": 10,
        "date": "2025-01-01 00:00 UTC",
        "machine": {"cpu": "test cpu", "cores": 2, "ram_gb": 4, "python": "3.11", "os": "Linux"},
        "ingest": {"articles": 10, "floor_s": 0.01, "jobsN_s": 0.5, "jobsN_vs_floor": 50.0, "jobsN": 2},
        "rss": {"peak_rss_mb": 100.0, "bare_peak_rss_mb": 40.0},
    }
    doc = tmp_path / "README.md"
    doc.write_text("# Title\n\ntext\n", encoding="utf-8")
    readme.update_readme(doc, readme.render(results))
    readme.update_readme(doc, readme.render(results, "shared machine"))
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("# Title\n\ntext\n")
    assert text.count(readme.START) == 1 and text.count("## Performance") == 1
    assert "test cpu" in text and "shared machine" in text
    assert "| peak RSS of the app" in text and "**no**" in text  # 50x floor misses the 10x target
    json.dumps(results)  # the figures are plain JSON
