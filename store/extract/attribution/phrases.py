"""Noun phrases that name a speaker: person, organisation and outlet nouns, definite descriptions
(``the agency``), unnamed sources (``a senior US official``), pronouns and the filler words between a subject
and its verb.

All are compiled once, at import.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    """A set of words written as one string (word lists stay readable)."""
    return frozenset(text.split())


THINK_TANK = re.compile(r"\b(?:institute|institution|cent(?:er|re)|foundation|endowment|council|forum|think tank)\b")
FILLER = _words(
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
DAYS_MONTHS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
APPOSITIVE = re.compile(
    r",\s*(?:who|which|a|an|the|former|senior|then|now|also|himself|herself|in turn|for (?:his|her|its) part|"
    r"[A-Z][\w’'-]*['’]s|[a-z]+ (?:of|at|with|for)\b|in (?:a|an|his|her|its)\b|[a-z]+ing\b|[a-z]+ed by\b|based on\b)"
    r"(?:[^,\"“”„«»]|[\"“][^\"“”,]{1,20}[\"”]){0,160},\s*$"  # a call sign in quotes may sit inside
)
PRONOUN = re.compile(r"(?:^|\W)(?P<p>[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s*$")
PERSON_NOUNS = (
    r"diplomat|expert|analyst|researcher|professor|president|minister|official|lawmaker|legislator|spokes(?:man|woman|"
    r"person)|general|commander|leader|scholar|author|specialist|fellow|envoy|ambassador|secretary|chief|director|"
    r"head|source|officer|deputy|senator|premier|chancellor|adviser|advisor|historian|economist|defector|politician"
)
ORG_NOUNS = (
    r"spy agency|intelligence agency|agency|ministry|service|intelligence|military|army|office|institute|think[- ]tank|"
    r"council|government|department|directorate|committee|command|unit|staff|kremlin|pentagon|administration|"
    r"presidency|parliament|organisation|organization|group|alliance|bloc|regime|authorities|forces|country"
)
OUTLET_NOUNS = (
    r"newspaper|paper|daily|outlet|broadcaster|news agency|magazine|publication|channel|website|site|report|study|"
    r"assessment|analysis|estimate"
)
# a word inside a definite description ("the Ukrainian defence ministry"), never a clause word ("the briefing that")
_DESCRIPTION_WORD = r"(?!(?:the|that|which|who|and|or|said|says|to|of|by|in|on|at)\b)[\w’'-]+\s+"
DEFINITE = re.compile(
    rf"(?:^|\W)(?P<np>[Tt]he\s+(?:{_DESCRIPTION_WORD}){{0,3}}?(?P<noun>(?i:{OUTLET_NOUNS}|{PERSON_NOUNS}|{ORG_NOUNS})))"
    rf"\s*$"
)
DEFINITE_OF = re.compile(
    rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?P<np>[Tt]he\s+(?:{_DESCRIPTION_WORD}){{0,2}}?(?P<noun>(?i:commander|officer|soldier|"
    rf"medic|fighter|pilot|operator|sniper|gunner|serviceman|servicewoman|paratrooper|volunteer|head|chief))\s+"
    rf"(?:of|at|with|in|from)\s+(?:an?\s+)(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)\s*$"
)
PERSON_INTRO = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))\s*(?P<np>[Aa]n?\s+(?:[\w’'-]+\s+){{0,3}}?(?:{PERSON_NOUNS}|soldier|medic|fighter|"
    r"pilot|operator|sniper|gunner|serviceman|servicewoman|paratrooper|marine|volunteer|witness|resident))\b"
)
SOURCE_NOUNS = (
    r"sources?|officials|official|reports|estimates|data|intelligence|analysts|experts|observers|media|forces|unit|"
    r"units|lawmakers?|diplomats?|officers?|spokes(?:man|woman|person)|ministry|agency|command|service|services|"
    r"authorities|government|military|army|monitors|researchers|volunteers|bloggers|channels|outlets|commanders?|"
    r"soldiers?|residents?|defectors?|witness(?:es)?|analyst|expert|researcher|prisoners?|captives?|person|people"
)
# a piece of every SOURCE_NOUNS word, lower case: one must be in a text for the (case-insensitive) nouns to be
SOURCE_NOUN_HINTS = (
    "source",
    "official",
    "report",
    "estimate",
    "data",
    "intelligence",
    "analyst",
    "expert",
    "observer",
    "media",
    "force",
    "unit",
    "lawmaker",
    "diplomat",
    "officer",
    "spokes",
    "ministry",
    "agency",
    "command",
    "service",
    "authorities",
    "government",
    "military",
    "army",
    "monitor",
    "researcher",
    "volunteer",
    "blogger",
    "channel",
    "outlet",
    "soldier",
    "resident",
    "defector",
    "witness",
    "prisoner",
    "captive",
    "person",
    "people",
)
_SOURCE_ADJECTIVES = (
    r"diplomatic|military|intelligence|government|security|defen[cs]e|western|local|informed|multiple|other|senior|"
    r"top|anonymous|unnamed|police|regional|industry|medical|front-?line|knowledgeable|independent|official"
)
NP_WORD = r"(?!(?:to|of|by|from|with|that|which|who|and|or|as|is|are|was|were|has|have|had|said|says)\b)[\w’'.-]+\s+"
NEW_NP = re.compile(
    rf"(?<![\w’'.-])(?P<np>(?:[Oo]ne\s+of\s+the\s+(?:{NP_WORD}){{0,2}}?|(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome|[Aa]nother)\s+(?:{NP_WORD}){{0,4}}?|"
    rf"[A-Z][\w’'.-]*\s+(?:{NP_WORD}){{0,3}}?|(?:(?:{_SOURCE_ADJECTIVES})\s+){{1,2}}|)(?P<noun>(?i:{SOURCE_NOUNS}))"
    rf"(?:\s+(?:in|from|at|inside|within|close to|familiar with|near|with|of)\s+(?:the\s+)?"
    rf"(?:[\w’'-]+\s*){{1,3}}?)?)\s*$"
)
NP_AFTER = re.compile(
    rf"\s+(?P<np>(?:(?:[Aa]n?|[Tt]he|[Ss]ome|[Ss]everal|[Oo]ne|[Tt]wo)\s+)?(?:{NP_WORD}){{0,2}}(?i:{SOURCE_NOUNS})"
    rf"(?:\s+(?:in|from|at|inside|within|close to|familiar with|near)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*)+"
    rf"(?:province|region|oblast|city|county|district)?|\s+familiar\s+with\s+(?:the\s+)?[a-z]+)?)\b"
)
NP_WHO = re.compile(
    rf"(?<![\w’'.-])(?P<np>(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Aa]nother)\s+(?:{NP_WORD}){{0,3}}?"
    rf"(?i:{SOURCE_NOUNS})|(?:(?:{_SOURCE_ADJECTIVES}|[A-Z][\w’'.-]*)\s+){{0,2}}(?i:sources|officials|diplomats|analysts|"
    rf"experts|lawmakers|officers|commanders|soldiers)))\s+who\s+[^,;:\"“”]{{1,160}}$"
)
INDEFINITE_ORG = re.compile(
    r"(?<![\w’'-])[Aa]n?\s+(?P<mods>(?:[\w’'-]+\s+){0,4}?)(?P<kind>think[- ]tank|research institute|spy agency|"
    r"intelligence agency)\s*$"
)
BARE_SOURCES = _words("source sources official officials experts analysts observers researchers diplomats witnesses")
NP_DROP = _words(
    """
    a an one two several some another the separate senior top high-ranking anonymous unnamed
    """
)
