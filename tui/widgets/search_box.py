"""The search box: Textual's Input, without a screen layout pass on every keystroke, and with its editing
keys run in the order they were typed."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input


class SearchBox(Input):
    """A one-line Input whose typing repaints only the box."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    """Input sets its scrollable width on every keystroke; as the layout reactive Widget declares, that
    re-arranged the whole screen per typed character (and repainted every pane's scrollbar in a second
    frame). The box's size is fixed by CSS and it shows no scrollbar, so a repaint is all it needs."""

    EDITING_KEYS: ClassVar[dict[str, str]] = {
        key.strip(): binding.action
        for binding in Input.BINDINGS
        if isinstance(binding, Binding)
        for key in binding.key.split(",")
    }
    """Input's own key bindings (backspace, delete, cursor moves, enter ...): key -> action."""

    async def _on_key(self, event: events.Key) -> None:
        await super()._on_key(event)  # inserts a printable character (and restarts the cursor's blink)
        # Textual runs a widget's key bindings only once the key has bubbled up to the app, after the keys
        # queued behind it (typed fast, or while a keystroke was being answered) have reached the box: "kursx",
        # backspace, "k" gave "kursx" (the backspace deleted the k). The box's editing keys run here, in order.
        action = self.EDITING_KEYS.get(event.key)
        if action is not None:
            event.stop()
            event.prevent_default()
            await self.run_action(action)
