"""nkru-tui's headless core: the store, extraction and everything that is not UI.

Nothing here imports Textual. The UI and the command line use only the names
exported below.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.citation_styles import STYLES
    from store.citations import cite, cite_all, comparison_markdown
    from store.clipboard import copy_text, write_fallback
    from store.ingest import InputError
    from store.models import Actor, ActorKind, Article, Attribution, Claim, Conflict
    from store.paths import bundled_seeds_dir, default_db_path
    from store.sanitize import clean, clean_for_display, clean_line
    from store.settings import load_citation_style, save_citation_style
    from store.storage import RecoveryError, StoreCorruptError, recovery_hint
    from store.store import IngestReport, SchemaError, Store, StoreLockedError

_HOMES = {
    "STYLES": "store.citation_styles",
    "cite": "store.citations",
    "cite_all": "store.citations",
    "comparison_markdown": "store.citations",
    "copy_text": "store.clipboard",
    "write_fallback": "store.clipboard",
    "InputError": "store.ingest",
    "Actor": "store.models",
    "ActorKind": "store.models",
    "Article": "store.models",
    "Attribution": "store.models",
    "Claim": "store.models",
    "Conflict": "store.models",
    "bundled_seeds_dir": "store.paths",
    "default_db_path": "store.paths",
    "clean": "store.sanitize",
    "clean_for_display": "store.sanitize",
    "clean_line": "store.sanitize",
    "load_citation_style": "store.settings",
    "save_citation_style": "store.settings",
    "RecoveryError": "store.storage",
    "StoreCorruptError": "store.storage",
    "recovery_hint": "store.storage",
    "IngestReport": "store.store",
    "SchemaError": "store.store",
    "Store": "store.store",
    "StoreLockedError": "store.store",
}


def __getattr__(name: str) -> Any:
    # Every name loads with its module on first use (PEP 562): the app's first screen imports
    # only what it draws, and `nkru-tui claims` never loads the citation rules or the clipboard.
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


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
