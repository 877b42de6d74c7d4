"""Organisations named by a head word (``... Institute``, ``Ministry of ...``) or by what they are."""

from __future__ import annotations

import bisect
import re

from store.extract.actors.base import FinderBase
from store.extract.actors.filters import SENTENCE_WORDS, STOP
from store.extract.actors.records import ActorInfo
from store.extract.actors.tokens import UP
from store.extract.actors.wordlists import trie_regex

_ORG_HEADS = (
    "Ministry|Agency|Council|Institute|Institution|University|College|Service|Services|Office|Committee|Commission|"
    "Center|Centre|Conference|Department|Directorate|Bureau|Foundation|Fund|Corporation|Company|Command|Forces|"
    "Army|Navy|Guard|Party|Parliament|Assembly|Congress|Senate|Court|Administration|Academy|School|Society|"
    "Association|Union|Organization|Organisation|Alliance|Network|Times|Post|News|Press|Herald|Journal|Tribune|"
    "Gazette|Daily|Telegraph|Monitor|Brigade|Battalion|Division|Regiment|Corps|Bank|Endowment|Observatory|"
    "Watch|Studies|Forum|Staff|Intelligence|Cabinet|Government|Review|Media|Group"
)
ORG_HEAD_SET = frozenset(_ORG_HEADS.split("|"))
_NAMED_BY_KIND = re.compile(
    rf"\b(?P<what>(?i:outlet|broadcaster|newspaper|news agency|news site|daily|website|channel|magazine|"
    rf"think[- ]tank|tabloid|publication|(?:telegram|news) channel))[ \u00a0]+"
    rf"(?P<name>[{UP}](?:[\w&-]|\.(?=\w))*(?:[ \u00a0]+[{UP}](?:[\w&-]|\.(?=\w))*){{0,3}})"
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
_POSSESSIVE_ORG = re.compile(rf"(?P<head>{_ORG_HEADS})(?P<poss>['’]s)[ \u00a0]+(?P<tail>\S)")
_ORGTOK = rf"(?:[{UP}](?:[\w&]|\.(?=\w))*(?:-[{UP}0-9](?:[\w&]|\.(?=\w))*)*(?:['’]s)?)"
_ORG_HEAD_WORD = re.compile(rf"\b(?:{trie_regex(_ORG_HEADS.split('|'))})\b")
# the head words without their word boundaries: one C-speed pass over the article finds every place one may start
_ORG_HEAD_LOOSE = re.compile(trie_regex(_ORG_HEADS.split("|")))
_ORG = re.compile(
    rf"(?<![\w’'])(?:{_ORGTOK}[ \u00a0]+){{0,5}}(?:{trie_regex(_ORG_HEADS.split('|'))})\b"
    rf"(?:[ \u00a0]+(?:of|for)(?:[ \u00a0]+the)?[ \u00a0]+{_ORGTOK}(?:(?:[ \u00a0]+and)?[ \u00a0]+{_ORGTOK}){{0,4}})?"
)


_UNALIGNED: list[tuple[int, int]] = []  # lower-casing changed the article's length: offsets do not carry over


def _kind_word_places(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every kind word in the lower-cased ``text``, in order (``_UNALIGNED`` if offsets shift)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return _UNALIGNED
    places = []
    for word in _KIND_WORDS:
        at = lowered.find(word)
        while at >= 0:
            places.append((at, at + len(word)))
            at = lowered.find(word, at + 1)
    places.sort()
    return places


class OrganisationStage(FinderBase):
    """Finds organisations by head word and by a kind word before their name (``broadcaster KBS``)."""

    def organisations(self, start: int, end: int) -> None:
        if self._head_word_in(start, end) and _ORG_HEAD_WORD.search(self.text, start, end):
            # most sentences name no organisation by a head word
            for m in _ORG.finditer(self.text, start, end):
                self._organisation(m.start(), m.group())
        if not self._kind_word_in(start, end):
            return
        for m in _NAMED_BY_KIND.finditer(self.text, start, end):
            # "Ukrainian outlet Militarnyi", "broadcaster KBS": the word before says what the name is
            name = m.group("name")
            if name in self.vocab.gaz_surface or name.lower() in STOP:
                continue
            what = m.group("what").lower()
            kind_of = "think tank" if what.startswith("think") else "outlet"
            info = self.infos.get(name) or ActorInfo(name=name, kind="organisation", type=kind_of)
            self._add(m.start("name"), m.end("name"), info, 2)

    def _head_word_in(self, start: int, end: int) -> bool:
        """Whether a head word may start in ``[start, end)`` (never False where ``_ORG_HEAD_WORD`` matches)."""
        if self.org_heads is None:
            self.org_heads = [m.start() for m in _ORG_HEAD_LOOSE.finditer(self.text)]
        i = bisect.bisect_left(self.org_heads, start)
        return i < len(self.org_heads) and self.org_heads[i] < end

    def _kind_word_in(self, start: int, end: int) -> bool:
        """Whether ``text[start:end].lower()`` holds a kind word (never False where ``_NAMED_BY_KIND`` matches)."""
        places = self.kind_words
        if places is None:
            # where the kind words are in the lower-cased article, found once per article
            places = self.kind_words = _kind_word_places(self.text)
        if places is _UNALIGNED:
            lowered = self.text[start:end].lower()
            return any(map(lowered.__contains__, _KIND_WORDS))
        i = bisect.bisect_left(places, (start, start))
        while i < len(places) and places[i][0] < end:
            if places[i][1] <= end:
                return True
            i += 1
        return False

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
            words[skip].lower() in SENTENCE_WORDS or self.vocab.country_of.get(words[skip]) is not None
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
