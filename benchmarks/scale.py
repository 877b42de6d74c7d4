"""A large store made by copying the articles of an ingested one, without extracting again.

Keypress latency is wanted at 100,000 claims and memory at 10,000 articles;
extracting that many synthetic articles would take most of the time budget and
measure nothing new. Each copy gets a distinct text (a reference line appended
after the body, so every stored offset stays valid), file name, content hash and
outlet (identical copies would flatter anything that deduplicates figures by
source and outlet, such as the conflict strip); actors and conflict groups are
then recomputed by the store's own aggregation over all the copies, and the file
is written in the store's TinyDB layout.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from store.aggregate import derive_tables
from store.convert import CLAIM_COLUMNS, claim_columns, upgrade_article_doc, upgrade_claim_doc
from store.storage import read_json, write_json_atomic
from store.store import meta_doc


def _copy_article(doc: dict[str, Any], copy: int) -> dict[str, Any]:
    text = f"{doc['text']}\nReference copy {copy}\n"
    return {
        **doc,
        "file": f"c{copy}_{doc['file']}",
        "text": text,
        "content_hash": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "outlet": f"{doc.get('outlet') or 'Wire'} {copy}",
    }


def build_scaled_store(source: Path, target: Path, *, articles: int = 0, claims: int = 0) -> dict[str, int]:
    """Write at ``target`` a store with at least ``articles`` articles and ``claims`` claims.

    Returns:
        The numbers of articles and claims written.
    """
    data = read_json(source) or {}
    src_articles: dict[str, Any] = {k: upgrade_article_doc(d) for k, d in data.get("articles", {}).items()}
    if not src_articles:
        raise ValueError(f"{source}: no articles to copy")
    if claim_columns(data) != CLAIM_COLUMNS:
        raise ValueError(f"{source}: written by another version of nkru-tui; open it once to migrate it")
    src_claims: dict[str, Any] = {
        k: upgrade_claim_doc(d, src_articles[str(d["article_id"])]["text"]) for k, d in data.get("claims", {}).items()
    }
    claims_of: dict[str, list[dict[str, Any]]] = {}
    for doc in src_claims.values():
        claims_of.setdefault(str(doc["article_id"]), []).append(doc)
    out_articles: dict[str, Any] = {}
    out_claims: dict[str, Any] = {}
    copy = 0
    while len(out_articles) < articles or len(out_claims) < claims:
        for key, doc in src_articles.items():
            article_id = len(out_articles) + 1
            clone = doc if copy == 0 else _copy_article(doc, copy)
            out_articles[str(article_id)] = clone
            for claim in claims_of.get(key, ()):
                out_claims[str(len(out_claims) + 1)] = {**claim, "article_id": article_id}
            if len(out_articles) >= articles and len(out_claims) >= claims:
                break
        copy += 1
    actors, conflicts = derive_tables(out_articles, out_claims, {})
    tables = {
        "articles": out_articles,
        "claims": out_claims,
        "actors": actors,
        "conflicts": conflicts,
        # Stamped as the store stamps what it derives, so an ingest into it may extend the derived tables.
        "meta": {"1": meta_doc()},
    }
    write_json_atomic(target, tables, keep_backup=False)
    return {"articles": len(out_articles), "claims": len(out_claims)}
