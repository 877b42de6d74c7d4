"""Topic and unit of figures, table-driven, on short news-style passages written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract.figures import find_figures
from store.extract.sentences import split_sentences
from store.extract.topics import Classifier, Taxonomy, load_taxonomy


def classify_all(text: str) -> dict[str, tuple[str | None, str | None]]:
    """``figure as written -> (topic, unit)`` for every figure of ``text`` (last one wins on repeats)."""
    sentences = split_sentences(text)
    classifier = Classifier(text, sentences)
    result = {}
    for index, (start, end) in enumerate(sentences):
        for figure in find_figures(text, start, end):
            topic = classifier.classify(index, figure)
            result[text[figure.start : figure.end]] = (topic.topic, topic.unit) if topic else (None, None)
    return result


# (passage, figure as written, expected topic, expected unit or None to skip the unit check)
CASES = [
    # deployed: past tense, presence, "so far"
    (
        "Seoul's spy agency said 9,000 North Korean soldiers have been sent to Russia so far.",
        "9,000",
        "troops_deployed",
        "soldiers",
    ),
    (
        "About 4,000 North Korean troops are stationed near Kursk, the ministry said.",
        "About 4,000",
        "troops_deployed",
        "troops",
    ),
    (
        "Pyongyang dispatched roughly 1,200 special forces in October.",
        "roughly 1,200",
        "troops_deployed",
        "special forces",
    ),
    (
        "There are now some 14,000 North Koreans fighting alongside Russian units.",
        "some 14,000",
        "troops_deployed",
        None,
    ),
    # pledged: future, promises, additional
    ("Kim is expected to send another 7,000 troops by spring.", "7,000", "troops_pledged", "troops"),
    (
        "Moscow said Pyongyang will deploy 2,000 military builders to rebuild the region.",
        "2,000",
        "troops_pledged",
        "military builders",
    ),
    ("The North has pledged 3,000 more soldiers, Kyiv said.", "3,000", "troops_pledged", "soldiers"),
    ("An additional 4,500 deminers are heading to the border region.", "4,500", "troops_pledged", "deminers"),
    ("A second rotation of up to 8,000 men is being prepared.", "up to 8,000", "troops_pledged", "men"),
    # one sentence, two figures, two timings
    (
        "Pyongyang plans to send up to 15,000 troops, of which 5,000 have already arrived.",
        "up to 15,000",
        "troops_pledged",
        "troops",
    ),
    (
        "Pyongyang plans to send up to 15,000 troops, of which 5,000 have already arrived.",
        "5,000",
        "troops_deployed",
        "troops",
    ),
    # casualties, North Korean and Russian
    (
        "Of the 12,000 North Korean soldiers deployed, about 4,000 have been killed or wounded.",
        "about 4,000",
        "nk_casualties",
        "soldiers",
    ),
    (
        "Of the 12,000 North Korean soldiers deployed, about 4,000 have been killed or wounded.",
        "12,000",
        "troops_deployed",
        "soldiers",
    ),
    ("Ukrainian drones killed 35 North Korean soldiers near Sudzha.", "35", "nk_casualties", "soldiers"),
    ("Ukraine's army said it captured four North Korean soldiers.", "four", "nk_casualties", "soldiers"),
    ("The footage showed nine coffins draped in flags.", "nine", "nk_casualties", "coffins"),
    (
        "Russia has lost more than 600,000 soldiers since 2022, the general staff said.",
        "more than 600,000",
        "russian_casualties",
        "soldiers",
    ),
    (
        "For Moscow, which has suffered tens of thousands of casualties, the help is welcome.",
        "tens of thousands",
        "russian_casualties",
        "casualties",
    ),
    ("Their losses are heavy – about 1,500, of which roughly 300 are dead.", "about 1,500", "nk_casualties", None),
    ("Their losses are heavy – about 1,500, of which roughly 300 are dead.", "roughly 300", "nk_casualties", None),
    # munitions, with their kind in the unit
    (
        "North Korea has shipped about 9 million artillery shells to Russia.",
        "about 9 million",
        "munitions",
        "artillery shells",
    ),
    ("It also sent at least 120 Hwasong-11 ballistic missiles.", "at least 120", "munitions", None),
    (
        "Some 250 howitzers and rocket launchers were delivered by rail.",
        "Some 250",
        "munitions",
        "howitzers and rocket launchers",
    ),
    (
        "Satellite images show 16,000 containers of ammunition leaving Rajin.",
        "16,000",
        "munitions",
        "containers of ammunition",
    ),
    # mobilization, deserters
    (
        "State media said 800,000 young volunteers had signed up to join the army.",
        "800,000",
        "mobilization",
        "volunteers",
    ),
    ("Ukrainian officials said 25 North Korean soldiers deserted their posts.", "25", "deserters", "soldiers"),
    ("Two dozen deserters were caught in Bryansk.", "Two dozen", "deserters", "deserters"),
    # money
    ("Each soldier is said to earn $2,500 a month.", "$2,500 a month", "payment", "dollars a month"),
    ("The regime keeps up to 90% of the soldiers' pay.", "up to 90%", "payment", None),
    # other subject counts
    ("Thousands of North Korean labourers work on building sites in Moscow.", "Thousands", "other", "labourers"),
    ("Russia shipped 50,000 tonnes of rice to Pyongyang.", "50,000", "other", "tonnes of rice"),
    # ellipsis, plans, shares, whose troops
    (
        "North Korea sent 11,000 soldiers last autumn and 3,000 more in January, officials said.",
        "3,000",
        "troops_deployed",
        "soldiers",
    ),
    ("Tens of thousands more could be sent next year, Kyiv warned.", "Tens of thousands", "troops_pledged", None),
    (
        "Moscow could ask for up to 100,000 North Korean troops, analysts warned.",
        "up to 100,000",
        "troops_pledged",
        "troops",
    ),
    (
        "As many as 30 percent of the contingent could be killed or wounded within months.",
        "As many as 30 percent",
        "nk_casualties",
        "contingent",
    ),
    ("The 2,000-strong unit arrived near the border on Wednesday.", "2,000", "troops_deployed", "unit"),
    (
        "Russia has amassed around 50,000 troops in Kursk, including 11,000 from North Korea.",
        "11,000",
        "troops_deployed",
        "troops",
    ),
    (
        "Russia has amassed around 50,000 troops in Kursk, including 11,000 from North Korea.",
        "around 50,000",
        None,
        None,
    ),
    (
        "Kyiv says Russia has lost 700,000 personnel, including 1,200 over the past day.",
        "1,200",
        "russian_casualties",
        "personnel",
    ),
    (
        "Kyiv says Moscow is using 9,000 North Korean soldiers and has lost 700 of them.",
        "9,000",
        "troops_deployed",
        "soldiers",
    ),
    ("Kyiv says Moscow is using 9,000 North Korean soldiers and has lost 700 of them.", "700", "nk_casualties", None),
    (
        "At least 14 North Korean soldiers were killed and 40 wounded, the commander said.",
        "At least 14",
        "nk_casualties",
        "soldiers",
    ),
    ("At least 14 North Korean soldiers were killed and 40 wounded, the commander said.", "40", "nk_casualties", None),
    (
        "Kim has pledged to send 1,000 deminers and 5,000 military construction workers.",
        "5,000",
        "troops_pledged",
        "military construction workers",
    ),
    # asides, bracketed breakdowns, completed rotations, desertion and pay wording, work without "workers"
    ("Fifteen, a Ukrainian commander said, were taken prisoner.", "Fifteen", "nk_casualties", None),
    ("Three Korean soldiers, aged 19 and 23, were captured near Sudzha.", "Three", "nk_casualties", "soldiers"),
    (
        "Of the 12,000 sent, 3,500 were lost: killed (900), wounded (2,300) and captured (300).",
        "900",
        "nk_casualties",
        "killed",
    ),
    ("A second rotation of 2,000 had been sent by March, Seoul said.", "2,000", "troops_deployed", None),
    ("A smaller rotation of 800 returned home in May.", "800", "troops_deployed", None),
    ("Dozens of North Korean soldiers have gone missing from their units.", "Dozens", "deserters", "soldiers"),
    ("The recruits must hand over 60% of their earnings to the party.", "60%", "payment", "earnings"),
    ("Some 9,000 North Koreans who work on building sites entered Russia.", "Some 9,000", "other", None),
    ("Construction crews of 600 people were flown to Vladivostok.", "600", "other", "people"),
    ("About 2,000 North Korean students on work visas arrived.", "About 2,000", "other", None),
    ("Each recruit is paid $1,500 a month, of which the state takes 80%.", "80%", "payment", None),
    ("Seoul says the regime keeps 60 to 80 percent of the money.", "60 to 80 percent", "payment", "money"),
    (
        "A quarter of the deployed North Korean soldiers are now casualties.",
        "A quarter",
        "nk_casualties",
        "deployed North Korean soldiers",
    ),
    ("Seoul says 20,000 more North Korean troops are being prepared for deployment.", "20,000", "troops_pledged", None),
    # not about the subject
    ("Russia launched 90 drones and four missiles at Ukraine overnight.", "90", None, None),
    ("The air force said it shot down 70 of the drones.", "70", None, None),
    ("The rules set a cap of 500,000 barrels of oil a year for Pyongyang.", "500,000", None, None),
    ("Pyongyang sent 10,000 troops. Its economy grew 3.1% last year.", "3.1%", None, None),
    ("Pyongyang sent 10,000 troops. Putin's approval rating is 78 percent.", "78 percent", None, None),
    ("Russia fired 30 North Korean KN-23 missiles at Kyiv.", "30", "munitions", None),
    ("North Korea's army numbers some 1.1 million active-duty soldiers.", "some 1.1 million", None, None),
    ("The troops are stationed about 40 kilometres from the front.", "about 40", None, None),
    ("The treaty marks one year of the partnership.", "one", None, None),
    ("The two countries signed five agreements.", "two", None, None),
    ("The city of 450,000 people was shelled overnight.", "450,000", None, None),
    ("One should not conclude that 20,000 North Korean soldiers are fighting in Ukraine.", "20,000", None, None),
    ("Russia has deployed 50,000 Russian troops to the Kursk region.", "50,000", None, None),
    # anaphoric and elliptical units: the count named earlier in the sentence or the sentence before
    (
        "Seoul's spy agency said roughly 1,100 North Korean soldiers had been killed or wounded. "
        "Ukraine's military intelligence puts the figure at about 3,800.",
        "about 3,800",
        "nk_casualties",
        "soldiers",
    ),
    (
        "The Pentagon said 11,000 North Korean troops were in Kursk, up from the 8,000 it had cited on Monday.",
        "8,000",
        "troops_deployed",
        "troops",
    ),
    (
        "Some 2,500 North Korean workers arrived in Vladivostok in June, up from 1,200 the year before.",
        "1,200",
        "other",
        "workers",
    ),
    (
        "About 10,000 were sent in the autumn, with thousands more following in January.",
        "thousands",
        "troops_deployed",
        None,
    ),
    (
        "Kyiv said one North Korean soldier was taken prisoner near Sudzha. "
        "Its paratroopers had also captured two others who died of their injuries.",
        "two",
        "nk_casualties",
        None,
    ),
    (
        "A drone strike on a bus in Kherson killed eight people. At least 20 others were wounded.",
        "At least 20",
        None,
        None,
    ),
    (
        "Officials in Kyiv say half of the shells Russia fires are made in North Korea. "
        "A European diplomat said the true share was closer to a third.",
        "a third",
        "munitions",
        "shells",
    ),
    # casualty words before the counted noun; Russia as a place does not make the losses Russian
    (
        "The number of dead and wounded North Korean troops in the Kursk region now exceeds 4,000, Kyiv said.",
        "4,000",
        "nk_casualties",
        None,
    ),
    (
        "North Korean units in Russia have suffered about 400 dead and 3,100 wounded, lawmakers were told.",
        "3,100",
        "nk_casualties",
        "wounded",
    ),
    (
        "Moscow has lost more than 2,000 soldiers a day this month, Kyiv said.",
        "more than 2,000",
        "russian_casualties",
        None,
    ),
    ("North Korean units fighting for Russia have lost about 900 men, Kyiv said.", "about 900", "nk_casualties", None),
    (
        "For Moscow, which has suffered tens of thousands of casualties, every soldier counts.",
        "tens of thousands",
        "russian_casualties",
        None,
    ),
    ("Kyiv puts Russia's losses in Kursk at 38,000 and North Korea's at 3,500.", "38,000", "russian_casualties", None),
    ("Kyiv puts Russia's losses in Kursk at 38,000 and North Korea's at 3,500.", "3,500", "nk_casualties", None),
    ("Two North Korean soldiers surrendered to a Ukrainian patrol on Friday.", "Two", "nk_casualties", None),
    # the verb that governs the figure's clause decides its timing
    (
        "About 7,000 North Korean soldiers are now in the Kursk region and are expected to join assaults soon.",
        "About 7,000",
        "troops_deployed",
        "soldiers",
    ),
    (
        "Pyongyang is expected to send reinforcements, with some 2,000 soldiers already training in the Far East.",
        "some 2,000",
        "troops_pledged",
        "soldiers",
    ),
    (
        "Pyongyang will send 4,000 more troops, with 10,000 already fighting in Kursk.",
        "10,000",
        "troops_deployed",
        None,
    ),
    (
        "Russia has received 9,000 North Korean troops, with 2,000 already training near the border.",
        "2,000",
        "troops_deployed",
        None,
    ),
    (
        "Around 3,000 of the 12,000 North Korean soldiers sent to Kursk were killed or wounded by March.",
        "Around 3,000",
        "nk_casualties",
        None,
    ),
    (
        "Around 3,000 of the 12,000 North Korean soldiers sent to Kursk were killed or wounded by March.",
        "12,000",
        "troops_deployed",
        None,
    ),
    (
        "About 1,000 North Korean soldiers deployed to the Kursk region have been killed, Seoul says.",
        "About 1,000",
        "nk_casualties",
        None,
    ),
    ("A Ukrainian commander said Pyongyang is sending thousands more.", "thousands", "troops_pledged", None),
    ("Moscow is sending thousands more to the front.", "thousands", None, None),
    (
        "North Korea has lost about 3,000 soldiers, or roughly a quarter of its contingent.",
        "roughly a quarter",
        "nk_casualties",
        None,
    ),
    # shares of munitions output; people who come to work or study
    (
        "North Korea's artillery plants are running at about 60 percent of capacity, analysts said.",
        "about 60 percent",
        "munitions",
        None,
    ),
    (
        "Border data show 9,800 North Korean citizens entered Russia last year, most declaring work as the purpose.",
        "9,800",
        "other",
        "citizens",
    ),
    ("About 6,000 North Koreans are working on building sites in Russia, Seoul says.", "About 6,000", "other", None),
    ("Official data show 11,500 North Korean citizens entered Russia in 2024.", "11,500", "other", "citizens"),
    # figures of the same war outside the taxonomy: Ukraine's losses as Moscow claims them, demining counts
    (
        "Russia's defence ministry said Ukraine had lost over 40,000 troops in the Kursk region.",
        "over 40,000",
        "other",
        None,
    ),
    (
        "Military engineers have cleared more than 900 explosive devices in the area, Moscow said.",
        "more than 900",
        "other",
        None,
    ),
    ("Moscow said 180 Ukrainian soldiers had surrendered near Sudzha.", "180", "other", None),
    ("Deminers have defused some 2,400 landmines around Sudzha since March.", "some 2,400", "other", "landmines"),
    ("The province has 14 coal mines and two steel plants.", "14", None, None),
    ("The plant's output grew 12 percent last year.", "12 percent", None, None),
    ("Ukraine's forces retook about 30 percent of the ground they had held in Kursk.", "about 30 percent", None, None),
]


@pytest.mark.parametrize(("passage", "figure", "topic", "unit"), CASES)
def test_topic_and_unit(passage: str, figure: str, topic: str | None, unit: str | None) -> None:
    result = classify_all(passage)
    if topic is None and figure not in result:
        return  # not even taken for a figure: fine for a non-claim
    assert figure in result, f"{figure!r} not found: {result}"
    got_topic, got_unit = result[figure]
    assert got_topic == topic
    if unit is not None:
        assert got_unit == unit


def test_unit_inherited_from_previous_sentence() -> None:
    text = "Pyongyang wants to provide up to 10,000 troops. Around 2,000 have already arrived, officials say."
    result = classify_all(text)
    assert result["Around 2,000"] == ("troops_deployed", "troops")


def test_pronoun_looks_ahead_in_the_clause() -> None:
    text = "In the Far East there are thousands of them who work as loggers."
    assert classify_all(text)["thousands"] == ("other", "loggers")


def test_replacement_taxonomy_from_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = json.loads(Path("store/data/topics.json").read_text("utf-8"))
    data["families"]["munitions:drones"] = ["kamikaze drones", "drones"]
    data["families"]["munitions:launchers"] = [w for w in data["families"]["munitions:launchers"] if w != "drones"]
    data["family_topics"]["munitions:drones"] = "drones"
    data["topics"]["drones"] = "attack drones supplied"
    path = tmp_path / "topics.json"
    path.write_text(json.dumps(data), "utf-8")
    monkeypatch.setenv("NKRU_TUI_TOPICS", str(path))
    load_taxonomy.cache_clear()
    try:
        tax = load_taxonomy()
        assert isinstance(tax, Taxonomy)
        text = "Iran sent 400 kamikaze drones to Russia."
        sentences = split_sentences(text)
        (figure,) = find_figures(text, *sentences[0])
        topic = Classifier(text, sentences, tax).classify(0, figure)
        assert topic is not None and (topic.topic, topic.unit) == ("drones", "kamikaze drones")
    finally:
        monkeypatch.delenv("NKRU_TUI_TOPICS")
        load_taxonomy.cache_clear()


TITLE_CASE = [
    ("North Korea Sends 3,000 More Troops To Russia", "3,000", "troops_pledged", "Troops"),
    ("Seoul Says 300 N. Koreans Deserted", "300", "deserters", "North Koreans"),
    ("Pyongyang Shipped 40 Hwasong-11 Missiles", "40", "munitions", "Missiles"),
]


@pytest.mark.parametrize(("passage", "figure", "topic", "unit"), TITLE_CASE)
def test_title_case_headlines(passage: str, figure: str, topic: str, unit: str) -> None:
    assert classify_all(passage)[figure] == (topic, unit)


_WORDS = [
    "3,000",
    "six",
    "Troops",
    "soldiers",
    "N.",
    "Korean",
    "Koreans",
    "North",
    "killed",
    "and",
    "of",
    "them",
    "the",
    "will",
    "send",
    "sent",
    "already",
    "$2,000",
    "a",
    "month",
    "between",
    "25-30,000",
    "half",
    "Russia",
    "has",
    "lost",
    "Hwasong-11",
    "missiles",
    ",",
    ".",
    "“",
    "”",
    "-",
    "–",
    "more",
    "than",
    "up",
    "to",
    "hundreds",
    "thousands",
    "Image",
    "1",
    "12",
    "2024",
    "Oct",
    "25",
    ":",
    "(",
    ")",
    "\n",
    "which",
    "who",
    "are",
    "in",
    "Kursk",
    "one",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=60))
def test_any_word_soup_terminates_with_valid_offsets(words: list[str]) -> None:
    text = " ".join(words)
    sentences = split_sentences(text)
    classifier = Classifier(text, sentences)
    for index, (start, end) in enumerate(sentences):
        for figure in find_figures(text, start, end):
            assert start <= figure.start < figure.end <= end
            topic = classifier.classify(index, figure)
            assert topic is None or topic.topic in load_taxonomy().topics


# -- a figure with no noun of its own that restates an earlier count ----------------------------------------------

BACK_REFERENCES = [
    (
        "The number of North Korean soldiers killed near Sudzha is unclear. "
        "A Ukrainian commander puts the total at 2,600.",
        "2,600",
        "nk_casualties",
    ),
    (
        "Seoul's spy agency said 1,300 North Korean troops had been wounded. "
        "A Ukrainian official put the number at 2,900.",
        "2,900",
        "nk_casualties",
    ),
    (
        "North Korean units have been stationed in Kursk since autumn. The number was judged by the agency "
        "to be around 10,500.",
        "around 10,500",
        "troops_deployed",
    ),
    (
        "Pyongyang has shipped artillery shells to Russia for a year. Kyiv puts the tally at 5 million.",
        "5 million",
        "munitions",
    ),
    (
        "Drone footage showed North Korean soldiers boarding trains. Analysts put the figure at about 1,700, "
        "and said more would follow.",
        "about 1,700",
        "troops_deployed",
    ),
    (
        "The toll among North Korean troops was judged by the agency to be around 3,800.",
        "around 3,800",
        "nk_casualties",
    ),
    (
        "Pyongyang is preparing to send more soldiers, officials said. Kyiv puts the number at 5,500.",
        "5,500",
        "troops_pledged",
    ),
    (
        "North Korean soldiers have died in large numbers near Sudzha. Kyiv puts the number at 4,100.",
        "4,100",
        "nk_casualties",
    ),
    (
        "Hundreds of North Korean soldiers have deserted, officials said. Seoul puts the number at 250.",
        "250",
        "deserters",
    ),
]


@pytest.mark.parametrize(("passage", "figure", "topic"), BACK_REFERENCES)
def test_restated_count_takes_the_topic_of_what_it_counts(passage: str, figure: str, topic: str) -> None:
    assert classify_all(passage)[figure][0] == topic


# -- economic figures are not about the subject ------------------------------------------------------------------

ECONOMY = [
    ("Trade between Moscow and Pyongyang rose to $41 million last year, customs data showed.", "$41 million"),
    ("North Korea's exports to China fell 14 per cent in the first quarter.", "14 per cent"),
    ("South Korea's economy grew 2.2 per cent while inflation eased to 1.9%.", "2.2 per cent"),
    ("South Korea's economy grew 2.2 per cent while inflation eased to 1.9%.", "1.9%"),
    ("The president's approval rating fell to 24 percent in a Gallup poll.", "24 percent"),
    ("Russia's defence budget will reach $145 billion next year.", "$145 billion"),
]


@pytest.mark.parametrize(("passage", "figure"), ECONOMY)
def test_economic_figures_are_not_claims(passage: str, figure: str) -> None:
    assert classify_all(passage).get(figure, (None, None))[0] is None


def test_money_tied_to_arms_or_pay_is_still_payment() -> None:
    text = (
        "North Korea earned roughly $400 million from arms exports to Russia, Seoul said. "
        "Each soldier is paid $1,800 a month."
    )
    result = classify_all(text)
    assert result["roughly $400 million"][0] == "payment"
    assert result["$1,800 a month"][0] == "payment"


def test_goods_of_the_economy_are_not_claims_but_goods_paid_to_the_subject_are() -> None:
    assert (
        classify_all("Russia's oil exports to India reached 2 million barrels a day in May.").get(
            "2 million", (None, None)
        )[0]
        is None
    )
    text = "Moscow has paid Pyongyang in oil: it delivered more than 1 million barrels, satellite images show."
    assert classify_all(text)["more than 1 million"][0] == "other"
    text = "North Korea may earn $20 billion from the deal, which props up its economy, analysts say."
    assert classify_all(text)["$20 billion"][0] == "payment"
