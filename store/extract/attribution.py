"""Who asserts a figure: the claimant of each sentence, across sentence boundaries."""

from __future__ import annotations

from dataclasses import dataclass

from store.extract.actors import ActorIndex
from store.extract.figures import Figure


@dataclass(frozen=True, slots=True)
class Who:
    source: str | None
    attribution: str = "unattributed"
    cue: str | None = None


class Attributor:
    """Finds the claimant of figures sentence by sentence (first version: none)."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], actors: ActorIndex) -> None:
        self.text = text
        self.sentences = sentences
        self.actors = actors

    def source_of(self, index: int, figure: Figure) -> Who:
        return Who(None)
