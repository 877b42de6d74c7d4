"""Reference resolution across sentences: pronouns (``he``, ``it``), definite descriptions
(``the agency``, ``the diplomat``) and the speaker carried over from earlier sentences.
"""

from __future__ import annotations

import bisect
import re

from store.extract.actors import ActorInfo, Mention
from store.extract.attribution.base import AttributorState
from store.extract.attribution.phrases import NP_WORD, OUTLET_NOUNS, PERSON_INTRO, PERSON_NOUNS, THINK_TANK

_PERSON_NOUN = re.compile(PERSON_NOUNS)
_OUTLET_NOUN = re.compile(OUTLET_NOUNS)
_LOWER_RUN = re.compile(r"[a-z]+")


class References(AttributorState):
    """Pronouns, definite descriptions and earlier speakers (part of the Attributor)."""

    def _previous_organisation(self, index: int) -> str | None:
        """The organisation or group that spoke last in the previous sentence (same live-blog entry), if any."""
        if index == 0 or self.sentences[index - 1][1] <= self._entry_start(self.sentences[index][0]):
            return None
        speaker = self._analysed[index - 1].last_speaker
        info = self.actors.info(speaker) if speaker else None
        return speaker if info is not None and info.kind != "person" else None

    def _recent_speaker(self, index: int, back: int) -> str | None:
        floor = self._entry_start(self.sentences[index][0])
        for i in range(index - 1, max(-1, index - 1 - back), -1):
            if self.sentences[i][1] <= floor:
                return None
            if self._analysed[i].last_speaker:
                return self._analysed[i].last_speaker
        return None

    def _recent_speaker_in_paragraph(self, index: int) -> str | None:
        s_start = self.sentences[index][0]
        para_start = self.text.rfind("\n", 0, s_start)
        for i in range(index - 1, -1, -1):
            if self.sentences[i][1] <= para_start:
                return None
            if self._analysed[i].last_speaker:
                return self._analysed[i].last_speaker
        return None

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
        intros = list(PERSON_INTRO.finditer(self.text, since, pos))
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
        return len(lead.split()) <= 4 and not any(map(lead.__contains__, ',"“”„«»'))

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
        person_noun = bool(_PERSON_NOUN.fullmatch(noun))
        if noun in ("report", "study", "assessment", "analysis", "estimate"):

            def wanted(info: ActorInfo) -> bool:  # a document's author: the last organisation discussed
                return info.kind == "organisation"
        elif _OUTLET_NOUN.fullmatch(noun):

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
                if described and not described & set(_LOWER_RUN.findall(hay)):
                    return False  # "the defence ministry" is not the unification ministry
                if noun in ("agency", "spy agency", "intelligence agency", "intelligence", "service"):
                    return info.type == "intelligence" or "agency" in hay or "intelligence" in hay
                if noun in ("think tank", "think-tank", "institute"):
                    return info.type == "think tank" or bool(THINK_TANK.search(hay))
                return noun in hay or bool(words & set(hay.split()) - {"the"})

        # the most recent fitting actor, preferring one whose role or name carries the description's words
        # ("the Ukrainian president" -> Zelensky even when Kim Jong Un was named since)
        qualifiers = [w for w in _LOWER_RUN.findall(np.lower())[1:] if w != noun]
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
        pattern = re.compile(rf"\b[Aa]n?\s+((?:{NP_WORD}){{0,3}}?{re.escape(noun)})\b", re.I)
        found = list(pattern.finditer(self.text, start, pos))
        return self._np_name(found[-1].group(1)) if found else None
