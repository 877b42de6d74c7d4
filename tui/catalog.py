"""The browser's in-memory view of a store: records plus the indexes navigation needs.

Built once per load in a worker thread from :class:`store.Store`'s public API,
then only read. Filtering by article, actor or search text and moving to the
next claim or the next conflicting claim cost time proportional to what is
shown, not to the size of the store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from store import Actor, Article, Claim, Store
from store.search import SearchResult, TextIndex, disagrees


@dataclass(frozen=True, slots=True)
class Filters:
    """What the claims pane is narrowed to; None means no narrowing."""

    article_id: int | None = None
    actor_id: int | None = None
    query: str = ""


@dataclass(frozen=True, slots=True)
class Rival:
    """Another claim on the selected claim's topic, as the conflict strip shows it."""

    claim: Claim
    article: Article | None
    disagrees: bool


@dataclass(slots=True)
class Catalog:
    """Everything the browser shows, indexed for fast filtering and navigation."""

    articles: list[Article]
    claims: list[Claim]
    """Every claim in reading order (article, then position in the text)."""
    actors: list[Actor]
    article_by_id: dict[int, Article] = field(default_factory=dict)
    claim_by_id: dict[int, Claim] = field(default_factory=dict)
    actor_by_id: dict[int, Actor] = field(default_factory=dict)
    position: dict[int, int] = field(default_factory=dict)
    """Claim id -> index in :attr:`claims`."""
    claims_by_article: dict[int, list[Claim]] = field(default_factory=dict)
    text: TextIndex | None = None
    _by_topic: dict[str, list[Claim]] = field(default_factory=dict)
    _actor_claims: dict[int, list[Claim]] = field(default_factory=dict)
    _distinct_by_topic: dict[str, list[tuple[tuple[object, ...], Claim, Article | None]]] = field(default_factory=dict)
    _repeats: dict[str, dict[tuple[object, ...], int]] = field(default_factory=dict)
    _search_cache: tuple[str, SearchResult | None] = ("", None)

    @classmethod
    def empty(cls) -> Catalog:
        return cls(articles=[], claims=[], actors=[])

    @classmethod
    def build(cls, store: Store) -> Catalog:
        """Read everything from ``store`` and index it (slow on big stores: call from a worker)."""
        articles = store.articles()
        claims = store.claims()
        actors = store.actors()
        by_article: dict[int, list[Claim]] = defaultdict(list)
        by_topic: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_article[claim.article_id].append(claim)
            by_topic[claim.topic].append(claim)
        catalog = cls(
            articles=articles,
            claims=claims,
            actors=actors,
            article_by_id={a.id: a for a in articles},
            claim_by_id={c.id: c for c in claims},
            actor_by_id={a.id: a for a in actors},
            position={c.id: i for i, c in enumerate(claims)},
            claims_by_article=dict(by_article),
            text=TextIndex(articles, claims, actors),
        )
        catalog._by_topic = {t: sorted(cs, key=catalog.date_key) for t, cs in by_topic.items()}
        for topic in catalog._by_topic:  # here, in the worker, rather than on the first keypress
            catalog._distinct(topic)
        return catalog

    # -- single records ----------------------------------------------------------------

    def date_of(self, claim: Claim) -> str | None:
        """The claim's own date, else its article's publication date."""
        if claim.date:
            return claim.date
        article = self.article_by_id.get(claim.article_id)
        return article.published if article else None

    def date_key(self, claim: Claim) -> tuple[str, int]:
        """Sort key: dated claims first, oldest first, then reading order."""
        return (self.date_of(claim) or "9999", self.position.get(claim.id, 0))

    # -- filtering ---------------------------------------------------------------------

    def search(self, query: str) -> SearchResult | None:
        if self.text is None:
            return None
        if self._search_cache[0] != query:
            self._search_cache = (query, self.text.search(query))
        return self._search_cache[1]

    def actor_claims(self, actor_id: int) -> list[Claim]:
        """Claims the actor is the source of or whose article mentions it (as :meth:`Store.claims_of_actor`)."""
        cached = self._actor_claims.get(actor_id)
        if cached is not None:
            return cached
        actor = self.actor_by_id.get(actor_id)
        if actor is None:
            return []
        ids = set(actor.claims)
        for article_id in actor.articles:
            ids.update(c.id for c in self.claims_by_article.get(article_id, ()))
        result = sorted((self.claim_by_id[i] for i in ids if i in self.claim_by_id), key=lambda c: self.position[c.id])
        self._actor_claims[actor_id] = result
        return result

    def visible_claims(self, filters: Filters) -> Sequence[Claim]:
        """The claims the filters leave, in reading order."""
        found = self.search(filters.query) if filters.query else None
        if filters.article_id is not None:
            result: Sequence[Claim] = self.claims_by_article.get(filters.article_id, [])
        elif filters.actor_id is not None:
            result = self.actor_claims(filters.actor_id)
        elif found is not None:
            # The text index was built from self.claims, so its positions index it directly.
            return list(map(self.claims.__getitem__, found.claim_positions))
        else:
            result = self.claims
        if filters.actor_id is not None and filters.article_id is not None:
            wanted = {c.id for c in self.actor_claims(filters.actor_id)}
            result = [c for c in result if c.id in wanted]
        if found is not None:
            matching = set(found.claim_positions)
            result = [c for c in result if self.position[c.id] in matching]
        return result

    def visible_articles(self, filters: Filters) -> Sequence[Article]:
        found = self.search(filters.query) if filters.query else None
        if found is None:
            return self.articles
        return [self.article_by_id[i] for i in found.articles if i in self.article_by_id]

    def visible_actors(self, filters: Filters) -> Sequence[Actor]:
        result: Sequence[Actor] = self.actors
        if filters.article_id is not None:
            result = [a for a in result if filters.article_id in a.articles]
        found = self.search(filters.query) if filters.query else None
        if found is not None:
            matching = set(found.actors)
            result = [a for a in result if a.id in matching]
        return result

    # -- navigation --------------------------------------------------------------------

    def step(self, claim: Claim | None, filters: Filters, direction: int, *, conflicting: bool = False) -> Claim | None:
        """The next (``direction`` 1) or previous (-1) claim in reading order across all articles.

        Actor and search filters are respected; the article filter is not (the
        caller moves it to follow). With ``conflicting`` only claims in a
        conflict group count. Returns None at either end.
        """
        pool_filters = Filters(actor_id=filters.actor_id, query=filters.query)
        pool = self.visible_claims(pool_filters)
        if not pool:
            return None
        positions = self.position
        if claim is None:
            index = -1 if direction > 0 else len(pool)
        else:
            index = _locate(pool, positions, positions.get(claim.id, -1), direction)
        index += direction
        while 0 <= index < len(pool):
            candidate = pool[index]
            if not conflicting or candidate.conflict_id is not None:
                return candidate
            index += direction
        return None

    # -- comparisons -------------------------------------------------------------------

    def topic_claims(self, topic: str) -> list[Claim]:
        """Every claim on ``topic``, oldest first."""
        return self._by_topic.get(topic, [])

    def rivals(self, claim: Claim, limit: int = 24) -> tuple[list[Rival], int]:
        """Other figures on the claim's topic (one per figure, source and outlet), oldest first.

        Returns the rivals shown (at most ``limit``) and how many distinct ones there are in all.
        """
        own = self._figure_key(claim)
        distinct = self._distinct(claim.topic)
        shown: list[Rival] = []
        for key, other, article in distinct:
            if len(shown) >= limit:
                break  # the count below needs no walk: keys are unique, so it is one dict lookup
            if key != own:
                shown.append(Rival(other, article, disagrees(claim, other)))
        total = len(distinct) - (own in self._repeats[claim.topic])
        return shown, total

    def _figure_key(self, claim: Claim) -> tuple[object, ...]:
        article = self.article_by_id.get(claim.article_id)
        return (claim.value_low, claim.value_high, claim.source, article.outlet if article else None)

    def _distinct(self, topic: str) -> list[tuple[tuple[object, ...], Claim, Article | None]]:
        """The first (oldest) claim of each distinct figure, source and outlet on ``topic``; cached."""
        cached = self._distinct_by_topic.get(topic)
        if cached is None:
            seen: set[tuple[object, ...]] = set()
            cached = []
            repeats: dict[tuple[object, ...], int] = {}
            for claim in self.topic_claims(topic):
                key = self._figure_key(claim)
                repeats[key] = repeats.get(key, 0) + 1
                if key not in seen:
                    seen.add(key)
                    cached.append((key, claim, self.article_by_id.get(claim.article_id)))
            self._distinct_by_topic[topic] = cached
            self._repeats[topic] = repeats
        return cached

    def distinct_claims(self, topic: str) -> list[tuple[Claim, int]]:
        """One claim per distinct figure, source and outlet on ``topic`` (the oldest), with how many say it."""
        distinct = self._distinct(topic)
        repeats = self._repeats[topic]
        return [(claim, repeats[key]) for key, claim, _article in distinct]

    def same_figure(self, a: Claim, b: Claim) -> bool:
        """Whether two claims give the same figure from the same source in the same outlet."""
        return self._figure_key(a) == self._figure_key(b)


def _locate(pool: Sequence[Claim], positions: dict[int, int], target: int, direction: int) -> int:
    """Index in ``pool`` of the claim at reading position ``target``, or where it would sit.

    For a claim not in ``pool`` the index returned is the one just before
    (``direction`` 1) or just after (-1) where it would be, so stepping lands on
    its neighbour.
    """
    lo, hi = 0, len(pool)
    while lo < hi:
        mid = (lo + hi) // 2
        if positions[pool[mid].id] < target:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(pool) and positions[pool[lo].id] == target:
        return lo
    return lo - 1 if direction > 0 else lo
