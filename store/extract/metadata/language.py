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
_STOP_BYTES = frozenset(w.encode() for w in _STOPWORDS)
# ASCII letters lower-cased, every other byte a space
_ASCII_WORD_BYTES = bytes(b + 32 if 65 <= b <= 90 else b if 97 <= b <= 122 else 32 for b in range(256))


def text_language(text: str, start: int) -> str | None:
    """``"en"`` when common English function words make up a good share of the words, else None."""
    head = text[start : start + HEAD_CHARS]
    raw = head.encode("ascii", "replace")  # one "?" for each character outside ASCII
    if head.isascii() or not _non_ascii_letter(head, raw):
        # The letter runs are then the runs of ASCII letters (curly quotes and dashes are not letters, and
        # lower-casing never turns a non-letter into a letter): split at C speed in bytes.
        words = raw.translate(_ASCII_WORD_BYTES).split()
        return _english(len(words), sum(map(_STOP_BYTES.__contains__, words)))
    # The words are the letter runs of the lower-cased head. A whitespace-separated token of letters only is
    # one such run (whitespace is never a letter), so the regex runs only on the other tokens ("korea’s").
    tokens = head.lower().split()
    letters = list(filter(str.isalpha, tokens))
    count = len(letters)
    stop = sum(map(_STOPWORDS.__contains__, letters))
    for token in filterfalse(str.isalpha, tokens):
        runs = _WORD.findall(token)
        count += len(runs)
        stop += sum(map(_STOPWORDS.__contains__, runs))
    return _english(count, stop)


def _non_ascii_letter(head: str, raw: bytes) -> bool:
    """Whether a character outside ASCII in ``head`` (a ``?`` in its ASCII encoding ``raw``) is a letter."""
    at = raw.find(b"?")
    while at >= 0:
        if _WORD.match(head, at, at + 1):
            return True
        at = raw.find(b"?", at + 1)
    return False


def _english(count: int, stop: int) -> str | None:
    """``"en"`` when at least 20 words of which at least 18% are English function words."""
    if count < 20:
        return None
    share = stop / count
    return "en" if share >= 0.18 else None
