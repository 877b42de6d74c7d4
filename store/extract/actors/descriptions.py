"""Descriptions of a country's agencies (``South Korea's spy agency``, ``Ukrainian officials``)."""

from __future__ import annotations

import re

from store.extract.actors.base import FinderBase
from store.extract.actors.records import ActorInfo
from store.extract.hints import matches_at

_FOLLOWING_NAME = re.compile(r"[ \u00a0]+([A-Z](?:[\w&-]|\.(?=\w))*(?:[ \u00a0]+[A-Z](?:[\w&-]|\.(?=\w))*)?)")


class DescriptionStage(FinderBase):
    """Finds agency descriptions, resolved to the gazetteer agency of that country and type when there is one."""

    def _descriptor_matches(self, start: int, end: int) -> list[re.Match[str]]:
        """``descriptor_re.finditer(text, start, end)``, tried only where a match can begin: at a qualifier's
        first letter or at "The"/"the" (the regex engine would otherwise try it at every character).
        """
        text = self.text
        starts = [m.start() for m in self.vocab.descriptor_start.finditer(text, start, end)]
        at = text.find("the", start, end)
        while at >= 0:
            starts.append(at)
            at = text.find("the", at + 1, end)
        starts.sort()
        return matches_at(starts, self.vocab.descriptor_re, text, start, end)

    def descriptors(self, start: int, end: int) -> None:
        for m in self._descriptor_matches(start, end):
            qualifier, head = m.group("q"), m.group("head")
            named = _FOLLOWING_NAME.match(self.text, m.end(), end)
            if named and named.group(1) in self.vocab.gaz_surface:
                continue  # "Russian state news agency TASS": the description only introduces the name
            span_start = m.start("q")
            if m.group("all"):
                # "Ukrainian, South Korean and US intelligence": the first one named stands for all
                # (as with coordinated subjects in attribution)
                qualifier = re.split(r",\s*|\s+and(?:\s+|$)", m.group("all").strip())[0]
                span_start = m.start("all")
            country = self.vocab.country_of.get(qualifier)
            kind_of = next(t for p, t in self.vocab.head_types if p.match(head))
            entry = self.gaz.by_country_type.get((country, kind_of)) if country else None
            if entry is None and country and kind_of == "government":
                entry = self.gaz.by_name.get(country)
            if entry is not None:
                info = self._entry_info(entry)
            else:
                adjective = self.vocab.demonym_of.get(country, qualifier) if country else qualifier
                base = {"intelligence": "intelligence", "government": "officials", "military": "military"}.get(
                    kind_of, head
                )
                name = f"{adjective} {base}"
                info = self.infos.get(name) or ActorInfo(
                    name=name,
                    kind="organisation" if country and kind_of not in ("experts", "media", "parliament") else "group",
                    type=kind_of,
                    country=country,
                )
            self._add(span_start, m.end(), info, 1)
