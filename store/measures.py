"""What kind of quantity a claim states, so that only like is compared with like.

A measure is a short string; two claims of one topic are compared only when their
measures are equal:

- ``count`` for head counts (troops, casualties, deserters, volunteers ...). For munitions
  the unit's family is added, so shells, missiles, launchers and containers are never
  compared with each other (``count:shells``), using the taxonomy's lexicon;
- ``money:<currency>`` for one-off sums, ``money:<currency>/<period>`` for rates ("$2,000 a
  month" is ``money:dollars/month``), so a salary is never set against a bonus total;
- ``share`` for percentages and fractions; :func:`comparable_bounds` puts both on one
  scale (per cent), so "half of them" and "40%" can be compared;
- for casualties, what is counted around the figure in its sentence: ``count:dead`` (killed,
  dead, deaths, coffins), ``count:wounded``, ``count:captured`` or ``count:combined``
  (casualties, losses, "killed or wounded"), so six coffins shown on television are not set
  against 4,000 killed and wounded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_CURRENCY_SYMBOLS = {"$": "dollars", "€": "euros", "£": "pounds", "₩": "won", "₽": "roubles", "¥": "yuan"}
_CURRENCY_WORDS = {
    "dollar": "dollars",
    "usd": "dollars",
    "euro": "euros",
    "eur": "euros",
    "won": "won",
    "krw": "won",
    "rouble": "roubles",
    "ruble": "roubles",
    "rub": "roubles",
    "pound": "pounds",
    "yuan": "yuan",
}
_PERIOD = re.compile(
    r"\b(?:a|per|each|every)\s+(month|year|week|day)\b|\b(monthly|annually|yearly|weekly|daily)\b", re.I
)
_PERIOD_WORDS = {"monthly": "month", "annually": "year", "yearly": "year", "weekly": "week", "daily": "day"}
_PERCENT = re.compile(r"%|\bper\s?cent\b|\bpercent\b|\bpct\b", re.I)
_FRACTION = re.compile(r"\b(?:half|thirds?|quarters?|fifths?|tenths?)\b", re.I)
_WORD = re.compile(r"[a-z][a-z\-]*")


def measure_of(claim: Mapping[str, Any]) -> str:
    """The measure of a stored claim (see the module docstring).

    Args:
        claim: A claim document with at least ``text`` and ``unit`` (``topic`` for munitions).

    Returns:
        ``count``, ``count:<family>``, ``money:<currency>[/<period>]`` or ``share``.
    """
    text = str(claim.get("text", ""))
    unit = str(claim.get("unit") or "").lower()
    if _PERCENT.search(text):
        return "share"
    currency = _currency(text, unit)
    if currency is not None:
        period = _PERIOD.search(f"{text} {unit}")
        if period:
            name = period.group(1) or _PERIOD_WORDS[period.group(2).lower()]
            return f"money:{currency}/{name.lower()}"
        return f"money:{currency}"
    if _FRACTION.search(text) and claim.get("value_high") is not None and (claim.get("value_high") or 0) <= 1:
        return "share"
    if claim.get("value_low") is not None and (claim.get("value_low") or 0) <= 1 and _FRACTION.search(text):
        return "share"
    if str(claim.get("topic", "")).endswith("casualties"):
        return "count:" + casualty_kind(claim)
    if claim.get("topic") == "munitions":
        family = unit_family(unit)
        if family:
            return "count:" + family.split(":", 1)[-1]
    return "count"


def comparable_bounds(claim: Mapping[str, Any], measure: str) -> tuple[float | None, float | None]:
    """A claim's bounds on its measure's scale: shares in per cent, everything else as stored."""
    low, high = claim.get("value_low"), claim.get("value_high")
    if measure == "share" and not _PERCENT.search(str(claim.get("text", ""))):
        return (None if low is None else low * 100, None if high is None else high * 100)
    return low, high


def unit_family(unit: str) -> str | None:
    """The taxonomy family of a unit's head noun ("artillery shells and missiles" -> ``munitions:shells``)."""
    # Imported here: store readers (search, the app) use measures without needing the extractor loaded.
    from store.extract.topics import load_taxonomy

    family_of = load_taxonomy().family_of
    words = _WORD.findall(unit.lower())
    for i in range(len(words)):
        if words[i] in ("and", "or"):
            break
        for n in (3, 2, 1):
            phrase = " ".join(words[i : i + n])
            if len(words[i : i + n]) == n and phrase in family_of:
                nxt = words[i + n] if i + n < len(words) else None
                if nxt is not None and nxt in family_of and nxt not in ("and", "or"):
                    break  # a modifier of a longer compound ("artillery shells"): look at the next word
                return family_of[phrase]
    return None


_DEAD = re.compile(r"\b(?:killed|dead|died|deaths?|bodies|coffins?|caskets?|fatalit\w*|perished|death\s+toll)\b", re.I)
_WOUNDED = re.compile(r"\b(?:wounded|injured|injuries|wounds|hospitali[sz]ed)\b", re.I)
_CAPTURED = re.compile(r"\b(?:captured|prisoners?|pows?|captives?|taken\s+prisoner|surrendered)\b", re.I)
_COMBINED = re.compile(r"\b(?:casualt\w*|losses|lost|out\s+of\s+action)\b", re.I)


def casualty_kind(claim: Mapping[str, Any]) -> str:
    """``dead``, ``wounded``, ``captured`` or ``combined``, from the words around the figure in its sentence."""
    sentence = str(claim.get("sentence") or "")
    try:
        start = int(claim["start"]) - int(claim["sentence_start"])
        end = int(claim["end"]) - int(claim["sentence_start"])
    except (KeyError, TypeError, ValueError):
        start, end = 0, len(sentence)
    near = f"{claim.get('unit') or ''} {sentence[max(0, start - 40) : start]} {sentence[end : end + 60]}"
    kinds = [
        name
        for name, pattern in (("dead", _DEAD), ("wounded", _WOUNDED), ("captured", _CAPTURED))
        if pattern.search(near)
    ]
    if len(kinds) == 1 and not _COMBINED.search(str(claim.get("unit") or "")):
        return kinds[0]
    return "combined"


def _currency(text: str, unit: str) -> str | None:
    for symbol, name in _CURRENCY_SYMBOLS.items():
        if symbol in text:
            return name
    first = unit.split()[0] if unit.split() else ""
    return _CURRENCY_WORDS.get(first.rstrip("s")) or _CURRENCY_WORDS.get(first)
