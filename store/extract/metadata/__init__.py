"""Article metadata: front matter when present, else only what the text itself states.

A front-matter block (``---`` / ``key: value`` lines / ``---``) at the top of the
file wins. Without one, the head of the text (its first 40 lines) is read for:

- a headline: the first line that reads as one, after skipping page furniture (menus,
  breadcrumbs, section labels, share/save/listen buttons, cookie banners, read-time and
  view counters); a headline of one to three words counts when a blank line and a
  dateline or byline follow it;
- a published date: a labelled or stand-alone date line, or a dateline (``SEOUL, Nov 4,
  2024 -``); an all-numeric date only when its day/month order is clear;
- an author: a ``By ...`` line, or a line of names right under the headline (``JANE DOE``,
  ``Jane Doe and John Roe``, ``Jane Doe, Seoul correspondent``, ``Jane Doe in Seoul``);
- an outlet: a wire dateline's agency (``KYIV/SEOUL, Nov 4 (Reuters) -``, ``Seoul, South
  Korea CNN —``), a byline's affiliation (``By X, CNN``), the outlet's name in the header,
  after the headline (``Headline - BBC News``) or in a footer (copyright, "All rights
  reserved", newsletter sign-up);
- a URL on a line of its own.

An intelligence agency, ministry, government or armed force is never the outlet, wherever it is named
(``SEOUL (NIS) -``, ``© Ministry of Defence``); a publication named after them ("Army Times") still is.

Anything the text does not state stays ``None``: metadata is never guessed. Everything
here is precompiled regular expressions over the first 40 lines and the last 2,000
characters, so it costs the same for a 10 MB file as for a short one.

Modules: ``front_matter`` (the ``---`` block), ``infer`` (the head/tail scan that wires the rest),
``scan`` (what one line states), ``title``, ``bylines``, ``person_names``, ``datelines``, ``date_values``,
``outlets``, ``footer``, ``furniture``, ``prose``, ``urls``, ``language`` and ``lines`` (the windows read).
"""

from __future__ import annotations

from store.extract.drafts import ArticleMeta
from store.extract.metadata.date_values import parse_date
from store.extract.metadata.front_matter import FRONT_MATTER_LINES, read_front_matter
from store.extract.metadata.infer import infer_metadata
from store.extract.metadata.lines import HEAD_CHARS, HEAD_LINES, TAIL_CHARS

__all__ = ["FRONT_MATTER_LINES", "HEAD_CHARS", "HEAD_LINES", "TAIL_CHARS", "parse_date", "parse_metadata"]


def parse_metadata(text: str, file: str) -> tuple[ArticleMeta, int]:
    """Read an article's metadata from its text.

    Args:
        text: the article's full text as stored.
        file: the source file's name (used for nothing but kept for error context).

    Returns:
        ``(metadata, body_start)``: ``body_start`` is the offset just past a
        front-matter block, or 0 when there is none.
    """
    front = read_front_matter(text)
    if front is not None:
        meta, body_start = front
        inferred = infer_metadata(text, body_start)
        filled = {
            name: getattr(meta, name) if getattr(meta, name) is not None else getattr(inferred, name)
            for name in ("title", "outlet", "author", "published", "url", "language")
        }
        return ArticleMeta(**filled), body_start
    return infer_metadata(text, 0), 0
