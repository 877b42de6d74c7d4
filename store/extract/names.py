"""Name normalisation shared by actor merging inside and across articles."""

from __future__ import annotations

import re
import unicodedata

_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def actor_key(name: str) -> str:
    """A key under which spelling variants of one name meet.

    Accents, case, hyphens, apostrophes and spacing are ignored, so
    "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" share a key.
    """
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()
    return _NON_ALNUM.sub("", folded)
