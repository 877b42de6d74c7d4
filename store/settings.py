"""User settings: a small JSON file in the user configuration directory.

The file is ``settings.json`` in ``$NKRU_TUI_CONFIG_DIR`` when that is set (tests), else in
:func:`store.paths.config_dir`. It holds one object, e.g. ``{"citation_style": "apa"}``. A missing, unreadable or
broken file, or an unknown value, falls back to the default silently: settings never stop the program. Writes are
atomic (a temporary file in the same directory, then :func:`os.replace`) and keep keys this version does not know.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from store.atomic import write_atomic
from store.citation_styles import STYLES
from store.paths import config_dir

CONFIG_DIR_ENV = "NKRU_TUI_CONFIG_DIR"
SETTINGS_FILE = "settings.json"
DEFAULT_CITATION_STYLE = STYLES[0]


def settings_path() -> Path:
    """Where the settings file lives (it may not exist)."""
    env = os.environ.get(CONFIG_DIR_ENV)
    folder = Path(env).expanduser() if env else config_dir()
    return folder / SETTINGS_FILE


def load_citation_style() -> str:
    """The saved citation style, or ``"plain"`` when none is saved or the file is unusable."""
    style = _read().get("citation_style")
    return style if isinstance(style, str) and style in STYLES else DEFAULT_CITATION_STYLE


def save_citation_style(style: str) -> None:
    """Remember ``style`` as the citation style.

    Raises:
        ValueError: ``style`` is not one of :data:`store.citations.STYLES`.
        OSError: the configuration directory cannot be written.
    """
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r} (choose from {', '.join(STYLES)})")
    data = _read()
    data["citation_style"] = style
    _write(settings_path(), data)


def _read() -> dict[str, Any]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict[str, Any]) -> None:
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
