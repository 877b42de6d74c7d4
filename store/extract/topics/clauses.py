"""A figure's zone and clause inside its sentence, and the cues of the verb that governs it."""

from __future__ import annotations

import re

from store.extract.topics.base import ClassifierState
from store.extract.topics.records import Unit

_CLAUSE = re.compile(
    r"[;:()\u2013\u2014]|,\s|\s-\s|\s(?:as|while|but|whereas|although|though|because|when|if|unless|after\s+which)\s",
    re.I,
)
# An aside between a figure and its verb: "Twelve, officials said, were captured", "Two soldiers, aged 20 and 26,
# were captured". The clause of the figure runs on past it.
ASIDE = re.compile(
    r",\s*(?:aged\s+[\d\s,and&-]+|\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*|according\s+to\s+[^,;:()]{1,60}"
    r"|[^,;:()]{0,60}?\b(?:said|says|say|told|added|reported|claimed|believes?|believed|estimated|estimates|thinks?"
    r"|noted|stressed|confirmed|alleged)(?:\s+\w+){0,3}|it\s+is\s+(?:believed|thought|estimated|understood))\s*,\s*",
    re.I,
)
NEIGHBOURS = 8
"""How many figures before or after a figure are looked at (bounds the work on hostile, figure-packed text)."""
# "4,000 of the 11,000 troops": a part and its whole
PARTITIVE = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?")
# a finite verb (not a modal: "troops deployed to Kursk will rotate out" stay deployed)
_FINITE = re.compile(r"\b(?:were|was|are|is|have|has|had|remain|remains|remained)\b")
# "soldiers sent to Kursk", "troops who were deployed in October": a participle describing the counted noun
_REDUCED_RELATIVE = re.compile(
    r"\s+(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:sent|deployed|dispatched|stationed|based|transferred|moved|brought|flown|shipped|fighting|serving)\b"
)


class Clauses(ClassifierState):
    """Zones, clauses and the governing verb of a figure."""

    def _zone(self, index: int, position: int) -> tuple[int, int]:
        """From the end of the previous counted figure's unit to the start of the next counted figure.

        Numbers that count nothing of the taxonomy ("in one county") do not split zones.
        """
        ctx = self.context(index)
        start, end = ctx.start, ctx.end
        for p in range(position - 1, max(-1, position - 1 - NEIGHBOURS), -1):
            unit = self.unit_of(index, p)
            if unit.family is not None:
                start = max(ctx.figures[p].end, unit.end)
                break
        for p in range(position + 1, min(len(ctx.figures), position + 1 + NEIGHBOURS)):
            if self.unit_of(index, p).family is not None:
                end = ctx.figures[p].start
                break
        return start, end

    def _clause(self, index: int, position: int) -> tuple[int, int]:
        """The clause of a figure inside its zone: punctuation and conjunctions bound it."""
        ctx = self.context(index)
        figure = ctx.figures[position]
        z_start, z_end = self._zone(index, position)
        start = z_start
        for m in _CLAUSE.finditer(self.text, z_start, figure.start):
            start = m.end()
        unit_end = max(figure.end, self.unit_of(index, position).end)
        m = _CLAUSE.search(self.text, min(unit_end, z_end), z_end)
        if m is not None and m.group().startswith(","):
            aside = ASIDE.match(self.text, m.start(), z_end)
            if aside is not None:  # "Twelve, officials said, were captured alive"
                m = _CLAUSE.search(self.text, aside.end(), z_end)
        return start, (m.start() if m else z_end)

    def _governed(
        self,
        index: int,
        position: int,
        unit: Unit,
        in_clause: list[tuple[str, int, int]],
        in_zone: list[tuple[str, int, int]],
        c_end: int,
    ) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
        """The cues of the verb that governs the figure, not of a participle describing its noun.

        "4,000 of the 11,000 troops sent to Kursk were killed": the part (4,000) takes the verb after the whole,
        the whole (11,000) only its own participle; "soldiers sent to Kursk have been killed": the finite verb
        governs, the reduced relative only describes the soldiers.
        """
        ctx = self.context(index)
        figure = ctx.figures[position]
        following = position + 1
        if following < len(ctx.figures) and PARTITIVE.fullmatch(self.text, figure.end, ctx.figures[following].start):
            whole_end = max(ctx.figures[following].end, self.unit_of(index, following).end)
            w_end = self._clause(index, following)[1]
            verb = _FINITE.search(self.lower, whole_end, w_end)
            if verb is None:
                return in_clause, in_zone
            extra = [c for c in ctx.cues_between(verb.start(), w_end) if c not in in_zone]
            return [c for c in in_clause if c[2] <= figure.start] + extra, in_zone + extra
        unit_end = max(figure.end, unit.end)
        if position > 0 and PARTITIVE.fullmatch(self.text, ctx.figures[position - 1].end, figure.start):
            verb = _FINITE.search(self.lower, unit_end, c_end)
            if verb is None:
                return in_clause, in_zone
            cut = verb.start()
            return [c for c in in_clause if c[2] <= cut], [c for c in in_zone if c[2] <= cut]
        relative = _REDUCED_RELATIVE.match(self.lower, unit_end, c_end)
        if relative is None:
            return in_clause, in_zone
        verb = _FINITE.search(self.lower, relative.end(), c_end)
        if verb is None:
            return in_clause, in_zone
        cut = verb.start()
        return (
            [c for c in in_clause if not unit_end <= c[1] < cut],
            [c for c in in_zone if not unit_end <= c[1] < cut],
        )

    def _has_cue(self, index: int, position: int, name: str) -> bool:
        ctx = self.context(index)
        c_start, c_end = self._clause(index, position)
        return any(c[0] == name for c in ctx.cues_between(c_start, c_end))
