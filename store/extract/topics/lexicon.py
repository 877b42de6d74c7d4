"""Lexicon nouns in a run of words: the family of the longest lexicon phrase at a word, the first or last
lexicon noun of a stretch of text.
"""

from __future__ import annotations

import re

from store.extract.topics.base import ClassifierState
from store.extract.topics.records import Unit

WORD = re.compile(r"[A-Za-z][\w'’\-]*|\d[\w\-]*|[,;:()\"“”‘’?!.]|\S")


class Lexicon(ClassifierState):
    """Looks up lexicon nouns in words and text."""

    def _family_at(self, words: list[str], i: int) -> tuple[str | None, int]:
        """The family of the longest lexicon phrase starting at ``words[i]``, and its length in words."""
        fam = self.tax.family_of
        for n in range(min(self.tax.max_noun_words, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n]).lower()
            if phrase in fam:
                # prefer the head of a compound: "artillery shells" -> shells
                if n == 1 and i + 1 < len(words) and words[i + 1].lower() in fam and words[i + 1][0].islower():
                    continue
                return fam[phrase], n
        return None, 0

    def _family_within(self, words: list[str], i: int, span: int) -> int | None:
        """The index of the first lexicon noun among ``words[i:i+span]``, if any."""
        for j in range(i, min(len(words), i + span)):
            if not words[j][0].isalnum():
                return None
            if self._family_at(words, j)[0]:
                return j
        return None

    def _first_family_noun(self, start: int, end: int) -> Unit | None:
        """The first lexicon noun in ``text[start:end]`` (not money)."""
        words = WORD.findall(self.text[start:end])
        for i in range(len(words)):
            family, n = self._family_at(words, i)
            if family and family != "money":
                return Unit(" ".join(words[i : i + n]), family, None, -1, None, True)
        return None

    def _last_family_noun(self, start: int, end: int) -> Unit | None:
        """The last lexicon noun in ``text[start:end]`` (troops, casualties, munitions ... but not money)."""
        words = WORD.findall(self.text[start:end])
        for i in range(len(words) - 1, -1, -1):
            family, n = self._family_at(words, i)
            if family and family != "money":
                return Unit(" ".join(words[i : i + n]), family, None, -1, None, True)
        return None
