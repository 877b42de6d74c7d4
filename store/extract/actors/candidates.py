"""Trimming a capitalised-name candidate to a person's name (titles, demonyms, places, sentence words off)."""

from __future__ import annotations

import re

from store.extract.actors.filters import FUNCTION_WORDS, MONTHS_DAYS, STOP
from store.extract.actors.merging import MergingStage
from store.extract.actors.organisations import ORG_HEAD_SET
from store.extract.actors.titles import TITLE_WORDS
from store.extract.actors.wordlists import words

_TITLE_NOUNS = words(
    """
    president minister secretary spokesperson spokesman spokeswoman leader chief head director general
    commander ambassador envoy official lawmaker senator deputy adviser advisor analyst expert professor
    researcher fellow colonel lieutenant captain sergeant admiral marshal governor mayor chairman chancellor
    premier mr mrs ms dr prof gen col lt maj capt sgt adm sen rep
    """
)
_TITLE_WORDS = frozenset(w.rstrip(".") for title in TITLE_WORDS for w in title.split()) | {
    "vice",
    "prime",
    "defense",
    "defence",
    "foreign",
    "state",
    "security",
    "national",
    "interior",
    "culture",
    "intelligence",
    "presidential",
    "supreme",
    "former",
    "acting",
    "senior",
    "junior",
    "associate",
    "assistant",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "vice-president",
    "commander-in-chief",
    "secretary-general",
    "first",
    "deputy",
    "executive",
    "military",
    "army",
    "navy",
    "air",
    "force",
    "affairs",
    "finance",
}
_NON_SPACE = re.compile(r"\S+")


class CandidateStage(MergingStage):
    """Trims candidate names found next to a person cue."""

    def _trimmed_word(self, word: str) -> bool:
        """Whether a name's leading ``word`` is trimmed off: a title, a sentence word, a demonym or a place."""
        low = word.lower().rstrip(".")
        entry = self.vocab.gaz_surface.get(word)
        return (
            low in _TITLE_WORDS
            or low in STOP
            or word in self.gaz.demonyms
            or (entry is not None and entry.kind != "person")
        )

    def _person_tokens(self, name_start: int, name: str) -> tuple[int, str] | None:
        """Trim titles, demonyms, places and sentence words off a candidate name; None if nothing is left."""
        tokens = list(_NON_SPACE.finditer(name))
        keep = 0
        while keep < len(tokens):
            word = tokens[keep].group().rstrip(",")
            if keep + 1 < len(tokens):
                pair = self.vocab.gaz_surface.get(f"{word} {tokens[keep + 1].group().rstrip(',')}")
                if pair is not None and pair.kind != "person":
                    keep += 2  # "ambassador to South Korea Mark Lippert": a two-word place
                    continue
            if not self._trimmed_word(word):
                break
            keep += 1
        for i, tok in enumerate(tokens[keep:-1], start=keep):
            if tok.group().lower().rstrip(".,") in _TITLE_NOUNS:
                keep = i + 1  # "Agriculture Minister Dmitry Patrushev"
        tokens = tokens[keep:]
        while tokens and tokens[-1].group().lower() in FUNCTION_WORDS:
            tokens.pop()  # "... warns Chris Monday His country": a missing full stop
        if not tokens:
            return None
        last = tokens[-1].group()
        end = tokens[-1].end()
        for suffix in ("’s", "'s"):
            if last.endswith(suffix):
                end -= len(suffix)
        start = tokens[0].start()
        words = name[start:end].split()
        if not words or len(words) > 4:
            return None
        if any(map(ORG_HEAD_SET.__contains__, words)) or words[0].lower() in MONTHS_DAYS:
            return None
        if len(words) == 1 and (self._common(words[0]) or len(words[0]) < 3 or words[0] in self.vocab.place_words):
            return None
        if words[0].lower() in STOP:
            return None
        return name_start + start, name[start:end]
