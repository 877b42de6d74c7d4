"""On the bundled seeds, the extractor finds every gold claim (numbers, topic, claimant) and no non-claim.

The gold is tests/corpus/seeds_gold.json (see tests/corpus/README.md). Each gold claim is checked in three
parts, so progress shows per part: ``found`` (a claim on the same figure with the same numbers), ``topic``
and ``source``. Parts the extractor does not pass yet are listed in KNOWN_GAPS and marked xfail
(non-strict): delete an entry once it passes.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from benchmarks.eval_extraction import GoldClaim, gold_claims, load_gold, match_claims, meta_matches, source_matches
from store.extract import ArticleDraft, ClaimDraft, extract_article

GOLD = Path(__file__).parent / "corpus" / "seeds_gold.json"
BASE, ENTRIES = load_gold(GOLD)
BY_FILE = {entry["file"]: entry for entry in ENTRIES}

# (file prefix, gold text, occurrence, part) -> why it does not pass yet.
KNOWN_GAPS: dict[tuple[str, str, int, str], str] = {}


@functools.cache
def _draft(file: str) -> ArticleDraft:
    return extract_article((BASE / file).read_text(encoding="utf-8"), file)


@functools.cache
def _matched(file: str) -> tuple[tuple[GoldClaim, ClaimDraft | None], ...]:
    draft = _draft(file)
    return tuple(match_claims(gold_claims(draft.text, BY_FILE[file]), list(draft.claims)))


def _cases(part: str) -> list[Any]:
    cases = []
    for entry in ENTRIES:
        for index, claim in enumerate(entry["claims"]):
            occurrence = claim.get("occurrence", 0)
            key = (entry["file"][:3], claim["text"], occurrence, part)
            marks = [pytest.mark.xfail(strict=False, reason=KNOWN_GAPS[key])] if key in KNOWN_GAPS else []
            case_id = f"{entry['file'][:3]}-{claim['text']}-{occurrence}"
            cases.append(pytest.param(entry["file"], index, id=case_id, marks=marks))
    return cases


def _pair(file: str, index: int) -> tuple[GoldClaim, ClaimDraft]:
    gold, found = _matched(file)[index]
    assert found is not None, f"{gold.text!r} at {gold.start} not extracted with value {gold.low}..{gold.high}"
    return gold, found


@pytest.mark.parametrize(("file", "index"), _cases("found"))
def test_seed_claim_is_found_with_its_numbers(file: str, index: int) -> None:
    gold, found = _pair(file, index)
    assert found.vague == gold.vague
    assert found.text in _draft(file).text[found.sentence_start : found.sentence_end]


@pytest.mark.parametrize(("file", "index"), _cases("topic"))
def test_seed_claim_has_its_topic(file: str, index: int) -> None:
    gold, found = _pair(file, index)
    assert found.topic == gold.topic


@pytest.mark.parametrize(("file", "index"), _cases("source"))
def test_seed_claim_has_its_claimant(file: str, index: int) -> None:
    gold, found = _pair(file, index)
    assert source_matches(gold, found.source), f"got {found.source!r}, expected one of {sorted(gold.sources)}"


def _not_claim_cases() -> list[Any]:
    cases = []
    for entry in ENTRIES:
        for text in entry["not_claims"]:
            key = (entry["file"][:3], text, 0, "not_claim")
            marks = [pytest.mark.xfail(strict=False, reason=KNOWN_GAPS[key])] if key in KNOWN_GAPS else []
            cases.append(pytest.param(entry["file"], text, id=f"{entry['file'][:3]}-{text}", marks=marks))
    return cases


@pytest.mark.parametrize(("file", "text"), _not_claim_cases())
def test_seed_non_claim_is_not_extracted(file: str, text: str) -> None:
    draft = _draft(file)
    matched = {id(found) for _, found in _matched(file) if found is not None}
    spans = []
    pos = draft.text.find(text)
    while pos >= 0:
        spans.append((pos, pos + len(text)))
        pos = draft.text.find(text, pos + 1)
    wrong = [c.text for c in draft.claims if id(c) not in matched and any(c.start < e and s < c.end for s, e in spans)]
    assert not wrong, f"extracted {wrong} from {text!r}"


def _meta_cases() -> list[Any]:
    cases = []
    for entry in ENTRIES:
        for name, expected in entry["meta"].items():
            key = (entry["file"][:3], name, 0, "meta")
            marks = [pytest.mark.xfail(strict=False, reason=KNOWN_GAPS[key])] if key in KNOWN_GAPS else []
            cases.append(pytest.param(entry["file"], name, expected, id=f"{entry['file'][:3]}-{name}", marks=marks))
    return cases


@pytest.mark.parametrize(("file", "name", "expected"), _meta_cases())
def test_seed_metadata(file: str, name: str, expected: Any) -> None:
    got = getattr(_draft(file).meta, name)
    assert meta_matches(name, expected, got), f"{name}: got {got!r}, expected {expected!r}"
