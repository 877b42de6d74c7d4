"""Conflict grouping: disagreement, like-with-like measures, open bounds, dates, and the linear algorithm."""

from __future__ import annotations

import random
from typing import Any

import pytest

from store.aggregate import build_conflicts
from store.conflicts import Figure, disagree, group_conflicts
from store.measures import measure_of


def fig(
    i: int, low: float | None, high: float | None, source: str | None = None, article: int = 1, **kw: Any
) -> Figure:
    return Figure(
        id=i,
        article_id=article,
        topic=kw.get("topic", "troops_deployed"),
        low=low,
        high=high,
        source=source,
        measure=kw.get("measure", "count"),
    )


# (a, b, disagree?)
PAIRS = [
    (fig(1, 3000, 3000, "NIS"), fig(2, 8000, 8000, "Pentagon"), True),
    (fig(1, 10000, 15000, "A"), fig(2, 12000, 12000, "B"), False),  # inside the range
    (fig(1, 10000, None, "A"), fig(2, 12000, 12000, "B"), False),  # more than 10,000 allows 12,000
    (fig(1, None, 12000, "A"), fig(2, 15000, 15000, "B"), True),  # up to 12,000 vs 15,000
    (fig(1, None, 12000, "A"), fig(2, 3000, 3000, "B"), False),  # up to 12,000 allows 3,000
    (fig(1, 1000, 9999, "A"), fig(2, 3000, 3000, "B"), False),  # "thousands" vs 3,000
    (fig(1, 3000, 3000, "A", article=1), fig(2, 8000, 8000, "A", article=1), False),  # one source, one article
    (fig(1, 3000, 3000, "A", article=1), fig(2, 8000, 8000, "A", article=2), True),  # same source, later article
    (fig(1, 3000, 3000, None, article=1), fig(2, 8000, 8000, None, article=2), True),  # two outlets
    (fig(1, 3000, 3000, "A", topic="troops_pledged"), fig(2, 8000, 8000, "B"), False),  # other topic
    (fig(1, 2000, 2000, "A", measure="money:dollars/month"), fig(2, 20000, 20000, "B", measure="money:dollars"), False),
]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_disagree(a: Figure, b: Figure, expected: bool) -> None:
    assert disagree(a, b) is expected
    assert disagree(b, a) is expected


def _in_sentence(sentence: str, figure: str, unit: str) -> dict[str, Any]:
    start = sentence.index(figure)
    return {
        "text": figure,
        "unit": unit,
        "topic": "nk_casualties",
        "sentence": sentence,
        "sentence_start": 0,
        "start": start,
        "end": start + len(figure),
    }


# (claim document fields, expected measure)
MEASURES = [
    ({"text": "6,000", "unit": "soldiers", "topic": "troops_pledged"}, "count"),
    ({"text": "$2,000 a month", "unit": "dollars a month", "topic": "payment"}, "money:dollars/month"),
    ({"text": "up to $20,000", "unit": "dollars", "topic": "payment"}, "money:dollars"),
    ({"text": "5,000", "unit": "roubles per month", "topic": "payment"}, "money:roubles/month"),
    ({"text": "40%", "unit": "pay", "topic": "payment"}, "share"),
    ({"text": "a third", "unit": "force", "topic": "nk_casualties", "value_low": 1 / 3, "value_high": 1 / 3}, "share"),
    ({"text": "9 million", "unit": "artillery shells", "topic": "munitions"}, "count:shells"),
    ({"text": "100", "unit": "ballistic missiles", "topic": "munitions"}, "count:missiles"),
    ({"text": "200", "unit": "howitzers and rocket launchers", "topic": "munitions"}, "count:launchers"),
    ({"text": "16,000", "unit": "containers of ammunition", "topic": "munitions"}, "count:containers"),
    (_in_sentence("The video showed nine coffins.", "nine", "coffins"), "count:dead"),
    (_in_sentence("About 4,000 were killed or wounded.", "About 4,000", "soldiers"), "count:combined"),
    (_in_sentence("Kyiv said 2 soldiers were captured.", "2", "soldiers"), "count:captured"),
    (_in_sentence("Losses reached 3,000, officials said.", "3,000", "losses"), "count:combined"),
]


@pytest.mark.parametrize(("claim", "expected"), MEASURES)
def test_measure_of(claim: dict[str, Any], expected: str) -> None:
    assert measure_of(claim) == expected


def _claim(
    article: int,
    text: str,
    low: float | None,
    high: float | None,
    topic: str,
    source: str | None,
    unit: str = "troops",
    date: str | None = None,
) -> dict[str, Any]:
    return {
        "article_id": article,
        "text": text,
        "value_low": low,
        "value_high": high,
        "topic": topic,
        "source": source,
        "unit": unit,
        "date": date,
    }


def test_build_conflicts_pledged_and_deployed_groups() -> None:
    claims = {
        "1": _claim(1, "6,000", 6000, 6000, "troops_pledged", "Russia", date="2025-06-17"),
        "2": _claim(1, "25,000-30,000", 25000, 30000, "troops_pledged", "Ukraine", date="2025-06-17"),
        "3": _claim(2, "3,000", 3000, 3000, "troops_deployed", "National Intelligence Service", date="2024-10-18"),
        "4": _claim(3, "8,000", 8000, 8000, "troops_deployed", "Antony Blinken", date="2024-10-31"),
        "5": _claim(4, "about 10,000-15,000", 10000, 15000, "troops_deployed", None, date="2025-06-20"),
        "6": _claim(4, "$2,000 a month", 2000, 2000, "payment", "Andrei Lankov", unit="dollars a month"),
        "7": _claim(5, "up to $20,000", None, 20000, "payment", "Andrei Lankov", unit="dollars"),
        "8": _claim(5, "12,000", 12000, 12000, "other", None, unit="workers"),
        "9": _claim(6, "4,000", 4000, 4000, "other", None, unit="workers"),
    }
    groups = build_conflicts(claims)
    by_topic = {g["topic"]: g for g in groups.values()}
    assert set(by_topic) == {"troops_pledged", "troops_deployed"}  # money rates differ; "other" is never grouped
    assert by_topic["troops_pledged"]["claims"] == [1, 2]
    assert by_topic["troops_pledged"]["sources"] == ["Russia", "Ukraine"]
    assert (by_topic["troops_pledged"]["low"], by_topic["troops_pledged"]["high"]) == (6000, 30000)
    deployed = by_topic["troops_deployed"]
    assert deployed["claims"] == [3, 4, 5]
    assert (deployed["first_date"], deployed["last_date"]) == ("2024-10-18", "2025-06-20")


def test_shares_compare_percent_with_fractions() -> None:
    claims = {
        "1": _claim(1, "half", 0.5, 0.5, "nk_casualties", "A", unit="force"),
        "2": _claim(2, "20%", 20, 20, "nk_casualties", "B", unit="force"),
        "3": _claim(3, "about 50%", 50, 50, "nk_casualties", "C", unit="force"),
    }
    (group,) = build_conflicts(claims).values()
    assert group["claims"] == [1, 2, 3]
    assert group["measure"] == "share"
    assert (group["low"], group["high"]) == (20, 50)


def test_parts_of_a_stated_total_do_not_disagree_with_it() -> None:
    figs = [
        fig(1, 6000, 6000, "Moscow"),
        fig(2, 1000, 1000, "Shoigu"),  # "1,000 sappers and 5,000 military builders are heading to Kursk"
        fig(3, 5000, 5000, "Shoigu"),
        fig(4, 25000, 30000, "Kyiv"),
    ]
    figs = [Figure(f.id, f.article_id, "troops_pledged", f.low, f.high, f.source) for f in figs]
    assert [[f.id for f in g] for g in group_conflicts(figs)] == [[1, 4]]
    # deployed counts grow over time: 3,000 and 8,000 beside 11,000 stay in the group
    deployed = [
        Figure(i, 1, "troops_deployed", v, v, s) for i, v, s in ((1, 11000, "A"), (2, 3000, "B"), (3, 8000, "B"))
    ]
    assert [[f.id for f in g] for g in group_conflicts(deployed)] == [[1, 2, 3]]


def _brute_force(figs: list[Figure]) -> list[list[int]]:
    by_key: dict[tuple[str, str], list[Figure]] = {}
    for f in figs:
        if f.topic != "other" and not (f.low is None and f.high is None):
            by_key.setdefault((f.topic, f.measure), []).append(f)
    groups = []
    for key in sorted(by_key):
        figs_of_key = by_key[key]
        if key[0] == "troops_pledged":
            exact = [f for f in figs_of_key if f.low is not None and f.low == f.high and f.low > 0]
            parts = {
                x
                for a in exact
                for b in exact
                if a.id < b.id and a.identity == b.identity
                for t in exact
                if t.id not in (a.id, b.id) and t.low == a.low + b.low
                for x in (a.id, b.id)
            }
            figs_of_key = [f for f in figs_of_key if f.id not in parts]
        members = [f.id for f in figs_of_key if any(disagree(f, g) for g in figs_of_key if g.id != f.id)]
        if len(members) >= 2:
            groups.append(sorted(members))
    return groups


def test_linear_grouping_equals_pairwise_comparison() -> None:
    rng = random.Random(7)
    for _ in range(200):
        figs = []
        for i in range(rng.randint(0, 12)):
            low = rng.choice([None, 1000, 3000, 5000, 8000, 12000])
            high = rng.choice([None, low, 15000]) if low is not None else rng.choice([None, 4000, 12000])
            if low is not None and high is not None and high < low:
                high = low
            figs.append(
                Figure(
                    id=i,
                    article_id=rng.randint(1, 3),
                    topic=rng.choice(["troops_deployed", "troops_pledged", "other"]),
                    low=low,
                    high=high,
                    source=rng.choice([None, "A", "B"]),
                    measure=rng.choice(["count", "count", "share"]),
                )
            )
        assert [[f.id for f in g] for g in group_conflicts(figs)] == _brute_force(figs)
