"""Text search over the loaded store, and the figure comparisons the browser shows.

:class:`TextIndex` answers a query word by word; every word must match. A claim
matches a word when one of its fields holds it: its figure, topic, source and
sentence, or its article's title and outlet. Those fields are shared (every
claim of an article has the same title; figures and sentences repeat), so the
index keeps each distinct lower-cased field string once and scans only those;
a word that extends an earlier one (as when typing) scans only the strings the
earlier word was found in. The strings found become a mask over the claims
(one byte per claim, gathered in C), and the masks of the words are combined as
integers. :func:`disagrees` tells whether two claims state figures that cannot
both be right.

The results are exactly those of scanning one haystack per record (every field
joined by spaces): a word holds no whitespace, so it can only match inside one
field, and case folding works one character at a time.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import deque
from collections.abc import Callable, Sequence
from itertools import chain, compress, count, repeat
from operator import attrgetter, itemgetter, ne

from store.measures import measure_of
from store.models import Actor, Article, Claim
from store.sanitize import clean


class SearchResult:
    """What matches a query, each in the order of the index."""

    __slots__ = ("_claim_ids", "actors", "articles", "claim_mask", "claim_positions")

    def __init__(
        self,
        articles: list[int],
        actors: list[int],
        claim_positions: Sequence[int],
        claim_ids: list[int],
        claim_mask: bytes,
    ) -> None:
        self.articles = articles
        """Ids of the matching articles."""
        self.actors = actors
        """Ids of the matching actors."""
        self.claim_positions = claim_positions
        """Ascending positions of the matching claims in the list the index was built from (a range when all match)."""
        self.claim_mask = claim_mask
        """One byte per claim position: 1 when that claim matches."""
        self._claim_ids = claim_ids

    @property
    def claims(self) -> list[int]:
        """Ids of the matching claims (built on demand: the browser needs only the positions)."""
        return list(map(self._claim_ids.__getitem__, self.claim_positions))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchResult):
            return NotImplemented
        return (self.articles, self.actors, self.claims) == (other.articles, other.actors, other.claims)

    __hash__ = None  # type: ignore[assignment]


def terms_of(query: str) -> list[str]:
    """The lower-cased words of ``query``; every one of them must match."""
    return clean(query).casefold().split()


CACHE_SIZE = 32
"""Recent results kept, so that deleting what was just typed costs nothing."""

TERM_CACHE_SIZE = 32
"""Recent words whose matches are kept (a claim mask is one byte per claim: ~110 KB at 100,000 claims)."""

FULL_SCAN_SHARE = 0.6
"""When an earlier word was found in more than this share of the strings, scanning all is cheaper than picking."""

RUNS_SHARE = 0.2
"""Above this share of matching claims, the articles holding one are found run by run (one ``find`` per run of
claims of an article) rather than claim by claim."""

SCATTER_SHARE = 0.5
"""Below this many uses of the strings found (as a share of the claims), the claims using them are marked one by
one; above it, a pass over all claims picks them (about as costly as marking half of them)."""

FEW_SHARE = 1 / 32
"""Below this share of matching claims, their positions are found one by one rather than by a pass over all."""


class _Strings:
    """Distinct lower-cased strings, with the strings each recent word was found in."""

    __slots__ = ("_found", "strings")

    def __init__(self, strings: list[str]) -> None:
        self.strings = strings
        self._found: dict[str, list[int]] = {}

    def holding(self, term: str) -> list[int]:
        """Ascending indexes of the strings that contain ``term``."""
        found = self._found.get(term)
        if found is not None:
            return found
        strings = self.strings
        # A string holding ``term`` holds every word inside it: start from the fewest strings such a word was in.
        narrower = min((hit for word, hit in self._found.items() if word in term), key=len, default=None)
        if narrower is None or len(narrower) > FULL_SCAN_SHARE * len(strings):
            # In C (map/compress over str.__contains__): no Python bytecode per string.
            found = list(compress(range(len(strings)), map(str.__contains__, strings, repeat(term))))
        else:
            found = list(compress(narrower, map(str.__contains__, map(strings.__getitem__, narrower), repeat(term))))
        _remember(self._found, term, found)
        return found

    def holding_all(self, terms: list[str]) -> list[int]:
        """Ascending indexes of the strings holding every term."""
        first, *rest = terms
        found = self.holding(first)
        for term in rest:
            found = sorted(set(found).intersection(self.holding(term)))
        return found


def _remember(cache: dict[str, object], key: str, value: object, size: int = TERM_CACHE_SIZE) -> None:
    if len(cache) >= size:
        cache.pop(next(iter(cache)))
    cache[key] = value


def _interned(keys: list[object], start: int = 0) -> tuple[list[object], list[int]]:
    """The distinct ``keys`` in first-seen order, and for each key ``start`` plus the index of its distinct value."""
    ids: dict[object, int] = dict.fromkeys(keys)  # type: ignore[assignment]
    ids.update(zip(ids, count(start)))
    return list(ids), list(map(ids.__getitem__, keys))


def _gatherer(indexes: list[int]) -> Callable[[bytearray], bytes]:
    """A function of a mask over strings returning one byte per claim: the mask at that claim's string (in C)."""
    if len(indexes) < 2:  # itemgetter with one index returns the item rather than a tuple
        return lambda mask: bytes(mask[i] for i in indexes)
    pick = itemgetter(*indexes)
    return lambda mask: bytes(pick(mask))


class TextIndex:
    """Case-insensitive substring search over articles, claims and actors.

    Each word is looked up in the distinct field strings (cached per word,
    narrowed from a word inside it), the strings found select the claims using
    them, and the claims selected by every word match. The last few results are
    kept for backspace.
    """

    def __init__(self, articles: list[Article], claims: list[Claim], actors: list[Actor]) -> None:
        self._article_ids = [a.id for a in articles]
        self._article_hay = _Strings(
            [" ".join(filter(None, (a.title, a.outlet, a.author, a.file, a.published))).casefold() for a in articles]
        )
        self._claim_ids = list(map(attrgetter("id"), claims))
        self._claim_articles = claim_articles = list(map(attrgetter("article_id"), claims))
        # A claim's haystack is its figure, topic and source, its sentence, and its article's title and outlet:
        # three groups of distinct strings, each claim using one of each. Keys are interned before they are
        # lower-cased or joined, so that work is done once per distinct key.
        small, small_of = _interned(list(map(attrgetter("text", "topic", "source"), claims)))
        sentences, sentence_of = _interned(list(map(attrgetter("sentence"), claims)), len(small))
        title_of = {a.id: " ".join(filter(None, (a.title, a.outlet))) for a in articles}
        titles, title_of_claims = _interned(list(map(title_of.get, claim_articles)), len(small) + len(sentences))
        self._fields = _Strings(
            ["\n".join(filter(None, key)).casefold() for key in small]  # type: ignore[call-overload]
            + [sentence.casefold() for sentence in sentences]  # type: ignore[attr-defined]
            + [(title or "").casefold() for title in titles]  # type: ignore[attr-defined]
        )
        self._groups = [
            (0, len(small), _gatherer(small_of)),
            (len(small), len(small) + len(sentences), _gatherer(sentence_of)),
            (len(small) + len(sentences), len(self._fields.strings), _gatherer(title_of_claims)),
        ]
        """(first string, end, gather) for each group: the strings of a group are consecutive."""
        # And the other way round, for words found in few strings: the claims using each string.
        self._users: list[list[int]] = [[] for _ in self._fields.strings]
        claim_positions = list(range(len(claims)))
        for string_of in (small_of, sentence_of, title_of_claims):
            deque(map(list.append, map(self._users.__getitem__, string_of), claim_positions), maxlen=0)
        self._user_counts = list(map(len, self._users))
        self._claim_bits: dict[str, int] = {}
        """Per recent word, its claim mask (one byte per claim) as an integer, so words combine with ``&``."""
        # Runs of consecutive claims of one article: an article holds a match when one of its runs does.
        size = len(claims)
        self._run_starts = [0, *compress(range(1, size), map(ne, claim_articles[1:], claim_articles))][:size]
        self._run_ends = [*self._run_starts[1:], size]
        self._run_articles = list(map(claim_articles.__getitem__, self._run_starts))
        self._articles_with_claims: frozenset[int] | None = None
        self._actor_ids = [a.id for a in actors]
        self._actor_hay = _Strings([" ".join((a.name, a.kind, a.role or "", *a.aliases)).casefold() for a in actors])
        self._cache: dict[str, SearchResult] = {}

    def search(self, query: str) -> SearchResult | None:
        """What matches every word of ``query``; None when the query has no words.

        An article matches by its own metadata or by holding a matching claim.
        """
        terms = terms_of(query)
        if not terms:
            return None
        key = " ".join(terms)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        size = len(self._claim_ids)
        bits = -1
        for term in terms:
            bits &= self._bits(term)
        mask = bits.to_bytes(size, "little")
        found = mask.count(1)
        positions: Sequence[int]
        if found == size:
            positions = range(size)
        elif found < FEW_SHARE * size:
            positions = _ones(mask, found)
        else:
            positions = list(compress(range(size), mask))
        if found == size:
            if self._articles_with_claims is None:
                self._articles_with_claims = frozenset(self._run_articles)
            holding = set(self._articles_with_claims)
        elif found < RUNS_SHARE * size:
            holding = set(map(self._claim_articles.__getitem__, positions))
        else:
            hits = map(mask.find, repeat(1), self._run_starts, self._run_ends)
            holding = set(compress(self._run_articles, map((-1).__lt__, hits)))
        article_ids = self._article_ids
        holding.update(map(article_ids.__getitem__, self._article_hay.holding_all(terms)))
        result = SearchResult(
            articles=list(filter(holding.__contains__, article_ids)),
            actors=list(map(self._actor_ids.__getitem__, self._actor_hay.holding_all(terms))),
            claim_positions=positions,
            claim_ids=self._claim_ids,
            claim_mask=mask,
        )
        _remember(self._cache, key, result, CACHE_SIZE)  # type: ignore[arg-type]
        return result

    def _bits(self, term: str) -> int:
        """The claims holding ``term`` in one of their fields, one byte each (1 or 0), as an integer."""
        bits = self._claim_bits.get(term)
        if bits is None:
            bits = 0
            hits = self._fields.holding(term)
            size = len(self._claim_ids)
            if hits and sum(map(self._user_counts.__getitem__, hits)) < SCATTER_SHARE * size:
                claims = bytearray(size)
                deque(map(claims.__setitem__, chain.from_iterable(map(self._users.__getitem__, hits)), repeat(1)), 0)
                bits = int.from_bytes(claims, "little")
            elif hits:
                strings = bytearray(len(self._fields.strings))
                deque(map(strings.__setitem__, hits, repeat(1)), maxlen=0)
                spans = [
                    (bisect_left(hits, first), bisect_left(hits, end), first, end) for first, end, _ in self._groups
                ]
                if any(high - low == end - first for low, high, first, end in spans):
                    bits = int.from_bytes(b"\x01" * size, "little")  # every claim uses one string of each group
                else:
                    for (low, high, _, _), (_, _, gather) in zip(spans, self._groups, strict=True):
                        if high > low:  # a pass over the claims only for the groups with a hit
                            bits |= int.from_bytes(gather(strings), "little")
            _remember(self._claim_bits, term, bits)  # type: ignore[arg-type]
        return bits


def _ones(mask: bytes, found: int) -> list[int]:
    """Ascending positions of the ``found`` ones in ``mask``."""
    positions = []
    at = -1
    find = mask.find
    for _ in range(found):
        at = find(1, at + 1)
        positions.append(at)
    return positions


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
