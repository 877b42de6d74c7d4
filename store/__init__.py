"""nkru-tui's headless core: the store, extraction and everything that is not UI.

Nothing here imports Textual. The UI and the command line use only the names
exported below.
"""

from typing import TYPE_CHECKING, Any

from store.citation_styles import STYLES
from store.ingest import InputError
from store.models import Actor, ActorKind, Article, Attribution, Claim, Conflict
from store.paths import bundled_seeds_dir, default_db_path
from store.sanitize import clean, clean_for_display, clean_line
from store.settings import load_citation_style, save_citation_style
from store.storage import RecoveryError, StoreCorruptError, recovery_hint
from store.store import IngestReport, SchemaError, Store, StoreLockedError

if TYPE_CHECKING:
    from store.citations import cite, cite_all, comparison_markdown
    from store.clipboard import copy_text, write_fallback

_LAZY = {
    "cite": "store.citations",
    "cite_all": "store.citations",
    "comparison_markdown": "store.citations",
    "copy_text": "store.clipboard",
    "write_fallback": "store.clipboard",
}


def __getattr__(name: str) -> Any:
    # Citation rules and clipboard tools load on first use: the app's launch needs neither.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "STYLES",
    "Actor",
    "ActorKind",
    "Article",
    "Attribution",
    "Claim",
    "Conflict",
    "IngestReport",
    "InputError",
    "RecoveryError",
    "SchemaError",
    "Store",
    "StoreCorruptError",
    "StoreLockedError",
    "bundled_seeds_dir",
    "cite",
    "cite_all",
    "clean",
    "clean_for_display",
    "clean_line",
    "comparison_markdown",
    "copy_text",
    "default_db_path",
    "load_citation_style",
    "recovery_hint",
    "save_citation_style",
    "write_fallback",
]
