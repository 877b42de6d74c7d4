"""The store: building, reopening, ids, duplicates, schema versions, atomic format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tinydb import TinyDB

from store import Article, Claim, SchemaError, Store
from store.store import SCHEMA_VERSION
from tests.conftest import write_corpus


def test_open_builds_missing_store_from_seeds_dir(tmp_path: Path, corpus: Path) -> None:
    store = Store.open(tmp_path / "store.json", seeds_dir=corpus)
    assert (tmp_path / "store.json").exists()
    assert sorted(a.file for a in store.articles()) == ["kyiv.txt", "wire.txt"]
    assert all(isinstance(a, Article) for a in store.articles())
    assert store.claims() and all(isinstance(c, Claim) for c in store.claims())


def test_default_build_uses_bundled_seeds(seed_store: Store) -> None:
    assert len(seed_store.articles()) == 5
    assert len(seed_store.claims()) > 10


def test_store_file_is_plain_tinydb_json(small_store: Store) -> None:
    raw = json.loads(small_store.path.read_text())
    assert {"articles", "claims", "actors", "conflicts", "meta"} <= raw.keys()
    db = TinyDB(small_store.path)
    try:
        assert len(db.table("articles")) == 2
        assert db.table("meta").all()[0]["schema_version"] == SCHEMA_VERSION
    finally:
        db.close()


def test_reopen_gives_the_same_records(small_store: Store) -> None:
    again = Store.open(small_store.path)
    assert again.articles() == small_store.articles()
    assert again.claims() == small_store.claims()
    assert again.actors() == small_store.actors()
    assert again.conflicts() == small_store.conflicts()


def test_claim_offsets_slice_back_to_figure_and_sentence(seed_store: Store) -> None:
    for claim in seed_store.claims():
        text = seed_store.article(claim.article_id).text  # type: ignore[union-attr]
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start : claim.sentence_end] == claim.sentence
        assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end


def test_claims_are_in_reading_order(seed_store: Store) -> None:
    keys = [(c.article_id, c.start) for c in seed_store.claims()]
    assert keys == sorted(keys)


def test_reingesting_same_content_is_reported_and_skipped(small_store: Store, corpus: Path) -> None:
    before = small_store.claims()
    report = small_store.ingest([corpus])
    assert report.added == []
    assert sorted(f for f, _ in report.duplicates) == ["kyiv.txt", "wire.txt"]
    assert small_store.claims() == before


def test_ingest_adds_articles_and_keeps_existing_ids(small_store: Store, tmp_path: Path) -> None:
    old_claims = {c.id: c for c in small_store.claims()}
    old_actors = {a.name: a.id for a in small_store.actors()}
    extra = write_corpus(
        tmp_path / "extra",
        {
            "more.md": "Seoul raises its estimate\n\n"
            "South Korea's spy agency said 11,000 North Korean troops are in Russia.\n"
        },
    )
    report = small_store.ingest([extra])
    assert [f for f, _, _ in report.added] == ["more.md"]
    assert len(small_store.articles()) == 3
    for claim_id, claim in old_claims.items():
        assert small_store.claim(claim_id) is not None
        assert small_store.claim(claim_id).text == claim.text  # type: ignore[union-attr]
    for actor in small_store.actors():
        if actor.name in old_actors:
            assert actor.id == old_actors[actor.name]


def test_newer_schema_is_refused(tmp_path: Path, small_store: Store) -> None:
    raw = json.loads(small_store.path.read_text())
    raw["meta"] = {"1": {"schema_version": SCHEMA_VERSION + 1}}
    small_store.path.write_text(json.dumps(raw))
    with pytest.raises(SchemaError, match="newer"):
        Store.open(small_store.path)


def test_older_schema_is_migrated_by_reextracting(tmp_path: Path, small_store: Store) -> None:
    raw = json.loads(small_store.path.read_text())
    raw["meta"] = {}
    raw["claims"] = {}
    small_store.path.write_text(json.dumps(raw))
    migrated = Store.open(small_store.path)
    assert [a.id for a in migrated.articles()] == [a.id for a in small_store.articles()]
    assert [c.text for c in migrated.claims()] == [c.text for c in small_store.claims()]


def test_write_keeps_a_backup_of_the_previous_version(small_store: Store, tmp_path: Path) -> None:
    before = small_store.path.read_bytes()
    extra = write_corpus(tmp_path / "extra", {"x.txt": "Headline\n\nOfficials said 2,000 troops were sent.\n"})
    small_store.ingest([extra])
    assert small_store.path.with_name("store.json.bak").read_bytes() == before


def test_conflicts_link_back_to_claims(seed_store: Store) -> None:
    for conflict in seed_store.conflicts():
        assert len(conflict.claims) >= 2
        for claim_id in conflict.claims:
            claim = seed_store.claim(claim_id)
            assert claim is not None and claim.conflict_id == conflict.id and claim.topic == conflict.topic


def test_actor_claims_link_back(seed_store: Store) -> None:
    for actor in seed_store.actors():
        for claim_id in actor.claims:
            assert seed_store.claim(claim_id).source_id == actor.id  # type: ignore[union-attr]
