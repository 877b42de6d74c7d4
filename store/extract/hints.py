"""Cheap substring tests that rule a case-insensitive pattern out before the regex engine scans a text.

A test here may say "maybe" when the pattern then finds nothing, but never "no" when it would find
something, so skipping the pattern on "no" leaves every result unchanged.
"""

from __future__ import annotations

# The only characters outside ASCII that ``re.IGNORECASE`` matches to an ASCII letter while ``str.lower()``
# does not turn them into that letter: dotted and dotless i (to "i") and the long s (to "s"). The Kelvin
# sign lower-cases to "k" and needs no special care.
_FOLD_TRAPS = ("İ", "ı", "ſ")


def may_contain(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``needles`` (lower-case) as ``re.IGNORECASE`` would match it."""
    if any(trap in text for trap in _FOLD_TRAPS):
        return True
    low = text.lower()
    return any(needle in low for needle in needles)
