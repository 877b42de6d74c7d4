"""Integrity of the extraction gold files, and the scoring logic of benchmarks/eval_extraction.py."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks import eval_extraction
from benchmarks.eval_extraction import META_FIELDS, evaluate, find_occurrence, load_gold
from store.extract import ArticleDraft, ArticleMeta, ClaimDraft

CORPUS = Path(__file__).parent / "corpus"
GOLD_FILES = [CORPUS / "gold.json", CORPUS / "seeds_gold.json"]
# The taxonomy of issue 2 (the data file in store/ is user-replaceable, the gold is not).
TOPICS = {
    "troops_deployed",
    "troops_pledged",
    "nk_casualties",
    "russian_casualties",
    "munitions",
    "mobilization",
    "deserters",
    "payment",
    "other",
}
CLAIM_KEYS = {"text", "occurrence", "value_low", "value_high", "vague", "topic", "source", "source_aliases", "note"}


def _entries() -> list[tuple[Path, dict[str, Any], str]]:
    rows = []
    for gold in GOLD_FILES:
        base, entries = load_gold(gold)
        for entry in entries:
            rows.append((base, entry, (base / entry["file"]).read_text(encoding="utf-8")))
    return rows


ENTRIES = _entries()
IDS = [entry["file"] for _, entry, _ in ENTRIES]


def test_gold_files_cover_the_corpus() -> None:
    base, entries = load_gold(CORPUS / "gold.json")
    assert sorted(e["file"] for e in entries) == sorted(p.name for p in base.iterdir())
    assert len(entries) >= 14
    assert 100 <= sum(len(e["claims"]) for e in entries) <= 150
    base, entries = load_gold(CORPUS / "seeds_gold.json")
    assert sorted(e["file"] for e in entries) == sorted(p.name for p in base.glob("*.txt"))


@pytest.mark.parametrize(("base", "entry", "text"), ENTRIES, ids=IDS)
def test_claims_occur_in_their_article_with_sane_values(base: Path, entry: dict[str, Any], text: str) -> None:
    spans = set()
    for claim in entry["claims"]:
        assert set(claim) <= CLAIM_KEYS, claim
        start = find_occurrence(text, claim["text"], claim.get("occurrence", 0))
        assert start >= 0, f"{claim['text']!r} (occurrence {claim.get('occurrence', 0)}) not in {entry['file']}"
        span = (start, start + len(claim["text"]))
        assert span not in spans, f"two gold claims on one span: {claim['text']!r}"
        spans.add(span)
        assert claim["topic"] in TOPICS, claim
        low, high = claim["value_low"], claim["value_high"]
        assert low is not None or high is not None, claim
        if low is not None and high is not None:
            assert low <= high, claim
        if claim["vague"]:
            assert low is not None and high is not None, f"vague claims are ranges: {claim}"
        if claim["source"] is None:
            assert claim["source_aliases"] == [], claim
        assert re.search(r"\d|[a-z]", claim["text"], re.IGNORECASE)


@pytest.mark.parametrize(("base", "entry", "text"), ENTRIES, ids=IDS)
def test_not_claims_occur_and_do_not_overlap_claims(base: Path, entry: dict[str, Any], text: str) -> None:
    claim_spans = []
    for claim in entry["claims"]:
        start = find_occurrence(text, claim["text"], claim.get("occurrence", 0))
        claim_spans.append((start, start + len(claim["text"])))
    for not_claim in entry["not_claims"]:
        pos = text.find(not_claim)
        assert pos >= 0, f"not_claim {not_claim!r} not in {entry['file']}"
        while pos >= 0:
            end = pos + len(not_claim)
            assert not any(s < end and pos < e for s, e in claim_spans), f"{not_claim!r} overlaps a gold claim"
            pos = text.find(not_claim, pos + 1)


@pytest.mark.parametrize(("base", "entry", "text"), ENTRIES, ids=IDS)
def test_meta_fields_are_known_and_stated_in_the_text(base: Path, entry: dict[str, Any], text: str) -> None:
    meta = entry["meta"]
    assert set(meta) <= set(META_FIELDS)
    for name in ("title", "outlet", "author", "published"):
        assert name in meta, f"{entry['file']}: meta.{name} must be annotated (null when not stated)"
    published = meta["published"]
    if published is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", published)
    for value in meta.values():
        assert value is None or isinstance(value, str | list)
    for field in ("title", "url"):
        options = meta.get(field) if isinstance(meta.get(field), list) else [meta.get(field)]
        for value in options:  # a list gives several acceptable values
            if value is not None:
                assert value in text, f"{entry['file']}: {value!r} is not stated in the text"


def test_gold_json_is_plain_utf8_json() -> None:
    for gold in GOLD_FILES:
        data = json.loads(gold.read_text(encoding="utf-8"))
        assert {"base_dir", "articles"} <= set(data)


# --- scoring logic, with a stand-in extractor -------------------------------------------------

ARTICLE = (
    "SEOUL, Nov 13 (Wire) - Seoul's spy agency said more than 10,000 troops are in Russia, up to 2,000 more may go.\n"
)


def _claim(text: str, fig: str, low: float | None, high: float | None, **kw: Any) -> ClaimDraft:
    start = text.index(fig)
    values = {"topic": "troops_deployed", "source": None, **kw}
    return ClaimDraft(
        text=fig,
        sentence=text,
        start=start,
        end=start + len(fig),
        sentence_start=0,
        sentence_end=len(text),
        value_low=low,
        value_high=high,
        **values,
    )


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    nis = {"source": "National Intelligence Service", "source_aliases": ["South Korea's spy agency", "NIS"]}
    gold = {
        "base_dir": ".",
        "articles": [
            {
                "file": "a.txt",
                "meta": {"title": None, "outlet": "Wire", "published": None},
                "claims": [
                    {"text": "more than 10,000", "value_low": 10000, "value_high": None, "vague": False}
                    | {"topic": "troops_deployed"}
                    | nis,
                    {"text": "up to 2,000", "value_low": None, "value_high": 2000, "vague": False}
                    | {"topic": "troops_pledged"}
                    | nis,
                ],
                "not_claims": ["Nov 13"],
            }
        ],
    }
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def _use_extractor(monkeypatch: pytest.MonkeyPatch, claims: list[ClaimDraft], meta: ArticleMeta) -> None:
    def fake(text: str, file: str) -> ArticleDraft:
        return ArticleDraft(file=file, text=text, content_hash="x", meta=meta, claims=tuple(claims))

    monkeypatch.setattr(eval_extraction, "extract_article", fake)


def test_scores_a_perfect_extraction(monkeypatch: pytest.MonkeyPatch, gold_file: Path) -> None:
    claims = [
        _claim(ARTICLE, "more than 10,000", 10000, None, source="NIS"),
        _claim(ARTICLE, "2,000", None, 2000, topic="troops_pledged", source="South Korea's spy agency"),
    ]
    _use_extractor(monkeypatch, claims, ArticleMeta(outlet="Wire"))
    summary = evaluate(gold_file)
    assert summary["recall"] == summary["precision"] == 1.0
    assert summary["topic_accuracy"] == summary["claimant_accuracy"] == summary["value_accuracy"] == 1.0
    assert summary["span_exact"] == 0.5  # "2,000" without its qualifier still matches: same numbers
    assert summary["metadata_accuracy"] == 1.0


def test_scores_misses_wrong_fields_and_false_positives(monkeypatch: pytest.MonkeyPatch, gold_file: Path) -> None:
    claims = [
        _claim(ARTICLE, "more than 10,000", 10000, 10000, source="Seoul"),  # same span: matched, wrong value/claimant
        _claim(ARTICLE, "2,000", 2000, 2000),  # other span, other numbers: a miss and a false positive
        _claim(ARTICLE, "13", 13, 13),  # from the dateline
    ]
    _use_extractor(monkeypatch, claims, ArticleMeta())
    summary = evaluate(gold_file)
    assert summary["matched"] == 1
    assert summary["recall"] == 0.5
    assert summary["precision"] == round(1 / 3, 4)
    assert summary["value_accuracy"] == 0.0
    assert summary["claimant_accuracy"] == 0.0
    assert summary["topic_accuracy"] == 1.0
    assert summary["not_claims_extracted"] == 1
    assert summary["metadata_accuracy"] == round(2 / 3, 4)


def test_a_crashing_extractor_scores_zero_but_the_run_goes_on(monkeypatch: pytest.MonkeyPatch, gold_file: Path) -> None:
    def boom(text: str, file: str) -> ArticleDraft:
        raise RuntimeError("bug")

    monkeypatch.setattr(eval_extraction, "extract_article", boom)
    summary = evaluate(gold_file)
    assert summary["errors"] == 1
    assert summary["recall"] == 0.0


def test_command_line_prints_one_json_line(capsys: pytest.CaptureFixture[str], gold_file: Path) -> None:
    assert eval_extraction.main(["--gold", str(gold_file)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    assert {"recall", "precision", "topic_accuracy", "claimant_accuracy"} <= set(json.loads(lines[0]))


def test_command_line_reports_a_missing_gold_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert eval_extraction.main(["--gold", str(tmp_path / "nope.json")]) == 1
    err = capsys.readouterr().err
    assert "nope.json" in err and len(err.strip().splitlines()) == 1
