"""Ingesting a few articles extends the derived tables; the store is exactly the one a full recomputation writes.

Two levels of proof:

- the table functions: :func:`update_actors` / :func:`update_conflicts` against :func:`build_actors` /
  :func:`build_conflicts` on generated documents (names that merge under aliases and spelling variants,
  figures whose measures, sources, ties and sums make groups appear, grow, shrink and vanish);
- the store: random splits of real-style and synthetic articles ingested batch by batch with the
  incremental path on and off give byte-identical files, the same records as a fresh open, and the
  same tables as one batch of the same articles (actor ids aside: an ingest keeps the ids of earlier ones).
"""

from __future__ import annotations

import functools
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import store.aggregate as aggregate
import store.ingest as ingest_module
from benchmarks.synth import write_articles
from store import Store
from store.aggregate import (
    build_actors,
    build_conflicts,
    derivation_fingerprint,
    derive_tables,
    update_actors,
    update_conflicts,
)
from store.convert import CLAIM_COLUMNS, ClaimFields, claim_sources, read_claims
from store.storage import read_json, read_parts, write_json_atomic
from tests.conftest import write_corpus
from tests.test_store_layout import _as_schema_1

TESTS = Path(__file__).parent

# -- the table functions on generated documents ------------------------------------------------

NAMES = (
    "Kyiv",
    "Kiev",
    "Volodymyr Zelensky",
    "Zelenskyy",
    "Zelensky",
    "Kim Jong Un",
    "Kim Jong-un",
    "KIM JONG UN",
    "NIS",
    "National Intelligence Service",
    "South Korea's spy agency",
    "Ivan Petrov",
    "Petrov",
    "the Kremlin",
    "Kremlin",
    "Pyongyang",
    "Olena Marchuk",
)
KINDS = ("person", "organisation", "place", "group")
ROLES = (None, None, "spokesman", "president", "analyst")
SOURCES = (None, "NIS", "Ukraine's military intelligence", "the Pentagon", "Zelensky", "Olena Marchuk", "Petrov")
TOPICS = ("troops_deployed", "troops_pledged", "munitions", "nk_casualties", "payment", "other")
FIGURES = (  # figure as written, unit, words after it: together they decide the measure
    ("3,000", "troops", "soldiers were sent"),
    ("11,000", "troops", "troops in total"),
    ("40%", None, "of the shells"),
    ("half", None, "of them"),
    ("$2,000 a month", "dollars", "per soldier"),
    ("500", "shells", "artillery shells"),
    ("200", "missiles", "missiles"),
    ("1,200", None, "were killed"),
    ("900", None, "were wounded"),
    ("4,000", None, "casualties"),
)
VALUES = (None, 0.5, 1, 1000, 1000.0, 3000, 3000.0, 5000, 6000, 6000.0, 11000, 12000.0)
DATES = (None, "2024-11-01", "2024-12-01", "2025-01-15")


@st.composite
def _claim(draw: st.DrawFn) -> dict[str, Any]:
    figure, unit, tail = draw(st.sampled_from(FIGURES))
    low, high = draw(st.sampled_from(VALUES)), draw(st.sampled_from(VALUES))
    if draw(st.booleans()):
        high = low  # an exact figure (the parts of a total are exact)
    elif low is not None and high is not None and high < low:
        low, high = high, low
    return {
        "topic": draw(st.sampled_from(TOPICS)),
        "figure": figure,
        "unit": unit,
        "tail": tail,
        "low": low,
        "high": high,
        "source": draw(st.sampled_from(SOURCES)),
        "date": draw(st.sampled_from(DATES)),
    }


_mention = st.tuples(
    st.sampled_from(NAMES),
    st.sampled_from(KINDS),
    st.integers(1, 3),
    st.lists(st.sampled_from(NAMES), max_size=2),
    st.sampled_from(ROLES),
)
_article = st.tuples(st.lists(_mention, max_size=5), st.lists(_claim(), max_size=5))


def _docs(articles: list[tuple[list[Any], list[dict[str, Any]]]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Stored article and claim documents (schema 2 rows; figures and sentences are slices of the text)."""
    article_docs: dict[str, Any] = {}
    claim_docs: dict[str, Any] = {}
    for article_id, (mentions, claims) in enumerate(articles, start=1):
        text = ""
        for claim in claims:
            start = len(text) + len("Officials said ")
            sentence = f"Officials said {claim['figure']} {claim['tail']}."
            values = {
                "topic": claim["topic"],
                "start": start,
                "end": start + len(claim["figure"]),
                "sentence_start": len(text),
                "sentence_end": len(text) + len(sentence),
                "value_low": claim["low"],
                "value_high": claim["high"],
                "unit": claim["unit"],
                "source": claim["source"],
                "date": claim["date"],
            }
            claim_docs[str(len(claim_docs) + 1)] = {
                "article_id": article_id,
                "row": [values.get(name) for name in CLAIM_COLUMNS],
            }
            text += sentence + " "
        article_docs[str(article_id)] = {
            "file": f"{article_id}.txt",
            "text": text,
            "mentions": orjson.dumps([list(m) for m in mentions]).decode(),
        }
    return article_docs, claim_docs


def _first(docs: dict[str, Any], keys: set[str]) -> dict[str, Any]:
    return {k: d for k, d in docs.items() if k in keys}


@settings(max_examples=300, deadline=None)
@given(st.lists(_article, min_size=1, max_size=10), st.lists(st.integers(0, 10), max_size=3))
def test_extended_tables_equal_recomputed_ones(articles: list[Any], cuts: list[int]) -> None:
    """Batch after batch, the extended actors and conflicts tables are the recomputed ones, in the same order."""
    all_articles, all_claims = _docs(articles)
    bounds = sorted({min(c, len(articles)) for c in cuts} | {len(articles)})
    old_articles: set[str] = set()
    actors: dict[str, Any] = {}
    conflicts: dict[str, Any] = {}
    for bound in bounds:
        now_articles = {str(i) for i in range(1, bound + 1)}
        article_docs = _first(all_articles, now_articles)
        claim_docs = {k: d for k, d in all_claims.items() if str(d["article_id"]) in now_articles}
        new_articles = [k for k in article_docs if k not in old_articles]
        new_claims = [k for k, d in claim_docs.items() if str(d["article_id"]) in new_articles]
        expected_actors = build_actors(
            article_docs, claim_sources(claim_docs), {d["name"]: int(k) for k, d in actors.items()}
        )
        expected_conflicts = build_conflicts(ClaimFields(claim_docs, article_docs))
        got_actors = update_actors(article_docs, claim_docs, actors, new_articles, new_claims)
        got_conflicts = update_conflicts(claim_docs, article_docs, conflicts, new_claims)
        assert got_actors is not None and got_conflicts is not None
        assert list(got_actors.items()) == list(expected_actors.items())
        assert list(got_conflicts.items()) == list(expected_conflicts.items())
        assert orjson.dumps(got_conflicts) == orjson.dumps(expected_conflicts)  # 3000 stays 3000, not 3000.0
        # The same from the loaded records of the stored claims, as an ingest into an unchanged store does it.
        texts = {int(k): (d["file"], d["text"]) for k, d in article_docs.items()}
        records = read_claims({k: d for k, d in claim_docs.items() if k not in new_claims}, texts, {}, {})[0]
        new_docs = {k: claim_docs[k] for k in new_claims}
        from_records = update_actors(article_docs, new_docs, actors, new_articles, new_claims, records)
        assert from_records is not None and list(from_records.items()) == list(expected_actors.items())
        from_records = update_conflicts(new_docs, article_docs, conflicts, new_claims, records)
        assert from_records is not None and orjson.dumps(from_records) == orjson.dumps(expected_conflicts)
        actors, conflicts, old_articles = got_actors, got_conflicts, set(article_docs)


def _one_article(*claims: dict[str, Any], mentions: list[Any] | None = None) -> tuple[list[Any], list[dict[str, Any]]]:
    defaults = {"unit": "troops", "tail": "troops", "date": None, "topic": "troops_pledged"}
    return mentions or [], [{**defaults, **c} for c in claims]


def _grown(articles: list[Any], cut: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The conflicts of the first ``cut`` articles, and of all of them extended from those."""
    article_docs, claim_docs = _docs(articles)
    old_keys = {str(i) for i in range(1, cut + 1)}
    old_claims = {k: d for k, d in claim_docs.items() if str(d["article_id"]) in old_keys}
    before = build_conflicts(ClaimFields(old_claims, _first(article_docs, old_keys)))
    new_claims = [k for k in claim_docs if k not in old_claims]
    after = update_conflicts(claim_docs, article_docs, before, new_claims)
    expected = build_conflicts(ClaimFields(claim_docs, article_docs))
    assert after is not None and orjson.dumps(after) == orjson.dumps(expected)
    texts = {int(k): (d["file"], d["text"]) for k, d in article_docs.items()}
    records = read_claims(dict(old_claims), texts, {}, {})[0]
    from_records = update_conflicts({k: claim_docs[k] for k in new_claims}, article_docs, before, new_claims, records)
    assert from_records is not None and orjson.dumps(from_records) == orjson.dumps(expected)
    return before, after


def test_a_conflict_appears_grows_and_a_new_key_renumbers_the_later_ones() -> None:
    exact = {"topic": "troops_deployed", "figure": "3,000"}
    articles = [
        _one_article({**exact, "low": 3000, "high": 3000, "source": "NIS"}),
        _one_article({**exact, "low": 3000, "high": 3000, "source": "the Pentagon"}),
        _one_article({**exact, "low": 11000, "high": 11000, "source": "Zelensky"}),
        _one_article({**exact, "low": 12000.0, "high": 12000.0, "source": "Petrov"}),
        _one_article({**exact, "topic": "nk_casualties", "figure": "1,200", "tail": "were killed", "low": 10,
                      "high": 10, "source": "NIS"}, {**exact, "topic": "nk_casualties", "figure": "1,200",
                      "tail": "were killed", "low": 1200, "high": 1200, "source": "Zelensky"}),
    ]  # fmt: skip
    before, after = _grown(articles, 2)
    assert before == {}
    assert [d["claims"] for d in after.values()] == [[5, 6], [1, 2, 3, 4]]  # casualties sort first
    assert after["2"]["low"] == 3000 and after["2"]["high"] == 12000.0


def test_a_new_total_turns_old_claims_into_parts_and_the_group_vanishes() -> None:
    pledged = {"topic": "troops_pledged", "figure": "1,000"}
    articles = [
        _one_article({**pledged, "low": 1000, "high": 1000, "source": "NIS"}, {**pledged, "low": 5000, "high": 5000,
                     "source": "NIS"}),
        _one_article({**pledged, "low": 5500, "high": 6500, "source": "the Pentagon"}),
        _one_article({**pledged, "low": 6000, "high": 6000, "source": "Zelensky"}),
    ]  # fmt: skip
    before, after = _grown(articles, 2)
    assert [d["claims"] for d in before.values()] == [[1, 2, 3]]  # 1,000 and 5,000 both miss 5,500-6,500
    assert after == {}  # 1,000 + 5,000 = 6,000: parts of the new total, which 5,500-6,500 does not contradict


@pytest.mark.parametrize(("first", "then", "stored"), [(3000, 3000.0, b"3000"), (3000.0, 3000, b"3000.0")])
def test_of_equal_ends_stored_differently_the_first_member_s_is_kept(first: float, then: float, stored: bytes) -> None:
    exact = {"topic": "troops_deployed", "figure": "3,000"}
    articles = [
        _one_article({**exact, "low": 11000, "high": 11000, "source": "Zelensky"}),
        _one_article({**exact, "low": first, "high": first, "source": "NIS"}, {**exact, "low": 6000, "high": 6000,
                     "source": "NIS"}),
        _one_article({**exact, "low": then, "high": then, "source": "Petrov"}),
    ]  # fmt: skip
    _before, after = _grown(articles, 2)
    assert orjson.dumps(after["1"]["low"]) == stored  # the lowest member id holds it, as in a full grouping


def test_actors_merge_under_aliases_and_a_renamed_actor_gets_a_new_id() -> None:
    person = ("Zelensky", "person", 1, [], None)
    articles = [
        ([person, ("Kiev", "place", 2, [], None), ("Ivan Petrov", "person", 1, [], None)], []),
        ([("Zelenskyy", "person", 3, [], "president"), ("Kyiv", "place", 1, ["Kiev"], None)], []),
        ([("IVAN PETROV", "person", 2, [], None)], []),
    ]
    article_docs, claim_docs = _docs(articles)
    before = build_actors(_first(article_docs, {"1"}), {}, {})
    after = update_actors(article_docs, claim_docs, before, ["2", "3"], [])
    assert after == build_actors(article_docs, {}, {d["name"]: int(k) for k, d in before.items()})
    assert after is not None
    by_name = {d["name"]: (k, d) for k, d in after.items()}
    assert by_name["Kyiv"][0] == next(k for k, d in before.items() if d["name"] == "Kyiv")  # same actor, same id
    assert by_name["Kyiv"][1]["mentions"] == 3 and by_name["Kyiv"][1]["articles"] == [1, 2]
    assert by_name["Volodymyr Zelensky"][1]["role"] == "president"
    # "IVAN PETROV" is now the most frequent spelling: the actor's name changes, and with it its id
    assert "Ivan Petrov" not in by_name and by_name["IVAN PETROV"][1]["articles"] == [1, 3]
    assert int(by_name["IVAN PETROV"][0]) == max(map(int, before)) + 1


# -- the store, batch by batch -----------------------------------------------------------------


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Article files: the test corpora (one with no claims), synthetic articles, and a copy under another name."""
    folder = tmp_path_factory.mktemp("pool")
    files = sorted((TESTS / "corpus" / "articles").iterdir()) + sorted((TESTS / "corpus_ui").glob("*.txt"))
    files += write_articles(folder / "synth", 24, seed=11)
    files += sorted(write_corpus(folder / "conftest").iterdir())
    copy = folder / "copy_of_first.txt"
    shutil.copyfile(files[0], copy)
    return [*files, copy]


@functools.cache
def _extracted(text: str, file: str) -> Any:
    return _extract(text, file)


_extract = ingest_module.extract_article


@pytest.fixture(autouse=True)
def _cached_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file is extracted once per session: the examples differ only in how files are split into ingests."""
    monkeypatch.setattr(ingest_module, "extract_article", _extracted)


def _tables(path: Path) -> dict[str, Any]:
    return read_json(path) or {}


def _records(store: Store) -> tuple[Any, ...]:
    """Every record, and the claims as each index lists them."""
    by_article = {a.id: store.claims(article_id=a.id) for a in store.articles()}
    by_topic = {c.topic: store.topic_claims(c.topic) for c in store.claims()}
    return store.articles(), store.claims(), store.actors(), store.conflicts(), by_article, by_topic


def _without_actor_ids(store: Store) -> tuple[Any, ...]:
    """The store's records with actor ids replaced by actor names (an ingest keeps the ids of earlier ones)."""
    name = {a.id: a.name for a in store.actors()}
    claims = [(replace(c, source_id=None), c.source_id and name[c.source_id]) for c in store.claims()]
    actors = sorted((a.name, a.kind, a.aliases, a.role, a.articles, a.mentions, a.claims) for a in store.actors())
    return store.articles(), claims, actors, store.conflicts()


def _ingest_in_batches(tmp: Path, batches: list[list[Path]], *, incremental: bool) -> Store:
    store = Store.open(tmp / f"{'inc' if incremental else 'full'}.json", build_missing=False)
    store.incremental_writes = incremental
    for batch in batches:
        store.ingest(batch)
    return store


def _check_equivalent(tmp: Path, batches: list[list[Path]]) -> tuple[Store, Store]:
    inc = Store.open(tmp / "inc.json", build_missing=False)
    full = Store.open(tmp / "full.json", build_missing=False)
    full.incremental_writes = False
    for batch in batches:
        inc.ingest(batch)
        full.ingest(batch)
        assert inc.path.read_bytes() == full.path.read_bytes()
        assert _records(inc) == _records(full) == _records(Store.open(inc.path))
    one = Store.open(tmp / "one.json", build_missing=False)
    one.ingest([f for batch in batches for f in batch])
    inc_tables, one_tables = _tables(inc.path), _tables(one.path)
    for name in ("articles", "claims", "conflicts", "meta"):
        assert inc_tables.get(name, {}) == one_tables.get(name, {}), name
    assert _without_actor_ids(inc) == _without_actor_ids(one)
    return inc, one


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_splits_give_the_store_of_one_batch(
    pool: list[Path], tmp_path_factory: Any, data: st.DataObject
) -> None:
    files = data.draw(st.permutations(pool)).copy()
    files = files[: data.draw(st.integers(4, len(files)))]
    files += data.draw(st.lists(st.sampled_from(files), max_size=3))  # ingested again: duplicates
    cuts = sorted(data.draw(st.lists(st.integers(1, len(files) - 1), min_size=1, max_size=4, unique=True)))
    batches = [files[a:b] for a, b in zip([0, *cuts], [*cuts, len(files)], strict=True)]
    _check_equivalent(tmp_path_factory.mktemp("split"), batches)


def test_one_article_at_a_time_uses_the_incremental_path(
    pool: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"full": 0, "extended": 0}
    for name, kind in (("derive_tables", "full"), ("derive_tables_after_adding", "extended")):
        original = getattr(aggregate, name)

        def counted(*args: Any, _original: Any = original, _kind: str = kind, **kwargs: Any) -> Any:
            calls[_kind] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(aggregate, name, counted)
    appended: list[int] = []
    append = Store._append
    monkeypatch.setattr(Store, "_append", lambda self, *a: appended.append(1) or append(self, *a))
    inc, _one = _check_equivalent(tmp_path, [[f] for f in pool[:12]])
    assert calls["extended"] >= 11  # every write after the first extends; the full store's writes recompute
    assert len(appended) >= 11  # ... spliced into the file without parsing its claims
    assert len(inc.conflicts()) >= 2 and any(a.aliases for a in inc.actors())


def test_a_store_of_an_older_schema_is_migrated_then_extended(pool: list[Path], tmp_path: Path) -> None:
    old = tmp_path / "inc.json"
    built = Store.open(old, build_missing=False)
    built.ingest(pool[:5])
    write_json_atomic(old, _as_schema_1(_tables(old)), keep_backup=False)
    shutil.copyfile(old, tmp_path / "full.json")
    assert _tables(old)["meta"] == {"1": {"schema_version": 1}}
    rest = [pool[5:8], pool[8:9]]
    inc = Store.open(old)  # migrated (stamped) on open
    assert _tables(old)["meta"]["1"]["derived_with"] == derivation_fingerprint()
    full = Store.open(tmp_path / "full.json")
    full.incremental_writes = False
    for batch in rest:
        inc.ingest(batch)
        full.ingest(batch)
        assert old.read_bytes() == full.path.read_bytes()
    one = Store.open(tmp_path / "one.json", build_missing=False)
    one.ingest([*pool[:5], *pool[5:9]])
    assert _tables(old)["conflicts"] == _tables(one.path)["conflicts"]
    assert _without_actor_ids(inc) == _without_actor_ids(one)


@pytest.mark.parametrize("stamp", [None, "written-by-another-version"])
def test_tables_not_derived_by_this_code_are_recomputed_once(
    pool: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stamp: str | None
) -> None:
    path = tmp_path / "store.json"
    Store.open(path, build_missing=False).ingest(pool[:4])
    data = _tables(path)
    data["conflicts"] = {}  # stale derived tables, as another version might have left them
    data["actors"] = {k: {**d, "mentions": 0} for k, d in data["actors"].items()}
    if stamp is None:
        del data["meta"]["1"]["derived_with"]
    else:
        data["meta"]["1"]["derived_with"] = stamp
    write_json_atomic(path, data, keep_backup=False)
    extended: list[bool] = []
    original = aggregate.derive_tables_after_adding
    monkeypatch.setattr(
        aggregate, "derive_tables_after_adding", lambda *a, **k: extended.append(True) or original(*a, **k)
    )
    store = Store.open(path)
    store.ingest(pool[4:6])
    assert not extended  # recomputed in full, and stamped
    assert _tables(path)["meta"]["1"]["derived_with"] == derivation_fingerprint()
    one = Store.open(tmp_path / "one.json", build_missing=False)
    one.ingest(pool[:6])
    assert _tables(path)["conflicts"] == _tables(one.path)["conflicts"]
    assert _without_actor_ids(store) == _without_actor_ids(one)
    store.ingest(pool[6:7])
    assert extended == [True]


def test_writers_in_two_processes_see_each_others_articles(pool: list[Path], tmp_path: Path) -> None:
    """A store whose file was replaced by another writer since it was loaded reads it again before adding."""
    path = tmp_path / "store.json"
    first = Store.open(path, build_missing=False)
    first.ingest(pool[:3])
    second = Store.open(path)
    for store, batch in ((second, pool[3:5]), (first, pool[5:6]), (first, pool[6:7]), (second, pool[:8])):
        store.ingest(batch)
        assert _records(store) == _records(Store.open(path))
    assert len(second.articles()) == len({f.read_bytes() for f in pool[:8]})
    first.ingest(pool[:2])  # only duplicates, but the file changed: the other writer's articles are read
    assert _records(first) == _records(second)


def test_when_the_loaded_records_cannot_be_extended_the_whole_file_is_read(
    pool: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = aggregate.update_conflicts
    monkeypatch.setattr(
        aggregate,
        "update_conflicts",
        lambda *a, **k: None if len(a) > 4 and a[4] is not None else original(*a, **k),
    )
    inc, full = (Store.open(tmp_path / f"{name}.json", build_missing=False) for name in ("inc", "full"))
    full.incremental_writes = False
    inc.ingest(pool[:4])
    full.ingest(pool[:4])
    batch = [pool[0], *pool[4:7]]  # one duplicate: reported once, although the first attempt saw it too
    report = inc.ingest(batch)
    full.ingest(batch)
    assert len(report.duplicates) == 1 and len(report.added) == 3
    assert inc.path.read_bytes() == full.path.read_bytes()
    assert _records(inc) == _records(Store.open(inc.path))


def test_stored_articles_are_parsed_one_by_one_or_whole_when_not_where_expected(
    pool: list[Path], tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "store.json", build_missing=False)
    store.ingest(pool[:6])
    whole = _tables(store.path)["articles"]
    hashes = {str(a.id): a.content_hash for a in store.articles()}
    parts = read_parts(store.path)
    assert parts is not None and parts.stored_articles() == whole
    added = {"99": {"file": "new.txt"}}
    one_by_one = parts.articles(hashes, added)
    assert [one_by_one[k] for k in ("2", "5", "99")] == [whole["2"], whole["5"], added["99"]]
    assert list(one_by_one) == [*whole, "99"] and len(one_by_one) == len(whole) + 1
    wrong = parts.articles({**hashes, "3": "another hash"}, {})
    assert wrong["3"] == whole["3"] and dict(wrong.items()) == whole  # fell back to parsing the table whole


def test_the_bytes_read_for_the_splice_parse_as_the_file_does(pool: list[Path], tmp_path: Path) -> None:
    store = Store.open(tmp_path / "store.json", build_missing=False)
    store.ingest(pool[:6])
    whole = read_json(store.path)
    assert whole is not None
    parts = read_parts(store.path)
    assert parts is not None
    parsed = parts.parsed()
    assert parsed == whole and parsed is not None
    assert [list(table) for table in parsed.values()] == [list(table) for table in whole.values()]
    assert list(parsed) == list(whole) and not parts.raw
    broken = read_parts(store.path)
    assert broken is not None
    broken.raw[broken.claims_start + 1] = ord("{")  # a piece that does not parse: the file is read again
    assert broken.parsed() == whole


@pytest.mark.parametrize("stored", [0, 1, 3])
@pytest.mark.parametrize("added", [0, 1, 2])
def test_documents_spliced_into_the_bytes_read_are_the_file_a_whole_write_makes(
    tmp_path: Path, stored: int, added: int
) -> None:
    def table(first: int, n: int, field: str) -> dict[str, Any]:
        return {str(i): {field: f"doc {i}", "n": [i, None]} for i in range(first, first + n)}

    small = {"actors": {"1": {"name": "Kyiv"}}, "conflicts": {}, "meta": {"1": {"schema_version": 2}}}
    data = {"articles": table(1, stored, "text"), "claims": table(1, stored * 2, "row"), **small}
    write_json_atomic(tmp_path / "store.json", data, keep_backup=False)
    parts = read_parts(tmp_path / "store.json")
    assert parts is not None
    new_articles, new_claims = table(stored + 1, added, "text"), table(stored * 2 + 1, added * 3, "row")
    new_small = {"actors": {}, "conflicts": {"1": {"claims": [1, 2]}}, "meta": {"1": {"schema_version": 2, "x": 1}}}
    whole = {
        "articles": {**data["articles"], **new_articles},
        "claims": {**data["claims"], **new_claims},
        **new_small,
    }
    assert parts.extended(new_articles, new_claims, new_small) == orjson.dumps(whole)


def test_a_store_stamped_by_other_code_is_read_once_before_it_is_recomputed(
    pool: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inc, full = (Store.open(tmp_path / f"{name}.json", build_missing=False) for name in ("inc", "full"))
    full.incremental_writes = False
    for store in (inc, full):
        store.ingest(pool[:4])
        data = _tables(store.path)
        data["meta"]["1"]["derived_with"] = "another version"
        write_json_atomic(store.path, data, keep_backup=False)
    inc, full = Store.open(inc.path), Store.open(full.path)
    full.incremental_writes = False
    import store.store as store_module

    reads: list[Path] = []
    read = store_module.read_json
    monkeypatch.setattr(store_module, "read_json", lambda path: reads.append(path) or read(path))
    inc.ingest(pool[4:7])
    assert reads == []  # the file read for the splice was parsed, not read again
    full.ingest(pool[4:7])
    assert inc.path.read_bytes() == full.path.read_bytes()
    assert _records(inc) == _records(Store.open(inc.path))


def test_a_store_not_listed_by_id_is_read_whole(
    pool: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "inc.json"
    Store.open(path, build_missing=False).ingest(pool[:5])
    data = _tables(path)
    data["articles"] = dict(reversed(data["articles"].items()))
    data["actors"], data["conflicts"] = derive_tables(data["articles"], data["claims"], data["actors"])  # stamp holds
    write_json_atomic(path, data, keep_backup=False)
    shutil.copyfile(path, tmp_path / "full.json")
    inc, full = Store.open(path), Store.open(tmp_path / "full.json")
    full.incremental_writes = False
    monkeypatch.setattr(Store, "_append", lambda *a: pytest.fail("spliced into a store not listed by id"))
    inc.ingest(pool[5:7])
    full.ingest(pool[5:7])
    assert path.read_bytes() == full.path.read_bytes()


NOT_DERIVING = {
    "extract/drafts.py": "the extractor's output records: the derivation reads stored documents",
    "extract/topics/__init__.py": "re-exports load_taxonomy; the unit families it yields are in the fingerprint",
}


def test_the_fingerprint_covers_every_module_the_derivation_imports() -> None:
    """A module the derived tables depend on but the fingerprint leaves out would let a stale table be extended."""
    import ast

    root = TESTS.parent / "store"
    for name in aggregate.DERIVED_WITH:
        if not name.endswith(".py"):
            continue
        for node in ast.walk(ast.parse((root / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("store."):
                parts = node.module.split(".")[1:]
                module = "/".join(parts)
                path = f"{module}/__init__.py" if (root / module).is_dir() else f"{module}.py"
                assert path in aggregate.DERIVED_WITH or path in NOT_DERIVING, f"{name} imports {path}"


def test_a_replaced_topic_taxonomy_changes_the_fingerprint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from store.extract.topics.taxonomy import load_taxonomy

    before = derivation_fingerprint()
    data = orjson.loads((TESTS.parent / "store" / "data" / "topics.json").read_bytes())
    text = orjson.dumps(data).decode()
    assert "shells" in text
    replaced = tmp_path / "topics.json"
    replaced.write_text(text.replace('"shells"', '"shellz"'), encoding="utf-8")
    monkeypatch.setenv("NKRU_TUI_TOPICS", str(replaced))
    for cached in (load_taxonomy, derivation_fingerprint):
        cached.cache_clear()
    try:
        assert derivation_fingerprint() != before
    finally:
        monkeypatch.delenv("NKRU_TUI_TOPICS")
        for cached in (load_taxonomy, derivation_fingerprint):
            cached.cache_clear()
    assert derivation_fingerprint() == before


def test_the_bundled_gazetteer_lets_ingests_extend_the_actors_table() -> None:
    # Were it false, every ingest would silently fall back to reading the whole store and recounting every actor.
    from store.actors_table import _names_key_their_actors

    assert _names_key_their_actors()
