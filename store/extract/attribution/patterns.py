"""Compiled patterns of attribution cues: speech and belief verbs, ``according to`` / ``citing``,
passive ``by`` agents, ``reportedly``, owned documents (``the ministry's estimate``) and headline speakers.

All are compiled once, at import.
"""

from __future__ import annotations

import re

from store.extract.actors import SPEECH_WORDS
from store.extract.actors.wordlists import first_char_alternation, trie_branches
from store.extract.attribution.phrases import ORG_NOUNS, PERSON_NOUNS

KIND_HEADLINE = re.compile(
    r"\s*(?P<place>(?:[A-Z][\w’'.-]+\s+){1,2})?(?P<kind>(?i:think[- ]tank|research institute|spy agency|"
    r"intelligence agency|military intelligence))\s*:\s+\S"
)
# "Y went further by announcing", "Y followed up by saying", "Y added to the tally by reporting", "Y went on to
# claim": the subject of the leading verb speaks the gerund's (or infinitive's) figures; the gerunds are speech
# words VERB finds on its own, so a sentence without one needs no second scan
_GERUND_LEAD = (
    r"(?:went|go(?:es|ing)?|follow(?:ed|s|ing)?|add(?:ed|s|ing)?|respond(?:ed|s)|counter(?:ed|s))\b"
    r"(?: on to (?:claim|report|announce|state|assert|estimate|reveal|suggest|warn|note|add)"
    r"|[^,.;:\"“”]{0,40}?\b(?:by|in)\s+(?:announcing|saying|reporting|claiming|stating|noting|"
    r"estimating|confirming|warning|adding|explaining))"
)
GERUND_LEAD = re.compile(rf"\b{_GERUND_LEAD}\b")
# The speech verbs, then these, in this order (an ordered alternation). "puts/gives the number" and "puts ... at":
_FIGURE_NOUN = (
    r" (?:the|a|an|its|their|these|those|new) (?:[a-z]+ )?(?:number|figure|toll|total|count|tally|estimate)s?"
)
_PUT_AT = r" (?=[^,.;:]{1,40}? at\b)"
_MORE_VERBS = [
    "suggest",
    "indicate",
    "show",
    "believe",
    "estimate",
    "claim",
    "assert",
    "report",
    "confirm",
    "warn",
    r"think(?![- ]tank)",
    "spoke of",
    "speak of",
    "spoke about",
    "insist",
    r"quoted(?= by)",
    r"calls(?! (?:for|on|up|in)\b)",
    "found",
    "finds",
    "showed",
    "shows",
    "detailed",
    "details",
    "outlined",
    "listed",
    "identified",
    "projected",
    "projects",
    "forecast",
    "forecasts",
    "recorded",
    "tallied",
    "documented",
    "specified",
    "went on to say",
    "goes on to say",
    r"published(?= (?:its|their|a|an|new|what|figures|data|estimates))",
    r"p(?:uts?|utting)" + _FIGURE_NOUN,
    r"g(?:ave|ives|ive|iving)" + _FIGURE_NOUN,
    r"p(?:uts?|utting)" + _PUT_AT,
]
# grouped by first letter (same matches as the plain alternation, about twice as fast: it runs on every sentence)
VERB = re.compile(
    rf"\b{first_char_alternation([*trie_branches(list(SPEECH_WORDS)), *((a[0], a[1:]) for a in _MORE_VERBS)])}\b"
)
ACCORDING = re.compile(
    r"\b(?:[Aa]ccording to|[Pp]er(?= (?:the )?[A-Z])|[Cc]iting|[Cc]ited by|cite|cites|cited|[Qq]uoting|quoted by|"
    r"quoted(?= [A-Z])|"
    r"[Bb]y (?:the )?(?:count|estimate|estimates|tally) of|in the words of|as (?:cited|reported) by)\b"
)
PASSIVE_QUOTED = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:quoted|cited)\s+by\b")
# "The NIS was cited by lawmakers as saying ...": the subject speaks
AS_SAYING = re.compile(r"\b(?:was|were|is|are)\s+cited\b[^.;\"“”]{0,60}?\bas\s+(?:saying|telling|stating)\b")
# "lawmakers said after being briefed by the NIS": the briefing agency is the source
BRIEFED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:after|when|following)\s+(?:being\s+|a\s+)?(?:briefed|briefing)\s+by(?=\s)"
)
PASSIVE_BY = re.compile(
    r"\b(?:estimated|put|given|reported|confirmed|cited|counted|claimed|assessed|judged|deemed|believed|thought|"
    r"calculated|tallied|recorded|documented|verified|considered|projected|forecast|predicted|told|briefed|informed)"
    r"\s+(?:at\s+|as\s+)?"
    r"(?:[^,.;:\"“”]|(?<=\d)[,.](?=\d)){0,50}?\bby\b"
)
ORIGIN = re.compile(
    r"\b(?:come|comes|came|originate|originates|originated) from|\b(?:provided|given|released|"
    r"published|supplied|compiled|put out|issued)(?:\s+to\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s+by"
)
REPORTEDLY = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|(?:is|are|was|were) (?:believed|thought|said|"
    r"reported|estimated) to|[Rr]eports (?:say|suggest|indicate|claim|show)|according to "
    r"(?:media )?reports|amid reports|there (?:are|were|have been) reports|reports that)\b"
)
NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|n't|cannot|declined to|refused to|denied|did not)\s*$")
OWNED_ESTIMATE = re.compile(
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
PRENOMINAL_DOC = re.compile(rf"\s+(?:(?:{_DOC_ADJECTIVES})\s+){{0,2}}(?P<noun>{_DOC_NOUNS})\b")
DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|latest|recent)\s+)?$")
IMPERSONAL = re.compile(r"\b[Ii]t\s+(?:is|was|has been|had been|is widely|was widely)\s+$")
# "is believed", "were estimated", "has been assessed": a passive verb's subject is what is talked about, not a speaker
PASSIVE_AUX = re.compile(
    r"\b(?:is|are|was|were|been|being|be|widely)\s+(?:(?:also|now|still|widely|generally|further)\s+)?$"
)
NOTHING = re.compile(r"\s+(?:nothing|little|no\s+(?:figures?|numbers?|details?|comment))\b")
# verbs that may come before their speaker ("..., said Andrew Yeo", "« ... », assures Kyrylo Budanov"); "told X"
# names the listener, and participles ("adding") never take a speaker after them
INVERTIBLE = frozenset(
    w for w in SPEECH_WORDS if not w.endswith("ing") and w not in ("told", "tells", "informed", "briefed", "posted")
)
# "the ministry's statement said", "its latest assessment found": the owner of the document is the claimant
OWNER_DOC = re.compile(
    rf"(?<![\w’'-])(?:(?P<np>[Tt]he\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>(?i:{ORG_NOUNS}|{PERSON_NOUNS})))['’]s?"
    rf"|(?P<pron>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))\s+(?:(?:{_DOC_ADJECTIVES})\s+){{0,2}}(?P<doc>{_DOC_NOUNS})\b"
)
# "a lawmaker briefed by the spy agency", "Yonhap, citing ...": the chain ends at the last source named
CHAIN = re.compile(r"\b(?:briefed by|citing|quoting|who cited)(?=\s)")
DOC_BY = re.compile(
    rf"\s+(?:the|a|an)\s+(?:(?:{_DOC_ADJECTIVES}|[a-z]+)\s+){{0,2}}(?:{_DOC_NOUNS})\b[^.;:\"“”]{{0,80}}?\b(?:by|from)(?=\s)"
)
TRAILING_SOURCE = re.compile(r"[\s.!?\"”’]*")
HEADLINE_DASH = re.compile(r"\s[–—-]\s+$")
HEADLINE_SPEAKER = re.compile(r"\s*[:–—]\s+\S")
# "The sources, coming from Kyiv and quoted by the press spoke of": a subject whose participial or relative
# aside is not closed by a comma before the main verb (the head before the first comma is the speaker)
UNCLOSED_ASIDE = re.compile(
    r"\s*(?P<head>(?:[Tt]he\s+|[A-Z])[^,;:\"“”„«»()]{1,80}),\s+"
    r"(?P<aside>(?:which|who|[a-z]+ing|[a-z]+ed|known|seen|given|shown|written|taken)\s[^,;:\"“”„«»()]{3,200})"
)
# the opening such a sentence needs (tested once per sentence before any verb is looked at)
ASIDE_OPENING = re.compile(
    r"\s*(?:[Tt]he\s+|[A-Z])[^,;:\"“”„«»()]{1,80},\s+(?:which|who|[a-z]+ing|[a-z]+ed|known|seen|given|shown|written|"
    r"taken)\s"
)
# a finite speech verb that can close such an aside; "quoted by", "briefed by" stay inside it
ASIDE_MAIN_VERB = re.compile(
    r"(?:said|says|warned|warns|reported|reports|claimed|claims|spoke of|speaks of|spoke about|told|tells|"
    r"announced|announces|stated|states|estimated|estimates|believes|believed|asserted|asserts|insisted|insists|"
    r"put|puts|wrote|writes|added|adds|confirmed|confirms|noted|notes|suggested|suggests)$"
)
# a second subject inside the aside ("..., citing Seoul and Tokyo said") ends it: "and" + a name or determiner
ASIDE_NEW_CLAUSE = re.compile(
    r"\b(?:while|whereas|but|although|though|because|as|when|after|before|since|if|that)\b|"
    r"\band\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|[A-Z]|he\b|she\b|they\b|it\b)"
)
