"""nkru-tui's headless core: the store, extraction and everything that is not UI.

Nothing here imports Textual. The UI and the command line use only the names
exported below.
"""

from store.citations import STYLES, cite, cite_all, comparison_markdown
from store.clipboard import copy_text, write_fallback
from store.ingest import InputError
from store.models import Actor, ActorKind, Article, Attribution, Claim, Conflict
from store.paths import bundled_seeds_dir, default_db_path
from store.sanitize import clean, clean_for_display, clean_line
from store.settings import load_citation_style, save_citation_style
from store.storage import RecoveryError, StoreCorruptError, recovery_hint
from store.store import IngestReport, SchemaError, Store, StoreLockedError

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
