"""Screens and dialogs of the nkru-tui browser."""
