"""Article metadata: front matter, and inference only from what the text states (store.extract.metadata)."""

from __future__ import annotations

import pytest

from store.extract.drafts import ArticleMeta
from store.extract.metadata import parse_date, parse_metadata

BODY = (
    "North Korea has sent thousands of soldiers to Russia, officials in Seoul said on Tuesday. "
    "The troops are being trained in the east of the country before they are moved to the front, "
    "according to the intelligence agency, which did not give a number for the second wave.\n"
    "The Kremlin has not commented on the reports, and Pyongyang has denied them in the past.\n"
)


def meta_of(head: str, body: str = BODY) -> ArticleMeta:
    meta, _ = parse_metadata(head + body, "test.txt")
    return meta


# -- front matter -----------------------------------------------------------------------

FRONT_MATTER_CASES = [
    (
        "---\ntitle: Seoul says more troops are coming\noutlet: Korea Daily Wire\nauthor: Mina Park\n"
        "date: 2024-11-02\nurl: https://example.org/news/troops\nlanguage: en\n---\n",
        ArticleMeta(
            title="Seoul says more troops are coming",
            outlet="Korea Daily Wire",
            author="Mina Park",
            published="2024-11-02",
            url="https://example.org/news/troops",
            language="en",
        ),
    ),
    (
        "---\nTitle: \"Kyiv: 11,000 soldiers in Kursk\"\nSource: 'Eastern Ledger'\nByline: Olena Hrytsenko\n"
        "Published: October 30, 2024\nLink: https://ledger.example.com/a/1\nLang: English\n---\n",
        ArticleMeta(
            title="Kyiv: 11,000 soldiers in Kursk",
            outlet="Eastern Ledger",
            author="Olena Hrytsenko",
            published="2024-10-30",
            url="https://ledger.example.com/a/1",
            language="en",
        ),
    ),
    (
        "---\npublication: The Frontline Post\nauthors: [Anna Kim, Tom Reyes]\npublished: 14 December 2024\n---\n",
        ArticleMeta(outlet="The Frontline Post", author="Anna Kim, Tom Reyes", published="2024-12-14", language="en"),
    ),
    (
        # an unparseable date is left empty, never guessed
        "---\ntitle: Pledges and deliveries\ndate: sometime last autumn\n---\n",
        ArticleMeta(title="Pledges and deliveries", language="en"),
    ),
]


@pytest.mark.parametrize(("head", "expected"), FRONT_MATTER_CASES)
def test_front_matter(head: str, expected: ArticleMeta) -> None:
    assert meta_of(head) == expected


def test_front_matter_body_start_points_after_block() -> None:
    head = "---\ntitle: A title with four words\n---\n"
    _, body_start = parse_metadata(head + BODY, "a.md")
    assert body_start == len(head)
    assert (head + BODY)[body_start:] == BODY


def test_front_matter_with_bom_and_crlf() -> None:
    text = "\ufeff---\r\ntitle: Crossing the border at night\r\n---\r\n" + BODY
    meta, body_start = parse_metadata(text, "a.md")
    assert meta.title == "Crossing the border at night"
    assert text[body_start:] == BODY


def test_unclosed_front_matter_is_not_front_matter() -> None:
    text = "---\ntitle: Never closed but still labelled\n" + BODY
    meta, body_start = parse_metadata(text, "a.md")
    assert body_start == 0
    assert meta.title == "Never closed but still labelled"  # a labelled line states the title


def test_a_horizontal_rule_followed_by_prose_is_not_front_matter() -> None:
    text = "---\nThis is just a paragraph of prose, not a key and a value.\n---\n" + BODY
    _, body_start = parse_metadata(text, "a.md")
    assert body_start == 0


# -- inferred from the text ---------------------------------------------------------------

INFERRED_CASES = [
    pytest.param(
        "NEWSROOM Logo\nWorld\nAsia\n\nNorth Korean troops arrive in Kursk, Kyiv says\n\nBy Jane Doe\nOct 25, 2024\n\n",
        ArticleMeta(title="North Korean troops arrive in Kursk, Kyiv says", author="Jane Doe", published="2024-10-25"),
        id="logo-sections-byline-dateline",
    ),
    pytest.param(
        "SEOUL, Nov 13 (Reuters) - North Korea has sent more troops to Russia, lawmakers were told on Wednesday.\n",
        ArticleMeta(outlet="Reuters"),
        id="wire-dateline-without-year",
    ),
    pytest.param(
        "Pyongyang's soldiers reach the front\nKYIV, Ukraine, Dec. 3, 2024 (AP) — Ukrainian officials said...\n",
        ArticleMeta(title="Pyongyang's soldiers reach the front", outlet="AP", published="2024-12-03"),
        id="agency-dateline-with-year",
    ),
    pytest.param(
        "- Category\n- Latest news\nWhy is Moscow turning to Pyongyang for men?\n",
        ArticleMeta(title="Why is Moscow turning to Pyongyang for men?"),
        id="bullet-furniture",
    ),
    pytest.param(
        "Last news in Dnevnik\n\nThe soldiers nobody admits are there\n\n25 October 2024 09:12 1204\n",
        ArticleMeta(title="The soldiers nobody admits are there", outlet="Dnevnik", published="2024-10-25"),
        id="last-news-in-and-view-counter",
    ),
    pytest.param(
        "Brand Logo\nDefence\nMarta Kowalska\nExplainer\n\nWhat do the numbers on North Korean troops tell us?\n"
        "What do the numbers on North Korean troops tell us?\n00:00\n00:00\n",
        ArticleMeta(title="What do the numbers on North Korean troops tell us?", author="Marta Kowalska"),
        id="author-name-line-in-furniture-repeated-title",
    ),
    pytest.param(
        "# Sappers and builders: the second wave\n\n*Author: Lee Jae-won*\n\nPublished: 2025-06-18\n\n",
        ArticleMeta(title="Sappers and builders: the second wave", author="Lee Jae-won", published="2025-06-18"),
        id="markdown-heading",
    ),
    pytest.param(
        "Download App\nSign in\n5 mins\nTroop numbers in dispute as Kyiv and Moscow trade claims | The Daily Ledger\n",
        ArticleMeta(title="Troop numbers in dispute as Kyiv and Moscow trade claims", outlet="The Daily Ledger"),
        id="pipe-outlet-in-headline",
    ),
    pytest.param(
        "Updated Friday, October 25, 2024 at 3:15 p.m.\nBy Sam O'Neill and Ji-ho Choi, Staff Writers\n",
        ArticleMeta(published="2024-10-25", author="Sam O'Neill, Ji-ho Choi"),
        id="updated-line-and-two-authors",
    ),
    pytest.param(
        "KORNEWS.EU publishes reports from many correspondents.\n\n",
        ArticleMeta(outlet="KORNEWS.EU"),
        id="domain-publishes-furniture",
    ),
    pytest.param(
        "Source: Baltic Morning Star\nhttps://bms.example.net/2024/11/troops\n\nThe third wave\n\n",
        ArticleMeta(title="The third wave", outlet="Baltic Morning Star", url="https://bms.example.net/2024/11/troops"),
        id="source-and-url-lines",
    ),
    pytest.param(
        "Seoul lawmakers were told on 4 November 2024 that 10,000 soldiers had arrived, and that another wave "
        "was likely before the end of the year, the spy agency said in a briefing.\n",
        ArticleMeta(),
        id="date-inside-a-body-sentence-is-not-the-dateline",
    ),
    pytest.param(
        "By the end of the year, officials expect the number to grow. Kyiv says the first units are in Kursk.\n",
        ArticleMeta(),
        id="by-the-end-is-not-a-byline",
    ),
    pytest.param(
        "Europe\nFri 25 Oct 2024 08.15 BST\nKim's soldiers: what we know so far\nJane Smith in Seoul\n",
        ArticleMeta(title="Kim's soldiers: what we know so far", author="Jane Smith", published="2024-10-25"),
        id="weekday-dateline-and-guardian-style-name-in-place",
    ),
    pytest.param(
        "Ukraine war\nby Petro Melnyk October 25, 2024 6:12 PM 2 min read\n",
        ArticleMeta(author="Petro Melnyk", published="2024-10-25"),
        id="byline-with-date-and-read-time",
    ),
    pytest.param(
        "Published On 25 Oct 2024\n25 Oct 2024\nSave\nListen\n",
        ArticleMeta(published="2024-10-25"),
        id="published-on-label",
    ),
    pytest.param(
        "SEOUL, Oct. 25 (Yonhap) -- North Korea has sent some 3,000 troops to Russia, the spy agency said.\n",
        ArticleMeta(outlet="Yonhap"),
        id="double-dash-wire-dateline",
    ),
    pytest.param(
        "Moscow's new allies\nBy Chris Ward, Defence Correspondent\nPublished Oct 25, 2024 at 7:00 AM EDT\n",
        ArticleMeta(title="Moscow's new allies", author="Chris Ward", published="2024-10-25"),
        id="byline-with-role",
    ),
    pytest.param(
        "Daniel Okafor\nThe leader's gamble in the east\n",
        ArticleMeta(title="The leader's gamble in the east", author="Daniel Okafor"),
        id="name-line-before-title",
    ),
    pytest.param(
        "SEOUL, Nov 13 (Reuters) - North Korea has sent more troops\nSouth Korean lawmakers said on Wednesday\n",
        ArticleMeta(outlet="Reuters"),
        id="short-wire-dateline-is-body-not-title",
    ),
    pytest.param(
        "Why Pyongyang needs Moscow now\nKursk Offensive Continues\n",
        ArticleMeta(title="Why Pyongyang needs Moscow now"),
        id="title-case-subhead-is-not-an-author",
    ),
    pytest.param(
        "The Harbour Tribune\nHome | World | Asia | Opinion\nSearch\n\nWORLD\nLabourers follow the soldiers east\n"
        "Ana Ferreira\nPosted : 2025-03-02 10:15\n",
        ArticleMeta(
            title="Labourers follow the soldiers east",
            outlet="The Harbour Tribune",
            author="Ana Ferreira",
            published="2025-03-02",
        ),
        id="masthead-nav-section-author-posted",
    ),
    pytest.param(
        "Eastern Wire | Reports from the border\nHOME > WORLD > ASIA\nThe quiet return of the wounded\n"
        "By Lee Min-jun - 2025.02.14 9:05am\n",
        ArticleMeta(
            title="The quiet return of the wounded",
            outlet="Eastern Wire",
            author="Lee Min-jun",
            published="2025-02-14",
        ),
        id="masthead-with-tagline-breadcrumb-dotted-date",
    ),
    pytest.param(
        "Pyongyang's losses mount\n\nBy ANNA VOLKOVA and TAE-HO YOON Global Press Service\n",
        ArticleMeta(
            title="Pyongyang's losses mount", author="Anna Volkova, Tae-Ho Yoon", outlet="Global Press Service"
        ),
        id="shouting-byline-with-agency",
    ),
    pytest.param(
        "What Moscow pays for each soldier\nBy Marek Novak, Baltic Times\n",
        ArticleMeta(title="What Moscow pays for each soldier", author="Marek Novak", outlet="Baltic Times"),
        id="byline-comma-outlet",
    ),
    pytest.param(
        "Kim's men in Kursk\nBy Laura Quinn\nEuro News Network, Brussels\nPublished 4 March 2025\n",
        ArticleMeta(
            title="Kim's men in Kursk", author="Laura Quinn", outlet="Euro News Network", published="2025-03-04"
        ),
        id="outlet-line-under-byline",
    ),
    pytest.param(
        "Troops, shells and money\nIvan Petrenko and Sofia Marsh | 9 January 2025\n",
        ArticleMeta(title="Troops, shells and money", author="Ivan Petrenko, Sofia Marsh", published="2025-01-09"),
        id="names-pipe-date-line",
    ),
    pytest.param(
        "Odessa Morning Post\nHow many came, and how many are left\nMaria Kovalenko — Friday, 7 March 2025, 09:10\n",
        ArticleMeta(
            title="How many came, and how many are left",
            outlet="Odessa Morning Post",
            author="Maria Kovalenko",
            published="2025-03-07",
        ),
        id="names-dash-date-line",
    ),
    pytest.param(
        "Analysis: The soldiers are learning fast. Seoul should worry\nBy Ruth Adler, Metro News\n",
        ArticleMeta(
            title="Analysis: The soldiers are learning fast. Seoul should worry",
            author="Ruth Adler",
            outlet="Metro News",
        ),
        id="two-sentence-headline",
    ),
    pytest.param(
        "Spy chief counts the dead\nKharkiv Herald news desk\n\nSource: Budanov speaking to reporters in Kyiv\n",
        ArticleMeta(title="Spy chief counts the dead", outlet="Kharkiv Herald"),
        id="news-desk-and-source-phrase-is-not-an-outlet",
    ),
    pytest.param(
        "North Korea\nHow the deal with Moscow works\n",
        ArticleMeta(title="How the deal with Moscow works"),
        id="place-line-is-not-an-author",
    ),
]


@pytest.mark.parametrize(("head", "expected"), INFERRED_CASES)
def test_inferred_metadata(head: str, expected: ArticleMeta) -> None:
    got = meta_of(head)
    want = {
        "title": expected.title,
        "outlet": expected.outlet,
        "author": expected.author,
        "published": expected.published,
        "url": expected.url,
    }
    assert {k: getattr(got, k) for k in want} == want


def test_copyright_footer_names_outlet() -> None:
    text = (
        BODY * 3
        + "\nLogo\nDownload App\nAbout UsContact UsCopyright © Newsbridge Media Pvt. Ltd. 2025. All Rights Reserved\n"
    )
    assert meta_of("", text).outlet == "Newsbridge Media"


def test_copyright_footer_of_a_long_article() -> None:
    text = BODY * 200 + "\n© 2024 The Harbour Times\n"
    assert meta_of("", text).outlet == "The Harbour Times"


def test_url_on_its_own_line_at_the_end() -> None:
    text = BODY + "\nOriginally published at https://paper.example.com/story/123\n"
    assert meta_of("", text).url == "https://paper.example.com/story/123"


def test_url_inside_a_sentence_is_not_the_article_url() -> None:
    text = "The report (see https://example.gov/report.pdf) says 3,000 troops were sent.\n" + BODY
    assert meta_of("", text).url is None


def test_nothing_stated_nothing_invented() -> None:
    meta, body_start = parse_metadata(BODY, "plain.txt")
    assert body_start == 0
    assert meta == ArticleMeta(language="en")


def test_non_english_text_has_no_language_guess() -> None:
    text = "Северная Корея отправила войска в Россию, сообщили в Сеуле. " * 5
    assert meta_of("", text).language is None


def test_short_text_has_no_language() -> None:
    assert meta_of("", "Troops: 3,000.").language is None


def test_empty_text() -> None:
    assert parse_metadata("", "empty.txt") == (ArticleMeta(), 0)


def test_a_huge_single_line_is_handled_quickly() -> None:
    meta, _ = parse_metadata("x" * 5_000_000, "huge.txt")
    assert meta.title is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-10-25", "2024-10-25"),
        ("2024-10-25T08:00:00Z", "2024-10-25"),
        ("Oct 25, 2024", "2024-10-25"),
        ("Oct. 25, 2024", "2024-10-25"),
        ("October 25th, 2024", "2024-10-25"),
        ("25 October 2024", "2024-10-25"),
        ("25 Oct. 2024", "2024-10-25"),
        ("Sept 3, 2025", "2025-09-03"),
        ("Nov 13", None),
        ("October 2024", None),
        ("2024-02-30", None),
        ("in 2024", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso
