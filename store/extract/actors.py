"""Finding actors (people, organisations, places, groups) and merging their aliases.

Deterministic and fast: regular expressions plus the curated gazetteer
(``store/data/gazetteer.json``). An article's actors come from five sources, in
order of trust:

1. gazetteer forms (``Kiev`` -> Kyiv, ``Zelenskyy`` -> Volodymyr Zelensky);
2. descriptions of a country's agencies (``South Korea's spy agency``,
   ``Ukrainian intelligence officials``, ``Western intelligence``), resolved to
   the gazetteer agency of that country and type when there is one;
3. organisation names built on a head word (``... University``, ``... Institute``,
   ``Ministry of ...``);
4. new people, found only where the text marks them as people: after a title
   (``Kremlin spokesperson Dmitri Peskov``), before an appositive role
   (``Andrew Yeo, a senior fellow``) or next to an attribution verb
   (``said Zinberg``, ``Park told Newsweek``);
5. later short forms of the people found (``Zinberg`` -> Yakov Zinberg,
   ``Jong Un`` -> Kim Jong Un, ``Yoon`` -> Yoon Suk-yeol).

Capitalised words without such evidence (``Meanwhile``, ``Both``, ``Download
App``) are never actors.

Metonyms: a capital city stays a place; when it is the subject of a statement
(``Kyiv says``, ``officials in Seoul said``) the attribution stage credits the
country, which stands for its government (so "Moscow says" and "Russia says" are
one claimant). The Kremlin, the Pentagon and the White House are organisations of
their own (the presidency, the defence ministry), not merged into their country:
a reader comparing figures wants to see that a number came from the Kremlin
rather than from, say, the Russian defence ministry. Descriptions of a country's
government ("Ukrainian officials", "South Korean authorities") are credited to
the country.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from store.extract.drafts import MentionDraft
from store.extract.names import GazetteerEntry, gazetteer, spelling_key


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (word lists stay readable)."""
    return frozenset(text.split())


def _trie_regex(words: list[str]) -> str:
    """A regex alternation factored as a trie, so matching does not try every word at every position."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an actor in the article text."""

    start: int
    end: int
    name: str
    kind: str
    surface: str = ""


@dataclass(slots=True)
class ActorInfo:
    """What an article says about one actor."""

    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    type: str | None = None
    country: str | None = None
    government_of: str | None = None
    count: int = 0


@dataclass(slots=True)
class ActorIndex:
    """The actors of one article, by sentence."""

    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    actors: dict[str, ActorInfo] = field(default_factory=dict)

    def in_sentence(self, index: int) -> list[Mention]:
        """Mentions in sentence ``index``, in text order."""
        return self.by_sentence.get(index, [])

    def info(self, name: str) -> ActorInfo | None:
        """What is known about the actor with canonical ``name``."""
        return self.actors.get(name)

    def ensure(self, name: str, kind: str) -> ActorInfo:
        """The actor ``name``, registered (with one mention) if the text named it only indirectly."""
        info = self.actors.get(name)
        if info is None:
            entry = gazetteer().by_name.get(name)
            info = _info_for(entry) if entry else ActorInfo(name=name, kind=kind)
            info.count = 1
            self.actors[name] = info
        return info

    def mentions(self) -> tuple[MentionDraft, ...]:
        """One draft per actor, most mentioned first."""
        ordered = sorted(self.actors.values(), key=lambda a: (-a.count, a.name))
        return tuple(
            MentionDraft(
                name=a.name,
                kind=a.kind,
                count=max(a.count, 1),
                aliases=tuple(sorted(a.aliases - {a.name})),
                role=a.role,
            )
            for a in ordered
        )


# ---------------------------------------------------------------- vocabulary

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
# A name word: Capitalised, optional inner capitals/hyphen parts (McDonald, Jong-un, O'Brien), or an initial.
_NAMETOK = rf"(?:[{_UP}](?:['’][{_UP}])?[{_LOW}][\w]*(?:-[\w]+)*|[{_UP}]\.)"

TITLE_WORDS = """president|vice president|vice-president|prime minister|minister|secretary|spokesperson|spokesman|
spokeswoman|press secretary|leader|chief|head|director|general|commander|ambassador|envoy|official|lawmaker|legislator|
senator|congressman|congresswoman|mp|deputy|adviser|advisor|analyst|expert|specialist|professor|researcher|fellow|
scholar|historian|economist|correspondent|journalist|editor|reporter|diplomat|officer|colonel|lieutenant|captain|
sergeant|admiral|marshal|governor|mayor|chair|chairman|chairwoman|chairperson|chancellor|premier|founder|co-founder|
representative|member|dean|lecturer|strategist|observer|commentator|defector|dictator|ruler|negotiator|blogger|
writer|author|activist|consultant|veteran|soldier|pilot|volunteer|investigator|monitor|mr.|mrs.|ms.|
dr.|prof.|gen.|col.|lt.|maj.|capt.|sgt.|adm.|sen.|rep.""".replace("\n", "").split("|")
TITLES = _trie_regex(sorted(TITLE_WORDS, key=len, reverse=True))
_TITLE_NOUNS = _words(
    """
    president minister secretary spokesperson spokesman spokeswoman leader chief head director general
    commander ambassador envoy official lawmaker senator deputy adviser advisor analyst expert professor
    researcher fellow colonel lieutenant captain sergeant admiral marshal governor mayor chairman chancellor
    premier mr mrs ms dr prof gen col lt maj capt sgt adm sen rep
    """
)
_TITLE_WORDS = frozenset(w.rstrip(".") for title in TITLE_WORDS for w in title.split()) | {
    "vice",
    "prime",
    "defense",
    "defence",
    "foreign",
    "state",
    "security",
    "national",
    "interior",
    "culture",
    "intelligence",
    "presidential",
    "supreme",
    "former",
    "acting",
    "senior",
    "junior",
    "associate",
    "assistant",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "vice-president",
    "commander-in-chief",
    "secretary-general",
    "first",
    "deputy",
    "executive",
    "military",
    "army",
    "navy",
    "air",
    "force",
    "affairs",
    "finance",
}

SPEECH_WORDS = """said|says|say|told|tells|added|adds|announced|announces|stated|states|estimated|estimates|
believes|believed|claimed|claims|reported|reports|confirmed|confirms|warned|warns|predicted|predicts|noted|notes|
explained|explains|emphasized|emphasised|emphasizes|emphasises|stressed|stresses|argued|argues|wrote|writes|assessed|
assesses|acknowledged|acknowledges|insisted|insists|revealed|reveals|disclosed|discloses|indicated|indicates|
suggested|suggests|thinks|thought|expects|expected|asserted|asserts|assured|assures|described|describes|commented|
comments|summarizes|summarises|summarized|summarised|agrees|agreed|replied|replies|observed|observes|cautioned|
cautions|recalled|recalls|concluded|concludes|continued|continues|alleged|alleges|floated|accused|accuses|testified|
briefed|informed|calculated|counted|put it|pointed out|points out|maintained|maintains|speculated|speculates|voiced|
mentioned|mentions|discusses|discussed|posted|announcing|adding|saying|noting|claiming|estimating|reporting|warning|
confirming|stating|explaining""".replace("\n", "").split("|")
SPEECH_VERBS = _trie_regex(sorted(SPEECH_WORDS, key=len, reverse=True))

_ORG_HEADS = (
    "Ministry|Agency|Council|Institute|Institution|University|College|Service|Services|Office|Committee|Commission|"
    "Center|Centre|Conference|Department|Directorate|Bureau|Foundation|Fund|Corporation|Company|Command|Forces|"
    "Army|Navy|Guard|Party|Parliament|Assembly|Congress|Senate|Court|Administration|Academy|School|Society|"
    "Association|Union|Organization|Organisation|Alliance|Network|Times|Post|News|Press|Herald|Journal|Tribune|"
    "Gazette|Daily|Telegraph|Monitor|Brigade|Battalion|Division|Regiment|Corps|Bank|Endowment|Observatory|"
    "Watch|Studies|Forum|Staff|Intelligence|Cabinet|Government|Review|Media|Group"
)
_ORG_HEAD_SET = frozenset(_ORG_HEADS.split("|"))
_NAMED_BY_KIND = re.compile(
    rf"\b(?P<what>(?i:outlet|broadcaster|newspaper|news agency|news site|daily|website|channel|magazine|"
    rf"think[- ]tank|tabloid|publication|(?:telegram|news) channel))[ \u00a0]+"
    rf"(?P<name>[{_UP}](?:[\w&-]|\.(?=\w))*(?:[ \u00a0]+[{_UP}](?:[\w&-]|\.(?=\w))*){{0,3}})"
)
_KIND_WORDS = (
    "outlet",
    "broadcaster",
    "newspaper",
    "agency",
    "site",
    "daily",
    "channel",
    "magazine",
    "tank",
    "tabloid",
    "publication",
)
_FOLLOWING_NAME = re.compile(r"[ \u00a0]+([A-Z](?:[\w&-]|\.(?=\w))*(?:[ \u00a0]+[A-Z](?:[\w&-]|\.(?=\w))*)?)")
_POSSESSIVE_ORG = re.compile(rf"(?P<head>{_ORG_HEADS})(?P<poss>['’]s)[ \u00a0]+(?P<tail>\S)")
_ORGTOK = rf"(?:[{_UP}](?:[\w&]|\.(?=\w))*(?:-[{_UP}0-9](?:[\w&]|\.(?=\w))*)*(?:['’]s)?)"
_ORG_HEAD_WORD = re.compile(rf"\b(?:{_trie_regex(_ORG_HEADS.split('|'))})\b")
_ORG = re.compile(
    rf"(?<![\w’'])(?:{_ORGTOK}[ \u00a0]+){{0,5}}(?:{_trie_regex(_ORG_HEADS.split('|'))})\b"
    rf"(?:[ \u00a0]+(?:of|for)(?:[ \u00a0]+the)?[ \u00a0]+{_ORGTOK}(?:(?:[ \u00a0]+and)?[ \u00a0]+{_ORGTOK}){{0,4}})?"
)

# Capitalised words that start sentences or label things but never name an actor.
_STOP = _words(
    """
    a an the this that these those there here it its he she they we i you his her their our my your and or
    but nor so yet for of on in at by to from with without into onto over under after before since until
    while when where why how what who whom which whose if then than as also even just only both either
    neither all any each every some many most more much few several other another such no not none one two
    three meanwhile however despite although though because therefore moreover furthermore nevertheless
    still according accordingly instead indeed perhaps maybe thus hence otherwise besides unlike like last
    next first second third new old former latter said says told read watch listen see more latest news
    category logo download app store badge play share follow subscribe sign login log menu search home video
    photo image getty reuters/ copyright rights reserved privacy policy terms contact about us advertisement
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weekend month
    year january february march april may june july august september october november december north south
    east west northern southern eastern western central western mr mrs ms dr prof sir madam lord lady
    ukrainian russian korean american chinese japanese british european german french western president
    minister secretary spokesperson general leader chief head director explainer opinion analysis editorial
    interview update live breaking exclusive soldiers troops forces army military war reports report
    officials experts analysts sources observers critics images photos data estimates figures authorities
    residents witnesses media footage documents intelligence government people statistics researchers
    diplomats scientists satellite unverified unconfirmed
    """
)
_SENTENCE_WORDS = _words(
    """
    a an the this that these those his her their its our and but so or both meanwhile however despite
    although though while when after before since according also even only then thus last next new
    as if because unlike like given whereas until once
    follow share subscribe watch read listen download sign more latest
    """
)
_FUNCTION_WORDS = _words(
    """
    a an the this that these those his her their its our he she they it we i and but so or
    """
)
_MONTHS_DAYS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december
    """
)

_DESCRIPTOR_HEADS: tuple[tuple[str, str], ...] = (
    (r"military intelligence(?: agency| service| directorate)?", "intelligence"),
    (
        r"(?:defen[cs]e |military )?intelligence (?:agency|agencies|service|services|officials|sources|community|"
        r"chiefs?|reports?|assessments?)",
        "intelligence",
    ),
    (r"spy (?:agency|service)", "intelligence"),
    (r"(?:defen[cs]e |military )?intelligence", "intelligence"),
    (r"defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e department|defen[cs]e officials", "defence ministry"),
    (r"foreign ministry|ministry of foreign affairs|foreign office", "foreign ministry"),
    (r"joint chiefs of staff|general staff|military command", "military"),
    (r"armed forces|military|army", "military"),
    (r"presidential office|presidency", "presidency"),
    (r"state (?:media|news agency|television|TV)|state-run (?:media|television|news agency)|propaganda", "state media"),
    (r"(?:government |military |defen[cs]e )?officials|government|authorities|leadership", "government"),
    (r"media|press|outlets|newspapers?", "media"),
    (r"(?:military )?(?:experts|analysts|observers)", "experts"),
    (r"lawmakers|legislators|parliamentarians|parliament|MPs", "parliament"),
)


@dataclass(frozen=True, slots=True)
class _Vocab:
    gaz_re: re.Pattern[str]
    gaz_surface: dict[str, GazetteerEntry]
    descriptor_re: re.Pattern[str]
    head_types: tuple[tuple[re.Pattern[str], str], ...]
    country_of: dict[str, str | None]
    demonym_of: dict[str, str]
    place_words: frozenset[str]


@cache
def _vocab() -> _Vocab:
    gaz = gazetteer()
    surfaces: dict[str, GazetteerEntry] = {}
    for entry in gaz.entries:
        for surface in (entry.name, *entry.aliases):
            surfaces.setdefault(surface, entry)
            surfaces.setdefault(surface.replace("'", "’"), entry)
            if entry.government_of and len(surface) > 3:
                surfaces.setdefault(surface.lower(), entry)  # "kyiv" in carelessly translated copy
    words = sorted(surfaces, key=len, reverse=True)
    gaz_re = re.compile(rf"(?<![\w.])(?:{_trie_regex(words)})(?![\w-])")
    place_words = frozenset(
        w.strip("'’s") for e in gaz.entries if e.kind != "person" for s in (e.name, *e.aliases) for w in s.split()
    )

    # What may qualify an agency: an adjective ("Ukrainian"), a country's or a capital's possessive ("Seoul's").
    country_of: dict[str, str | None] = dict(gaz.demonyms)
    countries = {c for c in gaz.demonyms.values() if c}
    for entry in gaz.entries:
        country = entry.name if entry.name in countries else entry.government_of
        if country:
            for surface in (entry.name, *entry.aliases):
                country_of[surface + "’s"] = country
                country_of[surface + "'s"] = country
    demonym_of: dict[str, str] = {}
    for adjective, country in gaz.demonyms.items():
        usable = adjective[0].isupper() and adjective not in ("US", "U.S.", "UK") and gaz.by_name.get(adjective) is None
        if country and country not in demonym_of and usable:
            demonym_of.setdefault(country, adjective)
    demonym_of["United States"] = "US"
    demonym_of["United Kingdom"] = "British"
    qualifiers = sorted(country_of, key=len, reverse=True)
    heads = "|".join(h for h, _ in _DESCRIPTOR_HEADS)
    q = _trie_regex(qualifiers)
    descriptor_re = re.compile(
        rf"(?<![\w-])(?:[Tt]he[ \u00a0]+)?(?P<all>(?:{q})(?:,[ \u00a0]+(?:{q}))*,?[ \u00a0]+and[ \u00a0]+)?"
        rf"(?P<q>{q})[ \u00a0]+(?P<head>(?:{heads}))(?![\w-])"
        rf"(?![ \u00a0]+(?i:{TITLES})\b)"  # "Pentagon press secretary": a person's title, not an agency
    )
    head_types = tuple((re.compile(rf"(?:{h})$"), t) for h, t in _DESCRIPTOR_HEADS)
    return _Vocab(gaz_re, surfaces, descriptor_re, head_types, country_of, demonym_of, place_words)


# ---------------------------------------------------------------- cues for new people

_SP = "[ \u00a0]"  # a space, or a no-break space
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|to|of)\s+$")
_NAME_RUN = re.compile(rf"{_NAMETOK}(?:{_SP}+{_NAMETOK})*")
_APPOSITIVE_AFTER = re.compile(
    rf"{_SP}*(?:\([^()\n]{{1,40}}\){_SP}*)?,{_SP}+(?:who{_SP}+(?:is|was){_SP}+(?:now{_SP}+|also{_SP}+)?)?"
    rf"(?:(?:a|an|the){_SP}+)?(?:[\w’'-]+{_SP}+){{0,4}}?(?i:(?:{TITLES}))\b"
)
_VERB_AFTER = re.compile(
    rf"{_SP}*(?:\([^()\n]{{1,40}}\){_SP}*)?,?{_SP}+(?:(?:also|further|later|then|has|had|have|"
    rf"previously|recently|earlier|once|reportedly){_SP}+)?(?:{SPEECH_VERBS})\b"
)
_OF_ORG_VERB = re.compile(
    rf"{_SP}+(?:of|at|from){_SP}+(?:the{_SP}+)?(?:[{_UP}][\w&’'.-]*{_SP}+){{1,6}}(?:{SPEECH_VERBS})\b"
)
# "Mikhail Orlov, a Moscow-based blogger, wrote": a name, an appositive, then an attribution verb
_APPOSITIVE_VERB = re.compile(
    rf"{_SP}*,[^,.;:\"“”„«»\n]{{3,150}},{_SP}*(?:(?:also|further|later|then|has|had|have|previously|recently|"
    rf"earlier){_SP}+)?(?:{SPEECH_VERBS})\b"
)
# words that, just before a name, make it a speaker ("said Zinberg", "Estimates Chris Monday")
_VERB_BEFORE_WORDS = _words(
    """
    said says added adds warns warned estimates estimated explains explained argued argues wrote writes noted notes
    emphasized emphasised emphasizes emphasises stressed summarizes summarises summarized summarised predicted
    commented insisted concluded continued asked replied replies believes cautioned observed
    """
)
_VERB_BEFORE_PAIRS = frozenset({"according to", "told by"})
_TITLE_CUES = frozenset(w.rstrip(".") for w in TITLE_WORDS if " " not in w)
_PREMOD_ROLE = re.compile(
    rf"(?<![\w’'-])(?P<role>(?:(?:[{_UP}][\w’'.-]*|former|then|acting|deputy|senior|chief|top|vice|interim|ex|of|for|the|and|on)"
    rf"{_SP}+)*(?:(?!(?:said|says|that|the|a|an|by|with|and|to|of|in|on|is|was|as|from|at|for)\b)[{_LOW}-]+{_SP}+){{0,2}}"
    rf"(?i:(?:{TITLES}))(?:{_SP}+of(?:{_SP}+the)?(?:{_SP}+[{_UP}][\w’'-]*)+)?),?{_SP}+$"
)
_APPOSITIVE_ROLE = re.compile(
    rf"{_SP}*(?:\([^()\n]{{1,40}}\){_SP}*)?,{_SP}+(?:who{_SP}+(?:is|was){_SP}+(?:now{_SP}+|also{_SP}+)?)?"
    rf"(?:(?:a|an|the){_SP}+)?(?P<role>(?:[\w’'-]+{_SP}+){{0,4}}?(?i:(?:{TITLES}))\b[^.;:!?\"“”„«»]*)"
)
_OF_ORGANISATION = re.compile(r"[ \u00a0]+(?:of|from|at)[ \u00a0]+(?:the[ \u00a0]+)?")
_ROLE_END = re.compile(r",[ \u00a0]+(?=[a-z“\"„«‘])|[ \u00a0]+(?:in a|in an|told|said|says|who|which|during)\b|,$")
_ROLE_LEAD = _words(
    """
    the of and for on a an by with in at to as while after but so that then meanwhile however its his her their
    """
)
_LOWER_WORDS = re.compile(r"(?<![\w’'-])[a-zß-öø-ÿ][\w’'-]*")


@lru_cache(maxsize=16384)
def _short_keys(name: str) -> frozenset[str]:
    """Spelling keys of the short forms a person's full name may be cut to (surname, Korean family name)."""
    words = name.split()
    keys = {spelling_key(words[-1])}
    if len(words) > 1 and ("-" in words[-1] or (len(words) == 3 and len(words[0]) <= 4)):
        keys.add(spelling_key(words[0]))
        keys.add(spelling_key(" ".join(words[1:])))
    return frozenset(keys)


def _info_for(entry: GazetteerEntry) -> ActorInfo:
    return ActorInfo(
        name=entry.name,
        kind=entry.kind,
        type=entry.type,
        country=entry.country,
        government_of=entry.government_of,
    )


@dataclass(slots=True)
class _Span:
    start: int
    end: int
    name: str
    kind: str
    rank: int  # lower wins a tie of equal length


class _Finder:
    """Actor finding for one article."""

    def __init__(self, text: str, sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sentences
        self.vocab = _vocab()
        self.gaz = gazetteer()
        self.spans: list[_Span] = []
        self.infos: dict[str, ActorInfo] = {}
        self.person_keys: dict[str, str] = {}  # spelling key of a full or short name -> canonical person
        self.lower_words: set[str] | None = None

    # -- helpers
    def _common(self, word: str) -> bool:
        if self.lower_words is None:
            self.lower_words = set(_LOWER_WORDS.findall(self.text))
        low = word.lower()
        return low in _STOP or low in self.lower_words or low.rstrip("’'s") in _STOP

    def _add(self, start: int, end: int, info: ActorInfo, rank: int) -> None:
        existing = self.infos.get(info.name)
        if existing is None:
            self.infos[info.name] = info
        self.spans.append(_Span(start, end, info.name, info.kind, rank))

    def _entry_info(self, entry: GazetteerEntry) -> ActorInfo:
        return self.infos.get(entry.name) or _info_for(entry)

    # -- stages
    def gazetteer_forms(self, start: int, end: int) -> None:
        for m in self.vocab.gaz_re.finditer(self.text, start, end):
            entry = self.vocab.gaz_surface[m.group()]
            self._add(m.start(), m.end(), self._entry_info(entry), 0)

    def descriptors(self, start: int, end: int) -> None:
        for m in self.vocab.descriptor_re.finditer(self.text, start, end):
            qualifier, head = m.group("q"), m.group("head")
            named = _FOLLOWING_NAME.match(self.text, m.end(), end)
            if named and named.group(1) in self.vocab.gaz_surface:
                continue  # "Russian state news agency TASS": the description only introduces the name
            span_start = m.start("q")
            if m.group("all"):
                # "Ukrainian, South Korean and US intelligence": the first one named stands for all
                # (as with coordinated subjects in attribution)
                qualifier = re.split(r",\s*|\s+and(?:\s+|$)", m.group("all").strip())[0]
                span_start = m.start("all")
            country = self.vocab.country_of.get(qualifier)
            kind_of = next(t for p, t in self.vocab.head_types if p.match(head))
            entry = self.gaz.by_country_type.get((country, kind_of)) if country else None
            if entry is None and country and kind_of == "government":
                entry = self.gaz.by_name.get(country)
            if entry is not None:
                info = self._entry_info(entry)
            else:
                adjective = self.vocab.demonym_of.get(country, qualifier) if country else qualifier
                base = {"intelligence": "intelligence", "government": "officials", "military": "military"}.get(
                    kind_of, head
                )
                name = f"{adjective} {base}"
                info = self.infos.get(name) or ActorInfo(
                    name=name,
                    kind="organisation" if country and kind_of not in ("experts", "media", "parliament") else "group",
                    type=kind_of,
                    country=country,
                )
            self._add(span_start, m.end(), info, 1)

    def organisations(self, start: int, end: int) -> None:
        if _ORG_HEAD_WORD.search(self.text, start, end):  # most sentences name no organisation by a head word
            for m in _ORG.finditer(self.text, start, end):
                self._organisation(m.start(), m.group())
        lowered = self.text[start:end].lower()
        if not any(word in lowered for word in _KIND_WORDS):
            return
        for m in _NAMED_BY_KIND.finditer(self.text, start, end):
            # "Ukrainian outlet Militarnyi", "broadcaster KBS": the word before says what the name is
            name = m.group("name")
            if name in self.vocab.gaz_surface or name.lower() in _STOP:
                continue
            what = m.group("what").lower()
            kind_of = "think tank" if what.startswith("think") else "outlet"
            info = self.infos.get(name) or ActorInfo(name=name, kind="organisation", type=kind_of)
            self._add(m.start("name"), m.end("name"), info, 2)

    def _organisation(self, start: int, surface: str) -> None:
        # "Brookings Institution's Center for Asia Policy Studies": a unit named after its organisation
        split = _POSSESSIVE_ORG.search(surface)
        if split:
            self._organisation(start, surface[: split.end("head")])
            self._organisation(start + split.start("tail"), surface[split.start("tail") :])
            return
        words = surface.split()
        skip = 0
        while skip < len(words) - 1 and (
            words[skip].lower() in _SENTENCE_WORDS or self.vocab.country_of.get(words[skip]) is not None
        ):
            skip += 1  # "Meanwhile", "South Korea's" ("South" is left to the gazetteer)
        if skip == 0 and len(words) > 2 and self.vocab.country_of.get(" ".join(words[:2])) is not None:
            skip = 2
        if len(words) - skip < 2:
            return  # a bare head word ("Council") names nothing
        if (
            sum(1 for w in words[skip:] if len(w) > 2 and w.isupper() and "-" in w)
            or sum(1 for w in words[skip:] if len(w) > 1 and w.isupper()) > 1
        ):
            return  # "SOO-AH KIM Associated Press": a byline, not a name
        offset = start + surface.index(words[skip], len(" ".join(words[:skip]))) if skip else start
        name = self.text[offset : start + len(surface)].removesuffix("’s").removesuffix("'s")
        entry = self.gaz.by_surface.get(name)
        info = self._entry_info(entry) if entry else self.infos.get(name) or ActorInfo(name=name, kind="organisation")
        self._add(offset, offset + len(name), info, 2)

    def _person_tokens(self, name_start: int, name: str) -> tuple[int, str] | None:
        """Trim titles, demonyms, places and sentence words off a candidate name; None if nothing is left."""
        tokens = list(re.finditer(r"\S+", name))
        keep = 0
        while keep < len(tokens):
            word = tokens[keep].group().rstrip(",")
            if keep + 1 < len(tokens):
                pair = self.vocab.gaz_surface.get(f"{word} {tokens[keep + 1].group().rstrip(',')}")
                if pair is not None and pair.kind != "person":
                    keep += 2  # "ambassador to South Korea Mark Lippert": a two-word place
                    continue
            low = word.lower().rstrip(".")
            entry = self.vocab.gaz_surface.get(word)
            if not (
                low in _TITLE_WORDS
                or low in _STOP
                or word in self.gaz.demonyms
                or (entry is not None and entry.kind != "person")
            ):
                break
            keep += 1
        for i, tok in enumerate(tokens[keep:-1], start=keep):
            if tok.group().lower().rstrip(".,") in _TITLE_NOUNS:
                keep = i + 1  # "Agriculture Minister Dmitry Patrushev"
        tokens = tokens[keep:]
        while tokens and tokens[-1].group().lower() in _FUNCTION_WORDS:
            tokens.pop()  # "... warns Chris Monday His country": a missing full stop
        if not tokens:
            return None
        last = tokens[-1].group()
        end = tokens[-1].end()
        for suffix in ("’s", "'s"):
            if last.endswith(suffix):
                end -= len(suffix)
        start = tokens[0].start()
        words = name[start:end].split()
        if not words or len(words) > 4:
            return None
        if any(w in _ORG_HEAD_SET for w in words) or words[0].lower() in _MONTHS_DAYS:
            return None
        if len(words) == 1 and (self._common(words[0]) or len(words[0]) < 3 or words[0] in self.vocab.place_words):
            return None
        if words[0].lower() in _STOP:
            return None
        return name_start + start, name[start:end]

    def people(self, start: int, end: int) -> None:
        """New people: capitalised names next to a title, an appositive role or an attribution verb."""
        text = self.text
        found: list[tuple[int, str]] = []
        for run in _NAME_RUN.finditer(text, start, end):
            if run.group() in self.vocab.gaz_surface:
                continue  # "North Korea", "Vladimir Putin": the gazetteer has it
            tokens = []
            pos = run.start()
            for word in run.group().split():
                pos = text.index(word, pos)
                tokens.append((pos, word))
                pos += len(word)
            cue = False
            before = text[max(start, run.start() - 30) : run.start()].split()
            if before:
                last = before[-1].lower().rstrip(",")
                pair = " ".join(before[-2:]).lower()
                cue = last.rstrip(".") in _TITLE_CUES or last in _VERB_BEFORE_WORDS or pair in _VERB_BEFORE_PAIRS
                if len(before) > 1 and last in ("to", "for") and before[-2].lower() in _TITLE_CUES:
                    cue = True  # "US ambassador to South Korea Mark Lippert" (the place is trimmed off)
            while tokens and tokens[0][1].lower() in _VERB_BEFORE_WORDS:
                tokens.pop(0)  # "Estimates Chris Monday"
                cue = True
            # a run can hold several names ("Kim Jong-un And Vladimir Putin"): split at sentence words
            parts: list[list[tuple[int, str]]] = [[]]
            for tok in tokens:
                if tok[1].lower() in _FUNCTION_WORDS and parts[-1]:
                    parts.append([])
                elif tok[1].lower() not in _FUNCTION_WORDS:
                    parts[-1].append(tok)
            parts = [p for p in parts if p]
            if not parts:
                continue
            run_end = run.end()
            after_cue = bool(_APPOSITIVE_AFTER.match(text, run_end, end) or _APPOSITIVE_VERB.match(text, run_end, end))
            verb_after = None if after_cue else _VERB_AFTER.match(text, run_end, end)
            if not after_cue and verb_after is None and len(parts[-1]) > 1 and _OF_ORG_VERB.match(text, run_end, end):
                after_cue = True  # "Victor D. Cha of CSIS said"
            if verb_after:
                after_cue = not _PLACE_PREPOSITION.search(text, max(start, parts[-1][0][0] - 6), parts[-1][0][0])
                if "," in verb_after.group() and len(parts[-1]) < 2:
                    after_cue = (
                        False  # "His unit, known as Magura, says": a single word before ", says" may be anything
                    )
            for i, part in enumerate(parts):
                titled = any(w.lower().rstrip(".,") in _TITLE_CUES for _, w in part[:-1])
                last = i == len(parts) - 1
                if not (titled or (i == 0 and cue) or (last and after_cue)):
                    continue  # no sign that this is a person
                p_start = part[0][0]
                p_end = part[-1][0] + len(part[-1][1])
                trimmed = self._person_tokens(p_start, text[p_start:p_end])
                if trimmed is None:
                    continue
                titled = trimmed[0] > p_start and any(
                    w.lower().rstrip(".,") in _TITLE_CUES for w in text[p_start : trimmed[0]].split()
                )
                if titled or (i == 0 and cue) or (last and after_cue and trimmed[0] + len(trimmed[1]) == p_end):
                    found.append(trimmed)
        for offset, name in found:
            entry = self.gaz.by_surface.get(name) or self.gaz.by_key.get(spelling_key(name))
            if entry is not None:
                if entry.kind == "person":
                    self._add(offset, offset + len(name), self._entry_info(entry), 0)
                continue
            self._register_person(name)
            canonical = self.person_keys[spelling_key(name)]
            self._add(offset, offset + len(name), self.infos[canonical], 3)

    def _register_person(self, name: str) -> None:
        key = spelling_key(name)
        words = name.split()
        if key in self.person_keys:
            current = self.person_keys[key]
            if len(words) > len(current.split()) and spelling_key(current) != key and current in self.infos:
                # a fuller form ("Ramon Pacheco Pardo" after "Pardo"): it becomes the canonical name
                info = self.infos.pop(current)
                info.aliases.add(info.name)
                info.name = name
                self.infos[name] = info
                for k, v in list(self.person_keys.items()):
                    if v == current:
                        self.person_keys[k] = name
                for span in self.spans:
                    if span.name == current:
                        span.name = name
            return
        # a short form already seen that this fuller name completes
        short_key = spelling_key(words[-1])
        if len(words) > 1 and short_key in self.person_keys and len(self.person_keys[short_key].split()) == 1:
            self.person_keys[key] = self.person_keys[short_key]
            self._register_person(name)
            return
        self.person_keys[key] = name
        self.infos.setdefault(name, ActorInfo(name=name, kind="person" if not name.isupper() else "organisation"))
        if len(words) > 1:
            self.person_keys.setdefault(spelling_key(words[-1]), name)
            if "-" in words[-1] or (len(words) == 3 and len(words[0]) <= 4):
                # Korean order: family name first ("Ra Jong-il" -> "Ra"); given name alone ("Jong Un")
                self.person_keys.setdefault(spelling_key(words[0]), name)
                self.person_keys.setdefault(spelling_key(" ".join(words[1:])), name)

    def short_forms(self, start: int, end: int) -> None:
        """Every later (or earlier) written form of the new people found, including surnames alone."""
        if not self.person_keys:
            return
        forms: set[str] = set()
        for info in self.infos.values():
            if info.kind != "person" or self.gaz.by_name.get(info.name):
                continue
            words = info.name.split()
            forms.add(info.name)
            forms.update(info.aliases)
            forms.add(words[-1])
            if len(words) > 1 and ("-" in words[-1] or (len(words) == 3 and len(words[0]) <= 4)):
                forms.add(words[0])
                forms.add(" ".join(words[1:]))
                forms.add(" ".join(words[1:]).replace("-", " "))
                forms.add(info.name.replace("-", " "))
        forms = {f for f in forms if f and not self._common(f)}
        if not forms:
            return
        # where each new person is named in full, so that a shared surname ("Kim") goes to the nearest one before
        named_at = sorted(
            (s.start, s.name) for s in self.spans if s.rank == 3 and len(s.name.split()) > 1 and s.name in self.infos
        )
        lookup = {f.lower().replace("-", " "): f for f in forms}
        longest = max(len(f.split()) for f in lookup)
        for run in _NAME_RUN.finditer(self.text, start, end):
            tokens = run.group().split()
            offsets = []
            pos = run.start()
            for word in tokens:
                pos = self.text.index(word, pos)
                offsets.append(pos)
                pos += len(word)
            i = 0
            while i < len(tokens):
                for n in range(min(longest, len(tokens) - i), 0, -1):
                    written = " ".join(tokens[i : i + n])
                    if written.lower().replace("-", " ") in lookup:
                        self._short_form(offsets[i], offsets[i + n - 1] + len(tokens[i + n - 1]), written, named_at)
                        i += n
                        break
                else:
                    i += 1

    def _short_form(self, start: int, end: int, written: str, named_at: list[tuple[int, str]]) -> None:
        key = spelling_key(written)
        canonical = self.person_keys.get(key)
        sharing = [name for pos, name in named_at if pos < start and key in _short_keys(name)]
        if len({name for _, name in named_at if key in _short_keys(name)}) > 1 and sharing:
            canonical = sharing[-1]
        if canonical and canonical in self.infos:
            # rank -1: a surname of someone this article introduced beats a gazetteer short form ("Kim")
            self._add(start, end, self.infos[canonical], -1)

    def resolve(self) -> list[_Span]:
        """Non-overlapping spans, longer (then more trusted) first."""
        chosen: list[_Span] = []
        taken: list[tuple[int, int]] = []
        for span in sorted(self.spans, key=lambda s: (-(s.end - s.start), s.rank, s.start)):
            i = bisect.bisect_left(taken, (span.start, span.start))
            if i > 0 and taken[i - 1][1] > span.start:
                continue
            if i < len(taken) and taken[i][0] < span.end:
                continue
            taken.insert(i, (span.start, span.end))
            chosen.append(span)
        chosen.sort(key=lambda s: s.start)
        return chosen

    def role_of(self, span: _Span, sentence: tuple[int, int], orgs: dict[int, str] | None = None) -> str | None:
        """A title or role the text gives a person next to this mention (inside its sentence)."""
        of = _OF_ORGANISATION.match(self.text, span.end, sentence[1])
        if of and orgs and of.end() in orgs:
            return orgs[of.end()]  # "Yakov Zinberg of Kokushikan University"
        after = _APPOSITIVE_ROLE.match(self.text, span.end, min(sentence[1], span.end + 200))
        if after:
            role = after.group("role")
            cut = _ROLE_END.search(role)
            role = role[: cut.start()] if cut else role
            role = role.strip(" ,")
            if 2 < len(role) <= 120:
                return role
        before = _PREMOD_ROLE.search(self.text, max(sentence[0], span.start - 90), span.start)
        if before:
            role = before.group("role").strip(" ,")
            words = role.split()
            while words and words[0].lower() in _ROLE_LEAD:
                words.pop(0)
            role = " ".join(words)
            if role and role.lower() not in ("mr.", "mrs.", "ms.", "dr."):
                return role
        return None


def find_actors(text: str, sentences: list[tuple[int, int]]) -> ActorIndex:
    """The actors named in ``text``, with their mentions sentence by sentence."""
    index = ActorIndex()
    if not sentences:
        return index
    finder = _Finder(text, sentences)
    start, end = sentences[0][0], sentences[-1][1]
    finder.gazetteer_forms(start, end)
    finder.descriptors(start, end)
    for s_start, s_end in sentences:  # names never run across a sentence end
        finder.organisations(s_start, s_end)
        finder.people(s_start, s_end)
    finder.short_forms(start, end)
    starts = [s for s, _ in sentences]
    counts: Counter[str] = Counter()
    resolved = finder.resolve()
    orgs = {s.start: s.name for s in resolved if s.kind == "organisation"}
    for span in resolved:
        i = bisect.bisect_right(starts, span.start) - 1
        if i < 0 or span.end > sentences[i][1]:
            continue
        info = finder.infos[span.name]
        surface = text[span.start : span.end]
        info.aliases.add(surface)
        counts[span.name] += 1
        if info.kind == "person" and info.role is None:
            info.role = finder.role_of(span, sentences[i], orgs)
        index.by_sentence.setdefault(i, []).append(Mention(span.start, span.end, info.name, info.kind, surface))
        index.actors[info.name] = info
    for name, info in index.actors.items():
        info.count = counts[name]
        entry = finder.gaz.by_name.get(name)
        if entry is None or entry.role is None:
            continue
        # no role in the text, or a bare title ("President") that the listed role spells out ("Ukrainian President")
        bare = info.role is not None and " " not in info.role and info.role.lower().rstrip(".") in entry.role.lower()
        if info.role is None or bare:
            info.role = entry.role
    return index
