"""Quoted passages: where quotes open and close, and which speaker a quote is attached to."""

from __future__ import annotations

import bisect
import re

from store.extract.attribution.base import AttributorState
from store.extract.attribution.records import Who
from store.extract.hints import matches_at_anchors

_OPEN_CLOSE = {"“": "”", "„": "“", "«": "»", "‘": "’", '"': '"'}
_QUOTE_CHARS = re.compile(r"''|[\"“”„«»]|(?<![\w])‘|’(?![\w])")
_QUOTE_START = re.compile(r"[\"“”„«»'‘’]")  # the first character of every _QUOTE_CHARS match


def quote_spans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of quoted passages, quotation marks included; quotes never cross a paragraph."""
    spans: list[tuple[int, int]] = []
    first = sentences[0][0] if sentences else 0
    last = sentences[-1][1] if sentences else 0
    pos = first
    for para in text[first:last].split("\n"):
        open_at: int | None = None
        opener = ""
        for m in matches_at_anchors(_QUOTE_CHARS, _QUOTE_START, para):
            ch = '"' if m.group() == "''" else m.group()
            if open_at is None:
                if ch in ("”", "»", "’"):
                    continue
                open_at, opener = pos + m.start(), ch
            elif ch == _OPEN_CLOSE.get(opener) or (opener != "‘" and ch in ('"', "“", "”", "»", "„")):
                if ch == "„" and opener != "„":
                    continue
                spans.append((open_at, pos + m.end()))
                open_at = None
        if open_at is not None and opener != "‘":
            spans.append((open_at, pos + len(para)))  # a quote running to the end of its paragraph
        pos += len(para) + 1
    return spans


class QuoteSpeakers(AttributorState):
    """Quote spans and the speaker attached to a quote (part of the Attributor)."""

    def _quote_spans(self) -> list[tuple[int, int]]:
        """The article's quote spans, found once."""
        if self._quotes is not None:
            return self._quotes
        self._quotes = quote_spans(self.text, self.sentences)
        return self._quotes

    def _quote_containing(self, pos: int) -> tuple[int, int] | None:
        starts = self._quote_starts
        if starts is None:
            starts = self._quote_starts = [q_start for q_start, _ in self._quote_spans()]
        i = bisect.bisect_left(starts, pos) - 1  # the last quote opening before pos
        if i < 0:
            return None
        span = self._quotes[i]  # type: ignore[index]  # found with the starts above
        return span if pos < span[1] else None

    def _quote_around(self, start: int, end: int) -> tuple[int, int] | None:
        quote = self._quote_containing(start)
        if quote is None or end > quote[1]:
            return None
        if len(self.text[quote[0] : quote[1]].split()) < 4:
            return None  # scare quotes around a name or phrase
        return quote

    def _in_quote(self, pos: int) -> bool:
        starts = self._quote_starts
        if starts is None:
            starts = self._quote_starts = [q_start for q_start, _ in self._quote_spans()]
        i = bisect.bisect_left(starts, pos) - 1  # as in _quote_containing, without building its result
        return i >= 0 and pos < self._quotes[i][1] - 1  # type: ignore[index]

    def _quote_speaker(self, index: int, quote: tuple[int, int]) -> Who | None:
        q_start, q_end = quote
        end_index = self._sentence_at(q_end - 1, index)
        start_index = self._sentence_at(q_start, index)
        self._analyse_to(end_index)
        # after the closing mark: “...,” he told DW / “...“, says Yakov Zinberg
        for c in self._analysed[end_index].cues:
            if c.kind == "verb" and c.speaker and q_end <= c.start <= q_end + 12:
                between = self.text[q_end : min(c.start, c.speaker_pos)]
                if len(between) <= 60 and not any(map(between.__contains__, '.!?"“”„«»')):
                    return Who(c.speaker, "direct quote", c.verb)
        for c in self._analysed[end_index].cues:
            if c.kind in ("verb", "according") and c.speaker and q_end <= min(c.start, c.speaker_pos) <= q_end + 40:
                return Who(c.speaker, "direct quote", c.verb)
        # before the opening mark: Lange warns: “...” / Zinberg said that “...”
        for c in reversed(self._analysed[start_index].cues):
            if c.kind in ("verb", "according") and c.speaker and c.end <= q_start and q_start - c.end <= 40:
                return Who(c.speaker, "direct quote", c.verb)
        for c in reversed(self._analysed[start_index].cues):
            # "X's office said in May that Pyongyang was preparing "an additional ..."": the sentence's speaker
            if c.kind == "verb" and c.speaker and c.end <= q_start and not self._in_quote(c.start):
                return Who(c.speaker, "direct quote", c.verb)
        if not self._opens_sentence(q_start, start_index):
            return None  # a phrase quoted inside the outlet's own sentence: no earlier speaker continues
        speaker = self._recent_speaker(start_index, 2)
        if speaker is not None:
            return Who(speaker, "direct quote", None)
        return None

    def _opens_sentence(self, q_start: int, index: int) -> bool:
        """Whether a quote starts its sentence (a speaker's continuing quote, not a phrase inside a sentence)."""
        lead = self.text[self.sentences[index][0] : q_start].strip(" \t\n-–—•*")
        return not lead or lead.endswith(":")
