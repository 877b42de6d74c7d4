"""The gazetteer vocabulary: every written form, country qualifiers and agency descriptor patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from store.extract.actors.titles import TITLES
from store.extract.actors.wordlists import trie_regex
from store.extract.names import GazetteerEntry, gazetteer

_DESCRIPTOR_HEADS: tuple[tuple[str, str], ...] = (
    (r"military intelligence(?: agency| service| directorate)?", "intelligence"),
    (
        r"(?:defen[cs]e |military )?intelligence (?:agency|agencies|service|services|officials|sources|community|"
        r"chiefs?|reports?|assessments?)",
        "intelligence",
    ),
    (r"spy (?:agency|service)", "intelligence"),
    (r"(?:defen[cs]e |military )?intelligence", "intelligence"),
    (r"defen[cs]e ministry|ministry of defen[cs]e|defen[cs]e department|defen[cs]e officials", "defence ministry"),
    (r"foreign ministry|ministry of foreign affairs|foreign office", "foreign ministry"),
    (r"joint chiefs of staff|general staff|military command", "military"),
    (r"armed forces|military|army", "military"),
    (r"presidential office|presidency", "presidency"),
    (r"state (?:media|news agency|television|TV)|state-run (?:media|television|news agency)|propaganda", "state media"),
    (r"(?:government |military |defen[cs]e )?officials|government|authorities|leadership", "government"),
    (r"media|press|outlets|newspapers?", "media"),
    (r"(?:military )?(?:experts|analysts|observers)", "experts"),
    (r"lawmakers|legislators|parliamentarians|parliament|MPs", "parliament"),
)


@dataclass(frozen=True, slots=True)
class Vocab:
    gaz_re: re.Pattern[str]
    gaz_surface: dict[str, GazetteerEntry]
    descriptor_re: re.Pattern[str]
    descriptor_start: re.Pattern[str]  # the first letter of every qualifier, and "T" of "The"
    head_types: tuple[tuple[re.Pattern[str], str], ...]
    country_of: dict[str, str | None]
    demonym_of: dict[str, str]
    place_words: frozenset[str]


@cache
def vocab() -> Vocab:
    gaz = gazetteer()
    surfaces: dict[str, GazetteerEntry] = {}
    for entry in gaz.entries:
        for surface in (entry.name, *entry.aliases):
            surfaces.setdefault(surface, entry)
            surfaces.setdefault(surface.replace("'", "’"), entry)
            if entry.government_of and len(surface) > 3:
                surfaces.setdefault(surface.lower(), entry)  # "kyiv" in carelessly translated copy
    words = sorted(surfaces, key=len, reverse=True)
    gaz_re = re.compile(rf"(?<![\w.])(?:{trie_regex(words)})(?![\w-])")
    place_words = frozenset(
        w.strip("'’s") for e in gaz.entries if e.kind != "person" for s in (e.name, *e.aliases) for w in s.split()
    )

    # What may qualify an agency: an adjective ("Ukrainian"), a country's or a capital's possessive ("Seoul's").
    country_of: dict[str, str | None] = dict(gaz.demonyms)
    countries = {c for c in gaz.demonyms.values() if c}
    for entry in gaz.entries:
        country = entry.name if entry.name in countries else entry.government_of
        if country:
            for surface in (entry.name, *entry.aliases):
                country_of[surface + "’s"] = country
                country_of[surface + "'s"] = country
    demonym_of: dict[str, str] = {}
    for adjective, country in gaz.demonyms.items():
        usable = adjective[0].isupper() and adjective not in ("US", "U.S.", "UK") and gaz.by_name.get(adjective) is None
        if country and country not in demonym_of and usable:
            demonym_of.setdefault(country, adjective)
    demonym_of["United States"] = "US"
    demonym_of["United Kingdom"] = "British"
    qualifiers = sorted(country_of, key=len, reverse=True)
    heads = "|".join(h for h, _ in _DESCRIPTOR_HEADS)
    q = trie_regex(qualifiers)
    descriptor_re = re.compile(
        rf"(?<![\w-])(?:[Tt]he[ \u00a0]+)?(?P<all>(?:{q})(?:,[ \u00a0]+(?:{q}))*,?[ \u00a0]+and[ \u00a0]+)?"
        rf"(?P<q>{q})[ \u00a0]+(?P<head>(?:{heads}))(?![\w-])"
        rf"(?![ \u00a0]+(?i:{TITLES})\b)"  # "Pentagon press secretary": a person's title, not an agency
    )
    head_types = tuple((re.compile(rf"(?:{h})$"), t) for h, t in _DESCRIPTOR_HEADS)
    starts = sorted({q[0] for q in qualifiers} | {"T"})
    descriptor_start = re.compile("[" + "".join(re.escape(c) for c in starts) + "]")
    return Vocab(gaz_re, surfaces, descriptor_re, descriptor_start, head_types, country_of, demonym_of, place_words)
