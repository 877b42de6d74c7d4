"""tui.catalog: the browser's indexes agree with the store's own queries."""

from __future__ import annotations

from pathlib import Path

from store import Claim, Store
from tests.app_helpers import ui_store
from tui.catalog import Catalog, Filters


def test_indexes_agree_with_the_store(tmp_path: Path) -> None:
    store: Store = ui_store(tmp_path)
    catalog = Catalog.build(store)
    assert [c.id for c in catalog.claims] == [c.id for c in store.claims()]
    for actor in store.actors():
        assert catalog.actor_claims(actor.id) == store.claims_of_actor(actor.id)
        assert list(catalog.visible_claims(Filters(actor_id=actor.id))) == store.claims_of_actor(actor.id)
    for article in store.articles():
        assert list(catalog.visible_claims(Filters(article_id=article.id))) == store.claims(article_id=article.id)
        assert list(catalog.visible_actors(Filters(article_id=article.id))) == store.actors(article_id=article.id)
    for claim in store.claims():
        assert {c.id for c in catalog.topic_claims(claim.topic)} == {c.id for c in store.topic_claims(claim.topic)}


def test_stepping_visits_every_claim_once_in_both_directions(tmp_path: Path) -> None:
    store = ui_store(tmp_path)
    catalog = Catalog.build(store)
    forward, current = [], None
    while (current := catalog.step(current, Filters(), 1)) is not None:
        forward.append(current.id)
    backward, current = [], None
    while (current := catalog.step(current, Filters(), -1)) is not None:
        backward.append(current.id)
    assert forward == [c.id for c in store.claims()] == backward[::-1]
    conflicting, current = [], None
    while (current := catalog.step(current, Filters(), 1, conflicting=True)) is not None:
        conflicting.append(current.id)
    assert conflicting == [c.id for c in store.claims() if c.conflict_id is not None]


def test_rivals_exclude_the_claim_and_mark_disagreement(tmp_path: Path) -> None:
    store = ui_store(tmp_path)
    catalog = Catalog.build(store)
    for claim in store.claims():
        rivals, total = catalog.rivals(claim)
        assert claim.id not in [r.claim.id for r in rivals]
        assert total >= len(rivals)
        assert all(r.claim.topic == claim.topic for r in rivals)


def test_distinct_claims_count_every_claim_of_the_topic_once(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for n in range(3):  # the same wire story carried three times by one outlet, once by another
        outlet = "Harbour Courier" if n < 2 else "Danube Daily"
        (seeds / f"copy{n}.txt").write_text(
            f"---\ntitle: Troops in Kursk, part {n}\noutlet: {outlet}\n---\n"
            "SEOUL — South Korea's spy agency said on Monday that 11,000 North Korean troops are in Kursk.\n",
            encoding="utf-8",
        )
    store = ui_store(tmp_path, seeds)
    catalog = Catalog.build(store)
    topic = store.claims()[0].topic
    distinct = catalog.distinct_claims(topic)
    assert sum(n for _claim, n in distinct) == len(store.topic_claims(topic))
    assert len(distinct) < len(store.topic_claims(topic))


def test_rivals_count_every_other_distinct_figure_but_show_at_most_the_limit(seed_store: Store) -> None:
    catalog = Catalog.build(seed_store)
    outlet = {a.id: a.outlet for a in seed_store.articles()}

    def key(c: Claim) -> tuple[object, ...]:
        return (c.value_low, c.value_high, c.source, outlet[c.article_id])

    for claim in seed_store.claims():
        others = {key(c) for c in seed_store.topic_claims(claim.topic)} - {key(claim)}
        rivals, total = catalog.rivals(claim, limit=2)
        assert total == len(others)
        assert len(rivals) == min(2, len(others))


def test_search_results_read_like_a_list_of_the_matching_claims(tmp_path: Path) -> None:
    store = ui_store(tmp_path)
    catalog = Catalog.build(store)
    query = catalog.claims[0].text
    found = catalog.search(query)
    assert found is not None and 0 < len(found.claim_positions) < len(catalog.claims)
    rows = catalog.visible_claims(Filters(query=query))
    expected = [catalog.claim_by_id[i] for i in found.claims]
    assert len(rows) == len(expected) and list(rows) == expected
    assert rows[0] is expected[0] and rows[-1] is expected[-1] and rows[1:3] == expected[1:3]
    assert list(catalog.visible_claims(Filters(query="   "))) == catalog.claims  # no words, no narrowing
