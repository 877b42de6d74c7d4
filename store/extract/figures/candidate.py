"""Judging one matched candidate: a range or a single number, a figure or not."""

from __future__ import annotations

import re

from store.extract.figures.atoms import parse_atom
from store.extract.figures.build import make_figure
from store.extract.figures.list_markers import list_marker
from store.extract.figures.not_figures import (
    AGE_BEFORE,
    AGE_COPULA,
    AGE_END,
    AGE_LIST_AFTER,
    AGE_LIST_BEFORE,
    DESIGNATOR_BEFORE,
    DIGIT_AFTER,
    DIGIT_BEFORE,
    FURNITURE_BEFORE,
    MONTH_AFTER,
    MONTH_BEFORE,
    NOT_AFTER,
    count_follows,
    is_time_like,
    is_year,
)
from store.extract.figures.ranges import CHANGE_FROM, combine
from store.extract.figures.record import Atom, Figure

_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")
_UP_TO_FOUR_DIGITS = re.compile(r"\d{1,4}")
_ORDINAL_BEFORE_HALF = re.compile(r"\b(?:first|second|latter|other|last|next)\s+$", re.I)
_NOUN_AFTER_ONE = re.compile(r"\s+(?:of|another|day|year|side|way|thing)\b", re.I)
_DETERMINER_BEFORE_ONE = re.compile(r"\b(?:no|any|every|some|each)\s+$", re.I)


def figure_from_match(text: str, m: re.Match[str], s_start: int, s_end: int) -> Figure | None:
    """The figure for one match of the candidate pattern (a range or a single number), or None."""
    a_text, b_text = m.group("a"), m.group("b")
    before = text[max(s_start, m.start() - 40) : m.start()]
    after = text[m.end() : min(s_end, m.end() + 40)]
    a = parse_atom(a_text)
    if a is None:
        return None
    if b_text is not None:
        b = parse_atom(b_text)
        sep = m.group("sep").strip().lower()
        if b is None or (sep == "to" and CHANGE_FROM.search(before)):
            return _single(text, m.start("a"), m.end("a"), a, s_start, s_end)
        if is_year(a_text, a) and (is_year(b_text, b) or (len(b_text) == 2 and b_text.isdigit())):
            return None  # "2024-25", "2022-2024"
        if is_time_like(before, after) or NOT_AFTER.match(after) or AGE_BEFORE.search(before):
            return None
        if a.digits and (MONTH_BEFORE.search(before) or MONTH_AFTER.match(after)):
            return None  # "June 18-20", "18-20 June"
        return make_figure(text, m.start(), m.end(), combine(a, b, b_text), s_start, s_end, suffix=m.group("suffix"))
    start = m.start() if m.group("btw") and a.low != a.high else m.start("a")  # "between a quarter and a third"
    return _single(text, start, m.end(), a, s_start, s_end, suffix=m.group("suffix"))


def _single(
    text: str, start: int, end: int, atom: Atom, s_start: int, s_end: int, suffix: str | None = None
) -> Figure | None:
    written = text[start:end]
    before = text[max(s_start, start - 40) : start]
    after = text[end : min(s_end, end + 40)]
    if NOT_AFTER.match(after) or AGE_BEFORE.search(before) or is_time_like(before, after):
        return None
    if _ONE_OR_TWO_DIGITS.fullmatch(written) and AGE_LIST_BEFORE.search(before) and AGE_LIST_AFTER.match(after):
        return None  # "a North Korean soldier, 24, captured in Kursk", "two men, 20 and 26,": ages in apposition
    if _ONE_OR_TWO_DIGITS.fullmatch(written) and AGE_COPULA.search(before) and AGE_END.match(after):
        return None
    if written.lower() == "half" and _ORDINAL_BEFORE_HALF.search(before):
        return None
    if written.lower() == "one" and _NOUN_AFTER_ONE.match(after):
        return None
    if written.lower() == "one" and _DETERMINER_BEFORE_ONE.search(before):
        return None
    if atom.digits and _UP_TO_FOUR_DIGITS.fullmatch(written) and DESIGNATOR_BEFORE.search(before):
        return None
    if atom.digits and FURNITURE_BEFORE.search(before):
        return None  # "Image 1 of 12", "page 3", "No. 5"
    if atom.digits and len(written) <= 2 and written.isdigit() and list_marker(text, start, end):
        return None  # "1. Troops", "2) Shells", "(3)", "Step 4:": a numbered list, not a count
    if atom.digits and (DIGIT_BEFORE.search(before) or DIGIT_AFTER.match(after)):
        return None  # phone numbers, ids, "21:01 325" view counters: digits next to other digits
    if atom.kind == "count" and not atom.vague and atom.digits and not suffix:
        value = atom.low or 0
        if value == int(value) and 1 <= value <= 31 and (MONTH_BEFORE.search(before) or MONTH_AFTER.match(after)):
            return None  # "October 31", "25 October"
        if is_year(written, atom) and not count_follows(before, after):
            return None
    return make_figure(text, start, end, atom, s_start, s_end, suffix=suffix)
