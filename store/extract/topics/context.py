"""The facts of one sentence shared by its figures: the figures, the cue words and the parties named."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from store.extract.figures import find_figures
from store.extract.topics.records import Topic, Unit
from store.extract.topics.taxonomy import Taxonomy

_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|inside|into|to|from|across|near|within|throughout|for|alongside|with|beside)\s+(?:the\s+)?$"
)
_RELATIVE = re.compile(r"(?:['’]s)?\s*,\s*(?:which|who)\b", re.I)


class SentenceContext:
    """Per-sentence facts shared by the figures of one sentence."""

    def __init__(self, text: str, lower: str, start: int, end: int, tax: Taxonomy) -> None:
        self.start, self.end = start, end
        self.figures = find_figures(text, start, end)
        self._text, self._lower, self._tax = text, lower, tax
        self._cues: list[tuple[str, int, int]] | None = None
        self._parties: list[tuple[str, int, int, bool]] | None = None
        self.units: dict[int, Unit] = {}
        self.topics: dict[int, Topic | None] = {}
        self.positions = {(f.start, f.end): i for i, f in enumerate(self.figures)}
        self.figure_starts = [f.start for f in self.figures]
        self._cue_starts: list[int] | None = None
        self._party_starts: list[int] | None = None

    def cues_between(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """The cues inside ``[start, end)`` that are not part of a figure (bisect: long sentences stay linear)."""
        cues = self.cues
        if self._cue_starts is None:
            self._cue_starts = [c[1] for c in cues]
        lo, hi = bisect_left(self._cue_starts, start), bisect_left(self._cue_starts, end)
        return [c for c in cues[lo:hi] if c[2] <= end and not self.inside_figure(c[1])]

    def inside_figure(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a figure's span."""
        i = bisect_right(self.figure_starts, pos) - 1
        return i >= 0 and pos < self.figures[i].end

    def parties_between(self, start: int, end: int) -> list[tuple[str, int, int, bool]]:
        """The parties named inside ``[start, end)``."""
        parties = self.parties
        if self._party_starts is None:
            self._party_starts = [p[1] for p in parties]
        return parties[bisect_left(self._party_starts, start) : bisect_left(self._party_starts, end)]

    @property
    def cues(self) -> list[tuple[str, int, int]]:
        """``(kind, start, end)`` of the cue words of the sentence, found on first use."""
        if self._cues is None:
            finditer = self._tax.cues_lower.finditer(self._lower, self.start, self.end)
            self._cues = [(m.lastgroup or "", m.start(), m.end()) for m in finditer]
        return self._cues

    @property
    def parties(self) -> list[tuple[str, int, int, bool]]:
        """``(party, start, end, bears_losses)`` of the parties named in the sentence, found on first use."""
        if self._parties is None:
            text, end, tax = self._text, self.end, self._tax
            self._parties = []
            for m in tax.parties.finditer(self._lower, self.start, end):
                after = text[m.end() : min(end, m.end() + 40)]
                # "troops in Russia have suffered": a place named after a preposition bears no losses (but "for
                # Moscow, which has suffered" does: the relative clause is about Moscow)
                bears_losses = bool(tax.loss_bearing.match(after)) and not (
                    not _RELATIVE.match(after)
                    and _LOCATIVE_BEFORE.search(self._lower, max(self.start, m.start() - 12), m.start())
                )
                self._parties.append((m.lastgroup or "", m.start(), m.end(), bears_losses))
        return self._parties
