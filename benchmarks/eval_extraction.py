"""Measure the extractor against hand-annotated gold claims.

``python -m benchmarks.eval_extraction [--gold tests/corpus/gold.json] [--verbose]`` runs
:func:`store.extract.extract_article` on every article of a gold file and prints one JSON line
with figure recall, precision, topic, claimant, value and metadata accuracy.

Gold file format: ``{"base_dir": <articles folder, relative to the gold file>, "articles": [
{"file", "meta": {...}, "claims": [{"text", "occurrence"?, "value_low", "value_high", "vague",
"topic", "source", "source_aliases"}], "not_claims": [...]}]}``.

A gold claim is matched by an extracted claim whose span overlaps the gold figure's span and
whose numbers agree (identical spans always match; a span that differs, e.g. by a qualifier word
or a unit, must carry the same value_low/value_high). Vague gold figures ("tens of thousands")
have no single right number, so for them an extracted vague range that overlaps the gold range
counts as equal.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from store.extract import ClaimDraft, extract_article
from store.extract.names import actor_key
from store.ingest import InputErrorException, read_article

DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "gold.json"
META_FIELDS = ("title", "outlet", "author", "published", "url")
_REL_TOL = 0.01


@dataclass(slots=True)
class GoldClaim:
    """One annotated claim with its span in the article text."""

    text: str
    start: int
    end: int
    low: float | None
    high: float | None
    vague: bool
    topic: str
    sources: set[str]
    """actor_key of the canonical source and its aliases; empty means "the outlet itself"."""
    percent: bool = False


@dataclass(slots=True)
class ArticleResult:
    """Per-article outcome, kept for the verbose report."""

    file: str
    misses: list[GoldClaim] = field(default_factory=list)
    false_positives: list[ClaimDraft] = field(default_factory=list)
    wrong_topic: list[tuple[GoldClaim, ClaimDraft]] = field(default_factory=list)
    wrong_source: list[tuple[GoldClaim, ClaimDraft]] = field(default_factory=list)
    wrong_value: list[tuple[GoldClaim, ClaimDraft]] = field(default_factory=list)
    not_claims_hit: list[str] = field(default_factory=list)
    wrong_meta: list[tuple[str, Any, Any]] = field(default_factory=list)
    error: str | None = None


def find_occurrence(text: str, needle: str, occurrence: int = 0) -> int:
    """Offset of the ``occurrence``-th (0-based) appearance of ``needle`` in ``text``, or -1."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def load_gold(gold_path: Path) -> tuple[Path, list[dict[str, Any]]]:
    """The articles folder and the article entries of a gold file."""
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    base = (gold_path.parent / data.get("base_dir", ".")).resolve()
    return base, data["articles"]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= _REL_TOL * max(abs(a), abs(b), 1e-9)


def values_equal(gold: GoldClaim, low: float | None, high: float | None, vague: bool) -> bool:
    """Whether extracted bounds agree with the gold bounds (see the module docstring)."""
    if gold.vague:
        if not vague:
            return False
        g_low = gold.low if gold.low is not None else float("-inf")
        g_high = gold.high if gold.high is not None else float("inf")
        e_low = low if low is not None else float("-inf")
        e_high = high if high is not None else float("inf")
        return e_low <= g_high and g_low <= e_high
    if _close(gold.low, low) and _close(gold.high, high):
        return True
    if gold.percent:  # 40% may be stored as 40 or as 0.4
        scaled = [None if v is None else v * 100 for v in (low, high)]
        return _close(gold.low, scaled[0]) and _close(gold.high, scaled[1])
    return False


def gold_claims(text: str, entry: dict[str, Any]) -> list[GoldClaim]:
    """The gold claims of one article entry, with their offsets in ``text``."""
    claims = []
    for c in entry["claims"]:
        start = find_occurrence(text, c["text"], c.get("occurrence", 0))
        if start < 0:
            raise ValueError(f"{entry['file']}: gold text {c['text']!r} not found")
        sources = set()
        if c.get("source"):
            sources = {actor_key(s) for s in [c["source"], *c.get("source_aliases", [])]}
        claims.append(
            GoldClaim(
                text=c["text"],
                start=start,
                end=start + len(c["text"]),
                low=c["value_low"],
                high=c["value_high"],
                vague=bool(c.get("vague", False)),
                topic=c["topic"],
                sources=sources,
                percent="%" in c["text"] or "percent" in c["text"] or "per cent" in c["text"],
            )
        )
    return claims


def match_claims(golds: list[GoldClaim], extracted: list[ClaimDraft]) -> list[tuple[GoldClaim, ClaimDraft | None]]:
    """One-to-one matching: identical spans first, then overlapping spans with equal numbers."""
    used: set[int] = set()
    pairs: dict[int, ClaimDraft] = {}
    for gi, g in enumerate(golds):
        for ei, e in enumerate(extracted):
            if ei not in used and (e.start, e.end) == (g.start, g.end):
                pairs[gi] = e
                used.add(ei)
                break
    for gi, g in enumerate(golds):
        if gi in pairs:
            continue
        for ei, e in enumerate(extracted):
            if ei in used or e.end <= g.start or e.start >= g.end:
                continue
            if values_equal(g, e.value_low, e.value_high, e.vague):
                pairs[gi] = e
                used.add(ei)
                break
    return [(g, pairs.get(gi)) for gi, g in enumerate(golds)]


def source_matches(gold: GoldClaim, source: str | None) -> bool:
    """Whether an extracted claimant is the gold one (null only matches null)."""
    if not gold.sources:
        return not source
    return bool(source) and actor_key(source) in gold.sources


def _norm_meta(name: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    text = " ".join(str(value).split())
    if name == "published":
        return text[:10]
    if name == "author":  # "A and B", "A, B" and "A & B" are the same byline
        people = re.split(r"\s*(?:,|&|\band\b)\s*", text)
        return "|".join(sorted(actor_key(p) for p in people if p.strip()))
    if name == "outlet":
        return actor_key(text.removeprefix("The ").removeprefix("the "))
    return text.casefold().rstrip(" .")


def meta_matches(name: str, expected: Any, got: Any) -> bool:
    """Whether an extracted metadata value equals the gold one (or one of several acceptable ones)."""
    options = expected if isinstance(expected, list) else [expected]
    return any(_norm_meta(name, got) == _norm_meta(name, option) for option in options)


def evaluate_article(base: Path, entry: dict[str, Any], counts: dict[str, int]) -> ArticleResult:
    """Run the extractor on one gold article and add its outcome to ``counts``."""
    path = base / entry["file"]
    text = read_article(path)  # exactly as the store reads it: UTF-8 (BOM dropped), line endings kept
    result = ArticleResult(entry["file"])
    golds = gold_claims(text, entry)
    counts["gold"] += len(golds)
    try:
        draft = extract_article(text, path.name)
    except Exception as exc:  # a crashing extractor scores zero on this article, the run goes on
        result.error = f"{type(exc).__name__}: {exc}"
        result.misses = golds
        counts["errors"] += 1
        return result
    extracted = list(draft.claims)
    counts["extracted"] += len(extracted)
    matched_ids = set()
    for g, e in match_claims(golds, extracted):
        if e is None:
            result.misses.append(g)
            continue
        matched_ids.add(id(e))
        counts["matched"] += 1
        counts["span_exact"] += (e.start, e.end) == (g.start, g.end)
        if e.topic == g.topic:
            counts["topic_ok"] += 1
        else:
            result.wrong_topic.append((g, e))
        if source_matches(g, e.source):
            counts["source_ok"] += 1
        else:
            result.wrong_source.append((g, e))
        if values_equal(g, e.value_low, e.value_high, e.vague) and bool(e.vague) == g.vague:
            counts["value_ok"] += 1
        else:
            result.wrong_value.append((g, e))
    result.false_positives = [e for e in extracted if id(e) not in matched_ids]
    for nc in entry.get("not_claims", []):
        spans = []
        pos = text.find(nc)
        while pos >= 0:
            spans.append((pos, pos + len(nc)))
            pos = text.find(nc, pos + 1)
        if any(e.start < end and start < e.end for e in result.false_positives for start, end in spans):
            result.not_claims_hit.append(nc)
    counts["not_claims"] += len(entry.get("not_claims", []))
    counts["not_claims_hit"] += len(result.not_claims_hit)
    for name, expected in entry.get("meta", {}).items():
        if name not in META_FIELDS:
            continue
        got = getattr(draft.meta, name, None)
        ok = meta_matches(name, expected, got)
        counts["meta_fields"] += 1
        counts["meta_ok"] += ok
        if any(option is not None for option in (expected if isinstance(expected, list) else [expected])):
            counts["meta_stated"] += 1
            counts["meta_stated_ok"] += ok
        if not ok:
            result.wrong_meta.append((name, expected, got))
    return result


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def evaluate(gold_path: str | Path = DEFAULT_GOLD) -> dict[str, Any]:
    """Score the extractor on a gold file.

    Args:
        gold_path: a gold JSON file (see the module docstring).

    Returns:
        The summary figures, plus ``"results"``: the per-article :class:`ArticleResult` list.
    """
    gold_path = Path(gold_path)
    base, entries = load_gold(gold_path)
    keys = ("gold", "extracted", "matched", "span_exact", "topic_ok", "source_ok", "value_ok")
    counts = dict.fromkeys(
        (*keys, "not_claims", "not_claims_hit", "meta_fields", "meta_ok", "meta_stated", "meta_stated_ok", "errors"), 0
    )
    results = [evaluate_article(base, entry, counts) for entry in entries]
    return {
        "gold_file": str(gold_path),
        "articles": len(entries),
        "gold_claims": counts["gold"],
        "extracted": counts["extracted"],
        "matched": counts["matched"],
        "recall": _ratio(counts["matched"], counts["gold"]),
        "precision": _ratio(counts["matched"], counts["extracted"]),
        "topic_accuracy": _ratio(counts["topic_ok"], counts["matched"]),
        "claimant_accuracy": _ratio(counts["source_ok"], counts["matched"]),
        "value_accuracy": _ratio(counts["value_ok"], counts["matched"]),
        "span_exact": _ratio(counts["span_exact"], counts["matched"]),
        "not_claims_extracted": counts["not_claims_hit"],
        "not_claims": counts["not_claims"],
        "metadata_accuracy": _ratio(counts["meta_ok"], counts["meta_fields"]),
        "metadata_stated_accuracy": _ratio(counts["meta_stated_ok"], counts["meta_stated"]),
        "errors": counts["errors"],
        "results": results,
    }


def _fig(e: ClaimDraft) -> str:
    return f"{e.text!r} [{e.value_low}-{e.value_high}{' vague' if e.vague else ''}] {e.topic} src={e.source!r}"


def _gold(g: GoldClaim) -> str:
    src = sorted(g.sources)[0] if g.sources else None
    return f"{g.text!r}@{g.start} [{g.low}-{g.high}{' vague' if g.vague else ''}] {g.topic} src~{src!r}"


def report(results: list[ArticleResult]) -> str:
    """A readable list of what went wrong, article by article."""
    lines: list[str] = []
    for r in results:
        problems = [
            *(f"  ERROR      {r.error}" for _ in [0] if r.error),
            *(f"  MISS       {_gold(g)}" for g in r.misses),
            *(f"  FALSE+     {_fig(e)} @{e.start}" for e in r.false_positives),
            *(f"  TOPIC      {_gold(g)}  got {e.topic}" for g, e in r.wrong_topic),
            *(f"  CLAIMANT   {_gold(g)}  got {e.source!r}" for g, e in r.wrong_source),
            *(f"  VALUE      {_gold(g)}  got {_fig(e)}" for g, e in r.wrong_value),
            *(f"  NOT-CLAIM  {nc!r} was extracted" for nc in r.not_claims_hit),
            *(f"  META       {n}: expected {exp!r}, got {got!r}" for n, exp, got in r.wrong_meta),
        ]
        if problems:
            lines.append(r.file)
            lines.extend(problems)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; prints the summary as one JSON line (last line of output)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.eval_extraction", description=__doc__.split("\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold JSON file (default: %(default)s)")
    parser.add_argument("--verbose", action="store_true", help="also list misses, false positives and wrong fields")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"eval_extraction: {args.gold}: gold file not found", file=sys.stderr)
        return 1
    try:
        summary = evaluate(args.gold)
    except (ValueError, KeyError, OSError, json.JSONDecodeError, InputErrorException) as exc:
        print(f"eval_extraction: {args.gold}: {exc}", file=sys.stderr)
        return 1
    results = summary.pop("results")
    if args.verbose:
        print(report(results))
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
