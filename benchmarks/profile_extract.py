"""Where extraction time goes: each stage's share of ``extract_article``, by cProfile.

A stage is whatever ``store.extract.pipeline.extract_article`` calls directly,
grouped by module (``actors``, ``attribution``, ``figures`` ...), so the
breakdown follows the pipeline as it is rewritten without naming its functions.
"""

from __future__ import annotations

import cProfile
import pstats
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path


def stage_shares(texts: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Share (0-1) of extraction time per stage module over ``(file, text)`` pairs, largest first."""
    from store.extract.pipeline import extract_article

    extract_article(texts[0][1], texts[0][0])  # data and patterns load outside the profile
    profile = cProfile.Profile()
    profile.enable()
    for file, text in texts:
        extract_article(text, file)
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    entry = next(key for key in stats if key[2] == "extract_article" and key[0].endswith("pipeline.py"))
    total = stats[entry][3]
    by_stage: dict[str, float] = defaultdict(float)
    for (path, _line, _name), (*_, callers) in stats.items():
        if entry in callers:
            by_stage["builtins" if path == "~" else _stage_name(Path(path))] += callers[entry][3]
    shares = {stage: round(seconds / total, 3) for stage, seconds in by_stage.items() if seconds / total >= 0.005}
    return dict(sorted(shares.items(), key=lambda kv: -kv[1]))


def _stage_name(path: Path) -> str:
    """``figures`` for store/extract/figures.py; a stage split into a package is named after it."""
    if path.parent.parent.name == "extract" and path.parent.parent.parent.name == "store":
        return path.parent.name
    return path.stem
