"""Text search over the loaded store: the articles, claims and actors that hold every word of a query.

A claim matches a word when one of its fields holds it: its figure, topic, source and sentence, or its
article's title and outlet. Those fields repeat (every claim of an article has the same title; figures and
sentences recur), so the index keeps each distinct lower-cased field string once, in three groups (figure,
topic and source; sentence; title and outlet), and each claim points at one string of each group. A word is
looked up in the strings, and a claim matches it when one of its three strings holds it.

Masks over the strings and over the claims are numpy arrays of booleans: picking each claim's strings,
combining the words of a query and listing the matches are single passes in C over 100,000 claims (under a
millisecond each), where the same steps in Python cost tens of milliseconds on every keystroke.

Finding the strings that hold a word: a plain scan tests every string (10-30 ms at 180,000 strings). Once
:meth:`TextIndex.prepare` has split the strings into their whitespace-separated words (a few thousand
distinct words for 100,000 sentences), a query word is looked up among those words and the strings using
the words found are marked: a word holding no whitespace occurs in a string exactly when it occurs in one of
the string's words (``str.split`` with no argument on both sides, and case folding works one character at a
time). The results are exactly those of scanning one haystack per record with every field joined by spaces.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain, compress, repeat
from operator import attrgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from store.models import Actor, Article, Claim
from store.sanitize import clean

Mask = npt.NDArray[np.bool_]
"""One boolean per string (or per claim, article or actor): whether it holds the word."""

Positions = range | npt.NDArray[np.int32]
"""Ascending positions of claims: a range when every claim matches."""

CACHE_SIZE = 32
"""Recent results kept, so that deleting what was just typed costs nothing."""

TERM_CACHE_SIZE = 32
"""Recent words whose masks are kept (at 100,000 claims and 180,000 strings, ~0.3 MB a word)."""

FEW_WORDS = 1000
"""Up to this many words holding a query word, the strings using them are marked word by word (a few
microseconds a word); above it, one pass marks the strings of every use of a word found (a few milliseconds)."""


class SearchResult:
    """What matches a query, each in the order of the index."""

    __slots__ = ("_claim_ids", "actors", "articles", "claim_mask", "claim_positions")

    def __init__(
        self,
        articles: list[int],
        actors: list[int],
        claim_positions: Positions,
        claim_ids: list[int],
        claim_mask: bytes,
    ) -> None:
        self.articles = articles
        """Ids of the matching articles."""
        self.actors = actors
        """Ids of the matching actors."""
        self.claim_positions = claim_positions
        """Ascending positions of the matching claims in the list the index was built from."""
        self.claim_mask = claim_mask
        """One byte per claim position: 1 when that claim matches."""
        self._claim_ids = claim_ids

    @property
    def claims(self) -> list[int]:
        """Ids of the matching claims (built on demand: the browser needs only the positions)."""
        return list(map(self._claim_ids.__getitem__, list(self.claim_positions)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SearchResult):
            return NotImplemented
        return (self.articles, self.actors, self.claims) == (other.articles, other.actors, other.claims)

    __hash__ = None  # type: ignore[assignment]


def terms_of(query: str) -> list[str]:
    """The lower-cased words of ``query``; every one of them must match."""
    return clean(query).casefold().split()


def _mask(flags: Iterable[bool], size: int) -> Mask:
    """A read-only mask from ``size`` flags, built in C (``bytes`` of a map of a C function)."""
    return np.frombuffer(bytes(flags), np.bool_, count=size)


def _remember(cache: dict[Any, Any], key: object, value: object, size: int = TERM_CACHE_SIZE) -> None:
    if len(cache) >= size:
        cache.pop(next(iter(cache)))
    cache[key] = value


class _Words:
    """The distinct whitespace-separated words of some strings, and the strings using each word."""

    __slots__ = ("_starts", "_users", "_uses", "size", "vocabulary")

    def __init__(self, strings: list[str], chunk: int = 2048) -> None:
        ids: dict[str, int] = {}
        words: list[npt.NDArray[np.int32]] = []
        owners: list[npt.NDArray[np.int32]] = []
        # In slices of strings, each a few milliseconds: built in a thread, this lets the UI thread run.
        for start in range(0, len(strings), chunk):
            split = list(map(str.split, strings[start : start + chunk]))
            tokens = list(chain.from_iterable(split))
            new = [word for word in dict.fromkeys(tokens) if word not in ids]
            ids.update(zip(new, range(len(ids), len(ids) + len(new)), strict=True))
            words.append(np.fromiter(map(ids.__getitem__, tokens), np.int32, len(tokens)))
            per_string = np.fromiter(map(len, split), np.intp, len(split))
            owners.append(np.repeat(np.arange(start, start + len(split), dtype=np.int32), per_string))
        word_of_use = np.concatenate(words) if words else np.zeros(0, np.int32)
        owner_of_use = np.concatenate(owners) if owners else np.zeros(0, np.int32)
        self.vocabulary = list(ids)
        self.size = len(strings)
        self._users = owner_of_use[np.argsort(word_of_use, kind="stable")]
        """The strings using word 0 (once per use), then those using word 1, and so on."""
        self._uses = np.bincount(word_of_use, minlength=len(ids))
        self._starts = np.concatenate(([0], np.cumsum(self._uses))).tolist()
        """Where each word's users start in ``_users``."""

    def holding(self, term: str) -> Mask:
        """The strings that contain ``term``."""
        in_words = _mask(map(str.__contains__, self.vocabulary, repeat(term)), len(self.vocabulary))
        found = np.flatnonzero(in_words)
        strings = np.zeros(self.size, np.bool_)
        if len(found) <= FEW_WORDS:
            starts, users = self._starts, self._users
            for word in found.tolist():
                strings[users[starts[word] : starts[word + 1]]] = True
        else:
            strings[self._users[np.repeat(in_words, self._uses)]] = True
        return strings


class _Strings:
    """Distinct lower-cased strings, with the strings each recent word was found in."""

    __slots__ = ("_found", "strings", "words")

    def __init__(self, strings: list[str]) -> None:
        self.strings = strings
        self._found: dict[str, Mask] = {}
        self.words: _Words | None = None
        """The words of the strings, once :meth:`TextIndex.prepare` has built them."""

    def hits(self, term: str) -> Mask:
        """The strings that contain ``term``."""
        found = self._found.get(term)
        if found is None:
            words = self.words
            found = words.holding(term) if words is not None else self._scan(term)
            _remember(self._found, term, found)
        return found

    def _scan(self, term: str) -> Mask:
        """The strings holding ``term``, by testing them: only those an earlier word inside ``term`` was found
        in (as when a word grows by a letter) when that is fewer than half."""
        strings = self.strings
        size = len(strings)
        narrower = min((hit for word, hit in self._found.items() if word in term), key=np.count_nonzero, default=None)
        if narrower is None or np.count_nonzero(narrower) > size // 2:
            return _mask(map(str.__contains__, strings, repeat(term)), size)
        candidates = np.flatnonzero(narrower)
        kept = _mask(
            map(str.__contains__, map(strings.__getitem__, candidates.tolist()), repeat(term)), len(candidates)
        )
        found = np.zeros(size, np.bool_)
        found[candidates[kept]] = True
        return found


def _interned(keys: list[object], start: int = 0) -> tuple[list[object], npt.NDArray[np.int32]]:
    """The distinct ``keys`` in first-seen order, and for each key ``start`` plus the index of its distinct value."""
    ids: dict[object, int] = dict.fromkeys(keys)  # type: ignore[assignment]
    ids.update(zip(ids, range(start, start + len(ids)), strict=True))
    return list(ids), np.fromiter(map(ids.__getitem__, keys), np.int32, len(keys))


class TextIndex:
    """Case-insensitive substring search over articles, claims and actors.

    Each word is looked up in the distinct field strings (cached per word), the strings found select the
    claims using them, and the claims selected by every word match. The last few results are kept for
    backspace.
    """

    def __init__(self, articles: list[Article], claims: list[Claim], actors: list[Actor]) -> None:
        self._article_ids = [a.id for a in articles]
        self._article_hay = _Strings(
            [" ".join(filter(None, (a.title, a.outlet, a.author, a.file, a.published))).casefold() for a in articles]
        )
        self._claim_ids = list(map(attrgetter("id"), claims))
        claim_articles = list(map(attrgetter("article_id"), claims))
        # Keys are interned before they are lower-cased or joined, so that work is done once per distinct key.
        small, small_of = _interned(list(map(attrgetter("text", "topic", "source"), claims)))
        sentences, sentence_of = _interned(list(map(attrgetter("sentence"), claims)), len(small))
        title_of = {a.id: " ".join(filter(None, (a.title, a.outlet))) for a in articles}
        titles, title_of_claims = _interned(list(map(title_of.get, claim_articles)), len(small) + len(sentences))
        self._fields = _Strings(
            ["\n".join(filter(None, key)).casefold() for key in small]  # type: ignore[call-overload]
            + [sentence.casefold() for sentence in sentences]  # type: ignore[attr-defined]
            + [(title or "").casefold() for title in titles]  # type: ignore[attr-defined]
        )
        self._strings_of = (small_of, sentence_of, title_of_claims)
        """For each group, each claim's string."""
        # Each claim's article as an index into the articles; one past the end for an article not among them.
        article_index = {article_id: k for k, article_id in enumerate(self._article_ids)}
        self._article_of = np.fromiter(
            map(article_index.get, claim_articles, repeat(len(articles))), np.intp, len(claims)
        )
        self._actor_ids = [a.id for a in actors]
        self._actor_hay = _Strings([" ".join((a.name, a.kind, a.role or "", *a.aliases)).casefold() for a in actors])
        self._claims_found: dict[str, Mask] = {}
        self._cache: dict[str, SearchResult] = {}

    @property
    def prepared(self) -> bool:
        """Whether :meth:`prepare` has run: words are then found without a scan of every string."""
        return self._fields.words is not None

    def prepare(self) -> None:
        """Index the words of the claims' and articles' fields (under a second at 100,000 claims; safe to run
        in a thread while :meth:`search` runs: the words are used once complete). Results are the same either
        way."""
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
        if cached is None:
            cached = self._result(terms)
            _remember(self._cache, key, cached, CACHE_SIZE)
        return cached

    def _claims_with(self, term: str) -> Mask:
        """The claims one of whose strings holds ``term``."""
        found = self._claims_found.get(term)
        if found is None:
            strings = self._fields.hits(term)
            small_of, sentence_of, title_of = self._strings_of
            found = strings[small_of]
            found |= strings[sentence_of]
            found |= strings[title_of]
            _remember(self._claims_found, term, found)
        return found

    def _result(self, terms: list[str]) -> SearchResult:
        claims = np.logical_and.reduce([self._claims_with(t) for t in terms])
        articles = np.logical_and.reduce([self._article_hay.hits(t) for t in terms])
        actors = np.logical_and.reduce([self._actor_hay.hits(t) for t in terms])
        size = len(self._claim_ids)
        found = int(np.count_nonzero(claims))
        # int32: half the memory of the default for the results kept (up to CACHE_SIZE of 100,000 positions).
        positions: Positions = range(size) if found == size else np.flatnonzero(claims).astype(np.int32)
        holding = np.zeros(len(self._article_ids) + 1, np.bool_)
        holding[self._article_of[claims]] = True
        holding = holding[:-1]
        holding |= articles
        return SearchResult(
            articles=list(compress(self._article_ids, holding.tobytes())),
            actors=list(compress(self._actor_ids, actors.tobytes())),
            claim_positions=positions,
            claim_ids=self._claim_ids,
            claim_mask=claims.tobytes(),
        )
