"""Entry point of the ``nkru-tui`` console script.

The headless commands live in :mod:`store.cli`; this adds only the launch of
the Textual app, imported lazily so that ``nkru-tui claims --json`` stays fast.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.preview import Preview
    from store.store import Store


def launch(store: Store | Callable[[], Store], preview: Preview | None = None) -> int:
    """Run the app on ``store`` (or on a function that opens it, showing ``preview`` meanwhile).

    Returns:
        The app's exit code.
    """
    from tui.frames import set_frame_rate

    set_frame_rate()  # before Textual is imported
    from tui.app import NkruApp

    app = NkruApp(store, preview)
    app.run()
    return app.return_code or 0


def main(argv: Sequence[str] | None = None) -> int:
    # Startup allocates hundreds of thousands of long-lived objects (Textual's classes, styles,
    # the records) and no garbage worth collecting: the collector's passes over them would only
    # delay the first screen. The app enables it again once the store is loaded; the headless
    # commands get it back at once.
    gc.disable()
    from store.cli import main as store_main

    try:
        return store_main(argv, launch=launch)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
