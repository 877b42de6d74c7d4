"""Terminal control in untrusted text is removed before display or copy (store.sanitize)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.sanitize import clean, clean_for_display, clean_line

ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"
# Anything that a terminal could act on: C0 (but tab/newline), DEL, C1, bidi controls, line/paragraph separators.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")

CASES = [
    pytest.param(f"Troops {ESC}]0;pwned title{BEL}arrive", "Troops arrive", id="osc-window-title-bel"),
    pytest.param(f"Troops {ESC}]0;pwned title{ST}arrive", "Troops arrive", id="osc-window-title-st"),
    pytest.param(f"copy {ESC}]52;c;ZWNobyBoYWNrZWQ={BEL}me", "copy me", id="osc-52-clipboard"),
    pytest.param(f"{ESC}[2J{ESC}[H3,000 soldiers", "3,000 soldiers", id="csi-clear-screen-home"),
    pytest.param(f"{ESC}[1;31mred{ESC}[0m text", "red text", id="csi-sgr"),
    pytest.param(f"a{ESC}P1$r0m{ST}b", "ab", id="dcs"),
    pytest.param(f"a{ESC}_app command{ST}b", "ab", id="apc"),
    pytest.param(f"a{ESC}^privacy{ST}b", "ab", id="pm"),
    pytest.param("a\x9d0;title\x9cb", "ab", id="c1-osc"),
    pytest.param("a\x9b31mb", "ab", id="c1-csi"),
    pytest.param("a\x85b\x90x\x9cc", "abc", id="c1-nel-and-dcs"),
    pytest.param("1,000 \u202etxt.exe\u202c troops", "1,000 txt.exe troops", id="bidi-override"),
    pytest.param("\u2066isolated\u2069 \u200fmark\u200e", "isolated mark", id="bidi-isolates-and-marks"),
    pytest.param("bell\x07 backspace\x08 nul\x00", "bell backspace nul", id="c0"),
    pytest.param("line one\r\nline two\roverwritten", "line one\nline two\noverwritten", id="carriage-returns"),
    pytest.param("tabs\tand\nnewlines stay", "tabs\tand\nnewlines stay", id="tab-newline-kept"),
    pytest.param(f"unterminated {ESC}]0;title to end of line\nnext line", "unterminated \nnext line", id="osc-open"),
    pytest.param(f"lone {ESC}", "lone ", id="lone-esc"),
    pytest.param(f"{ESC}(0charset", "charset", id="charset-designation"),
    pytest.param(
        "[bold red]X[/] [link=https://evil]click[/link]",
        "[bold red]X[/] [link=https://evil]click[/link]",
        id="markup-is-text",
    ),
    pytest.param("한국어 ١٢٣ 🇰🇵 é", "한국어 ١٢٣ 🇰🇵 é", id="unicode-kept"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_clean_removes_control(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_clean_keeping_offsets_replaces_with_spaces(raw: str, expected: str) -> None:
    shown = clean_for_display(raw)
    assert len(shown) == len(raw)
    assert not FORBIDDEN.search(shown)
    assert ESC not in shown
    # Dropping the padding gives what clean() gives: the same characters survive, in place.
    assert shown.replace(" ", "") == expected.replace(" ", "")


def test_offsets_index_the_same_characters() -> None:
    text = f"Intro {ESC}]0;x{BEL}\u202e. Kyiv says 3,000 🪖 troops (한국) arrived.{ESC}[2J"
    start = text.index("3,000")
    end = start + len("3,000")
    shown = clean_for_display(text)
    assert shown[start:end] == "3,000"
    assert shown[text.index("한국") : text.index("한국") + 2] == "한국"
    assert shown[text.index("🪖")] == "🪖"


def test_surrogates_and_combining_characters_keep_their_places() -> None:
    text = "e\u0301 a\ud800b \U0001f600 \x1b[31m!"
    shown = clean_for_display(text)
    assert len(shown) == len(text)
    assert shown[:2] == "e\u0301"
    assert shown[3:6] == "a\ud800b"
    assert shown[7] == "\U0001f600"


def test_clean_line_collapses_whitespace() -> None:
    assert clean_line(f"  North Korean\n\ttroops {ESC}[2J in\u2028Kursk  ") == "North Korean troops in Kursk"


def test_stored_text_is_not_changed_by_cleaning() -> None:
    text = f"a{ESC}[2Jb"
    clean(text)
    assert text == f"a{ESC}[2Jb"


def test_long_hostile_text_is_cleaned_quickly() -> None:
    # Many unterminated openers (7-bit and 8-bit, with and without line ends) must not make the regex quadratic:
    # before payloads were bounded, 20,000 of "\x9dab\n" took over ten seconds.
    for text in ((f"{ESC}]0;" + "x" * 50) * 20_000, "\x9dab\n" * 200_000, f"{ESC}P1\n" * 200_000, "\x9d" * 200_000):
        assert not FORBIDDEN.search(clean(text))


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_length_kept_and_nothing_forbidden_left(text: str) -> None:
    shown = clean(text, keep_offsets=True)
    assert len(shown) == len(text)
    assert not FORBIDDEN.search(shown)
    for original, kept in zip(text, shown, strict=True):
        assert kept in (original, " ", "\n")
    assert not FORBIDDEN.search(clean(text))


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs"),
            blacklist_characters="\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029",
        )
    )
)
def test_text_without_control_is_unchanged(text: str) -> None:
    assert clean(text) == text
    assert clean_for_display(text) == text
