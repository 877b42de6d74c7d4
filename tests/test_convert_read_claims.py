"""convert.read_claims: the batched, column-wise reading of claim rows gives the records a claim-by-claim read
gives, across batch boundaries, with schema 1 documents mixed in and with claims out of order."""

from __future__ import annotations

import random
from typing import Any

import pytest

from store import convert
from store.models import Claim

TEXT = (
    "Seoul's spy agency said about 3,000 North Korean soldiers had reached Russia. "
    "Kyiv put the figure at 11,000, while Washington said 8,000 were near the border."
)
SENTENCES = [(0, TEXT.index(" Kyiv")), (TEXT.index("Kyiv"), len(TEXT))]
FIGURES = [(TEXT.index(f), TEXT.index(f) + len(f), s) for f, s in (("3,000", 0), ("11,000", 1), ("8,000", 1))]


def _row_doc(article_id: int, figure: int, *, source: str | None = "the agency") -> dict[str, Any]:
    start, end, sentence = FIGURES[figure]
    s_start, s_end = SENTENCES[sentence]
    values = {
        "topic": "troops_deployed",
        "start": start,
        "end": end,
        "sentence_start": s_start,
        "sentence_end": s_end,
        "value_low": float(1000 * (figure + 1)),
        "value_high": float(1000 * (figure + 1)),
        "qualifier": "about" if figure == 0 else None,
        "vague": figure == 2,
        "unit": "troops",
        "source": source,
        "attribution": "reported",
        "cue": "said",
        "date": "2024-10-18",
        "text": None,
        "sentence": None,
    }
    return {"article_id": article_id, "row": [values[name] for name in convert.CLAIM_COLUMNS]}


def _expected(cid: int, doc: dict[str, Any], files: dict[int, str], source_of: dict[int, int]) -> Claim:
    values = dict(zip(convert.CLAIM_COLUMNS, doc["row"], strict=True))
    aid = doc["article_id"]
    return Claim(
        id=cid,
        article_id=aid,
        file=files[aid],
        topic=values["topic"],
        text=TEXT[values["start"] : values["end"]],
        sentence=TEXT[values["sentence_start"] : values["sentence_end"]],
        start=values["start"],
        end=values["end"],
        sentence_start=values["sentence_start"],
        sentence_end=values["sentence_end"],
        value_low=values["value_low"],
        value_high=values["value_high"],
        qualifier=values["qualifier"],
        vague=values["vague"],
        unit=values["unit"],
        source=values["source"],
        source_id=source_of.get(cid),
        attribution=values["attribution"],
        cue=values["cue"],
        date=values["date"],
        conflict_id=None,
    )


def _store_of(n_articles: int) -> tuple[dict[str, Any], dict[int, tuple[str, str]], dict[int, str]]:
    docs: dict[str, Any] = {}
    files = {aid: f"article-{aid}.txt" for aid in range(1, n_articles + 1)}
    cid = 1
    for aid in files:
        for figure in range(len(FIGURES)):
            docs[str(cid)] = _row_doc(aid, figure, source=None if cid % 5 == 0 else "the agency")
            cid += 1
    return docs, {aid: (file, TEXT) for aid, file in files.items()}, files


@pytest.mark.parametrize("n_articles", [1, 400])  # 400 articles: 1,200 claims, more than two batches
def test_rows_read_as_claim_records_in_stored_order(n_articles: int) -> None:
    docs, texts, files = _store_of(n_articles)
    source_of = {cid: 7 for cid in range(1, len(docs) + 1, 3)}
    expected = {int(k): _expected(int(k), d, files, source_of) for k, d in docs.items()}
    claims, by_id = convert.read_claims(docs, texts, source_of, {})
    assert list(claims) == list(expected) and claims == expected
    assert docs == {} and by_id is True


def test_claims_stored_shuffled_come_back_in_reading_order() -> None:
    docs, texts, files = _store_of(400)
    expected = {int(k): _expected(int(k), d, files, {}) for k, d in docs.items()}
    keys = list(docs)
    random.Random(6).shuffle(keys)
    claims, by_id = convert.read_claims({k: docs[k] for k in keys}, texts, {}, {})
    assert list(claims) == list(expected) and claims == expected
    assert by_id is False


def test_schema_1_documents_in_a_batch_of_rows_read_the_same() -> None:
    docs, texts, files = _store_of(400)
    expected = {int(k): _expected(int(k), d, files, {}) for k, d in docs.items()}
    for key in ("3", "700", "1100"):  # one in each batch: those batches are read claim by claim
        claim = expected[int(key)]
        docs[key] = {name: getattr(claim, name) for name in convert.CLAIM_COLUMNS if name != "vague"}
        docs[key] |= {"article_id": claim.article_id, "file": claim.file, "vague": claim.vague}
    assert convert.read_claims(docs, texts, {}, {})[0] == expected


def test_repeated_strings_are_shared_between_records() -> None:
    docs, texts, _ = _store_of(100)
    claims = list(convert.read_claims(docs, texts, {}, {})[0].values())
    assert [c.text for c in claims[:3]] == ["3,000", "11,000", "8,000"]
    # The second and third figures of every article are in one sentence; values repeat across articles.
    for at in range(0, len(claims), len(FIGURES)):
        second, third = claims[at + 1], claims[at + 2]
        assert second.sentence is third.sentence and second.sentence == TEXT[slice(*SENTENCES[1])]
    assert claims[0].topic is claims[-1].topic and claims[0].date is claims[-1].date
    assert claims[0].source is claims[-2].source and claims[0].cue is claims[-1].cue


def test_a_row_of_the_wrong_length_is_refused_as_before() -> None:
    docs, texts, _ = _store_of(2)
    docs["2"]["row"] = docs["2"]["row"][:-1]
    with pytest.raises(ValueError):
        convert.read_claims(docs, texts, {}, {})[0]
