"""The nkru-tui Textual application: loads the store in a worker and hosts the screens."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen

from tui.catalog import Catalog
from tui.screens.main import MainScreen

if TYPE_CHECKING:
    from textual.command import Provider

    from store.models import Article, Claim
    from store.preview import Preview
    from store.store import Store


def _jump_provider() -> type[Provider]:
    from tui.commands import JumpProvider  # the palette's records provider loads when the palette opens

    return JumpProvider


FIRST_FRAME_GRACE = 0.05
"""Seconds the first load waits before parsing, so that the first frame reaches the terminal first."""

GC_THRESHOLDS = (20_000, 50, 100)
"""The collector's thresholds once the store is loaded (Python's defaults: 700, 10, 10)."""

SMALL_STORE = 500
"""Up to this many articles an already opened store is indexed before the first frame (a few ms)."""

StoreSource = "Store | Callable[[], Store]"
"""A loaded store, or a function that opens one (called in a worker, so the first screen paints at once)."""


class NkruApp(App[None]):
    """Browse the figures news articles give, and where they disagree."""

    TITLE = "nkru-tui"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {_jump_provider}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Quit nkru-tui", id="quit"),
        Binding("question_mark", "help", "Help", tooltip="Show every key and what it does", id="help"),
        Binding(
            "C", "pick_style", "Citation style", show=False, tooltip="Choose the citation style for c", id="pick-style"
        ),
        Binding("r", "reload", "Reload", show=False, tooltip="Reload the store from disk", id="reload"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Palette",
            tooltip="Run any command or jump to a record",
            id="palette",
        ),
    ]

    class Loaded(Message):
        """The store was read and indexed."""

        def __init__(self, catalog: Catalog, store: Store) -> None:
            super().__init__()
            self.catalog = catalog
            self.store = store

    class LoadFailed(Message):
        """Reading the store failed; ``error`` says why in one line."""

        def __init__(self, error: str) -> None:
            super().__init__()
            self.error = error

    def __init__(self, store: StoreSource, preview: Preview | None = None) -> None:
        """Browse ``store``; a ``preview`` of it, when given, is shown until the whole store is loaded."""
        super().__init__()
        self._source = store
        self._preview = preview
        self._loaded_once = False
        self.store: Store | None = None if callable(store) else store
        self.catalog = Catalog.empty()
        self._citation_style: str | None = None

    def get_default_screen(self) -> Screen:
        return MainScreen()

    @property
    def main(self) -> MainScreen:
        """The main screen (always at the bottom of the stack)."""
        return self.screen_stack[0]  # type: ignore[return-value]

    def start_loading(self) -> None:
        """Called by the main screen once it is composed."""
        store = self.store
        if store is not None and len(store.articles()) <= SMALL_STORE:
            # Indexing a small store takes milliseconds: show it in the very first frame.
            self._loaded(self.Loaded(Catalog.build(store), store))
            return
        # Otherwise load after the first frame is drawn, so the screen appears at once: with the preview's
        # rows (the store's first articles, claims and actors) when there is one.
        if self._preview is not None:
            self._show_preview(self._preview)
            self._preview = None
        self.call_after_refresh(self._load, reload=False)

    def _show_preview(self, preview: Preview) -> None:
        self.catalog = Catalog.build(preview, searchable=False)
        self.main.load(self.catalog, partial=not preview.complete)
        self.sub_title = f"{preview.n_articles} articles, {preview.n_claims} claims (loading…)"

    # -- loading -----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", name="load store")
    def _load(self, *, reload: bool) -> None:
        from store.storage import StoreCorruptError, recovery_hint

        if not reload:
            # Parsing holds the GIL for long stretches (orjson releases it for nothing), which would keep the
            # driver's writer thread from putting the first frame on the terminal: let it write first.
            time.sleep(FIRST_FRAME_GRACE)
        # One pause of the collector over reading and indexing, until the records are frozen in _loaded: in
        # between, a collection would scan every record just built (~70 ms at 100,000 claims).
        gc.disable()
        try:
            store = self.store
            if store is None:
                store = self._source() if callable(self._source) else self._source
            elif reload:
                store.reload()
            catalog = Catalog.build(store)
        except StoreCorruptError as exc:
            self.post_message(self.LoadFailed(f"{exc}; {recovery_hint(exc.path)}"))
            return
        except Exception as exc:  # shown to the user, not swallowed: the app stays up with the old data
            self.post_message(self.LoadFailed(f"Could not load the store: {exc}"))
            return
        self.post_message(self.Loaded(catalog, store))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        if not self.is_running:
            gc.enable()  # off since the launcher (tui.cli) or _load
            return  # the user quit before the store was in: the screen is being taken down
        reloading = self._loaded_once
        self._loaded_once = True
        self.store = message.store
        self.catalog = message.catalog
        self.main.load(message.catalog)
        # The records live until the next reload: keep the garbage collector from rescanning
        # millions of them on every collection (pauses of 100 ms and more at 100,000 claims).
        if reloading:
            gc.unfreeze()  # so that the records of the previous load can be freed
            gc.collect()
        gc.freeze()
        # What is allocated from now on is mostly short-lived (lines, strips, events); rarer collections
        # keep a full one (5-10 ms over Textual's caches) from landing on a keypress every few dozen keys.
        gc.set_threshold(*GC_THRESHOLDS)
        gc.enable()  # off since the launcher (tui.cli) or _load
        self.sub_title = f"{len(self.catalog.articles)} articles, {len(self.catalog.claims)} claims"

    @on(LoadFailed)
    def _load_failed(self, message: LoadFailed) -> None:
        gc.enable()
        if self.store is None:
            # Nothing was ever loaded: leave with the one-line error, as the command line would.
            self.exit(return_code=1, message=Text(f"nkru-tui: {message.error}"))
            return
        self.notify(message.error, severity="error", timeout=10, markup=False)

    def action_reload(self) -> None:
        self.notify("Reloading the store…", timeout=2)
        self._load(reload=True)

    # -- citations ---------------------------------------------------------------------

    @property
    def citation_style(self) -> str:
        """The style ``c`` copies in: the one last picked (read from the settings on first use)."""
        if self._citation_style is None:
            from store.settings import load_citation_style

            self._citation_style = load_citation_style()
        return self._citation_style

    @citation_style.setter
    def citation_style(self, style: str) -> None:
        self._citation_style = style

    def copy_claim(self, claim: Claim, article: Article) -> None:
        """Copy the citation of ``claim`` in the current style."""
        from store.citations import cite  # citation rules load on the first copy, not at launch
        from tui.copying import copy_out

        text = cite(claim, article, self.citation_style)
        copy_out(self, text, f"{self.citation_style} citation of {claim.text}")

    def copy_comparison(self, pairs: Sequence[tuple[Claim, Article]], topic: str) -> None:
        """Copy a Markdown comparison table of ``pairs`` followed by their citations."""
        from store.citations import comparison_markdown
        from tui.copying import copy_out

        text = comparison_markdown(pairs, self.citation_style)
        copy_out(self, text, f"comparison of {len(pairs)} claims on {topic.replace('_', ' ')}")

    def action_pick_style(self) -> None:
        from tui.screens.style_picker import StylePicker

        def chosen(style: str | None) -> None:
            from store.citation_styles import STYLES
            from store.settings import save_citation_style

            if style is None or style not in STYLES:
                return
            self.citation_style = style
            try:
                save_citation_style(style)
            except OSError as exc:
                self.notify(f"Citation style {style} (not saved: {exc})", severity="warning", markup=False)
                return
            self.notify(f"Citation style: {style}", timeout=3)

        self.push_screen(StylePicker(self.citation_style), chosen)

    # -- help and palette --------------------------------------------------------------

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        seen: set[str] = {"quit", "command_palette"}
        for active in screen.active_bindings.values():
            binding = active.binding
            if not isinstance(active.node, App | Screen) or binding.action in seen or not binding.description:
                continue
            seen.add(binding.action)
            yield SystemCommand(
                binding.description,
                binding.tooltip or binding.description,
                _runner(active.node, binding.action),
            )


def _runner(node: object, action: str) -> Callable[[], object]:
    def run() -> object:
        return node.run_action(action)  # type: ignore[attr-defined]

    return run
