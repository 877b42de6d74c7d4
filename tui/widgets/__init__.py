"""Widgets of the nkru-tui browser, one per module (import each from its module)."""
