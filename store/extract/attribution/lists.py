"""Sources from neighbouring sentences for a figure without a cue of its own: the next sentence
naming where the figures come from or restating them, a list's introduction, a lede's next paragraph.
"""

from __future__ import annotations

import re

from store.extract.attribution.base import AttributorState
from store.extract.attribution.records import Who
from store.extract.figures import Figure, find_figures

# "X published what they say is their tally." over a list: the list's source
_BREAKDOWN_INTRO = re.compile(r"\b(?:tally|breakdown|as follows|the following|figures|list)\b[^.!?]{0,40}[.:]?$")
# "The figures are higher than those given by X": a comparison, not where the figures come from
_COMPARISON = re.compile(r"\b(?:than|differ|differs|contradict|contradicts|compared|unlike|exceed|exceeds)\b")
_LIST_MARKER = re.compile(r"\s*(?:[-–—•*·▪]|\d+[.)])\s*")
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪]|\d+[.)]|\(?[a-z]\))\s")
_FIGURES_REF = re.compile(
    r"\W*(?:(?:That|This)(?:['’]s|\s+is|\s+was)\s+according to|"
    r"(?:(?:[Tt]hese|[Tt]hose|[Tt]he|[Ss]uch|[Tt]his|[Tt]hat)\b[^.;]{0,40}?|[\w-]+\s+)?"
    r"\b(?:figures?|numbers?|estimates?|data|claims?|reports?|statistics|tallies|tally|counts?)\b)"
)


def _restated(text: str, figure: Figure, start: int, end: int) -> bool:
    """Whether the value of ``figure`` is stated again between ``start`` and ``end`` (a restatement)."""
    if figure.low is None and figure.high is None:
        return False
    return any((f.low, f.high) == (figure.low, figure.high) for f in find_figures(text, start, end))


class ListSources(AttributorState):
    """Sources carried in from the next sentence, a list introduction or a lede (part of the Attributor)."""

    def _from_context(self, index: int, figure: Figure) -> Who:
        nxt = index + 1
        if nxt < len(self.sentences):
            n_start, n_end = self.sentences[nxt]
            following = self._analysed[nxt]
            if _FIGURES_REF.match(self.text, n_start, n_end) and not _COMPARISON.search(self.text, n_start, n_end):
                for kind in ("origin", "citing", "according", "verb"):
                    for c in following.cues:
                        if c.speaker and c.kind == kind:
                            return Who(c.speaker, "reported" if c.kind != "verb" else "indirect", c.verb)
            if _restated(self.text, figure, n_start, n_end):
                who = self._first_attributed(nxt)
                if who is not None:
                    return who
        intro = self._list_intro(index)
        if intro is not None:
            return intro
        lede = self._lede_source(index)
        if lede is not None:
            return lede
        return Who(None)

    def _lede_source(self, index: int) -> Who | None:
        """A one-sentence paragraph of figures whose source opens the next paragraph, with more figures
        ("North Korea has lost 4,000 troops.\n\nUkraine's military intelligence said on Monday that 1,000 ...")."""
        if index + 1 >= len(self.sentences):
            return None
        start, end = self.sentences[index]
        n_start, n_end = self.sentences[index + 1]
        before = self.text[self.sentences[index - 1][1] : start] if index else "\n"
        if "\n" not in before or "\n" not in self.text[end:n_start] or self._outlet_speaks(start, end):
            return None  # not a paragraph of its own, or the outlet states it on its own authority
        for c in self._analysed[index + 1].cues:
            info = self.actors.info(c.speaker) if c.speaker else None
            if c.kind == "verb" and info is not None and info.kind != "person" and c.speaker_pos - n_start < 60:
                return Who(c.speaker, "indirect", c.verb) if find_figures(self.text, n_start, n_end) else None
        return None

    def _list_intro(self, index: int) -> Who | None:
        """A list item under an introduction that names its source ("Ukraine's General Staff gave these losses:")."""
        i = index
        while i > 0 and index - i < 12:
            prev_start, prev_end = self.sentences[i - 1]
            line = self.text[prev_start:prev_end].rstrip()
            if line.endswith(":") or _BREAKDOWN_INTRO.search(line):
                for c in reversed(self._analysed[i - 1].cues):
                    if c.speaker and c.kind in ("verb", "citing", "according", "origin"):
                        return Who(c.speaker, "indirect" if c.kind == "verb" else "reported", c.verb)
                return None
            item_start, _ = self.sentences[i]
            marker = self.text[self.text.rfind("\n", 0, item_start) + 1 : item_start]
            item_end = self.sentences[i][1]
            is_item = (
                _LIST_ITEM.match(self.text, item_start)
                or _LIST_MARKER.fullmatch(marker)
                or (  # an unmarked short line of a breakdown ("Wounded: 2,500")
                    self.text[item_start - 1 : item_start] == "\n"
                    and item_end - item_start <= 80
                    and self.text[item_end : item_end + 1] in ("\n", "")
                )
            )
            if not is_item or self._analysed[i - 1].cues:
                return None
            i -= 1
        return None

    def _first_attributed(self, index: int) -> Who | None:
        for c in self._analysed[index].cues:
            if c.speaker and c.kind in ("verb", "citing", "according"):
                return Who(c.speaker, "indirect" if c.kind == "verb" else "reported", c.verb)
        return None
