"""A virtualised, keyboard-driven table of records drawn with Textual's line API.

Only the visible rows are rendered, and replacing the rows is an O(1) swap of
the sequence, so a pane can hold 100,000 claims and be refiltered on every
keypress. Cells are Rich :class:`~rich.text.Text`, never markup: article-derived
strings are shown literally.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Generic, TypeVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.sanitize import clean
from tui.widgets.strip_cache import CachedStrips
from tui.widgets.virtual_size import set_virtual_size

RowT = TypeVar("RowT")


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its header and width; ``width`` 0 takes the space the fixed columns leave."""

    title: str
    width: int = 0
    justify: str = "left"
    hide_below: int = 0
    """The column is left out when the table is narrower than this."""


def cell(value: str | None, style: str = "") -> Text:
    """A table cell from untrusted text: control sequences removed, one line, never markup."""
    return Text(clean(value or "").replace("\n", " ").replace("\t", " "), style=style)


class RecordTable(CachedStrips, ScrollView, Generic[RowT], can_focus=True):
    """A table with a cursor over a sequence of records; subclasses say how a record looks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "cursor(-1)", "Up", show=False, tooltip="Move to the previous row", id="row-up"),
        Binding("down,j", "cursor(1)", "Down", show=False, tooltip="Move to the next row", id="row-down"),
        Binding("g,home", "first", "First", show=False, tooltip="Move to the first row", id="row-first"),
        Binding("G,end", "last", "Last", show=False, tooltip="Move to the last row", id="row-last"),
        Binding("pageup", "page(-1)", "Page up", show=False, tooltip="Move up one page", id="row-page-up"),
        Binding("pagedown", "page(1)", "Page down", show=False, tooltip="Move down one page", id="row-page-down"),
        Binding("enter", "select", "Open", show=False, tooltip="Open the row under the cursor", id="row-open"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "record-table--header",
        "record-table--cursor",
        "record-table--empty",
    }
    FOCUS_STYLED: ClassVar[frozenset[str]] = frozenset({"record-table--cursor"})
    # The vertical scrollbar's track is always there: when a search or a filter makes a list shorter or longer
    # than the pane, the columns stay where they were, and the keystroke needs no layout of the whole screen
    # (with overflow-y: auto, 4-7 of the benchmark's 33 search keystrokes re-laid out and repainted every widget).
    DEFAULT_CSS = """
    RecordTable {
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-size-vertical: 1;
    }
    RecordTable > .record-table--header { text-style: bold; color: $text-accent; }
    RecordTable > .record-table--cursor { background: $surface-lighten-2; }
    RecordTable:focus > .record-table--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    RecordTable > .record-table--empty { color: $text-muted; text-style: italic; }
    """

    COLUMNS: ClassVar[tuple[Column, ...]] = ()
    EMPTY = "Nothing to show"

    class RowMessage(Message):
        """About one row of ``table`` (``row`` is None when the table is empty)."""

        def __init__(self, table: RecordTable, row: object | None) -> None:
            super().__init__()
            self.table = table
            self.row = row

        @property
        def control(self) -> RecordTable:
            return self.table

    class Highlighted(RowMessage):
        """The cursor moved to ``row`` (None when the table is empty)."""

    class Selected(RowMessage):
        """``row`` was chosen with enter or a click."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        self._strips: LRUCache[tuple[object, ...], tuple[object, Strip]] = LRUCache(512)
        """Rendered lines: a record's line is keyed by the record itself (its identity, width and cursor look),
        so a refilter that shows records already seen (typing a search) renders none of them again."""
        super().__init__(name=name, id=id, classes=classes)
        self._rows: Sequence[RowT] = ()
        self._cursor = 0
        self._empty_text = self.EMPTY
        self._frame: tuple[int, Style] | None = None
        """(content width, base style) while a frame's lines are rendered."""

    # -- subclass hooks -----------------------------------------------------------------

    def row_cells(self, row: RowT) -> Sequence[Text]:
        """One Text per column."""
        raise NotImplementedError

    def row_id(self, row: RowT) -> int:
        return row.id  # type: ignore[attr-defined]

    # -- data ---------------------------------------------------------------------------

    @property
    def empty_text(self) -> str:
        """What the table says when it has no rows (what to do about it)."""
        return self._empty_text

    @empty_text.setter
    def empty_text(self, text: str) -> None:
        if text != self._empty_text:
            self._empty_text = text
            self._strips.clear()
            self.refresh()

    @property
    def rows(self) -> Sequence[RowT]:
        return self._rows

    @property
    def cursor(self) -> int:
        return self._cursor

    @property
    def current(self) -> RowT | None:
        """The record under the cursor."""
        if 0 <= self._cursor < len(self._rows):
            return self._rows[self._cursor]
        return None

    def set_rows(self, rows: Sequence[RowT], *, keep: int | None = None, notify: bool = False) -> None:
        """Show ``rows``; the cursor goes to the row with id ``keep`` if present, else the first row.

        Only the lines that show a different record are repainted (none when typing a search leaves the
        visible records as they were), unless the view scrolls.
        """
        old_rows, old_top = self._rows, round(self.scroll_y)
        self._rows = rows
        index = 0
        if keep is not None:
            found = self.index_of(keep)
            index = 0 if found is None else found
        set_virtual_size(self, Size(self.size.width, len(rows) + 1))
        self.move_to(index, notify=notify, center=True)  # repaints the cursor's old and new lines
        if not rows or not old_rows or round(self.scroll_y) != old_top:
            self.refresh()
            return
        for i in range(old_top, old_top + max(1, self.scrollable_content_region.height - 1)):
            if (old_rows[i] if i < len(old_rows) else None) is not (rows[i] if i < len(rows) else None):
                self.refresh_line(i + 1)

    def move_to(self, index: int, *, notify: bool = True, center: bool = False) -> None:
        """Put the cursor on row ``index`` (clamped), scroll it into view, and post Highlighted if ``notify``."""
        index = max(0, min(index, len(self._rows) - 1)) if self._rows else 0
        previous = self._cursor
        self._cursor = index
        if not self._scroll_to_cursor(center=center) and index != previous:
            # Only the two rows whose cursor highlight changed are repainted (a scroll repaints everything).
            self.refresh_line(previous + 1)
            self.refresh_line(index + 1)
        if notify:
            self.post_message(self.Highlighted(self, self.current))

    def index_of(self, row_id: int) -> int | None:
        """Index of the row with id ``row_id`` (a linear scan; subclasses with sorted rows bisect)."""
        return next((i for i, r in enumerate(self._rows) if self.row_id(r) == row_id), None)

    def select_id(self, row_id: int, *, notify: bool = False) -> bool:
        """Move the cursor to the row with id ``row_id``; False when it is not shown."""
        index = self.index_of(row_id)
        if index is None:
            return False
        self.move_to(index, notify=notify, center=True)
        return True

    def _scroll_to_cursor(self, *, center: bool = False) -> bool:
        """Scroll so that the cursor row is shown; True when the view scrolled."""
        body = max(1, self.scrollable_content_region.height - 1)
        top = round(self.scroll_y)
        if center and not top <= self._cursor < top + body:
            y = max(0, self._cursor - body // 2)
        elif self._cursor < top:
            y = self._cursor
        elif self._cursor >= top + body:
            y = self._cursor - body + 1
        else:
            return False
        self.scroll_to(y=y, animate=False, immediate=True)
        return round(self.scroll_y) != top

    # -- actions ------------------------------------------------------------------------

    def action_cursor(self, delta: int) -> None:
        self.move_to(self._cursor + delta)

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self._rows) - 1)

    def action_page(self, direction: int) -> None:
        self.move_to(self._cursor + direction * max(1, self.scrollable_content_region.height - 2))

    def action_select(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Selected(self, row))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        index = round(self.scroll_y) + offset.y - 1
        if 0 <= index < len(self._rows):
            self.focus()
            self.move_to(index)
            if event.chain > 1:
                self.action_select()

    def on_resize(self, event: events.Resize) -> None:
        # No cache to drop: lines are cached by width (startup alone sends several resizes of the same size).
        set_virtual_size(self, Size(event.size.width, len(self._rows) + 1))
        self._scroll_to_cursor()

    # -- rendering ----------------------------------------------------------------------

    def _widths(self, width: int) -> list[int]:
        """Width of each column; 0 for a column hidden at this table width."""
        shown = [c for c in self.COLUMNS if width >= c.hide_below]
        fixed = sum(c.width for c in shown) + len(shown) - 1
        flexible = [c for c in shown if c.width == 0]
        spare = max(4, width - fixed) // max(1, len(flexible))
        return [(c.width or spare) if width >= c.hide_below else 0 for c in self.COLUMNS]

    def _line(self, cells: Sequence[Text], widths: list[int], width: int, style: Style) -> Strip:
        """One row of ``cells`` in columns of ``widths``, drawn over ``style``.

        Cells of one style each (all of ours) are cut, padded and turned into
        segments directly: the same picture as laying out a Rich Text, in a
        fraction of the time (a search re-renders every visible row).
        """
        get_style = self.app.console.get_style
        pieces: list[tuple[str, Style]] = []
        used = 0
        for i, (text, col_width) in enumerate(zip(cells, widths, strict=False)):
            if not col_width:
                continue
            if text.spans:
                return self._text_line(cells, widths, width, style)
            if pieces:
                pieces.append((" ", style))
                used += 1
            plain = text.plain
            cells_used = cell_len(plain)
            if cells_used > col_width:
                plain = set_cell_size(plain, col_width - 1) + "…"
                cells_used = col_width
            padding = " " * (col_width - cells_used)
            plain = padding + plain if self.COLUMNS[i].justify == "right" else plain + padding
            pieces.append((plain, style + get_style(text.style) if text.style else style))
            used += col_width
        if used > width:
            return self._text_line(cells, widths, width, style)
        if used < width:
            pieces.append((" " * (width - used), style))
        segments: list[Segment] = []
        for plain, piece_style in pieces:
            if segments and segments[-1].style == piece_style:
                segments[-1] = Segment(segments[-1].text + plain, piece_style)
            else:
                segments.append(Segment(plain, piece_style))
        return Strip(segments, width)

    def _text_line(self, cells: Sequence[Text], widths: list[int], width: int, style: Style) -> Strip:
        """:meth:`_line` by way of a Rich Text (for cells with styled spans, or columns wider than the table)."""
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        first = True
        for i, (text, col_width) in enumerate(zip(cells, widths, strict=False)):
            if not col_width:
                continue
            if not first:
                line.append(" ")
            first = False
            piece = text.copy()
            piece.truncate(col_width, overflow="ellipsis")
            if self.COLUMNS[i].justify == "right":
                piece.pad_left(col_width - piece.cell_len)
            else:
                piece.pad_right(col_width - piece.cell_len)
            line.append_text(piece)
        line.truncate(width, overflow="ellipsis", pad=True)
        line.stylize_before(style)
        segments = [Segment(s.text, s.style) for s in line.render(self.app.console)]
        return Strip(segments, width).adjust_cell_length(width, style)

    def render_lines(self, crop: Region) -> list[Strip]:
        # The width and the base style are looked up once per frame rather than once per line (each walks the
        # widget's styles and ancestors: a tenth of a search keystroke's frame when done for every line).
        self._frame = (self.scrollable_content_region.width, self.rich_style)
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        width = self._frame[0] if self._frame is not None else self.scrollable_content_region.width
        index = round(self.scroll_y) + y - 1 if y else -1
        if self._rows and index >= len(self._rows):
            index = -2  # blank
        is_cursor = index == self._cursor and bool(self._rows)
        cursor_style = self.get_component_rich_style("record-table--cursor") if is_cursor else None
        row: object = self._rows[index] if self._rows and index >= 0 else None
        # The cached value holds the record, so its id cannot be reused by another while the entry lives.
        key = ("row", id(row), width, cursor_style) if row is not None else ("line", index, width)
        cached = self._strips.get(key)
        if cached is not None and cached[0] is row:
            return cached[1]
        strip = self._render_row(index, cursor_style, width)
        self._strips[key] = (row, strip)
        return strip

    def _render_row(self, index: int, cursor_style: Style | None, width: int) -> Strip:
        """The line for row ``index`` (-1: the header, -2: blank; with no rows, the lines of the empty text)."""
        base = self._frame[1] if self._frame is not None else self.rich_style
        widths = self._widths(width)
        if index == -1:
            header = [Text(c.title) for c in self.COLUMNS]
            return self._line(header, widths, width, base + self.get_component_rich_style("record-table--header"))
        if index == -2:
            return Strip.blank(width, base)
        if not self._rows:
            lines = Text(self.empty_text).wrap(self.app.console, max(1, width))
            if index >= len(lines):
                return Strip.blank(width, base)
            line = lines[index]
            line.truncate(width, overflow="ellipsis", pad=True)
            line.stylize_before(base + self.get_component_rich_style("record-table--empty"))
            return Strip(list(line.render(self.app.console, end="")), width).adjust_cell_length(width, base)
        style = base + cursor_style if cursor_style is not None else base
        return self._line(self.row_cells(self._rows[index]), widths, width, style)
