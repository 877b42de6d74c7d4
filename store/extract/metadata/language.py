"""The article's language, inferred only where common English function words make it plain."""

from __future__ import annotations

import re

from store.extract.metadata.lines import HEAD_CHARS, word_set

_STOPWORDS = word_set(
    "the of and to in a is that for on with as was by it are from has have had said be at this an not will its his "
    "her their were which who but they he she would been also more than after about into over"
)

_WORD = re.compile(r"[^\W\d_]+")


def text_language(text: str, start: int) -> str | None:
    """``"en"`` when common English function words make up a good share of the words, else None."""
    words = _WORD.findall(text[start : start + HEAD_CHARS].lower())
    if len(words) < 20:
        return None
    share = sum(map(_STOPWORDS.__contains__, words)) / len(words)
    return "en" if share >= 0.18 else None
