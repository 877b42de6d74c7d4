"""The help screen, generated from the bindings that are live where ``?`` was pressed.

Nothing here is a hand-typed key list: each row is a :class:`~textual.binding.Binding`
(its keys, description and tooltip) from ``Screen.active_bindings``, grouped by
the widget, screen or app that defines it, followed by the ``HELP`` text of the
screen and the focused widget.
"""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


def _group_name(node: DOMNode) -> str:
    if isinstance(node, App):
        return "Everywhere"
    if isinstance(node, Screen):
        return "This screen"
    title = getattr(node, "border_title", None)
    return f"{title} pane" if title else type(node).__name__


def bindings_table(screen: Screen) -> Table:
    """A table of the keys live on ``screen``: key(s), what it is called, what it does."""
    app = screen.app
    groups: dict[str, dict[str, tuple[list[str], Binding]]] = defaultdict(dict)
    for active in screen.active_bindings.values():
        binding = active.binding
        group = groups[_group_name(active.node)]
        keys, _ = group.setdefault(binding.action, ([], binding))
        display = app.get_key_display(binding)
        if display not in keys:
            keys.append(display)
    table = Table(box=None, expand=True, show_header=False, padding=(0, 1))
    table.add_column("Key", style="bold", no_wrap=True, min_width=10)
    table.add_column("Action", style="cyan", no_wrap=True)
    table.add_column("What it does", ratio=1)
    order = ["Everywhere", "This screen"]
    for name in sorted(groups, key=lambda g: order.index(g) if g in order else len(order)):
        table.add_row(Text(name, style="bold underline"), "", "")
        for keys, binding in groups[name].values():
            table.add_row(Text(" / ".join(keys)), Text(binding.description), Text(binding.tooltip))
        table.add_row("", "", "")
    return table


class HelpScreen(ModalScreen[None]):
    """Every key live on the screen underneath, with what it does."""

    # Parsed when the screen is first shown, not with the main screen's styles at launch.
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    #help-body {
        width: 90%;
        max-width: 110;
        height: 90%;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", tooltip="Close the help", id="help-close"),
    ]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under
        self.table = bindings_table(under)
        """The keys, built once from the bindings live on ``under``."""

    def compose(self) -> ComposeResult:
        notes = [getattr(self.under, "HELP", None)]
        focused = self.under.focused
        if focused is not None:
            notes.append(getattr(focused, "HELP", None))
        intro = Text("Keys (escape closes; ctrl+p runs any command by name)\n", style="bold")
        for note in filter(None, notes):
            intro.append(f"{note}\n", style="italic")
        with VerticalScroll(id="help-body"):
            yield Static(intro, id="help-intro")
            yield Static(self.table, id="help-table")
