"""Units from the context of a figure with no noun of its own: a casualty label before it, an earlier figure of
the sentence, the whole of a partitive, the counts and nouns of the sentences before; and bare numbers that
point back ("the three") rather than count.
"""

from __future__ import annotations

import re
from dataclasses import replace

from store.extract.figures import Figure
from store.extract.topics.base import ClassifierState
from store.extract.topics.clauses import ASIDE, NEIGHBOURS, PARTITIVE
from store.extract.topics.context import SentenceContext
from store.extract.topics.records import Unit

# "killed (1,200)", "wounded: 2,400": a casualty word right before a bracketed or listed figure is its unit
_LABEL_BEFORE = re.compile(r"\b([a-z]+(?:\s+in\s+action)?)\s*[(:]\s*$", re.I)
_AUXILIARY = re.compile(r"(?:(?:were|was|are|is|have|has|had|got|been|also|reportedly|allegedly|later)\s+)*", re.I)
_OTHERS_AFTER = re.compile(r"\s*(?:more\s+)?others\b", re.I)
_SEND_BEFORE = re.compile(
    r"\b(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|dispatch\w*)\s+"
    r"(?:another\s+|a\s+further\s+|an\s+additional\s+|some\s+|up\s+to\s+)?$"
)
# "up from the 3,000 it had reported": a comparison with an earlier count, not "one of the three" pointing back
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|than"
    r"|versus|vs\.?)\s+the\s+$",
    re.I,
)
_PUNCTUATION = re.compile(r"[;:()\u2013\u2014]|,\s")


class References(ClassifierState):
    """Units inherited from the context of a figure."""

    def _inherited(self, index: int, ctx: SentenceContext, figure: Figure, position: int) -> Unit | None:
        """A unit for a figure with no noun after it, from its context (see the module docstring)."""
        label = _LABEL_BEFORE.search(self.text, max(ctx.start, figure.start - 30), figure.start)
        if label is not None:
            family = self.tax.family_of.get(label.group(1).lower())
            if family in ("casualties", "deserters"):  # "killed (1,200), wounded (2,400)"
                return Unit(label.group(1), family, None, -1, None, True)
        for earlier in range(position - 1, max(-1, position - 1 - NEIGHBOURS), -1):
            unit = self.unit_of(index, earlier)
            kind = ctx.figures[earlier].kind
            if unit.family is not None and (
                kind == figure.kind or (kind == "money" and figure.kind in ("percent", "fraction"))
            ):  # "$2,000 a month, of which the state keeps 90%": a share of the pay
                return Unit(unit.text, unit.family, unit.nationality, -1, earlier, True)
        following = position + 1
        if following < len(ctx.figures) and PARTITIVE.fullmatch(self.text, figure.end, ctx.figures[following].start):
            whole = self._unit_after(ctx, ctx.figures[following], following)  # its own noun only: no cycle
            if whole.family is not None:  # "3,000 of the 12,000 soldiers": a part counts what the whole counts
                return Unit(whole.text, whole.family, whole.nationality, -1, None, True)
        after = self.text[figure.end : min(ctx.end, figure.end + 90)]
        if _OTHERS_AFTER.match(after):  # "captured three others": more of what the sentence before counted
            found = self._previous_unit(index)
            if found is not None:
                return found
        aside = ASIDE.match(after)
        if aside is not None:
            after = after[aside.end() :]
        after = after.lstrip(" ,\"”’'")
        after = after[_AUXILIARY.match(after).end() :]  # "were captured", "have been killed"
        cue = self.tax.cues.match(after) if after.strip() else None
        if cue and cue.lastgroup in ("casualty", "desertion"):
            return Unit(
                cue.group(0), "casualties" if cue.lastgroup == "casualty" else "deserters", None, -1, None, True
            )
        limit = ctx.figures[position + 1].start if position + 1 < len(ctx.figures) else ctx.end
        clause_end = _PUNCTUATION.search(self.text, figure.end, limit)
        ahead = self._first_family_noun(
            figure.end, min(limit, figure.end + 60, clause_end.start() if clause_end else limit)
        )
        if ahead is not None:
            return ahead  # "tens of thousands of them who are lumberjacks"
        z_start = ctx.start
        if position > 0:
            z_start = max(ctx.figures[position - 1].end, self.unit_of(index, position - 1).end)
        back = self._last_family_noun(max(z_start, figure.start - 80), figure.start)
        if back is not None:
            return back
        if figure.kind in ("percent", "fraction") and self.tax.unrelated_share.search(
            self.lower, max(ctx.start, figure.start - 60), min(ctx.end, figure.end + 60)
        ):
            return None  # "the economy grew 3.7%", "an 80% approval rating": a share of something else
        for previous in range(index - 1, max(-1, index - 3), -1):
            prev = self.context(previous)
            found = self._previous_unit(previous + 1, 1)
            if found is not None:
                return found
            back = self._last_family_noun(prev.start, prev.end)
            if back is not None:
                return replace(back, noun_sentence=previous)
        # nothing counted is named anywhere near, but the verb moves troops: "tens of thousands more could be sent"
        for m in self.tax.cues_lower.finditer(self.lower, figure.end, min(ctx.end, figure.end + 40)):
            if m.lastgroup in ("pledged", "deployed"):
                return Unit(None, "troops", None, -1, None, True)
        # "Pyongyang is sending thousands more": the subject moving troops, the figure its object
        if _SEND_BEFORE.search(self.lower, max(ctx.start, figure.start - 40), figure.start) and self._names_subject(
            ctx
        ):
            return Unit(None, "troops", None, -1, None, True)
        return None

    def _previous_unit(self, index: int, depth: int = 2) -> Unit | None:
        """The unit of the last counted figure of the ``depth`` sentences before sentence ``index``."""
        for previous in range(index - 1, max(-1, index - 1 - depth), -1):
            prev = self.context(previous)
            for p in range(len(prev.figures) - 1, -1, -1):
                unit = self.unit_of(previous, p)
                if unit.family is not None and unit.family != "money":
                    return Unit(unit.text, unit.family, unit.nationality, -1, None, True, (previous, p))
        return None


def anaphoric(text: str, ctx: SentenceContext, figure: Figure) -> bool:
    """ "one of the three", "One, a 26-year-old": a bare number pointing back, not a new figure."""
    before = text[max(ctx.start, figure.start - 30) : figure.start].lower()
    if before.endswith("the ") and _COMPARED_BEFORE.search(before):
        return False
    return before.endswith("the ") or text[figure.start : figure.end].lower() == "one"
