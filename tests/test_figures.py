"""Number forms and non-claims of the figure finder, table-driven, on news-style sentences written for these tests."""

from __future__ import annotations

import pytest

from store.extract.figures import Figure, find_figures
from store.extract.sentences import split_sentences


def figures_in(sentence: str) -> list[Figure]:
    return find_figures(sentence, 0, len(sentence))


def written(sentence: str) -> list[str]:
    return [sentence[f.start : f.end] for f in figures_in(sentence)]


# (sentence, figure as written, low, high, qualifier, vague, kind)
FORMS = [
    ("Officials said 4,500 soldiers crossed the border.", "4,500", 4500, 4500, None, False, "count"),
    ("A convoy carrying 2500 troops left Wonsan.", "2500", 2500, 2500, None, False, "count"),
    ("Le Monde counted 12 000 soldiers at the camp.", "12 000", 12000, 12000, None, False, "count"),
    ("Pyongyang shipped 2.3 million rounds last year.", "2.3 million", 2.3e6, 2.3e6, None, False, "count"),
    ("Seoul says 12 million shells have been sent.", "12 million", 12e6, 12e6, None, False, "count"),
    ("Nine soldiers surrendered near the village.", "Nine", 9, 9, None, False, "count"),
    ("The unit lost seventeen men in one night.", "seventeen", 17, 17, None, False, "count"),
    ("Some twenty-four officers were decorated.", "Some twenty-four", 24, 24, "some", False, "count"),
    ("Three hundred sappers were flown in.", "Three hundred", 300, 300, None, False, "count"),
    ("Kyiv counted two thousand prisoners.", "two thousand", 2000, 2000, None, False, "count"),
    ("Three dozen engineers arrived on Monday.", "Three dozen", 36, 36, None, False, "count"),
    ("A dozen wounded soldiers were evacuated.", "A dozen", 12, 12, None, False, "count"),
    ("The brigade has 7,000-9,000 men.", "7,000-9,000", 7000, 9000, None, False, "count"),
    ("Analysts expect 4,000 to 6,000 more troops.", "4,000 to 6,000", 4000, 6000, None, False, "count"),
    (
        "Between 15,000 and 20,000 soldiers could follow.",
        "Between 15,000 and 20,000",
        15000,
        20000,
        None,
        False,
        "count",
    ),
    ("Kyiv says 35-40,000 troops are ready.", "35-40,000", 35000, 40000, None, False, "count"),
    ("Estimates put the force at 2-3 million rounds.", "2-3 million", 2e6, 3e6, None, False, "count"),
    ("Either 8,000 or 9,000 soldiers were sent.", "8,000 or 9,000", 8000, 9000, None, False, "count"),
    ("Roughly 4,000 troops remain near Kursk.", "Roughly 4,000", 4000, 4000, "roughly", False, "count"),
    ("Around 900 engineers are on site.", "Around 900", 900, 900, "around", False, "count"),
    ("Approximately 1,500 soldiers were rotated.", "Approximately 1,500", 1500, 1500, "approximately", False, "count"),
    ("Nearly 2,000 men were wounded.", "Nearly 2,000", 2000, 2000, "nearly", False, "count"),
    ("Almost 300 were captured.", "Almost 300", 300, 300, "almost", False, "count"),
    ("Casualties are close to 5,000.", "close to 5,000", 5000, 5000, "close to", False, "count"),
    ("An estimated 7,500 troops took part.", "An estimated 7,500", 7500, 7500, "an estimated", False, "count"),
    ("More than 15,000 soldiers have been sent.", "More than 15,000", 15000, None, "more than", False, "count"),
    ("Over 800 shells fell on the town.", "Over 800", 800, None, "over", False, "count"),
    ("At least 40 soldiers died.", "At least 40", 40, None, "at least", False, "count"),
    ("Pyongyang may send up to 20,000 troops.", "up to 20,000", None, 20000, "up to", False, "count"),
    ("As many as 60,000 could be mobilised.", "As many as 60,000", None, 60000, "as many as", False, "count"),
    ("Fewer than 200 have returned home.", "Fewer than 200", None, 200, "fewer than", False, "count"),
    ("A 4,000-plus contingent is in Kursk.", "4,000-plus", 4000, None, "plus", False, "count"),
    ("The losses now exceed 2,500, officials said.", "2,500", 2500, None, "exceed", False, "count"),
    ("Each soldier is paid $1,800 a month.", "$1,800 a month", 1800, 1800, None, False, "money"),
    ("The deal is worth $5bn a year to Pyongyang.", "$5bn a year", 5e9, 5e9, None, False, "money"),
    ("Families receive up to $10,000 in compensation.", "up to $10,000", None, 10000, "up to", False, "money"),
    ("Recruits were offered 3,000 dollars each.", "3,000 dollars", 3000, 3000, None, False, "money"),
    ("Some 30% of the unit was lost.", "Some 30%", 30, 30, "some", False, "percent"),
    ("Losses reached 15 per cent of the force.", "15 per cent", 15, 15, None, False, "percent"),
    ("A third of the battalion was wounded.", "A third", 1 / 3, 1 / 3, None, False, "fraction"),
    ("Two-thirds of the shells were defective.", "Two-thirds", 2 / 3, 2 / 3, None, False, "fraction"),
    ("Nearly half of the recruits deserted.", "Nearly half", 0.5, 0.5, "nearly", False, "fraction"),
    ("Half a million shells were delivered.", "Half a million", 5e5, 5e5, None, False, "count"),
    ("Hundreds of thousands of shells crossed the border.", "Hundreds of thousands", 1e5, 999_999, None, True, "count"),
    ("Tens of thousands of workers are in Russia.", "Tens of thousands", 1e4, 99_999, None, True, "count"),
    ("Several hundred soldiers were injured.", "Several hundred", 300, 900, None, True, "count"),
    ("Thousands of troops are training there.", "Thousands", 1000, 9999, None, True, "count"),
    ("Dozens of soldiers were captured.", "Dozens", 24, 99, None, True, "count"),
    ('He said "hundreds" of soldiers had died.', "hundreds", 100, 999, None, True, "count"),
    # qualifiers of looser news writing: bounds follow the qualifier
    ("The count is now past 11,000 soldiers.", "past 11,000", 11000, None, "past", False, "count"),
    ("Officials put the force at north of 9,000.", "north of 9,000", 9000, None, "north of", False, "count"),
    ("Upward of 2,000 were hurt.", "Upward of 2,000", 2000, None, "upward of", False, "count"),
    ("Kyiv counted in excess of 700 bodies.", "in excess of 700", 700, None, "in excess of", False, "count"),
    ("Well over 8,000 troops trained there.", "Well over 8,000", 8000, None, "well over", False, "count"),
    ("Just under 5,000 men were moved.", "Just under 5,000", None, 5000, "just under", False, "count"),
    ("It is just shy of 3,000 soldiers.", "just shy of 3,000", None, 3000, "just shy of", False, "count"),
    ("Some 150-odd prisoners were swapped.", "Some 150-odd", 150, None, "odd", False, "count"),
    ("The thirty-odd sappers stayed.", "thirty-odd", 30, None, "odd", False, "count"),
    ("Another 500 or so were flown out.", "500 or so", 500, 500, "or so", False, "count"),
    ("Some 2,000 or so were flown out.", "Some 2,000 or so", 2000, 2000, "some", False, "count"),
    (
        "The better part of 10,000 men went.",
        "The better part of 10,000",
        None,
        10000,
        "the better part of",
        False,
        "count",
    ),
    ("The tally has passed 1,000, Kyiv says.", "1,000", 1000, None, "passed", False, "count"),
    ("Over the past 48 hours the unit moved.", "48", 48, 48, None, False, "count"),
    ("Recruits hand over 70% of their pay.", "70%", 70, 70, None, False, "percent"),
    (
        "Seoul puts it in the region of 9,000.",
        "in the region of 9,000",
        9000,
        9000,
        "in the region of",
        False,
        "count",
    ),
    ("As few as 400 remain at the front.", "As few as 400", 400, None, "as few as", False, "count"),
    ("Moscow got 120 170mm guns.", "120", 120, 120, None, False, "count"),
    # fraction ranges, scale suffixes, number words with "and a half"
    ("A quarter to a half of the unit fell.", "A quarter to a half", 0.25, 0.5, None, False, "fraction"),
    ("Between a fifth and a third were hurt.", "Between a fifth and a third", 0.2, 1 / 3, None, False, "fraction"),
    ("One-third to one-half of them were lost.", "One-third to one-half", 1 / 3, 0.5, None, False, "fraction"),
    ("Half to two-thirds of the men were hurt.", "Half to two-thirds", 0.5, 2 / 3, None, False, "fraction"),
    ("Moscow got one and a half million rounds.", "one and a half million", 1.5e6, 1.5e6, None, False, "count"),
    ("The sum is ₩3.1tn, analysts say.", "₩3.1tn", 3.1e12, 3.1e12, None, False, "money"),
    ("The sum is 2.1 trillion won (US$1.5 billion).", "US$1.5 billion", 1.5e9, 1.5e9, None, False, "money"),
    ("Sales brought in $700m last year.", "$700m", 7e8, 7e8, None, False, "money"),
    ("Sales brought in $2.5b last year.", "$2.5b", 2.5e9, 2.5e9, None, False, "money"),
    (
        "The state earns several billion dollars a year.",
        "several billion dollars a year",
        3e9,
        9e9,
        None,
        True,
        "money",
    ),
    ("His own estimate was closer to a third.", "a third", 1 / 3, 1 / 3, None, False, "fraction"),
]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "qualifier", "vague", "kind"), FORMS)
def test_number_forms(
    sentence: str, text: str, low: float | None, high: float | None, qualifier: str | None, vague: bool, kind: str
) -> None:
    found = [f for f in figures_in(sentence) if sentence[f.start : f.end] == text]
    assert found, f"{text!r} not found in {sentence!r}: {written(sentence)}"
    fig = found[0]
    assert fig.low == pytest.approx(low) if low is not None else fig.low is None
    assert fig.high == pytest.approx(high) if high is not None else fig.high is None
    assert (fig.qualifier, fig.vague, fig.kind) == (qualifier, vague, kind)


# Sentences with numbers that are not figures at all.
NOT_FIGURES = [
    ("The talks were held on Nov 12, 2024 in Vladivostok.", []),
    ("On 3 March the first train arrived.", []),
    ("Fighting resumed on September 9 near Sudzha.", []),
    ("The treaty dates from 1961 and was revived in 2024.", []),
    ("North Korea has not fought a war since the year 1953.", []),
    ("Winter 2024-25 was the hardest for the unit.", []),
    ("The briefing began at 09:30 local time.", []),
    ("The strike came at 6 a.m. on Sunday.", []),
    ("A 19-year-old private was among the prisoners.", []),
    ("The soldier, aged 26, told interrogators little.", []),
    ("A captured soldier, 21, was shown on video.", []),
    ("He served in the 11th Corps and later the 92nd Brigade.", []),
    ("Russia fired KN-23 and KN-24 missiles at Kharkiv.", []),
    ("The shipment included 152mm and 122-mm rounds.", []),
    ("They drove the M-1978 Koksan and Su-25 jets away.", []),
    ("The 170 mm guns have a long range.", []),
    ("Updated 14:05 GMT", []),
    ("Image 3 of 14: soldiers at a railway station", []),
    ("Share 1.2K | 12 comments | 3 min read", ["1.2K", "12", "3"]),  # figures, but counting nothing (topics)
    ("Call +82 2 1234 5678 for comment.", []),
    ("The two captives, aged 19 and 25, spoke to reporters.", ["two"]),
    ("The two captives, 19 and 25, spoke to reporters.", ["two"]),
    ("Three recruits, ages 18, 19 and 22, were named.", ["Three"]),
    ("The transfer breaches Resolution 2270 and resolutions 1718 and 2397.", []),
    ("Cash moved through Room 39 and Bureau 121 to Unit 6 of the 11th Corps.", []),
    ("One is 19; the other 24, the SBU said.", ["One"]),
    ("One was 21 and the other was 23.", ["One"]),
    ("Two soldiers were captured and a third was killed.", ["Two"]),
    ("Two were captured; a third, badly hurt, died later.", ["Two"]),
]


@pytest.mark.parametrize(("sentence", "expected"), NOT_FIGURES)
def test_non_figures(sentence: str, expected: list[str]) -> None:
    assert written(sentence) == expected


def test_change_from_to_is_two_figures() -> None:
    sentence = "The estimate rose from 3,000 to 11,000 troops within weeks."
    assert written(sentence) == ["3,000", "11,000"]


def test_range_from_to_is_one_range() -> None:
    sentence = "Estimates of the contingent range from 9,000 to 14,000."
    (fig,) = figures_in(sentence)
    assert (sentence[fig.start : fig.end], fig.low, fig.high) == ("9,000 to 14,000", 9000, 14000)


def test_offsets_index_the_article_text() -> None:
    text = "Headline\n\nSeoul said about 3,000 troops had arrived. Kyiv said 5,000."
    start = text.index("Seoul")
    end = len(text)
    figs = find_figures(text, start, end)
    assert [text[f.start : f.end] for f in figs] == ["about 3,000", "5,000"]
    assert text[figs[0].num_start : figs[0].num_end] == "3,000"


def test_number_word_one_is_not_a_figure_in_idioms() -> None:
    assert written("No one knows how many are left, and one of them is a general.") == []
    assert written("He got a one-time bonus.") == []


def test_related_article_lines_are_furniture() -> None:
    text = (
        "Seoul says 3,000 troops have arrived.\n"
        "Read more: Pyongyang sends 1,500 more soldiers\n"
        "Related: Kim promises 4,000 sappers\n"
        "ALSO READ | 900 prisoners swapped\n"
        "Related stories\n"
        "Kyiv: 200 North Koreans captured\n"
        "Russia fires 40 missiles overnight\n"
        "More than 2,000 were wounded, officials said.\n"
    )
    found = [text[f.start : f.end] for s, e in split_sentences(text) for f in find_figures(text, s, e)]
    assert found == ["3,000", "More than 2,000"]


def test_hostile_digit_runs_do_not_crash() -> None:
    assert written("1" * 5000 + " soldiers") == []
    assert written("9" * 30 + " troops") == []
    assert len(written("and 300, " * 2000)) == 2000


# -- numbered lists: the markers are never figures ----------------------------------------------------------------

LIST_MARKERS = [
    (
        "What we know:\n1. Troops: about 9,000 soldiers are near Kursk\n2. Shells: 4 million",
        ["about 9,000", "4 million"],
    ),
    ("Key points\n1) Seoul counts 2,500 casualties\n2) Kyiv counts more", ["2,500"]),
    ("(3) Missiles: Pyongyang sent 40 ballistic missiles.", ["40"]),
    ("Step 4: Moscow pays 2,000 dollars a month.", ["2,000 dollars a month"]),
    ("The tally: 1) 7,000 troops in Kursk; 2) 1,200 killed.", ["7,000", "1,200"]),
    ("* 2. Engineers: 1,000 more are due in spring", ["1,000"]),
    ("Highlights\n1 - Pyongyang sent 3,000 troops\n2 \u2013 Moscow sent oil", ["3,000"]),
    ("The ministry listed 1) 600 sappers and 2) 5,000 builders.", ["600", "5,000"]),
    ("There were three stages. 1. About 500 arrived. 2. Then 800 followed.", ["three", "About 500", "800"]),
]


@pytest.mark.parametrize(("text", "expected"), LIST_MARKERS)
def test_list_markers_are_not_figures(text: str, expected: list[str]) -> None:
    found = [text[f.start : f.end] for s, e in split_sentences(text) for f in find_figures(text, s, e)]
    assert found == expected


STILL_FIGURES = [
    ("- Killed 12. Wounded 30.", ["12", "30"]),
    ("Losses: 12. That is what the army admitted.", ["12"]),
    ("The brigade counted 40.\n5 soldiers were hurt later.", ["40", "5"]),
    ("At least 12. 13 more were hurt.", ["At least 12", "13"]),
    ("Kyiv counted killed (12) and wounded (13) near the village.", ["12", "13"]),
]


@pytest.mark.parametrize(("text", "expected"), STILL_FIGURES)
def test_small_counts_that_look_like_markers_stay_figures(text: str, expected: list[str]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    ("sentence", "figure", "low", "high"),
    [
        ("Kyiv said at least \u201c15,000\u201d North Koreans had come.", "at least \u201c15,000", 15000, None),
        ("A commander said as many as '3,000' had died.", "as many as '3,000", None, 3000),
        ("Officials spoke of \u201cmore than\u201d 2,000 sappers.", "more than\u201d 2,000", 2000, None),
    ],
)
def test_a_qualifier_outside_the_quotes_still_bounds_the_figure(
    sentence: str, figure: str, low: float | None, high: float | None
) -> None:
    (found,) = figures_in(sentence)
    assert (sentence[found.start : found.end], found.low, found.high) == (figure, low, high)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kyiv said “at least 15,000” North Koreans had arrived.", ["at least 15,000"]),
        ("A source put it at 'as many as 3,000' dead.", ["as many as 3,000"]),
        ('He spoke of \u2018some 2,000\u2019 sappers and "up to 12,000" troops.', ["some 2,000", "up to 12,000"]),
    ],
)
def test_quoted_figures_keep_their_qualifiers(sentence: str, expected: list[str]) -> None:
    assert written(sentence) == expected
