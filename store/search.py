"""Text search over the loaded store, and the figure comparisons the browser shows.

:class:`TextIndex` keeps one lower-cased haystack per article, claim and actor,
built once, so a query is a linear scan of plain ``str.__contains__`` calls (a
few milliseconds for 100,000 claims). :func:`disagrees` tells whether two claims
state figures that cannot both be right.
"""

from __future__ import annotations

from dataclasses import dataclass

from store.measures import measure_of
from store.models import Actor, Article, Claim
from store.sanitize import clean


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Ids matching a query, each list in the order of the index."""

    articles: list[int]
    claims: list[int]
    actors: list[int]


def terms_of(query: str) -> list[str]:
    """The lower-cased words of ``query``; every one of them must match."""
    return clean(query).casefold().split()


class TextIndex:
    """Case-insensitive substring search over articles, claims and actors."""

    def __init__(self, articles: list[Article], claims: list[Claim], actors: list[Actor]) -> None:
        titles = {a.id: a.title or "" for a in articles}
        outlets = {a.id: a.outlet or "" for a in articles}
        self._articles = [
            (a.id, " ".join(filter(None, (a.title, a.outlet, a.author, a.file, a.published))).casefold())
            for a in articles
        ]
        self._claims = [
            (
                c.id,
                c.article_id,
                " ".join(
                    filter(None, (c.text, c.topic, c.source, c.sentence, titles[c.article_id], outlets[c.article_id]))
                ).casefold()
                if c.article_id in titles
                else " ".join(filter(None, (c.text, c.topic, c.source, c.sentence))).casefold(),
            )
            for c in claims
        ]
        self._actors = [(a.id, " ".join((a.name, a.kind, a.role or "", *a.aliases)).casefold()) for a in actors]

    def search(self, query: str) -> SearchResult | None:
        """What matches every word of ``query``; None when the query has no words.

        An article matches by its own metadata or by holding a matching claim.
        """
        terms = terms_of(query)
        if not terms:
            return None
        claims: list[int] = []
        holding: set[int] = set()
        for cid, aid, hay in self._claims:
            if all(t in hay for t in terms):
                claims.append(cid)
                holding.add(aid)
        articles = [aid for aid, hay in self._articles if aid in holding or all(t in hay for t in terms)]
        actors = [aid for aid, hay in self._actors if all(t in hay for t in terms)]
        return SearchResult(articles=articles, claims=claims, actors=actors)


def bounds(claim: Claim) -> tuple[float, float] | None:
    """A claim's figure as a closed interval; open ends become 0 or infinity."""
    if claim.value_low is None and claim.value_high is None:
        return None
    low = claim.value_low if claim.value_low is not None else 0.0
    high = claim.value_high if claim.value_high is not None else float("inf")
    return low, high


def disagrees(a: Claim, b: Claim) -> bool:
    """Whether two claims on one topic and measure state figures whose ranges do not overlap."""
    if a.topic != b.topic or _measure(a) != _measure(b):
        return False
    ab, bb = bounds(a), bounds(b)
    if ab is None or bb is None:
        return False
    return ab[1] < bb[0] or bb[1] < ab[0]


def _measure(claim: Claim) -> str:
    return measure_of({"text": claim.text, "unit": claim.unit})
