"""The state a Classifier keeps for one article, and the per-sentence cache every part shares."""

from __future__ import annotations

from store.extract.topics.context import SentenceContext
from store.extract.topics.taxonomy import Taxonomy


class ClassifierState:
    """Fields shared by the parts of the Classifier (set in ``Classifier.__init__``)."""

    text: str
    sentences: list[tuple[int, int]]
    tax: Taxonomy
    lower: str
    _contexts: dict[int, SentenceContext]

    def context(self, index: int) -> SentenceContext:
        """The cached facts of sentence ``index``."""
        ctx = self._contexts.get(index)
        if ctx is None:
            start, end = self.sentences[index]
            ctx = self._contexts[index] = SentenceContext(self.text, self.lower, start, end, self.tax)
        return ctx
