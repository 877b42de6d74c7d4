"""URLs: the pattern of a URL, a URL on a line of its own, and one at the end of the page."""

from __future__ import annotations

import re

from store.extract.metadata.lines import TAIL_CHARS

URL = re.compile(r"https?://[^\s<>\"'()\[\]]+[^\s<>\"'()\[\].,;:!?]")
URL_LINE = re.compile(
    r"^\W*(?:(?:url|link|source|source\s+url|originally\s+published\s+(?:at|on))\s*:?\s*)?(?P<url>https?://\S+)\s*$",
    re.IGNORECASE,
)


def tail_url(text: str) -> str | None:
    """The URL on a line of its own among the last lines of ``text``, if any."""
    for raw in reversed(text[-TAIL_CHARS:].splitlines()[-15:]):
        match = URL_LINE.match(raw.strip())
        if match:
            url = URL.match(match.group("url"))
            if url:
                return url.group()
    return None
