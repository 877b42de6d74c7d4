"""Deterministic extraction of figure claims and actors from article text.

:func:`extract_article` is the one entry point: a pure function from raw file
content to an :class:`ArticleDraft`, safe to run in worker processes.
"""

from store.extract.drafts import ArticleDraft, ArticleMeta, ClaimDraft, MentionDraft
from store.extract.pipeline import extract_article

__all__ = ["ArticleDraft", "ArticleMeta", "ClaimDraft", "MentionDraft", "extract_article"]
