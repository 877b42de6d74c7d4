"""Sentence analysis: each sentence is read once, in text order, for its attribution cues and the
speaker of each.
"""

from __future__ import annotations

import bisect
import re

from store.extract.attribution.base import AttributorState
from store.extract.attribution.patterns import (
    ACCORDING,
    AS_SAYING,
    ASIDE_OPENING,
    BRIEFED_AFTER,
    DETERMINER_BEFORE,
    GERUND_LEAD,
    HEADLINE_DASH,
    HEADLINE_SPEAKER,
    IMPERSONAL,
    INVERTIBLE,
    KIND_HEADLINE,
    NEGATION,
    NOTHING,
    ORIGIN,
    OWNED_ESTIMATE,
    OWNER_DOC,
    PASSIVE_AUX,
    PASSIVE_BY,
    PASSIVE_QUOTED,
    PRENOMINAL_DOC,
    REPORTEDLY,
    TRAILING_SOURCE,
    VERB,
)
from store.extract.attribution.records import Cue, SentenceCues


def _has(text: str, hints: tuple[str, ...]) -> bool:
    return any(map(text.__contains__, hints))


_REPORTS_NOUN = re.compile(r"\b(?:[Tt]he|[Ii]ntelligence|[Mm]edia|[Nn]ews|[Pp]ress|[Ss]ome)\s+$")
_OWNER_HINTS = ("'s ", "’s ", "its ", "their ", "his ", "her ")
# every document noun OWNER_DOC ends with (written in lower case there)
_DOC_HINTS = (
    "estimate",
    "figure",
    "count",
    "tally",
    "assessment",
    "data",
    "numbers",
    "calculation",
    "update",
    "report",
    "statement",
    "briefing",
    "bulletin",
    "summary",
    "analysis",
    "findings",
    "post",
)
_ACCORDING_HINTS = ("accord", "cit", "quot", "by ", "words of", "per ")
_ORIGIN_HINTS = ("from", " by ")
_REPORTEDLY_HINTS = ("report", "alleged", "purported", "believed", "thought", "said to", "estimated to")


class CueAnalysis(AttributorState):
    """Reads each sentence once for its cues (part of the Attributor)."""

    def _analyse_to(self, index: int) -> None:
        while len(self._analysed) <= min(index, len(self.sentences) - 1):
            self._analysed.append(self._analyse(len(self._analysed)))

    def _analyse(self, index: int) -> SentenceCues:
        s_start, s_end = self.sentences[index]
        result = SentenceCues()
        self._current = result.cues
        mentions = self.actors.in_sentence(index)
        if (
            mentions
            and mentions[0].start <= s_start + 1
            and HEADLINE_SPEAKER.match(self.text, mentions[0].end)
            and self._may_speak(mentions[0])
        ):
            # a headline or live-blog entry "Budanov: North Korea has lost about 4,000 soldiers"
            self._add_cue(
                Cue(
                    mentions[0].end, mentions[0].end + 1, ":", "verb", self._source_name(mentions[0]), mentions[0].start
                )
            )
        kind_head = KIND_HEADLINE.match(self.text, s_start, s_end) if self.text.find(":", s_start, s_end) >= 0 else None
        if kind_head:  # a headline "Seoul think tank: North Korea may send 30,000 more troops"
            speaker = self._described_actor(kind_head.group("place"), kind_head.group("kind").lower())
            if speaker:
                self._add_cue(Cue(kind_head.end() - 1, kind_head.end(), ":", "verb", speaker, s_start))
        if mentions and TRAILING_SOURCE.fullmatch(self.text, mentions[-1].end, s_end):
            dash = HEADLINE_DASH.search(self.text, max(s_start, mentions[-1].start - 4), mentions[-1].start)
            if dash:  # a headline "North Korea has lost 4,000 troops in Kursk – Zelensky"
                last = mentions[-1]
                self._add_cue(
                    Cue(dash.start(), dash.end(), dash.group().strip(), "verb", self._source_name(last), last.start)
                )
        low = self.text[s_start:s_end].lower()
        text = self.text
        for mention in mentions:
            # an owned estimate opens with an apostrophe; a determiner before a name ends with a space
            owned = OWNED_ESTIMATE.match(text, mention.end, s_end) if text.startswith(("'", "’"), mention.end) else None
            if (
                owned is None
                and mention.start > s_start
                and text[mention.start - 1].isspace()
                and DETERMINER_BEFORE.search(text, max(s_start, mention.start - 12), mention.start)
            ):
                owned = PRENOMINAL_DOC.match(self.text, mention.end, s_end)  # "an ISW analysis", "a new CIA report"
            if owned:  # "by the Pentagon's count", "Kyiv's latest estimate of 5 million"
                self._add_cue(
                    Cue(
                        mention.start,
                        owned.end(),
                        owned.group("noun"),
                        "according",
                        self._source_name(mention),
                        mention.start,
                    )
                )
        owner_doc = _has(low, _OWNER_HINTS) and _has(low, _DOC_HINTS)
        for m in OWNER_DOC.finditer(self.text, s_start, s_end) if owner_doc else ():
            if m.group("pron"):
                if m.group("doc") in ("numbers", "data", "count", "post", "update"):
                    continue  # "their numbers grew to 12,000": the troops' numbers, not an estimate
                p = m.group("pron").lower()
                owner = self._resolve_pronoun({"its": "it", "their": "they", "his": "he", "her": "she"}[p], m.start())
            else:
                owner = self._resolve_definite(m.group("np"), m.group("noun").lower(), m.start())
            if owner:
                self._add_cue(Cue(m.start(), m.end(), m.group("doc"), "according", owner, m.start()))
        for m in AS_SAYING.finditer(self.text, s_start, s_end) if " as " in low else ():
            speaker, pos = self._speaker_before(index, mentions, s_start, m.start())
            if speaker is not None:
                self._add_cue(Cue(m.start(), m.end(), "as saying", "verb", speaker, pos))
        aside_spans: list[tuple[int, int]] = []
        aside_open = "," in low and ASIDE_OPENING.match(self.text, s_start, s_end) is not None
        for m in self._verbs(low, s_start, s_end):
            verb = m.group()
            head_end = self._unclosed_aside(s_start, m.start(), m.end()) if aside_open else None
            if head_end is not None:
                speaker, pos = self._speaker_before(index, mentions, s_start, head_end)
                if speaker is not None:  # "The agency, which briefed lawmakers on Tuesday said": the agency
                    aside_spans.append((head_end, m.start()))
                    self._add_cue(Cue(m.start(), m.end(), verb, "verb", speaker, pos))
                    continue
            if any(x.start <= m.start() < x.end for x in mentions):
                continue  # "Western intelligence reports suggest": "reports" is part of the name
            if NEGATION.search(self.text, max(s_start, m.start() - 25), m.start()) or NOTHING.match(
                self.text, m.end(), s_end
            ):
                continue  # "has not confirmed", "has said nothing about"
            if IMPERSONAL.search(self.text, max(s_start, m.start() - 20), m.start()):
                # "It is estimated that ...": nobody in particular
                self._add_cue(Cue(m.start(), m.end(), verb, "reported", None, m.start()))
                continue
            if (
                verb != "quoted"
                and verb.endswith(("ed", "thought", "said", "told", "put"))
                and PASSIVE_AUX.search(self.text, max(s_start, m.start() - 30), m.start())
            ):
                continue  # the agent of a passive comes after "by" (a passive-by cue), a report otherwise
            gerund = " by " in verb or " in " in verb or " on to " in verb
            # "X discusses ..., while Hromadske went further by announcing": the subject within its own clause
            c_start = self._clause_start(s_start, m.start()) if gerund else s_start
            speaker, pos = self._speaker_before(index, mentions, c_start, m.start())
            if speaker is None and gerund:
                speaker, pos = self._clause_subject(c_start, m.start())
            if speaker is None and verb in INVERTIBLE:
                speaker, pos = self._speaker_after(mentions, s_start, m.start(), m.end(), s_end)
            if speaker is None and verb in ("reports", "report") and self._reports_noun(s_start, m.start()):
                continue
            briefed = BRIEFED_AFTER.match(self.text, m.end(), s_end) if speaker is not None else None
            if briefed:
                source, at = self._named_after(index, mentions, briefed.end(), s_end)
                if source:  # "lawmakers said after being briefed by the NIS"
                    speaker, pos = source, at
            if speaker is not None:
                self._add_cue(Cue(m.start(), m.end(), verb, "verb", speaker, pos))
        # cheap substring tests first: most sentences hold none of these cues
        according = ACCORDING.finditer(self.text, s_start, s_end) if _has(low, _ACCORDING_HINTS) else ()
        for m in according:
            if PASSIVE_QUOTED.search(self.text, max(s_start, m.start() - 8), m.end()):
                continue  # "he was quoted by Yonhap as saying": he is the speaker (a verb cue)
            speaker, pos = self._named_after(index, mentions, m.end(), s_end)
            kind = "according" if m.group().lower().startswith(("according", "by", "in the", "as", "per")) else "citing"
            self._add_cue(Cue(m.start(), m.end(), m.group(), kind, speaker, pos))
        for m in PASSIVE_BY.finditer(self.text, s_start, s_end) if " by " in low else ():
            speaker, pos = self._named_after(index, mentions, m.end(), s_end)
            if speaker:  # "estimated at 10,000 to 12,000 soldiers by Seoul"
                self._add_cue(Cue(m.start(), m.end(), m.group().split()[0] + " by", "according", speaker, pos))
        for m in ORIGIN.finditer(self.text, s_start, s_end) if _has(low, _ORIGIN_HINTS) else ():
            speaker, pos = self._named_after(index, mentions, m.end(), s_end)
            if speaker:
                self._add_cue(Cue(m.start(), m.end(), m.group(), "origin", speaker, pos))
        for m in REPORTEDLY.finditer(self.text, s_start, s_end) if _has(low, _REPORTEDLY_HINTS) else ():
            speaker = None
            if m.group().lower().startswith("reports"):
                speaker, _ = self._speaker_before(index, mentions, s_start, m.start(), pronouns=False)
            if speaker is None and m.group().startswith("reportedly"):
                speaker = self._recent_speaker_in_paragraph(index)
            self._add_cue(Cue(m.start(), m.end(), m.group(), "reported", speaker, m.start()))
        if aside_spans:  # the aside's own cues ("quoted by the press", "citing Seoul") are not the claim's source
            result.cues[:] = [c for c in result.cues if not any(a <= c.start < b for a, b in aside_spans)]
        result.cues.sort(key=lambda c: c.start)
        for c in reversed(result.cues):  # the last cue that names someone speaking outside a quote
            if c.speaker and c.kind in ("verb", "citing", "according") and not self._in_quote(c.start):
                result.last_speaker = c.speaker
                break
        self._current = []
        return result

    def _verbs(self, low: str, s_start: int, s_end: int) -> list[re.Match[str]]:
        """The sentence's speech verbs in order, a gerund lead ("went further by announcing") as one verb."""
        verbs = list(VERB.finditer(self.text, s_start, s_end))
        text = self.text
        if " on to " not in low and not (
            "ing " in low
            and any(v.group().endswith("ing") and text[v.start() - 3 : v.start()] in ("by ", "in ") for v in verbs)
        ):
            return verbs
        leads = list(GERUND_LEAD.finditer(self.text, s_start, s_end))
        if not leads:
            return verbs
        inside = [v for v in verbs if not any(g.start() <= v.start() < g.end() for g in leads)]
        return sorted(inside + leads, key=lambda m: m.start())

    def _add_cue(self, cue: Cue) -> None:
        self._current.append(cue)
        if cue.speaker and cue.kind in ("verb", "citing", "according") and not self._in_quote(cue.start):
            info = self.actors.info(cue.speaker)
            if info is not None and info.kind == "person":
                bisect.insort(self._people_spoken, (cue.start, cue.speaker))

    def _reports_noun(self, s_start: int, pos: int) -> bool:
        return bool(_REPORTS_NOUN.search(self.text[s_start:pos]))
