"""Change a scroll view's scrollable size without a screen layout pass when the layout cannot change.

Setting ``virtual_size`` makes Textual lay out the whole screen again; on a
keypress that costs a frame's worth of time and repaints every scrollbar. The
layout only matters when a scrollbar appears or disappears (the content width
or height changes); otherwise updating the scrollbars' thumbs and clamping the
scroll position is all that a new size needs, and a scrollbar whose thumb looks
the same is not repainted at all.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.widget import Widget


def _bars(view: ScrollView, size: Size) -> tuple[bool, bool]:
    """(vertical, horizontal) scrollbars that ``view`` shows for a scrollable ``size`` (as Textual decides)."""
    styles = view.styles
    width, height = view.container_size

    def needed(overflow: str, extent: int, room: int) -> bool:
        return overflow == "scroll" or (overflow == "auto" and extent > room)

    vertical = needed(styles.overflow_y, size.height, height)
    horizontal = needed(styles.overflow_x, size.width, width)
    if vertical and not horizontal:
        horizontal = needed(styles.overflow_x, size.width, width - styles.scrollbar_size_vertical)
    if horizontal and not vertical:
        vertical = needed(styles.overflow_y, size.height, height - styles.scrollbar_size_horizontal)
    return vertical, horizontal


def set_virtual_size(view: ScrollView, size: Size) -> None:
    """Give ``view`` the scrollable ``size``; a layout pass only if its scrollbars come or go.

    The caller repaints what it needs (a new size usually comes with new content).
    """
    if size == view.virtual_size:
        return
    if not view.is_mounted or not view.container_size or _bars(view, size) != view.scrollbars_enabled:
        view.virtual_size = size  # a reactive with layout=True: Textual re-arranges the screen
        return
    view.set_reactive(Widget.virtual_size, size)
    vertical, horizontal = view.scrollbars_enabled
    if vertical:
        _resize_bar(view.vertical_scrollbar, size.height)
    if horizontal:
        _resize_bar(view.horizontal_scrollbar, size.width)
    if view.scroll_x > view.max_scroll_x or view.scroll_y > view.max_scroll_y:
        view.scroll_to(
            x=min(view.scroll_x, view.max_scroll_x),
            y=min(view.scroll_y, view.max_scroll_y),
            animate=False,
            immediate=True,
        )


def _bar_picture(bar: ScrollBar, virtual: int) -> list[Segment]:
    """The cells ``bar`` draws for a scrollable extent of ``virtual`` (as ScrollBar does, without colours)."""
    window = bar.window_size if bar.window_size < virtual else 0
    return ScrollBarRender.render_bar(
        size=bar.size.height if bar.vertical else bar.size.width,
        virtual_size=virtual,
        window_size=window,
        position=bar.position,
        vertical=bar.vertical,
    ).segments


def _resize_bar(bar: ScrollBar, virtual: int) -> None:
    """Tell ``bar`` the new extent; repaint it only when its thumb moves or changes size.

    At 100,000 rows a refilter rarely moves the thumb (one cell at the top either way), and a
    repainted scrollbar costs as much as the pane's own lines.
    """
    if virtual == bar.window_virtual_size:
        return
    if _bar_picture(bar, virtual) == _bar_picture(bar, bar.window_virtual_size):
        bar.set_reactive(ScrollBar.window_virtual_size, virtual)  # same picture: no repaint
    else:
        bar.window_virtual_size = virtual
