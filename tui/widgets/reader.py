"""The reader: an article's text with the selected claim's sentence highlighted and its figure emphasised.

The text is cleaned with offsets kept (:func:`store.sanitize.clean`), wrapped
once per article and width, and drawn line by line, so the claim offsets stored
with each claim index straight into what is displayed.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store import Article, Claim
from store.sanitize import clean
from tui.widgets.strip_cache import CachedStrips
from tui.widgets.virtual_size import set_virtual_size


class Reader(CachedStrips, ScrollView, can_focus=True):
    """Shows one article; :meth:`show` moves the highlight and scrolls it into view."""

    HELP = "Reader: the highlighted sentence holds the selected claim, its figure in reverse video."
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll_lines(-1)", "Scroll up", show=False, tooltip="Scroll the text up", id="reader-up"),
        Binding(
            "down,j", "scroll_lines(1)", "Scroll down", show=False, tooltip="Scroll the text down", id="reader-down"
        ),
        Binding("g,home", "scroll_home", "Top", show=False, tooltip="Go to the top of the article", id="reader-top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, tooltip="Go to the end of the article", id="reader-end"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"reader--sentence", "reader--figure", "reader--empty"}
    DEFAULT_CSS = """
    Reader { overflow-x: hidden; overflow-y: auto; }
    Reader > .reader--sentence { background: $warning 25%; }
    Reader > .reader--figure { text-style: bold reverse; color: $warning; }
    Reader > .reader--empty { color: $text-muted; text-style: italic; }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        self._strips: LRUCache[tuple[int, int, tuple[int, int], tuple[int, int]], Strip] = LRUCache(256)
        super().__init__(id=id, classes=classes)
        self._article: Article | None = None
        self._text = ""
        self._lines: list[tuple[int, int]] = []
        self._full_width = -1
        self._sentence = (0, 0)
        self._figure = (0, 0)
        self.empty_text = "No article selected: pick a claim or an article"

    @property
    def article(self) -> Article | None:
        return self._article

    @property
    def text(self) -> str:
        """The displayed (cleaned) article text."""
        return self._text

    def show(self, article: Article | None, claim: Claim | None) -> None:
        """Show ``article`` with ``claim`` highlighted (either may be None)."""
        same_article = article is self._article
        if not same_article:
            self._article = article
            self._text = clean(article.text, keep_offsets=True).replace("\t", " ") if article else ""
            self._full_width = -1  # so the rewrap below runs, and drops the lines cached for the old article
            self.scroll_to(y=0, animate=False, immediate=True)
        old_lines = self._highlighted_lines()
        if claim is not None and article is not None and claim.article_id == article.id:
            self._sentence = (claim.sentence_start, claim.sentence_end)
            self._figure = (claim.start, claim.end)
        else:
            self._sentence = self._figure = (0, 0)
        wrapped_width = self._full_width
        self._rewrap()
        scrolled = self._scroll_to_highlight()
        if same_article and not scrolled and self._full_width == wrapped_width:
            # Within one article only the lines of the old and the new highlight change.
            for first, last in (old_lines, self._highlighted_lines()):
                if last >= first:
                    self.refresh_lines(first, last - first + 1)
        else:
            self.refresh()

    def _highlighted_lines(self) -> tuple[int, int]:
        """First and last wrapped line of the highlighted sentence ((0, -1) when none)."""
        if self._sentence == (0, 0) or not self._lines:
            return 0, -1
        return self.line_of(self._sentence[0]), self.line_of(max(self._sentence[0], self._sentence[1] - 1))

    def _scroll_to_highlight(self) -> bool:
        """Scroll the highlighted sentence into view; True when the view scrolled."""
        if self._sentence == (0, 0):
            return False
        line, end_line = self._highlighted_lines()
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if not (top <= line and end_line < top + height):
            self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True)
        return round(self.scroll_y) != top

    def line_of(self, offset: int) -> int:
        """The wrapped line holding character ``offset``."""
        lo, hi = 0, len(self._lines)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._lines[mid][1] <= offset:
                lo = mid + 1
            else:
                hi = mid
        return min(lo, max(0, len(self._lines) - 1))

    def _rewrap(self) -> None:
        # The width is decided by the text itself (the full width, less the scrollbar when the wrapped
        # text needs one), never by whether the previous article showed a scrollbar: a scrollbar that
        # comes or goes does not resize the widget, so nothing would wrap the text again.
        full = max(10, self.content_region.width)
        if full == self._full_width:
            return
        self._full_width = full
        # Textual draws a resized reader before the reader hears of its new size: lines drawn then, from the
        # old wrap at the new width, sit in the cache under the keys the new wrap's lines would use.
        self._strips.clear()
        self._lines = self._wrap(full)
        bar = self.styles.scrollbar_size_vertical
        if self.styles.overflow_y == "auto" and bar and len(self._lines) > self.scrollable_content_region.height:
            self._lines = self._wrap(max(10, full - bar))
        set_virtual_size(self, Size(full, len(self._lines)))

    def _wrap(self, width: int) -> list[tuple[int, int]]:
        """The text's lines at ``width`` cells, as (start, end) offsets."""
        lines: list[tuple[int, int]] = []
        pos = _body_start(self._text)
        for paragraph in self._text[pos:].split("\n"):
            lines.extend((pos + start, pos + end) for start, end in wrap_spans(paragraph, width))
            pos += len(paragraph) + 1
        return lines

    def on_resize(self, event: events.Resize) -> None:
        self._rewrap()
        self._scroll_to_highlight()
        self.refresh()

    def action_scroll_lines(self, delta: int) -> None:
        self.scroll_to(y=self.scroll_y + delta, animate=False)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self._article is None:
            if y == 0:
                line = Text(self.empty_text, end="", no_wrap=True)
                line.truncate(width, pad=True)
                line.stylize_before(base + self.get_component_rich_style("reader--empty"))
                return Strip(list(line.render(self.app.console)), width)
            return Strip.blank(width, base)
        index = round(self.scroll_y) + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        start, end = self._lines[index]
        # Keyed by the part of the highlight on this line, so a line the highlight does not touch is
        # rendered once per article and width, wherever the highlight moves.
        key = (index, width, _clip(self._sentence, start, end), _clip(self._figure, start, end))
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_text_line(index, width, base)
            self._strips[key] = strip
        return strip

    def _render_text_line(self, index: int, width: int, base: Style) -> Strip:
        start, end = self._lines[index]
        text = self._text[start:end]
        if cell_len(text) == len(text):
            # One cell per character (the usual case): cut and style the segments directly.
            shown = min(len(text), width)
            spans = [
                (_clip(self._sentence, start, end), self.get_component_rich_style("reader--sentence")),
                (_clip(self._figure, start, end), self.get_component_rich_style("reader--figure")),
            ]
            cuts = sorted({0, shown, width, *(min(x, shown) for span, _ in spans if span for x in span)})
            segments: list[Segment] = []
            for a, b in pairwise(cuts):
                style = base
                if a < shown:
                    piece = text[a:b]
                    for span, span_style in spans:
                        if span and span[0] <= a and b <= span[1]:
                            style += span_style
                else:
                    piece = " " * (b - a)
                if segments and segments[-1].style == style:
                    segments[-1] = Segment(segments[-1].text + piece, style)
                else:
                    segments.append(Segment(piece, style))
            return Strip(segments, width)
        line = Text(text, end="", no_wrap=True)
        self._stylize(line, start, end, self._sentence, self.get_component_rich_style("reader--sentence"))
        self._stylize(line, start, end, self._figure, self.get_component_rich_style("reader--figure"))
        line.truncate(width, pad=True)
        line.stylize_before(base)
        return Strip(list(line.render(self.app.console)), width).adjust_cell_length(width, base)

    @staticmethod
    def _stylize(line: Text, start: int, end: int, span: tuple[int, int], style: Style) -> None:
        lo, hi = max(span[0], start), min(span[1], end)
        if lo < hi:
            line.stylize(style, lo - start, hi - start)


def _clip(span: tuple[int, int], start: int, end: int) -> tuple[int, int] | None:
    """The part of ``span`` inside the line ``start``-``end``, relative to ``start`` (None when none is)."""
    lo, hi = max(span[0], start), min(span[1], end)
    return (lo - start, hi - start) if lo < hi else None


def _body_start(text: str) -> int:
    """Offset after a leading front-matter block (``---`` ... ``---``) and the blank lines after it, else 0.

    The metadata it holds is shown in the reader's title; offsets stay those of the stored text.
    """
    if not text.startswith("---\n"):
        return 0
    end = text.find("\n---\n", 3, 8000)
    if end < 0:
        return 0
    start = end + len("\n---\n")
    while text.startswith("\n", start):
        start += 1
    return start


_WORD = re.compile(r"\S+\s*|\s+")


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of one paragraph to ``width`` cells: (start, end) offsets of each line.

    Words longer than a line are folded. Every character belongs to exactly one
    line, so offsets into the paragraph map straight onto the screen.
    """
    spans: list[tuple[int, int]] = []
    line_start, used = 0, 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        word = match.group()
        core = cell_len(word.rstrip())
        if used and used + core > width:
            spans.append((line_start, start))
            line_start, used = start, 0
        if core > width:
            for i in range(start, end):
                cells = cell_len(text[i])
                if used + cells > width and i > line_start:
                    spans.append((line_start, i))
                    line_start, used = i, 0
                used += cells
            continue
        used += cell_len(word)
    spans.append((line_start, len(text)))
    return spans
