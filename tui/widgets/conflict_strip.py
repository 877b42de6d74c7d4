"""The conflict strip: the other figures on the selected claim's topic, side by side."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import HorizontalScroll
from textual.widgets import Static

from store import Claim
from store.sanitize import clean
from tui.catalog import Rival

CARD_WIDTH = 22
DISAGREE_MARK = "≠"
AGREE_MARK = "≈"


def _fit(value: str, width: int = CARD_WIDTH - 2) -> str:
    value = clean(value).replace("\n", " ")
    return value if len(value) <= width else value[: width - 1] + "…"


def cards(rivals: Sequence[Rival], date_of: dict[int, str | None]) -> Text:
    """Four lines of side-by-side cards: figure, source, outlet, date.

    A rival whose figure disagrees with the selected claim is marked with
    ``≠`` and drawn in red; one that agrees with ``≈``.
    """
    rows = [Text(no_wrap=True, end="") for _ in range(4)]
    for rival in rivals:
        claim, article = rival.claim, rival.article
        style = "bold red" if rival.disagrees else ""
        mark = DISAGREE_MARK if rival.disagrees else AGREE_MARK
        values = (
            f"{mark} {_fit(claim.text, CARD_WIDTH - 4)}",
            _fit(claim.source or "unattributed"),
            _fit((article.outlet if article else None) or "unknown outlet"),
            _fit(date_of.get(claim.id) or "n.d."),
        )
        for i, (row, value) in enumerate(zip(rows, values, strict=True)):
            row.append(" ")
            row.append(value.ljust(CARD_WIDTH - 2), style=(style if i == 0 else "dim" if i == 3 else ""))
            row.append(" │", style="dim")
    return Text("\n", end="").join(rows)


class ConflictStrip(HorizontalScroll, can_focus=False):
    """Cards for the rivals of one claim; scrolls sideways when they do not fit."""

    DEFAULT_CSS = """
    ConflictStrip { height: 6; }
    ConflictStrip > #strip-cards { width: auto; height: 4; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._body = Static(id="strip-cards", markup=False)

    def compose(self) -> ComposeResult:
        yield self._body

    def show(self, claim: Claim | None, rivals: Sequence[Rival], total: int, dates: dict[int, str | None]) -> None:
        """Show ``rivals`` of ``claim`` (``total`` distinct ones exist)."""
        body = self._body
        if claim is None:
            self.border_title = Text("Other figures")
            body.update(Text("Select a claim to see the other figures on its topic", style="dim italic"))
            return
        topic = claim.topic.replace("_", " ")
        n_disagree = sum(r.disagrees for r in rivals)
        title = Text(f"Other figures on {topic}: {total}")
        if n_disagree:
            title.append(f"  {DISAGREE_MARK} {n_disagree} disagree with {clean(claim.text)}", style="bold red")
        if total > len(rivals):
            title.append(f"  (first {len(rivals)}; x compares all)")
        self.border_title = title
        if not rivals:
            body.update(Text("No other figures on this topic yet", style="dim italic"))
        else:
            body.update(cards(rivals, dates))
