"""Finding actors (people, organisations, places, groups) and merging their aliases."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from store.extract.drafts import MentionDraft


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    name: str
    kind: str
    role: str | None = None


@dataclass(slots=True)
class ActorIndex:
    """The actors of one article, by sentence."""

    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)

    def in_sentence(self, index: int) -> list[Mention]:
        return self.by_sentence.get(index, [])

    def mentions(self) -> tuple[MentionDraft, ...]:
        counts: Counter[tuple[str, str]] = Counter((m.name, m.kind) for ms in self.by_sentence.values() for m in ms)
        return tuple(MentionDraft(name=n, kind=k, count=c) for (n, k), c in counts.items())


def find_actors(text: str, sentences: list[tuple[int, int]]) -> ActorIndex:
    """First version: no actors."""
    return ActorIndex()
