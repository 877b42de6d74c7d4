"""The conflict strip: the other figures on the selected claim's topic, side by side.

Drawn with the line API: the cards are built once per claim and only the
visible columns of their four lines are rendered, so following the cursor
costs a repaint of this strip and never a layout of the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store import Claim
from store.sanitize import clean
from tui.catalog import Rival
from tui.widgets.strip_cache import CachedStrips
from tui.widgets.virtual_size import set_virtual_size

CARD_WIDTH = 22
DISAGREE_MARK = "≠"
AGREE_MARK = "≈"


def _fit(value: str, width: int = CARD_WIDTH - 2) -> str:
    value = clean(value).replace("\n", " ")
    return value if len(value) <= width else value[: width - 1] + "…"


Piece = tuple[str, str]
"""A run of text and the name of its look: "" (plain), "disagree", "dim" or "message"."""


def card_rows(rivals: Sequence[Rival], date_of: dict[int, str | None]) -> list[list[Piece]]:
    """Four rows of side-by-side cards: figure, source, outlet, date.

    A rival whose figure disagrees with the selected claim is marked with
    ``≠`` and drawn in red; one that agrees with ``≈``.
    """
    rows: list[list[Piece]] = [[], [], [], []]
    for rival in rivals:
        claim, article = rival.claim, rival.article
        mark = DISAGREE_MARK if rival.disagrees else AGREE_MARK
        values = (
            f"{mark} {_fit(claim.text, CARD_WIDTH - 4)}",
            _fit(claim.source or "unattributed"),
            _fit((article.outlet if article else None) or "unknown outlet"),
            _fit(date_of.get(claim.id) or "n.d."),
        )
        looks = ("disagree" if rival.disagrees else "", "", "", "dim")
        for row, value, look in zip(rows, values, looks, strict=True):
            row.append((" ", ""))
            row.append((value.ljust(CARD_WIDTH - 2), look))
            row.append((" │", "dim"))
    return rows


LOOKS = {"": "", "disagree": "bold red", "dim": "dim", "message": "dim italic"}
"""The Rich style of each look."""


class ConflictStrip(CachedStrips, ScrollView, can_focus=True):
    """Cards for the rivals of one claim; scrolls sideways when they do not fit (focus it, then left/right)."""

    HELP = "Other figures: left/right (h/l) scroll the cards a card at a time; x compares them all."
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "cards(-1)", "Prev card", show=False, tooltip="Scroll the cards left", id="strip-left"),
        Binding("right,l", "cards(1)", "Next card", show=False, tooltip="Scroll the cards right", id="strip-right"),
        Binding("home,g", "cards_home", "First card", show=False, tooltip="Back to the first card", id="strip-home"),
        Binding("end,G", "cards_end", "Last card", show=False, tooltip="Scroll to the last card", id="strip-end"),
    ]

    DEFAULT_CSS = """
    ConflictStrip { height: 6; overflow-x: scroll; overflow-y: hidden; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        self._strips: LRUCache[int, Strip] = LRUCache(16)
        super().__init__(id=id)
        self._lines: list[list[Piece]] = []
        self._shown: tuple[object, ...] | None = None
        self._widest = 0

    @property
    def lines(self) -> list[str]:
        """The strip's content as plain text, one string per line (wider than the strip when the cards do not fit)."""
        return ["".join(text for text, _look in pieces) for pieces in self._lines]

    def show(self, claim: Claim | None, rivals: Sequence[Rival], total: int, dates: dict[int, str | None]) -> None:
        """Show ``rivals`` of ``claim`` (``total`` distinct ones exist)."""
        if claim is None:
            self._set(
                ("none",),
                Text("Other figures"),
                [[("Select a claim to see the other figures on its topic", "message")]],
            )
            return
        shown = (claim.topic, claim.text, total, tuple((r.claim.id, r.disagrees) for r in rivals))
        if shown == self._shown:
            return  # the same cards and title (stepping through claims that say the same)
        topic = claim.topic.replace("_", " ")
        n_disagree = sum(r.disagrees for r in rivals)
        title = Text(f"Other figures on {topic}: {total}")
        if n_disagree:
            title.append(f"  {DISAGREE_MARK} {n_disagree} disagree with {clean(claim.text)}", style="bold red")
        if total > len(rivals):
            title.append(f"  (first {len(rivals)}; x compares all)")
        lines = card_rows(rivals, dates) if rivals else [[("No other figures on this topic yet", "message")]]
        self._set(shown, title, lines)

    def action_cards(self, direction: int) -> None:
        """Scroll by one card (a card and its separator) in ``direction``."""
        self.scroll_to(x=self.scroll_x + direction * (CARD_WIDTH + 1), animate=False)

    def action_cards_home(self) -> None:
        self.scroll_to(x=0, animate=False)

    def action_cards_end(self) -> None:
        self.scroll_to(x=self.max_scroll_x, animate=False)

    def show_pending(self, message: str) -> None:
        """Say why no figures are shown yet (e.g. the store is still loading)."""
        self._set(("pending", message), Text("Other figures"), [[(message, "message")]])

    def _set(self, shown: tuple[object, ...], title: Text, lines: list[list[Piece]]) -> None:
        self._shown = shown
        self.border_title = title
        self._lines = lines
        self._widest = max((sum(cell_len(text) for text, _look in pieces) for pieces in lines), default=0)
        self._strips.clear()
        set_virtual_size(self, Size(self._widest, len(lines)))
        self.scroll_to(x=0, animate=False, immediate=True)
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y >= len(self._lines):
            return Strip.blank(width, base)
        strip = self._strips.get(y)
        if strip is None:
            # Segments straight from the pieces: rendering a Rich Text this wide costs milliseconds per line.
            styles = {look: base + Style.parse(style) if style else base for look, style in LOOKS.items()}
            segments = [Segment(text, styles[look]) for text, look in self._lines[y]]
            width_here = sum(cell_len(text) for text, _look in self._lines[y])
            # The cards form one block, as wide as its widest line.
            strip = Strip(segments, width_here).extend_cell_length(self._widest, base).simplify()
            self._strips[y] = strip
        x = round(self.scroll_x)
        return strip.crop_extend(x, x + width, Style(bgcolor=base.bgcolor))
