"""Cheap substring tests that rule a case-insensitive pattern out before the regex engine scans a text.

A test here may say "maybe" when the pattern then finds nothing, but never "no" when it would find
something, so skipping the pattern on "no" leaves every result unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The only characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter while ``str.lower()``
# does not turn them into that letter: dotted and dotless i (to "i") and the long s (to "s"). The Kelvin
# sign lower-cases to "k" and needs no special care.
_FOLD_TRAPS = ("İ", "ı", "ſ")


def may_contain(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``needles`` (lower-case) as ``re.IGNORECASE`` would match it."""
    if any(map(text.__contains__, _FOLD_TRAPS)):
        return True
    low = text.lower()
    return any(map(low.__contains__, needles))


def matches_at_anchors(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(text, pos, endpos)`` gives, trying ``pattern`` only where ``anchor`` matches.

    ``anchor`` is a one-character class holding the first character of every match of ``pattern`` (which
    never matches the empty string). It has no look-behind or word boundary in front, so the regex engine
    skips the characters between anchors at C speed instead of trying the whole pattern at each of them.
    """
    end = len(text) if endpos is None else endpos
    return matches_at((m.start() for m in anchor.finditer(text, pos, end)), pattern, text, pos, end)


def matches_at(
    starts: Iterable[int], pattern: re.Pattern[str], text: str, pos: int, endpos: int
) -> list[re.Match[str]]:
    """The matches ``pattern.finditer(text, pos, endpos)`` gives, trying ``pattern`` only at ``starts``.

    ``starts`` (ascending) must hold every place where a match of ``pattern`` (never empty) can begin: finditer
    takes the first match at or after its position and goes on from its end, and so does this.
    """
    found: list[re.Match[str]] = []
    for at in starts:
        if at < pos:
            continue  # before the search began, or inside the previous match
        m = pattern.match(text, at, endpos)
        if m is not None:
            found.append(m)
            pos = m.end()
    return found
