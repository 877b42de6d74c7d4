"""The nkru-tui Textual application (stub: the browser issue fills it)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

from store import Store


class NkruApp(App[None]):
    TITLE = "nkru-tui"
    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"{len(self.store.articles())} articles, {len(self.store.claims())} claims", markup=False)
        yield Footer()
