"""Copying text to the system clipboard, and a file to fall back on when there is none.

:func:`copy_text` tries, in order, the clipboard tools found on ``PATH`` — ``wl-copy`` (only with
``$WAYLAND_DISPLAY``), ``xclip`` and ``xsel`` (only with ``$DISPLAY``), ``pbcopy`` — and stops at the first that
works; when none does, ``pyperclip`` (which also knows Windows, WSL and Cygwin). Each attempt has a time limit, so
a missing display or a stuck tool never hangs the caller. Over SSH or inside tmux there is usually no system
clipboard: the app sends OSC 52 itself (Textual's ``copy_to_clipboard``) and, when nothing else worked,
:func:`write_fallback` leaves the text in a file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from pathlib import Path

from platformdirs import user_data_dir

from store.atomic import write_atomic
from store.paths import APP_NAME

TIMEOUT = 2.0
"""Seconds one clipboard mechanism may take."""

FALLBACK_FILE = "last-citation.txt"

# (name, command, needs) — needs: the environment variable that must be set for the tool to reach a clipboard.
_TOOLS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("wl-copy", ("wl-copy",), "WAYLAND_DISPLAY"),
    ("xclip", ("xclip", "-selection", "clipboard"), "DISPLAY"),
    ("xsel", ("xsel", "--clipboard", "--input"), "DISPLAY"),
    ("pbcopy", ("pbcopy",), None),
)


def copy_text(text: str) -> list[str]:
    """Put ``text`` on the system clipboard if one can be reached.

    Args:
        text: what to copy (already free of control characters).

    Returns:
        The names of the mechanisms that took the text (e.g. ``["xclip"]``), ``[]`` when none did.
    """
    for name, command, needs in _TOOLS:
        if needs is not None and not os.environ.get(needs):
            continue
        executable = shutil.which(command[0])
        if executable and _run_tool((executable, *command[1:]), text):
            return [name]
    if _pyperclip(text):
        return ["pyperclip"]
    return []


def write_fallback(text: str, path: Path | None = None) -> Path:
    """Write ``text`` (atomically) to ``path``, by default ``last-citation.txt`` in the user data directory.

    Returns:
        The file written.

    Raises:
        OSError: the file cannot be written.
    """
    path = path or Path(user_data_dir(APP_NAME, appauthor=False)) / FALLBACK_FILE
    write_atomic(path, (text if text.endswith("\n") else text + "\n").encode("utf-8"))
    return path


def _run_tool(command: tuple[str, ...], text: str) -> bool:
    # xclip, xsel and wl-copy fork a child that keeps serving the selection: its output must not be a pipe we
    # wait on, or we would wait until the selection is replaced.
    try:
        result = subprocess.run(
            command,
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0


def _pyperclip(text: str) -> bool:
    try:
        import pyperclip
    except ImportError:
        return False
    outcome: list[bool] = []

    def attempt() -> None:
        try:
            pyperclip.copy(text)
            outcome.append(True)
        except Exception:  # pyperclip raises its own exception, and backends raise anything
            outcome.append(False)

    # pyperclip calls its backends without a time limit; a daemon thread lets us stop waiting for it.
    worker = threading.Thread(target=attempt, name="nkru-clipboard", daemon=True)
    worker.start()
    worker.join(TIMEOUT)
    return bool(outcome and outcome[0])
