"""Printing store records for the command line: JSON arrays and readable tables.

Table cells are Rich ``Text`` objects, so article-derived strings are never
parsed as markup.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import orjson
from rich.console import Console
from rich.table import Table
from rich.text import Text

from store import convert
from store.format import figure_range
from store.sanitize import clean

if TYPE_CHECKING:
    from store.store import Store

_JSON = {
    "articles": convert.article_json,
    "claims": convert.claim_json,
    "actors": convert.actor_json,
    "conflicts": convert.conflict_json,
}


def print_json(kind: str, rows: Sequence[Any]) -> None:
    sys.stdout.buffer.write(orjson.dumps([_JSON[kind](r) for r in rows], option=orjson.OPT_INDENT_2))
    sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()


def print_table(kind: str, rows: Sequence[Any], store: Store) -> None:
    table = Table(show_lines=False, header_style="bold", expand=False)
    columns, cells = _TABLES[kind](rows, store)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in cells:
        table.add_row(*(Text(clean(str(value)) if value is not None else "") for value in row))
    Console(soft_wrap=False).print(table)


def _articles(rows: Sequence[Any], store: Store) -> tuple[list[str], list[list[Any]]]:
    return ["ID", "Title", "Outlet", "Date", "Claims", "In conflict", "File"], [
        [
            a.id,
            a.title or "(untitled)",
            a.outlet or "unknown",
            a.published or "n.d.",
            a.n_claims,
            a.n_conflicting,
            a.file,
        ]
        for a in rows
    ]


def _claims(rows: Sequence[Any], store: Store) -> tuple[list[str], list[list[Any]]]:
    return ["ID", "Art.", "Figure", "Range", "Topic", "Unit", "Source", "Attribution", "Conflict"], [
        [
            c.id,
            c.article_id,
            c.text,
            figure_range(c.value_low, c.value_high, vague=c.vague),
            c.topic,
            c.unit,
            c.source or "unattributed",
            c.attribution,
            f"#{c.conflict_id}" if c.conflict_id else "",
        ]
        for c in rows
    ]


def _actors(rows: Sequence[Any], store: Store) -> tuple[list[str], list[list[Any]]]:
    return ["ID", "Name", "Kind", "Role", "Articles", "Mentions", "Claims", "Aliases"], [
        [a.id, a.name, a.kind, a.role, len(a.articles), a.mentions, len(a.claims), ", ".join(a.aliases)] for a in rows
    ]


def _conflicts(rows: Sequence[Any], store: Store) -> tuple[list[str], list[list[Any]]]:
    out = []
    for g in rows:
        figures = []
        for cid in g.claims:
            claim = store.claim(cid)
            if claim is not None:
                figures.append(f"{claim.text} ({claim.source or 'unattributed'})")
        out.append([g.id, g.topic, figure_range(g.low, g.high), len(g.claims), "; ".join(figures)])
    return ["ID", "Topic", "Spread", "Claims", "Figures (source)"], out


_TABLES = {"articles": _articles, "claims": _claims, "actors": _actors, "conflicts": _conflicts}
