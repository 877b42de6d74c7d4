"""Whether a head line reads as a headline or as body prose (a lede, a paragraph)."""

from __future__ import annotations

import re

_MULTI_SENTENCE = re.compile(r"(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|No|vs))(?<!\bMrs)(?<!\b[A-Z])[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")
_REPORTED = re.compile(r"\b(?:said|says|told|according\s+to|reported)\b")


def reads_as_title(line: str) -> bool:
    """Whether ``line`` reads as a headline: 3-25 words, mostly letters, not two sentences or a "..., X said." lede."""
    words = line.split()
    if not 3 <= len(words) <= 25 or not 12 <= len(line) <= 250:
        return False
    if _MULTI_SENTENCE.search(line) and (line.endswith(".") or len(words) > 20):
        return False  # "X. That should worry Seoul" is a headline; two full sentences are a paragraph
    if (
        line.endswith(".")
        and not line.endswith("...")
        and (len(words) > 14 or (len(words) > 6 and _REPORTED.search(line)))
    ):
        return False  # "North Korea sent 3,000 troops, Seoul said." is a lede, not a headline
    return sum(c.isalpha() for c in line) >= len(line) * 0.6


def reads_as_body(line: str) -> bool:
    """Whether ``line`` reads as body prose: very long, several sentences, or a full sentence that reports something."""
    words = line.split()
    if len(words) > 30 or bool(_MULTI_SENTENCE.search(line)):
        return True
    ended = line.endswith((".", "”", '"'))
    return ended and (len(words) > 12 or (len(words) > 6 and bool(_REPORTED.search(line))))
