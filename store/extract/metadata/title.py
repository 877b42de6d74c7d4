"""Headline recognition: short headlines, a tagline above the logo, and an outlet named after the headline."""

from __future__ import annotations

import re

from store.extract.metadata.bylines import bare_byline, is_byline
from store.extract.metadata.datelines import is_dateline, opens_body
from store.extract.metadata.furniture import FURNITURE, is_furniture, is_nav
from store.extract.metadata.lines import word_set
from store.extract.metadata.outlets import masthead_name, outlet_like, plausible_outlet

_PIPE_OUTLET = re.compile(r"^(?P<title>.{12,}?)\s+\|\s+(?P<outlet>[A-Z][\w.&' -]{1,40})$")
_DASH_OUTLET = re.compile(r"^(?P<title>.{12,}?)\s+[-–—]\s+(?P<outlet>[A-Z][\w.&' -]{1,40})$")

_PHRASE_WORDS = word_set("what how why who when where we you i is are was know need explained explainer live latest")


def tagline_above_logo(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is the outlet's name with menus below it (so the line above was its tagline)."""
    if masthead_name(lines[index], first=False) != lines[index]:
        return False
    following = next((other for other in lines[index + 1 :] if other), "")
    return bool(following) and is_furniture(following) and not is_dateline(following)


def short_headline(lines: list[str], index: int, at_top: bool) -> bool:
    """A headline of one to three words: the page's first line, a blank line, then a dateline or a byline."""
    line = lines[index]
    words = line.split()
    if not 1 <= len(words) <= 3 or not at_top or is_nav(line) or FURNITURE.match(line):
        return False
    if index + 1 >= len(lines) or lines[index + 1]:
        return False
    following = next((other for other in lines[index + 1 :] if other), "")
    if not following:
        return False
    return bool(
        opens_body(following)
        or is_byline(following)
        or is_dateline(following)
        or (bare_byline(following) is not None and following != line)
    )


def _names_a_publisher(segment: str) -> bool:
    """A capitalised name after a headline's pipe ("| The Daily Ledger"), not a phrase ("| What we know")."""
    if outlet_like(segment):
        return True
    tokens = segment.split()
    return plausible_outlet(segment) and not any(t.lower() in _PHRASE_WORDS for t in tokens)


def split_outlet(title: str) -> tuple[str, str | None]:
    """ "Headline | The Daily Ledger" or "Headline - BBC News": the headline and the outlet named after it."""
    piped = _PIPE_OUTLET.match(title)
    if piped and len(piped.group("outlet").split()) <= 4 and _names_a_publisher(piped.group("outlet")):
        return piped.group("title").strip(), piped.group("outlet").strip()
    dashed = _DASH_OUTLET.match(title)
    if dashed and outlet_like(dashed.group("outlet").strip()):
        return dashed.group("title").strip(), dashed.group("outlet").strip()
    return title, None
