"""A dialog to choose the citation style that ``c`` copies in."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from store.citation_styles import STYLES

DESCRIPTIONS = {
    "plain": "“sentence” - Source, as reported by Outlet, title, date, URL",
    "markdown": "a Markdown blockquote with a link",
    "apa": "APA 7 reference",
    "mla": "MLA 9 works-cited entry",
    "chicago": "Chicago 17 note",
    "bibtex": "biblatex @online / @article entry",
}


class StylePicker(ModalScreen[str | None]):
    """Returns the chosen style, or None when dismissed with escape."""

    # Parsed when the screen is first shown, not with the main screen's styles at launch.
    DEFAULT_CSS = """
    StylePicker { align: center middle; }
    #style-dialog {
        width: 70;
        height: auto;
        border: round $accent;
        background: $surface;
        padding: 0 1;
    }
    #style-title { text-style: bold; margin-bottom: 1; }
    #style-options { height: auto; max-height: 10; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Cancel", tooltip="Keep the current style", id="style-cancel"),
    ]

    def __init__(self, current: str) -> None:
        super().__init__()
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="style-dialog"):
            yield Label("Citation style for c", id="style-title", markup=False)
            options = [
                Option(f"{'● ' if s == self.current else '  '}{s:<9} {DESCRIPTIONS.get(s, '')}", id=s) for s in STYLES
            ]
            yield OptionList(*options, id="style-options")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = STYLES.index(self.current) if self.current in STYLES else 0
        options.focus()

    @on(OptionList.OptionSelected)
    def _chosen(self, message: OptionList.OptionSelected) -> None:
        self.dismiss(message.option.id)
