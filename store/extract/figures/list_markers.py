"""Numbered-list markers ("1. Troops", "2) Shells", "(3)", "Step 4:"), which are not counts."""

from __future__ import annotations

import re

# Where a list item starts: the start of a line (after bullets or markup), a colon or semicolon, the end of a
# sentence on the same line, or a capitalised label word at the start of a line ("Step 4:", "Part 2.").
_MARKER_BEFORE = re.compile(
    r"(?:^|\n)[ \t>*#•\-]*(?:[A-Z][a-z]{1,10}[ \t]+)?[(\[]?$|[:;][ \t]*[(\[]?$|[.!?][ \t]+[(\[]?$"
)
_LABEL_LINE = re.compile(
    r"(?:^|\n)[ \t>*#•\-]*(?:Step|Part|Point|Phase|Stage|Item|Chapter|Section|Question|Lesson|Tip|Key|Fact|Number|No)"
    r"[ \t]+$"
)
_DASH_MARKER_AFTER = re.compile(r"[ \t]+[-–—][ \t]+[\"“'‘]?[A-Z]")
_MARKER_AFTER = re.compile(r"(?:[)\]]\**(?:[ \t]+|$)|(?:\.|:(?!\d))\**(?:[ \t]+|$)(?=[\"“'‘*(\[]?[A-Z\d]|$))", re.M)


def list_marker(text: str, start: int, end: int) -> bool:
    """Whether a small number is a list marker: "1. Troops", "2) Shells", "(3)", "Step 4:"."""
    before = text[max(0, start - 16) : start]
    if text[end : end + 1] == ")" and _inline_list(text, start, end):
        return True  # "the ministry listed 1) troops and 2) shells"
    if not _MARKER_BEFORE.search(before):
        return False
    opened = before.endswith(("(", "["))
    after = text[end : end + 4]
    if opened:
        return after[:1] in (")", "]")
    line_start = before.rstrip("(")[-1:] in ("\n", "") or re.search(r"(?:^|\n)[ \t>*#•\-]*$", before)
    if line_start and _DASH_MARKER_AFTER.match(text, end, min(len(text), end + 8)):
        return True  # "1 - North Korea sent ..."
    if not _MARKER_AFTER.match(text, end, min(len(text), end + 8)):
        return False
    if line_start:
        return True  # at the start of a line
    if re.search(r"[A-Z][a-z]{1,10}[ \t]+$", before):
        return _LABEL_LINE.search(before) is not None  # "Step 4:" opening a line, not "Killed 12. Wounded 30."
    # after a colon or a full stop on the same line: only when the list goes on ("1. ... 2. ...")
    number = int(text[start:end])
    following = re.compile(rf"(?<![\d,.])\(?{number + 1}[.)]\s")
    if following.search(text, end, end + 600) is not None:
        return True
    preceding = re.compile(rf"(?<![\d,.])\(?{number - 1}[.)]\s")
    return number > 1 and preceding.search(text, max(0, start - 600), start) is not None


def _inline_list(text: str, start: int, end: int) -> bool:
    """Whether "N)" belongs to a run of bracketed markers that starts at 1 (not "killed (12) and wounded (13)")."""
    number = int(text[start:end])
    if number == 1:
        return re.compile(r"(?<![\d,.])\(?2\)\s").search(text, end, end + 600) is not None
    return re.compile(r"(?<![\d,.])\(?1\)\s").search(text, max(0, start - 600), start) is not None
