"""The records of attribution: a figure's claimant (Who) and the cues read from each sentence."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Who:
    """The claimant of a figure, how it is attributed and the cue word."""

    source: str | None
    attribution: str = "unattributed"
    cue: str | None = None


@dataclass(frozen=True, slots=True)
class Cue:
    """An attribution cue in a sentence: the cue words' span, its kind and its speaker (if any)."""

    start: int
    end: int
    verb: str
    kind: str  # "verb", "according", "citing", "reported", "origin"
    speaker: str | None
    speaker_pos: int


@dataclass(slots=True)
class SentenceCues:
    """A sentence's cues in text order and the last speaker outside quotes."""

    cues: list[Cue] = field(default_factory=list)
    last_speaker: str | None = None
