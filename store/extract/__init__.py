"""Deterministic extraction of figure claims and actors from article text.

:func:`extract_article` is the one entry point: a pure function from raw file
content to an :class:`ArticleDraft`, safe to run in worker processes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from store.extract.drafts import ArticleDraft, ArticleMeta, ClaimDraft, MentionDraft

if TYPE_CHECKING:
    from store.extract.pipeline import extract_article

__all__ = ["ArticleDraft", "ArticleMeta", "ClaimDraft", "MentionDraft", "extract_article"]


def __getattr__(name: str) -> Any:
    # The pipeline (its patterns and data) is imported on first use, not by everything that imports
    # ``store``: opening the app needs no extractor, and this saves ~70 ms of every launch.
    if name == "extract_article":
        from store.extract.pipeline import extract_article

        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
