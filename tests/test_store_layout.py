"""The stored layout (schema 2): compact claim rows and mentions, schema 1 stores still read, the split parse."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest
from tinydb import TinyDB

from store import Store, convert
from store.aggregate import derivation_fingerprint
from store.extract.drafts import ClaimDraft
from store.storage import StoreCorruptError, read_json, write_json_atomic
from store.store import SCHEMA_VERSION
from tests.conftest import write_corpus


def _as_schema_1(data: dict[str, Any]) -> dict[str, Any]:
    """The same store as nkru-tui wrote it before schema 2: flat claim dicts with their sentence, mention dicts."""
    articles = {
        key: {
            **{k: v for k, v in doc.items() if k != "mentions"},
            "mentions": [
                {"name": n, "kind": k, "count": c, "aliases": a, "role": r}
                for n, k, c, a, r in convert.mentions_of(doc)
            ],
        }
        for key, doc in data["articles"].items()
    }
    claims = {
        key: convert.claim_fields(doc, data["articles"][str(doc["article_id"])]) for key, doc in data["claims"].items()
    }
    return {**data, "articles": articles, "claims": claims, "meta": {"1": {"schema_version": 1}}}


def test_claims_are_rows_without_copied_text(small_store: Store) -> None:
    raw = json.loads(small_store.path.read_text())
    assert raw["meta"]["1"] == {
        "schema_version": SCHEMA_VERSION,
        "claim_columns": list(convert.CLAIM_COLUMNS),
        "derived_with": derivation_fingerprint(),
    }
    texts = {int(k): doc["text"] for k, doc in raw["articles"].items()}
    for doc in raw["claims"].values():
        assert doc.keys() == {"article_id", "row"}
        values = dict(zip(convert.CLAIM_COLUMNS, doc["row"], strict=True))
        assert values["text"] is None and values["sentence"] is None  # derived from the article text
        assert texts[doc["article_id"]][values["start"] : values["end"]]
    for doc in raw["articles"].values():
        assert isinstance(doc["mentions"], str)
        assert all(len(m) == 5 for m in json.loads(doc["mentions"]))


def test_stock_tinydb_reads_the_claim_rows(small_store: Store) -> None:
    db = TinyDB(small_store.path)
    try:
        first = small_store.claims()[0]
        doc = db.table("claims").get(doc_id=first.id)
        assert doc is not None and doc["article_id"] == first.article_id
        columns = db.table("meta").all()[0]["claim_columns"]
        assert dict(zip(columns, doc["row"], strict=True))["start"] == first.start
    finally:
        db.close()


def test_claim_fields_are_derived_from_the_article_text(small_store: Store) -> None:
    for claim in small_store.claims():
        text = small_store.article(claim.article_id).text  # type: ignore[union-attr]
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start : claim.sentence_end] == claim.sentence
        assert claim.file == small_store.article(claim.article_id).file  # type: ignore[union-attr]


def test_a_figure_that_is_not_its_slice_is_stored_as_written() -> None:
    text = "Officials said 2,000 troops were sent."
    draft = ClaimDraft(
        topic="troops_deployed",
        text="two thousand",  # not what the offsets hold: kept verbatim rather than silently replaced
        sentence=text,
        start=15,
        end=20,
        sentence_start=0,
        sentence_end=len(text),
        value_low=2000,
        value_high=2000,
    )
    doc = convert.claim_doc(draft, 1, text)
    row = dict(zip(convert.CLAIM_COLUMNS, doc["row"], strict=True))
    assert row["text"] == "two thousand" and row["sentence"] is None
    (claim,) = convert.read_claims({"7": doc}, {1: ("a.txt", text)}, {}, {})[0].values()
    assert (claim.id, claim.text, claim.sentence, claim.file) == (7, "two thousand", text, "a.txt")


def test_rows_stored_in_another_column_order_are_read_by_name(small_store: Store) -> None:
    raw = orjson.loads(small_store.path.read_bytes())
    columns = list(reversed(convert.CLAIM_COLUMNS))
    for doc in raw["claims"].values():
        doc["row"] = list(reversed(doc["row"]))
    raw["meta"]["1"]["claim_columns"] = columns
    small_store.path.write_bytes(orjson.dumps(raw))
    assert Store.open(small_store.path).claims() == small_store.claims()


def test_claims_stored_out_of_reading_order_are_read_in_it(small_store: Store) -> None:
    raw = orjson.loads(small_store.path.read_bytes())
    raw["claims"] = dict(reversed(raw["claims"].items()))
    small_store.path.write_bytes(orjson.dumps(raw))
    claims = Store.open(small_store.path).claims()
    assert claims == small_store.claims()
    assert [(c.article_id, c.start) for c in claims] == sorted((c.article_id, c.start) for c in claims)


def test_schema_1_documents_read_as_the_same_records(small_store: Store) -> None:
    old = _as_schema_1(orjson.loads(small_store.path.read_bytes()))
    assert "sentence" in next(iter(old["claims"].values()))
    loaded = Store(small_store.path, old)
    assert loaded.claims() == small_store.claims()
    assert loaded.articles() == small_store.articles()


def test_schema_1_store_is_converted_to_schema_2_without_extracting(small_store: Store) -> None:
    old = _as_schema_1(orjson.loads(small_store.path.read_bytes()))
    first = next(iter(old["claims"]))
    old["claims"][first]["cue"] = "kept from schema 1"  # no extraction would give this: it shows a conversion
    small_store.path.write_bytes(orjson.dumps(old))
    migrated = Store.open(small_store.path)
    assert migrated.claim(int(first)).cue == "kept from schema 1"  # type: ignore[union-attr]
    assert [replace(c, cue=None) for c in migrated.claims()] == [replace(c, cue=None) for c in small_store.claims()]
    assert migrated.actors() == small_store.actors()
    raw = json.loads(small_store.path.read_text())
    assert raw["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert all("row" in doc for doc in raw["claims"].values())
    assert all(isinstance(doc["mentions"], str) for doc in raw["articles"].values())
    assert Store.open(small_store.path).claims() == migrated.claims()


def test_migrating_a_store_already_converted_only_reloads_it(small_store: Store) -> None:
    before = small_store.path.read_bytes()
    small_store.migrate()
    assert small_store.path.read_bytes() == before
    assert small_store.claims() == Store.open(small_store.path).claims()


def test_ingest_into_a_schema_1_file_rewrites_it_whole(small_store: Store, tmp_path: Path) -> None:
    before = small_store.claims()
    small_store.path.write_bytes(orjson.dumps(_as_schema_1(orjson.loads(small_store.path.read_bytes()))))
    extra = write_corpus(tmp_path / "extra", {"x.txt": "Headline\n\nOfficials said 2,000 troops were sent.\n"})
    report = small_store.ingest([extra])
    assert report.added
    assert small_store.claims()[: len(before)] == before
    raw = json.loads(small_store.path.read_text())
    assert all("row" in doc for doc in raw["claims"].values())
    assert all(isinstance(doc["mentions"], str) for doc in raw["articles"].values())
    assert Store.open(small_store.path).claims() == small_store.claims()


# -- the split parse of read_json ------------------------------------------------------------


def test_a_written_store_reads_back_exactly(small_store: Store) -> None:
    assert read_json(small_store.path) == orjson.loads(small_store.path.read_bytes())


@pytest.mark.parametrize(
    "data",
    [
        {"articles": {"1": {"x": {}, "claims": {"deep": 1}}}, "claims": {"2": {"a": 1}}},  # a deeper cut first
        {"articles": {"1": {"text": 'quoted ,"claims":{ inside'}}, "claims": {}},  # the bytes escaped in a string
        {"meta": {}, "actors": [{"y": 1}], "claims": {"1": {}}},  # other tables before the claims
        {"claims": {"1": {}}},  # nothing before the claims
        {"articles": {}},
    ],
)
def test_read_json_matches_a_whole_parse(tmp_path: Path, data: dict[str, Any]) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(orjson.dumps(data))
    assert read_json(path) == data


def test_read_json_of_a_file_written_by_stock_tinydb(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    db = TinyDB(path)
    db.table("articles").insert({"text": "one"})
    db.table("claims").insert({"article_id": 1})
    db.close()
    assert read_json(path) == json.loads(path.read_text())


@pytest.mark.parametrize("tail", [b'{"1": {"a": }}}', b'{"1": {}}', b"{}}}"])
def test_broken_json_after_the_cut_is_still_reported(tmp_path: Path, tail: bytes) -> None:
    path = tmp_path / "store.json"
    path.write_bytes(b'{"articles":{},"claims":' + tail)
    with pytest.raises(StoreCorruptError, match="invalid JSON"):
        read_json(path)


def test_write_then_read_of_non_ascii_tables(tmp_path: Path) -> None:
    path = tmp_path / "store.json"
    data = {"articles": {"1": {"text": "Kyiv — «ünïcödé» 🪖"}}, "claims": {"1": {"row": ["x"]}}}
    write_json_atomic(path, data)
    assert read_json(path) == data


def test_the_fast_claim_constructor_makes_the_same_frozen_record() -> None:
    from dataclasses import FrozenInstanceError, fields

    from store.models import Claim

    values = [f"v{i}" for i, _ in enumerate(fields(Claim))]
    made = convert._fast_constructor(Claim)(*values)
    assert made == Claim(*values) and hash(made) == hash(Claim(*values))
    with pytest.raises(FrozenInstanceError):
        made.id = 2  # type: ignore[misc]
