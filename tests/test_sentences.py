"""Sentence splitting: boundaries, abbreviations, quotes, lines and offsets (table-driven)."""

from __future__ import annotations

import pytest

from store.extract.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


CASES = [
    (
        "Seoul said 3,000 troops had arrived. Kyiv disagreed.",
        ["Seoul said 3,000 troops had arrived.", "Kyiv disagreed."],
    ),
    (
        "The U.S. Defense Secretary spoke on Monday. He was blunt.",
        ["The U.S. Defense Secretary spoke on Monday.", "He was blunt."],
    ),
    (
        "Gen. Kim Yong-bok and Lt. Col. Ri visited St. Petersburg. They left.",
        ["Gen. Kim Yong-bok and Lt. Col. Ri visited St. Petersburg.", "They left."],
    ),
    (
        "Analyst J. R. Park said 1.4 million had applied. Few believed it.",
        ["Analyst J. R. Park said 1.4 million had applied.", "Few believed it."],
    ),
    (
        '"We counted 40 bodies." The officer paused. "Maybe more," he said.',
        ['"We counted 40 bodies."', "The officer paused.", '"Maybe more," he said.'],
    ),
    ("“They are here,” she said. “All of them.”", ["“They are here,” she said.", "“All of them.”"]),
    ("Is it 10,000? Nobody knows! The count goes on.", ["Is it 10,000?", "Nobody knows!", "The count goes on."]),
    (
        "Headline without a stop\nBody text starts here. It goes on.",
        ["Headline without a stop", "Body text starts here.", "It goes on."],
    ),
    ("- First bullet point\n* Second bullet\n• Third one", ["First bullet point", "Second bullet", "Third one"]),
    ("## A Markdown heading\nText.", ["A Markdown heading", "Text."]),
    ("It was signed on Oct. 3. Then the troops came.", ["It was signed on Oct. 3.", "Then the troops came."]),
    ("Reports (e.g. from Seoul) differ. Some say 5,000.", ["Reports (e.g. from Seoul) differ.", "Some say 5,000."]),
    ("Oct 25, 2024 21:01 325\nHow many?", ["Oct 25, 2024 21:01 325", "How many?"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_offsets_and_body_start() -> None:
    text = "---\ntitle: X\n---\n  First sentence here.  Second one.\n"
    body = text.index("  First")
    spans = split_sentences(text, body)
    assert [text[s:e] for s, e in spans] == ["First sentence here.", "Second one."]
    assert all(text[s] != " " and text[e - 1] != " " for s, e in spans)


def test_empty_and_blank_lines() -> None:
    assert split_sentences("") == []
    assert split_sentences("\n\n   \n") == []
