"""The parts of an article the metadata scan reads: its first lines and last characters, and word sets.

Only the first ``HEAD_LINES`` lines (at most ``HEAD_CHARS`` characters) and the last ``TAIL_CHARS``
characters are ever read, so metadata costs the same for a 10 MB file as for a short one.
"""

from __future__ import annotations

import re

HEAD_LINES = 40
HEAD_CHARS = 8000
TAIL_CHARS = 2000


def word_set(spaced: str) -> frozenset[str]:
    """The whitespace-separated words of ``spaced`` as a frozen set."""
    return frozenset(spaced.split())


_MARKDOWN_LEAD = re.compile(r"^(?:#{1,6}\s+|[-*•·]\s+)")
_MARKDOWN_EMPHASIS = re.compile(r"^([*_]{1,2})(.+)\1$")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]\n]{0,200})\]\([^)\s]{0,500}\)")


def head_lines(text: str, start: int) -> list[str]:
    """The first ``HEAD_LINES`` lines from ``start``, stripped of Markdown heading, bullet, emphasis and link syntax."""
    lines = []
    for raw in text[start : start + HEAD_CHARS].splitlines()[:HEAD_LINES]:
        line = raw.strip()
        line = _MARKDOWN_LEAD.sub("", line).strip()
        if line.startswith(("*", "_")):  # the only lines emphasis can wrap
            line = _MARKDOWN_EMPHASIS.sub(r"\2", line).strip()
        if "](" in line:
            line = _MARKDOWN_LINK.sub(r"\1", line).strip()  # "[Jane Doe](https://...)" -> "Jane Doe"
        lines.append(line)
    return lines
