"""The Actors pane: name, kind, mentions and claims sourced."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text

from store import Actor
from tui.widgets.record_table import Column, RecordTable, cell

KIND_SHORT = {"organisation": "org.", "person": "person", "place": "place", "group": "group"}


class ActorList(RecordTable[Actor]):
    """People, organisations, places and groups; choosing one filters the claims to it."""

    HELP = "Actors: enter (or a click) shows only the claims an actor is the source of or is mentioned with."
    COLUMNS: ClassVar[tuple[Column, ...]] = (
        Column("Name"),
        Column("Kind", 6, hide_below=30),
        Column("Men.", 5, "right", hide_below=24),
        Column("Cl.", 5, "right"),
    )
    EMPTY = "No actors here: press a to show all actors"

    class Highlighted(RecordTable.Highlighted):
        """The cursor moved to an actor."""

    class Selected(RecordTable.Selected):
        """An actor was chosen with enter or a click."""

    def row_cells(self, row: Actor) -> Sequence[Text]:
        kind = KIND_SHORT.get(row.kind, row.kind)
        return (cell(row.name, "bold"), cell(kind), Text(str(row.mentions)), Text(str(len(row.claims))))
