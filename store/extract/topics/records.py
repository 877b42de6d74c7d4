"""The records of topic classification: a figure's Topic and the Unit it counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Topic:
    """The topic of a figure and what it counts."""

    topic: str
    unit: str | None
    family: str | None = None
    """The unit's family ("troops", "munitions:shells", ...), for comparing like with like."""


@dataclass(frozen=True, slots=True)
class Unit:
    text: str | None
    family: str | None
    nationality: str | None = None
    """"subject", "other" or "third" when the unit names it ("North Korean soldiers")."""
    end: int = -1
    """Where the unit phrase ends in the text (-1 when inherited): cues inside it belong to this figure."""
    inherited_from: int | None = None
    """The earlier figure of the sentence whose unit this is ("of the 11,000 soldiers ..., about 6,000")."""
    inherited: bool = False
    """Whether the unit comes from the context rather than from the words after the figure."""
    previous: tuple[int, int] | None = None
    """``(sentence, position)`` of a figure of an earlier sentence whose unit this is ("puts the figure at 12,000")."""
    noun_sentence: int | None = None
    """The earlier sentence whose noun this is when it has no figure ("Soldiers died. Kyiv puts the number at 900")."""
