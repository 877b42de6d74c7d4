"""The compare view: every claim on one topic as a card, ordered by date, above bars on one shared axis."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from store import Article, Claim
from store.format import figure_range
from store.sanitize import clean
from tui.catalog import Catalog
from tui.widgets.claim_list import CONFLICT_MARK
from tui.widgets.figure_bars import Bar, FigureBars
from tui.widgets.key_bar import KeyBar

MAX_CARDS = 60
"""A topic can hold thousands of claims; the view shows the oldest this many distinct ones (the header says so)."""
CARD_WIDTH = 38


def card_text(
    number: int, claim: Claim, article: Article | None, date: str | None, selected: bool, repeats: int = 1
) -> Text:
    """One claim as a card: figure, source, outlet, date and the quoted sentence, all literal text.

    ``repeats`` > 1 says how many claims give the same figure from the same source in the same outlet.
    """
    out = Text(end="")
    out.append(f"#{number} ", style="dim")
    if claim.conflict_id is not None:
        out.append(f"{CONFLICT_MARK} ", style="bold red")
    out.append(clean(claim.text), style="bold red" if claim.conflict_id is not None else "bold")
    if repeats > 1:
        out.append(f"  ×{repeats}", style="dim")
    if selected:
        out.append("  ◆ selected", style="bold cyan")
    out.append("\n")
    out.append(clean(claim.source or "unattributed"), style="" if claim.source else "dim italic")
    out.append("\n")
    out.append(clean((article.outlet if article else None) or "unknown outlet"), style="italic")
    out.append(f", {date or 'n.d.'}\n", style="dim")
    out.append(f"“{' '.join(clean(claim.sentence).split())}”")
    return out


class CompareScreen(Screen[None]):
    """Full-screen comparison of the figures on the selected claim's topic."""

    # Parsed when the screen is first shown, not with the main screen's styles at launch.
    DEFAULT_CSS = """
    #compare-body { padding: 0 1; }
    #compare-title { margin-bottom: 1; }
    #compare-bars { margin-bottom: 1; }
    #compare-cards {
        grid-size: 3;
        grid-gutter: 0 1;
        grid-rows: auto;
        height: auto;
    }
    .card {
        border: round $panel-lighten-2;
        padding: 0 1;
        height: auto;
    }
    .card.selected { border: double $accent; }
    """

    HELP = "Compare: each card is one claim (oldest first); the bars put every figure on one axis."
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back", tooltip="Return to the browser", id="compare-back"),
        Binding("c", "copy", "Copy table", tooltip="Copy the comparison as a Markdown table", id="compare-copy"),
        Binding("j,down", "scroll(1)", "Down", show=False, tooltip="Scroll down", id="compare-down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, tooltip="Scroll up", id="compare-up"),
        Binding("g,home", "top", "Top", show=False, tooltip="Scroll to the top", id="compare-top"),
        Binding("G,end", "bottom", "Bottom", show=False, tooltip="Scroll to the end", id="compare-end"),
    ]

    def __init__(self, catalog: Catalog, claim: Claim) -> None:
        super().__init__()
        self.catalog = catalog
        self.claim = claim
        self.total = len(catalog.topic_claims(claim.topic))
        distinct = catalog.distinct_claims(claim.topic)
        self.distinct = len(distinct)
        # The selected claim stands for its own figure, source and outlet.
        distinct = [(claim, n) if catalog.same_figure(c, claim) else (c, n) for c, n in distinct]
        if all(c.id != claim.id for c, _n in distinct[:MAX_CARDS]):
            distinct = [*distinct[: MAX_CARDS - 1], next((c, n) for c, n in distinct if c.id == claim.id)]
        self.repeats = {c.id: n for c, n in distinct[:MAX_CARDS]}
        self.shown = [c for c, _n in distinct[:MAX_CARDS]]

    @property
    def pairs(self) -> list[tuple[Claim, Article]]:
        """The shown claims with their articles, oldest first."""
        by_id = self.catalog.article_by_id
        return [(c, by_id[c.article_id]) for c in self.shown if c.article_id in by_id]

    def compose(self) -> ComposeResult:
        topic = self.claim.topic.replace("_", " ")
        with VerticalScroll(id="compare-body"):
            yield Static(self._header(topic), id="compare-title")
            bars = [
                Bar(
                    f"#{n} {clean(c.text)}",
                    c.value_low,
                    c.value_high,
                    c.conflict_id is not None,
                    note=c.source or "unattributed",
                )
                for n, c in enumerate(self.shown, start=1)
            ]
            yield FigureBars(bars, id="compare-bars")
            with Grid(id="compare-cards"):
                for n, claim in enumerate(self.shown, start=1):
                    article = self.catalog.article_by_id.get(claim.article_id)
                    selected = claim.id == self.claim.id
                    date = self.catalog.date_of(claim)
                    text = card_text(n, claim, article, date, selected, self.repeats.get(claim.id, 1))
                    card = Static(text, classes="card", markup=False)
                    if claim.id == self.claim.id:
                        card.add_class("selected")
                    yield card
        yield KeyBar()

    def _header(self, topic: str) -> Text:
        lows = [v for c in self.shown for v in (c.value_low, c.value_high) if v is not None]
        title = Text(f"Compare: {topic}", style="bold")
        title.append(f"  {self.total} claim{'s' if self.total != 1 else ''}")
        if self.distinct < self.total:
            title.append(f" ({self.distinct} distinct figures, sources and outlets)")
        if lows:
            title.append(f", figures from {figure_range(min(lows), max(lows))}")
        n_conflict = sum(c.conflict_id is not None for c in self.shown)
        if n_conflict:
            title.append(f"  {CONFLICT_MARK} {n_conflict} in conflict", style="bold red")
        if self.distinct > len(self.shown):
            title.append(f"  (showing the oldest {len(self.shown)})", style="dim")
        title.append("\nOrdered by date. escape returns, c copies the table.", style="dim")
        return title

    def on_resize(self, event: events.Resize) -> None:
        self.query_one("#compare-cards", Grid).styles.grid_size_columns = max(1, event.size.width // CARD_WIDTH)

    def on_mount(self) -> None:
        self.query_one("#compare-cards", Grid).styles.grid_size_columns = max(1, self.size.width // CARD_WIDTH)
        self.query_one("#compare-body").focus()

    def action_scroll(self, delta: int) -> None:
        body = self.query_one("#compare-body", VerticalScroll)
        body.scroll_to(y=body.scroll_y + delta * 2, animate=False)

    def action_top(self) -> None:
        self.query_one("#compare-body", VerticalScroll).scroll_home(animate=False)

    def action_bottom(self) -> None:
        self.query_one("#compare-body", VerticalScroll).scroll_end(animate=False)

    def action_copy(self) -> None:
        self.app.copy_comparison(self.pairs, self.claim.topic)  # type: ignore[attr-defined]
