"""Scanning a sentence for figures: the candidate pattern tried at each anchor, in text order."""

from __future__ import annotations

import re
from bisect import bisect_left

from store.extract.figures.anchors import cache_for
from store.extract.figures.candidate import figure_from_match
from store.extract.figures.pattern import FIGURE
from store.extract.figures.record import Figure

_BACK_UP = re.compile(
    r"(?:\bbetween\s+)?(?:\b(?:an?|several|a\s+few|a\s+couple\s+of|many)\s+|\b(?:US|A|C)|\b(?:USD|EUR|KRW|RUB)\s?)?$",
    re.I,
)


def find_figures(text: str, start: int, end: int) -> list[Figure]:
    """Figures in ``text[start:end]`` (one sentence), in text order.

    Args:
        text: The article text.
        start: Start offset of the sentence.
        end: End offset of the sentence.

    Returns:
        The figures found, with offsets into ``text``.
    """
    cache = cache_for(text)
    cached = cache.results.get((start, end))
    if cached is not None:
        return list(cached)
    figures: list[Figure] = []
    anchors = cache.anchors
    i = bisect_left(anchors, start)
    pos = start
    while i < len(anchors) and anchors[i] < end:
        p = anchors[i]
        i += 1
        if p < pos:
            continue
        back = _BACK_UP.search(text, max(pos, p - 24), p)
        q = back.start() if back is not None else p
        m = FIGURE.match(text, q, end)
        if m is None and q != p:
            m = FIGURE.match(text, p, end)
        if m is None:
            continue
        pos = m.end()
        figure = figure_from_match(text, m, start, end)
        if figure is None:
            continue
        if figure.end < m.end():  # a "from X to Y" pair or a rejected range: scan the rest again
            pos = figure.end
        figures.append(figure)
    cache.results[(start, end)] = tuple(figures)
    return figures
