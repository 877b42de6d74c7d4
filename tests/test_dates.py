"""A claim's best date: from its sentence, else the article's date (table-driven)."""

from __future__ import annotations

import pytest

from store.extract.dates import sentence_date

CASES = [
    ("Blinken said on October 31 that 8,000 troops were in Kursk.", "2024-11-04", "2024-10-31"),
    ("As of Oct. 28, about 3,000 soldiers were stationed there.", "2024-11-01", "2024-10-28"),
    ("The briefing on Nov 4, 2024 gave a figure of 11,000.", None, "2024-11-04"),
    ("On 12 January 2025 Seoul revised its estimate.", "2025-02-01", "2025-01-12"),
    ("By December 2024 some 12,000 had been sent.", "2025-03-01", "2024-12"),
    ("On December 28 officials counted 3,000 casualties.", "2025-01-05", "2024-12-28"),
    ("The troops were dispatched last November.", "2025-05-10", "2025-05-10"),
    ("No date at all here.", None, None),
    ("Figures released 2025-02-24 show 4,000 casualties.", "2025-03-01", "2025-02-24"),
    ("On October 31 they said 8,000.", None, None),  # no year and no article date: no guessed year
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_sentence_date(sentence: str, published: str | None, expected: str | None) -> None:
    assert sentence_date(sentence, published) == expected
