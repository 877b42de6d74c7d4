"""The floor of the app timings: a bare Textual app that shows one label.

``python -m benchmarks.bare_app`` runs it in a terminal (the tmux measurement).
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Label

BARE_TEXT = "bare textual app ready"


class BareApp(App[None]):
    """One label, nothing else."""

    BINDINGS = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Label(BARE_TEXT)


if __name__ == "__main__":
    BareApp().run()
