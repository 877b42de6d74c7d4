"""Who asserts a figure: the claimant of each sentence, across sentence boundaries.

Each sentence is read once (lazily, in text order) for its *cues*: a speech or
belief verb with its speaker (``X said``, ``said X``, ``X, a senior fellow,
told DW``), ``according to X``, ``citing X`` and ``reportedly`` / ``reports
suggest``. A speaker is an actor mention, a pronoun (``he`` -> the last person
who spoke), a definite description (``the agency`` -> the last organisation of
that sort, ``the newspaper`` -> the last outlet, ``the diplomat`` -> the last
person) or a new noun phrase (``Ukraine's special operations forces``).

A figure then takes, in order:

1. inside quotation marks: the speaker the quote is attached to (before or after
   it, possibly in another sentence), else the previous speaker (a quote that
   continues a speaker's paragraph) -> ``direct quote``;
2. a chain (``Reuters, citing the NIS, reported``): the cited source -> ``reported``;
3. the nearest speech verb with a speaker -> ``indirect``;
4. ``according to X`` / ``reportedly`` -> ``reported`` (source None when unnamed);
5. no cue: the source of the next sentence when it names where the figures come
   from (``These figures come from ...``) or restates the same figure with a
   source (a headline or list before its sentence); else the outlet itself
   (``unattributed``).

A capital named as a speaker (``Kyiv says``) stands for its government, so the
claimant is the country.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from store.extract.actors import SPEECH_VERBS, SPEECH_WORDS, ActorIndex, ActorInfo, Mention
from store.extract.figures import Figure, find_figures
from store.extract.names import actor_key, gazetteer


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (word lists stay readable)."""
    return frozenset(text.split())


@dataclass(frozen=True, slots=True)
class Who:
    """The claimant of a figure, how it is attributed and the cue word."""

    source: str | None
    attribution: str = "unattributed"
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    verb: str
    kind: str  # "verb", "according", "citing", "reported", "origin"
    speaker: str | None
    speaker_pos: int


@dataclass(slots=True)
class _Sentence:
    cues: list[_Cue] = field(default_factory=list)
    last_speaker: str | None = None


# the outlet speaking of itself: what it reports is its own assertion
_SELF_NAMES = frozenset(
    {"this newspaper", "this paper", "this outlet", "this publication", "this website", "this site"}
)
_ENTRY_STAMP = re.compile(
    r"^[ \t#*>•_-]*(?:(?:Posted|Updated|Published)\b[^\n]{0,40}$|(?:(?:Posted|Updated|Published)\s+(?:at\s+)?)?"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|GMT|UTC|CET|CEST|EET|EEST|BST|ET|EST|EDT|KST|MSK|Kyiv time))?(?![\d%])"
    r"|\d{1,3}\s*(?:h|hr|hrs|hours?|m|min|mins|minutes?|d|days?)\s+ago)\b)",
    re.M | re.I,
)
_KIND_HEADLINE = re.compile(
    r"\s*(?P<place>(?:[A-Z][\w’'.-]+\s+){1,2})?(?P<kind>(?i:think[- ]tank|research institute|spy agency|"
    r"intelligence agency|military intelligence))\s*:\s+\S"
)
_SELF_PHRASE = re.compile(r"\b(?:this|our) (?:newspaper|paper|outlet|publication|website|site|reporter)\b", re.I)
_OPEN_CLOSE = {"“": "”", "„": "“", "«": "»", "‘": "’", '"': '"'}
_QUOTE_CHARS = re.compile(r"''|[\"“”„«»]|(?<![\w])‘|’(?![\w])")
_VERB = re.compile(
    rf"\b(?:{SPEECH_VERBS}|suggest|indicate|show|believe|estimate|claim|assert|report|confirm|warn|"
    r"think(?![- ]tank)|spoke of|speak of|spoke about|insist|quoted(?= by)|calls(?! (?:for|on|up|in)\b)|"
    r"found|finds|showed|shows|detailed|details|outlined|listed|identified|projected|projects|forecast|forecasts|"
    r"recorded|tallied|documented|specified|went on to say|goes on to say|"
    r"published(?= (?:its|their|a|an|new|what|figures|data|estimates))|"
    r"(?:puts?|putting|gave|gives|give|giving) (?:the|a|an|its|their|these|those|new) "
    r"(?:[a-z]+ )?(?:number|figure|toll|total|count|tally|estimate)s?|(?:puts?|putting) (?=[^,.;:]{1,40}? at\b))\b"
)
_ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|[Pp]er(?= (?:the )?[A-Z])|[Cc]iting|[Cc]ited by|cite|cites|cited|[Qq]uoting|quoted by|"
    r"quoted(?= [A-Z])|"
    r"[Bb]y (?:the )?(?:count|estimate|estimates|tally) of|in the words of|as (?:cited|reported) by)\b"
)
_THINK_TANK = re.compile(r"\b(?:institute|institution|cent(?:er|re)|foundation|endowment|council|forum|think tank)\b")
_AND = re.compile(r",?\s+and\s+")
_COMMA = re.compile(r",\s*")
_RELATIVE = re.compile(r",?\s*\b(?:which|who)\s*$")
_PASSIVE_QUOTED = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:quoted|cited)\s+by\b")
# "The NIS was cited by lawmakers as saying ...": the subject speaks
_AS_SAYING = re.compile(r"\b(?:was|were|is|are)\s+cited\b[^.;\"“”]{0,60}?\bas\s+(?:saying|telling|stating)\b")
# "lawmakers said after being briefed by the NIS": the briefing agency is the source
_BRIEFED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:after|when|following)\s+(?:being\s+|a\s+)?(?:briefed|briefing)\s+by(?=\s)"
)
_PASSIVE_BY = re.compile(
    r"\b(?:estimated|put|given|reported|confirmed|cited|counted|claimed|assessed|judged|deemed|believed|thought|"
    r"calculated|tallied|recorded|documented|verified|considered|projected|forecast|predicted|told|briefed|informed)"
    r"\s+(?:at\s+|as\s+)?"
    r"(?:[^,.;:\"“”]|(?<=\d)[,.](?=\d)){0,50}?\bby\b"
)
_ORIGIN = re.compile(
    r"\b(?:come|comes|came|originate|originates|originated) from|\b(?:provided|given|released|"
    r"published|supplied|compiled|put out|issued)(?:\s+to\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s+by"
)
_REPORTEDLY = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|(?:is|are|was|were) (?:believed|thought|said|"
    r"reported|estimated) to|[Rr]eports (?:say|suggest|indicate|claim|show)|according to "
    r"(?:media )?reports|amid reports|there (?:are|were|have been) reports|reports that)\b"
)
_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|n't|cannot|declined to|refused to|denied|did not)\s*$")
_OWNED_ESTIMATE = re.compile(
    r"['’]s?\s+(?:(?:latest|own|new|official|updated|previous|earlier|initial|conservative|lower|higher|daily|"
    r"weekly|monthly|regular|annual|recent|last)\s+){0,2}"
    r"(?P<noun>estimates?|figures?|count|tally|assessments?|data|numbers|calculations?|intelligence|update|report|"
    r"statement|briefing|bulletin|summary)\b"
)
_DOC_NOUNS = (
    r"estimates?|figures?|count|tally|assessments?|data|numbers|calculations?|update|report|statement|briefing|"
    r"bulletin|summary|analysis|findings|post"
)
_DOC_ADJECTIVES = (
    r"latest|own|new|official|updated|previous|earlier|initial|conservative|lower|higher|daily|weekly|monthly|regular|"
    r"annual|recent|last|written|intelligence|internal|classified|separate|public|first"
)
_PRENOMINAL_DOC = re.compile(rf"\s+(?:(?:{_DOC_ADJECTIVES})\s+){{0,2}}(?P<noun>{_DOC_NOUNS})\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|latest|recent)\s+)?$")
_IMPERSONAL = re.compile(r"\b[Ii]t\s+(?:is|was|has been|had been|is widely|was widely)\s+$")
# "is believed", "were estimated", "has been assessed": a passive verb's subject is what is talked about, not a speaker
_PASSIVE_AUX = re.compile(
    r"\b(?:is|are|was|were|been|being|be|widely)\s+(?:(?:also|now|still|widely|generally|further)\s+)?$"
)
_NOTHING = re.compile(r"\s+(?:nothing|little|no\s+(?:figures?|numbers?|details?|comment))\b")
# verbs that may come before their speaker ("..., said Andrew Yeo", "« ... », assures Kyrylo Budanov"); "told X"
# names the listener, and participles ("adding") never take a speaker after them
_INVERTIBLE = frozenset(
    w for w in SPEECH_WORDS if not w.endswith("ing") and w not in ("told", "tells", "informed", "briefed", "posted")
)
_FILLER = _words(
    """
    also has have had will would could may might then later previously earlier recently further officially
    publicly again already repeatedly now still separately jointly too first itself himself herself
    themselves both all today yesterday tonight on in at last this that week month year statement interview
    address briefing speech post report his her its their a an the nightly evening daily weekly video
    televised written continues continue continued to went by been is was were are be being did does do just
    once meanwhile however yet ago days weeks months morning afternoon night recent comments remarks
    separate new late early
    """
)
_DAYS_MONTHS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
_APPOSITIVE = re.compile(
    r",\s*(?:who|which|a|an|the|former|senior|then|now|also|himself|herself|in turn|for (?:his|her|its) part|"
    r"[A-Z][\w’'-]*['’]s|[a-z]+ (?:of|at|with|for)\b|in (?:a|an|his|her|its)\b|[a-z]+ing\b|[a-z]+ed by\b|based on\b)"
    r"(?:[^,\"“”„«»]|[\"“][^\"“”,]{1,20}[\"”]){0,160},\s*$"  # a call sign in quotes may sit inside
)
_PRONOUN = re.compile(r"(?:^|\W)(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s*$")
_PERSON_NOUNS = (
    r"diplomat|expert|analyst|researcher|professor|president|minister|official|lawmaker|legislator|spokes(?:man|woman|"
    r"person)|general|commander|leader|scholar|author|specialist|fellow|envoy|ambassador|secretary|chief|director|"
    r"head|source|officer|deputy|senator|premier|chancellor|adviser|advisor|historian|economist|defector|politician"
)
_ORG_NOUNS = (
    r"spy agency|intelligence agency|agency|ministry|service|intelligence|military|army|office|institute|think[- ]tank|"
    r"council|government|department|directorate|committee|command|unit|staff|kremlin|pentagon|administration|"
    r"presidency|parliament|organisation|organization|group|alliance|bloc|regime|authorities|forces|country"
)
_OUTLET_NOUNS = (
    r"newspaper|paper|daily|outlet|broadcaster|news agency|magazine|publication|channel|website|site|report|study|"
    r"assessment|analysis|estimate"
)
# a word inside a definite description ("the Ukrainian defence ministry"), never a clause word ("the briefing that")
_DESCRIPTION_WORD = r"(?!(?:the|that|which|who|and|or|said|says|to|of|by|in|on|at)\b)[\w’'-]+\s+"
_DEFINITE = re.compile(
    rf"(?:^|\W)(?P<np>[Tt]he\s+(?:{_DESCRIPTION_WORD}){{0,3}}?(?P<noun>(?i:{_OUTLET_NOUNS}|{_PERSON_NOUNS}|{_ORG_NOUNS})))"
    rf"\s*$"
)
_DEFINITE_OF = re.compile(
    rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<np>[Tt]he\s+(?:{_DESCRIPTION_WORD}){{0,2}}?(?P<noun>(?i:commander|officer|soldier|"
    rf"medic|fighter|pilot|operator|sniper|gunner|serviceman|servicewoman|paratrooper|volunteer|head|chief))\s+"
    rf"(?:of|at|with|in|from)\s+(?:an?\s+)(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)\s*$"
)
# "the ministry's statement said", "its latest assessment found": the owner of the document is the claimant
_OWNER_DOC = re.compile(
    rf"(?<![\w’'-])(?:(?P<np>[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>(?i:{_ORG_NOUNS}|{_PERSON_NOUNS})))['’]s?"
    rf"|(?P<pron>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))\s+(?:(?:{_DOC_ADJECTIVES})\s+){{0,2}}(?P<doc>{_DOC_NOUNS})\b"
)
_PERSON_INTRO = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<np>[Aa]n?\s+(?:[\w’'-]+\s+){{0,3}}?(?:{_PERSON_NOUNS}|soldier|medic|fighter|"
    r"pilot|operator|sniper|gunner|serviceman|servicewoman|paratrooper|marine|volunteer|witness|resident))\b"
)
_SOURCE_NOUNS = (
    r"sources?|officials|official|reports|estimates|data|intelligence|analysts|experts|observers|media|forces|unit|"
    r"units|lawmakers?|diplomats?|officers?|spokes(?:man|woman|person)|ministry|agency|command|service|services|"
    r"authorities|government|military|army|monitors|researchers|volunteers|bloggers|channels|outlets|commanders?|"
    r"soldiers?|residents?|defectors?|witness(?:es)?|analyst|expert|researcher|prisoners?|captives?|person|people"
)
_SOURCE_ADJECTIVES = (
    r"diplomatic|military|intelligence|government|security|defen[cs]e|western|local|informed|multiple|other|senior|"
    r"top|anonymous|unnamed|police|regional|industry|medical|front-?line|knowledgeable|independent|official"
)
_NP_WORD = r"(?!(?:to|of|by|from|with|that|which|who|and|or|as|is|are|was|were|has|have|had|said|says)\b)[\w’'.-]+\s+"
_NEW_NP = re.compile(
    rf"(?<![\w’'.-])(?P<np>(?:[Oo]ne\s+of\s+the\s+(?:{_NP_WORD}){{0,2}}?|(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome|[Aa]nother)\s+(?:{_NP_WORD}){{0,4}}?|"
    rf"[A-Z][\w’'.-]*\s+(?:{_NP_WORD}){{0,3}}?|(?:(?:{_SOURCE_ADJECTIVES})\s+){{1,2}}|)(?P<noun>(?i:{_SOURCE_NOUNS}))"
    rf"(?:\s+(?:in|from|at|inside|within|close to|familiar with|near|with|of)\s+(?:the\s+)?"
    rf"(?:[\w’'-]+\s*){{1,3}}?)?)\s*$"
)
_NP_AFTER = re.compile(
    rf"\s+(?P<np>(?:(?:[Aa]n?|[Tt]he|[Ss]ome|[Ss]everal|[Oo]ne|[Tt]wo)\s+)?(?:{_NP_WORD}){{0,2}}(?i:{_SOURCE_NOUNS})"
    rf"(?:\s+(?:in|from|at|inside|within|close to|familiar with|near)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+"
    rf"(?:province|region|oblast|city|county|district)?|\s+familiar\s+with\s+(?:the\s+)?[a-z]+)?)\b"
)
_NP_WHO = re.compile(
    rf"(?<![\w’'.-])(?P<np>(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]nother)\s+(?:{_NP_WORD}){{0,3}}?"
    rf"(?i:{_SOURCE_NOUNS})|(?:(?:{_SOURCE_ADJECTIVES}|[A-Z][\w’'.-]*)\s+){{0,2}}(?i:sources|officials|diplomats|analysts|"
    rf"experts|lawmakers|officers|commanders|soldiers)))\s+who\s+[^,;:\"“”]{{1,160}}$"
)
# "a lawmaker briefed by the spy agency", "Yonhap, citing ...": the chain ends at the last source named
_CHAIN = re.compile(r"\b(?:briefed by|citing|quoting|who cited)(?=\s)")
_DOC_BY = re.compile(
    rf"\s+(?:the|a|an)\s+(?:(?:{_DOC_ADJECTIVES}|[a-z]+)\s+){{0,2}}(?:{_DOC_NOUNS})\b[^.;:\"“”]{{0,80}}?\b(?:by|from)(?=\s)"
)
_INDEFINITE_ORG = re.compile(
    r"(?<![\w’'-])[Aa]n?\s+(?P<mods>(?:[\w’'-]+\s+){0,4}?)(?P<kind>think[- ]tank|research institute|spy agency|"
    r"intelligence agency)\s*$"
)
_SOURCES_IN = re.compile(
    r"\s+(?P<noun>sources?|officials|insiders)\s+(?:in|within|inside|close to|from|at)\s+(?:the\s+)?"
)
_REPORT_PREP = re.compile(
    r"\b(?:reports?|claims?|posts?|footage|data|images|videos?|estimates?|figures|assessments?|analysis|statements?)"
    r"\s+(?:on|from|by|in|of)\s+(?:the\s+)?$",
    re.I,
)
# "analysts at the CSIS say", "a spokesperson for the NIS said": the organisation speaks through its people
_MEMBER_PREP = re.compile(
    r"\b(?:analysts?|researchers?|experts?|officials?|sources?|spokes(?:man|woman|person)|representatives?|"
    r"officers?|staff)\s+(?:at|from|with|for|of|in)\s+(?:the\s+)?$",
    re.I,
)
_PERSON_APPOSITIVE = re.compile(
    r"\s*,[^\"“”„«»;.]{3,200},\s*(?:(?:has|have|had|also|further|later|then|on|in|last|this|"
    r"[A-Z][a-z]+day|\w+)\s+){0,3}",
    re.S,
)
# "Lee Seong-kweun of the ruling People Power Party said": the person, not the party
_PERSON_OF = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?[^,;.\"“”„«»()]{2,60}?\s*")
# "Ukraine's GUR military intelligence agency, which said": lower-case words describing the named antecedent
_ANTECEDENT_TAIL = re.compile(r"(?:['’]s?)?(?:\s+[a-z][\w-]*){0,4}\s*")
# "X published what they say is their tally." over a list: the list's source
_BREAKDOWN_INTRO = re.compile(r"\b(?:tally|breakdown|as follows|the following|figures|list)\b[^.!?]{0,40}[.:]?$")
# "The agency, which on Tuesday briefed lawmakers, who sit on the committee, said": a relative clause with commas
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^\"“”„«».;]{0,240},\s*$")
_SAID = re.compile(r"\b(?:said|says|say|told|tells|according)\b")
# "The figures are higher than those given by X": a comparison, not where the figures come from
_COMPARISON = re.compile(r"\b(?:than|differ|differs|contradict|contradicts|compared|unlike|exceed|exceeds)\b")
_PERSON_STAFF = re.compile(r"['’]s\s+(?:office|administration|team|spokes(?:man|woman|person)|press office|aides?)")
_SHORT_DEMONYMS = {"United States": "US", "United Kingdom": "UK"}
_BARE_SOURCES = _words("source sources official officials experts analysts observers researchers diplomats witnesses")
_NP_DROP = _words(
    """
    a an one two several some another the separate senior top high-ranking anonymous unnamed
    """
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|of|by|from|with|in|on|at|for|about|against|into|than|over|between|among|inside|within|near)\s*$"
)
_TRAILING_SOURCE = re.compile(r"[\s.!?\"”’]*")
_HEADLINE_DASH = re.compile(r"\s[–—-]\s+$")
_HEADLINE_SPEAKER = re.compile(r"\s*[:–—]\s+\S")
_CLAUSE_BREAK = re.compile(
    r",\s+(?:but|while|whereas|although|though|amid|yet|as|when|after|before|since|even as)\b|;|\bbut\b|"
    r"\bamid reports\b"
)
_LATER_CLAUSE = re.compile(r",\s+(?:when|where|after|before|while|whereas|although|though|but|as)\s")
_COMPLEMENT = re.compile(r"[^,.;:\"“”„«»]{0,40}?(?:\bthat\b|:)")
_LIST_MARKER = re.compile(r"\s*(?:[-–—•*·▪]|\d+[.)])\s*")
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪]|\d+[.)]|\(?[a-z]\))\s")
_FIGURES_REF = re.compile(
    r"\W*(?:(?:That|This)(?:['’]s|\s+is|\s+was)\s+according to|"
    r"(?:(?:[Tt]hese|[Tt]hose|[Tt]he|[Ss]uch|[Tt]his|[Tt]hat)\b[^.;]{0,40}?|[\w-]+\s+)?"
    r"\b(?:figures?|numbers?|estimates?|data|claims?|reports?|statistics|tallies|tally|counts?)\b)"
)


_OWNER_HINTS = ("'s ", "’s ", "its ", "their ", "his ", "her ")
_ACCORDING_HINTS = ("accord", "cit", "quot", "by ", "words of", "per ")
_ORIGIN_HINTS = ("from", " by ")
_REPORTEDLY_HINTS = ("report", "alleged", "purported", "believed", "thought", "said to", "estimated to")


def _has(text: str, hints: tuple[str, ...]) -> bool:
    return any(hint in text for hint in hints)


class Attributor:
    """Finds the claimant of figures sentence by sentence."""

    def __init__(
        self, text: str, sentences: list[tuple[int, int]], actors: ActorIndex, outlet: str | None = None
    ) -> None:
        self.text = text
        self.actors = actors
        self._outlet_keys = self._keys_of(outlet) if outlet and self._may_be_outlet(outlet) else frozenset()
        self._outlet = outlet if self._outlet_keys else None
        self.sentences = sentences
        self.actors = actors
        self._analysed: list[_Sentence] = []
        self._quotes: list[tuple[int, int]] | None = None
        self._people_spoken: list[tuple[int, str]] = []  # (position, speaker) of every person who spoke
        self._starts = [start for start, _ in sentences]
        self._quote_starts: list[int] | None = None
        self._current: list[_Cue] = []  # cues of the sentence being analysed
        # live-blog entries ("14:05", "1h ago", "Updated ..."): a pronoun never reaches back past one
        self._entries = [m.start() for m in _ENTRY_STAMP.finditer(text)]

    # ------------------------------------------------------------ public

    def source_of(self, index: int, figure: Figure) -> Who:
        """The claimant of ``figure`` in sentence ``index`` (see the module docstring)."""
        self._analyse_to(index + 1 if index + 1 < len(self.sentences) else index)
        who = self._within(index, figure.start, figure.end)
        if who is None:
            who = self._from_context(index, figure)
        if who.source is None and (who.cue or "").endswith(" to") and self._quote_containing(figure.start) is None:
            # "North Korea is believed to have sent 3,000 more": the belief of the organisation that just spoke
            who = Who(self._previous_organisation(index), who.attribution, who.cue)
        if who.source and (who.source in _SELF_NAMES or self._keys_of(who.source) & self._outlet_keys):
            return Who(None, who.attribution, who.cue)  # "NK News has previously reported", "this newspaper"
        return who

    def _outlet_speaks(self, start: int, end: int) -> bool:
        """Whether a sentence names the article's own outlet ("NK News has previously reported", "this newspaper")."""
        sentence = self.text[start:end]
        if _SELF_PHRASE.search(sentence):
            return True
        return bool(self._outlet) and self._outlet.lower() in sentence.lower()

    def _may_be_outlet(self, name: str) -> bool:
        """Whether the article's stated outlet can be a news outlet (not an agency the metadata mistook for one)."""
        entry = gazetteer().by_surface.get(name)
        info = self.actors.info(name)
        known = [t for t in (entry.type if entry else None, info.type if info else None) if t]
        kinds = [k for k in (entry.kind if entry else None, info.kind if info else None) if k]
        return all(t == "outlet" for t in known) and all(k == "organisation" for k in kinds)

    def _keys_of(self, name: str) -> frozenset[str]:
        """Keys an outlet is known by: its name, its gazetteer canonical name and aliases."""
        keys = {actor_key(name)}
        domain = re.fullmatch(r"(?:https?://)?(?:www\.)?([\w-]+)\.[a-z.]{2,10}/?", name.strip().lower())
        if domain:  # an outlet known by its site: "nknews.org"
            keys.add(actor_key(domain.group(1)))
        entry = gazetteer().by_surface.get(name)
        info = self.actors.info(name)
        for known in (entry.name if entry else None, info.name if info else None):
            if known:
                keys.add(actor_key(known))
                keys.update(actor_key(a) for a in (info.aliases if info and info.name == known else ()))
        return frozenset(k for k in keys if k)

    # ------------------------------------------------------------ figure -> cue

    def _within(self, index: int, f_start: int, f_end: int) -> Who | None:
        quote = self._quote_around(f_start, f_end)
        if quote is not None:
            who = self._quote_speaker(index, quote)
            if who is not None:
                return who
        cues = [
            c
            for c in self._analysed[index].cues
            if (
                (quote is None and not self._in_quote(c.start))
                or (quote is not None and quote[0] <= c.start < quote[1])
            )
            and self._governs(c, f_start)
        ]
        for kind in ("citing",):
            chosen = [c for c in cues if c.kind == kind and c.speaker]
            if chosen:
                c = min(chosen, key=lambda c: self._distance(c, f_start, f_end))
                return Who(c.speaker, "reported", c.verb)
        closing = [c for c in cues if c.kind == "verb" and c.speaker and c.start >= f_end and self._closes(c)]
        if closing:  # "North Korea has told Russia it will send 3,000 more, the NIS said": the whole sentence is X's
            return Who(closing[-1].speaker, "indirect", closing[-1].verb)
        before = [c for c in cues if c.kind == "verb" and c.speaker and c.end <= f_start]
        unbroken = [c for c in before if not _CLAUSE_BREAK.search(self.text, c.end, f_start)]
        if unbroken:
            c = unbroken[0]  # the outermost speaker: "Zelensky says Kyiv expects ..." is Zelensky's claim
            for inner in unbroken[1:]:
                if self._relays(c.speaker, inner.speaker):
                    c = inner  # "Lee said the NIS believed ...": the lawmaker relays the agency's figure
            relayed = [r for r in cues if r.kind == "reported" and c.end <= r.start < f_start]
            if relayed:  # "the ministry could not confirm reports that 1,000 ...": a report, not the ministry's
                return Who(relayed[-1].speaker, "reported", relayed[-1].verb)
            return Who(c.speaker, "indirect", c.verb)
        if before:
            # "X said ..., amid reports that N": a report between the speaker and the figure takes it over
            closer = [c for c in cues if c.kind in ("according", "reported") and before[-1].end <= c.start < f_start]
            if closer:
                return Who(closer[-1].speaker, "reported", closer[-1].verb)
        verbs = [c for c in cues if c.kind == "verb" and c.speaker]
        if verbs:
            c = min(verbs, key=lambda c: self._distance(c, f_start, f_end))
            return Who(c.speaker, "indirect", c.verb)
        for kind in ("according", "origin"):
            chosen = [c for c in cues if c.kind == kind and c.speaker]
            if chosen:
                c = min(chosen, key=lambda c: self._distance(c, f_start, f_end))
                return Who(c.speaker, "reported", c.verb)
        reported = [c for c in cues if c.kind == "reported"]
        if reported:
            c = min(reported, key=lambda c: self._distance(c, f_start, f_end))
            return Who(c.speaker, "reported", c.verb)
        if quote is not None:
            speaker = self._recent_speaker(index, 2) if self._opens_sentence(quote[0], index) else None
            return Who(speaker, "direct quote" if speaker else "unattributed", None)
        return None

    def _previous_organisation(self, index: int) -> str | None:
        """The organisation or group that spoke last in the previous sentence (same live-blog entry), if any."""
        if index == 0 or self.sentences[index - 1][1] <= self._entry_start(self.sentences[index][0]):
            return None
        speaker = self._analysed[index - 1].last_speaker
        info = self.actors.info(speaker) if speaker else None
        return speaker if info is not None and info.kind != "person" else None

    def _from_context(self, index: int, figure: Figure) -> Who:
        nxt = index + 1
        if nxt < len(self.sentences):
            n_start, n_end = self.sentences[nxt]
            following = self._analysed[nxt]
            if _FIGURES_REF.match(self.text, n_start, n_end) and not _COMPARISON.search(self.text, n_start, n_end):
                for kind in ("origin", "citing", "according", "verb"):
                    for c in following.cues:
                        if c.speaker and c.kind == kind:
                            return Who(c.speaker, "reported" if c.kind != "verb" else "indirect", c.verb)
            if self._restated(figure, n_start, n_end):
                who = self._first_attributed(nxt)
                if who is not None:
                    return who
        intro = self._list_intro(index)
        if intro is not None:
            return intro
        lede = self._lede_source(index)
        if lede is not None:
            return lede
        return Who(None)

    def _lede_source(self, index: int) -> Who | None:
        """A one-sentence paragraph of figures whose source opens the next paragraph, with more figures
        ("North Korea has lost 4,000 troops.\n\nUkraine's military intelligence said on Monday that 1,000 ...")."""
        if index + 1 >= len(self.sentences):
            return None
        start, end = self.sentences[index]
        n_start, n_end = self.sentences[index + 1]
        before = self.text[self.sentences[index - 1][1] : start] if index else "\n"
        if "\n" not in before or "\n" not in self.text[end:n_start] or self._outlet_speaks(start, end):
            return None  # not a paragraph of its own, or the outlet states it on its own authority
        for c in self._analysed[index + 1].cues:
            info = self.actors.info(c.speaker) if c.speaker else None
            if c.kind == "verb" and info is not None and info.kind != "person" and c.speaker_pos - n_start < 60:
                return Who(c.speaker, "indirect", c.verb) if find_figures(self.text, n_start, n_end) else None
        return None

    def _list_intro(self, index: int) -> Who | None:
        """A list item under an introduction that names its source ("Ukraine's General Staff gave these losses:")."""
        i = index
        while i > 0 and index - i < 12:
            prev_start, prev_end = self.sentences[i - 1]
            line = self.text[prev_start:prev_end].rstrip()
            if line.endswith(":") or _BREAKDOWN_INTRO.search(line):
                for c in reversed(self._analysed[i - 1].cues):
                    if c.speaker and c.kind in ("verb", "citing", "according", "origin"):
                        return Who(c.speaker, "indirect" if c.kind == "verb" else "reported", c.verb)
                return None
            item_start, _ = self.sentences[i]
            marker = self.text[self.text.rfind("\n", 0, item_start) + 1 : item_start]
            item_end = self.sentences[i][1]
            is_item = (
                _LIST_ITEM.match(self.text, item_start)
                or _LIST_MARKER.fullmatch(marker)
                or (  # an unmarked short line of a breakdown ("Wounded: 2,500")
                    self.text[item_start - 1 : item_start] == "\n"
                    and item_end - item_start <= 80
                    and self.text[item_end : item_end + 1] in ("\n", "")
                )
            )
            if not is_item or self._analysed[i - 1].cues:
                return None
            i -= 1
        return None

    def _restated(self, figure: Figure, start: int, end: int) -> bool:
        if figure.low is None and figure.high is None:
            return False
        return any((f.low, f.high) == (figure.low, figure.high) for f in find_figures(self.text, start, end))

    def _first_attributed(self, index: int) -> Who | None:
        for c in self._analysed[index].cues:
            if c.speaker and c.kind in ("verb", "citing", "according"):
                return Who(c.speaker, "indirect" if c.kind == "verb" else "reported", c.verb)
        return None

    def _relays(self, outer: str | None, inner: str | None) -> bool:
        """Whether ``outer`` passes on what ``inner`` (an agency, not the outer's own government) says."""
        o, i = self.actors.info(outer or ""), self.actors.info(inner or "")
        if o is None or i is None or outer == inner or i.kind != "organisation":
            return False
        return o.kind != "organisation" or o.type == "outlet"

    def _governs(self, cue: _Cue, f_start: int) -> bool:
        """A verb after the figure covers it only when it closes the sentence ("..., X said on Monday"),
        not when it opens a clause of its own ("Although six ..., X suggests that ...")."""
        if cue.start < f_start:
            return True
        s_end = self.sentences[self._sentence_at(cue.start, 0)][1]
        tail_start = max(cue.end, cue.speaker_pos)
        tail = self.text[tail_start:s_end]
        if _COMPLEMENT.match(tail) and find_figures(self.text, tail_start, s_end):
            return False  # "Although six ..., X suggests that 3,000 ...": the verb opens a clause of its own figures
        # "11,000 ... was reported in October, when Seoul said about 1,500 had arrived": a clause of its own
        return not (_LATER_CLAUSE.search(self.text, f_start, min(cue.start, cue.speaker_pos)) and not self._closes(cue))

    def _closes(self, cue: _Cue) -> bool:
        """Whether ``cue`` is a sentence's closing attribution ("..., the NIS said on Tuesday.")."""
        at = min(cue.start, cue.speaker_pos)
        lead = re.sub(r"(?:\b[Tt]he)?\s*$", "", self.text[max(0, at - 8) : at]).rstrip()
        if not lead.endswith((",", "”", '"', "’")):
            return False
        s_end = self.sentences[self._sentence_at(cue.start, 0)][1]
        tail = self.text[max(cue.end, cue.speaker_pos) : s_end]
        return len(tail) <= 90 and not _COMPLEMENT.match(tail) and not _VERB.search(tail)

    @staticmethod
    def _distance(cue: _Cue, f_start: int, f_end: int) -> int:
        if cue.end <= f_start:
            return f_start - cue.end
        if cue.start >= f_end:
            return cue.start - f_end
        return 0

    # ------------------------------------------------------------ quotes

    def _quote_spans(self) -> list[tuple[int, int]]:
        """(start, end) of quoted passages, quotation marks included; quotes never cross a paragraph."""
        if self._quotes is not None:
            return self._quotes
        spans: list[tuple[int, int]] = []
        first = self.sentences[0][0] if self.sentences else 0
        last = self.sentences[-1][1] if self.sentences else 0
        pos = first
        for para in self.text[first:last].split("\n"):
            open_at: int | None = None
            opener = ""
            for m in _QUOTE_CHARS.finditer(para):
                ch = '"' if m.group() == "''" else m.group()
                if open_at is None:
                    if ch in ("”", "»", "’"):
                        continue
                    open_at, opener = pos + m.start(), ch
                elif ch == _OPEN_CLOSE.get(opener) or (opener != "‘" and ch in ('"', "“", "”", "»", "„")):
                    if ch == "„" and opener != "„":
                        continue
                    spans.append((open_at, pos + m.end()))
                    open_at = None
            if open_at is not None and opener != "‘":
                spans.append((open_at, pos + len(para)))  # a quote running to the end of its paragraph
            pos += len(para) + 1
        self._quotes = spans
        return spans

    def _quote_containing(self, pos: int) -> tuple[int, int] | None:
        spans = self._quote_spans()
        if self._quote_starts is None:
            self._quote_starts = [q_start for q_start, _ in spans]
        i = bisect.bisect_left(self._quote_starts, pos) - 1  # the last quote opening before pos
        return spans[i] if i >= 0 and pos < spans[i][1] else None

    def _quote_around(self, start: int, end: int) -> tuple[int, int] | None:
        quote = self._quote_containing(start)
        if quote is None or end > quote[1]:
            return None
        if len(self.text[quote[0] : quote[1]].split()) < 4:
            return None  # scare quotes around a name or phrase
        return quote

    def _in_quote(self, pos: int) -> bool:
        quote = self._quote_containing(pos)
        return quote is not None and pos < quote[1] - 1

    def _quote_speaker(self, index: int, quote: tuple[int, int]) -> Who | None:
        q_start, q_end = quote
        end_index = self._sentence_at(q_end - 1, index)
        start_index = self._sentence_at(q_start, index)
        self._analyse_to(end_index)
        # after the closing mark: “...,” he told DW / “...“, says Yakov Zinberg
        for c in self._analysed[end_index].cues:
            if c.kind == "verb" and c.speaker and q_end <= c.start <= q_end + 12:
                between = self.text[q_end : min(c.start, c.speaker_pos)]
                if len(between) <= 60 and not any(ch in between for ch in '.!?"“”„«»'):
                    return Who(c.speaker, "direct quote", c.verb)
        for c in self._analysed[end_index].cues:
            if c.kind in ("verb", "according") and c.speaker and q_end <= min(c.start, c.speaker_pos) <= q_end + 40:
                return Who(c.speaker, "direct quote", c.verb)
        # before the opening mark: Lange warns: “...” / Zinberg said that “...”
        for c in reversed(self._analysed[start_index].cues):
            if c.kind in ("verb", "according") and c.speaker and c.end <= q_start and q_start - c.end <= 40:
                return Who(c.speaker, "direct quote", c.verb)
        for c in reversed(self._analysed[start_index].cues):
            # "X's office said in May that Pyongyang was preparing "an additional ..."": the sentence's speaker
            if c.kind == "verb" and c.speaker and c.end <= q_start and not self._in_quote(c.start):
                return Who(c.speaker, "direct quote", c.verb)
        if not self._opens_sentence(q_start, start_index):
            return None  # a phrase quoted inside the outlet's own sentence: no earlier speaker continues
        speaker = self._recent_speaker(start_index, 2)
        if speaker is not None:
            return Who(speaker, "direct quote", None)
        return None

    def _opens_sentence(self, q_start: int, index: int) -> bool:
        """Whether a quote starts its sentence (a speaker's continuing quote, not a phrase inside a sentence)."""
        lead = self.text[self.sentences[index][0] : q_start].strip(" \t\n-–—•*")
        return not lead or lead.endswith(":")

    def _sentence_at(self, pos: int, hint: int = 0) -> int:
        """Index of the sentence holding ``pos`` (or the last one starting before it)."""
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def _entry_start(self, pos: int) -> int:
        """Where the live-blog entry holding ``pos`` starts (0 outside live blogs)."""
        i = bisect.bisect_right(self._entries, pos) - 1
        return self._entries[i] if i >= 0 else 0

    def _recent_speaker(self, index: int, back: int) -> str | None:
        floor = self._entry_start(self.sentences[index][0])
        for i in range(index - 1, max(-1, index - 1 - back), -1):
            if self.sentences[i][1] <= floor:
                return None
            if self._analysed[i].last_speaker:
                return self._analysed[i].last_speaker
        return None

    # ------------------------------------------------------------ sentence analysis

    def _analyse_to(self, index: int) -> None:
        while len(self._analysed) <= min(index, len(self.sentences) - 1):
            self._analysed.append(self._analyse(len(self._analysed)))

    def _analyse(self, index: int) -> _Sentence:
        s_start, s_end = self.sentences[index]
        result = _Sentence()
        self._current = result.cues
        mentions = self.actors.in_sentence(index)
        if (
            mentions
            and mentions[0].start <= s_start + 1
            and _HEADLINE_SPEAKER.match(self.text, mentions[0].end)
            and self._may_speak(mentions[0])
        ):
            # a headline or live-blog entry "Budanov: North Korea has lost about 4,000 soldiers"
            self._add_cue(
                _Cue(
                    mentions[0].end, mentions[0].end + 1, ":", "verb", self._source_name(mentions[0]), mentions[0].start
                )
            )
        kind_head = _KIND_HEADLINE.match(self.text, s_start, s_end)
        if kind_head:  # a headline "Seoul think tank: North Korea may send 30,000 more troops"
            speaker = self._described_actor(kind_head.group("place"), kind_head.group("kind").lower())
            if speaker:
                self._add_cue(_Cue(kind_head.end() - 1, kind_head.end(), ":", "verb", speaker, s_start))
        if mentions and _TRAILING_SOURCE.fullmatch(self.text, mentions[-1].end, s_end):
            dash = _HEADLINE_DASH.search(self.text, max(s_start, mentions[-1].start - 4), mentions[-1].start)
            if dash:  # a headline "North Korea has lost 4,000 troops in Kursk – Zelensky"
                last = mentions[-1]
                self._add_cue(
                    _Cue(dash.start(), dash.end(), dash.group().strip(), "verb", self._source_name(last), last.start)
                )
        low = self.text[s_start:s_end].lower()
        for mention in mentions:
            owned = _OWNED_ESTIMATE.match(self.text, mention.end, s_end)
            if owned is None and _DETERMINER_BEFORE.search(self.text, max(s_start, mention.start - 12), mention.start):
                owned = _PRENOMINAL_DOC.match(self.text, mention.end, s_end)  # "an ISW analysis", "a new CIA report"
            if owned:  # "by the Pentagon's count", "Kyiv's latest estimate of 5 million"
                self._add_cue(
                    _Cue(
                        mention.start,
                        owned.end(),
                        owned.group("noun"),
                        "according",
                        self._source_name(mention),
                        mention.start,
                    )
                )
        for m in _OWNER_DOC.finditer(self.text, s_start, s_end) if _has(low, _OWNER_HINTS) else ():
            if m.group("pron"):
                if m.group("doc") in ("numbers", "data", "count", "post", "update"):
                    continue  # "their numbers grew to 12,000": the troops' numbers, not an estimate
                p = m.group("pron").lower()
                owner = self._resolve_pronoun({"its": "it", "their": "they", "his": "he", "her": "she"}[p], m.start())
            else:
                owner = self._resolve_definite(m.group("np"), m.group("noun").lower(), m.start())
            if owner:
                self._add_cue(_Cue(m.start(), m.end(), m.group("doc"), "according", owner, m.start()))
        for m in _AS_SAYING.finditer(self.text, s_start, s_end) if " as " in low else ():
            speaker, pos = self._speaker_before(index, mentions, s_start, m.start())
            if speaker is not None:
                self._add_cue(_Cue(m.start(), m.end(), "as saying", "verb", speaker, pos))
        for m in _VERB.finditer(self.text, s_start, s_end):
            verb = m.group()
            if any(x.start <= m.start() < x.end for x in mentions):
                continue  # "Western intelligence reports suggest": "reports" is part of the name
            if _NEGATION.search(self.text, max(s_start, m.start() - 25), m.start()) or _NOTHING.match(
                self.text, m.end(), s_end
            ):
                continue  # "has not confirmed", "has said nothing about"
            if _IMPERSONAL.search(self.text, max(s_start, m.start() - 20), m.start()):
                # "It is estimated that ...": nobody in particular
                self._add_cue(_Cue(m.start(), m.end(), verb, "reported", None, m.start()))
                continue
            if (
                verb != "quoted"
                and verb.endswith(("ed", "thought", "said", "told", "put"))
                and _PASSIVE_AUX.search(self.text, max(s_start, m.start() - 30), m.start())
            ):
                continue  # the agent of a passive comes after "by" (a passive-by cue), a report otherwise
            speaker, pos = self._speaker_before(index, mentions, s_start, m.start())
            if speaker is None and verb in _INVERTIBLE:
                speaker, pos = self._speaker_after(mentions, s_start, m.start(), m.end(), s_end)
            if speaker is None and verb in ("reports", "report") and self._reports_noun(s_start, m.start()):
                continue
            briefed = _BRIEFED_AFTER.match(self.text, m.end(), s_end) if speaker is not None else None
            if briefed:
                source, at = self._named_after(index, mentions, briefed.end(), s_end)
                if source:  # "lawmakers said after being briefed by the NIS"
                    speaker, pos = source, at
            if speaker is not None:
                self._add_cue(_Cue(m.start(), m.end(), verb, "verb", speaker, pos))
        # cheap substring tests first: most sentences hold none of these cues
        according = _ACCORDING.finditer(self.text, s_start, s_end) if _has(low, _ACCORDING_HINTS) else ()
        for m in according:
            if _PASSIVE_QUOTED.search(self.text, max(s_start, m.start() - 8), m.end()):
                continue  # "he was quoted by Yonhap as saying": he is the speaker (a verb cue)
            speaker, pos = self._named_after(index, mentions, m.end(), s_end)
            kind = "according" if m.group().lower().startswith(("according", "by", "in the", "as", "per")) else "citing"
            self._add_cue(_Cue(m.start(), m.end(), m.group(), kind, speaker, pos))
        for m in _PASSIVE_BY.finditer(self.text, s_start, s_end) if " by " in low else ():
            speaker, pos = self._named_after(index, mentions, m.end(), s_end)
            if speaker:  # "estimated at 10,000 to 12,000 soldiers by Seoul"
                self._add_cue(_Cue(m.start(), m.end(), m.group().split()[0] + " by", "according", speaker, pos))
        for m in _ORIGIN.finditer(self.text, s_start, s_end) if _has(low, _ORIGIN_HINTS) else ():
            speaker, pos = self._named_after(index, mentions, m.end(), s_end)
            if speaker:
                self._add_cue(_Cue(m.start(), m.end(), m.group(), "origin", speaker, pos))
        for m in _REPORTEDLY.finditer(self.text, s_start, s_end) if _has(low, _REPORTEDLY_HINTS) else ():
            speaker = None
            if m.group().lower().startswith("reports"):
                speaker, _ = self._speaker_before(index, mentions, s_start, m.start(), pronouns=False)
            if speaker is None and m.group().startswith("reportedly"):
                speaker = self._recent_speaker_in_paragraph(index)
            self._add_cue(_Cue(m.start(), m.end(), m.group(), "reported", speaker, m.start()))
        result.cues.sort(key=lambda c: c.start)
        spoken = [
            c
            for c in result.cues
            if c.speaker and c.kind in ("verb", "citing", "according") and not self._in_quote(c.start)
        ]
        if spoken:
            result.last_speaker = spoken[-1].speaker
        self._current = []
        return result

    def _may_speak(self, mention: Mention) -> bool:
        """A place speaks only as a country or its capital ("Kursk: 3,000 troops ..." is a place line)."""
        info = self.actors.info(mention.name)
        return info is None or info.kind != "place" or self._country_of(mention.name) is not None

    def _described_actor(self, place: str | None, kind: str) -> str | None:
        """The article's actor that "Seoul think tank" describes, else the description ("South Korean think tank")."""
        country = None
        for word in (place or "").split():
            country = country or self._country_of(word.strip(",")) or self._country_of(place.strip())
        if place and not country:
            words = place.split()
            pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
            country = next((c for c in map(self._country_of, pairs) if c), None)
        think_tank = kind.startswith(("think", "institute", "research"))
        for i in range(len(self.sentences)):
            for m in self.actors.in_sentence(i):
                info = self.actors.info(m.name)
                if info is None or info.kind != "organisation" or (country and info.country not in (None, country)):
                    continue
                if think_tank and (info.type == "think tank" or _THINK_TANK.search(info.name.lower())):
                    return m.name
                if not think_tank and info.type == "intelligence":
                    return m.name
        if place and not country and place[:1].isupper():
            return None
        name = f"{self._demonym(country)} {kind}" if country else kind
        self.actors.ensure(name, "organisation")
        return name

    def _add_cue(self, cue: _Cue) -> None:
        self._current.append(cue)
        if cue.speaker and cue.kind in ("verb", "citing", "according") and not self._in_quote(cue.start):
            info = self.actors.info(cue.speaker)
            if info is not None and info.kind == "person":
                bisect.insort(self._people_spoken, (cue.start, cue.speaker))

    def _recent_speaker_in_paragraph(self, index: int) -> str | None:
        s_start = self.sentences[index][0]
        para_start = self.text.rfind("\n", 0, s_start)
        for i in range(index - 1, -1, -1):
            if self.sentences[i][1] <= para_start:
                return None
            if self._analysed[i].last_speaker:
                return self._analysed[i].last_speaker
        return None

    def _reports_noun(self, s_start: int, pos: int) -> bool:
        return bool(
            re.search(r"\b(?:[Tt]he|[Ii]ntelligence|[Mm]edia|[Nn]ews|[Pp]ress|[Ss]ome)\s+$", self.text[s_start:pos])
        )

    def _source_name(self, mention: Mention) -> str:
        info = self.actors.info(mention.name)
        if info is not None and info.government_of:
            self.actors.ensure(info.government_of, "place")
            return info.government_of
        return mention.name

    def _subject_end(self, s_start: int, pos: int) -> int:
        """Where the subject of a verb at ``pos`` ends, skipping adverbs, dates and appositives."""
        text = self.text
        s_start = max(s_start, pos - 400)  # a subject is near its verb (and long sentences stay linear)
        while pos > s_start:
            stripped = text[s_start:pos].rstrip()
            p = s_start + len(stripped)
            if p < pos:
                pos = p
                continue
            if stripped.endswith(")"):
                open_at = stripped.rfind("(")
                if open_at < 0:
                    break
                pos = s_start + open_at
                continue
            if stripped.endswith(("—", "–", " -")):
                # "The NIS — which has a mixed record — said": skip the aside between dashes
                open_at = max(stripped.rfind("—", 0, len(stripped) - 1), stripped.rfind("–", 0, len(stripped) - 1))
                if open_at < 0:
                    break
                pos = s_start + open_at
                continue
            if stripped.endswith(","):
                app = _APPOSITIVE.search(stripped)
                aside = _RELATIVE_ASIDE.search(stripped)
                if aside and (app is None or aside.start() < app.start()) and not _SAID.search(aside.group()):
                    app = aside
                pos = s_start + (app.start() if app else len(stripped) - 1)
                continue
            word_start = max(stripped.rfind(" "), stripped.rfind("\u00a0")) + 1
            word = stripped[word_start:]
            low = word.lower().strip(".")
            if low in _FILLER or low in _DAYS_MONTHS or low.isdigit() or re.fullmatch(r"\d+(?:st|nd|rd|th)?,?", low):
                pos = s_start + word_start
                continue
            break
        return pos

    def _speaker_before(
        self, index: int, mentions: list[Mention], s_start: int, verb_start: int, pronouns: bool = True
    ) -> tuple[str | None, int]:
        person = self._person_with_appositive(mentions, s_start, verb_start)
        if person is not None:
            return self._source_name(person), person.start
        end = self._subject_end(s_start, verb_start)
        for c in reversed(self._current):
            if c.kind == "according" and c.speaker and c.start < end <= c.end <= verb_start:
                return None, end  # "Its latest estimates put the number at": the owner's document cue speaks
        relative = _RELATIVE.search(self.text, max(s_start, end - 12), end)
        if relative:  # "the National Intelligence Service, which told lawmakers ...": the antecedent
            for m in reversed(mentions):
                if m.end <= relative.start() and _ANTECEDENT_TAIL.fullmatch(self.text, m.end, relative.start()):
                    return self._source_name(m), m.start
        for m in reversed(mentions):
            if m.end < end and m.kind == "person" and _PERSON_STAFF.fullmatch(self.text, m.end, end):
                return self._source_name(m), m.start  # "President Zelensky's office said": the person's own claim
            if m.end == end or (m.end < end and re.fullmatch(r"['’]s?", self.text[m.end : end] or "x")):
                if self._in_quote(m.start) and not self._in_quote(verb_start):
                    break
                pre = self.text[max(s_start, m.start - 30) : m.start]
                if (
                    _PREPOSITION_BEFORE.search(pre)
                    and not _REPORT_PREP.search(pre)
                    and not (_MEMBER_PREP.search(pre) and m.kind == "organisation")
                ):
                    break  # "documents leaked to Ukrainian media suggest": an object, not the speaker
                return self._coordinated(mentions, m)
            if m.end < end:
                break
        before = self.text[max(s_start, end - 80) : end]
        if pronouns:
            p = _PRONOUN.search(before)
            if p:
                return self._resolve_pronoun(p.group("p").lower(), end), end
        new_person = _DEFINITE_OF.search(before)
        if new_person and not any(m.end == end for m in mentions):
            # "The commander of a Ukrainian drone unit, who ..., said": someone new, described by role
            name = self._np_name(new_person.group("np")) or new_person.group("noun").lower()
            self.actors.ensure(name, "person")
            return name, end - len(before) + new_person.start("np")
        d = _DEFINITE.search(before)
        if d and not _PREPOSITION_BEFORE.search(before, 0, d.start("np")):
            if d.group("noun").lower() in ("report", "study", "assessment", "analysis"):
                by = re.compile(r"\bby\s+").search(self.text, end, verb_start)
                if by:  # "The report, released by the ISW on Monday, said": its author
                    author, pos = self._named_after(index, mentions, by.end() - 1, verb_start)
                    if author:
                        return author, pos
            return self._resolve_definite(d.group("np"), d.group("noun").lower(), end), end
        described = _INDEFINITE_ORG.search(before)
        if described and not _PREPOSITION_BEFORE.search(before, 0, described.start()):
            # "..., a South Korean state-run think tank said": the article's think tank
            speaker = self._described_actor(described.group("mods"), described.group("kind").lower())
            if speaker:
                return speaker, end - len(before) + described.start()
        chains = list(_CHAIN.finditer(self.text, max(s_start, verb_start - 160), verb_start))
        chain = chains[-1] if chains else None
        after_chain = self.text[chain.end() : verb_start].rstrip().rstrip(",") if chain else ""
        if chain is not None and not any(ch in after_chain for ch in ',;"“”„«»'):
            lead = self.text[max(s_start, chain.start() - 60) : chain.start()]
            if len(re.split(r"[,;:]", lead)[-1].split()) <= 6:
                speaker, at = self._named_after(index, mentions, chain.end(), verb_start)
                if speaker:  # "a lawmaker briefed by the spy agency said": the agency
                    return speaker, at
        n = _NEW_NP.search(before)
        if n is None:
            # "A Ukrainian soldier who fought near Sudzha told CNN": the noun phrase before "who"
            who = _NP_WHO.search(self.text, max(s_start, end - 240), end)
            if who:
                name = self._np_name(who.group("np"))
                if name:
                    self.actors.ensure(name, "person" if not who.group("np").endswith("s") else "group")
                    return name, end
        pre = before[: n.start("np")] if n else ""
        if n and (not _PREPOSITION_BEFORE.search(pre) or _REPORT_PREP.search(pre)):
            np_start = end - len(before) + n.start("np")
            inside = [m for m in mentions if np_start <= m.start and m.end <= end and m.kind == "organisation"]
            if inside:  # "Pyongyang's official KCNA news agency said": the organisation named inside
                return self._source_name(inside[-1]), inside[-1].start
            name = self._np_name(n.group("np"))
            if name:
                noun = n.group("noun").lower()
                self.actors.ensure(name, "group" if noun.endswith("s") and noun != "press" else "person")
                return name, np_start
        whole = self.text[max(s_start, verb_start - 80) : verb_start].rstrip()
        d = _DEFINITE.search(whole) if whole.endswith(("report", "statement", "briefing", "post")) else None
        if d and not _PREPOSITION_BEFORE.search(whole, 0, d.start("np")):
            # "the report said": a document noun the filler words skipped is the subject itself
            return self._resolve_definite(d.group("np"), d.group("noun").lower(), end), end
        return None, end

    def _coordinated(self, mentions: list[Mention], last: Mention) -> tuple[str, int]:
        """The subject ending with ``last``: in "Kyiv and Seoul say" the first of the coordinated actors.

        Each of them asserts the figure; the first one named stands for all (a group named
        "Ukraine and South Korea" would be a new actor no other article or reader uses).
        """
        i = mentions.index(last)
        members = [last]
        link = _AND
        while (
            i > 0
            and link.fullmatch(self.text, mentions[i - 1].end, members[0].start)
            and self._may_speak(mentions[i - 1])
        ):
            i -= 1
            members.insert(0, mentions[i])
            link = _COMMA  # "A, B and C": "and" before the last one, commas before the others
        return self._source_name(members[0]), members[0].start

    def _person_with_appositive(self, mentions: list[Mention], s_start: int, verb_start: int) -> Mention | None:
        """ "Kyrylo Budanov, the head of Ukraine's military intelligence agency, HUR, told ...": the person."""
        for m in mentions:
            if m.end >= verb_start:
                break
            info = self.actors.info(m.name)
            if info is None or info.kind != "person":
                continue
            between = self.text[m.end : verb_start]
            if (_PERSON_APPOSITIVE.fullmatch(between) or _PERSON_OF.fullmatch(between)) and not _VERB.search(between):
                return m
        return None

    def _np_name(self, np: str) -> str | None:
        """A readable name for an unnamed source: "a Seoul lawmaker" -> "South Korean lawmaker"."""
        one_of = re.match(r"[Oo]ne\s+of\s+the\s+", np)
        if one_of:  # "one of the prisoners" -> "prisoner"
            np = re.sub(r"(?<=[a-rt-z])s$", "", np[one_of.end() :])
            return np if np else None
        official = re.fullmatch(r"(?i:senior\s+)?(?i:officials|authorities)\s+(?:in|from)\s+(?P<place>.+?)", np)
        if official and self._country_of(official.group("place")):
            country = self._country_of(official.group("place"))
            self.actors.ensure(country, "place")
            return country  # "officials in Seoul" speak for South Korea, as "South Korean officials" do
        np = re.sub(r"\s+(?:with|of)\s+(?:the\s+)?\S.*$", "", np) if not re.search(r"\bfamiliar with\b", np) else np
        familiar = re.match(r"(?P<head>.+?)\s+familiar\s+with\b", np)
        if familiar and len([w for w in familiar.group("head").split() if w.lower() not in _NP_DROP]) > 1:
            np = familiar.group("head")  # "a US official familiar with ..." -> US official
        words = np.split()
        while words and words[0].lower() in _NP_DROP:
            words.pop(0)
        if not words or (len(words) == 1 and words[0].lower() not in _BARE_SOURCES):
            return None
        if len(words) == 1:
            return words[0].lower()
        qualifier = words[0]
        country = self._country_of(qualifier)
        if country and len(words) > 1:
            words[0] = self._demonym(country)
        elif re.fullmatch(_SOURCE_NOUNS, qualifier.lower()):
            words[0] = qualifier.lower()  # "People familiar with ..." opened a sentence
        return " ".join(words)

    def _country_of(self, word: str) -> str | None:
        gaz = gazetteer()
        bare = re.sub(r"['’]s$", "", word)
        if word in gaz.demonyms:
            return gaz.demonyms[word]
        entry = gaz.by_surface.get(bare)
        if entry is None:
            return None
        if entry.government_of:
            return entry.government_of
        return entry.name if entry.name in set(gaz.demonyms.values()) else None

    @staticmethod
    def _demonym(country: str) -> str:
        if country in _SHORT_DEMONYMS:
            return _SHORT_DEMONYMS[country]
        for adjective, name in gazetteer().demonyms.items():
            usable = adjective[0].isupper() and adjective not in ("U.S.", "UK", "Kremlin", "Pentagon")
            if name == country and usable and not gazetteer().by_surface.get(adjective):
                return adjective
        return country

    def _speaker_after(
        self, mentions: list[Mention], s_start: int, verb_start: int, verb_end: int, s_end: int
    ) -> tuple[str | None, int]:
        before = self.text[max(s_start, verb_start - 4) : verb_start].rstrip()
        if before and before[-1] not in ',"“”„«»’:—–-' and verb_start - s_start > 3:
            return None, verb_end
        window = self.text[verb_end : min(s_end, verb_end + 70)]
        pronoun = re.match(r"\s+(he|she|they)\b", window)
        if pronoun:
            return self._resolve_pronoun(pronoun.group(1), verb_start), verb_end
        first: Mention | None = None
        for m in mentions:
            if m.start < verb_end:
                continue
            between = self.text[verb_end : m.start]
            if len(between) > 60 or any(ch in between for ch in ',;"“”„«»()'):
                break
            if first is None:
                near = between.strip() in ("", "the", "The") or re.fullmatch(r"\s+(?:[\w’'.-]+\s+){0,4}", between)
                if not near:
                    break
                first = m
            info = self.actors.info(m.name)
            if info is not None and info.kind == "person":
                return self._source_name(m), m.start
        if first is not None and self.text[verb_end : first.start].strip() in ("", "the", "The"):
            return self._source_name(first), first.start
        n = _NP_AFTER.match(window)
        if n and n.group("np").split()[0].lower() in _NP_DROP:  # "said a senior US official"
            name = self._np_name(n.group("np"))
            if name:
                self.actors.ensure(name, "group" if n.group("np").endswith("s") else "person")
                return name, verb_end
        return None, verb_end

    def _owned(self, mentions: list[Mention], i: int) -> Mention:
        """ "Ukraine's Centre for Countering Disinformation": the organisation, not its country."""
        m = mentions[i]
        if i + 1 < len(mentions) and re.fullmatch(r"['’]s\s+(?:the\s+)?", self.text[m.end : mentions[i + 1].start]):
            info = self.actors.info(mentions[i + 1].name)
            if info is not None and info.kind != "place":
                return mentions[i + 1]
        return m

    def _named_after(
        self, index: int, mentions: list[Mention], pos: int, s_end: int, depth: int = 0
    ) -> tuple[str | None, int]:
        chain = _CHAIN.search(self.text, pos, min(s_end, pos + 70)) if depth < 3 else None
        if chain and not any(ch in self.text[pos : chain.start()] for ch in '.;"“”„«»'):
            speaker, at = self._named_after(index, mentions, chain.end(), s_end, depth + 1)
            if speaker:  # "citing a lawmaker briefed by the spy agency": the agency
                return speaker, at
        doc = _DOC_BY.match(self.text, pos, s_end) if depth < 3 else None
        if doc:  # "according to the latest assessment shared with reporters by Ukraine's military intelligence"
            speaker, at = self._named_after(index, mentions, doc.end(), s_end, depth + 1)
            if speaker:
                return speaker, at
        window = self.text[pos : min(s_end, pos + 60)]
        within = _SOURCES_IN.match(window)
        if within:  # "sources in the Russian military" -> Russian military sources
            at = pos + within.end()
            for m in mentions:
                if m.start == at:
                    info = self.actors.info(m.name)
                    owner = self._demonym(m.name) if info is not None and info.kind == "place" else m.name
                    name = f"{owner} {within.group('noun')}"
                    self.actors.ensure(name, "group")
                    return name, m.start
        unnamed = _NP_AFTER.match(window)
        if unnamed and re.match(r"\s+(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)\s", window):
            # "according to a US official familiar with ...": an unnamed source, not the country
            name = self._np_name(unnamed.group("np"))
            if name:
                self.actors.ensure(name, "group" if unnamed.group("np").endswith("s") else "person")
                return name, pos
        for i, m in enumerate(mentions):
            if m.start < pos:
                continue
            between = self.text[pos : m.start]
            if len(between) > 45 or any(ch in between for ch in ',;"“”„«»'):
                break
            return self._source_name(self._owned(mentions, i)), m.start
        pronoun = re.match(r"\s+(him|her|them|it|his|its|their)\b", window)
        if pronoun:  # "according to him", "according to his estimates"
            p = {"him": "he", "her": "she", "them": "they", "it": "it", "his": "he", "its": "it", "their": "they"}
            return self._resolve_pronoun(p[pronoun.group(1)], pos), pos
        d = re.match(
            rf"\s+(?P<np>the\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_OUTLET_NOUNS}|{_PERSON_NOUNS}|{_ORG_NOUNS}))\b", window
        )
        if d:
            who = self._resolve_definite(d.group("np"), d.group("noun").lower(), pos)
            if who:
                return who, pos
        n = _NP_AFTER.match(window)
        if n:
            name = self._np_name(n.group("np"))
            if name:
                self.actors.ensure(name, "group")
                return name, pos
        return None, pos

    # ------------------------------------------------------------ reference resolution

    def _recent_mentions(self, pos: int, sentences_back: int = 6):
        """Mentions before ``pos``, most recent first, outside quotes."""
        i = self._sentence_at(pos, 0)
        floor = self._entry_start(pos)
        for j in range(i, max(-1, i - sentences_back - 1), -1):
            for m in reversed(self.actors.in_sentence(j)):
                if m.start < floor:
                    return
                if m.start < pos and not self._in_quote(m.start):
                    yield m

    def _resolve_pronoun(self, pronoun: str, pos: int) -> str | None:
        if pronoun in ("he", "she"):
            floor = self._entry_start(pos)
            spoken = self._people_spoken[
                bisect.bisect_left(self._people_spoken, (floor, "")) : bisect.bisect_left(
                    self._people_spoken, (pos, "")
                )
            ]
            introduced = self._introduced_person(spoken[-1][0] if spoken else floor, pos)
            if introduced is not None:
                return introduced  # "A battery commander ... described the assault. He said ..."
            named = next(
                (m for m in self._recent_mentions(pos) if (info := self.actors.info(m.name)) and info.kind == "person"),
                None,
            )
            if named is not None and (not spoken or (named.start > spoken[-1][0] and self._is_subject(named))):
                return named.name  # the subject of a sentence after the last speaker: "X, a general, disagreed. He ..."
            if spoken:
                return spoken[-1][1]
            return named.name if named is not None else None
        # "it" / "they": the last organisation or group that spoke, else the last one named
        i = self._sentence_at(pos, 0)
        earlier = [self._current] + [
            self._analysed[j].cues for j in range(min(i, len(self._analysed)) - 1, max(-1, i - 4), -1)
        ]
        floor = self._entry_start(pos)
        for cues in earlier:
            for c in reversed(cues):
                info = self.actors.info(c.speaker) if c.speaker else None
                if info is not None and info.kind != "person" and floor <= c.start < pos:
                    return c.speaker
        for m in self._recent_mentions(pos, 4):
            info = self.actors.info(m.name)
            if info is not None and info.kind in ("organisation", "group"):
                return m.name
        return None

    def _introduced_person(self, since: int, pos: int) -> str | None:
        """An unnamed person introduced as a sentence's subject between ``since`` and ``pos`` ("A medic ...")."""
        intros = list(_PERSON_INTRO.finditer(self.text, since, pos))
        found = intros[-1] if intros else None
        if found is None or any(
            m.start > found.start() and (info := self.actors.info(m.name)) is not None and info.kind == "person"
            for m in self._recent_mentions(pos)
        ):
            return None  # a named person came after the description
        name = self._np_name(found.group("np")) or found.group("np").split()[-1].lower()  # "A soldier" -> soldier
        self.actors.ensure(name, "person")
        return name

    def _is_subject(self, mention: Mention) -> bool:
        """Whether ``mention`` opens its sentence (a sentence's subject is who a later "he" means)."""
        i = self._sentence_at(mention.start, 0)
        lead = self.text[self.sentences[i][0] : mention.start]
        return len(lead.split()) <= 4 and not any(ch in lead for ch in ',"“”„«»')

    def _recent_actors(self, pos: int, sentences_back: int = 6) -> list[str]:
        """Actors named or speaking before ``pos`` (outside quotes), most recent first."""
        i = self._sentence_at(pos, 0)
        found: list[tuple[int, str]] = []
        for j in range(i, max(-1, i - sentences_back - 1), -1):
            cues = self._current if j == i else self._analysed[j].cues if j < len(self._analysed) else []
            found.extend((c.speaker_pos, c.speaker) for c in cues if c.speaker and c.speaker_pos < pos)
            found.extend(
                (m.start, m.name) for m in self.actors.in_sentence(j) if m.start < pos and not self._in_quote(m.start)
            )
        floor = self._entry_start(pos)
        found.sort(reverse=True)
        return [name for at, name in found if at >= floor]

    def _resolve_definite(self, np: str, noun: str, pos: int) -> str | None:
        """The actor a definite description refers back to ("the agency", "the diplomat", "the newspaper")."""
        person_noun = bool(re.fullmatch(_PERSON_NOUNS, noun))
        if noun in ("report", "study", "assessment", "analysis", "estimate"):

            def wanted(info: ActorInfo) -> bool:  # a document's author: the last organisation discussed
                return info.kind == "organisation"
        elif re.fullmatch(_OUTLET_NOUNS, noun):

            def wanted(info: ActorInfo) -> bool:
                return info.type == "outlet"
        elif person_noun:

            def wanted(info: ActorInfo) -> bool:
                return info.kind == "person"
        else:
            words = set(np.lower().replace("defense", "defence").split()[1:])
            described = words - set(noun.split()) - {"the", "spy", "intelligence"}

            def wanted(info: ActorInfo) -> bool:
                if info.kind not in ("organisation", "group"):
                    return info.kind == "place" and noun in ("government", "country", "regime", "authorities")
                hay = f"{info.name} {info.type or ''} {' '.join(info.aliases)}".lower().replace("defense", "defence")
                if described and not described & set(re.findall(r"[a-z]+", hay)):
                    return False  # "the defence ministry" is not the unification ministry
                if noun in ("agency", "spy agency", "intelligence agency", "intelligence", "service"):
                    return info.type == "intelligence" or "agency" in hay or "intelligence" in hay
                if noun in ("think tank", "think-tank", "institute"):
                    return info.type == "think tank" or bool(_THINK_TANK.search(hay))
                return noun in hay or bool(words & set(hay.split()) - {"the"})

        # the most recent fitting actor, preferring one whose role or name carries the description's words
        # ("the Ukrainian president" -> Zelensky even when Kim Jong Un was named since)
        qualifiers = [w for w in re.findall(r"[a-z]+", np.lower())[1:] if w != noun]
        best: str | None = None
        best_score = -1
        recent = self._recent_actors(pos)
        if not person_noun and not any((info := self.actors.info(n)) is not None and wanted(info) for n in recent):
            recent = self._recent_actors(pos, len(self.sentences))  # "the agency" named ten sentences earlier
        for name in recent:
            info = self.actors.info(name)
            if info is None or not wanted(info):
                continue
            described = f"{info.role or ''} {info.name} {info.country or ''}".lower()
            score = (noun in described) + sum(w in described for w in qualifiers)
            if score > best_score:
                best, best_score = name, score
            if not person_noun or best_score == 1 + len(qualifiers):
                break
        if best is not None:
            info = self.actors.info(best)
            if info is not None and info.government_of:
                return info.government_of
            return best
        if person_noun:
            # no named antecedent: an earlier "a Ukrainian commander", else the description itself
            name = self._indefinite_antecedent(noun, pos) or " ".join(np.split()[1:])
            self.actors.ensure(name, "person")
            return name
        return None

    def _indefinite_antecedent(self, noun: str, pos: int) -> str | None:
        i = self._sentence_at(pos, 0)
        start = self.sentences[max(0, i - 3)][0]
        pattern = re.compile(rf"\b[Aa]n?\s+((?:{_NP_WORD}){{0,3}}?{re.escape(noun)})\b", re.I)
        found = list(pattern.finditer(self.text, start, pos))
        return self._np_name(found[-1].group(1)) if found else None
