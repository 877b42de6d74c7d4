"""Sources named after a cue (``according to X``, ``citing X``), following chains of citing
(``Yonhap, citing a lawmaker briefed by the NIS``) to the last source named.
"""

from __future__ import annotations

import re

from store.extract.actors import Mention
from store.extract.attribution.base import AttributorState
from store.extract.attribution.naming import demonym
from store.extract.attribution.patterns import CHAIN, DOC_BY
from store.extract.attribution.phrases import NP_AFTER, ORG_NOUNS, OUTLET_NOUNS, PERSON_NOUNS

_SOURCES_IN = re.compile(
    r"\s+(?P<noun>sources?|officials|insiders)\s+(?:in|within|inside|close to|from|at)\s+(?:the\s+)?"
)

_UNNAMED_DETERMINER = re.compile(r"\s+(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal|[Ss]ome)\s")
_OBJECT_PRONOUN = re.compile(r"\s+(him|her|them|it|his|its|their)\b")
_DEFINITE_AFTER = re.compile(
    rf"\s+(?P<np>the\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{OUTLET_NOUNS}|{PERSON_NOUNS}|{ORG_NOUNS}))\b"
)
_POSSESSIVE_LINK = re.compile(r"['’]s\s+(?:the\s+)?")


class Chains(AttributorState):
    """The source named after a cue, through chains of citing (part of the Attributor)."""

    def _named_after(
        self, index: int, mentions: list[Mention], pos: int, s_end: int, depth: int = 0
    ) -> tuple[str | None, int]:
        chain = CHAIN.search(self.text, pos, min(s_end, pos + 70)) if depth < 3 else None
        if chain and not any(map(self.text[pos : chain.start()].__contains__, '.;"“”„«»')):
            speaker, at = self._named_after(index, mentions, chain.end(), s_end, depth + 1)
            if speaker:  # "citing a lawmaker briefed by the spy agency": the agency
                return speaker, at
        doc = DOC_BY.match(self.text, pos, s_end) if depth < 3 else None
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
                    owner = demonym(m.name) if info is not None and info.kind == "place" else m.name
                    name = f"{owner} {within.group('noun')}"
                    self.actors.ensure(name, "group")
                    return name, m.start
        unnamed = NP_AFTER.match(window)
        if unnamed and _UNNAMED_DETERMINER.match(window):
            # "according to a US official familiar with ...": an unnamed source, not the country
            name = self._np_name(unnamed.group("np"))
            if name:
                self.actors.ensure(name, "group" if unnamed.group("np").endswith("s") else "person")
                return name, pos
        for i, m in enumerate(mentions):
            if m.start < pos:
                continue
            between = self.text[pos : m.start]
            if len(between) > 45 or any(map(between.__contains__, ',;"“”„«»')):
                break
            return self._source_name(self._owned(mentions, i)), m.start
        pronoun = _OBJECT_PRONOUN.match(window)
        if pronoun:  # "according to him", "according to his estimates"
            p = {"him": "he", "her": "she", "them": "they", "it": "it", "his": "he", "its": "it", "their": "they"}
            return self._resolve_pronoun(p[pronoun.group(1)], pos), pos
        d = _DEFINITE_AFTER.match(window)
        if d:
            who = self._resolve_definite(d.group("np"), d.group("noun").lower(), pos)
            if who:
                return who, pos
        n = NP_AFTER.match(window)
        if n:
            name = self._np_name(n.group("np"))
            if name:
                self.actors.ensure(name, "group")
                return name, pos
        return None, pos

    def _owned(self, mentions: list[Mention], i: int) -> Mention:
        """ "Ukraine's Centre for Countering Disinformation": the organisation, not its country."""
        m = mentions[i]
        if i + 1 < len(mentions) and _POSSESSIVE_LINK.fullmatch(self.text[m.end : mentions[i + 1].start]):
            info = self.actors.info(mentions[i + 1].name)
            if info is not None and info.kind != "place":
                return mentions[i + 1]
        return m
