"""The finder's per-article state: spans found so far, actor records, and span resolution."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from store.extract.actors.filters import STOP
from store.extract.actors.gazetteer import vocab
from store.extract.actors.records import ActorInfo, info_for
from store.extract.names import GazetteerEntry, gazetteer

# a word written in lower case: a lower-case letter, then word characters, apostrophes and hyphens
_LOWER_WORD = re.compile(r"[a-zß-öø-ÿ][\w’'-]*")
_WORD_CHAR = re.compile(r"[\w’'-]")


@dataclass(slots=True)
class Span:
    """A candidate mention of an actor: where it is, whom it names, and how trusted it is."""

    start: int
    end: int
    name: str
    kind: str
    rank: int  # lower wins a tie of equal length


class FinderBase:
    """Actor finding for one article: the state and span bookkeeping every stage shares."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sentences
        self.vocab = vocab()
        self.gaz = gazetteer()
        self.spans: list[Span] = []
        self.infos: dict[str, ActorInfo] = {}
        self.person_keys: dict[str, str] = {}  # spelling key of a full or short name -> canonical person
        self.lower_words: dict[str, bool] = {}  # _written_lower's answers so far
        self.org_heads: list[int] | None = None  # where an organisation's head word may start (found on first use)
        self.kind_words: list[tuple[int, int]] | None = None  # where a kind word ("outlet", "agency") is (same)

    # -- helpers
    def _common(self, word: str) -> bool:
        low = word.lower()
        return low in STOP or self._written_lower(low) or low.rstrip("’'s") in STOP

    def _written_lower(self, low: str) -> bool:
        """Whether ``low`` is written in lower case somewhere in the text (as a whole word)."""
        known = self.lower_words.get(low)
        if known is None:
            known = self.lower_words[low] = _LOWER_WORD.fullmatch(low) is not None and self._whole_word(low)
        return known

    def _whole_word(self, word: str) -> bool:
        """Whether ``word`` occurs with no word character, apostrophe or hyphen right before or after it."""
        text = self.text
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
                return True
            at = text.find(word, at + 1)
        return False

    def _add(self, start: int, end: int, info: ActorInfo, rank: int) -> None:
        existing = self.infos.get(info.name)
        if existing is None:
            self.infos[info.name] = info
        self.spans.append(Span(start, end, info.name, info.kind, rank))

    def _entry_info(self, entry: GazetteerEntry) -> ActorInfo:
        return self.infos.get(entry.name) or info_for(entry)

    def resolve(self) -> list[Span]:
        """Non-overlapping spans, longer (then more trusted) first."""
        chosen: list[Span] = []
        taken: list[tuple[int, int]] = []
        for span in sorted(self.spans, key=lambda s: (-(s.end - s.start), s.rank, s.start)):
            i = bisect.bisect_left(taken, (span.start, span.start))
            if i > 0 and taken[i - 1][1] > span.start:
                continue
            if i < len(taken) and taken[i][0] < span.end:
                continue
            taken.insert(i, (span.start, span.end))
            chosen.append(span)
        chosen.sort(key=lambda s: s.start)
        return chosen
