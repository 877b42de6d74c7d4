"""find_actors(): the stages wired together over one article, and the index they produce."""

from __future__ import annotations

import bisect
from collections import Counter

from store.extract.actors.descriptions import DescriptionStage
from store.extract.actors.organisations import OrganisationStage
from store.extract.actors.people import PeopleStage
from store.extract.actors.records import ActorIndex, Mention
from store.extract.actors.roles import RoleStage


class _Finder(DescriptionStage, OrganisationStage, PeopleStage, RoleStage):
    """Actor finding for one article."""

    def gazetteer_forms(self, start: int, end: int) -> None:
        for m in self.vocab.gaz_re.finditer(self.text, start, end):
            entry = self.vocab.gaz_surface[m.group()]
            self._add(m.start(), m.end(), self._entry_info(entry), 0)


def find_actors(text: str, sentences: list[tuple[int, int]]) -> ActorIndex:
    """The actors named in ``text``, with their mentions sentence by sentence."""
    index = ActorIndex()
    if not sentences:
        return index
    finder = _Finder(text, sentences)
    start, end = sentences[0][0], sentences[-1][1]
    finder.gazetteer_forms(start, end)
    finder.descriptors(start, end)
    for s_start, s_end in sentences:  # names never run across a sentence end
        finder.organisations(s_start, s_end)
        finder.people(s_start, s_end)
    finder.short_forms(start, end)
    starts = [s for s, _ in sentences]
    counts: Counter[str] = Counter()
    resolved = finder.resolve()
    orgs = {s.start: s.name for s in resolved if s.kind == "organisation"}
    for span in resolved:
        i = bisect.bisect_right(starts, span.start) - 1
        if i < 0 or span.end > sentences[i][1]:
            continue
        info = finder.infos[span.name]
        surface = text[span.start : span.end]
        info.aliases.add(surface)
        counts[span.name] += 1
        if info.kind == "person" and info.role is None:
            info.role = finder.role_of(span, sentences[i], orgs)
        index.by_sentence.setdefault(i, []).append(Mention(span.start, span.end, info.name, info.kind, surface))
        index.actors[info.name] = info
    for name, info in index.actors.items():
        info.count = counts[name]
        entry = finder.gaz.by_name.get(name)
        if entry is None or entry.role is None:
            continue
        # no role in the text, or a bare title ("President") that the listed role spells out ("Ukrainian President")
        bare = info.role is not None and " " not in info.role and info.role.lower().rstrip(".") in entry.role.lower()
        if info.role is None or bare:
            info.role = entry.role
    return index
