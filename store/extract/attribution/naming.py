"""Names for claimants: a place speaking as its government, countries and demonyms, unnamed sources
(``a Seoul lawmaker`` -> ``South Korean lawmaker``) and described organisations (``Seoul think tank``).
"""

from __future__ import annotations

import re

from store.extract.actors import Mention
from store.extract.attribution.base import AttributorState
from store.extract.attribution.phrases import BARE_SOURCES, NP_DROP, SOURCE_NOUNS, THINK_TANK
from store.extract.names import gazetteer

_POSSESSIVE_END = re.compile(r"['’]s$")
_ONE_OF_THE = re.compile(r"[Oo]ne\s+of\s+the\s+")
_PLURAL_S = re.compile(r"(?<=[a-rt-z])s$")
_OFFICIALS_IN = re.compile(r"(?i:senior\s+)?(?i:officials|authorities)\s+(?:in|from)\s+(?P<place>.+?)")
_WITH_OF_TAIL = re.compile(r"\s+(?:with|of)\s+(?:the\s+)?\S.*$")
_FAMILIAR_WITH = re.compile(r"\bfamiliar with\b")
_HEAD_FAMILIAR = re.compile(r"(?P<head>.+?)\s+familiar\s+with\b")
_SOURCE_NOUN = re.compile(SOURCE_NOUNS)
_SHORT_DEMONYMS = {"United States": "US", "United Kingdom": "UK"}


def country_of(word: str) -> str | None:
    """The country ``word`` names or speaks for: a demonym, a country, or a capital for its government."""
    gaz = gazetteer()
    bare = _POSSESSIVE_END.sub("", word)
    if word in gaz.demonyms:
        return gaz.demonyms[word]
    entry = gaz.by_surface.get(bare)
    if entry is None:
        return None
    if entry.government_of:
        return entry.government_of
    return entry.name if entry.name in set(gaz.demonyms.values()) else None


def demonym(country: str) -> str:
    """The adjective for ``country`` ("South Korean", "US"), else the country's own name."""
    if country in _SHORT_DEMONYMS:
        return _SHORT_DEMONYMS[country]
    for adjective, name in gazetteer().demonyms.items():
        usable = adjective[0].isupper() and adjective not in ("U.S.", "UK", "Kremlin", "Pentagon")
        if name == country and usable and not gazetteer().by_surface.get(adjective):
            return adjective
    return country


class Naming(AttributorState):
    """Claimant names for mentions, unnamed sources and described organisations (part of the Attributor)."""

    def _may_speak(self, mention: Mention) -> bool:
        """A place speaks only as a country or its capital ("Kursk: 3,000 troops ..." is a place line)."""
        info = self.actors.info(mention.name)
        return info is None or info.kind != "place" or country_of(mention.name) is not None

    def _described_actor(self, place: str | None, kind: str) -> str | None:
        """The article's actor that "Seoul think tank" describes, else the description ("South Korean think tank")."""
        country = None
        for word in (place or "").split():
            country = country or country_of(word.strip(",")) or country_of(place.strip())
        if place and not country:
            words = place.split()
            pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
            country = next((c for c in map(country_of, pairs) if c), None)
        think_tank = kind.startswith(("think", "institute", "research"))
        for i in range(len(self.sentences)):
            for m in self.actors.in_sentence(i):
                info = self.actors.info(m.name)
                if info is None or info.kind != "organisation" or (country and info.country not in (None, country)):
                    continue
                if think_tank and (info.type == "think tank" or THINK_TANK.search(info.name.lower())):
                    return m.name
                if not think_tank and info.type == "intelligence":
                    return m.name
        if place and not country and place[:1].isupper():
            return None
        name = f"{demonym(country)} {kind}" if country else kind
        self.actors.ensure(name, "organisation")
        return name

    def _source_name(self, mention: Mention) -> str:
        info = self.actors.info(mention.name)
        if info is not None and info.government_of:
            self.actors.ensure(info.government_of, "place")
            return info.government_of
        return mention.name

    def _np_name(self, np: str) -> str | None:
        """A readable name for an unnamed source: "a Seoul lawmaker" -> "South Korean lawmaker"."""
        one_of = _ONE_OF_THE.match(np)
        if one_of:  # "one of the prisoners" -> "prisoner"
            np = _PLURAL_S.sub("", np[one_of.end() :])
            return np if np else None
        official = _OFFICIALS_IN.fullmatch(np)
        if official and country_of(official.group("place")):
            country = country_of(official.group("place"))
            self.actors.ensure(country, "place")
            return country  # "officials in Seoul" speak for South Korea, as "South Korean officials" do
        np = _WITH_OF_TAIL.sub("", np) if not _FAMILIAR_WITH.search(np) else np
        familiar = _HEAD_FAMILIAR.match(np)
        if familiar and len([w for w in familiar.group("head").split() if w.lower() not in NP_DROP]) > 1:
            np = familiar.group("head")  # "a US official familiar with ..." -> US official
        words = np.split()
        while words and words[0].lower() in NP_DROP:
            words.pop(0)
        if not words or (len(words) == 1 and words[0].lower() not in BARE_SOURCES):
            return None
        if len(words) == 1:
            return words[0].lower()
        qualifier = words[0]
        country = country_of(qualifier)
        if country and len(words) > 1:
            words[0] = demonym(country)
        elif _SOURCE_NOUN.fullmatch(qualifier.lower()):
            words[0] = qualifier.lower()  # "People familiar with ..." opened a sentence
        return " ".join(words)
