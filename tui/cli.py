"""Entry point of the ``nkru-tui`` console script.

The headless commands live in :mod:`store.cli`; this adds only the launch of
the Textual app, imported lazily so that ``nkru-tui claims --json`` stays fast.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from store import Store
from store.cli import main as store_main


def launch(store: Store | Callable[[], Store]) -> int:
    """Run the app on ``store`` (or on a function that opens it); returns its exit code."""
    from tui.app import NkruApp

    app = NkruApp(store)
    app.run()
    return app.return_code or 0


def main(argv: Sequence[str] | None = None) -> int:
    return store_main(argv, launch=launch)


if __name__ == "__main__":
    sys.exit(main())
