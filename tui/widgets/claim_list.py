"""The Claims pane: figure as written, topic, source, and a marker on claims in a conflict."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text

from store import Claim
from tui.widgets.record_table import Column, RecordTable, cell

CONFLICT_MARK = "≠"
"""Shown (in red) before a claim that belongs to a conflict group, so colour is never the only cue."""


class ClaimList(RecordTable[Claim]):
    """Claims in reading order; the reader and the conflict strip follow the cursor."""

    HELP = (
        f"Claims: {CONFLICT_MARK} marks a claim whose figure disagrees with another source on the same topic."
        " n/N step through every claim, ]/[ through conflicting ones, x compares the topic."
    )
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column(" ", 1),
        Column("Figure", 15),
        Column("Topic", 16, hide_below=44),
        Column("Source"),
    )
    EMPTY = "No claims in this article: pick another article, or press a to show all claims"

    class Highlighted(RecordTable.Highlighted):
        """The cursor moved to a claim."""

    class Selected(RecordTable.Selected):
        """A claim was chosen with enter or a double click."""

    positions: dict[int, int] = {}
    """Claim id -> reading position; rows are always in reading order, so lookups bisect."""

    def index_of(self, row_id: int) -> int | None:
        target = self.positions.get(row_id)
        if target is None:
            return super().index_of(row_id)
        rows = self.rows
        index = bisect_left(rows, target, key=lambda c: self.positions.get(c.id, -1))
        if index < len(rows) and rows[index].id == row_id:
            return index
        return None

    def row_cells(self, row: Claim) -> Sequence[Text]:
        mark = Text(CONFLICT_MARK, style="bold red") if row.conflict_id is not None else Text(" ")
        figure = cell(row.text, "bold red" if row.conflict_id is not None else "bold")
        source = cell(row.source, "") if row.source else Text("unattributed", style="dim italic")
        return (mark, figure, cell(row.topic.replace("_", " ")), source)
