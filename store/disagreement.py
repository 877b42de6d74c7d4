"""Whether two claims state figures that cannot both be right (the browser marks such rivals)."""

from __future__ import annotations

from store.measures import measure_of
from store.models import Claim


def bounds(claim: Claim) -> tuple[float, float] | None:
    """A claim's figure as a closed interval; open ends become 0 or infinity."""
    if claim.value_low is None and claim.value_high is None:
        return None
    low = claim.value_low if claim.value_low is not None else 0.0
    high = claim.value_high if claim.value_high is not None else float("inf")
    return low, high


def disagrees(a: Claim, b: Claim) -> bool:
    """Whether two claims on one topic and measure state figures whose ranges do not overlap."""
    if a.topic != b.topic or _measure(a) != _measure(b):
        return False
    ab, bb = bounds(a), bounds(b)
    if ab is None or bb is None:
        return False
    return ab[1] < bb[0] or bb[1] < ab[0]


def _measure(claim: Claim) -> str:
    return measure_of({"text": claim.text, "unit": claim.unit})
