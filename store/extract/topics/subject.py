"""Off-subject filters: drones or missiles of a strike report that do not name the subject, and sums of the
economy with nothing of arms or pay near them.
"""

from __future__ import annotations

from store.extract.topics.base import ClassifierState
from store.extract.topics.records import Unit


class OffSubject(ClassifierState):
    """Figures of the lexicon that are still not about the subject."""

    def _attack(self, index: int, position: int, unit: Unit) -> bool:
        """Drones or missiles fired or shot down in a strike report, with no word of the subject: not a supply count."""
        ctx = self.context(index)
        if unit.inherited or unit.nationality == "subject" or any(p[0] == "subject" for p in ctx.parties):
            return False  # "Russia had fired about 20 of them": the missiles of the sentence before
        if self.tax.subject_weapons.search(self.lower, ctx.start, ctx.end):
            return False
        return any(c[0] == "attack" for c in ctx.cues_between(ctx.start, ctx.end))

    def _unrelated_money(self, index: int, position: int) -> bool:
        """Whether a sum is an economic figure (trade, GDP, budget) with nothing of arms or pay in its clause."""
        c_start, c_end = self._clause(index, position)
        ctx = self.context(index)
        lo, hi = max(ctx.start, min(c_start, ctx.figures[position].start - 60)), min(ctx.end, c_end + 20)
        return bool(
            self.tax.unrelated_money.search(self.lower, lo, hi) and not self.tax.money_ties.search(self.lower, lo, hi)
        )
