"""Deciding what a figure counts and which topic of the taxonomy it belongs to."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from store.extract.figures import Figure


@dataclass(frozen=True, slots=True)
class Topic:
    topic: str
    unit: str | None


@cache
def _taxonomy() -> list[tuple[str, re.Pattern[str]]]:
    data = json.loads(resources.files("store.data").joinpath("topics.json").read_text("utf-8"))
    return [(t["name"], re.compile("|".join(t["patterns"]), re.I)) for t in data["topics"]]


def classify(text: str, sentences: list[tuple[int, int]], index: int, figure: Figure) -> Topic | None:
    """The topic of ``figure``, or None when it is not about the subject (first version)."""
    after = text[figure.end : min(figure.end + 60, sentences[index][1])]
    for name, pattern in _taxonomy():
        if pattern.search(after):
            return Topic(name, after.split()[0] if after.split() else None)
    return None
