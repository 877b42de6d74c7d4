"""The records of actor finding: Mention, ActorInfo and the per-article ActorIndex."""

from __future__ import annotations

from dataclasses import dataclass, field

from store.extract.drafts import MentionDraft
from store.extract.names import GazetteerEntry, gazetteer


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an actor in the article text."""

    start: int
    end: int
    name: str
    kind: str
    surface: str = ""


@dataclass(slots=True)
class ActorInfo:
    """What an article says about one actor."""

    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    type: str | None = None
    country: str | None = None
    government_of: str | None = None
    count: int = 0


@dataclass(slots=True)
class ActorIndex:
    """The actors of one article, by sentence."""

    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    actors: dict[str, ActorInfo] = field(default_factory=dict)

    def in_sentence(self, index: int) -> list[Mention]:
        """Mentions in sentence ``index``, in text order."""
        return self.by_sentence.get(index, [])

    def info(self, name: str) -> ActorInfo | None:
        """What is known about the actor with canonical ``name``."""
        return self.actors.get(name)

    def ensure(self, name: str, kind: str) -> ActorInfo:
        """The actor ``name``, registered (with one mention) if the text named it only indirectly."""
        info = self.actors.get(name)
        if info is None:
            entry = gazetteer().by_name.get(name)
            info = info_for(entry) if entry else ActorInfo(name=name, kind=kind)
            info.count = 1
            self.actors[name] = info
        return info

    def mentions(self) -> tuple[MentionDraft, ...]:
        """One draft per actor, most mentioned first."""
        ordered = sorted(self.actors.values(), key=lambda a: (-a.count, a.name))
        return tuple(
            MentionDraft(
                name=a.name,
                kind=a.kind,
                count=max(a.count, 1),
                aliases=tuple(sorted(a.aliases - {a.name})),
                role=a.role,
            )
            for a in ordered
        )


def info_for(entry: GazetteerEntry) -> ActorInfo:
    return ActorInfo(
        name=entry.name,
        kind=entry.kind,
        type=entry.type,
        country=entry.country,
        government_of=entry.government_of,
    )
