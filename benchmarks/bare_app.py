"""The floor of the app timings: a bare Textual app that shows one label.

``python -m benchmarks.bare_app`` runs it in a terminal (the tmux measurement).
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Label

BARE_TEXT = "bare textual app ready"


class BareApp(App[None]):
    """One label, nothing else; ``n`` rewrites the label (the floor of keypress latency)."""

    BINDINGS = [("q", "quit", "Quit"), ("n", "next", "Next")]

    def __init__(self) -> None:
        super().__init__()
        self.selected = 0

    def compose(self) -> ComposeResult:
        yield Label(BARE_TEXT)

    def action_next(self) -> None:
        self.selected += 1
        self.query_one(Label).update(f"{BARE_TEXT} {self.selected}")


if __name__ == "__main__":
    BareApp().run()
