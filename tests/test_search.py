"""store.search: the text index behind the browser's / search, and figure disagreement."""

from __future__ import annotations

import pytest

from store import Actor, Article, Claim
from store.disagreement import disagrees
from store.search import TextIndex


def article(id: int, title: str, outlet: str = "Harbour Courier") -> Article:
    return Article(id=id, file=f"{id}.txt", text="", content_hash=str(id), title=title, outlet=outlet)


def claim(id: int, article_id: int, text: str, sentence: str, *, topic: str = "troops_deployed", **kw) -> Claim:  # type: ignore[no-untyped-def]
    return Claim(
        id=id, article_id=article_id, file=f"{article_id}.txt", topic=topic, text=text, sentence=sentence,
        start=0, end=len(text), sentence_start=0, sentence_end=len(sentence), **kw,
    )  # fmt: skip


ARTICLES = [article(1, "Seoul sees more troops in Kursk"), article(2, "Kyiv's estimate", outlet="Danube Daily")]
CLAIMS = [
    claim(
        1, 1, "11,000", "Seoul said 11,000 soldiers are in Kursk.", source="Seoul", value_low=11000, value_high=11000
    ),
    claim(2, 2, "25,000-30,000", "Kyiv expects 25,000-30,000 troops.", value_low=25000, value_high=30000),
    claim(3, 2, "3,800", "Some 3,800 were killed or wounded.", topic="nk_casualties", value_low=3800, value_high=3800),
]
ACTORS = [Actor(id=1, name="Sergei Shoigu", kind="person", aliases=("Shoigu",)), Actor(id=2, name="Kyiv", kind="place")]


@pytest.mark.parametrize(
    ("query", "articles", "claims", "actors"),
    [
        ("kursk", [1], [1], []),  # article by title, claim by sentence and title
        ("expects", [2], [2], []),  # an article holding a matching claim matches
        ("KURSK", [1], [1], []),  # case-insensitive
        ("danube", [2], [2, 3], []),  # outlet reaches the article's claims
        ("kyiv", [2], [2, 3], [2]),  # claims match by their article's title too
        ("wounded 3,800", [2], [3], []),  # every word must match
        ("shoigu", [], [], [1]),  # aliases
        ("casualties", [2], [3], []),  # topic
        ("nothing-like-this", [], [], []),
    ],
)
def test_search_matches_every_word_in_articles_claims_and_actors(
    query: str, articles: list[int], claims: list[int], actors: list[int]
) -> None:
    found = TextIndex(ARTICLES, CLAIMS, ACTORS).search(query)
    assert found is not None
    assert (found.articles, found.claims, found.actors) == (articles, claims, actors)
    assert [CLAIMS[k].id for k in found.claim_positions] == claims


def test_typing_narrows_and_backspace_widens_again() -> None:
    index = TextIndex(ARTICLES, CLAIMS, ACTORS)
    typed = ["k", "ky", "kyi", "kyiv", "kyi", "k", "ku"]
    fresh = [TextIndex(ARTICLES, CLAIMS, ACTORS).search(q) for q in typed]
    assert [index.search(q) for q in typed] == fresh


def test_an_empty_query_is_no_search() -> None:
    assert TextIndex(ARTICLES, CLAIMS, ACTORS).search("   ") is None


def test_control_sequences_in_the_query_are_ignored() -> None:
    found = TextIndex(ARTICLES, CLAIMS, ACTORS).search("kur\x1b[31msk")
    assert found is not None and found.claims == [1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((11000, 11000), (25000, 30000), True),
        ((25000, 30000), (28000, 28000), False),  # inside the range
        ((None, 12000), (6000, 6000), False),  # "up to 12,000" allows 6,000
        ((10000, None), (6000, 6000), True),  # "more than 10,000" excludes 6,000
        ((None, None), (6000, 6000), False),  # no figure, no disagreement
    ],
)
def test_disagrees_when_ranges_do_not_overlap(
    a: tuple[float | None, float | None], b: tuple[float | None, float | None], expected: bool
) -> None:
    first = claim(1, 1, "x", "x", value_low=a[0], value_high=a[1])
    second = claim(2, 2, "y", "y", value_low=b[0], value_high=b[1])
    assert disagrees(first, second) is expected
    assert disagrees(second, first) is expected


def test_claims_on_different_topics_never_disagree() -> None:
    assert not disagrees(CLAIMS[0], CLAIMS[2])
