"""``python -m tui`` runs the ``nkru-tui`` command."""

import sys

from tui.cli import main

sys.exit(main())
