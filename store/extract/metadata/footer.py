"""The outlet a page footer names: a copyright notice, an "All rights reserved" line or a newsletter sign-up."""

from __future__ import annotations

import re

from store.extract.hints import may_contain
from store.extract.metadata.furniture import is_nav
from store.extract.metadata.lines import HEAD_CHARS, TAIL_CHARS

_COPYRIGHT = re.compile(
    r"(?:copyright\s*(?:©|\(c\))?|©)\s*(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)?\d\d)?\s*,?\s*)?"
    r"(?P<owner>[A-Z][\w&.'’ -]{1,60}?)"
    r"\s*(?:[,.]?\s*(?:19|20)\d\d\b|\.?\s*all\s+rights|[|\n]|$)",
    re.IGNORECASE,
)
# "The Example Times. All rights reserved." without a copyright sign.
_ALL_RIGHTS = re.compile(
    r"^[^\S\n]*(?:(?:19|20)\d\d[^\S\n]+)?(?P<owner>[A-Z][\w&'’ -]{1,60}?(?:\.[A-Za-z]{2,6})?)"
    r"[.,]?[^\S\n]+(?i:all\s+rights\s+reserved)",
    re.MULTILINE,
)
# "Subscribe to The Kyiv Independent newsletter", "Sign up for the Example Times's morning newsletter".
_NEWSLETTER = re.compile(
    r"^\W*(?i:subscribe|sign\s+up)\s+(?i:to|for)\s+(?i:the\s+)?(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
    r"(?:['’]s?\b[^\n.]{0,40}?\s|\s+(?i:(?:free|daily|weekly|morning|evening)\s+)*)(?i:newsletters?)\b",
    re.MULTILINE,
)
_BY_PREFIX = re.compile(r"^by\s+(?:the\s+)?", re.IGNORECASE)  # "© 2024 by the Center for ..."
_NOT_OWNERS = frozenset(["our", "my", "your", "this", "these", "free", "all", "a", "an"])
_CAPTION = re.compile(r"\b(?:photo|photograph|image|picture|credit|getty|caption|file)\b", re.IGNORECASE)
_CORPORATE = re.compile(
    r"(?:[\s,]+(?:technologies|technology|holdings|pvt|private|ltd|limited|inc|llc|llp|gmbh|corp|corporation|co|plc|s\.?a|ag)\.?)+\s*$",
    re.IGNORECASE,
)


def _copyright_owner(chunk: str) -> str | None:
    """The owner the last copyright notice of ``chunk`` names (the page footer comes last)."""
    if not may_contain(chunk, ("copyright", "©")):
        return None
    for match in reversed(list(_COPYRIGHT.finditer(chunk))):
        line_start = chunk.rfind("\n", 0, match.start()) + 1
        if _CAPTION.search(chunk, line_start, match.start()) or chunk.startswith("/", match.end("owner")):
            continue  # "Photo: © Reuters/Kim Hong-Ji" credits a picture, not the article
        owner = _CORPORATE.sub("", _BY_PREFIX.sub("", match.group("owner").strip(" .,-"))).strip(" .,-")
        if owner and not re.fullmatch(r"[\d\s-]+", owner) and len(owner.split()) <= 6:
            return owner
    return None


def outlet_in_footer(chunk: str) -> str | None:
    """The outlet a copyright line, an "All rights reserved" line or a newsletter sign-up names."""
    owner = _copyright_owner(chunk)
    if owner:
        return owner
    for pattern, needle in ((_ALL_RIGHTS, "rights"), (_NEWSLETTER, "newsletter")):
        for match in pattern.finditer(chunk) if may_contain(chunk, (needle,)) else ():
            owner = _CORPORATE.sub("", match.group("owner").strip(" .,-")).strip(" .,-")
            if owner and len(owner.split()) <= 6 and not is_nav(owner) and owner.split()[0].lower() not in _NOT_OWNERS:
                return owner
    return None


def tail_outlet(text: str) -> str | None:
    """The outlet the footer of a long page names; None for a short page, whose head already covered its end."""
    return outlet_in_footer(text[-TAIL_CHARS:]) if len(text) > HEAD_CHARS else None
