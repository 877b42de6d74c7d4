"""The browser's in-memory view of a store: records plus the indexes navigation needs.

Built once per load in a worker thread from :class:`store.Store`'s public API,
then only read. Filtering by article, actor or search text and moving to the
next claim or the next conflicting claim cost time proportional to what is
shown, not to the size of the store.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, overload

if TYPE_CHECKING:
    from store import Actor, Article, Claim
    from store.search import SearchResult, TextIndex

# Plain classes with __slots__ rather than dataclasses: these are view state, not domain records, and
# building three dataclasses cost ~5 ms of the app's start. Store types are imported for type checking only:
# the store is opened and indexed in a worker, after the first paint.

T = TypeVar("T")


class Picked(Sequence[T], Generic[T]):
    """A read-only view of the records at ``keys`` (positions or ids), looked up only when a row is read.

    Search results can hold every claim of the store; building a list of them on each keystroke costs more than
    the few rows a table shows.
    """

    __slots__ = ("_keys", "_lookup")

    def __init__(self, keys: Sequence[int], lookup: Callable[[int], T]) -> None:
        self._keys = keys
        self._lookup = lookup

    def __len__(self) -> int:
        return len(self._keys)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return list(map(self._lookup, self._keys[index]))
        return self._lookup(self._keys[index])

    def __iter__(self) -> Iterator[T]:
        return map(self._lookup, self._keys)

    def __repr__(self) -> str:
        return f"Picked({len(self._keys)} records)"


Distinct = list[tuple[tuple[object, ...], "Claim", "Article | None"]]
"""Per topic: (figure key, the oldest claim with it, its article), one entry per distinct figure key."""


class Records(Protocol):
    """What a catalog is built from: a :class:`store.Store`, or a :class:`store.preview.Preview` of one."""

    def articles(self) -> list[Article]: ...

    def claims(self) -> list[Claim]: ...

    def actors(self) -> list[Actor]: ...


class Filters:
    """What the claims pane is narrowed to; None means no narrowing. Immutable: make a new one to change it."""

    __slots__ = ("actor_id", "article_id", "query")

    article_id: int | None
    actor_id: int | None
    query: str

    def __init__(self, article_id: int | None = None, actor_id: int | None = None, query: str = "") -> None:
        object.__setattr__(self, "article_id", article_id)
        object.__setattr__(self, "actor_id", actor_id)
        object.__setattr__(self, "query", query)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"Filters are immutable; make new ones instead of setting {name!r}")

    def _key(self) -> tuple[int | None, int | None, str]:
        return (self.article_id, self.actor_id, self.query)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Filters):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Filters(article_id={self.article_id!r}, actor_id={self.actor_id!r}, query={self.query!r})"


class Rival:
    """Another claim on the selected claim's topic, as the conflict strip shows it."""

    __slots__ = ("article", "claim", "disagrees")

    def __init__(self, claim: Claim, article: Article | None, disagrees: bool) -> None:
        self.claim = claim
        self.article = article
        self.disagrees = disagrees

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rival):
            return NotImplemented
        return (self.claim, self.article, self.disagrees) == (other.claim, other.article, other.disagrees)

    def __hash__(self) -> int:
        return hash((self.claim, self.article, self.disagrees))

    def __repr__(self) -> str:
        return f"Rival(claim={self.claim!r}, article={self.article!r}, disagrees={self.disagrees!r})"


class Catalog:
    """Everything the browser shows, indexed for fast filtering and navigation."""

    __slots__ = (
        "_actor_claims",
        "_by_topic",
        "_distinct_by_topic",
        "_repeats",
        "_search_cache",
        "actor_by_id",
        "actors",
        "article_by_id",
        "articles",
        "claim_by_id",
        "claims",
        "claims_by_article",
        "position",
        "text",
    )

    def __init__(self, articles: list[Article], claims: list[Claim], actors: list[Actor]) -> None:
        self.articles = articles
        self.claims = claims
        """Every claim in reading order (article, then position in the text)."""
        self.actors = actors
        self.article_by_id: dict[int, Article] = {a.id: a for a in articles}
        self.claim_by_id: dict[int, Claim] = {c.id: c for c in claims}
        self.actor_by_id: dict[int, Actor] = {a.id: a for a in actors}
        self.position: dict[int, int] = {c.id: i for i, c in enumerate(claims)}
        """Claim id -> index in :attr:`claims`."""
        self.claims_by_article: dict[int, list[Claim]] = {}
        self.text: TextIndex | None = None
        self._by_topic: dict[str, list[Claim]] = {}
        self._actor_claims: dict[int, list[Claim]] = {}
        self._distinct_by_topic: dict[str, Distinct] = {}
        self._repeats: dict[str, dict[tuple[object, ...], int]] = {}
        self._search_cache: tuple[str, SearchResult | None] = ("", None)

    @classmethod
    def empty(cls) -> Catalog:
        return cls(articles=[], claims=[], actors=[])

    @classmethod
    def build(cls, store: Records, *, searchable: bool = True) -> Catalog:
        """Read everything from ``store`` and index it (slow on big stores: call from a worker).

        Without ``searchable`` there is no text index (:attr:`text` stays None): for a preview painted
        before the whole store is loaded, which searches nothing.
        """
        was_enabled = gc.isenabled()
        gc.disable()  # as Store.open does: the indexes are a burst of acyclic objects; collections would rescan them
        try:
            return cls._build(store, searchable)
        finally:
            if was_enabled:
                gc.enable()

    @classmethod
    def _build(cls, store: Records, searchable: bool) -> Catalog:
        articles = store.articles()
        claims = store.claims()
        actors = store.actors()
        catalog = cls(articles=articles, claims=claims, actors=actors)
        by_article: dict[int, list[Claim]] = defaultdict(list)
        by_topic: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_article[claim.article_id].append(claim)
            by_topic[claim.topic].append(claim)
        catalog.claims_by_article = dict(by_article)
        if searchable:
            from store.search import TextIndex

            catalog.text = TextIndex(articles, claims, actors)
        published = {a.id: a.published for a in articles}
        # Sorted by date only: the sort is stable and the claims are in reading order, so this equals sorting
        # by (date, reading position) at a third of the cost.
        catalog._by_topic = {
            topic: sorted(cs, key=lambda c: c.date or published.get(c.article_id) or "9999")
            for topic, cs in by_topic.items()
        }
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
            if len(found.claim_positions) == len(self.claims):
                return self.claims
            return Picked(found.claim_positions, self.claims.__getitem__)
        else:
            result = self.claims
        if filters.actor_id is not None and filters.article_id is not None:
            wanted = {c.id for c in self.actor_claims(filters.actor_id)}
            result = [c for c in result if c.id in wanted]
        if found is not None:
            matching, position = found.claim_mask, self.position
            result = [c for c in result if matching[position[c.id]]]
        return result

    def visible_articles(self, filters: Filters) -> Sequence[Article]:
        found = self.search(filters.query) if filters.query else None
        if found is None or len(found.articles) == len(self.articles):
            return self.articles  # the index was built from self.articles: as many ids means all of them
        return Picked(found.articles, self.article_by_id.__getitem__)

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
        from store.disagreement import disagrees

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

    def _distinct(self, topic: str) -> Distinct:
        """The first (oldest) claim of each distinct figure, source and outlet on ``topic``; cached."""
        cached = self._distinct_by_topic.get(topic)
        if cached is None:
            cached = []
            repeats: dict[tuple[object, ...], int] = {}
            article_of = self.article_by_id.get
            for claim in self.topic_claims(topic):  # as _figure_key, inlined: this runs over every claim at load
                article = article_of(claim.article_id)
                key = (claim.value_low, claim.value_high, claim.source, article.outlet if article else None)
                seen = repeats.get(key)
                if seen is None:
                    repeats[key] = 1
                    cached.append((key, claim, article))
                else:
                    repeats[key] = seen + 1
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
