"""Citations: golden files for every style and every gap in the metadata, hostile article text, BibTeX details.

The golden files in ``tests/golden/`` were generated once with ``NKRU_UPDATE_GOLDEN=1`` and checked by hand against
the style rules described in :mod:`store.citations`; the tests compare the output to them exactly.
"""

from __future__ import annotations

import datetime
import os
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.citations import STYLES, cite, cite_all, comparison_markdown, is_periodical
from store.models import Article, Claim

GOLDEN = Path(__file__).parent / "golden"
ACCESSED = datetime.date(2026, 11, 22)


def article(text: str, **fields: object) -> Article:
    defaults: dict[str, object] = {"id": 1, "file": "example_wire.txt", "content_hash": "3f9a0c1d", "text": text}
    return Article(**{**defaults, **fields})  # type: ignore[arg-type]


def claim(text: str, figure: str, **fields: object) -> Claim:
    """A claim on the first sentence of ``text`` whose figure is the first occurrence of ``figure``."""
    end = text.find(". ") + 1 if ". " in text else len(text)
    start = text.index(figure)
    defaults: dict[str, object] = {
        "id": 1,
        "article_id": 1,
        "file": "example_wire.txt",
        "topic": "troops_deployed",
        "text": figure,
        "sentence": text[:end],
        "start": start,
        "end": start + len(figure),
        "sentence_start": 0,
        "sentence_end": end,
        "value_low": 11000.0,
        "value_high": 11000.0,
        "unit": "soldiers",
    }
    return Claim(**{**defaults, **fields})  # type: ignore[arg-type]


TEXT_INTEL = (
    "North Korea has sent about 11,000 soldiers to Russia’s Kursk region, South Korea’s spy agency told lawmakers "
    "on Wednesday. Some of them have already been in combat."
)
TEXT_KYIV = (
    "“We are now seeing up to 12,000 North Korean troops on Russian soil,” Ukraine’s defence minister said. "
    "He gave no further detail."
)
TEXT_PLEDGE = (
    "Moscow said Pyongyang had pledged 6,000 military builders and deminers for the Kursk region. More may come."
)


def _cases() -> dict[str, tuple[Claim, Article]]:
    intel = claim(TEXT_INTEL, "about 11,000", source="South Korea’s spy agency", attribution="reported", vague=True)
    kyiv = claim(TEXT_KYIV, "up to 12,000", source="Ukraine’s defence minister", value_low=None, value_high=12000.0)
    pledge = claim(TEXT_PLEDGE, "6,000", value_low=6000.0, value_high=6000.0, unit="builders")
    return {
        # two personal authors (one Korean, family name first), a newspaper, full date, URL with & and #
        "full": (
            intel,
            article(
                TEXT_INTEL,
                title="Thousands of North Korean troops now fighting in Kursk, Seoul says",
                outlet="The Korea Herald",
                author="Jane Whitfield and Kim Min-ji",
                published="2024-11-13",
                url="https://www.example-herald.test/world/nk-troops?id=4512&ref=home#top",
            ),
        ),
        # no author: a news website (not a periodical), full date, URL
        "no_author": (
            kyiv,
            article(
                TEXT_KYIV,
                title="Ukraine says up to 12,000 North Korean troops are in Russia",
                outlet="Frontline Wire",
                published="2024-11-05",
                url="https://frontline-wire.test/2024/11/05/nk-troops",
            ),
        ),
        # no date: one author, a news website, URL -> access dates
        "no_date": (
            kyiv,
            article(
                TEXT_KYIV,
                title="What we know about North Korea’s soldiers in Russia",
                outlet="Eastern Europe Monitor",
                author="Olena Kovalenko",
                url="https://ee-monitor.test/explainers/nk-soldiers",
            ),
        ),
        # no URL: author and date known, a newspaper; the file name stands in for the URL in plain styles
        "no_url": (
            pledge,
            article(
                TEXT_PLEDGE,
                file="clippings/pledge_2025-06.txt",
                title="Pyongyang to send 6,000 builders to Kursk",
                outlet="The Baltic Times",
                author="Marta Nowak",
                published="2025-06-18",
            ),
        ),
        # nothing but the text: no author, title, outlet, date, URL or claimant
        "bare": (pledge, article(TEXT_PLEDGE, file="notes/untitled_clip.md")),
        # a corporate author that is the outlet itself, non-ASCII, BibTeX specials and a question in the title
        "corporate": (
            replace(intel, source="Łukasz Żebrowski"),
            article(
                TEXT_INTEL,
                title="R&D, 100% $ #1 {draft} ~ ^ \\ under_score: are 11,000 troops enough?",
                outlet="Deutsche Welle",
                author="Deutsche Welle",
                published="2024-12-01",
                url="https://www.dw.test/en/a-70911234",
            ),
        ),
        # four authors, a month-only date, an outlet name that is a periodical by rule (…Gazette)
        "many_authors": (
            intel,
            article(
                TEXT_INTEL,
                title="Inside the deal: North Korea’s troops for Russian technology",
                outlet="Danube Gazette",
                author="Anna Berg, Tomás Ruiz, Park Ji-hoon and Sophie Laurent",
                published="2025-03",
                url="https://danube-gazette.test/inside-the-deal",
            ),
        ),
    }


CASES = _cases()


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("case", sorted(CASES))
def test_citation_matches_golden_file(case: str, style: str) -> None:
    the_claim, the_article = CASES[case]
    text = cite(the_claim, the_article, style, accessed=ACCESSED)
    golden = GOLDEN / f"{case}.{style}.txt"
    if os.environ.get("NKRU_UPDATE_GOLDEN"):
        golden.write_text(text + "\n", encoding="utf-8")
    assert text + "\n" == golden.read_text(encoding="utf-8")


def test_every_golden_file_is_used() -> None:
    expected = {f"{case}.{style}.txt" for case in CASES for style in STYLES}
    assert {p.name for p in GOLDEN.glob("*.txt")} == expected


def test_unknown_style_is_refused() -> None:
    the_claim, the_article = CASES["full"]
    with pytest.raises(ValueError, match="unknown citation style 'harvard'"):
        cite(the_claim, the_article, "harvard")


def test_default_style_is_plain_and_access_date_defaults_to_today() -> None:
    the_claim, the_article = CASES["no_date"]
    assert cite(the_claim, the_article) == cite(the_claim, the_article, "plain", accessed=ACCESSED)
    today = datetime.date.today()
    assert f"Accessed {today.day} " in cite(the_claim, the_article, "mla")


def test_plain_without_claimant_names_only_the_outlet() -> None:
    the_claim, the_article = CASES["no_author"]
    text = cite(replace(the_claim, source=None), the_article, "plain", accessed=ACCESSED)
    assert text.startswith(f"“{TEXT_KYIV.split(' He')[0]}” - Frontline Wire, “Ukraine says")
    assert "as reported by" not in text


def test_plain_with_claimant_but_unknown_outlet_says_so() -> None:
    the_claim, the_article = CASES["no_author"]
    text = cite(the_claim, replace(the_article, outlet=None), "plain", accessed=ACCESSED)
    assert "- Ukraine’s defence minister, as reported by an unknown outlet, “Ukraine says" in text


# -- hostile text -----------------------------------------------------------------------------------------------------

HOSTILE = [
    "\x1b]0;pwned title\x07",  # OSC 0: set the window title
    "\x1b]52;c;ZWNobyBwd25lZA==\x07",  # OSC 52: write the clipboard
    "\x1b]52;c;ZWNobyBwd25lZA==\x1b\\",  # OSC 52 with an ST terminator
    "\x1b[2J\x1b[H",  # CSI: clear the screen, home
    "\x9b31m",  # 8-bit CSI
    "\x9d0;title\x9c",  # 8-bit OSC
    "\x85\x90q\x9c",  # C1 NEL, DCS
    "\u202e",  # RIGHT-TO-LEFT OVERRIDE
    "\u2066\u2069\u200f\u061c",  # bidi isolates and marks
    "\x00\x07\x08\x0b\x0c\r\x7f",  # C0 and DEL
]
BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _poisoned() -> tuple[Claim, Article]:
    junk = "".join(HOSTILE)
    sentence = f"North Korea{junk} has sent 11,000{HOSTILE[1]} soldiers,\nofficials said{HOSTILE[3]}."
    text = sentence + " More follow."
    the_claim = claim(text, "11,000", source=f"Seoul’s{HOSTILE[0]} spy agency", sentence=sentence)
    the_article = article(
        text,
        file=f"evil{HOSTILE[4]}.txt",
        title=f"Troops{HOSTILE[1]} in\nKursk{HOSTILE[7]}",
        outlet=f"The {HOSTILE[3]}Korea Herald",
        author=f"Jane{HOSTILE[6]} Whitfield",
        published="2024-11-13",
        url=f"https://example.test/a{HOSTILE[2]}b",
    )
    return the_claim, the_article


def assert_clean(text: str) -> None:
    assert "\x1b" not in text
    assert not BIDI.search(text)
    for char in text:
        assert char == "\n" or unicodedata.category(char) != "Cc", f"control character {char!r} in {text!r}"


@pytest.mark.parametrize("style", STYLES)
def test_escape_sequences_never_reach_a_citation(style: str) -> None:
    the_claim, the_article = _poisoned()
    text = cite(the_claim, the_article, style, accessed=ACCESSED)
    assert_clean(text)
    assert "pwned" not in text and "ZWNobyBwd25lZA" not in text
    assert "has sent 11,000 soldiers, officials said." in text  # the newline in the sentence collapsed to a space
    for line in text.splitlines():
        assert "11,000 soldiers" not in line or "officials said" in line
    assert_clean(comparison_markdown([(the_claim, the_article)], style, accessed=ACCESSED))


@settings(max_examples=60, deadline=None)
@given(
    st.text(min_size=1, max_size=40),
    st.text(max_size=30),
    st.text(max_size=30),
    st.text(max_size=30),
    st.sampled_from(STYLES),
)
def test_no_control_characters_from_any_text(quote: str, title: str, outlet: str, author: str, style: str) -> None:
    sentence = f"North Korea sent 3,000 troops {quote}"
    the_claim = claim(sentence, "3,000", sentence=sentence, source=author or None)
    the_article = article(
        sentence, title=title or None, outlet=outlet or None, author=author or None, url=f"https://x.test/{title}"
    )
    text = cite(the_claim, the_article, style, accessed=ACCESSED)
    assert_clean(text)
    if style == "bibtex":
        assert _balanced_braces(text)


def _balanced_braces(entry: str) -> bool:
    depth = 0
    for match in re.finditer(r"\\.|[{}]", entry):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        if depth < 0:
            return False
    return depth == 0


def test_typographic_quotes_and_non_ascii_names_survive() -> None:
    the_claim, the_article = CASES["corporate"]
    for style in STYLES:
        text = cite(the_claim, the_article, style, accessed=ACCESSED)
        assert "South Korea’s spy agency" in text, style
        assert text.count("“") >= 1 and text.count("”") >= 1, style
    assert "Łukasz Żebrowski, as reported by Deutsche Welle" in cite(the_claim, the_article, "plain")


# -- BibTeX -----------------------------------------------------------------------------------------------------------


def _key(entry: str) -> str:
    match = re.match(r"@(?:online|article)\{([^,]+),\n", entry)
    assert match, entry
    return match.group(1)


def test_bibtex_key_is_stable_ascii_and_tied_to_the_claim() -> None:
    the_claim, the_article = CASES["full"]
    key = _key(cite(the_claim, the_article, "bibtex", accessed=ACCESSED))
    assert re.fullmatch(r"[a-z0-9]+-[0-9a-f]{6}", key)
    assert key.startswith("whitfield2024thousands-")
    # the access date, the style of other fields and the claim id do not change it; another claim does
    assert _key(cite(replace(the_claim, id=99), the_article, "bibtex")) == key
    moved = replace(the_claim, start=the_claim.start + 1)
    assert _key(cite(moved, the_article, "bibtex", accessed=ACCESSED)) != key
    other_article = replace(the_article, content_hash="ffff0000")
    assert _key(cite(the_claim, other_article, "bibtex", accessed=ACCESSED)) != key


def test_bibtex_key_folds_non_ascii_names() -> None:
    the_claim, the_article = CASES["no_date"]
    entry = cite(the_claim, replace(the_article, author="Łukasz Żebrowski"), "bibtex", accessed=ACCESSED)
    assert _key(entry).startswith("zebrowskindwhat-")
    assert "author = {Żebrowski, Łukasz}," in entry


def test_bibtex_escapes_specials_but_not_the_url() -> None:
    the_claim, the_article = CASES["corporate"]
    entry = cite(the_claim, replace(the_article, url="https://x.test/a_b?q=1&r=50%25#frag"), "bibtex")
    assert (
        r"title = {R\&D, 100\% \$ \#1 \{draft\} \textasciitilde{} \textasciicircum{} \textbackslash{} under\_score:"
        in entry
    )
    assert "url = {https://x.test/a_b?q=1&r=50%25#frag}," in entry
    assert "author = {{Deutsche Welle}}," in entry


def test_bibtex_entry_type_follows_the_outlet() -> None:
    assert is_periodical("The Korea Herald")
    assert is_periodical("New York Times")
    assert is_periodical("Danube Gazette")
    assert not is_periodical("Reuters")
    assert not is_periodical("Deutsche Welle")
    assert not is_periodical(None)


# -- several claims ---------------------------------------------------------------------------------------------------


def test_cite_all_joins_citations_with_blank_lines() -> None:
    pairs = [CASES["full"], CASES["no_url"]]
    expected = "\n\n".join(cite(c, a, "apa", accessed=ACCESSED) for c, a in pairs)
    assert cite_all(pairs, "apa", accessed=ACCESSED) == expected


def test_comparison_markdown_matches_golden_file() -> None:
    pairs = [CASES["full"], CASES["no_author"], CASES["bare"]]
    text = comparison_markdown(pairs, "chicago", accessed=ACCESSED)
    golden = GOLDEN / "comparison.chicago.md"
    if os.environ.get("NKRU_UPDATE_GOLDEN"):
        golden.write_text(text + "\n", encoding="utf-8")
    assert text + "\n" == golden.read_text(encoding="utf-8")


def test_comparison_markdown_has_one_row_per_claim_and_escapes_cells() -> None:
    the_claim, the_article = CASES["full"]
    piped = replace(the_claim, source="Seoul | NIS *officials*")
    text = comparison_markdown([(piped, the_article), CASES["no_author"]], "markdown", accessed=ACCESSED)
    table, _, citations = text.partition("\n\n## Citations\n\n")
    rows = table.splitlines()
    assert rows[0] == "| # | Figure | Source | Outlet | Date | Quote |"
    assert len(rows) == 2 + 2
    assert r"Seoul \| NIS \*officials\*" in rows[2]
    assert "| up to 12,000 |" in rows[3]
    assert citations == cite_all([(piped, the_article), CASES["no_author"]], "markdown", accessed=ACCESSED)


def test_comparison_markdown_fences_plain_citations_even_with_backticks() -> None:
    the_claim, the_article = CASES["bare"]
    ticked = replace(the_article, title="The ```danger``` of fences")
    text = comparison_markdown([(the_claim, ticked)], "mla", accessed=ACCESSED)
    assert "\n````text\n" in text and text.endswith("\n````")


# -- bylines and dates ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("byline", "apa_author"),
    [
        ("By Jane Whitfield", "Whitfield, J. (2024"),
        ("Jane Whitfield, Reuters", "Whitfield, J. (2024"),
        ("Jean-Paul Martin & Kim Min-ji", "Martin, J.-P., & Kim, M.-J. (2024"),
        ("Reuters Staff", "Reuters Staff. (2024"),
        ("Ministry of Defence, Ukraine", "Ministry of Defence, Ukraine. (2024"),
    ],
)
def test_bylines_become_people_or_organisations(byline: str, apa_author: str) -> None:
    the_claim, the_article = CASES["full"]
    reference = cite(the_claim, replace(the_article, author=byline), "apa", accessed=ACCESSED).split("\n\n")[1]
    assert reference.startswith(apa_author)


def test_claimant_that_is_the_outlet_is_named_once() -> None:
    the_claim, the_article = CASES["corporate"]
    text = cite(replace(the_claim, source="Deutsche Welle"), the_article, "plain", accessed=ACCESSED)
    assert "” - Deutsche Welle, “R&D" in text


@pytest.mark.parametrize(
    ("published", "apa_date"),
    [("2024-11-13T08:30:00Z", "(2024, November 13)"), ("2024", "(2024)"), ("2024-13-45", "(n.d.)"), ("soon", "(n.d.)")],
)
def test_publication_dates_are_parsed_or_treated_as_missing(published: str, apa_date: str) -> None:
    the_claim, the_article = CASES["full"]
    assert apa_date in cite(the_claim, replace(the_article, published=published), "apa", accessed=ACCESSED)


def test_apa_lists_twenty_authors_then_truncates() -> None:
    the_claim, the_article = CASES["full"]
    names = [f"Writer{chr(65 + i)} Person{chr(65 + i)}" for i in range(21)]
    reference = cite(the_claim, replace(the_article, author=", ".join(names)), "apa").split("\n\n")[1]
    assert reference.startswith("PersonA, W., PersonB, W., ")
    assert "PersonS, W., . . . PersonU, W. (2024" in reference and "PersonT" not in reference
    twenty = cite(the_claim, replace(the_article, author=", ".join(names[:20])), "apa").split("\n\n")[1]
    assert "PersonS, W., & PersonT, W. (2024" in twenty


def test_surname_particles_stay_with_the_family_name() -> None:
    the_claim, the_article = CASES["full"]
    byline = replace(the_article, author="Thijs van der Hulst")
    assert "van der Hulst, T. (2024" in cite(the_claim, byline, "apa")
    assert "van der Hulst, Thijs. “Thousands" in cite(the_claim, byline, "mla")
    assert "Thijs van der Hulst, “Thousands" in cite(the_claim, byline, "chicago")
