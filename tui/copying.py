"""Sending a citation out: OSC 52 through the terminal, the system clipboard, or a file."""

from __future__ import annotations

from textual.app import App

from store.clipboard import copy_text, write_fallback
from store.sanitize import clean


def copy_out(app: App[object], text: str, what: str) -> None:
    """Copy ``text`` everywhere it can go and tell the user where it went.

    The terminal gets it at once (OSC 52, which also works over SSH and in
    tmux with ``set-clipboard on``); the system clipboard tools may take a
    moment, so they run in a thread worker that notifies when done. When no
    system clipboard takes the text, it is also written to a file, and the
    notification names the file.
    """
    text = clean(text.replace("\r\n", "\n"))
    what = clean(what)
    app.copy_to_clipboard(text)

    def deliver() -> None:
        used = copy_text(text)
        if used:
            app.call_from_thread(
                app.notify, f"Copied {what} (terminal, {', '.join(used)})", title="Copied", markup=False, timeout=4
            )
            return
        try:
            path = write_fallback(text)
        except OSError as exc:
            message = f"Copied {what} via the terminal only (OSC 52); no system clipboard, and saving failed: {exc}"
            app.call_from_thread(app.notify, message, title="Copied", severity="warning", markup=False)
            return
        message = f"Copied {what} via the terminal (OSC 52); no system clipboard, so also saved to {path}"
        app.call_from_thread(app.notify, message, title="Copied", markup=False, timeout=6)

    app.run_worker(deliver, thread=True, group="clipboard", name="copy to clipboard", exit_on_error=False)
