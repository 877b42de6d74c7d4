"""The one place where domain records meet the plain dicts stored in TinyDB."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, fields
from functools import cache
from typing import Any

from store.extract.drafts import ArticleDraft, ClaimDraft, MentionDraft
from store.models import Actor, Article, Claim, Conflict


def article_doc(draft: ArticleDraft) -> dict[str, Any]:
    """The stored form of a newly extracted article."""
    return {
        "file": draft.file,
        "text": draft.text,
        "content_hash": draft.content_hash,
        **_flat(draft.meta),
        "mentions": [_flat(m) for m in draft.mentions],
    }


def claim_doc(draft: ClaimDraft, article_id: int, file: str) -> dict[str, Any]:
    """The stored form of a newly extracted claim."""
    return {"article_id": article_id, "file": file, **_flat(draft)}


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _flat(record: Any) -> dict[str, Any]:
    # The draft records hold only scalars and tuples of strings, so this equals dataclasses.asdict without its
    # recursive deep copy, which was most of the time of writing an ingest.
    return {name: getattr(record, name) for name in _field_names(type(record))}


def mentions_from_doc(doc: Mapping[str, Any]) -> list[MentionDraft]:
    """The actor mentions stored with an article."""
    return [
        MentionDraft(
            name=m["name"],
            kind=m["kind"],
            count=int(m.get("count", 1)),
            aliases=tuple(m.get("aliases", ())),
            role=m.get("role"),
        )
        for m in doc.get("mentions", ())
    ]


def to_article(doc_id: int, doc: Mapping[str, Any], n_claims: int, n_conflicting: int) -> Article:
    return Article(
        id=doc_id,
        file=doc["file"],
        text=doc["text"],
        content_hash=doc["content_hash"],
        title=doc.get("title"),
        outlet=doc.get("outlet"),
        author=doc.get("author"),
        published=doc.get("published"),
        url=doc.get("url"),
        language=doc.get("language"),
        n_claims=n_claims,
        n_conflicting=n_conflicting,
    )


def to_claim(doc_id: int, doc: Mapping[str, Any], source_id: int | None, conflict_id: int | None) -> Claim:
    return Claim(
        id=doc_id,
        article_id=int(doc["article_id"]),
        file=doc["file"],
        topic=doc["topic"],
        text=doc["text"],
        sentence=doc["sentence"],
        start=int(doc["start"]),
        end=int(doc["end"]),
        sentence_start=int(doc["sentence_start"]),
        sentence_end=int(doc["sentence_end"]),
        value_low=doc.get("value_low"),
        value_high=doc.get("value_high"),
        qualifier=doc.get("qualifier"),
        vague=bool(doc.get("vague", False)),
        unit=doc.get("unit"),
        source=doc.get("source"),
        source_id=source_id,
        attribution=doc.get("attribution", "unattributed"),
        cue=doc.get("cue"),
        date=doc.get("date"),
        conflict_id=conflict_id,
    )


def to_actor(doc_id: int, doc: Mapping[str, Any]) -> Actor:
    return Actor(
        id=doc_id,
        name=doc["name"],
        kind=doc["kind"],
        aliases=tuple(doc.get("aliases", ())),
        role=doc.get("role"),
        articles=tuple(doc.get("articles", ())),
        mentions=int(doc.get("mentions", 0)),
        claims=tuple(doc.get("claims", ())),
    )


def actor_doc(actor: Actor) -> dict[str, Any]:
    doc = asdict(actor)
    del doc["id"]
    return {k: list(v) if isinstance(v, tuple) else v for k, v in doc.items()}


def to_conflict(doc_id: int, doc: Mapping[str, Any]) -> Conflict:
    return Conflict(
        id=doc_id,
        topic=doc["topic"],
        claims=tuple(doc.get("claims", ())),
        low=doc.get("low"),
        high=doc.get("high"),
        sources=tuple(doc.get("sources", ())),
        measure=doc.get("measure", ""),
        first_date=doc.get("first_date"),
        last_date=doc.get("last_date"),
    )


def conflict_doc(conflict: Conflict) -> dict[str, Any]:
    doc = asdict(conflict)
    del doc["id"]
    return {k: list(v) if isinstance(v, tuple) else v for k, v in doc.items()}


def article_json(article: Article) -> dict[str, Any]:
    """The ``articles --json`` form of an article."""
    return {
        "id": article.id,
        "file": article.file,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "url": article.url,
        "n_claims": article.n_claims,
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    """The ``claims --json`` form of a claim."""
    return asdict(claim)


def actor_json(actor: Actor) -> dict[str, Any]:
    doc = asdict(actor)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in doc.items()}


def conflict_json(conflict: Conflict) -> dict[str, Any]:
    doc = asdict(conflict)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in doc.items()}
