"""Command palette provider: jump to any article, claim or actor by name.

Hits are built as :class:`~textual.content.Content` from the record's text, so
names and sentences from articles are shown literally, never parsed as markup;
the help line is fixed text for the same reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from store.sanitize import clean

if TYPE_CHECKING:
    from tui.app import NkruApp

MAX_HITS = 40


class JumpProvider(Provider):
    """Finds articles (by title, outlet, file), claims (figure, topic, source) and actors (name)."""

    def _app(self) -> NkruApp | None:
        from tui.app import NkruApp  # tui.app imports this module

        return self.app if isinstance(self.app, NkruApp) else None

    def _candidates(self, query: str = "") -> Iterator[tuple[str, str, int, str]]:
        """(group, label, id, help) for the records matching ``query`` word by word (all without a query).

        The store's text index narrows 100,000 claims to the few that contain
        the words before the palette's fuzzy matcher scores them.
        """
        app = self._app()
        if app is None:
            return
        catalog = app.catalog
        found = catalog.search(query) if query else None
        articles = catalog.articles if found is None else [catalog.article_by_id[i] for i in found.articles]
        actors = catalog.actors if found is None else [catalog.actor_by_id[i] for i in found.actors]
        claims = catalog.claims if found is None else [catalog.claims[k] for k in found.claim_positions[:MAX_HITS]]
        for article in articles:
            label = f"{article.title or article.file} — {article.outlet or 'unknown outlet'}"
            yield "article", _one_line(label), article.id, "Open this article and its claims"
        for actor in actors:
            yield "actor", _one_line(f"{actor.name} ({actor.kind})"), actor.id, "Show the claims of this actor"
        for claim in claims:
            label = f"{claim.text} · {claim.topic.replace('_', ' ')} · {claim.source or 'unattributed'}"
            yield "claim", _one_line(label), claim.id, "Select this claim"

    def _jump(self, group: str, record_id: int) -> None:
        app = self._app()
        if app is None:
            return
        while len(app.screen_stack) > 1:
            app.pop_screen()
        main = app.main
        if group == "article":
            main.jump_to_article(record_id)
        elif group == "actor":
            main.jump_to_actor(record_id)
        else:
            claim = app.catalog.claim_by_id.get(record_id)
            if claim is not None:
                main.jump_to_claim(claim, clear=True)
                main.claims.focus()

    async def discover(self) -> Hits:
        for n, (group, label, record_id, help_text) in enumerate(self._candidates()):
            if group == "claim" or n >= MAX_HITS:
                break
            yield DiscoveryHit(
                _display(group, label), partial(self._jump, group, record_id), text=label, help=help_text
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for n, (group, label, record_id, help_text) in enumerate(self._candidates(query)):
            if n >= MAX_HITS * 3:
                return
            score = max(matcher.match(f"{group}: {label}"), 0.01)
            yield Hit(score, _display(group, label), partial(self._jump, group, record_id), text=label, help=help_text)


def _one_line(text: str) -> str:
    return " ".join(clean(text).split())[:160]


def _display(group: str, label: str) -> Content:
    return Content.assemble((f"{group}: ", "bold"), Content(label))
