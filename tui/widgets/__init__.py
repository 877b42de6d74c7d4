"""Widgets of the nkru-tui browser, one per module."""

from tui.widgets.actor_list import ActorList
from tui.widgets.article_list import ArticleList
from tui.widgets.claim_list import ClaimList
from tui.widgets.conflict_strip import ConflictStrip
from tui.widgets.figure_bars import FigureBars
from tui.widgets.reader import Reader
from tui.widgets.record_table import RecordTable

__all__ = ["ActorList", "ArticleList", "ClaimList", "ConflictStrip", "FigureBars", "Reader", "RecordTable"]
