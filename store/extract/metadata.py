"""Article metadata: front matter when present, else only what the text itself states."""

from __future__ import annotations

from store.extract.drafts import ArticleMeta


def parse_metadata(text: str, file: str) -> tuple[ArticleMeta, int]:
    """``(metadata, offset where the body starts)`` (first version: nothing inferred)."""
    return ArticleMeta(), 0
