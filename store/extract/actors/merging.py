"""Alias and surname merging: a person's fuller and shorter forms become one actor."""

from __future__ import annotations

from functools import lru_cache

from store.extract.actors.base import FinderBase
from store.extract.actors.records import ActorInfo
from store.extract.actors.tokens import NAME_RUN
from store.extract.names import spelling_key


@lru_cache(maxsize=16384)
def _short_keys(name: str) -> frozenset[str]:
    """Spelling keys of the short forms a person's full name may be cut to (surname, Korean family name)."""
    words = name.split()
    keys = {spelling_key(words[-1])}
    if len(words) > 1 and ("-" in words[-1] or (len(words) == 3 and len(words[0]) <= 4)):
        keys.add(spelling_key(words[0]))
        keys.add(spelling_key(" ".join(words[1:])))
    return frozenset(keys)


class MergingStage(FinderBase):
    """Registers new people under one canonical name and finds their later short forms."""

    def _register_person(self, name: str) -> None:
        key = spelling_key(name)
        words = name.split()
        if key in self.person_keys:
            current = self.person_keys[key]
            if len(words) > len(current.split()) and spelling_key(current) != key and current in self.infos:
                # a fuller form ("Ramon Pacheco Pardo" after "Pardo"): it becomes the canonical name
                info = self.infos.pop(current)
                info.aliases.add(info.name)
                info.name = name
                self.infos[name] = info
                for k, v in list(self.person_keys.items()):
                    if v == current:
                        self.person_keys[k] = name
                for span in self.spans:
                    if span.name == current:
                        span.name = name
            return
        # a short form already seen that this fuller name completes
        short_key = spelling_key(words[-1])
        if len(words) > 1 and short_key in self.person_keys and len(self.person_keys[short_key].split()) == 1:
            self.person_keys[key] = self.person_keys[short_key]
            self._register_person(name)
            return
        self.person_keys[key] = name
        self.infos.setdefault(name, ActorInfo(name=name, kind="person" if not name.isupper() else "organisation"))
        if len(words) > 1:
            self.person_keys.setdefault(spelling_key(words[-1]), name)
            if "-" in words[-1] or (len(words) == 3 and len(words[0]) <= 4):
                # Korean order: family name first ("Ra Jong-il" -> "Ra"); given name alone ("Jong Un")
                self.person_keys.setdefault(spelling_key(words[0]), name)
                self.person_keys.setdefault(spelling_key(" ".join(words[1:])), name)

    def short_forms(self, start: int, end: int) -> None:
        """Every later (or earlier) written form of the new people found, including surnames alone."""
        if not self.person_keys:
            return
        forms: set[str] = set()
        for info in self.infos.values():
            if info.kind != "person" or self.gaz.by_name.get(info.name):
                continue
            words = info.name.split()
            forms.add(info.name)
            forms.update(info.aliases)
            forms.add(words[-1])
            if len(words) > 1 and ("-" in words[-1] or (len(words) == 3 and len(words[0]) <= 4)):
                forms.add(words[0])
                forms.add(" ".join(words[1:]))
                forms.add(" ".join(words[1:]).replace("-", " "))
                forms.add(info.name.replace("-", " "))
        forms = {f for f in forms if f and not self._common(f)}
        if not forms:
            return
        # where each new person is named in full, so that a shared surname ("Kim") goes to the nearest one before
        named_at = sorted(
            (s.start, s.name) for s in self.spans if s.rank == 3 and len(s.name.split()) > 1 and s.name in self.infos
        )
        lookup = {f.lower().replace("-", " "): f for f in forms}
        longest = max(len(f.split()) for f in lookup)
        # every word of a form found below is a word of some form: a run sharing none holds no form
        form_words = {w for f in lookup for w in f.split()}
        owners_of: dict[str, list[tuple[int, str]]] = {}
        for run in NAME_RUN.finditer(self.text, start, end):
            written_run = run.group()
            if form_words.isdisjoint(written_run.lower().replace("-", " ").split()):
                continue
            tokens = written_run.split()
            if len(tokens) == 1:  # most runs are one word, which starts the run
                if tokens[0].lower().replace("-", " ") in lookup:
                    self._short_form(run.start(), run.start() + len(tokens[0]), tokens[0], named_at, owners_of)
                continue
            offsets = []
            pos = run.start()
            for word in tokens:
                pos = self.text.index(word, pos)
                offsets.append(pos)
                pos += len(word)
            i = 0
            while i < len(tokens):
                for n in range(min(longest, len(tokens) - i), 0, -1):
                    written = " ".join(tokens[i : i + n])
                    if written.lower().replace("-", " ") in lookup:
                        self._short_form(
                            offsets[i], offsets[i + n - 1] + len(tokens[i + n - 1]), written, named_at, owners_of
                        )
                        i += n
                        break
                else:
                    i += 1

    def _short_form(
        self,
        start: int,
        end: int,
        written: str,
        named_at: list[tuple[int, str]],
        owners_of: dict[str, list[tuple[int, str]]],
    ) -> None:
        key = spelling_key(written)
        canonical = self.person_keys.get(key)
        owners = owners_of.get(key)
        if owners is None:  # the full namings this short form may stand for, found once per form
            owners = owners_of[key] = [(pos, name) for pos, name in named_at if key in _short_keys(name)]
        sharing = [name for pos, name in owners if pos < start]
        if len({name for _, name in owners}) > 1 and sharing:
            canonical = sharing[-1]
        if canonical and canonical in self.infos:
            # rank -1: a surname of someone this article introduced beats a gazetteer short form ("Kim")
            self._add(start, end, self.infos[canonical], -1)
