"""People who work: "North Koreans who work on building sites", citizens entering Russia "declaring work",
"crews of 1,000 people" count as workers.
"""

from __future__ import annotations

import re

from store.extract.figures import Figure
from store.extract.topics.base import ClassifierState

_AT_WORK = re.compile(
    r"\s*,?\s*(?:who\s+(?:\w+\s+)?(?:work|worked|are\s+working|were\s+working|labou?r|toil)|working\s+(?:on|in|at|as)"
    r"|(?:are|were|is|was)\s+(?:now\s+|currently\s+|still\s+)?working|employed|hired|to\s+work|on\s+work\s+visas?)\b",
    re.I,
)
# "North Korean citizens entered Russia, declaring study or work", "on student visas": people who come to work
_WORK_PURPOSE = re.compile(
    r"\b(?:for|declaring|declared|declare|citing|cited|stating|stated|listing|listed|on)\s+(?:\w+\s+){0,2}?"
    r"(?:work|study|studies|education|employment|labou?r|jobs?)\b|\b(?:work|study|student|labou?r)\s+visas?\b"
)
_CIVILIANS = frozenset({"citizens", "nationals", "residents", "visitors"})
_ENTRY = re.compile(
    r"\s+(?:\w+\s+)?(?:entered|enter|entering|arrived\s+in|came\s+to|travell?ed\s+to|visited|crossed\s+into)\b"
)
_OF_BEFORE = re.compile(r"([A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*)?)\s+of\s+(?:the\s+|some\s+|an?\s+)?$")


class Workers(ClassifierState):
    """Whether counted people are workers by what they do."""

    def _people_at_work(self, figure: Figure, limit: int, kept: list[str]) -> str | None:
        """ "12,000 North Koreans who work on building sites", "crews of 1,000 people": workers by what they do."""
        found = self.text.find(kept[-1], figure.end, limit) if kept else -1
        after = self.text[found + len(kept[-1]) : min(limit, found + len(kept[-1]) + 40)] if found >= 0 else ""
        if _AT_WORK.match(after) or _WORK_PURPOSE.search(self.lower, figure.end, limit):
            return "workers"
        if kept and kept[-1].lower() in _CIVILIANS and _ENTRY.match(self.lower, found + len(kept[-1]), limit):
            return "workers"  # "13,000 North Korean citizens entered Russia": civilians crossing, not troops
        of = _OF_BEFORE.search(self.text, max(0, figure.start - 40), figure.start)
        if of is not None:
            family = self.tax.family_of.get(of.group(1).lower())
            if family in ("workers", "builders", "troops"):
                return family  # "construction crews of 1,000 people", "a contingent of 3,000 men"
        return None
