"""The Articles pane: title, outlet, date, number of claims and of conflicting claims."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text

from store import Article
from tui.widgets.record_table import Column, RecordTable, cell


class ArticleList(RecordTable[Article]):
    """Articles in store order; highlighting one filters the other panes to it."""

    HELP = "Articles: move with arrows or j/k; the claims and actors panes follow the article under the cursor."
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column("Title"),
        Column("Outlet", 12, hide_below=44),
        Column("Date", 10, hide_below=34),
        Column("Cl.", 4, "right"),
        Column("≠", 3, "right"),
    )
    EMPTY = "No articles yet: run nkru-tui ingest PATH to add some"

    class Highlighted(RecordTable.Highlighted):
        """The cursor moved to an article."""

    class Selected(RecordTable.Selected):
        """An article was chosen with enter or a double click."""

    def index_of(self, row_id: int) -> int | None:
        # Articles are listed in id order.
        rows = self.rows
        index = bisect_left(rows, row_id, key=lambda a: a.id)
        if index < len(rows) and rows[index].id == row_id:
            return index
        return None

    def row_cells(self, row: Article) -> Sequence[Text]:
        conflicting = Text(str(row.n_conflicting), style="bold red" if row.n_conflicting else "dim")
        return (
            cell(row.title or row.file),
            cell(row.outlet or "unknown outlet", "italic"),
            cell(row.published or "n.d."),
            Text(str(row.n_claims)),
            conflicting,
        )
