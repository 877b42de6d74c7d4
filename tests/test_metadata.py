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


# -- page heads in many outlet styles (written for these tests) ----------------------------
# Each case names only the fields it is about; (head, tail, expected fields).

STYLE_CASES = [
    pytest.param(
        "Ukraine says North Korean troops are fighting in Kursk\n\nBy HANNA ARHIROVA and TONG-HYUNG KIM\n"
        "Updated 2:14 AM EST, Mon November 4, 2024\n\nKYIV, Ukraine (AP) — Ukraine's forces said ...\n",
        "",
        {"author": "Hanna Arhirova, Tong-Hyung Kim", "outlet": "AP", "published": "2024-11-04"},
        id="ap-caps-byline-updated-line-dateline",
    ),
    pytest.param(
        "AP NEWS\nMenu\nNorth Korea's soldiers in Kursk\nBy JANE DOE\n\nKYIV, Ukraine (AP) — Officials said ...\n",
        "",
        {"title": "North Korea's soldiers in Kursk", "outlet": "AP", "author": "Jane Doe"},
        id="ap-site-name-is-the-agency",
    ),
    pytest.param(
        "North Korean troops join Russian assaults, Kyiv says\n\nKYIV/SEOUL, Nov 4 (Reuters) - Ukraine said ...\n",
        "",
        {"title": "North Korean troops join Russian assaults, Kyiv says", "outlet": "Reuters", "published": None},
        id="reuters-slash-dateline-without-year",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\nBy Jane Doe\nNovember 4, 20248:15 AM GMT+9Updated 2 hours ago\n",
        "",
        {"author": "Jane Doe", "published": "2024-11-04"},
        id="reuters-scrape-year-glued-to-time",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\n",
        "\nReporting by Hyonhee Shin in Seoul; Editing by Ed Davies\n",
        {"author": "Hyonhee Shin"},
        id="reuters-reporting-by-footer",
    ),
    pytest.param(
        "Spy agency briefs lawmakers\n\nSEOUL, Nov 4, 2024 - South Korea's spy agency said on Monday ...\n",
        "",
        {"title": "Spy agency briefs lawmakers", "published": "2024-11-04", "outlet": None},
        id="dateline-with-date-and-no-agency",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\nKyiv, Ukraine, 4 November 2024 — Ukraine said on Monday ...\n",
        "",
        {"title": "Seoul counts the cost of Kim's deal", "published": "2024-11-04"},
        id="title-case-dateline-day-month-year",
    ),
    pytest.param(
        "Hostile headline\n\nSEOUL, Nov 4, 2024 (AFP) - South Korea's spy agency said ...\n",
        "",
        {"title": "Hostile headline", "outlet": "AFP", "published": "2024-11-04"},
        id="afp-short-headline",
    ),
    pytest.param(
        "Kursk\n\nKYIV, Ukraine (AP) — Officials said ...\n",
        "",
        {"title": "Kursk", "outlet": "AP"},
        id="one-word-headline",
    ),
    pytest.param(
        "Kim's war\n\nJane Doe\n\n", "", {"title": "Kim's war", "author": "Jane Doe"}, id="short-headline-name"
    ),
    pytest.param(
        "Skip to content\nBritish Broadcasting Corporation\nHome\nNews\nSport\nHome News Sport Weather iPlayer Sounds\n"
        "Menu\nSearch BBC\nSign in\nWorld | Asia\n\nNorth Korean troops 'now fighting' in Russia's Kursk region\n\n"
        "4 November 2024\nShare\nSave\nJean Mackenzie\nSeoul correspondent\n",
        "",
        {
            "title": "North Korean troops 'now fighting' in Russia's Kursk region",
            "author": "Jean Mackenzie",
            "published": "2024-11-04",
        },
        id="bbc-menus-share-save-name-role",
    ),
    pytest.param(
        "Listen\nShare\nSave\nNorth Korea sends more troops\n3 hours ago\nKelly Ng\nBBC News, Seoul\n",
        "",
        {"title": "North Korea sends more troops", "author": "Kelly Ng", "outlet": "BBC News"},
        id="bbc-name-then-outlet-line",
    ),
    pytest.param(
        "North Korean troops in Russia - BBC News\n",
        "",
        {"title": "North Korean troops in Russia", "outlet": "BBC News"},
        id="page-title-dash-outlet",
    ),
    pytest.param(
        "We use cookies to improve your experience on our site and to show you relevant advertising. "
        "By clicking Accept all you agree.\nAccept all\nReject all\nManage preferences\n\n"
        "Why Kim is sending his soldiers west\n\nBy Ann Lee\n",
        "",
        {"title": "Why Kim is sending his soldiers west", "author": "Ann Lee"},
        id="cookie-banner-skipped",
    ),
    pytest.param(
        "This article is more than 1 year old\nNorth Korea\nNorth Korean soldiers ‘killed in Ukrainian strike’\n"
        "Pyongyang troops said to have been hit in Kursk, as Seoul warns of more deployments\n"
        "Justin McCurry in Tokyo\nMon 4 Nov 2024 08.15 GMT\nShare\n",
        "",
        {
            "title": "North Korean soldiers ‘killed in Ukrainian strike’",
            "author": "Justin McCurry",
            "published": "2024-11-04",
        },
        id="guardian-standfirst-name-in-place",
    ),
    pytest.param(
        "Kim's troops are learning modern war\n\nBy Brad Lendon, CNN\n\n5 minute read\n"
        "Updated 10:15 PM EST, Mon November 4, 2024\n\nHong Kong CNN —  North Korea's troops ...\n",
        "",
        {"author": "Brad Lendon", "outlet": "CNN", "published": "2024-11-04"},
        id="cnn-byline-outlet",
    ),
    pytest.param(
        "Kim's troops are learning modern war\n\nSeoul, South Korea CNN —  North Korea's troops are in Russia.\n",
        "",
        {"title": "Kim's troops are learning modern war", "outlet": "CNN"},
        id="cnn-dateline-without-brackets",
    ),
    pytest.param(
        "NK News\nLog in\nSubscribe\nMenu\nSearch\nNorth Korea\nRussia\n"
        "North Korean troops seen training near Vladivostok, satellite images show\n"
        "Imagery shows new barracks at a base used by the 11th Corps\nColin Zwirko\nNovember 4, 2024\n",
        "",
        {
            "title": "North Korean troops seen training near Vladivostok, satellite images show",
            "author": "Colin Zwirko",
            "outlet": "NK News",
            "published": "2024-11-04",
        },
        id="nk-news-scrape",
    ),
    pytest.param(
        "Skip to content\nSupport us\nKyiv Independent\nUkraine War\nNews Feed\nUkraine\nRussia\n"
        "North Korean troops suffer heavy losses in Kursk, HUR says\n"
        "by Martin Fornusek November 4, 2024 6:12 PM 2 min read\n",
        "",
        {
            "title": "North Korean troops suffer heavy losses in Kursk, HUR says",
            "author": "Martin Fornusek",
            "outlet": "Kyiv Independent",
            "published": "2024-11-04",
        },
        id="kyiv-independent-scrape",
    ),
    pytest.param(
        "(2nd LD) N. Korea sends more troops to Russia: NIS\nAll News 10:15 November 04, 2024\n\n"
        "SEOUL, Nov. 4 (Yonhap) -- North Korea has sent ...\n",
        "",
        {"title": "(2nd LD) N. Korea sends more troops to Russia: NIS", "outlet": "Yonhap", "published": "2024-11-04"},
        id="yonhap",
    ),
    pytest.param(
        "The Korea Herald\nNorth Korea\nNK troops in Russia number 11,000: NIS\nPublished : Nov. 4, 2024 - 15:12\n"
        "By Choi Si-young\n",
        "",
        {
            "title": "NK troops in Russia number 11,000: NIS",
            "outlet": "The Korea Herald",
            "author": "Choi Si-young",
            "published": "2024-11-04",
        },
        id="korea-herald",
    ),
    pytest.param(
        "Ukrainska Pravda\nMonday, 4 November 2024, 10:15\n"
        "North Korean soldiers have arrived in Kursk Oblast – Budanov\n"
        "Olha Hlushchenko — Monday, 4 November 2024, 10:15\n",
        "",
        {
            "title": "North Korean soldiers have arrived in Kursk Oblast – Budanov",
            "author": "Olha Hlushchenko",
            "outlet": "Ukrainska Pravda",
            "published": "2024-11-04",
        },
        id="ukrainska-pravda",
    ),
    pytest.param(
        "Royal United Services Institute\nCommentary\nNorth Korea's Troops in Russia: A Test of the Alliance\n"
        "Jane Doe and John Roe\n4 November 2024\n",
        "",
        {
            "title": "North Korea's Troops in Russia: A Test of the Alliance",
            "author": "Jane Doe, John Roe",
            "outlet": "Royal United Services Institute",
            "published": "2024-11-04",
        },
        id="rusi-names-without-by",
    ),
    pytest.param(
        "Center for Strategic and International Studies\nCommentary by Victor Cha and Ellen Kim\n"
        "Published November 4, 2024\n\nThe North Korean Deployment: What It Means\n",
        "",
        {
            "outlet": "Center for Strategic and International Studies",
            "author": "Victor Cha, Ellen Kim",
            "published": "2024-11-04",
        },
        id="csis-commentary-by",
    ),
    pytest.param(
        "Institute for the Study of War\nRussian Offensive Campaign Assessment, November 4, 2024\n"
        "Kateryna Stepanenko, Angelica Evans and George Barros\n",
        "",
        {
            "title": "Russian Offensive Campaign Assessment, November 4, 2024",
            "outlet": "Institute for the Study of War",
            "author": "Kateryna Stepanenko, Angelica Evans, George Barros",
            "published": "2024-11-04",
        },
        id="isw-dated-title",
    ),
    pytest.param(
        "The Peninsula Dispatch\nSubscribe\nSign in\nWhat the troop numbers really mean\n"
        "A close look at the estimates from Seoul, Kyiv and Washington\nJane Doe\nNov 04, 2024\n∙ Paid\nShare\n",
        "",
        {
            "title": "What the troop numbers really mean",
            "author": "Jane Doe",
            "outlet": "The Peninsula Dispatch",
            "published": "2024-11-04",
        },
        id="substack",
    ),
    pytest.param(
        "Counting Kim's soldiers\nJane Doe\nFollow\n5 min read\n·\nNov 4, 2024\n",
        "",
        {"title": "Counting Kim's soldiers", "author": "Jane Doe", "published": "2024-11-04"},
        id="medium",
    ),
    pytest.param(
        "Russia-Ukraine war live: North Korean troops in combat, Kyiv says\nLive updates\n"
        "Updated 4 November 2024 18:42 GMT\n",
        "",
        {"title": "Russia-Ukraine war live: North Korean troops in combat, Kyiv says", "published": "2024-11-04"},
        id="live-blog",
    ),
    pytest.param(
        "North Korea's soldiers in Kursk\nJANE DOE\nNovember 4, 2024 at 10:15 a.m. EST\n",
        "",
        {"author": "Jane Doe", "published": "2024-11-04"},
        id="caps-name-line-and-date-at-time",
    ),
    pytest.param(
        "North Korea's soldiers in Kursk\nJANE DOE AND JOHN ROE\n\n",
        "",
        {"author": "Jane Doe, John Roe"},
        id="caps-and",
    ),
    pytest.param(
        "North Korea's soldiers in Kursk\nJane Doe, Seoul correspondent\nNov. 4, 2024\n",
        "",
        {"author": "Jane Doe", "published": "2024-11-04"},
        id="name-and-role",
    ),
    pytest.param(
        "North Korea's soldiers in Kursk\nJane Doe in Seoul and John Roe in Kyiv\n",
        "",
        {"author": "Jane Doe, John Roe"},
        id="names-with-places",
    ),
    pytest.param(
        "North Korea's soldiers in Kursk\nBy Jane Doe, Seoul correspondent, and John Roe in Kyiv\n",
        "",
        {"author": "Jane Doe, John Roe"},
        id="by-names-with-role-and-place",
    ),
    pytest.param(
        "North Korea's soldiers in Kursk\nJane Doe, Reuters\n",
        "",
        {"author": "Jane Doe", "outlet": "Reuters"},
        id="name-outlet",
    ),
    pytest.param(
        "North Korea's soldiers in Kursk\nPosted on 4th November 2024 by Jane Doe\n",
        "",
        {"author": "Jane Doe", "published": "2024-11-04"},
        id="posted-on-date-by-name",
    ),
    pytest.param(
        "News > World > Asia\nSeoul counts the cost of Kim's deal\n",
        "",
        {"title": "Seoul counts the cost of Kim's deal"},
        id="breadcrumb",
    ),
    pytest.param(
        "Advertisement\nListen to this article\nSeoul counts the cost of Kim's deal\n",
        "",
        {"title": "Seoul counts the cost of Kim's deal"},
        id="advert-and-listen",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\n",
        "\n© 2024 The Example Times\n",
        {"outlet": "The Example Times"},
        id="copyright-footer-short-page",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\n",
        "\nThe Example Times. All rights reserved.\n",
        {"outlet": "The Example Times"},
        id="all-rights-reserved-footer",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\n",
        "\nSubscribe to the Kyiv Independent newsletter\n",
        {"outlet": "Kyiv Independent"},
        id="newsletter-footer",
    ),
]

MORE_STYLE_CASES = [
    pytest.param(
        "Skip to content\nBritish Broadcasting Corporation\nHome\nNews\nNorth Korea sends more troops\n2 hours ago\n"
        "Jean Mackenzie\nSeoul correspondent\n",
        "\nCopyright 2024 BBC. All rights reserved.\n",
        {"title": "North Korea sends more troops", "outlet": "BBC", "author": "Jean Mackenzie"},
        id="bbc-header-name-and-footer-acronym",
    ),
    pytest.param(
        "Royal United Services Institute\nCommentary\nNorth Korea tests the alliance\nJane Doe\n",
        "\n© RUSI 2024\n",
        {"outlet": "RUSI", "author": "Jane Doe"},
        id="think-tank-name-and-acronym",
    ),
    pytest.param(
        "North Korea tests the alliance\nJane Doe\n",
        "\n© 2024 by the Center for Strategic and International Studies. All rights reserved.\n",
        {"outlet": "Center for Strategic and International Studies"},
        id="copyright-by-the-institute",
    ),
    pytest.param(
        "North Korea's soldiers in Kursk\nBy Christian Edwards, Ivana Kottasová and Svitlana Vlasova, CNN\n",
        "",
        {"author": "Christian Edwards, Ivana Kottasová, Svitlana Vlasova", "outlet": "CNN"},
        id="cnn-three-names-with-accents",
    ),
    pytest.param(
        "North Korea's soldiers in Kursk\nJane Doe · 4 min read · Nov 4, 2024\n",
        "",
        {"author": "Jane Doe", "published": "2024-11-04"},
        id="name-read-time-date",
    ),
    pytest.param("North Korea's soldiers in Kursk\nDr. Jane Doe\n", "", {"author": "Jane Doe"}, id="honorific"),
    pytest.param(
        "Kim sends more troops\n\nMoscow, November 4 (Interfax) - Russia said ...\n",
        "",
        {"title": "Kim sends more troops", "outlet": "Interfax"},
        id="title-case-place-date-agency",
    ),
    pytest.param(
        "Kim sends more troops\n\nMOSCOW, November 4. /TASS/. Russia said ...\n",
        "",
        {"outlet": "TASS", "published": None},
        id="tass-slashed-agency",
    ),
    pytest.param(
        "Exclusive news, data and analytics for financial market professionals\nReuters\nWorld\nAsia Pacific\n"
        "North Korea's soldiers in Kursk\nBy Jane Doe\n",
        "",
        {"title": "North Korea's soldiers in Kursk", "outlet": "Reuters", "author": "Jane Doe"},
        id="tagline-above-the-logo-is-not-the-title",
    ),
    pytest.param(
        "Kim sends more troops\nThe Korea Herald\nShare\n\n",
        "",
        {"title": "Kim sends more troops", "outlet": "The Korea Herald"},
        id="headline-above-the-logo-kept-when-nothing-else",
    ),
    pytest.param(
        "Kim sends more troops\nNovember 4, 2024 | Jane Doe\n",
        "",
        {"author": "Jane Doe", "published": "2024-11-04"},
        id="date-then-name",
    ),
    pytest.param(
        "Kim sends more troops\n[Jane Doe](https://example.com/authors/jane) (@janedoe)\n",
        "",
        {"author": "Jane Doe"},
        id="markdown-link-and-handle-byline",
    ),
    pytest.param(
        "[Home](/) [World](/world)\nKim sends more troops\n", "", {"title": "Kim sends more troops"}, id="markdown-menu"
    ),
    pytest.param(
        "Kim sends more troops\nJane Doe — Staff Writer\n",
        "",
        {"author": "Jane Doe", "outlet": None},
        id="staff-writer-is-a-role",
    ),
    pytest.param(
        "The Economist\nAsia\nKim sends more troops\n", "", {"outlet": "The Economist"}, id="listed-outlet-masthead"
    ),
    pytest.param(
        "38 North\nKim sends more troops\nJane Doe\n",
        "",
        {"outlet": "38 North", "author": "Jane Doe", "title": "Kim sends more troops"},
        id="listed-think-tank-made-of-section-words",
    ),
    pytest.param(
        "Kim sends more troops\nBy Jane Doe, Meduza\n", "", {"outlet": "Meduza"}, id="listed-outlet-in-byline"
    ),
    pytest.param(
        "Kim sends more troops\nBy Al Jazeera Staff\n", "", {"outlet": "Al Jazeera", "author": None}, id="by-staff"
    ),
    pytest.param(
        "Kim sends more troops\nAl Jazeera and news agencies\nPublished On 4 Nov 2024\n",
        "",
        {"outlet": "Al Jazeera", "author": None, "published": "2024-11-04"},
        id="outlet-and-news-agencies",
    ),
    pytest.param(
        "Kim sends more troops\nBy Jane Doe for The Example Times\n",
        "",
        {"outlet": "The Example Times", "author": "Jane Doe"},
        id="by-name-for-outlet",
    ),
    pytest.param(
        "Kim sends more troops\n\nKim Jong Un at a rally. © Example Agency\n\n",
        "\n© 2024 The Example Times. All rights reserved.\n",
        {"outlet": "The Example Times"},
        id="footer-copyright-beats-an-earlier-credit",
    ),
    pytest.param(
        "Seoul counts the cost\n\n",
        BODY * 40 + "\nPublished November 4, 2024\n",
        {"published": "2024-11-04"},
        id="labelled-date-at-the-end-of-a-long-page",
    ),
]

NEGATIVE_CASES = [
    pytest.param(
        "Kim Jong Un's Gamble\nWhy Pyongyang sends its men to fight for Moscow\n",
        "",
        {"title": "Kim Jong Un's Gamble", "author": None},
        id="possessive-title-case-headline-is-not-a-name",
    ),
    pytest.param(
        "North Korea troops in Russia | What we know\n",
        "",
        {"title": "North Korea troops in Russia | What we know", "outlet": None},
        id="pipe-phrase-is-not-an-outlet",
    ),
    pytest.param("North Korea sent 3,000 more troops, Seoul said.\n", "", {"title": None}, id="lede-is-not-a-title"),
    pytest.param(
        "Seoul counts the cost of Kim's deal\nKim Jong Un\n", "", {"author": None}, id="subject-caption-is-not-author"
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\nThe troops are there, said Jane Doe, an analyst.\nJane Doe\n",
        "",
        {"author": None},
        id="person-quoted-in-body-is-not-author",
    ),
    pytest.param("", "Anna Kim\n", {"title": None, "author": None}, id="name-line-after-the-body"),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\n",
        '"We expect more," Lee Sang-min told DW.\nRFI cannot confirm the figures.\n',
        {"outlet": None, "author": None},
        id="outlets-quoted-in-body",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\n"
        "One soldier told DW that 3,000 men had died, a figure RFI cannot confirm.\n",
        "",
        {"outlet": None},
        id="outlets-quoted-in-lede",
    ),
    pytest.param(
        "Menu\nSearch\nNorth Korean Troops Review Kursk Front Lines\n",
        "",
        {"title": "North Korean Troops Review Kursk Front Lines", "outlet": None},
        id="title-case-headline-is-not-a-masthead",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\nSign up for Our Newsletter\n", "", {"outlet": None}, id="our-newsletter"
    ),
    pytest.param(
        "By the numbers: Kim's soldiers in Russia\n",
        "",
        {"title": "By the numbers: Kim's soldiers in Russia", "author": None},
        id="by-the-numbers-is-a-headline",
    ),
    pytest.param(
        "Seoul counts the cost\n\nSEOUL, Nov 4 (Yonhap) -- The NIS said.\nThe summit was held on Nov. 4, 2024.\n",
        "",
        {"published": None, "outlet": "Yonhap"},
        id="date-in-a-short-body-line",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\n"
        "Lawmakers in Seoul, Nov 4, 2024 - the day of the briefing - were told.\n",
        "",
        {"published": None},
        id="place-and-date-inside-a-sentence",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\nWashington DC — The Pentagon said ...\n",
        "",
        {"outlet": None},
        id="dc-is-not-an-agency",
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\nNational Intelligence Service\n", "", {"author": None}, id="org-line"
    ),
    pytest.param(
        "Seoul counts the cost of Kim's deal\n\nPhoto: © Reuters/Kim Hong-Ji\n\n",
        "",
        {"outlet": None},
        id="photo-credit-is-not-the-outlet",
    ),
    pytest.param("North Korea's soldiers in Kursk\nStaff Reporter\n", "", {"author": None}, id="role-alone"),
    pytest.param(
        "North Korea's soldiers in Kursk\nPublished: 04/11/2024\n", "", {"published": None}, id="ambiguous-numeric-date"
    ),
]


@pytest.mark.parametrize(("head", "tail", "expected"), STYLE_CASES + MORE_STYLE_CASES + NEGATIVE_CASES)
def test_outlet_style_heads(head: str, tail: str, expected: dict[str, str | None]) -> None:
    meta, _ = parse_metadata(head + BODY + tail, "styles.txt")
    assert {name: getattr(meta, name) for name in expected} == expected


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ("Published: 24/11/2024\n", "2024-11-24"),  # 24 can only be the day
        ("Published: 11/24/2024\n", "2024-11-24"),  # 24 can only be the day, US order
        ("Published: 04/11/2024\nUpdated: 25/11/2024\n", "2024-11-04"),  # the page's other date shows day first
        ("Published: 04/11/2024 10:15 EST\n", "2024-04-11"),  # a US time zone shows month first
        ("Published: 04/11/2024\n", None),
    ],
)
def test_numeric_dates_only_when_the_order_is_clear(head: str, published: str | None) -> None:
    assert meta_of("Seoul counts the cost of Kim's deal\n" + head).published == published


def test_blanked_control_sequence_in_a_short_headline() -> None:
    # the pipeline blanks "ESC[31m" to spaces (offsets kept); the title reads as written
    text = "Hostile        headline\n\nSEOUL, Nov 4, 2024 - South Korea's spy agency said on Monday ...\n" + BODY
    meta, _ = parse_metadata(text, "hostile.txt")
    assert (meta.title, meta.published) == ("Hostile headline", "2024-11-04")


# -- an outlet comes from page furniture only, and is never an agency, ministry or government ---------------------

NOT_OUTLETS = [
    "Troop deaths rise, spy agency says\n\nSEOUL, South Korea (NIS) — The spy agency briefed lawmakers on Tuesday.\n\n",
    "Troop deaths rise, spy agency says\n\nSouth Korea's National Intelligence Service (NIS) said on Tuesday that "
    "the toll had risen.\n\n",
    "More troops head west\n\nThe Pentagon Newsroom\n\nThe Pentagon said on Monday that more troops had left.\n\n",
    "More troops head west\n\nSource: Ministry of Defence briefing\n\n",
    "More troops head west\n\nSource: South Korea's National Intelligence Service\n\n",
    "More troops head west\n\nSeoul, South Korea NIS - Officials briefed lawmakers.\n\n",
    "More troops head west\n\nMoscow, November 4 (Russian Defence Ministry) - The ministry spoke.\n\n",
    "More troops head west\n\nLast news from the General Staff\n\n",
]


@pytest.mark.parametrize("head", NOT_OUTLETS)
def test_agencies_named_in_the_text_are_not_the_outlet(head: str) -> None:
    assert meta_of(head).outlet is None


def test_a_ministry_copyright_line_is_not_an_outlet() -> None:
    assert meta_of("More troops head west\n\n", BODY * 3 + "\n© 2025 Ministry of Defence of Ukraine\n").outlet is None


def test_a_government_dateline_falls_back_to_the_real_outlet() -> None:
    text = BODY * 3 + "\nCopyright 2025 Harbour Daily. All rights reserved.\n"
    assert meta_of("More troops head west\n\nSEOUL (Pentagon) - Officials spoke.\n\n", text).outlet == "Harbour Daily"


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("More troops head west\n\nKYIV, Nov 4 (Reuters) - The spy agency said troops had arrived.\n\n", "Reuters"),
        ("More troops head west\n\nBy Jane Roe, Army Times\n\n", "Army Times"),
    ],
)
def test_outlets_named_after_the_forces_they_cover_still_count(head: str, outlet: str) -> None:
    assert meta_of(head).outlet == outlet
