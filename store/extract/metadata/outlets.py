"""Outlet names: what can be an outlet, mastheads, and the outlet a dateline, desk or source line names.

An intelligence agency, ministry, government or armed force is never the outlet; a publication named
after them ("Army Times") still is.
"""

from __future__ import annotations

import re

from store.extract.metadata.datelines import AGENCY_DATELINES, NOT_AGENCIES
from store.extract.metadata.furniture import is_nav
from store.extract.metadata.lines import word_set
from store.extract.metadata.urls import URL
from store.extract.names import canonical

# Whoever a story is about is never its outlet: intelligence agencies, ministries, governments and armed forces,
# however a dateline, a desk line or a copyright line happens to name them ("SEOUL (NIS) -", "© Ministry of ...").
_NOT_OUTLET = re.compile(
    r"\b(?:intelligence|ministry|ministries|minister|government|govt|pentagon|kremlin|white\s+house|cabinet"
    r"|department\s+of|state\s+department|defen[cs]e\s+(?:department|ministry|forces)|armed\s+forces|general\s+staff"
    r"|joint\s+chiefs|army|military|navy|air\s+force|security\s+(?:service|council|agency)|spy\s+agency|embassy"
    r"|parliament|national\s+assembly|presidential\s+(?:office|administration)|office\s+of\s+the\s+president"
    r"|president|police|prosecutors?|command)\b"
    r"|^(?:NIS|GUR|HUR|SBU|FSB|SVR|GRU|JCS|MOD|MoD|KCNA\s+Watch\s+Staff|NSC|DIA|CIA|KGB|RGB|KPA|ISW\s+Staff)$",
    re.IGNORECASE,
)


def is_outlet_name(name: str | None) -> bool:
    """Whether ``name`` can be an outlet: not an agency, ministry, government or military body."""
    if not name:
        return False
    return _NOT_OUTLET.search(name.strip()) is None or _PUBLICATION.search(name) is not None


# "Army Times", "Military.com", "Defense News": a publication named after the forces it covers
_PUBLICATION = re.compile(
    r"\b(?:times|news|post|journal|daily|magazine|review|herald|tribune|today|technology|report|insider|monitor"
    r"|gazette|weekly|digest|wire|radio|tv|television|channel|media|press)\b|\.(?:com|org|net|co|kr|ua|ru)\b",
    re.IGNORECASE,
)

DESK = re.compile(
    r"^(?P<outlet>[A-Z][\w&.'’ -]{1,40}?)\s+(?:news\s*desk|staff|newsroom|editorial\s+(?:board|team|staff))$"
)
_LAST_NEWS_IN = re.compile(
    r"^\W*(?:last|latest)\s+news\s+(?:in|from)\s+(?P<outlet>[\w.&' -]{2,40}?)\s*$", re.IGNORECASE
)
_SOURCE_LINE = re.compile(
    r"^\W*(?:source|publication|publisher|outlet)\s*:\s*(?P<outlet>[^\n]{2,60}?)\s*$", re.IGNORECASE
)
DOMAIN_PUBLISHES = re.compile(
    r"^\W*(?P<outlet>[A-Za-z0-9][A-Za-z0-9-]{2,}\.[A-Za-z]{2,6})\s+(?:publishes|is\s+not|does\s+not|reports|brings)\b"
)

OUTLET_WORDS = word_set(
    """
    news press times post herald journal daily agency tv radio media independent pravda tribune guardian telegraph
    gazette wire network review observer monitor chronicle express mail star today weekly insider dispatch courier
    bulletin broadcasting channel reuters yonhap kcna xinhua interfax tass ukrinform afp ap bbc cnn nhk dw
    institute institution center centre foundation endowment rusi csis isw chatham brookings carnegie
    """
)
_SITE_SUFFIX = re.compile(r"(?:\s+(?:news|online|digital)|\.(?:com|net|org|co\.uk))$", re.IGNORECASE)

_PUBLISHER_TYPES = frozenset(["outlet", "think tank"])

_INSTITUTION_WORDS = word_set("institute institution center centre foundation endowment studies")
_CONNECTORS = frozenset({"of", "the", "and", "&", "de", "la", "el", "al", "for", "on"})


def line_outlet(line: str) -> str | None:
    """The outlet a dateline, a "Last news in X" line, a "Source: X" line or a desk line names."""
    for pattern in AGENCY_DATELINES:
        found = pattern.match(line)
        if found and found.group("agency"):
            agency = found.group("agency").strip()
            if agency not in NOT_AGENCIES and is_outlet_name(agency):
                return agency
    for pattern in (_LAST_NEWS_IN, _SOURCE_LINE, DOMAIN_PUBLISHES, DESK):
        found = pattern.match(line)
        if found:
            outlet = found.group("outlet").strip()
            if (
                outlet
                and not URL.match(outlet)
                and (pattern is not _SOURCE_LINE or plausible_outlet(outlet))
                and is_outlet_name(outlet)
            ):
                return outlet
    return None


def masthead_name(line: str, first: bool) -> str | None:
    """The outlet named by a header line ("The Daily Ledger", "Daily NK | news from inside").

    Below the page's first line only a short name (or an institute's) counts: "North Korean Troops
    Review Kursk Front" is a title-case headline, not a newspaper.
    """
    name = re.split(r"\s+[|–—-]\s+", line, maxsplit=1)[0].strip()
    if _known_publisher(name):
        return name  # "38 North" is made of section words but names a site
    if not outlet_like(name) or is_nav(name) or any(c in name for c in "?!:"):
        return None
    tokens = name.split()
    if len(tokens) > (5 if first else 4) and not any(t.lower() in _INSTITUTION_WORDS for t in tokens):
        return None
    return name


def short_form(outlet: str, others: tuple[str | None, ...]) -> str:
    """The page's own acronym for ``outlet`` when it uses one too ("British Broadcasting Corporation" / "BBC")."""
    initials = "".join(t[0] for t in outlet.split() if t[0].isupper())
    for other in others:
        if other and len(other) >= 2 and other.isupper() and other == initials:
            return other
    return outlet


def brand(name: str) -> str:
    """ "AP NEWS" -> "AP", "Reuters.com" -> "Reuters": a site's name when it is a known outlet's plus a suffix."""
    short = _SITE_SUFFIX.sub("", name).strip()
    if short and short != name:
        entry = canonical(short)
        if entry is not None and entry.type == "outlet":
            return short
    return name


def outlet_like(segment: str) -> bool:
    """A short capitalised name with a word that newspapers, agencies and institutes use in their names."""
    tokens = segment.split()
    if not 1 <= len(tokens) <= 6 or len(segment) > 60:
        return False
    if not all(t[0].isupper() or t[0].isdigit() or t.lower() in _CONNECTORS for t in tokens):
        return False
    if any(t.lower().strip(".,") in OUTLET_WORDS for t in tokens):
        return True
    return _known_publisher(segment)


def _known_publisher(name: str) -> bool:
    """An outlet or think tank the gazetteer lists ("The Economist", "38 North", "Meduza")."""
    if not name or len(name) > 60 or not name[0].isalnum():
        return False
    entry = canonical(name)
    return entry is not None and entry.type in _PUBLISHER_TYPES


def plausible_outlet(value: str) -> bool:
    """A labelled outlet ("Source: X") that is a name or a domain, not a phrase."""
    tokens = value.split()
    if len(tokens) == 1 and "." in value:
        return True
    return 1 <= len(tokens) <= 6 and all(t[0].isupper() or t[0].isdigit() or t.lower() in _CONNECTORS for t in tokens)
