"""The search box: Textual's Input, without a screen layout pass on every keystroke."""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input


class SearchBox(Input):
    """A one-line Input whose typing repaints only the box."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    """Input sets its scrollable width on every keystroke; as the layout reactive Widget declares, that
    re-arranged the whole screen per typed character (and repainted every pane's scrollbar in a second
    frame). The box's size is fixed by CSS and it shows no scrollbar, so a repaint is all it needs."""
