"""The main screen: Articles, Claims and Actors panes, the reader and the conflict strip."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input, Label

from store import Article, Claim
from store.sanitize import clean
from tui.catalog import Catalog, Filters
from tui.widgets.actor_list import ActorList
from tui.widgets.article_list import ArticleList
from tui.widgets.claim_list import ClaimList
from tui.widgets.conflict_strip import ConflictStrip
from tui.widgets.key_bar import KeyBar
from tui.widgets.reader import Reader
from tui.widgets.search_box import SearchBox

if TYPE_CHECKING:
    from store.search import TextIndex

LOADING = "Loading the store…"
NOUNS = ("claim", "article", "actor")
"""What the search count beside the box counts."""


class MainScreen(Screen[None]):
    """Browse articles, claims and actors; the reader and the conflict strip follow the selected claim."""

    HELP = "Pick a claim to read it in context and see the other figures on its topic."
    AUTO_FOCUS = "#claims"  # not the first pane: focusing it first and then the claims restyles both panes
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "step(1)", "Next claim", tooltip="Next claim in reading order, across articles", id="next-claim"),
        Binding(
            "N", "step(-1)", "Prev claim", show=False, tooltip="Previous claim in reading order", id="previous-claim"
        ),
        Binding(
            "right_square_bracket",
            "conflict(1)",
            "Next conflict",
            tooltip="Next claim whose figure conflicts with another source",
            id="next-conflict",
        ),
        Binding(
            "left_square_bracket",
            "conflict(-1)",
            "Prev conflict",
            show=False,
            tooltip="Previous claim in a conflict",
            id="previous-conflict",
        ),
        Binding("x", "compare", "Compare", tooltip="Compare every figure on the selected claim's topic", id="compare"),
        # A priority binding: the app runs it before it passes on the keys typed after the / in the same burst, so
        # those reach the search box (see check_action).
        Binding(
            "slash",
            "search",
            "Search",
            tooltip="Filter articles, claims and actors by text",
            id="search",
            priority=True,
        ),
        Binding("a", "show_all", "All", tooltip="Clear the article, actor and search filters", id="show-all"),
        Binding("c", "copy", "Copy", tooltip="Copy the selected claim's citation", id="copy-citation"),
        Binding("tab", "app.focus_next", "Next pane", show=False, tooltip="Focus the next pane", id="next-pane"),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Prev pane",
            show=False,
            tooltip="Focus the previous pane",
            id="prev-pane",
        ),
        Binding("escape", "clear_search", "Clear search", show=False, tooltip="Clear the search", id="clear-search"),
    ]
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """As :attr:`Screen.focused`, but a focus change does not repaint the whole screen (a full frame at
    100,000 claims): the panes that gain and lose focus repaint themselves as their ``:focus`` styles change."""

    def __init__(self) -> None:
        super().__init__()
        self.catalog = Catalog.empty()
        self.filters = Filters()
        self.claim: Claim | None = None
        self._clearing_search = False
        self._typing = False
        self._follow_scheduled = False
        self._preparing: TextIndex | None = None
        self.partial = False
        """True while the panes show a preview of the store (its first rows), until the whole store is loaded."""
        self.loaded = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="panes"):
            yield ArticleList(id="articles")
            yield ClaimList(id="claims")
            yield ActorList(id="actors")
        yield Reader(id="reader")
        yield ConflictStrip(id="strip")
        yield KeyBar()

    def on_mount(self) -> None:
        self.articles.border_title = "Articles"
        self.claims.border_title = "Claims"
        self.actors.border_title = "Actors"
        if not self.loaded:
            self.reader.border_title = "Reader"
            for table in (self.articles, self.claims, self.actors):
                table.empty_text = LOADING
            self.reader.empty_text = LOADING
        self.claims.focus()
        self.app.start_loading()  # type: ignore[attr-defined]
        # Not part of the first frame, but mounted right after it, so that / need not wait for a mount.
        self.call_after_refresh(self._mount_search_box)

    async def _mount_search_box(self) -> None:
        if not self.is_attached or not self.app.is_running:
            return  # the user quit before the first frame was followed by this
        if not self.query("#search"):
            box = SearchBox(placeholder="Search articles, claims and actors (enter: keep, escape: clear)", id="search")
            await self.mount(Horizontal(box, Label(id="search-count"), id="search-row"), before="#reader")
            self.watch(box, "value", self._search_changed, init=False)

    # -- widgets -----------------------------------------------------------------------

    @property
    def articles(self) -> ArticleList:
        return self.query_one("#articles", ArticleList)

    @property
    def claims(self) -> ClaimList:
        return self.query_one("#claims", ClaimList)

    @property
    def actors(self) -> ActorList:
        return self.query_one("#actors", ActorList)

    @property
    def reader(self) -> Reader:
        return self.query_one("#reader", Reader)

    @property
    def strip(self) -> ConflictStrip:
        return self.query_one("#strip", ConflictStrip)

    @property
    def search_input(self) -> Input:
        """The search box (mounted by the first ``/``: it is not part of the first frame)."""
        return self.query_one("#search", Input)

    # -- loading -----------------------------------------------------------------------

    def load(self, catalog: Catalog, *, partial: bool = False) -> None:
        """Show ``catalog`` (a freshly loaded store, or its first rows when ``partial``), keeping the selection."""
        self.catalog = catalog
        self.partial = partial
        self.loaded = True
        self.articles.empty_text = ArticleList.EMPTY
        self.claims.empty_text = ClaimList.EMPTY
        self.actors.empty_text = ActorList.EMPTY
        self.reader.empty_text = "No article selected: pick a claim or an article"
        keep = self.claim.id if self.claim else None
        if self.filters.article_id is not None and self.filters.article_id not in catalog.article_by_id:
            self.filters = Filters(query=self.filters.query)
        if self.filters.actor_id is not None and self.filters.actor_id not in catalog.actor_by_id:
            self.filters = Filters(article_id=self.filters.article_id, query=self.filters.query)
        self.claims.positions = catalog.position
        self.claim = catalog.claim_by_id.get(keep) if keep is not None else None
        self._refresh_panes()

    def _refresh_panes(self) -> None:
        """Refill all three panes from the filters, keeping the current claim when it is still shown."""
        catalog, filters = self.catalog, self.filters
        article_keep = filters.article_id if filters.article_id is not None else self._article_id()
        self.articles.empty_text = (
            "No articles match the search: edit it, or press escape to clear it"
            if filters.query
            else "No articles yet: run nkru-tui ingest PATH to add some"
        )
        self.articles.set_rows(catalog.visible_articles(filters), keep=article_keep)
        self._refresh_actors(keep=filters.actor_id)
        self._refresh_claims()
        self._show_search_count()

    def _show_search_count(self) -> None:
        """Say beside the search box how many claims, articles and actors the search matches."""
        label = self.query("#search-count")
        if not label:
            return
        found = self.catalog.search(self.filters.query) if self.filters.query else None
        if found is None:
            text = ""
        elif not (len(found.claim_positions) or found.articles or found.actors):
            text = "no matches"
        else:
            counts = zip((len(found.claim_positions), len(found.articles), len(found.actors)), NOUNS, strict=True)
            text = " · ".join(f"{n:,} {noun}{'' if n == 1 else 's'}" for n, noun in counts)
        # Its width is fixed by CSS: a repaint of the line, never a layout of the screen, on each keystroke.
        label.first(Label).update(Text(text), layout=False)

    def _refresh_actors(self, keep: int | None = None) -> None:
        if self.filters.query:
            self.actors.empty_text = "No actors match the search: press escape to clear it"
        elif self.filters.article_id is not None:
            self.actors.empty_text = "No actors named in this article: press a to show all actors"
        else:
            self.actors.empty_text = "No actors yet: they are found in the articles you ingest"
        self.actors.set_rows(self.catalog.visible_actors(self.filters), keep=keep)

    def _refresh_claims(self) -> None:
        claims = self.catalog.visible_claims(self.filters)
        self.claims.empty_text = self._empty_claims_text()
        self.claims.set_rows(claims, keep=self.claim.id if self.claim else None)
        self._show_claim(self.claims.current)

    def _empty_claims_text(self) -> str:
        if not self.loaded:
            return LOADING
        if self.filters.query:
            return "No claims match the search: edit it, or press escape to clear it"
        if self.filters.actor_id is not None:
            return "No claims for this actor: press a to show all claims"
        if self.filters.article_id is not None:
            return "No claims in this article: pick another article, or press a to show all claims"
        return "No claims in the store: run nkru-tui ingest PATH to add articles"

    def _article_id(self) -> int | None:
        if self.claim is not None:
            return self.claim.article_id
        article = self.articles.current
        return article.id if article else None

    def _show_claim(self, claim: Claim | None) -> None:
        """Make ``claim`` the selected claim: the reader, the strip and the article cursor follow."""
        self.claim = claim
        if self._typing:
            # While a search is typed the panes of results change at once and the reader and the strip
            # follow on the next frame (only for the claim still selected then, so fast typing skips the
            # claims it passes over).
            if claim is not None and self.filters.article_id is None and not self.articles.has_focus:
                self.articles.select_id(claim.article_id)
            if not self._follow_scheduled:
                self._follow_scheduled = True
                self.call_after_refresh(self._follow_claim)
            return
        article: Article | None
        if claim is not None:
            article = self.catalog.article_by_id.get(claim.article_id)
        elif self.filters.article_id is not None:
            article = self.catalog.article_by_id.get(self.filters.article_id)
        else:
            article = self.articles.current
        if article is not self.reader.article or not self.loaded:
            self.reader.border_title = _reader_title(article)  # a new title repaints the whole reader
        self.reader.show(article, claim)
        if claim is not None and self.partial:
            self.strip.show_pending("Loading the store: the other figures on this topic follow in a moment")
        elif claim is not None:
            rivals, total = self.catalog.rivals(claim)
            dates = {r.claim.id: self.catalog.date_of(r.claim) for r in rivals}
            self.strip.show(claim, rivals, total, dates)
            if self.filters.article_id is None and not self.articles.has_focus:
                self.articles.select_id(claim.article_id)
        else:
            self.strip.show(None, [], 0, {})

    def _follow_claim(self) -> None:
        """Bring the reader and the strip to the selected claim (after a search keystroke)."""
        self._follow_scheduled = False
        self._show_claim(self.claim)

    # -- pane events -------------------------------------------------------------------

    @on(ArticleList.Highlighted)
    def _article_highlighted(self, message: ArticleList.Highlighted) -> None:
        if isinstance(message.row, Article) and message.row.id != self.filters.article_id:
            self._filter_article(message.row.id)

    @on(ArticleList.Selected)
    def _article_selected(self, message: ArticleList.Selected) -> None:
        if isinstance(message.row, Article):
            if message.row.id != self.filters.article_id:
                self._filter_article(message.row.id)
            self.claims.focus()

    @on(ActorList.Highlighted)
    def _actor_highlighted(self, message: ActorList.Highlighted) -> None:
        if message.row is not None and message.row.id != self.filters.actor_id:  # type: ignore[attr-defined]
            self._filter_actor(message.row.id)  # type: ignore[attr-defined]

    @on(ActorList.Selected)
    def _actor_selected(self, message: ActorList.Selected) -> None:
        if message.row.id != self.filters.actor_id:  # type: ignore[attr-defined]
            self._filter_actor(message.row.id)  # type: ignore[attr-defined]
        self.claims.focus()

    @on(ClaimList.Highlighted)
    def _claim_highlighted(self, message: ClaimList.Highlighted) -> None:
        self._show_claim(message.row)  # type: ignore[arg-type]

    @on(ClaimList.Selected)
    def _claim_selected(self, message: ClaimList.Selected) -> None:
        self.reader.focus()

    def _filter_article(self, article_id: int) -> None:
        self.filters = Filters(article_id=article_id, query=self.filters.query)
        self.claim = None
        self._refresh_actors()
        self._refresh_claims()

    def _filter_actor(self, actor_id: int) -> None:
        self.filters = Filters(article_id=self.filters.article_id, actor_id=actor_id, query=self.filters.query)
        self._refresh_claims()

    # -- search ------------------------------------------------------------------------

    def _search_changed(self, value: str) -> None:
        """Refilter as the search text changes: a watcher of the box's value, not an ``Input.Changed``
        handler, so the panes are redrawn in the same frame as the typed letter. (The box repaints as soon
        as it has handled the key; a handler of its Changed message runs after that, and when filtering
        takes longer than a frame the results would wait for the frame after the one that shows the letter.)
        """
        if self._clearing_search:
            return  # the caller sets the filters
        self.filters = Filters(article_id=None, actor_id=None, query=value)
        self._typing = True
        try:
            self._refresh_panes()
        finally:
            self._typing = False

    @work(thread=True, group="search-index")
    def _prepare_search(self, index: TextIndex) -> None:
        """Index the words of the store for search, in a thread (about 0.45 s at 100,000 claims), when search is
        first opened rather than at load: until it is done the first keystrokes are answered by a plain scan."""
        index.prepare()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.claims.focus()

    async def action_search(self) -> None:
        if self._still_loading("search", searching=True):
            return
        index = self.catalog.text
        if index is not None and not index.prepared and index is not self._preparing:
            self._preparing = index  # a second / while the words are indexed does not start another indexing
            self._prepare_search(index)
        await self._mount_search_box()
        self.query_one("#search-row").add_class("active")
        # At once, not with Widget.focus (which waits for the app's queue): letters typed in the same burst as
        # the / are already queued behind it, and would go to the pane that had focus.
        self.set_focus(self.search_input)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # In the search box, / is a character of the query (the binding would otherwise take it first); the key
        # bar shows the binding dimmed meanwhile (None) rather than dropping it.
        if action == "search" and self.focused is not None and self.focused.id == "search":
            return None
        return True

    def _hide_search(self) -> None:
        """Empty and hide the search box without refiltering (the caller sets the filters)."""
        if not self.query("#search"):
            return
        self.query_one("#search-row").remove_class("active")
        self._clearing_search = True
        try:
            with self.search_input.prevent(Input.Changed):
                self.search_input.value = ""
        finally:
            self._clearing_search = False
        self.query_one("#search-count", Label).update("", layout=False)

    def action_clear_search(self) -> None:
        if not self.query("#search-row.active") and not self.filters.query:
            return
        self._hide_search()
        self.filters = Filters(article_id=self.filters.article_id, actor_id=self.filters.actor_id)
        self._refresh_panes()
        self.claims.focus()

    def action_show_all(self) -> None:
        self._hide_search()
        self.filters = Filters()
        self._refresh_panes()

    # -- navigation ---------------------------------------------------------------------

    def action_step(self, direction: int) -> None:
        self._go(self.catalog.step(self.claim, self.filters, direction), "claim", direction)

    def action_conflict(self, direction: int) -> None:
        target = self.catalog.step(self.claim, self.filters, direction, conflicting=True)
        self._go(target, "claim in a conflict", direction)

    def _go(self, target: Claim | None, what: str, direction: int) -> None:
        if target is None:
            self.notify(f"No {'next' if direction > 0 else 'previous'} {what}", timeout=2)
            return
        self.jump_to_claim(target)

    def jump_to_claim(self, claim: Claim, *, clear: bool = False) -> None:
        """Select ``claim``; when it is not shown, the article filter moves to its article (if one is set),
        else the filters are cleared. ``clear`` clears every filter first (a jump from the palette)."""
        if clear and self.filters != Filters():
            self._hide_search()
            self.filters = Filters()
            self._refresh_panes()
        if not self.claims.select_id(claim.id):
            if self.filters.article_id is not None:
                # n/N and ]/[ only land on claims that match the search, so the search stays.
                self.filters = Filters(article_id=claim.article_id, query=self.filters.query)
            else:
                self._hide_search()
                self.filters = Filters()
            self.claim = claim
            self.articles.select_id(claim.article_id)
            self._refresh_actors()
            self._refresh_claims()
            return
        self._show_claim(claim)

    def jump_to_article(self, article_id: int) -> None:
        """Show the article and its claims (clearing a search that hides it)."""
        if self.filters.query:
            self._hide_search()
            self.filters = Filters()
            self._refresh_panes()
        self.articles.select_id(article_id)
        self._filter_article(article_id)
        self.articles.focus()

    def jump_to_actor(self, actor_id: int) -> None:
        """Show the actor's claims (clearing the other filters)."""
        self._hide_search()
        self.filters = Filters(actor_id=actor_id)
        self._refresh_panes()
        self.actors.select_id(actor_id)
        self.actors.focus()

    def _still_loading(self, what: str, *, searching: bool = False) -> bool:
        """While only a preview is shown, say that ``what`` waits for the whole store; True if so."""
        waiting = self.partial or (searching and self.catalog.text is None)
        if waiting:
            self.notify(f"Still loading the store: {what} works in a moment", timeout=2)
        return waiting

    def action_compare(self) -> None:
        if self._still_loading("compare"):
            return
        if self.claim is None:
            self.notify("Select a claim first: x compares the figures on its topic", timeout=3)
            return
        from tui.screens.compare import CompareScreen

        self.app.push_screen(CompareScreen(self.catalog, self.claim))

    def action_copy(self) -> None:
        if self.claim is None:
            self.notify("Select a claim first: c copies its citation", timeout=3)
            return
        article = self.catalog.article_by_id.get(self.claim.article_id)
        if article is not None:
            self.app.copy_claim(self.claim, article)  # type: ignore[attr-defined]


def _reader_title(article: Article | None) -> Text:
    if article is None:
        return Text("Reader")
    title = Text(clean(article.title or article.file))
    title.append(f"  {clean(article.outlet or 'unknown outlet')}, {article.published or 'n.d.'}", style="dim")
    return title
