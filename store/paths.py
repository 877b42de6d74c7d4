"""Where things live: the default store file and the bundled seed articles."""

from __future__ import annotations

import os
from pathlib import Path

# platformdirs is imported where a user directory is needed (it costs ~6 ms of imports, with tempfile, shutil
# and random): a launch given --db or $NKRU_TUI_DB opens its first screen without it.

APP_NAME = "nkru-tui"
DB_ENV = "NKRU_TUI_DB"


def default_db_path() -> Path:
    """The store file: ``$NKRU_TUI_DB`` if set, else ``store.json`` in the user data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "store.json"


def config_dir() -> Path:
    """The user configuration directory of nkru-tui (not created here)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, appauthor=False))


def bundled_seeds_dir() -> Path:
    """The seed articles shipped with the package.

    A wheel carries them as ``store/_seeds``; an editable install or a source
    checkout finds them in the project's top-level ``seeds/`` folder.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled seeds are missing from this installation")
