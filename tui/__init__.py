"""nkru-tui's Textual app. Importing this package does not import Textual; :mod:`tui.app` does."""
