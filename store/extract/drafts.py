"""What extraction produces for one article, before the store assigns ids."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """Article metadata: from front matter, or inferred only where the text states it."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """A figure claim found in one article; offsets index the article text."""

    topic: str
    text: str
    sentence: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    value_low: float | None
    value_high: float | None
    qualifier: str | None = None
    vague: bool = False
    unit: str | None = None
    source: str | None = None
    """Canonical name of the claimant, or None when the outlet asserts it itself."""
    attribution: str = "unattributed"
    cue: str | None = None
    date: str | None = None
    """Best known date: one in the sentence, else the article's, else None."""


@dataclass(frozen=True, slots=True)
class MentionDraft:
    """An actor as seen in one article: canonical name, kind, how often, in which forms."""

    name: str
    kind: str
    count: int = 1
    aliases: tuple[str, ...] = ()
    role: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleDraft:
    """Everything extracted from one article."""

    file: str
    text: str
    content_hash: str
    meta: ArticleMeta
    claims: tuple[ClaimDraft, ...] = field(default_factory=tuple)
    mentions: tuple[MentionDraft, ...] = field(default_factory=tuple)
