"""Sentence splitting with character offsets into the article text.

Lines are always boundaries (headlines, captions and page furniture stand on
lines of their own); inside a line, a sentence ends at ``.``, ``!`` or ``?``
(optionally followed by closing quotes) before whitespace and a capital letter,
a digit or an opening quote, unless the dot ends a known abbreviation.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "st",
        "jr",
        "sr",
        "sen",
        "rep",
        "gov",
        "pres",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "approx",
    ]
)
_END = re.compile(r"""[.!?]+["'”’»“„]*(?=\s+["'“„«‘(\[]?[A-Z0-9])""")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text[start:]``, stripped of outer spaces."""
    spans: list[tuple[int, int]] = []
    pos = start
    for line in text[start:].splitlines(keepends=True):
        line_start = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        cursor = 0
        for match in _END.finditer(body):
            before = body[cursor : match.start()].rsplit(None, 1)
            word = before[-1].lower().rstrip(".") if before else ""
            if body[match.start()] == "." and (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())):
                continue
            _add(spans, text, line_start + cursor, line_start + match.end())
            cursor = match.end()
        _add(spans, text, line_start + cursor, line_start + len(body))
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
