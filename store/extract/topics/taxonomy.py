"""The taxonomy: loading the replaceable topics file (``NKRU_TUI_TOPICS``, the user config directory or the
bundled ``store/data/topics.json``) and compiling its lexicons and cue patterns.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


class Taxonomy:
    """The compiled taxonomy: lexicons and cue patterns from one topics file."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.topics: dict[str, str] = dict(data["topics"])
        self.family_of: dict[str, str] = {}
        for family, nouns in data["families"].items():
            for noun in nouns:
                self.family_of.setdefault(noun.lower(), family)
        self.max_noun_words = max(len(n.split()) for n in self.family_of)
        self.family_topics: dict[str, str] = dict(data["family_topics"])
        self.default_pledged = frozenset(data.get("default_pledged_families", ()))
        self.need_cue = frozenset(data.get("need_cue_families", ()))
        # a family that counts only with its own cue in the clause: "cleared 1,200 mines" (not "12 coal mines")
        self.family_cues: dict[str, str] = dict(data.get("family_cues", {}))
        self.measure_nouns = frozenset(w.lower() for w in data.get("measure_nouns", ()))
        self.dropped = frozenset(w.lower() for w in data.get("dropped_modifiers", ()))
        self.pronouns = frozenset(w.lower() for w in data.get("pronouns", ()))
        self.stop = frozenset(w.lower() for w in data.get("stop_words", ()))
        parties = []
        for name, key in (("subject", "subject_terms"), ("other", "other_party_terms"), ("third", "third_party_terms")):
            terms = sorted(data.get(key, ()), key=len, reverse=True)
            parties.append(f"(?P<{name}>" + "|".join(re.escape(t.lower()) for t in terms) + ")")
        # The scans run on the lower-cased article without re.I, 2.5x faster than a case-insensitive scan;
        # cue patterns in the data file are therefore written in lower case.
        self.parties = re.compile(r"(?<![\w-])(?:" + "|".join(parties) + r")(?![\w-])")
        verbs = "|".join(re.escape(w) for w in data.get("deploy_verbs", ()))
        # a party that sends or holds troops: "Russia has amassed", "Moscow deployed"
        self.deployer = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:" + (verbs or "(?!)") + r")\b", re.I)
        losses = "|".join(re.escape(w) for w in sorted(data.get("loss_words", ()), key=len, reverse=True))
        # a party that bears losses: "Russia has lost", "Moscow, which has suffered", "Russia's losses"
        self.loss_bearing = re.compile(
            r"^(?:['’]s)?\s*(?:,\s*(?:which|who)\s+)?(?:\w+\s+){0,2}?(?:" + (losses or "(?!)") + r")\b", re.I
        )
        self.cue_names = [name for name in data["cues"] if name]
        # every cue starts at a word boundary: checking it once up front keeps the scan fast
        cues = (
            r"(?:\b|(?='))(?:"
            + "|".join(
                f"(?P<{name}>" + "|".join(f"(?:{p})" for p in data["cues"][name]) + ")" for name in self.cue_names
            )
            + ")"
        )
        self.cues = re.compile(cues, re.I)
        self.cues_lower = re.compile(cues)
        # the doubt check runs for every figure: its own small pattern spares the full cue scan
        self.doubt_lower = re.compile("|".join(f"(?:{p})" for p in data["cues"].get("doubt", ())) or "(?!)")
        # a figure that is a rule's limit, not a count: "a cap of 500,000 barrels"
        self.limit_before = re.compile("|".join(f"(?:{p})" for p in data.get("limit_before", ())) or "(?!)")
        # the subject's own weapon models ("KN-23"): a strike with them is still about the subject's supplies
        self.subject_weapons = re.compile(data.get("subject_weapons") or "(?!)")
        # what a percentage off the subject measures: "growth", "inflation", "approval rating"
        self.unrelated_share = re.compile(data.get("unrelated_share") or "(?!)")
        self.unrelated_money = re.compile(data.get("unrelated_money") or "(?!)")
        self.money_ties = re.compile(data.get("money_ties") or "(?!)")
        self.subject_words = {t.lower() for t in data.get("subject_terms", ())}
        self.other_words = {t.lower() for t in data.get("other_party_terms", ())}
        self.third_words = {t.lower() for t in data.get("third_party_terms", ())}


def taxonomy_path() -> Path | None:
    """The user's replacement topics file, when one is configured."""
    env = os.environ.get("NKRU_TUI_TOPICS")
    if env:
        return Path(env)
    try:
        from platformdirs import user_config_dir

        candidate = Path(user_config_dir("nkru-tui")) / "topics.json"
    except Exception:  # platformdirs cannot name a config dir: use the default
        return None
    return candidate if candidate.is_file() else None


@cache
def load_taxonomy(path: str | None = None) -> Taxonomy:
    """The taxonomy from ``path``, else the configured file, else the bundled default."""
    chosen = Path(path) if path else taxonomy_path()
    if chosen is not None:
        return Taxonomy(json.loads(chosen.read_text("utf-8")))
    return Taxonomy(json.loads(resources.files("store.data").joinpath("topics.json").read_text("utf-8")))
