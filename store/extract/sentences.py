"""Sentence splitting with character offsets into the article text.

Rules: a line break always ends a sentence (headlines, captions, bullets and page furniture
stand on lines of their own; a bullet marker such as ``-``, ``*``, ``•`` or a Markdown ``#``
is left out of the sentence). Inside a line a sentence ends at ``.``, ``!``, ``?`` or ``…``,
optionally followed by closing quotes or brackets, when whitespace and a capital letter, a
digit or an opening quote follow, unless the dot ends a known abbreviation ("Gen.", "U.S.",
"Oct."), an initial ("J. Smith") or a decimal ("1.4" never matches: no space follows).

Why hand-written: issue 6 needs the split plus one regex pass over 2,000 articles (1.2 M
words) in about 0.7 s on 2 cores. Measured here on the five seeds repeated 400 times (2,000
articles, 1.58 M words, one core, shared machine): this splitter 0.24 s; blingfire's
``text_to_sentences_and_offsets`` 1.17 s (and it pulls in numpy, and splits "St. Petersburg"
style abbreviations its model does not know); pysbd about 36 s (extrapolated from 20 articles).
One compiled regex over the whole text, with the abbreviation check only at candidate dots,
is the fastest and the easiest to explain. ``benchmarks``-style script: see the report of
the extraction work (split timing over seeds x 400).
"""

from __future__ import annotations

import re

from store.extract.hints import matches_at_anchors

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
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "brig",
        "cmdr",
        "st",
        "jr",
        "sr",
        "sen",
        "rep",
        "gov",
        "pres",
        "amb",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "est",
        "fig",
        "vol",
        "op",
        "approx",
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
        "d.c",
        "n.k",
        "r.o.k",
        "u.s.a",
        "mt",
        "ft",
        "rev",
        "hon",
    ]
)
_BOUNDARY = re.compile(r"""\n|[.!?…]+["'”’»“„)\]]*(?=[ \t\u00a0]+["'“„«‘(\[]?[A-Z0-9])""")
_BOUNDARY_START = re.compile(r"[\n.!?…]")  # the first character of every _BOUNDARY match
_BULLET = re.compile(r"[ \t]*(?:[-*•·▪►]|#{1,6}|\d{1,2}[.)])[ \t]+")
_WORD_BEFORE = re.compile(r"(\S+)$")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:]``.

    Args:
        text: The article text.
        start: Where the body starts (after front matter).

    Returns:
        ``(start, end)`` offsets into ``text``, stripped of outer whitespace and bullet markers.
    """
    spans: list[tuple[int, int]] = []
    cursor = start
    line_start = True
    for m in matches_at_anchors(_BOUNDARY, _BOUNDARY_START, text, start):
        if m.group() == "\n":
            _add(spans, text, cursor, m.start(), line_start)
            cursor = m.end()
            line_start = True
            continue
        if text[m.start()] == ".":
            word = _WORD_BEFORE.search(text, max(cursor, m.start() - 12), m.start())
            if word is not None:
                w = word.group(1).lstrip("(\"'“‘").lower()
                if w in _ABBREVIATIONS or (len(w) == 1 and w.isalpha()):
                    continue
        _add(spans, text, cursor, m.end(), line_start)
        cursor = m.end()
        line_start = False
    _add(spans, text, cursor, len(text), line_start)
    return spans


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int, line_start: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    if line_start:
        bullet = _BULLET.match(text, start, end)
        if bullet is not None and bullet.end() < end:
            start = bullet.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
