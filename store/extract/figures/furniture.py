"""Page furniture: lines that link to other stories ("Read more: ...", "Related stories" lists)."""

from __future__ import annotations

import re

# Links to other articles are page furniture, however newsy their headlines: "Read more: Kim sends 1,000 more
# troops", "Related: ...", and the headline list under a label line of its own ("Related stories", "Most read").
_RELATED_LINE = re.compile(
    r"^[ \t*#>•|\-]*(?:(?P<label>read\s+(?:more|also|next)|also\s+read|see\s+also|related|recommended|further\s+reading"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|more\s+on\s+this\s+(?:story|topic)"
    r"|most\s+(?:read|popular|viewed|watched)|trending(?:\s+now)?|top\s+stories|latest\s+(?:news|stories)"
    r"|more\s+(?:stories|news|from\s+[\w ]{1,30}))\b(?P<rest>[^\n]*)"
    r"|(?:watch|listen|more|also\s+on\s+[\w ]{1,30})\s*[:|](?P<rest2>[^\n]*))",
    re.I | re.M,
)
_LABEL_ONLY = re.compile(
    r"\s*(?:(?:articles?|stories|story|content|coverage|news|topics?|reading|links?|videos?)\b)?\s*[:|]?\s*$", re.I
)
_LIST_LINES = 8


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of related-article lines, whose figures belong to other stories."""
    spans: list[tuple[int, int]] = []
    for m in _RELATED_LINE.finditer(text):
        spans.append((m.start(), m.end()))
        if m.group("label") and _LABEL_ONLY.fullmatch(m.group("rest") or ""):
            pos = m.end() + 1
            for _ in range(_LIST_LINES):  # the headlines listed under the label: short lines without a full stop
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                line = text[pos:end].strip()
                if line:
                    if len(line) > 160 or line.endswith("."):
                        break
                    spans.append((pos, end))
                pos = end + 1
                if pos >= len(text):
                    break
    return spans
