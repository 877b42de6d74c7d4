"""A one-line footer of the most useful keys, drawn from the screen's live bindings.

Textual's Footer recomposes a widget per key whenever focus moves, which costs
tens of milliseconds on every pane switch; this bar re-renders one line of text
instead. It shows the bindings marked ``show=True`` (the most useful ones), and
a click on a key runs its action.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget


class KeyBar(Widget):
    """The footer: ``key description`` pairs for the bindings shown on this screen."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key"}
    DEFAULT_CSS = """
    KeyBar { height: 1; dock: bottom; background: $footer-background; color: $footer-foreground; }
    KeyBar > .key-bar--key { color: $footer-key-foreground; text-style: bold; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._spans: list[tuple[int, int, object, str]] = []
        self._drawn: list[tuple[str, str, bool, object, str]] | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        # Focus moves change the active bindings, but rarely the ones shown here: repaint (a frame of its
        # own when it comes after the pane switch was drawn) only when the bar would read differently.
        if self._shown() != self._drawn:
            self.refresh()

    def _shown(self) -> list[tuple[str, str, bool, object, str]]:
        """(key, description, enabled, node, action) of each binding the bar shows, in order."""
        shown = []
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            shown.append(
                (self.app.get_key_display(binding), binding.description, active.enabled, active.node, binding.action)
            )
        return shown

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        self._spans = []
        key_style = self.get_component_rich_style("key-bar--key")
        self._drawn = self._shown()
        for key, description, enabled, node, action in self._drawn:
            start = line.cell_len
            line.append(f" {key} ", style=key_style)
            line.append(description, style="" if enabled else "dim")
            line.append(" ")
            self._spans.append((start, line.cell_len, node, action))
        return line

    async def on_click(self, event: events.Click) -> None:
        for start, end, node, action in self._spans:
            if start <= event.x < end:
                await node.run_action(action)  # type: ignore[attr-defined]
                return
