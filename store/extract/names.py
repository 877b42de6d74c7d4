"""Name normalisation shared by actor merging inside and across articles.

Two names denote the same actor when they share an :func:`actor_key`. The key folds
accents, case, hyphens and spacing, evens out the usual transliteration variants of
Slavic and Korean names (Zelensky / Zelenskyy / Zelenskiy, Dmitry / Dmitri,
Anthony / Antony), and maps every alias listed in the gazetteer to its canonical
name (Kiev -> Kyiv, NIS -> National Intelligence Service).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

_TOKEN = re.compile(r"[0-9a-z]+")
# Transliteration variants, applied to each folded word: y/yy/iy/ii/yi endings, th/t, doubled letters.
_VARIANTS = (
    (re.compile(r"(?:yy|iy|ii|yi|ij|y)$"), "i"),
    (re.compile(r"th"), "t"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"(\w)\1+"), r"\1"),
)
_LEADING_THE = re.compile(r"^the\s+", re.I)


def fold(name: str) -> str:
    """Lower-case ``name`` and strip its accents (``"Zelenskyy"`` stays recognisable)."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=65536)
def spelling_key(name: str) -> str:
    """A key that ignores case, accents, punctuation, spacing and transliteration variants."""
    words = _TOKEN.findall(fold(_LEADING_THE.sub("", name.strip())))
    out = []
    for word in words:
        for pattern, repl in _VARIANTS:
            word = pattern.sub(repl, word)
        out.append(word)
    return "".join(out)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A well-known actor of the domain, as listed in ``store/data/gazetteer.json``."""

    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    country: str | None = None
    type: str | None = None
    government_of: str | None = None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The curated actors, indexed by every written form and by spelling key."""

    entries: tuple[GazetteerEntry, ...]
    by_surface: dict[str, GazetteerEntry] = field(default_factory=dict)
    by_key: dict[str, GazetteerEntry] = field(default_factory=dict)
    by_name: dict[str, GazetteerEntry] = field(default_factory=dict)
    demonyms: dict[str, str | None] = field(default_factory=dict)
    by_country_type: dict[tuple[str, str], GazetteerEntry] = field(default_factory=dict)


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer shipped in ``store/data/gazetteer.json`` (loaded once)."""
    raw = json.loads(resources.files("store.data").joinpath("gazetteer.json").read_text("utf-8"))
    entries = tuple(
        GazetteerEntry(
            name=e["name"],
            kind=e["kind"],
            aliases=tuple(e.get("aliases", ())),
            role=e.get("role"),
            country=e.get("country"),
            type=e.get("type"),
            government_of=e.get("government_of"),
        )
        for e in raw["actors"]
    )
    gaz = Gazetteer(entries=entries, demonyms=dict(raw.get("demonyms", {})))
    for entry in entries:
        gaz.by_name[entry.name] = entry
        if entry.country and entry.type:
            gaz.by_country_type.setdefault((entry.country, entry.type), entry)
        for surface in (entry.name, *entry.aliases):
            gaz.by_surface.setdefault(surface, entry)
            gaz.by_key.setdefault(spelling_key(surface), entry)
    return gaz


def canonical(name: str) -> GazetteerEntry | None:
    """The gazetteer entry ``name`` is a written form of, if any."""
    gaz = gazetteer()
    return gaz.by_surface.get(name) or gaz.by_key.get(spelling_key(name))


_HEAD_TYPES = (
    (re.compile(r"officials|authorities|government|leadership|administration"), "government"),
    (
        re.compile(
            r"(?:military |defen[cs]e )?intelligence(?: (?:agency|agencies|service|services|officials|sources|"
            r"chiefs?))?|spy (?:agency|service)"
        ),
        "intelligence",
    ),
    (re.compile(r"military|armed forces|army|joint chiefs of staff|general staff"), "military"),
    (re.compile(r"defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e department"), "defence ministry"),
    (re.compile(r"foreign ministry|ministry of foreign affairs"), "foreign ministry"),
    (re.compile(r"state (?:media|news agency|television)|state-run media|propaganda"), "state media"),
)


@cache
def _qualifiers() -> dict[str, str]:
    """Folded qualifier ("ukrainian", "ukraine's", "seoul's") -> the country it stands for."""
    gaz = gazetteer()
    out = {fold(adj): country for adj, country in gaz.demonyms.items() if country}
    countries = set(out.values())
    for entry in gaz.entries:
        country = entry.name if entry.name in countries else entry.government_of
        if country:
            for surface in (entry.name, *entry.aliases):
                out[fold(surface) + "'s"] = country
                out[fold(surface) + "’s"] = country
    return out


@lru_cache(maxsize=65536)
def described(name: str) -> GazetteerEntry | None:
    """The actor a description such as "South Korea's spy agency" or "US officials" stands for, if listed.

    A country's officials, authorities or government stand for the country itself; its
    intelligence, military, ministries and state media for the gazetteer agency of that type.
    """
    words = _LEADING_THE.sub("", fold(" ".join(name.split()))).split(" ")
    gaz = gazetteer()
    for cut in range(1, min(len(words), 4)):
        country = _qualifiers().get(" ".join(words[:cut]))
        if country is None:
            continue
        head = " ".join(words[cut:])
        for pattern, kind in _HEAD_TYPES:
            if pattern.fullmatch(head):
                if kind == "government":
                    return gaz.by_name.get(country)
                return gaz.by_country_type.get((country, kind))
    return None


@lru_cache(maxsize=65536)
def actor_key(name: str) -> str:
    """A key under which spelling variants and aliases of one actor meet.

    Accents, case, hyphens, apostrophes and spacing are ignored, so
    "Kim Jong-un", "Kim Jong Un" and "KIM JONG UN" share a key; so do
    "Zelensky" and "Zelenskyy", "Kiev" and "Kyiv" (a gazetteer alias), and
    "Seoul's spy agency" and "NIS" (a description of a listed agency).
    """
    entry = canonical(name) or described(name)
    if entry is not None:
        return spelling_key(entry.name)
    return spelling_key(name)
