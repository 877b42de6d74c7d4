"""New people: capitalised names next to a title, an appositive role or an attribution verb."""

from __future__ import annotations

from store.extract.actors.candidates import CandidateStage
from store.extract.actors.cues import (
    APPOSITIVE_AFTER,
    APPOSITIVE_VERB,
    OF_ORG_VERB,
    PLACE_PREPOSITION,
    TITLE_CUES,
    VERB_AFTER,
    VERB_BEFORE_PAIRS,
    VERB_BEFORE_WORDS,
)
from store.extract.actors.filters import FUNCTION_WORDS
from store.extract.actors.tokens import NAME_RUN
from store.extract.names import spelling_key

_SP = " \u00a0"  # the spaces of ``SP`` in the cue patterns


def _may_cue_after(text: str, at: int, end: int) -> bool:
    """Whether a cue can follow a name ending at ``at``: False rules out APPOSITIVE_AFTER, APPOSITIVE_VERB,
    VERB_AFTER and OF_ORG_VERB, which all need a comma or a bracket, or a lower-case word after a space.
    """
    j = at
    while j < end and text[j] in _SP:
        j += 1
    if j >= end:
        return False
    c = text[j]
    return c in "(," or (j > at and "a" <= c <= "z")


class PeopleStage(CandidateStage):
    """Finds new people where the text marks them as people."""

    def people(self, start: int, end: int) -> None:
        """New people: capitalised names next to a title, an appositive role or an attribution verb."""
        text = self.text
        gaz_surface = self.vocab.gaz_surface
        found: list[tuple[int, str]] = []
        for run in NAME_RUN.finditer(text, start, end):
            run_text = run.group()
            if run_text in gaz_surface:
                continue  # "North Korea", "Vladimir Putin": the gazetteer has it
            run_start = run.start()
            run_words = run_text.split()
            if len(run_words) == 1:
                low = run_text.lower()
                if low in VERB_BEFORE_WORDS or low in FUNCTION_WORDS or self._trimmed_word(run_text):
                    continue  # one word that is dropped or trimmed away below, however it is cued ("The", "However")
                tokens = [(run_start, run_text)]  # one word: the run itself
            else:
                tokens = []
                pos = run_start
                for word in run_words:
                    pos = text.index(word, pos)
                    tokens.append((pos, word))
                    pos += len(word)
            cue = False
            before = text[max(start, run_start - 30) : run_start].split()
            if before:
                last = before[-1].lower().rstrip(",")
                pair = " ".join(before[-2:]).lower()
                cue = last.rstrip(".") in TITLE_CUES or last in VERB_BEFORE_WORDS or pair in VERB_BEFORE_PAIRS
                if len(before) > 1 and last in ("to", "for") and before[-2].lower() in TITLE_CUES:
                    cue = True  # "US ambassador to South Korea Mark Lippert" (the place is trimmed off)
            while tokens and tokens[0][1].lower() in VERB_BEFORE_WORDS:
                tokens.pop(0)  # "Estimates Chris Monday"
                cue = True
            # a run can hold several names ("Kim Jong-un And Vladimir Putin"): split at sentence words
            parts: list[list[tuple[int, str]]] = [[]]
            for tok in tokens:
                if tok[1].lower() not in FUNCTION_WORDS:
                    parts[-1].append(tok)
                elif parts[-1]:
                    parts.append([])
            parts = [p for p in parts if p]
            if not parts:
                continue
            run_end = run.end()
            may_cue = _may_cue_after(text, run_end, end)
            if not may_cue:
                after_cue, verb_after = False, None  # what the four patterns below would all say
            else:
                after_cue = bool(
                    APPOSITIVE_AFTER.match(text, run_end, end) or APPOSITIVE_VERB.match(text, run_end, end)
                )
                verb_after = None if after_cue else VERB_AFTER.match(text, run_end, end)
            if (
                may_cue
                and not after_cue
                and verb_after is None
                and len(parts[-1]) > 1
                and OF_ORG_VERB.match(text, run_end, end)
            ):
                after_cue = True  # "Victor D. Cha of CSIS said"
            if verb_after:
                after_cue = not PLACE_PREPOSITION.search(text, max(start, parts[-1][0][0] - 6), parts[-1][0][0])
                if "," in verb_after.group() and len(parts[-1]) < 2:
                    after_cue = (
                        False  # "His unit, known as Magura, says": a single word before ", says" may be anything
                    )
            for i, part in enumerate(parts):
                titled = len(part) > 1 and any(w.lower().rstrip(".,") in TITLE_CUES for _, w in part[:-1])
                last = i == len(parts) - 1
                if not (titled or (i == 0 and cue) or (last and after_cue)):
                    continue  # no sign that this is a person
                p_start = part[0][0]
                p_end = part[-1][0] + len(part[-1][1])
                trimmed = self._person_tokens(p_start, text[p_start:p_end])
                if trimmed is None:
                    continue
                titled = trimmed[0] > p_start and any(
                    w.lower().rstrip(".,") in TITLE_CUES for w in text[p_start : trimmed[0]].split()
                )
                if titled or (i == 0 and cue) or (last and after_cue and trimmed[0] + len(trimmed[1]) == p_end):
                    found.append(trimmed)
        for offset, name in found:
            entry = self.gaz.by_surface.get(name) or self.gaz.by_key.get(spelling_key(name))
            if entry is not None:
                if entry.kind == "person":
                    self._add(offset, offset + len(name), self._entry_info(entry), 0)
                continue
            self._register_person(name)
            canonical = self.person_keys[spelling_key(name)]
            self._add(offset, offset + len(name), self.infos[canonical], 3)
