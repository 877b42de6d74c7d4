"""The citation styles nkru-tui offers, kept apart from the rules in :mod:`store.citations`.

Settings, menus and the command line need only the names; importing them must
not load the citation rules.
"""

from __future__ import annotations

STYLES: tuple[str, ...] = ("plain", "markdown", "apa", "mla", "chicago", "bibtex")
"""The citation styles, the default first."""

STYLE_NAMES: dict[str, str] = {
    "plain": "Plain text",
    "markdown": "Markdown",
    "apa": "APA 7",
    "mla": "MLA 9",
    "chicago": "Chicago 17 (note)",
    "bibtex": "BibTeX (biblatex)",
}
"""Human-readable names of :data:`STYLES`, for menus."""
