"""A mixin for line-API widgets that cache their rendered lines (``Strip``s)."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.cache import LRUCache


class CachedStrips:
    """Keeps ``self._strips`` while the widget's colours stay the same.

    Textual calls ``notify_style_update`` on every focus change too; re-rendering
    every cached line then would make each pane switch slow at 100,000 rows, so
    the cache is dropped only when the widget's or a component's style changed.
    Components listed in ``FOCUS_STYLED`` (such as a cursor that looks different
    in the focused pane) are left out of that comparison: the widget puts their
    style in the cache key of the few lines that use them instead, so a pane
    switch re-renders one line rather than the whole pane.
    """

    FOCUS_STYLED: ClassVar[frozenset[str]] = frozenset()
    _strips: LRUCache[Any, Any]
    _styles_seen: tuple[object, ...] = ()

    def notify_style_update(self) -> None:
        super().notify_style_update()  # type: ignore[misc]
        widget: Any = self
        try:
            styles = (
                widget.rich_style,
                *(
                    widget.get_component_rich_style(name)
                    for name in sorted(widget.COMPONENT_CLASSES - self.FOCUS_STYLED)
                ),
            )
        except KeyError:  # component styles not applied yet
            styles = ()
        if not styles or styles != self._styles_seen:
            self._styles_seen = styles
            self._strips.clear()
