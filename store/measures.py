"""What kind of quantity a claim states, so that only like is compared with like."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def measure_of(claim: Mapping[str, Any]) -> str:
    """``money``, ``percent`` or ``count`` (the default), from the claim's figure and unit."""
    text = str(claim.get("text", ""))
    unit = str(claim.get("unit") or "")
    if "%" in text or "percent" in text or "per cent" in text:
        return "percent"
    if any(sym in text for sym in "$€£₩₽") or unit.startswith(("dollar", "usd", "won", "rouble", "ruble")):
        return "money"
    return "count"
