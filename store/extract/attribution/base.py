"""The state an Attributor keeps while it reads an article, and the positional look-ups every part shares."""

from __future__ import annotations

import bisect

from store.extract.actors import ActorIndex
from store.extract.attribution.records import Cue, SentenceCues


class AttributorState:
    """Fields shared by the parts of the Attributor (set in ``Attributor.__init__``)."""

    text: str
    actors: ActorIndex
    sentences: list[tuple[int, int]]
    _outlet_keys: frozenset[str]
    _outlet: str | None
    _analysed: list[SentenceCues]
    _quotes: list[tuple[int, int]] | None
    _people_spoken: list[tuple[int, str]]
    _starts: list[int]
    _quote_starts: list[int] | None
    _current: list[Cue]
    _entries: list[int]

    def _sentence_at(self, pos: int, hint: int = 0) -> int:
        """Index of the sentence holding ``pos`` (or the last one starting before it)."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def _entry_start(self, pos: int) -> int:
        """Where the live-blog entry holding ``pos`` starts (0 outside live blogs)."""
        i = bisect.bisect_right(self._entries, pos) - 1
        return self._entries[i] if i >= 0 else 0
