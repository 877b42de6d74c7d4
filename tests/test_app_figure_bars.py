"""The compare view's bars: one shared axis, open-ended ranges drawn as arrows."""

from __future__ import annotations

from tui.widgets.figure_bars import LABEL_WIDTH, Bar, draw

WIDTH = LABEL_WIDTH + 2 + 40


def bar_line(bar: Bar, *others: Bar) -> str:
    return draw([bar, *others], WIDTH).plain.splitlines()[0][LABEL_WIDTH + 2 :]


def test_points_and_ranges_share_one_axis() -> None:
    lines = draw([Bar("a", 10_000, 10_000), Bar("b", 20_000, 30_000)], WIDTH).plain.splitlines()
    a, b = (line[LABEL_WIDTH + 2 :] for line in lines[:2])
    assert a.count("█") == 1
    assert b.count("█") > 1
    assert a.index("█") < b.index("█")
    assert b.rstrip().endswith("█")  # the highest figure reaches the end of the axis
    assert lines[-1].strip().startswith("0") and lines[-1].strip().endswith("30,000")


def test_open_ended_ranges_are_arrows() -> None:
    more = bar_line(Bar("more than", 10_000, None), Bar("x", 20_000, 20_000))
    assert more.rstrip().endswith("▶") and "━" in more
    up_to = bar_line(Bar("up to", None, 12_000), Bar("x", 20_000, 20_000))
    assert up_to.startswith("◀") and "━" in up_to


def test_a_wide_spread_uses_a_log_axis_and_says_so() -> None:
    text = draw([Bar("a", 18, 18), Bar("b", 700_000, 700_000)], WIDTH).plain
    assert "log scale" in text


def test_labels_are_literal_and_cleaned() -> None:
    text = draw([Bar("[bold]x\x1b[2J", 5, 5)], WIDTH).plain
    assert "[bold]x" in text and "\x1b" not in text
