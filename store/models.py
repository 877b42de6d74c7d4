"""Domain records of nkru-tui: frozen dataclasses the rest of the program works with.

These are what the store's public API returns. They never carry TinyDB documents;
the conversion to and from plain dicts lives in :mod:`store.convert`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ActorKind(StrEnum):
    """What sort of thing an actor is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    GROUP = "group"


class Attribution(StrEnum):
    """How a claim is tied to its claimant."""

    DIRECT = "direct quote"
    INDIRECT = "indirect"
    REPORTED = "reported"
    UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, slots=True)
class Article:
    """One ingested article, with its verbatim text and metadata."""

    id: int
    file: str
    text: str
    content_hash: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    """ISO date (``YYYY-MM-DD``) when the article states it, else None."""
    url: str | None = None
    language: str | None = None
    n_claims: int = 0
    n_conflicting: int = 0


@dataclass(frozen=True, slots=True)
class Claim:
    """A figure about the subject, in one sentence, asserted by someone.

    ``text[start:end]`` of the article is the figure as written and
    ``text[sentence_start:sentence_end]`` its sentence.
    """

    id: int
    article_id: int
    file: str
    topic: str
    text: str
    sentence: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    value_low: float | None = None
    value_high: float | None = None
    qualifier: str | None = None
    vague: bool = False
    unit: str | None = None
    source: str | None = None
    source_id: int | None = None
    attribution: str = Attribution.UNATTRIBUTED.value
    cue: str | None = None
    date: str | None = None
    conflict_id: int | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, place or group named in the articles."""

    id: int
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    articles: tuple[int, ...] = ()
    mentions: int = 0
    claims: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    """Claims on one topic whose figures disagree, from different sources or articles."""

    id: int
    topic: str
    claims: tuple[int, ...] = field(default_factory=tuple)
    low: float | None = None
    high: float | None = None
    sources: tuple[str, ...] = ()
    measure: str = ""
    """What the figures measure (see :mod:`store.measures`): only like is compared with like."""
    first_date: str | None = None
    last_date: str | None = None
    """The earliest and latest claim dates: a wide span hints at change over time, not contradiction."""
