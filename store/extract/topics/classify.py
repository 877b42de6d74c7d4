"""The Classifier: the topic of each figure of an article (doubted figures and limits are none), and the
``classify`` convenience wrapper.
"""

from __future__ import annotations

import re

from store.extract.figures import Figure
from store.extract.topics.clauses import Clauses
from store.extract.topics.context import SentenceContext
from store.extract.topics.lexicon import Lexicon
from store.extract.topics.ownership import Ownership
from store.extract.topics.records import Topic
from store.extract.topics.references import References, anaphoric
from store.extract.topics.subject import OffSubject
from store.extract.topics.taxonomy import Taxonomy, load_taxonomy
from store.extract.topics.timing import Timing
from store.extract.topics.units import Units
from store.extract.topics.workers import Workers

# "4,000 killed, or about a third of the force": a share in apposition to the count before it
_APPOSITION_BEFORE = re.compile(r",\s*(?:or\s+|i\.e\.\s+|that\s+is\s+)?$", re.I)


class Classifier(Clauses, Timing, Ownership, OffSubject, Units, Workers, Lexicon, References):
    """Classifies the figures of one article, caching per-sentence work."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], tax: Taxonomy | None = None) -> None:
        self.text = text
        self.sentences = sentences
        self.tax = tax or load_taxonomy()
        lower = text.lower()
        if len(lower) != len(text):  # a few characters change length when lower-cased: keep offsets aligned
            lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        self.lower = lower
        self._contexts: dict[int, SentenceContext] = {}

    def classify(self, index: int, figure: Figure) -> Topic | None:
        """The topic of ``figure`` in sentence ``index``, or None when it is not about the subject."""
        ctx = self.context(index)
        position = _position(ctx, figure)
        zone = self._zone(index, position)
        if self.tax.doubt_lower.search(self.lower, zone[0], figure.start):
            return None
        if self.tax.limit_before.search(self.lower, max(ctx.start, figure.start - 40), figure.start):
            return None
        return self._topic(index, position)

    def _topic(self, index: int, position: int) -> Topic | None:
        ctx = self.context(index)
        if position in ctx.topics:
            return ctx.topics[position]
        ctx.topics[position] = None  # guards against cycles through inheritance
        figure = ctx.figures[position]
        unit = self.unit_of(index, position)
        topic: Topic | None = None
        if unit.family is not None and not (unit.inherited and anaphoric(self.text, ctx, figure)):
            decision = self.tax.family_topics.get(unit.family)
            if decision in (None, "troops", "casualties"):
                topic = self._people_topic(index, position, unit, decision)
            elif unit.family in self.tax.family_cues and not self._has_cue(
                index, position, self.tax.family_cues[unit.family]
            ):
                topic = None
            elif decision == "other" and self._has_cue(index, position, "mobilization"):
                topic = Topic("mobilization", unit.text, unit.family)
            elif decision == "munitions" and self._attack(index, position, unit):
                topic = None
            elif decision in ("payment", "other") and self._unrelated_money(index, position):
                topic = None  # "trade rose to $34 million", "oil exports of 2 million barrels a day": the economy
            elif decision != "payment" or figure.kind in ("money", "fraction", "percent"):
                topic = Topic(decision, unit.text, unit.family)
        # "4,000 killed or wounded, a third of the force": a share in apposition shares the count's topic
        if (
            figure.kind in ("fraction", "percent")
            and position > 0
            and _APPOSITION_BEFORE.search(self.text, max(ctx.start, figure.start - 8), figure.start)
        ):
            earlier = self._topic(index, position - 1)
            if earlier is not None and ctx.figures[position - 1].kind == "count":
                topic = Topic(earlier.topic, unit.text, unit.family)
        ctx.topics[position] = topic
        return topic


def _position(ctx: SentenceContext, figure: Figure) -> int:
    position = ctx.positions.get((figure.start, figure.end))
    if position is not None:
        return position
    # a figure the finder did not produce for this sentence (a caller's own): add it and start afresh
    ctx.figures.append(figure)
    ctx.figures.sort(key=lambda f: f.start)
    ctx.positions = {(f.start, f.end): i for i, f in enumerate(ctx.figures)}
    ctx.figure_starts = [f.start for f in ctx.figures]
    ctx.units.clear()
    ctx.topics.clear()
    return ctx.positions[(figure.start, figure.end)]


def classify(text: str, sentences: list[tuple[int, int]], index: int, figure: Figure) -> Topic | None:
    """The topic of ``figure`` in sentence ``index`` (convenience wrapper; the pipeline keeps a Classifier).

    Args:
        text: The article text.
        sentences: Sentence spans of the article.
        index: The figure's sentence.
        figure: The figure.

    Returns:
        The topic and unit, or None when the figure is not about the subject.
    """
    return Classifier(text, sentences).classify(index, figure)
