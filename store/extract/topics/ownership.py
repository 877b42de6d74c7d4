"""Whose count: the party named nearest before a figure that bears losses, or that deployed the troops."""

from __future__ import annotations

import re

from store.extract.figures import Figure
from store.extract.topics.base import ClassifierState
from store.extract.topics.context import SentenceContext

_PARTY_WINDOW = 300
"""How far before a figure (in characters) a party is looked for."""
_POSSESSOR = re.compile(r"(?:['’]s)?\s+(?:at|was|were|is|stood\s+at|stands\s+at|reached|totall?ed)\s+(?:about\s+)?$")


class Ownership(ClassifierState):
    """Whose losses and whose troops."""

    def _names_subject(self, ctx: SentenceContext) -> bool:
        return any(p[0] == "subject" for p in ctx.parties)

    def _deployer(self, ctx: SentenceContext, figure: Figure, c_start: int, c_end: int) -> str | None:
        """Whose troops: the subject when the clause names it, else the party that deployed them ("Russia has sent")."""
        if any(p[0] == "subject" for p in ctx.parties_between(c_start, c_end)):
            return "subject"
        best = None
        for name, _start, end, _ in ctx.parties_between(max(ctx.start, figure.start - _PARTY_WINDOW), figure.start):
            if self.tax.deployer.match(self.text, end, figure.start):
                best = name
        return best

    def _party(self, ctx: SentenceContext, figure: Figure) -> str | None:
        """Whose losses: the nearest party before the figure said to bear losses, else one after it."""
        best = None
        for name, _start, end, bears_losses in ctx.parties_between(
            max(ctx.start, figure.start - _PARTY_WINDOW), figure.start
        ):
            if bears_losses or (
                (
                    self.lower.startswith("'s", end - 2)
                    or self.lower.startswith("’s", end - 2)
                    or self.lower.startswith("'s", end)
                    or self.lower.startswith("’s", end)
                )
                and _POSSESSOR.match(self.lower, end, figure.start)
            ):
                best = name  # "... and North Korea's at 4,000": the possessor right before the figure
        if best is None:
            for name, _start, _end, bears_losses in ctx.parties_between(
                figure.start, min(ctx.end, figure.end + _PARTY_WINDOW)
            ):
                if bears_losses:
                    return name
        return best
