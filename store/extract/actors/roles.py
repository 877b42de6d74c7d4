"""A person's title or role as the text gives it: an appositive, a premodifier or ``of`` an organisation."""

from __future__ import annotations

import re

from store.extract.actors.base import FinderBase, Span
from store.extract.actors.titles import TITLES
from store.extract.actors.tokens import LOW, SP, UP
from store.extract.actors.wordlists import words

_PREMOD_ROLE = re.compile(
    rf"(?<![\w’'-])(?P<role>(?:(?:[{UP}][\w’'.-]*|former|then|acting|deputy|senior|chief|top|vice|interim|ex|of|for|the|and|on)"
    rf"{SP}+)*(?:(?!(?:said|says|that|the|a|an|by|with|and|to|of|in|on|is|was|as|from|at|for)\b)[{LOW}-]+{SP}+){{0,2}}"
    rf"(?i:(?:{TITLES}))(?:{SP}+of(?:{SP}+the)?(?:{SP}+[{UP}][\w’'-]*)+)?),?{SP}+$"
)
_APPOSITIVE_ROLE = re.compile(
    rf"{SP}*(?:\([^()\n]{{1,40}}\){SP}*)?,{SP}+(?:who{SP}+(?:is|was){SP}+(?:now{SP}+|also{SP}+)?)?"
    rf"(?:(?:a|an|the){SP}+)?(?P<role>(?:[\w’'-]+{SP}+){{0,4}}?(?i:(?:{TITLES}))\b[^.;:!?\"“”„«»]*)"
)
_OF_ORGANISATION = re.compile(r"[ \u00a0]+(?:of|from|at)[ \u00a0]+(?:the[ \u00a0]+)?")
_ROLE_END = re.compile(r",[ \u00a0]+(?=[a-z“\"„«‘])|[ \u00a0]+(?:in a|in an|told|said|says|who|which|during)\b|,$")
_ROLE_LEAD = words(
    """
    the of and for on a an by with in at to as while after but so that then meanwhile however its his her their
    """
)


class RoleStage(FinderBase):
    """Reads the role the text gives a person next to one mention."""

    def role_of(self, span: Span, sentence: tuple[int, int], orgs: dict[int, str] | None = None) -> str | None:
        """A title or role the text gives a person next to this mention (inside its sentence)."""
        of = _OF_ORGANISATION.match(self.text, span.end, sentence[1])
        if of and orgs and of.end() in orgs:
            return orgs[of.end()]  # "Yakov Zinberg of Kokushikan University"
        after = _APPOSITIVE_ROLE.match(self.text, span.end, min(sentence[1], span.end + 200))
        if after:
            role = after.group("role")
            cut = _ROLE_END.search(role)
            role = role[: cut.start()] if cut else role
            role = role.strip(" ,")
            if 2 < len(role) <= 120:
                return role
        before = _PREMOD_ROLE.search(self.text, max(sentence[0], span.start - 90), span.start)
        if before:
            role = before.group("role").strip(" ,")
            words = role.split()
            while words and words[0].lower() in _ROLE_LEAD:
                words.pop(0)
            role = " ".join(words)
            if role and role.lower() not in ("mr.", "mrs.", "ms.", "dr."):
                return role
        return None
