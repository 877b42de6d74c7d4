"""Text search over the loaded store, and the figure comparisons the browser shows.

:class:`TextIndex` answers a query word by word; every word must match. A claim
matches a word when one of its fields holds it: its figure, topic, source and
sentence, or its article's title and outlet. Those fields are shared (every
claim of an article has the same title; figures and sentences repeat), so the
index keeps each distinct lower-cased field string once and scans only those;
a word that extends an earlier one (as when typing) scans only the strings the
earlier word was found in. Once :meth:`TextIndex.prepare` has indexed the
whitespace-separated words of the strings (a few thousand, against 100,000
sentences), a query word is looked up among those words and the strings using
them are marked, so the short, unselective words typed first need no scan of
every string. The strings found become a mask over the claims (one byte per
claim, gathered in C, or all but a few when the word is in almost every
string), and the masks of the words are combined as integers.
:func:`disagrees` tells whether two claims state figures that cannot both be
right.

The results are exactly those of scanning one haystack per record (every field
joined by spaces): a word holds no whitespace, so it can only match inside one
field, and case folding works one character at a time.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from itertools import chain, compress, count, repeat
from operator import attrgetter, itemgetter, ne
from typing import Any

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

WORDS_SHARE = 1.5
"""When the words holding a query word are used fewer times than this share of the strings, the strings are
found from the words rather than by scanning them all (marking a use costs about half as much as testing a
string for one letter, and a fraction of testing it for a longer word)."""

WORDS_COST = 4
"""...and fewer than this many times the strings an earlier word was found in, rather than by scanning those."""

FULL_SCAN_SHARE = 0.6
"""When an earlier word was found in more than this share of the strings, scanning all is cheaper than picking."""

RUNS_SHARE = 0.2
"""Above this share of matching claims, the articles holding one are found run by run (one ``find`` per run of
claims of an article) rather than claim by claim."""

SCATTER_SHARE = 0.5
"""Below this many uses of the strings found (as a share of the claims), the claims using them are marked one by
one; above it, a pass over all claims picks them (about as costly as marking half of them)."""

COMPLEMENT_SHARE = 0.25
"""Below this many claims using the strings a word is not in (in one group), the claims are found as all but
those (a word in most strings, as when the first letters are typed)."""

_FLIP = bytes.maketrans(b"\x00\x01", b"\x01\x00")

FEW_SHARE = 1 / 32
"""Below this share of matching claims, their positions are found one by one rather than by a pass over all."""


class _Hits:
    """The strings holding one word, as ascending indexes or one byte per string; each form built when needed."""

    __slots__ = ("_indexes", "_mask", "_numbers", "claims", "size")

    def __init__(
        self,
        size: int,
        *,
        indexes: list[int] | None = None,
        mask: bytes | None = None,
        numbers: Sequence[int] | None = None,
    ) -> None:
        self.size = size
        self._indexes = indexes
        self._mask = mask
        self._numbers = range(size) if numbers is None else numbers
        """0, 1, 2... (at least ``size`` of them) to pick the indexes from: a list makes no new integers."""
        self.claims: int | None = None
        """For the claims' fields: the claims using these strings, one byte each, as an integer (kept by the index)."""

    @property
    def indexes(self) -> list[int]:
        if self._indexes is None:
            self._indexes = list(compress(self._numbers, self._mask))  # type: ignore[arg-type]
        return self._indexes

    @property
    def mask(self) -> bytes:
        """One byte per string: 1 when it holds the word."""
        if self._mask is None:
            mask = bytearray(self.size)
            deque(map(mask.__setitem__, self._indexes, repeat(1)), maxlen=0)  # type: ignore[arg-type]
            self._mask = bytes(mask)
        return self._mask

    def count(self, first: int = 0, end: int | None = None) -> int:
        """How many strings in ``[first, end)`` hold the word."""
        end = self.size if end is None else end
        if self._mask is not None:
            return self._mask.count(1, first, end)
        return bisect_left(self._indexes, end) - bisect_left(self._indexes, first)  # type: ignore[arg-type]


class _Strings:
    """Distinct lower-cased strings, with the strings each recent word was found in."""

    __slots__ = ("_found", "numbers", "strings", "words")

    def __init__(self, strings: list[str]) -> None:
        self.strings = strings
        self._found: dict[str, _Hits] = {}
        self.numbers: Sequence[int] = range(len(strings))
        """0, 1, 2... for the indexes of the strings (a shared list when the owner has one)."""
        self.words: _Words | None = None
        """The whitespace-separated words of the strings, once :meth:`TextIndex.prepare` has built them."""

    def hits(self, term: str) -> _Hits:
        """The strings that contain ``term``."""
        found = self._found.get(term)
        if found is not None:
            return found
        strings = self.strings
        size = len(strings)
        # A string holding ``term`` holds every word inside it: start from the fewest strings such a word was in.
        narrower = min(
            (hit for word, hit in self._found.items() if word in term), key=lambda h: h.count(), default=None
        )
        by_words = self._by_words(term, WORDS_SHARE * size if narrower is None else WORDS_COST * narrower.count())
        if by_words is not None:
            found = by_words
        elif narrower is None or narrower.count() > FULL_SCAN_SHARE * size:
            # In C (map over str.__contains__): no Python bytecode per string. A byte per string rather than a
            # list of indexes: a short word is in most strings, and the mask is what the claims are picked by.
            found = _Hits(size, mask=bytes(map(str.__contains__, strings, repeat(term))), numbers=self.numbers)
        else:
            hit = narrower.indexes
            found = _Hits(
                size, indexes=list(compress(hit, map(str.__contains__, map(strings.__getitem__, hit), repeat(term))))
            )
        if narrower is not None and found.count() == narrower.count():
            found = narrower  # the same strings (as when a word grows by a letter): what was derived from them stays
        _remember(self._found, term, found)
        return found

    def _by_words(self, term: str, limit: float) -> _Hits | None:
        """The strings holding ``term``, found from the words holding it when they are used fewer than ``limit``
        times; else None (also before the words are built)."""
        words = self.words
        if words is None:
            return None
        vocabulary = words.vocabulary.hits(term)
        known = words.strings_of.get(vocabulary)  # the same words as an earlier query word: the same strings
        if known is not None:
            return known
        found = vocabulary.indexes
        uses = sum(map(words.uses.__getitem__, found))
        if uses >= limit:
            return None
        size = len(self.strings)
        users = chain.from_iterable(map(words.users.__getitem__, found))
        if uses < FEW_SHARE * size:
            hits = _Hits(size, indexes=sorted(set(users)))
        else:
            mask = bytearray(size)
            deque(map(mask.__setitem__, users, repeat(1)), maxlen=0)
            hits = _Hits(size, mask=bytes(mask), numbers=self.numbers)
        _remember(words.strings_of, vocabulary, hits)
        return hits


class _Words:
    """The distinct whitespace-separated words of some strings, and the strings using each.

    A word of a query holds no whitespace, so it occurs in a string exactly when it occurs in one of the
    string's words (``str.split`` with no argument on both sides). The words are few (thousands, where
    the strings are hundreds of thousands of sentences): a query word is looked up among them, and the
    strings using the words found are marked, instead of scanning every string.
    """

    __slots__ = ("strings_of", "users", "uses", "vocabulary")

    def __init__(self, strings: list[str], chunk: int = 1000) -> None:
        users: defaultdict[str, list[int]] = defaultdict(list)
        # In slices of strings, each a few milliseconds in C: built in a thread, this lets the UI thread run.
        for start in range(0, len(strings), chunk):
            words = list(map(str.split, strings[start : start + chunk]))
            owners = chain.from_iterable(map(repeat, range(start, start + len(words)), map(len, words)))
            deque(map(list.append, map(users.__getitem__, chain.from_iterable(words)), owners), maxlen=0)
        self.vocabulary = _Strings(list(users))
        self.users = list(users.values())
        """Per word, the strings using it (once per use)."""
        self.uses = list(map(len, self.users))
        self.strings_of: dict[_Hits, _Hits] = {}
        """Recent words found in the vocabulary (by identity) -> the strings using them."""


def _remember(cache: dict[Any, Any], key: object, value: object, size: int = TERM_CACHE_SIZE) -> None:
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
            (0, len(small), small_of, _gatherer(small_of)),
            (len(small), len(small) + len(sentences), sentence_of, _gatherer(sentence_of)),
            (len(small) + len(sentences), len(self._fields.strings), title_of_claims, _gatherer(title_of_claims)),
        ]
        """(first string, end, each claim's string, gather) for each group: the strings of a group are consecutive."""
        # And the other way round, for words found in few strings: the claims using each string.
        self._users: list[list[int]] = [[] for _ in self._fields.strings]
        self._positions = numbers = list(range(max(len(claims), len(self._fields.strings))))
        """0, 1, 2...: picking positions (of claims, or of strings) from it makes no new integers."""
        self._fields.numbers = numbers
        for string_of in (small_of, sentence_of, title_of_claims):
            deque(map(list.append, map(self._users.__getitem__, string_of), numbers), maxlen=0)
        self._user_counts = list(map(len, self._users))
        # Runs of consecutive claims of one article: an article holds a match when one of its runs does.
        size = len(claims)
        self._run_starts = [0, *compress(range(1, size), map(ne, claim_articles[1:], claim_articles))][:size]
        self._run_ends = [*self._run_starts[1:], size]
        self._run_articles = list(map(claim_articles.__getitem__, self._run_starts))
        self._articles_with_claims: frozenset[int] | None = None
        self._actor_ids = [a.id for a in actors]
        self._actor_hay = _Strings([" ".join((a.name, a.kind, a.role or "", *a.aliases)).casefold() for a in actors])
        self._cache: dict[str, SearchResult] = {}
        self._by_hits: dict[tuple[tuple[_Hits, _Hits, _Hits], ...], SearchResult] = {}

    @property
    def prepared(self) -> bool:
        """Whether :meth:`prepare` has run: the short words typed first are then found without a full scan."""
        return self._fields.words is not None

    def prepare(self) -> None:
        """Index the words of the claims' and articles' fields (about 0.3 s at 100,000 claims; safe to run in
        a thread while :meth:`search` runs: the words are used once complete). Results are the same either way.
        """
        if self._fields.words is None:
            fields = _Words(self._fields.strings)
            articles = _Words(self._article_hay.strings)
            self._article_hay.words = articles
            self._fields.words = fields

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
        # The strings each word is in, in every haystack: a query whose words are in the same strings as an
        # earlier query's (as when the letter typed leaves the results as they were) has the same result.
        hits = tuple((self._fields.hits(t), self._article_hay.hits(t), self._actor_hay.hits(t)) for t in terms)
        cached = self._by_hits.get(hits)
        if cached is None:
            cached = self._result(hits)
            _remember(self._by_hits, hits, cached, CACHE_SIZE)
        _remember(self._cache, key, cached, CACHE_SIZE)
        return cached

    def _result(self, hits: tuple[tuple[_Hits, _Hits, _Hits], ...]) -> SearchResult:
        """The claims, articles and actors whose strings are in every word's ``hits``."""
        size = len(self._claim_ids)
        bits = -1
        for fields, _, _ in hits:
            if fields.claims is None:
                fields.claims = self._find_claims(fields)
            bits &= fields.claims
        mask = bits.to_bytes(size, "little")
        found = mask.count(1)
        positions: Sequence[int]
        if found == size:
            positions = range(size)
        elif found < FEW_SHARE * size:
            positions = _ones(mask, found)
        else:
            positions = list(compress(self._positions, mask))
        if found == size:
            if self._articles_with_claims is None:
                self._articles_with_claims = frozenset(self._run_articles)
            holding = set(self._articles_with_claims)
        elif found < RUNS_SHARE * size:
            holding = set(map(self._claim_articles.__getitem__, positions))
        else:
            firsts = map(mask.find, repeat(1), self._run_starts, self._run_ends)
            holding = set(compress(self._run_articles, map((-1).__lt__, firsts)))
        article_ids = self._article_ids
        holding.update(map(article_ids.__getitem__, _in_all([articles for _, articles, _ in hits])))
        return SearchResult(
            articles=list(filter(holding.__contains__, article_ids)),
            actors=list(map(self._actor_ids.__getitem__, _in_all([actors for _, _, actors in hits]))),
            claim_positions=positions,
            claim_ids=self._claim_ids,
            claim_mask=mask,
        )

    def _find_claims(self, hits: _Hits) -> int:
        """The claims using one of the strings ``hits``, one byte each, as an integer: by the cheapest of marking
        the claims of the strings found, unmarking the claims of the strings not found in one group (whose other
        strings were not found either), or a pass over all claims per group with a hit."""
        size = len(self._claim_ids)
        # Per group: (strings found, strings not found, claims per string).
        counts = [
            (hits.count(first, end), end - first, size / max(1, end - first)) for first, end, _, _ in self._groups
        ]
        if not any(found for found, _, _ in counts):
            return 0
        if any(found == strings for found, strings, _ in counts):
            return int.from_bytes(b"\x01" * size, "little")  # every claim uses one string of each group
        if sum(found * per for found, _, per in counts) < SCATTER_SHARE * size:
            indexes = hits.indexes
            if sum(map(self._user_counts.__getitem__, indexes)) < SCATTER_SHARE * size:
                claims = bytearray(size)
                deque(map(claims.__setitem__, chain.from_iterable(map(self._users.__getitem__, indexes)), repeat(1)), 0)
                return int.from_bytes(claims, "little")
        missed, group = min(((strings - found) * per, k) for k, (found, strings, per) in enumerate(counts))
        if missed < COMPLEMENT_SHARE * size:
            return self._all_but(hits.mask, group)
        mask = hits.mask
        bits = 0
        for (found, _, _), (_, _, _, gather) in zip(counts, self._groups, strict=True):
            if found:  # a pass over the claims only for the groups with a hit
                bits |= int.from_bytes(gather(mask), "little")
        return bits

    def _all_but(self, mask: bytes, group: int) -> int:
        """Every claim except those whose string in ``group`` is not in ``mask`` and whose other strings are not
        either: for a word in most strings, the few claims to drop are found from the few strings without it."""
        size = len(self._claim_ids)
        first, end, _, _ = self._groups[group]
        absent = mask[first:end].translate(_FLIP)
        misses = [first + i for i in _ones(absent, absent.count(1))]
        candidates = list(chain.from_iterable(map(self._users.__getitem__, misses)))
        kept = 0
        for k, (_, _, string_of, _) in enumerate(self._groups):
            if k != group:
                kept |= int.from_bytes(bytes(map(mask.__getitem__, map(string_of.__getitem__, candidates))), "little")
        dropped = (~kept & int.from_bytes(b"\x01" * len(candidates), "little")).to_bytes(len(candidates), "little")
        claims = bytearray(b"\x01" * size)
        deque(map(claims.__setitem__, compress(candidates, dropped), repeat(0)), maxlen=0)
        return int.from_bytes(claims, "little")


def _in_all(hits: list[_Hits]) -> list[int]:
    """Ascending indexes of the strings in every one of ``hits``."""
    first, *rest = hits
    found = first.indexes
    for more in rest:
        found = sorted(set(found).intersection(more.indexes))
    return found


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
