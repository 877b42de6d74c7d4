"""The Attributor: chooses the claimant of a figure among the cues of its sentence, and drops the
article's own outlet as a claimant.
"""

from __future__ import annotations

import re

from store.extract.actors import ActorIndex
from store.extract.attribution.chains import Chains
from store.extract.attribution.cues import CueAnalysis
from store.extract.attribution.lists import ListSources
from store.extract.attribution.naming import Naming
from store.extract.attribution.patterns import VERB
from store.extract.attribution.quotes import QuoteSpeakers
from store.extract.attribution.records import Cue, SentenceCues, Who
from store.extract.attribution.references import References
from store.extract.attribution.speakers import Speakers
from store.extract.figures import Figure, find_figures
from store.extract.names import actor_key, gazetteer

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
_SELF_PHRASE = re.compile(r"\b(?:this|our) (?:newspaper|paper|outlet|publication|website|site|reporter)\b", re.I)
_CLAUSE_BREAK = re.compile(
    r",\s+(?:but|while|whereas|although|though|amid|yet|as|when|after|before|since|even as)\b|;|\bbut\b|"
    r"\bamid reports\b"
)
_GERUND_CUE = re.compile(r"\s(?:by|in|on to)\s")
_LATER_CLAUSE = re.compile(r",\s+(?:when|where|after|before|while|whereas|although|though|but|as)\s")
_COMPLEMENT = re.compile(r"[^,.;:\"“”„«»]{0,40}?(?:\bthat\b|:)")

_DOMAIN = re.compile(r"(?:https?://)?(?:www\.)?([\w-]+)\.[a-z.]{2,10}/?")
_TRAILING_THE = re.compile(r"(?:\b[Tt]he)?\s*$")


def _distance(cue: Cue, f_start: int, f_end: int) -> int:
    if cue.end <= f_start:
        return f_start - cue.end
    if cue.start >= f_end:
        return cue.start - f_end
    return 0


class Attributor(CueAnalysis, Speakers, Chains, References, QuoteSpeakers, ListSources, Naming):
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
        self._analysed: list[SentenceCues] = []
        self._quotes: list[tuple[int, int]] | None = None
        self._people_spoken: list[tuple[int, str]] = []  # (position, speaker) of every person who spoke
        self._starts = [start for start, _ in sentences]
        self._quote_starts: list[int] | None = None
        self._current: list[Cue] = []  # cues of the sentence being analysed
        # live-blog entries ("14:05", "1h ago", "Updated ..."): a pronoun never reaches back past one
        self._entries = [m.start() for m in _ENTRY_STAMP.finditer(text)]

    def source_of(self, index: int, figure: Figure) -> Who:
        """The claimant of ``figure`` in sentence ``index`` (see the package docstring)."""
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
        domain = _DOMAIN.fullmatch(name.strip().lower())
        if domain:  # an outlet known by its site: "nknews.org"
            keys.add(actor_key(domain.group(1)))
        entry = gazetteer().by_surface.get(name)
        info = self.actors.info(name)
        for known in (entry.name if entry else None, info.name if info else None):
            if known:
                keys.add(actor_key(known))
                keys.update(actor_key(a) for a in (info.aliases if info and info.name == known else ()))
        return frozenset(k for k in keys if k)

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
                c = min(chosen, key=lambda c: _distance(c, f_start, f_end))
                return Who(c.speaker, "reported", c.verb)
        closing = [c for c in cues if c.kind == "verb" and c.speaker and c.start >= f_end and self._closes(c)]
        if closing:  # "North Korea has told Russia it will send 3,000 more, the NIS said": the whole sentence is X's
            return Who(closing[-1].speaker, "indirect", closing[-1].verb)
        before = [c for c in cues if c.kind == "verb" and c.speaker and c.end <= f_start]
        unbroken = [c for c in before if not _CLAUSE_BREAK.search(self.text, c.end, f_start)]
        if unbroken:
            c = unbroken[0]  # the outermost speaker: "Zelensky says Kyiv expects ..." is Zelensky's claim
            gerund = [g for g in unbroken if _GERUND_CUE.search(g.verb)]
            if gerund:  # "..., and Marchenko went on to claim that ...": a clause of its own speaker
                c = gerund[-1]
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
            c = min(verbs, key=lambda c: _distance(c, f_start, f_end))
            return Who(c.speaker, "indirect", c.verb)
        for kind in ("according", "origin"):
            chosen = [c for c in cues if c.kind == kind and c.speaker]
            if chosen:
                c = min(chosen, key=lambda c: _distance(c, f_start, f_end))
                return Who(c.speaker, "reported", c.verb)
        reported = [c for c in cues if c.kind == "reported"]
        if reported:
            c = min(reported, key=lambda c: _distance(c, f_start, f_end))
            return Who(c.speaker, "reported", c.verb)
        if quote is not None:
            speaker = self._recent_speaker(index, 2) if self._opens_sentence(quote[0], index) else None
            return Who(speaker, "direct quote" if speaker else "unattributed", None)
        return None

    def _relays(self, outer: str | None, inner: str | None) -> bool:
        """Whether ``outer`` passes on what ``inner`` (an agency, not the outer's own government) says."""
        o, i = self.actors.info(outer or ""), self.actors.info(inner or "")
        if o is None or i is None or outer == inner or i.kind != "organisation":
            return False
        return o.kind != "organisation" or o.type == "outlet"

    def _governs(self, cue: Cue, f_start: int) -> bool:
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

    def _closes(self, cue: Cue) -> bool:
        """Whether ``cue`` is a sentence's closing attribution ("..., the NIS said on Tuesday.")."""
        at = min(cue.start, cue.speaker_pos)
        lead = _TRAILING_THE.sub("", self.text[max(0, at - 8) : at]).rstrip()
        if not lead.endswith((",", "”", '"', "’")):
            return False
        s_end = self.sentences[self._sentence_at(cue.start, 0)][1]
        tail = self.text[max(cue.end, cue.speaker_pos) : s_end]
        return len(tail) <= 90 and not _COMPLEMENT.match(tail) and not VERB.search(tail)
