"""What a figure counts: the noun phrase after it (skipping quotes, nationalities and modifiers), its family
and nationality, joined nouns of compatible families, currencies for money.
"""

from __future__ import annotations

import re

from store.extract.figures import Figure
from store.extract.topics.base import ClassifierState
from store.extract.topics.context import SentenceContext
from store.extract.topics.lexicon import WORD
from store.extract.topics.records import Unit

_QUOTES = frozenset("\"“”‘’'")
_MILITARY_MODIFIERS = frozenset({"military", "army", "combat", "engineering", "soldier", "soldiers"})
_COMPOUND = re.compile(r"-(?:strong|member|man|men|person|troop)\b", re.I)
_TIME_AFTER = re.compile(
    r"\s+(?:the|a|one|two|three|several|a\s+few)\s+(?:years?|months?|weeks?|days?)\s+(?:before|earlier|ago|prior)\b",
    re.I,
)
# "thousands more following": a participle after a figure is no counted noun, the count is the one before
_ING_NOUNS = frozenset(
    {"morning", "evening", "building", "spring", "string", "thing", "ceiling", "king", "wing", "ring"}
)
# "operating at 70 percent of capacity": a share of what munitions plants can make
_OUTPUT_WORDS = frozenset({"capacity", "production", "output"})
_COORDINABLE = (
    frozenset({"troops", "builders", "workers", "people", "volunteers"}),
    frozenset({"casualties"}),
    frozenset({"munitions:shells", "munitions:missiles", "munitions:launchers", "munitions:containers"}),
)


class Units(ClassifierState):
    """The unit of each figure, from the words after it or (see ``references``) from its context."""

    def unit_of(self, index: int, position: int) -> Unit:
        """The unit of the ``position``-th figure of sentence ``index`` (cached)."""
        ctx = self.context(index)
        cached = ctx.units.get(position)
        if cached is not None:
            return cached
        figure = ctx.figures[position]
        unit = self._unit_after(ctx, figure, position)
        if unit.family is None and unit.text is None:
            unit = self._inherited(index, ctx, figure, position) or unit
        elif unit.family is None and figure.kind in ("percent", "fraction") and unit.text in _OUTPUT_WORDS:
            back = self._last_family_noun(max(ctx.start, figure.start - 120), figure.start)
            if back is not None and back.family.startswith("munitions"):
                unit = back
        ctx.units[position] = unit
        return unit

    def _unit_after(self, ctx: SentenceContext, figure: Figure, position: int) -> Unit:
        tax = self.tax
        limit = ctx.figures[position + 1].start if position + 1 < len(ctx.figures) else ctx.end
        after = self.text[figure.end : min(limit, figure.end + 90)]
        compound = _COMPOUND.match(after)  # "a 2,000-strong unit"
        if compound:
            after = after[compound.end() :]
        # "up from 2,000 the year before": a time after the figure, the counted noun is the one before
        words = [] if _TIME_AFTER.match(after) else WORD.findall(after)
        nationality = None
        kept: list[str] = []
        i = 0
        # skip quotes and modifiers before the head ("more", "North Korean", "of the", "M1989 Koksan")
        while i < len(words):
            w = words[i].lower()
            if w in _QUOTES:
                i += 1
                continue
            if w == "n" and len(words) > i + 2 and words[i + 1] == "." and words[i + 2].lower().startswith("korea"):
                nationality = "subject"  # "1,500 N. Korean soldiers", "300 N. Koreans"
                if words[i + 2].lower() == "koreans":
                    i += 2
                    break
                i += 3
                continue
            if w in tax.subject_words or (w in ("north", "korean", "koreans", "korean-made") and _is_nk(words, i)):
                nationality = "subject"
                if w == "koreans":
                    break
                i += 1
                continue
            if w in tax.other_words:
                nationality = "other"
                i += 1
                continue
            if w in tax.third_words:
                nationality = "third"
                i += 1
                continue
            if w in tax.dropped and w not in tax.family_of:
                i += 1
                continue
            if words[i][0].isupper() or any(ch.isdigit() for ch in w) or w.endswith(("-made", "-built")):
                head = self._family_within(words, i, 6)
                if head is not None and head > i:
                    i = head  # skip a model name or a proper noun before the counted noun
                    continue
            break
        if i < len(words) and words[i].lower() == "koreans" and nationality == "subject":
            words[i] = "North Koreans"
        head_family = None
        first_word = None
        while i < len(words):
            w = words[i]
            lw = w.lower()
            if not w[0].isalpha() or (lw in tax.stop and lw not in tax.family_of):
                break
            if first_word is None and lw not in ("and", "or", "&"):
                first_word = w
            if lw in ("and", "or", "&"):
                family, _ = self._family_at(words, i + 1) if i + 1 < len(words) else (None, 0)
                if kept and head_family and family and _coordinable(head_family, family):
                    if head_family == "workers" and family in ("troops", "builders"):
                        head_family = family  # "workers and engineers" sent by an army are military
                    kept.append(lw)
                    i += 1
                    continue
                break
            if lw == "of" and kept:
                last = kept[-1].lower()
                if last in tax.measure_nouns or tax.family_of.get(last) == "money":
                    kept.append("of")
                    i += 1
                    continue
                break
            if lw in tax.pronouns:
                break
            family, n = self._family_at(words, i)
            if family:
                if head_family is None or (kept and kept[-1].lower() in tax.measure_nouns):
                    head_family = family
                kept.extend(words[i : i + n])
                i += n
                continue
            if w[0].isupper() and not kept:
                break  # a name, not a counted noun
            if len(kept) >= 3:
                break
            kept.append(w)
            i += 1
        while kept and (kept[-1].lower() in ("and", "or", "of") or tax.family_of.get(kept[-1].lower()) is None):
            kept.pop()
        if head_family == "workers" and any(k.lower() in _MILITARY_MODIFIERS for k in kept):
            head_family = "builders"  # "5,000 military construction workers" are soldiers doing building work
        if head_family == "people":
            head_family = self._people_at_work(figure, limit, kept) or head_family
        text = " ".join(kept) or None
        unit_end = figure.end
        if kept:
            found = self.text.find(kept[-1], figure.end, limit)
            unit_end = found + len(kept[-1]) if found >= 0 else figure.end
        elif (
            first_word is not None
            and first_word.lower() not in tax.pronouns
            and not tax.cues.match(first_word)
            and not (first_word.lower().endswith("ing") and first_word.lower() not in _ING_NOUNS)
        ):
            text = first_word  # an unknown noun ("50 kilometres", "two days"): counted, but not about the subject
        if figure.kind == "money":
            unit_text = _currency_name(figure.currency or "")
            if text and tax.family_of.get(text.split()[0].lower()) == "money":
                unit_text = text
            rate = figure.rate
            if rate:
                unit_text = f"{unit_text} {rate}"
            return Unit(unit_text, "money", nationality, unit_end)
        return Unit(text, head_family, nationality, unit_end)


def _is_nk(words: list[str], i: int) -> bool:
    w = words[i].lower()
    if w == "north":
        return i + 1 < len(words) and words[i + 1].lower().startswith("korea")
    return i > 0 and words[i - 1].lower() == "north"


def _coordinable(a: str, b: str) -> bool:
    """Whether two families can share one unit ("engineers and workers", not "soldiers and wounded 47")."""
    return a == b or any(a in group and b in group for group in _COORDINABLE)


def _currency_name(currency: str) -> str:
    c = currency.lower()
    if "$" in c or c == "usd":
        return "dollars"
    return {
        "€": "euros",
        "eur": "euros",
        "£": "pounds",
        "₩": "won",
        "krw": "won",
        "₽": "roubles",
        "rub": "roubles",
    }.get(c, c or "money")
