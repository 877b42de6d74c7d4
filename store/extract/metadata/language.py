"""The article's language, inferred only where common English function words make it plain."""

from __future__ import annotations

import re
from itertools import filterfalse

from store.extract.metadata.lines import HEAD_CHARS, word_set

_STOPWORDS = word_set(
    "the of and to in a is that for on with as was by it are from has have had said be at this an not will its his "
    "her their were which who but they he she would been also more than after about into over"
)

_WORD = re.compile(r"[^\W\d_]+")


def text_language(text: str, start: int) -> str | None:
    """``"en"`` when common English function words make up a good share of the words, else None."""
    # The words are the letter runs of the lower-cased head. A whitespace-separated token of letters only is
    # one such run (whitespace is never a letter), so the regex runs only on the other tokens ("korea’s").
    tokens = text[start : start + HEAD_CHARS].lower().split()
    letters = list(filter(str.isalpha, tokens))
    count = len(letters)
    stop = sum(map(_STOPWORDS.__contains__, letters))
    for token in filterfalse(str.isalpha, tokens):
        runs = _WORD.findall(token)
        count += len(runs)
        stop += sum(map(_STOPWORDS.__contains__, runs))
    if count < 20:
        return None
    share = stop / count
    return "en" if share >= 0.18 else None
