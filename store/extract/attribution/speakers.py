"""The speaker of a verb: the subject before it (past adverbs, dates and appositives), or the name
after an inverted verb (``..., said Andrew Yeo``).
"""

from __future__ import annotations

import re

from store.extract.actors import Mention
from store.extract.attribution.base import AttributorState
from store.extract.attribution.patterns import ASIDE_MAIN_VERB, ASIDE_NEW_CLAUSE, CHAIN, UNCLOSED_ASIDE, VERB
from store.extract.attribution.phrases import (
    APPOSITIVE,
    DAYS_MONTHS,
    DEFINITE,
    DEFINITE_OF,
    FILLER,
    INDEFINITE_ORG,
    NEW_NP,
    NP_AFTER,
    NP_DROP,
    NP_WHO,
    PRONOUN,
    SOURCE_NOUN_HINTS,
)
from store.extract.hints import may_contain

_AND = re.compile(r",?\s+and\s+")
_COMMA = re.compile(r",\s*")
_RELATIVE = re.compile(r",?\s*\b(?:which|who)\s*$")
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
# "The agency, which on Tuesday briefed lawmakers, who sit on the committee, said": a relative clause with commas
_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^\"“”„«».;]{0,240},\s*$")
_SAID = re.compile(r"\b(?:said|says|say|told|tells|according)\b")
_PERSON_STAFF = re.compile(r"['’]s\s+(?:office|administration|team|spokes(?:man|woman|person)|press office|aides?)")
# words that open a sentence without being its subject ("In Kursk, ...", "However, ...", "Last week, ...")
_NOT_A_HEAD = re.compile(
    r"(?:[A-Z][a-z]*ly|In|On|At|After|Before|Since|While|During|Despite|For|By|With|From|Under|Over|Amid|As|When|"
    r"If|Although|Though|Because|But|And|Yet|However|Meanwhile|Still|Also|Separately|Earlier|Later|Now|Instead|"
    r"Moreover|Last|This|Next|Then|Here|There|Overall|Elsewhere|Asked|Speaking|According|Citing|Quoting|"
    r"It|He|She|They|We|I|You)\b"
)
_TIME_HEAD = re.compile(r"\b(?:week|weeks|month|months|year|years|day|days|morning|evening|night|weekend|ago)\b", re.I)
# the subject of "..., while Hromadske went further by announcing": a capitalised name opening its clause
_CLAUSE_SUBJECT = re.compile(
    r"(?:^|[,;]\s*|\b(?:while|whereas|but|and|then)\s+)(?:[Tt]he\s+)?"
    r"(?P<name>[A-Z][\w’'.&-]+(?:\s+[A-Z][\w’'.&-]+){0,3})\s+$"
)
_CLAUSE_OPENER = re.compile(r"(?:,\s*|\s)(?:while|whereas|but|and|yet)\s+|;\s*")
_OUTLET_WORD = re.compile(
    r"\b(?:News|Times|Post|Press|Daily|Herald|Journal|Gazette|Tribune|TV|Radio|Telegraph|Independent|Pravda|Media|"
    r"Agency|Insider|Channel|Online|Today|Review|Observer|Guardian|Monitor|Mirror|Express|Chronicle|Standard)\b"
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|of|by|from|with|in|on|at|for|about|against|into|than|over|between|among|inside|within|near)\s*$"
)

_ORDINAL_NUMBER = re.compile(r"\d+(?:st|nd|rd|th)?,?")
_BY_AFTER = re.compile(r"\s+by\b")
_POSSESSIVE_S = re.compile(r"['’]s?")
_BY_AGENT = re.compile(r"\bby\s+")
_CLAUSE_PUNCTUATION = re.compile(r"[,;:]")
_PRONOUN_AFTER = re.compile(r"\s+(he|she|they)\b")
_FEW_WORDS = re.compile(r"\s+(?:[\w’'.-]+\s+){0,4}")

# what PRONOUN's "he", "she", "they" or "it" leaves at the end of the text before a verb
_PRONOUN_ENDINGS = ("he", "He", "ey", "it", "It")


class Speakers(AttributorState):
    """The speaker before or after a verb (part of the Attributor)."""

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
                app = APPOSITIVE.search(stripped)
                aside = _RELATIVE_ASIDE.search(stripped)
                if aside and (app is None or aside.start() < app.start()) and not _SAID.search(aside.group()):
                    app = aside
                pos = s_start + (app.start() if app else len(stripped) - 1)
                continue
            word_start = max(stripped.rfind(" "), stripped.rfind("\u00a0")) + 1
            word = stripped[word_start:]
            low = word.lower().strip(".")
            if low in FILLER or low in DAYS_MONTHS or low.isdigit() or _ORDINAL_NUMBER.fullmatch(low):
                pos = s_start + word_start
                continue
            break
        return pos

    def _clause_start(self, s_start: int, verb_start: int) -> int:
        """Where the clause of ``verb_start`` begins: after the last ", while" / "; " / ", and" before it."""
        breaks = list(_CLAUSE_OPENER.finditer(self.text, s_start, verb_start))
        return breaks[-1].end() if breaks else s_start

    def _clause_subject(self, s_start: int, verb_start: int) -> tuple[str | None, int]:
        """An unknown capitalised name opening the clause of ``verb_start`` ("..., while Hromadske went further").

        It becomes an actor: an organisation when its words look like an outlet's ("Daily", "News") or it is a
        single name (people are introduced by their full names), else a person.
        """
        lead = max(s_start, verb_start - 80)
        m = _CLAUSE_SUBJECT.search(self.text[lead:verb_start])
        if m is None or _NOT_A_HEAD.fullmatch(m.group("name")):
            return None, verb_start
        name = m.group("name")
        single = len(name.split()) == 1
        kind = "organisation" if _OUTLET_WORD.search(name) or single else "person"
        info = self.actors.ensure(name, kind)
        if info.kind == "organisation" and info.type is None and _OUTLET_WORD.search(name):
            info.type = "outlet"
        return name, lead + m.start("name")

    def _unclosed_aside(self, s_start: int, verb_start: int, verb_end: int) -> int | None:
        """Where the head of "The sources, coming from Kyiv and quoted by the press spoke of" ends (its comma).

        The sentence opens with a noun phrase and a participial or relative aside that runs into the
        main speech verb without a closing comma; the noun phrase, not a name inside the aside, speaks.
        """
        if verb_start - s_start > 300 or not ASIDE_MAIN_VERB.search(self.text, verb_start, verb_end):
            return None
        if _BY_AFTER.match(self.text[verb_end : verb_end + 4]):
            return None  # "quoted by", "briefed by": the aside's own passive participle
        m = UNCLOSED_ASIDE.fullmatch(self.text, s_start, verb_start)
        if m is None:
            return None
        head, aside = m.group("head"), m.group("aside")
        if _NOT_A_HEAD.match(head) or _TIME_HEAD.search(head) or len(head.split()) > 8 or VERB.search(head):
            return None
        if ASIDE_NEW_CLAUSE.search(aside):
            return None
        last = aside.split()[-1].lower()
        if last in ("which", "who", "and", "or", "to", "not", "also", "had", "has", "have", "was", "were"):
            return None
        return m.end("head")

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
            if m.end == end or (m.end < end and _POSSESSIVE_S.fullmatch(self.text[m.end : end] or "x")):
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
        tail = before.rstrip()  # the patterns below that end in "\s*$" need their last word at its end
        if pronouns:
            p = PRONOUN.search(before) if tail.endswith(_PRONOUN_ENDINGS) else None
            if p:
                return self._resolve_pronoun(p.group("p").lower(), end), end
        new_person = DEFINITE_OF.search(before)
        if new_person and not any(m.end == end for m in mentions):
            # "The commander of a Ukrainian drone unit, who ..., said": someone new, described by role
            name = self._np_name(new_person.group("np")) or new_person.group("noun").lower()
            self.actors.ensure(name, "person")
            return name, end - len(before) + new_person.start("np")
        d = DEFINITE.search(before)
        if d and not _PREPOSITION_BEFORE.search(before, 0, d.start("np")):
            if d.group("noun").lower() in ("report", "study", "assessment", "analysis"):
                by = _BY_AGENT.search(self.text, end, verb_start)
                if by:  # "The report, released by the ISW on Monday, said": its author
                    author, pos = self._named_after(index, mentions, by.end() - 1, verb_start)
                    if author:
                        return author, pos
            return self._resolve_definite(d.group("np"), d.group("noun").lower(), end), end
        described = INDEFINITE_ORG.search(before) if tail.endswith(("tank", "institute", "agency")) else None
        if described and not _PREPOSITION_BEFORE.search(before, 0, described.start()):
            # "..., a South Korean state-run think tank said": the article's think tank
            speaker = self._described_actor(described.group("mods"), described.group("kind").lower())
            if speaker:
                return speaker, end - len(before) + described.start()
        chains = list(CHAIN.finditer(self.text, max(s_start, verb_start - 160), verb_start))
        chain = chains[-1] if chains else None
        after_chain = self.text[chain.end() : verb_start].rstrip().rstrip(",") if chain else ""
        if chain is not None and not any(map(after_chain.__contains__, ',;"“”„«»')):
            lead = self.text[max(s_start, chain.start() - 60) : chain.start()]
            if len(_CLAUSE_PUNCTUATION.split(lead)[-1].split()) <= 6:
                speaker, at = self._named_after(index, mentions, chain.end(), verb_start)
                if speaker:  # "a lawmaker briefed by the spy agency said": the agency
                    return speaker, at
        n = NEW_NP.search(before) if may_contain(before, SOURCE_NOUN_HINTS) else None
        if n is None:
            # "A Ukrainian soldier who fought near Sudzha told CNN": the noun phrase before "who"
            lead = max(s_start, end - 240)
            who = NP_WHO.search(self.text, lead, end) if self.text.find("who", lead, end) >= 0 else None
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
        d = DEFINITE.search(whole) if whole.endswith(("report", "statement", "briefing", "post")) else None
        if d and not _PREPOSITION_BEFORE.search(whole, 0, d.start("np")):
            # "the report said": a document noun the filler words skipped is the subject itself
            return self._resolve_definite(d.group("np"), d.group("noun").lower(), end), end
        return None, end

    def _speaker_after(
        self, mentions: list[Mention], s_start: int, verb_start: int, verb_end: int, s_end: int
    ) -> tuple[str | None, int]:
        before = self.text[max(s_start, verb_start - 4) : verb_start].rstrip()
        if before and before[-1] not in ',"“”„«»’:—–-' and verb_start - s_start > 3:
            return None, verb_end
        window = self.text[verb_end : min(s_end, verb_end + 70)]
        pronoun = _PRONOUN_AFTER.match(window)
        if pronoun:
            return self._resolve_pronoun(pronoun.group(1), verb_start), verb_end
        first: Mention | None = None
        for m in mentions:
            if m.start < verb_end:
                continue
            between = self.text[verb_end : m.start]
            if len(between) > 60 or any(map(between.__contains__, ',;"“”„«»()')):
                break
            if first is None:
                near = between.strip() in ("", "the", "The") or _FEW_WORDS.fullmatch(between)
                if not near:
                    break
                first = m
            info = self.actors.info(m.name)
            if info is not None and info.kind == "person":
                return self._source_name(m), m.start
        if first is not None and self.text[verb_end : first.start].strip() in ("", "the", "The"):
            return self._source_name(first), first.start
        n = NP_AFTER.match(window)
        if n and n.group("np").split()[0].lower() in NP_DROP:  # "said a senior US official"
            name = self._np_name(n.group("np"))
            if name:
                self.actors.ensure(name, "group" if n.group("np").endswith("s") else "person")
                return name, verb_end
        return None, verb_end

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
            if m.start < s_start:
                continue  # a clause's subject is inside the clause
            info = self.actors.info(m.name)
            if info is None or info.kind != "person":
                continue
            between = self.text[m.end : verb_start]
            if (_PERSON_APPOSITIVE.fullmatch(between) or _PERSON_OF.fullmatch(between)) and not VERB.search(between):
                return m
        return None
