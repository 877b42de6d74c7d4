"""Figures drawn as bars on one shared axis, so the spread of a topic is seen at a glance.

A point figure is a single block, a range a run of blocks, an open-ended range
("more than 10,000", "up to 12,000") an arrow to the edge of the axis. When the
figures span more than two orders of magnitude the axis is logarithmic (and
says so).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.widget import Widget

from store.format import number
from store.sanitize import clean

LABEL_WIDTH = 18


@dataclass(frozen=True, slots=True)
class Bar:
    """One figure to draw: its label, its range (either end may be open) and whether it is in a conflict."""

    label: str
    low: float | None
    high: float | None
    conflict: bool = False
    note: str = ""
    """Shown dimmed after the bar when there is room (e.g. who gives the figure)."""


class Axis:
    """Maps values to columns ``0 .. width-1``, linearly or logarithmically."""

    def __init__(self, bars: Sequence[Bar], width: int) -> None:
        values = [v for b in bars for v in (b.low, b.high) if v is not None and v > 0]
        self.low = min(values, default=1.0)
        self.high = max(values, default=1.0)
        if self.high <= self.low:
            self.high = self.low * 2 if self.low else 1.0
        self.log = self.high / max(self.low, 1e-9) > 100
        if not self.log:
            self.low = 0.0
        self.width = max(2, width)

    def column(self, value: float) -> int:
        if self.log:
            span = math.log10(self.high) - math.log10(self.low)
            fraction = (math.log10(max(value, self.low)) - math.log10(self.low)) / span
        else:
            fraction = (value - self.low) / (self.high - self.low)
        return max(0, min(self.width - 1, round(fraction * (self.width - 1))))


def draw(bars: Sequence[Bar], width: int) -> Text:
    """Lines of ``label │ bar``, then a ruler with the axis' ends and middle."""
    axis = Axis(bars, width - LABEL_WIDTH - 2)
    out = Text(end="", no_wrap=True)
    for bar in bars:
        row = [" "] * axis.width
        if bar.low is None and bar.high is None:
            continue
        if bar.low is None:
            end = axis.column(bar.high)  # type: ignore[arg-type]
            row[0] = "◀"
            for x in range(1, end + 1):
                row[x] = "━"
            row[end] = "█"
        elif bar.high is None:
            start = axis.column(bar.low)
            for x in range(start, axis.width):
                row[x] = "━"
            row[start] = "█"
            row[-1] = "▶"
        else:
            start, end = axis.column(bar.low), axis.column(bar.high)
            for x in range(start, end + 1):
                row[x] = "█"
        label = clean(bar.label).replace("\n", " ")
        label = label if len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1] + "…"
        out.append(label.rjust(LABEL_WIDTH), style="bold red" if bar.conflict else "bold")
        out.append(" │", style="dim")
        drawn = "".join(row).rstrip()
        first = len(drawn) - len(drawn.lstrip())
        note = clean(bar.note).replace("\n", " ")
        style = "red" if bar.conflict else "cyan"
        room_after = axis.width - len(drawn) - 1
        if note and room_after < 8 and first >= len(note) + 2:
            # No room after the bar: the note goes before it.
            out.append(" " * (first - len(note) - 1))
            out.append(note, style="dim")
            out.append(" ")
            out.append(drawn[first:], style=style)
        else:
            out.append(drawn, style=style)
            if note and room_after >= 8:
                fitted = note if len(note) <= room_after else note[: room_after - 1] + "…"
                out.append(" " + fitted, style="dim")
        out.append("\n")
    out.append(" " * LABEL_WIDTH + " └" + "─" * axis.width + "\n", style="dim")
    ticks = [axis.low, _value_at(axis, 0.5), axis.high]
    ruler = [" "] * (axis.width + 2)
    for value, anchor in zip(ticks, ("left", "middle", "right"), strict=True):
        label = number(round(value, 2) if value < 10 else round(value))
        x = {"left": 2, "middle": 2 + axis.width // 2 - len(label) // 2, "right": 2 + axis.width - len(label)}[anchor]
        for i, ch in enumerate(label):
            if 0 <= x + i < len(ruler):
                ruler[x + i] = ch
    out.append(" " * LABEL_WIDTH + "".join(ruler), style="dim")
    if axis.log:
        out.append("  (log scale)", style="dim italic")
    return out


def _value_at(axis: Axis, fraction: float) -> float:
    if axis.log:
        return 10 ** (math.log10(axis.low) + fraction * (math.log10(axis.high) - math.log10(axis.low)))
    return axis.low + fraction * (axis.high - axis.low)


class FigureBars(Widget):
    """A widget drawing :class:`Bar` rows on one axis, redrawn to fit its width."""

    DEFAULT_CSS = "FigureBars { height: auto; }"

    def __init__(self, bars: Sequence[Bar], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.bars = list(bars)

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return sum(1 for b in self.bars if b.low is not None or b.high is not None) + 2

    def render(self) -> Text:
        return draw(self.bars, max(LABEL_WIDTH + 12, self.content_size.width))
