"""Deciding what a figure counts and which topic of the taxonomy it belongs to.

The taxonomy is data (``store/data/topics.json``), the logic here is generic:

1. **What is counted** (the ``unit``): the noun phrase after the figure ("6,000 *military
   engineers and workers*"), skipping modifiers that say nothing about the kind of thing
   ("more", "new", "North Korean"); "containers *of ammunition*" follows ``of`` after a
   measure noun. With no noun after the figure ("about 6,000 have been killed", "of which
   3,000 have arrived") the unit is inherited from the nearest earlier figure of the
   sentence (the partitive "of the 11,000 soldiers"), else from a group noun just before
   ("a contingent of 1,500"), else from the first figure of the previous sentence; a
   pronoun ("tens of thousands of them who are lumberjacks") looks further along the clause.
   Money is counted in its currency, with its rate ("dollars a month").
2. **Which family** the head noun belongs to (``families``: troops, builders, people,
   casualties, deserters, volunteers, workers, money, munitions:<kind>); a family maps to a
   topic or to a decision below (``family_topics``). No family -> the figure is not about
   the subject (distances, durations, "one year", "two countries") and ``classify`` returns None.
3. **Cues in the figure's zone** (the sentence from the previous figure to the next one, so
   two figures of one sentence are judged apart): casualty words make troops casualties,
   desertion words deserters, mobilisation words mobilization; otherwise the nearest of the
   pledged cues (will send, promised, additional, preparing to send ...) and deployed cues
   (already, so far, sent, arrived, stationed ...) decides, with ``default_pledged_families``
   (sappers, builders) pledged and everything else deployed when no cue is found.
   ``need_cue_families`` ("people") count only with a cue.
4. **Whose**: casualties are Russian when the nearest party named in the sentence before
   the figure is Russian (not after a preposition: "losses that Russia suffers") and the unit
   is not North Korean; troops qualified as Russian or Ukrainian are not about the subject.
5. A figure cited only to be doubted ("one should not conclude that 12,000 ...") is no claim.

Replacing the taxonomy: set ``NKRU_TUI_TOPICS`` to a JSON file of the same shape, or put a
``topics.json`` in the user config directory (``platformdirs.user_config_dir("nkru-tui")``,
e.g. ``~/.config/nkru-tui/topics.json``). The environment variable wins over the config
file, which wins over the bundled default.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from store.extract.figures import Figure, find_figures


@dataclass(frozen=True, slots=True)
class Topic:
    """The topic of a figure and what it counts."""

    topic: str
    unit: str | None
    family: str | None = None
    """The unit's family ("troops", "munitions:shells", ...), for comparing like with like."""


@dataclass(frozen=True, slots=True)
class _Unit:
    text: str | None
    family: str | None
    nationality: str | None = None
    """"subject", "other" or "third" when the unit names it ("North Korean soldiers")."""
    end: int = -1
    """Where the unit phrase ends in the text (-1 when inherited): cues inside it belong to this figure."""


class Taxonomy:
    """The compiled taxonomy: lexicons and cue patterns from one topics file."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.topics: dict[str, str] = dict(data["topics"])
        self.family_of: dict[str, str] = {}
        for family, nouns in data["families"].items():
            for noun in nouns:
                self.family_of.setdefault(noun.lower(), family)
        self.max_noun_words = max(len(n.split()) for n in self.family_of)
        self.family_topics: dict[str, str] = dict(data["family_topics"])
        self.default_pledged = frozenset(data.get("default_pledged_families", ()))
        self.need_cue = frozenset(data.get("need_cue_families", ()))
        self.measure_nouns = frozenset(w.lower() for w in data.get("measure_nouns", ()))
        self.dropped = frozenset(w.lower() for w in data.get("dropped_modifiers", ()))
        self.pronouns = frozenset(w.lower() for w in data.get("pronouns", ()))
        self.stop = frozenset(w.lower() for w in data.get("stop_words", ()))
        parties = []
        for name, key in (("subject", "subject_terms"), ("other", "other_party_terms"), ("third", "third_party_terms")):
            terms = sorted(data.get(key, ()), key=len, reverse=True)
            parties.append(f"(?P<{name}>" + "|".join(re.escape(t) for t in terms) + ")")
        self.parties = re.compile(r"(?<![\w-])(?:" + "|".join(parties) + r")(?![\w-])", re.I)
        self.cue_names = [name for name in data["cues"] if name]
        self.cues = re.compile(
            "|".join(
                f"(?P<{name}>" + "|".join(f"(?:{p})" for p in data["cues"][name]) + ")" for name in self.cue_names
            ),
            re.I,
        )
        self.subject_words = {t.lower() for t in data.get("subject_terms", ())}
        self.other_words = {t.lower() for t in data.get("other_party_terms", ())}
        self.third_words = {t.lower() for t in data.get("third_party_terms", ())}


def taxonomy_path() -> Path | None:
    """The user's replacement topics file, when one is configured."""
    env = os.environ.get("NKRU_TUI_TOPICS")
    if env:
        return Path(env)
    try:
        from platformdirs import user_config_dir

        candidate = Path(user_config_dir("nkru-tui")) / "topics.json"
    except Exception:  # platformdirs cannot name a config dir: use the default
        return None
    return candidate if candidate.is_file() else None


@cache
def load_taxonomy(path: str | None = None) -> Taxonomy:
    """The taxonomy from ``path``, else the configured file, else the bundled default."""
    chosen = Path(path) if path else taxonomy_path()
    if chosen is not None:
        return Taxonomy(json.loads(chosen.read_text("utf-8")))
    return Taxonomy(json.loads(resources.files("store.data").joinpath("topics.json").read_text("utf-8")))


_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|[,;:()\"“”?!.]|\S")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|to|for|with|from|into|alongside|against|of|on|at|by|and|or|between|toward|towards|near|inside)\s+(?:the\s+)?$",
    re.I,
)
_OF_BEFORE = re.compile(r"([A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*)?)\s+of\s+(?:the\s+|some\s+|an?\s+)?$")


class _SentenceContext:
    """Per-sentence facts shared by the figures of one sentence."""

    def __init__(self, text: str, start: int, end: int, tax: Taxonomy) -> None:
        self.start, self.end = start, end
        self.figures = find_figures(text, start, end)
        self.cues: list[tuple[str, int, int]] = [
            (m.lastgroup or "", m.start(), m.end()) for m in tax.cues.finditer(text, start, end)
        ]
        self.parties: list[tuple[str, int, int, bool]] = []
        for m in tax.parties.finditer(text, start, end):
            prep = bool(_PREPOSITION_BEFORE.search(text, max(start, m.start() - 14), m.start()))
            self.parties.append((m.lastgroup or "", m.start(), m.end(), prep))
        self.units: dict[int, _Unit] = {}


class Classifier:
    """Classifies the figures of one article, caching per-sentence work."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], tax: Taxonomy | None = None) -> None:
        self.text = text
        self.sentences = sentences
        self.tax = tax or load_taxonomy()
        self._contexts: dict[int, _SentenceContext] = {}

    def context(self, index: int) -> _SentenceContext:
        ctx = self._contexts.get(index)
        if ctx is None:
            start, end = self.sentences[index]
            ctx = self._contexts[index] = _SentenceContext(self.text, start, end, self.tax)
        return ctx

    def classify(self, index: int, figure: Figure) -> Topic | None:
        """The topic of ``figure`` in sentence ``index``, or None when it is not about the subject."""
        ctx = self.context(index)
        tax = self.tax
        position = _position(ctx, figure)
        zone_start = ctx.start
        if position > 0:
            zone_start = max(ctx.figures[position - 1].end, self.unit_of(index, position - 1).end)
        zone_end = ctx.figures[position + 1].start if position + 1 < len(ctx.figures) else ctx.end
        cues = [c for c in ctx.cues if not _inside_figure(ctx, c) and zone_start <= c[1] and c[2] <= zone_end]
        if any(name == "doubt" and c_end <= figure.start for name, _, c_end in cues):
            return None
        unit = self.unit_of(index, position)
        if unit.family is None:
            return None
        decision = tax.family_topics.get(unit.family)
        if decision in (None, "troops", "casualties"):
            return self._people_topic(ctx, figure, unit, cues, decision)
        if decision == "payment" and figure.kind not in ("money", "fraction", "percent"):
            return None  # "5,000 won" is money, "the amount" alone with a bare count is not
        return Topic(decision, unit.text, unit.family)

    def _people_topic(
        self, ctx: _SentenceContext, figure: Figure, unit: _Unit, cues: list[tuple[str, int, int]], decision: str | None
    ) -> Topic | None:
        tax = self.tax
        party = unit.nationality or self._party(ctx, figure)
        near = [c for c in cues if _distance(c, figure) <= 70]
        if decision == "casualties" or any(c[0] == "casualty" for c in near):
            if party == "third" or (unit.nationality == "third"):
                return None
            topic = "russian_casualties" if party == "other" else "nk_casualties"
            return Topic(topic, unit.text, "casualties")
        if party in ("other", "third") and unit.nationality in ("other", "third"):
            return None
        if any(c[0] == "desertion" for c in near):
            return Topic("deserters", unit.text, "deserters")
        mobilization = _nearest(near, "mobilization", figure)
        if (
            mobilization <= 70
            and unit.family in ("people", "volunteers", "troops")
            and not any(c[0] == "deployed" and _distance(c, figure) < mobilization for c in near)
        ):
            return Topic("mobilization", unit.text, "volunteers")
        timing = [c for c in cues if c[0] in ("pledged", "deployed")]
        if not timing and unit.family in tax.need_cue:
            return None
        if timing:
            nearest = min(timing, key=lambda c: (_distance(c, figure), c[0] != "pledged"))
            topic = "troops_pledged" if nearest[0] == "pledged" else "troops_deployed"
        else:
            topic = "troops_pledged" if unit.family in tax.default_pledged else "troops_deployed"
        return Topic(topic, unit.text, "troops")

    def _party(self, ctx: _SentenceContext, figure: Figure) -> str | None:
        """The party a figure is about: the nearest one named before it (not after a preposition)."""
        best = None
        for name, start, _end, prep in ctx.parties:
            if start >= figure.start:
                break
            if not prep:
                best = name
        if best is None:
            subjects = [p for p in ctx.parties if p[0] == "subject"]
            if subjects:
                return "subject"
        return best

    # -- what is counted -----------------------------------------------------------------

    def unit_of(self, index: int, position: int) -> _Unit:
        """The unit of the ``position``-th figure of sentence ``index`` (cached)."""
        ctx = self.context(index)
        cached = ctx.units.get(position)
        if cached is not None:
            return cached
        figure = ctx.figures[position]
        unit = self._unit_after(ctx, figure, position)
        if unit.family is None and unit.text is None:
            unit = self._inherited(index, ctx, figure, position) or unit
        ctx.units[position] = unit
        return unit

    def _unit_after(self, ctx: _SentenceContext, figure: Figure, position: int) -> _Unit:
        tax = self.tax
        limit = ctx.figures[position + 1].start if position + 1 < len(ctx.figures) else ctx.end
        after = self.text[figure.end : min(limit, figure.end + 90)]
        words = [w for w in _WORD.findall(after)]
        nationality = None
        kept: list[str] = []
        i = 0
        # skip modifiers before the head ("more", "North Korean", "of the")
        while i < len(words):
            w = words[i].lower()
            if w in tax.subject_words or (w in ("north", "korean", "koreans") and _is_nk(words, i)):
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
            break
        if i < len(words) and words[i].lower() == "koreans" and nationality == "subject":
            words[i] = "North Koreans"
        head_family = None
        while i < len(words):
            w = words[i]
            lw = w.lower()
            if not w[0].isalpha() or (lw in tax.stop and lw not in tax.family_of):
                break
            if lw in ("and", "or", "&"):
                if kept and i + 1 < len(words) and self._family_at(words, i + 1)[0]:
                    kept.append(lw)
                    i += 1
                    continue
                break
            if lw == "of" and kept:
                last = kept[-1].lower()
                if last in tax.measure_nouns or tax.family_of.get(last) in ("money",):
                    kept.append("of")
                    i += 1
                    continue
                break
            if lw in tax.pronouns:
                if not kept:
                    return self._after_pronoun(ctx, figure, limit, nationality)
                break
            family, n = self._family_at(words, i)
            if family:
                if head_family is None or head_family == "workers" or kept[-1].lower() in tax.measure_nouns:
                    head_family = family if not (head_family and family == "workers") else head_family
                kept.extend(words[i : i + n])
                i += n
                continue
            if w[0].isupper() and not kept:
                break  # "325 Oct", a name: not a counted noun
            if len(kept) >= 3 or lw in tax.stop:
                break
            kept.append(w)
            i += 1
        first_word = kept[0] if kept else None
        while kept and (kept[-1].lower() in ("and", "or", "of") or self.tax.family_of.get(kept[-1].lower()) is None):
            if head_family and any(self.tax.family_of.get(k.lower()) for k in kept):
                if self.tax.family_of.get(kept[-1].lower()) is None:
                    kept.pop()
                    continue
                break
            kept.pop()
        text = " ".join(kept) or None
        unit_end = figure.end
        if kept:
            unit_end = self.text.find(kept[-1], figure.end, limit) + len(kept[-1])
        elif first_word is not None:
            text = first_word  # an unknown noun ("50 kilometres", "two days"): counted, but not about the subject
        if figure.kind == "money":
            currency = figure.currency or ""
            unit_text = _currency_name(currency)
            if text and self.tax.family_of.get(text.split()[0].lower()) == "money":
                unit_text = text
            rate = figure.end > figure.num_end and self.text[figure.num_end : figure.end].strip()
            if rate:
                unit_text = f"{unit_text} {rate}"
            return _Unit(unit_text, "money", nationality, unit_end)
        return _Unit(text, head_family, nationality, unit_end)

    def _family_at(self, words: list[str], i: int) -> tuple[str | None, int]:
        """The family of the longest lexicon phrase starting at ``words[i]``, and its length in words."""
        fam = self.tax.family_of
        for n in range(min(self.tax.max_noun_words, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n]).lower()
            if phrase in fam:
                # prefer the head of a compound: "artillery shells" -> shells, "combat engineers" -> builders
                if n == 1 and i + 1 < len(words) and words[i + 1].lower() in fam and words[i + 1][0].islower():
                    continue
                return fam[phrase], n
        return None, 0

    def _after_pronoun(self, ctx: _SentenceContext, figure: Figure, limit: int, nationality: str | None) -> _Unit:
        rest = self.text[figure.end : limit]
        words = _WORD.findall(rest)
        for i in range(len(words)):
            family, n = self._family_at(words, i)
            if family:
                return _Unit(" ".join(words[i : i + n]), family, nationality)
        return _Unit(None, None, nationality)

    def _inherited(self, index: int, ctx: _SentenceContext, figure: Figure, position: int) -> _Unit | None:
        for earlier in range(position - 1, -1, -1):
            unit = self.unit_of(index, earlier)
            if unit.family is not None and ctx.figures[earlier].kind == figure.kind:
                return unit
        before = self.text[max(ctx.start, figure.start - 40) : figure.start]
        group = _OF_BEFORE.search(before)
        if group:
            words = group.group(1).split()
            family, _ = self._family_at(words, len(words) - 1)
            if family:
                return _Unit(words[-1], family)
        after = self.text[figure.end : min(ctx.end, figure.end + 40)]
        cue = self.tax.cues.match(after.lstrip(" ,")) if after.strip() else None
        if cue and cue.lastgroup in ("casualty", "desertion"):
            return _Unit(cue.group(0), "casualties" if cue.lastgroup == "casualty" else "deserters")
        if index > 0 and position == 0:
            prev = self.context(index - 1)
            for p in range(len(prev.figures)):
                unit = self.unit_of(index - 1, p)
                if unit.family is not None and prev.figures[p].kind == figure.kind:
                    return unit
        return None


def _is_nk(words: list[str], i: int) -> bool:
    w = words[i].lower()
    if w == "north":
        return i + 1 < len(words) and words[i + 1].lower().startswith("korea")
    return i > 0 and words[i - 1].lower() == "north"


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


def _position(ctx: _SentenceContext, figure: Figure) -> int:
    for i, f in enumerate(ctx.figures):
        if f.start == figure.start and f.end == figure.end:
            return i
    ctx.figures.append(figure)
    ctx.figures.sort(key=lambda f: f.start)
    ctx.units.clear()
    return ctx.figures.index(figure)


def _inside_figure(ctx: _SentenceContext, cue: tuple[str, int, int]) -> bool:
    return any(f.start <= cue[1] < f.end for f in ctx.figures)


def _distance(cue: tuple[str, int, int], figure: Figure) -> int:
    if cue[2] <= figure.start:
        return figure.start - cue[2]
    if cue[1] >= figure.end:
        return cue[1] - figure.end
    return 0


def _nearest(cues: list[tuple[str, int, int]], name: str, figure: Figure) -> int:
    return min((_distance(c, figure) for c in cues if c[0] == name), default=10**9)


def classify(text: str, sentences: list[tuple[int, int]], index: int, figure: Figure) -> Topic | None:
    """The topic of ``figure`` in sentence ``index`` (convenience wrapper; the pipeline keeps a Classifier).

    Args:
        text: The article text.
        sentences: Sentence spans of the article.
        index: The figure's sentence.
        figure: The figure.

    Returns:
        The topic and unit, or None when the figure is not about the subject.
    """
    return Classifier(text, sentences).classify(index, figure)
