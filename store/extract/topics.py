"""Deciding what a figure counts and which topic of the taxonomy it belongs to.

The taxonomy is data (``store/data/topics.json``), the logic here is generic:

1. **What is counted** (the ``unit``): the noun phrase after the figure ("6,000 *military
   engineers and workers*"), skipping quotes and modifiers that say nothing about the kind of
   thing ("more", "new", "North Korean", model names such as "M1989 Koksan"); "containers *of
   ammunition*" follows ``of`` after a measure noun; "and" joins only nouns of compatible
   families ("shells and missiles", not "soldiers and wounded 47"). An unknown noun ("50
   kilometres", "two days") means the figure counts something else. With no noun after the
   figure the unit is taken, in this order, from the nearest earlier figure of the sentence
   (the partitive "of the 11,000 soldiers ..., about 6,000 have been killed", "of which
   3,000"), from a lexicon noun later in the clause after a pronoun ("thousands of them who
   are lumberjacks"), from a casualty or desertion word right after it ("1,000 killed"), from
   the last lexicon noun before it in its zone ("their losses are high - about 4,000"), from
   the figures or nouns of the two previous sentences, and last from a troop-moving verb right
   after it ("tens of thousands more could be sent"). Money is counted in its currency, with
   its rate ("dollars a month").
2. **Which family** the head noun belongs to (``families``: troops, builders, people,
   casualties, deserters, volunteers, workers, money, munitions:<kind>); a family maps to a
   topic or to the decision below (``family_topics``). No family -> the figure is not about
   the subject and ``classify`` returns None.
3. **Cues** (``cues``, regular expressions in lower case, matched on the lower-cased text).
   A figure's *zone* runs from the previous counted figure's unit to the next counted figure,
   its *clause* is the part of the zone between punctuation or conjunctions ("as", "while",
   "but" ...), so two figures of one sentence are judged apart. In order: a casualty word in
   the clause makes troops casualties unless a pledged/deployed cue is nearer to the figure;
   desertion words make deserters, mobilisation words mobilization; then the nearest strong
   timing cue of the clause, else of the zone (``pledged``: will send, promised, preparing to
   send, heading to, asked for ...; ``modal``: would/could/may ...; ``deployed``: already, so
   far, sent, arrived, stationed ...); a unit inherited from an earlier figure of the sentence
   inherits its topic; a weak cue (``pledged_weak``: additional, more, another) makes it
   pledged; else ``default_pledged_families`` (sappers, builders) are pledged and the rest
   deployed. ``need_cue_families`` ("people") count only with a cue; ``family_cues`` name a cue a family
   needs in its clause (ordnance counts only when cleared, defused or found: not "12 coal mines").
4. **Whose**: casualties are Russian when the party named nearest before the figure that
   bears losses (``loss_words``: "Russia has lost", "Moscow, which has suffered") is Russian
   and the unit does not say North Korean; troops called Russian or Ukrainian, or deployed by
   Russia ("Russia has amassed 50,000 troops", ``deploy_verbs``) when the clause does not name
   the subject, are not about the subject.
5. A figure cited only to be doubted ("one should not conclude that 12,000 ...", ``doubt``
   cues before it in its zone) is no claim; "the three", a bare "One," point back and are none;
   nor is a rule's limit (``limit_before``: "a cap of 500,000 barrels"), drones or missiles fired
   or shot down in a strike report (``attack`` cues) when neither the sentence nor the unit names
   the subject or one of its weapon models (``subject_weapons``), or a percentage or fraction of
   something else (``unrelated_share``: growth, inflation, approval ratings), or a sum of the economy
   (``unrelated_money``: trade, exports, GDP, budgets) with nothing of arms or pay (``money_ties``) near it.
6. Wording: an aside between a figure and its verb ("Twelve, officials said, were captured",
   "two soldiers, aged 20 and 26, were captured") does not end the figure's clause; a casualty
   word right before a bracketed or listed figure is its unit ("killed (1,200)"); "people" who
   work ("North Koreans who work on building sites", "crews of 1,000 people", citizens entering Russia
   "declaring study or work", citizens or nationals who "entered Russia") are workers.
7. Anaphora: a figure with no noun of its own that refers back to the count of the sentence before ("Ukraine's
   intelligence puts the figure at 12,000", "Kyiv's estimate is higher, at 4,000", "captured three others")
   takes that count's unit *and topic* unless its own clause has a timing or casualty cue; "up from the 3,000
   it had cited", "up from 1,200 the year before" compare with the count before them ("the three" alone still
   points back and is none); a participle after a figure ("thousands more following") is no counted noun; a
   share "of capacity/production/output" after a munitions noun is munitions.
   Whose losses: a place is not a party that bears losses ("troops in Russia, fighting for Russia, have
   suffered 300 dead": the troops'); a possessor right before a figure owns it ("Russia's losses at 40,000
   and North Korea's at 4,000"); "12 people" killed, with no word of the subject in the sentence, are
   anyone's (a strike on a city), not the subject's; soldiers who surrendered count as captured.
   An absolute "with" phrase elaborating a pledge ("is expected to send reinforcements, with 1,500 already
   training in the Far East") takes the pledge's timing: training there is progress on the pledge.
   The verb that governs a figure decides, not a participle describing its noun: in "4,000 of the 11,000
   troops sent to Kursk were killed" the part (which counts what the whole counts) takes the verb after the
   whole and the whole only its participle; in "soldiers deployed to Kursk have been killed" the reduced
   relative only describes the soldiers. A share in apposition ("4,000 soldiers, or about a third of its contingent")
   shares the count's topic; "Pyongyang is sending thousands more" counts troops (the subject moves them).
8. Figures of the same war outside the taxonomy go under ``other`` rather than being dropped, because a
   fact-checker comparing these articles needs them: Ukraine's losses (usually as Moscow claims them, "Ukraine
   had lost 26,000 troops in Kursk") and demining counts (the ``ordnance`` family: mines, explosive devices
   cleared). Only counted nouns of the lexicon qualify, so homes, villages or kilometres stay out.

Replacing the taxonomy: set ``NKRU_TUI_TOPICS`` to a JSON file of the same shape, or put a
``topics.json`` in the user config directory (``platformdirs.user_config_dir("nkru-tui")``,
e.g. ``~/.config/nkru-tui/topics.json``). The environment variable wins over the config
file, which wins over the bundled default.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
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
    inherited_from: int | None = None
    """The earlier figure of the sentence whose unit this is ("of the 11,000 soldiers ..., about 6,000")."""
    inherited: bool = False
    """Whether the unit comes from the context rather than from the words after the figure."""
    previous: tuple[int, int] | None = None
    """``(sentence, position)`` of a figure of an earlier sentence whose unit this is ("puts the figure at 12,000")."""
    noun_sentence: int | None = None
    """The earlier sentence whose noun this is when it has no figure ("Soldiers died. Kyiv puts the number at 900")."""


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
        # a family that counts only with its own cue in the clause: "cleared 1,200 mines" (not "12 coal mines")
        self.family_cues: dict[str, str] = dict(data.get("family_cues", {}))
        self.measure_nouns = frozenset(w.lower() for w in data.get("measure_nouns", ()))
        self.dropped = frozenset(w.lower() for w in data.get("dropped_modifiers", ()))
        self.pronouns = frozenset(w.lower() for w in data.get("pronouns", ()))
        self.stop = frozenset(w.lower() for w in data.get("stop_words", ()))
        parties = []
        for name, key in (("subject", "subject_terms"), ("other", "other_party_terms"), ("third", "third_party_terms")):
            terms = sorted(data.get(key, ()), key=len, reverse=True)
            parties.append(f"(?P<{name}>" + "|".join(re.escape(t.lower()) for t in terms) + ")")
        # The scans run on the lower-cased article without re.I, 2.5x faster than a case-insensitive scan;
        # cue patterns in the data file are therefore written in lower case.
        self.parties = re.compile(r"(?<![\w-])(?:" + "|".join(parties) + r")(?![\w-])")
        verbs = "|".join(re.escape(w) for w in data.get("deploy_verbs", ()))
        # a party that sends or holds troops: "Russia has amassed", "Moscow deployed"
        self.deployer = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:" + (verbs or "(?!)") + r")\b", re.I)
        losses = "|".join(re.escape(w) for w in sorted(data.get("loss_words", ()), key=len, reverse=True))
        # a party that bears losses: "Russia has lost", "Moscow, which has suffered", "Russia's losses"
        self.loss_bearing = re.compile(
            r"^(?:['’]s)?\s*(?:,\s*(?:which|who)\s+)?(?:\w+\s+){0,2}?(?:" + (losses or "(?!)") + r")\b", re.I
        )
        self.cue_names = [name for name in data["cues"] if name]
        # every cue starts at a word boundary: checking it once up front keeps the scan fast
        cues = (
            r"(?:\b|(?='))(?:"
            + "|".join(
                f"(?P<{name}>" + "|".join(f"(?:{p})" for p in data["cues"][name]) + ")" for name in self.cue_names
            )
            + ")"
        )
        self.cues = re.compile(cues, re.I)
        self.cues_lower = re.compile(cues)
        # the doubt check runs for every figure: its own small pattern spares the full cue scan
        self.doubt_lower = re.compile("|".join(f"(?:{p})" for p in data["cues"].get("doubt", ())) or "(?!)")
        # a figure that is a rule's limit, not a count: "a cap of 500,000 barrels"
        self.limit_before = re.compile("|".join(f"(?:{p})" for p in data.get("limit_before", ())) or "(?!)")
        # the subject's own weapon models ("KN-23"): a strike with them is still about the subject's supplies
        self.subject_weapons = re.compile(data.get("subject_weapons") or "(?!)")
        # what a percentage off the subject measures: "growth", "inflation", "approval rating"
        self.unrelated_share = re.compile(data.get("unrelated_share") or "(?!)")
        self.unrelated_money = re.compile(data.get("unrelated_money") or "(?!)")
        self.money_ties = re.compile(data.get("money_ties") or "(?!)")
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


_WORD = re.compile(r"[A-Za-z][\w'’\-]*|\d[\w\-]*|[,;:()\"“”‘’?!.]|\S")
_QUOTES = frozenset("\"“”‘’'")
_CLAUSE = re.compile(
    r"[;:()\u2013\u2014]|,\s|\s-\s|\s(?:as|while|but|whereas|although|though|because|when|if|unless|after\s+which)\s",
    re.I,
)
# An aside between a figure and its verb: "Twelve, officials said, were captured", "Two soldiers, aged 20 and 26,
# were captured". The clause of the figure runs on past it.
_ASIDE = re.compile(
    r",\s*(?:aged\s+[\d\s,and&-]+|\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*|according\s+to\s+[^,;:()]{1,60}"
    r"|[^,;:()]{0,60}?\b(?:said|says|say|told|added|reported|claimed|believes?|believed|estimated|estimates|thinks?"
    r"|noted|stressed|confirmed|alleged)(?:\s+\w+){0,3}|it\s+is\s+(?:believed|thought|estimated|understood))\s*,\s*",
    re.I,
)
# "killed (1,200)", "wounded: 2,400": a casualty word right before a bracketed or listed figure is its unit
_LABEL_BEFORE = re.compile(r"\b([a-z]+(?:\s+in\s+action)?)\s*[(:]\s*$", re.I)
_AUXILIARY = re.compile(r"(?:(?:were|was|are|is|have|has|had|got|been|also|reportedly|allegedly|later)\s+)*", re.I)
_AT_WORK = re.compile(
    r"\s*,?\s*(?:who\s+(?:\w+\s+)?(?:work|worked|are\s+working|were\s+working|labou?r|toil)|working\s+(?:on|in|at|as)"
    r"|(?:are|were|is|was)\s+(?:now\s+|currently\s+|still\s+)?working|employed|hired|to\s+work|on\s+work\s+visas?)\b",
    re.I,
)
_MILITARY_MODIFIERS = frozenset({"military", "army", "combat", "engineering", "soldier", "soldiers"})
_NEIGHBOURS = 8
"""How many figures before or after a figure are looked at (bounds the work on hostile, figure-packed text)."""
_PARTY_WINDOW = 300
"""How far before a figure (in characters) a party is looked for."""
_COMPOUND = re.compile(r"-(?:strong|member|man|men|person|troop)\b", re.I)
_TIME_AFTER = re.compile(
    r"\s+(?:the|a|one|two|three|several|a\s+few)\s+(?:years?|months?|weeks?|days?)\s+(?:before|earlier|ago|prior)\b",
    re.I,
)
# "a strike killed 12 people": anyone; a casualty count of them is about the subject only when the sentence says so
_GENERIC_PEOPLE = frozenset({"people", "individuals", "persons"})
_OTHERS_AFTER = re.compile(r"\s*(?:more\s+)?others\b", re.I)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|inside|into|to|from|across|near|within|throughout|for|alongside|with|beside)\s+(?:the\s+)?$"
)
# an absolute "with" phrase has no verb of its own: its figure is timed by the clause it elaborates
_WITH_CLAUSE = re.compile(r"\s*with\s+(?!(?:\w+\s+){0,4}(?:are|were|is|was|have|has|had|will)\b)")
_PREPARING = frozenset({"training", "trained", "already"})
# "4,000 killed, or about a third of the force": a share in apposition to the count before it
_APPOSITION_BEFORE = re.compile(r",\s*(?:or\s+|i\.e\.\s+|that\s+is\s+)?$", re.I)
_SEND_BEFORE = re.compile(
    r"\b(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|dispatch\w*)\s+"
    r"(?:another\s+|a\s+further\s+|an\s+additional\s+|some\s+|up\s+to\s+)?$"
)
# "4,000 of the 11,000 troops": a part and its whole
_PARTITIVE = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?")
# a finite verb (not a modal: "troops deployed to Kursk will rotate out" stay deployed)
_FINITE = re.compile(r"\b(?:were|was|are|is|have|has|had|remain|remains|remained)\b")
# "soldiers sent to Kursk", "troops who were deployed in October": a participle describing the counted noun
_REDUCED_RELATIVE = re.compile(
    r"\s+(?:(?:who|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:sent|deployed|dispatched|stationed|based|transferred|moved|brought|flown|shipped|fighting|serving)\b"
)
_RELATIVE = re.compile(r"(?:['’]s)?\s*,\s*(?:which|who)\b", re.I)
_POSSESSOR = re.compile(r"(?:['’]s)?\s+(?:at|was|were|is|stood\s+at|stands\s+at|reached|totall?ed)\s+(?:about\s+)?$")
# "up from the 3,000 it had reported": a comparison with an earlier count, not "one of the three" pointing back
_COMPARED_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|than"
    r"|versus|vs\.?)\s+the\s+$",
    re.I,
)
# "thousands more following": a participle after a figure is no counted noun, the count is the one before
_ING_NOUNS = frozenset(
    {"morning", "evening", "building", "spring", "string", "thing", "ceiling", "king", "wing", "ring"}
)
# "operating at 70 percent of capacity": a share of what munitions plants can make
_OUTPUT_WORDS = frozenset({"capacity", "production", "output"})
# "North Korean citizens entered Russia, declaring study or work", "on student visas": people who come to work
_WORK_PURPOSE = re.compile(
    r"\b(?:for|declaring|declared|declare|citing|cited|stating|stated|listing|listed|on)\s+(?:\w+\s+){0,2}?"
    r"(?:work|study|studies|education|employment|labou?r|jobs?)\b|\b(?:work|study|student|labou?r)\s+visas?\b"
)
_CIVILIANS = frozenset({"citizens", "nationals", "residents", "visitors"})
_ENTRY = re.compile(
    r"\s+(?:\w+\s+)?(?:entered|enter|entering|arrived\s+in|came\s+to|travell?ed\s+to|visited|crossed\s+into)\b"
)
_PUNCTUATION = re.compile(r"[;:()\u2013\u2014]|,\s")
_COORDINABLE = (
    frozenset({"troops", "builders", "workers", "people", "volunteers"}),
    frozenset({"casualties"}),
    frozenset({"munitions:shells", "munitions:missiles", "munitions:launchers", "munitions:containers"}),
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|to|for|with|from|into|alongside|against|of|on|at|by|and|or|between|toward|towards|near|inside)\s+(?:the\s+)?$",
    re.I,
)
_OF_BEFORE = re.compile(r"([A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*)?)\s+of\s+(?:the\s+|some\s+|an?\s+)?$")


class _SentenceContext:
    """Per-sentence facts shared by the figures of one sentence."""

    def __init__(self, text: str, lower: str, start: int, end: int, tax: Taxonomy) -> None:
        self.start, self.end = start, end
        self.figures = find_figures(text, start, end)
        self._text, self._lower, self._tax = text, lower, tax
        self._cues: list[tuple[str, int, int]] | None = None
        self._parties: list[tuple[str, int, int, bool]] | None = None
        self.units: dict[int, _Unit] = {}
        self.topics: dict[int, Topic | None] = {}
        self.positions = {(f.start, f.end): i for i, f in enumerate(self.figures)}
        self.figure_starts = [f.start for f in self.figures]
        self._cue_starts: list[int] | None = None
        self._party_starts: list[int] | None = None

    def cues_between(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """The cues inside ``[start, end)`` that are not part of a figure (bisect: long sentences stay linear)."""
        cues = self.cues
        if self._cue_starts is None:
            self._cue_starts = [c[1] for c in cues]
        lo, hi = bisect_left(self._cue_starts, start), bisect_left(self._cue_starts, end)
        return [c for c in cues[lo:hi] if c[2] <= end and not self.inside_figure(c[1])]

    def inside_figure(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a figure's span."""
        i = bisect_right(self.figure_starts, pos) - 1
        return i >= 0 and pos < self.figures[i].end

    def parties_between(self, start: int, end: int) -> list[tuple[str, int, int, bool]]:
        """The parties named inside ``[start, end)``."""
        parties = self.parties
        if self._party_starts is None:
            self._party_starts = [p[1] for p in parties]
        return parties[bisect_left(self._party_starts, start) : bisect_left(self._party_starts, end)]

    @property
    def cues(self) -> list[tuple[str, int, int]]:
        """``(kind, start, end)`` of the cue words of the sentence, found on first use."""
        if self._cues is None:
            finditer = self._tax.cues_lower.finditer(self._lower, self.start, self.end)
            self._cues = [(m.lastgroup or "", m.start(), m.end()) for m in finditer]
        return self._cues

    @property
    def parties(self) -> list[tuple[str, int, int, bool]]:
        """``(party, start, end, bears_losses)`` of the parties named in the sentence, found on first use."""
        if self._parties is None:
            text, end, tax = self._text, self.end, self._tax
            self._parties = []
            for m in tax.parties.finditer(self._lower, self.start, end):
                after = text[m.end() : min(end, m.end() + 40)]
                # "troops in Russia have suffered": a place named after a preposition bears no losses (but "for
                # Moscow, which has suffered" does: the relative clause is about Moscow)
                bears_losses = bool(tax.loss_bearing.match(after)) and not (
                    not _RELATIVE.match(after)
                    and _LOCATIVE_BEFORE.search(self._lower, max(self.start, m.start() - 12), m.start())
                )
                self._parties.append((m.lastgroup or "", m.start(), m.end(), bears_losses))
        return self._parties


class Classifier:
    """Classifies the figures of one article, caching per-sentence work."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], tax: Taxonomy | None = None) -> None:
        self.text = text
        self.sentences = sentences
        self.tax = tax or load_taxonomy()
        lower = text.lower()
        if len(lower) != len(text):  # a few characters change length when lower-cased: keep offsets aligned
            lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        self.lower = lower
        self._contexts: dict[int, _SentenceContext] = {}

    def context(self, index: int) -> _SentenceContext:
        """The cached facts of sentence ``index``."""
        ctx = self._contexts.get(index)
        if ctx is None:
            start, end = self.sentences[index]
            ctx = self._contexts[index] = _SentenceContext(self.text, self.lower, start, end, self.tax)
        return ctx

    def classify(self, index: int, figure: Figure) -> Topic | None:
        """The topic of ``figure`` in sentence ``index``, or None when it is not about the subject."""
        ctx = self.context(index)
        position = _position(ctx, figure)
        zone = self._zone(index, position)
        if self.tax.doubt_lower.search(self.lower, zone[0], figure.start):
            return None
        if self.tax.limit_before.search(self.lower, max(ctx.start, figure.start - 40), figure.start):
            return None
        return self._topic(index, position)

    def _zone(self, index: int, position: int) -> tuple[int, int]:
        """From the end of the previous counted figure's unit to the start of the next counted figure.

        Numbers that count nothing of the taxonomy ("in one county") do not split zones.
        """
        ctx = self.context(index)
        start, end = ctx.start, ctx.end
        for p in range(position - 1, max(-1, position - 1 - _NEIGHBOURS), -1):
            unit = self.unit_of(index, p)
            if unit.family is not None:
                start = max(ctx.figures[p].end, unit.end)
                break
        for p in range(position + 1, min(len(ctx.figures), position + 1 + _NEIGHBOURS)):
            if self.unit_of(index, p).family is not None:
                end = ctx.figures[p].start
                break
        return start, end

    def _clause(self, index: int, position: int) -> tuple[int, int]:
        """The clause of a figure inside its zone: punctuation and conjunctions bound it."""
        ctx = self.context(index)
        figure = ctx.figures[position]
        z_start, z_end = self._zone(index, position)
        start = z_start
        for m in _CLAUSE.finditer(self.text, z_start, figure.start):
            start = m.end()
        unit_end = max(figure.end, self.unit_of(index, position).end)
        m = _CLAUSE.search(self.text, min(unit_end, z_end), z_end)
        if m is not None and m.group().startswith(","):
            aside = _ASIDE.match(self.text, m.start(), z_end)
            if aside is not None:  # "Twelve, officials said, were captured alive"
                m = _CLAUSE.search(self.text, aside.end(), z_end)
        return start, (m.start() if m else z_end)

    def _topic(self, index: int, position: int) -> Topic | None:
        ctx = self.context(index)
        if position in ctx.topics:
            return ctx.topics[position]
        ctx.topics[position] = None  # guards against cycles through inheritance
        figure = ctx.figures[position]
        unit = self.unit_of(index, position)
        topic: Topic | None = None
        if unit.family is not None and not (unit.inherited and _anaphoric(self.text, ctx, figure)):
            decision = self.tax.family_topics.get(unit.family)
            if decision in (None, "troops", "casualties"):
                topic = self._people_topic(index, position, unit, decision)
            elif unit.family in self.tax.family_cues and not self._has_cue(
                index, position, self.tax.family_cues[unit.family]
            ):
                topic = None
            elif decision == "other" and self._has_cue(index, position, "mobilization"):
                topic = Topic("mobilization", unit.text, unit.family)
            elif decision == "munitions" and self._attack(index, position, unit):
                topic = None
            elif decision in ("payment", "other") and self._unrelated_money(index, position):
                topic = None  # "trade rose to $34 million", "oil exports of 2 million barrels a day": the economy
            elif decision != "payment" or figure.kind in ("money", "fraction", "percent"):
                topic = Topic(decision, unit.text, unit.family)
        # "4,000 killed or wounded, a third of the force": a share in apposition shares the count's topic
        if (
            figure.kind in ("fraction", "percent")
            and position > 0
            and _APPOSITION_BEFORE.search(self.text, max(ctx.start, figure.start - 8), figure.start)
        ):
            earlier = self._topic(index, position - 1)
            if earlier is not None and ctx.figures[position - 1].kind == "count":
                topic = Topic(earlier.topic, unit.text, unit.family)
        ctx.topics[position] = topic
        return topic

    def _unrelated_money(self, index: int, position: int) -> bool:
        """Whether a sum is an economic figure (trade, GDP, budget) with nothing of arms or pay in its clause."""
        c_start, c_end = self._clause(index, position)
        ctx = self.context(index)
        lo, hi = max(ctx.start, min(c_start, ctx.figures[position].start - 60)), min(ctx.end, c_end + 20)
        return bool(
            self.tax.unrelated_money.search(self.lower, lo, hi) and not self.tax.money_ties.search(self.lower, lo, hi)
        )

    def _people_topic(self, index: int, position: int, unit: _Unit, decision: str | None) -> Topic | None:
        tax = self.tax
        ctx = self.context(index)
        figure = ctx.figures[position]
        z_start, z_end = self._zone(index, position)
        c_start, c_end = self._clause(index, position)
        in_zone = ctx.cues_between(z_start, z_end)
        if z_end < ctx.end:  # a verb right before the next figure is that figure's ("using 11,000 and had lost 1,000")
            in_zone = [c for c in in_zone if c[2] <= figure.start or self.text[c[2] : z_end].strip()]
        if _WITH_CLAUSE.match(self.lower, c_start, c_end) and any(
            c[0] == "pledged" and c[2] <= c_start for c in in_zone
        ):  # "X is expected to send reinforcements, with 1,500 already training": the pledge's progress
            in_zone = [c for c in in_zone if not (c[1] >= c_start and self.lower[c[1] : c[2]] in _PREPARING)]
        in_clause = [c for c in in_zone if c_start <= c[1] and c[2] <= c_end]
        in_clause, in_zone = self._governed(index, position, unit, in_clause, in_zone, c_end)
        if unit.noun_sentence is not None and not any(c[0] in _TIMING_KINDS for c in in_clause):
            # "Pyongyang is preparing to send more soldiers. Kyiv puts the number at 6,000": the count restates
            # the sentence that named what it counts, so that sentence's verbs say whether it happened
            earlier = self.context(unit.noun_sentence)
            in_clause = in_zone = earlier.cues_between(earlier.start, earlier.end)
        names = {c[0] for c in in_clause}
        party = unit.nationality or self._party(ctx, figure)
        casualty = _nearest(in_clause, "casualty", figure)
        # "a third of the deployed troops are now casualties": a participle inside the unit describes the troops
        timing = min(
            (
                _distance(c, figure)
                for c in in_clause
                if c[0] in ("pledged", "deployed") and not figure.end <= c[1] < unit.end
            ),
            default=10**9,
        )
        if decision == "casualties" or casualty < timing:
            if unit.previous is not None and casualty >= 10**9:  # "Kyiv's estimate is higher, at 4,000"
                earlier = self._topic(*unit.previous)
                if earlier is not None and earlier.topic in ("nk_casualties", "russian_casualties", "other"):
                    return Topic(earlier.topic, unit.text, "casualties")
            if (
                (unit.text or "").lower() in _GENERIC_PEOPLE
                and unit.nationality is None
                and not self._names_subject(ctx)
            ):
                # "a strike on Kharkiv killed 12 people": civilians, unless the count before was about the subject
                earlier = self._topic(*unit.previous) if unit.previous is not None else None
                return Topic(earlier.topic, unit.text, "casualties") if earlier is not None else None
            if party == "third":  # Ukraine's losses as Moscow claims them: a figure of the war, not of a topic
                return Topic("other", unit.text, "casualties")
            topic = "russian_casualties" if party == "other" else "nk_casualties"
            return Topic(topic, unit.text, "casualties")
        if unit.nationality in ("other", "third") or "home_forces" in names:
            return None  # "600,000 Russian troops", "an army of 1.2 million active-duty soldiers"
        strong = any(c[0] in ("pledged", "modal", "deployed", "desertion", "mobilization") for c in in_clause)
        if unit.inherited_from is not None and not strong:  # "lost 842,650 personnel, including 1,340 ..."
            earlier = self._topic(index, unit.inherited_from)
            if earlier is not None:
                return Topic(earlier.topic, unit.text, earlier.family)
        if unit.nationality is None and self._deployer(ctx, figure, c_start, c_end) in ("other", "third"):
            return None  # "Russia has amassed 50,000 troops in Kursk"
        if "desertion" in names:
            return Topic("deserters", unit.text, "deserters")
        if "mobilization" in names or (
            unit.family in ("people", "volunteers") and any(c[0] == "mobilization" for c in in_zone)
        ):
            return Topic("mobilization", unit.text, "volunteers")
        # "Analysts put the number at 1,500, and said more would follow": a back-reference takes only its own
        # clause's timing, not a later clause's
        back_reference = unit.previous is not None or (
            unit.inherited and unit.inherited_from is None and unit.end < 0 and unit.text is not None
        )
        for cues in (in_clause,) if back_reference else (in_clause, in_zone):
            strong = [c for c in cues if c[0] in ("pledged", "modal", "deployed")]
            if strong:
                nearest = min(strong, key=lambda c: (_distance(c, figure), c[0] == "deployed"))
                topic = "troops_deployed" if nearest[0] == "deployed" else "troops_pledged"
                return Topic(topic, unit.text, "troops")
        if unit.inherited_from is not None:  # "sent 11,000 last autumn and 3,000 more in January"
            earlier = self._topic(index, unit.inherited_from)
            if earlier is not None:
                return Topic(earlier.topic, unit.text, earlier.family)
        if unit.previous is not None:  # "Kyiv puts the figure at 12,000": the count of the sentence before
            earlier = self._topic(*unit.previous)
            if earlier is not None and earlier.topic in tax.topics:
                return Topic(earlier.topic, unit.text, earlier.family)
        if any(c[0] == "pledged_weak" for c in in_clause):
            return Topic("troops_pledged", unit.text, "troops")
        if unit.family in tax.need_cue:
            return None
        topic = "troops_pledged" if unit.family in tax.default_pledged else "troops_deployed"
        return Topic(topic, unit.text, "troops")

    def _governed(
        self,
        index: int,
        position: int,
        unit: _Unit,
        in_clause: list[tuple[str, int, int]],
        in_zone: list[tuple[str, int, int]],
        c_end: int,
    ) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
        """The cues of the verb that governs the figure, not of a participle describing its noun.

        "4,000 of the 11,000 troops sent to Kursk were killed": the part (4,000) takes the verb after the whole,
        the whole (11,000) only its own participle; "soldiers sent to Kursk have been killed": the finite verb
        governs, the reduced relative only describes the soldiers.
        """
        ctx = self.context(index)
        figure = ctx.figures[position]
        following = position + 1
        if following < len(ctx.figures) and _PARTITIVE.fullmatch(self.text, figure.end, ctx.figures[following].start):
            whole_end = max(ctx.figures[following].end, self.unit_of(index, following).end)
            w_end = self._clause(index, following)[1]
            verb = _FINITE.search(self.lower, whole_end, w_end)
            if verb is None:
                return in_clause, in_zone
            extra = [c for c in ctx.cues_between(verb.start(), w_end) if c not in in_zone]
            return [c for c in in_clause if c[2] <= figure.start] + extra, in_zone + extra
        unit_end = max(figure.end, unit.end)
        if position > 0 and _PARTITIVE.fullmatch(self.text, ctx.figures[position - 1].end, figure.start):
            verb = _FINITE.search(self.lower, unit_end, c_end)
            if verb is None:
                return in_clause, in_zone
            cut = verb.start()
            return [c for c in in_clause if c[2] <= cut], [c for c in in_zone if c[2] <= cut]
        relative = _REDUCED_RELATIVE.match(self.lower, unit_end, c_end)
        if relative is None:
            return in_clause, in_zone
        verb = _FINITE.search(self.lower, relative.end(), c_end)
        if verb is None:
            return in_clause, in_zone
        cut = verb.start()
        return (
            [c for c in in_clause if not unit_end <= c[1] < cut],
            [c for c in in_zone if not unit_end <= c[1] < cut],
        )

    def _names_subject(self, ctx: _SentenceContext) -> bool:
        return any(p[0] == "subject" for p in ctx.parties)

    def _deployer(self, ctx: _SentenceContext, figure: Figure, c_start: int, c_end: int) -> str | None:
        """Whose troops: the subject when the clause names it, else the party that deployed them ("Russia has sent")."""
        if any(p[0] == "subject" for p in ctx.parties_between(c_start, c_end)):
            return "subject"
        best = None
        for name, _start, end, _ in ctx.parties_between(max(ctx.start, figure.start - _PARTY_WINDOW), figure.start):
            if self.tax.deployer.match(self.text, end, figure.start):
                best = name
        return best

    def _attack(self, index: int, position: int, unit: _Unit) -> bool:
        """Drones or missiles fired or shot down in a strike report, with no word of the subject: not a supply count."""
        ctx = self.context(index)
        if unit.inherited or unit.nationality == "subject" or any(p[0] == "subject" for p in ctx.parties):
            return False  # "Russia had fired about 20 of them": the missiles of the sentence before
        if self.tax.subject_weapons.search(self.lower, ctx.start, ctx.end):
            return False
        return any(c[0] == "attack" for c in ctx.cues_between(ctx.start, ctx.end))

    def _has_cue(self, index: int, position: int, name: str) -> bool:
        ctx = self.context(index)
        c_start, c_end = self._clause(index, position)
        return any(c[0] == name for c in ctx.cues_between(c_start, c_end))

    def _party(self, ctx: _SentenceContext, figure: Figure) -> str | None:
        """Whose losses: the nearest party before the figure said to bear losses, else one after it."""
        best = None
        for name, _start, end, bears_losses in ctx.parties_between(
            max(ctx.start, figure.start - _PARTY_WINDOW), figure.start
        ):
            if bears_losses or (
                (
                    self.lower.startswith("'s", end - 2)
                    or self.lower.startswith("’s", end - 2)
                    or self.lower.startswith("'s", end)
                    or self.lower.startswith("’s", end)
                )
                and _POSSESSOR.match(self.lower, end, figure.start)
            ):
                best = name  # "... and North Korea's at 4,000": the possessor right before the figure
        if best is None:
            for name, _start, _end, bears_losses in ctx.parties_between(
                figure.start, min(ctx.end, figure.end + _PARTY_WINDOW)
            ):
                if bears_losses:
                    return name
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
        elif unit.family is None and figure.kind in ("percent", "fraction") and unit.text in _OUTPUT_WORDS:
            back = self._last_family_noun(max(ctx.start, figure.start - 120), figure.start)
            if back is not None and back.family.startswith("munitions"):
                unit = back
        ctx.units[position] = unit
        return unit

    def _unit_after(self, ctx: _SentenceContext, figure: Figure, position: int) -> _Unit:
        tax = self.tax
        limit = ctx.figures[position + 1].start if position + 1 < len(ctx.figures) else ctx.end
        after = self.text[figure.end : min(limit, figure.end + 90)]
        compound = _COMPOUND.match(after)  # "a 2,000-strong unit"
        if compound:
            after = after[compound.end() :]
        # "up from 2,000 the year before": a time after the figure, the counted noun is the one before
        words = [] if _TIME_AFTER.match(after) else _WORD.findall(after)
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
            return _Unit(unit_text, "money", nationality, unit_end)
        return _Unit(text, head_family, nationality, unit_end)

    def _people_at_work(self, figure: Figure, limit: int, kept: list[str]) -> str | None:
        """ "12,000 North Koreans who work on building sites", "crews of 1,000 people": workers by what they do."""
        found = self.text.find(kept[-1], figure.end, limit) if kept else -1
        after = self.text[found + len(kept[-1]) : min(limit, found + len(kept[-1]) + 40)] if found >= 0 else ""
        if _AT_WORK.match(after) or _WORK_PURPOSE.search(self.lower, figure.end, limit):
            return "workers"
        if kept and kept[-1].lower() in _CIVILIANS and _ENTRY.match(self.lower, found + len(kept[-1]), limit):
            return "workers"  # "13,000 North Korean citizens entered Russia": civilians crossing, not troops
        of = _OF_BEFORE.search(self.text, max(0, figure.start - 40), figure.start)
        if of is not None:
            family = self.tax.family_of.get(of.group(1).lower())
            if family in ("workers", "builders", "troops"):
                return family  # "construction crews of 1,000 people", "a contingent of 3,000 men"
        return None

    def _family_at(self, words: list[str], i: int) -> tuple[str | None, int]:
        """The family of the longest lexicon phrase starting at ``words[i]``, and its length in words."""
        fam = self.tax.family_of
        for n in range(min(self.tax.max_noun_words, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n]).lower()
            if phrase in fam:
                # prefer the head of a compound: "artillery shells" -> shells
                if n == 1 and i + 1 < len(words) and words[i + 1].lower() in fam and words[i + 1][0].islower():
                    continue
                return fam[phrase], n
        return None, 0

    def _family_within(self, words: list[str], i: int, span: int) -> int | None:
        """The index of the first lexicon noun among ``words[i:i+span]``, if any."""
        for j in range(i, min(len(words), i + span)):
            if not words[j][0].isalnum():
                return None
            if self._family_at(words, j)[0]:
                return j
        return None

    def _inherited(self, index: int, ctx: _SentenceContext, figure: Figure, position: int) -> _Unit | None:
        """A unit for a figure with no noun after it, from its context (see the module docstring)."""
        label = _LABEL_BEFORE.search(self.text, max(ctx.start, figure.start - 30), figure.start)
        if label is not None:
            family = self.tax.family_of.get(label.group(1).lower())
            if family in ("casualties", "deserters"):  # "killed (1,200), wounded (2,400)"
                return _Unit(label.group(1), family, None, -1, None, True)
        for earlier in range(position - 1, max(-1, position - 1 - _NEIGHBOURS), -1):
            unit = self.unit_of(index, earlier)
            kind = ctx.figures[earlier].kind
            if unit.family is not None and (
                kind == figure.kind or (kind == "money" and figure.kind in ("percent", "fraction"))
            ):  # "$2,000 a month, of which the state keeps 90%": a share of the pay
                return _Unit(unit.text, unit.family, unit.nationality, -1, earlier, True)
        following = position + 1
        if following < len(ctx.figures) and _PARTITIVE.fullmatch(self.text, figure.end, ctx.figures[following].start):
            whole = self._unit_after(ctx, ctx.figures[following], following)  # its own noun only: no cycle
            if whole.family is not None:  # "3,000 of the 12,000 soldiers": a part counts what the whole counts
                return _Unit(whole.text, whole.family, whole.nationality, -1, None, True)
        after = self.text[figure.end : min(ctx.end, figure.end + 90)]
        if _OTHERS_AFTER.match(after):  # "captured three others": more of what the sentence before counted
            found = self._previous_unit(index)
            if found is not None:
                return found
        aside = _ASIDE.match(after)
        if aside is not None:
            after = after[aside.end() :]
        after = after.lstrip(" ,\"”’'")
        after = after[_AUXILIARY.match(after).end() :]  # "were captured", "have been killed"
        cue = self.tax.cues.match(after) if after.strip() else None
        if cue and cue.lastgroup in ("casualty", "desertion"):
            return _Unit(
                cue.group(0), "casualties" if cue.lastgroup == "casualty" else "deserters", None, -1, None, True
            )
        limit = ctx.figures[position + 1].start if position + 1 < len(ctx.figures) else ctx.end
        clause_end = _PUNCTUATION.search(self.text, figure.end, limit)
        ahead = self._first_family_noun(
            figure.end, min(limit, figure.end + 60, clause_end.start() if clause_end else limit)
        )
        if ahead is not None:
            return ahead  # "tens of thousands of them who are lumberjacks"
        z_start = ctx.start
        if position > 0:
            z_start = max(ctx.figures[position - 1].end, self.unit_of(index, position - 1).end)
        back = self._last_family_noun(max(z_start, figure.start - 80), figure.start)
        if back is not None:
            return back
        if figure.kind in ("percent", "fraction") and self.tax.unrelated_share.search(
            self.lower, max(ctx.start, figure.start - 60), min(ctx.end, figure.end + 60)
        ):
            return None  # "the economy grew 3.7%", "an 80% approval rating": a share of something else
        for previous in range(index - 1, max(-1, index - 3), -1):
            prev = self.context(previous)
            found = self._previous_unit(previous + 1, 1)
            if found is not None:
                return found
            back = self._last_family_noun(prev.start, prev.end)
            if back is not None:
                return replace(back, noun_sentence=previous)
        # nothing counted is named anywhere near, but the verb moves troops: "tens of thousands more could be sent"
        for m in self.tax.cues_lower.finditer(self.lower, figure.end, min(ctx.end, figure.end + 40)):
            if m.lastgroup in ("pledged", "deployed"):
                return _Unit(None, "troops", None, -1, None, True)
        # "Pyongyang is sending thousands more": the subject moving troops, the figure its object
        if _SEND_BEFORE.search(self.lower, max(ctx.start, figure.start - 40), figure.start) and self._names_subject(
            ctx
        ):
            return _Unit(None, "troops", None, -1, None, True)
        return None

    def _previous_unit(self, index: int, depth: int = 2) -> _Unit | None:
        """The unit of the last counted figure of the ``depth`` sentences before sentence ``index``."""
        for previous in range(index - 1, max(-1, index - 1 - depth), -1):
            prev = self.context(previous)
            for p in range(len(prev.figures) - 1, -1, -1):
                unit = self.unit_of(previous, p)
                if unit.family is not None and unit.family != "money":
                    return _Unit(unit.text, unit.family, unit.nationality, -1, None, True, (previous, p))
        return None

    def _first_family_noun(self, start: int, end: int) -> _Unit | None:
        """The first lexicon noun in ``text[start:end]`` (not money)."""
        words = _WORD.findall(self.text[start:end])
        for i in range(len(words)):
            family, n = self._family_at(words, i)
            if family and family != "money":
                return _Unit(" ".join(words[i : i + n]), family, None, -1, None, True)
        return None

    def _last_family_noun(self, start: int, end: int) -> _Unit | None:
        """The last lexicon noun in ``text[start:end]`` (troops, casualties, munitions ... but not money)."""
        words = _WORD.findall(self.text[start:end])
        for i in range(len(words) - 1, -1, -1):
            family, n = self._family_at(words, i)
            if family and family != "money":
                return _Unit(" ".join(words[i : i + n]), family, None, -1, None, True)
        return None


_TIMING_KINDS = frozenset({"casualty", "desertion", "mobilization", "pledged", "modal", "deployed", "pledged_weak"})


def _is_nk(words: list[str], i: int) -> bool:
    w = words[i].lower()
    if w == "north":
        return i + 1 < len(words) and words[i + 1].lower().startswith("korea")
    return i > 0 and words[i - 1].lower() == "north"


def _coordinable(a: str, b: str) -> bool:
    """Whether two families can share one unit ("engineers and workers", not "soldiers and wounded 47")."""
    return a == b or any(a in group and b in group for group in _COORDINABLE)


def _anaphoric(text: str, ctx: _SentenceContext, figure: Figure) -> bool:
    """ "one of the three", "One, a 26-year-old": a bare number pointing back, not a new figure."""
    before = text[max(ctx.start, figure.start - 30) : figure.start].lower()
    if before.endswith("the ") and _COMPARED_BEFORE.search(before):
        return False
    return before.endswith("the ") or text[figure.start : figure.end].lower() == "one"


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
    position = ctx.positions.get((figure.start, figure.end))
    if position is not None:
        return position
    # a figure the finder did not produce for this sentence (a caller's own): add it and start afresh
    ctx.figures.append(figure)
    ctx.figures.sort(key=lambda f: f.start)
    ctx.positions = {(f.start, f.end): i for i, f in enumerate(ctx.figures)}
    ctx.figure_starts = [f.start for f in ctx.figures]
    ctx.units.clear()
    ctx.topics.clear()
    return ctx.positions[(figure.start, figure.end)]


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
