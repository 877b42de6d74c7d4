"""Actor finding: people, organisations, places and groups, with kinds and roles.

Table-driven on news-style sentences written for these tests. The people are
invented, so they can only be found from how the text introduces them.
"""

from __future__ import annotations

import pytest

from store.extract.actors import ActorIndex, find_actors
from store.extract.sentences import split_sentences


def actors_of(text: str) -> ActorIndex:
    return find_actors(text, split_sentences(text, 0))


def by_name(text: str) -> dict[str, tuple[str, int, str | None]]:
    """name -> (kind, count, role) for every actor of ``text``."""
    return {m.name: (m.kind, m.count, m.role) for m in actors_of(text).mentions()}


NEW_PEOPLE = [
    # (id, text, name, role given by the text)
    (
        "title-before",
        "Kremlin spokesperson Dmitri Volkov dismissed the report.",
        "Dmitri Volkov",
        "Kremlin spokesperson",
    ),
    (
        "analyst-title",
        "The figure is plausible, analyst Jane Doe told the paper.",
        "Jane Doe",
        "analyst",
    ),
    (
        "appositive-role",
        "Niklas Berger, senior researcher at the Baltic Defence Institute, doubts the numbers.",
        "Niklas Berger",
        "senior researcher at the Baltic Defence Institute",
    ),
    (
        "inverted-said-with-appositive",
        "“They will be used as labour,” said Andrew Kwon, a senior fellow with the Pacific Policy Center.",
        "Andrew Kwon",
        "senior fellow with the Pacific Policy Center",
    ),
    ("verb-after", "Halvorsen said the troops were poorly equipped.", "Halvorsen", None),
    ("according-to", "According to Ines Ferreira, the deployment began in August.", "Ines Ferreira", None),
    (
        "demonym-title",
        "South Korean Defence Minister Cho Min-seok briefed parliament on Monday.",
        "Cho Min-seok",
        "South Korean Defence Minister",
    ),
    (
        "who-is-now",
        "Viktor Oransky, who is now Secretary of the Regional Security Council, said the talks failed.",
        "Viktor Oransky",
        "Secretary of the Regional Security Council",
    ),
    (
        "of-organisation",
        "“Neither side gains much,” says Tomasz Wilk of Jagiellonian University in Krakow.",
        "Tomasz Wilk",
        "Jagiellonian University",
    ),
    (
        "appositive-then-verb",
        "Mikhail Orlov, a Moscow-based military blogger, wrote that only a few hundred had died.",
        "Mikhail Orlov",
        "Moscow-based military blogger",
    ),
    (
        "estimates-inverted",
        "Most of them are sappers, estimates Carla Montero, a specialist on Russia.",
        "Carla Montero",
        "specialist on Russia",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), [c[1:] for c in NEW_PEOPLE], ids=[c[0] for c in NEW_PEOPLE])
def test_new_people_are_found_from_how_the_text_introduces_them(text: str, name: str, role: str | None) -> None:
    actors = by_name(text)
    assert name in actors
    kind, _, found_role = actors[name]
    assert kind == "person"
    assert found_role == role


KINDS = [
    # (id, text, name, kind)
    (
        "ministry",
        "The Ministry of Foreign Affairs of Latvia issued a statement.",
        "Ministry of Foreign Affairs",
        "organisation",
    ),
    ("university", "She teaches at Hallam Valley University in Sheffield.", "Hallam Valley University", "organisation"),
    ("institute", "A report by the Eastern Flank Institute followed.", "Eastern Flank Institute", "organisation"),
    ("gazetteer-place", "The convoy left Pyongyang on Monday.", "Pyongyang", "place"),
    ("gazetteer-country", "Officials in Ukraine were not available.", "Ukraine", "place"),
    ("gazetteer-agency-alias", "The NIS did not comment.", "National Intelligence Service", "organisation"),
    (
        "spy-agency-description",
        "South Korea's spy agency briefed lawmakers.",
        "National Intelligence Service",
        "organisation",
    ),
    (
        "ukrainian-intelligence",
        "Ukraine's military intelligence released a video.",
        "Ukrainian military intelligence",
        "organisation",
    ),
    ("western-intelligence-group", "Western intelligence agencies disagree.", "Western intelligence", "group"),
    ("outlet", "The claim was first made to Newsweek.", "Newsweek", "organisation"),
    ("alliance", "NATO has not confirmed the figure.", "NATO", "organisation"),
    (
        "coordinated-agencies",
        "According to Ukrainian, South Korean and US intelligence, 11,000 troops arrived.",
        "Ukrainian military intelligence",
        "organisation",
    ),
    (
        "unknown-national-agency",
        "The Japanese defence ministry declined to comment.",
        "Japanese defence ministry",
        "organisation",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), [c[1:] for c in KINDS], ids=[c[0] for c in KINDS])
def test_kinds(text: str, name: str, kind: str) -> None:
    actors = by_name(text)
    assert name in actors
    assert actors[name][0] == kind


NOT_ACTORS = [
    ("sentence-initial-adverb", "Meanwhile, the troops moved north.", {"Meanwhile"}),
    ("both", "Both Moscow and Pyongyang benefit from the deal.", {"Both Moscow", "Both"}),
    ("however", "However, the numbers remain disputed.", {"However"}),
    ("despite", "Despite the losses, recruitment continued.", {"Despite"}),
    (
        "page-furniture",
        "Download App\nPlay Store Badge\nLatest news\nCategory\nHOOK Logo",
        {"Download App", "Play Store Badge", "Latest", "Category", "HOOK Logo", "HOOK", "Logo"},
    ),
    ("reports-say", "Reports say the convoy was hit.", {"Reports"}),
    ("follow-us", "Follow BBC News on Instagram, Facebook and X", {"Follow BBC News"}),
    ("nickname-before-comma-says", "His unit, known as Magura, says it held the line.", {"Magura"}),
    ("day-after-in", "On Monday, a spokesman in Chisinau said power was restored.", {"Monday", "Chisinau"}),
    ("byline-caps", "SOO-AH KIM Associated Press\nThe report was filed on Monday.", {"SOO-AH KIM Associated Press"}),
]


@pytest.mark.parametrize(("text", "forbidden"), [c[1:] for c in NOT_ACTORS], ids=[c[0] for c in NOT_ACTORS])
def test_furniture_and_sentence_words_are_not_actors(text: str, forbidden: set[str]) -> None:
    assert not forbidden & set(by_name(text))


def test_mentions_are_counted_under_one_canonical_name() -> None:
    text = (
        "Defence analyst Yakub Orlov said the figure was low. "
        "Orlov, who served in Kyiv, added that more would come. "
        "“It will not stop there,” Orlov said. Kiev did not comment."
    )
    actors = by_name(text)
    assert actors["Yakub Orlov"][:2] == ("person", 3)
    assert actors["Yakub Orlov"][2] == "Defence analyst"
    assert actors["Kyiv"][:2] == ("place", 2)


def test_mentions_are_indexed_by_sentence_with_offsets() -> None:
    text = "Russia denied it. Kyrylo Budanov disagreed."
    index = actors_of(text)
    first, second = index.in_sentence(0), index.in_sentence(1)
    assert [(m.name, text[m.start : m.end]) for m in first] == [("Russia", "Russia")]
    assert [(m.name, text[m.start : m.end]) for m in second] == [("Kyrylo Budanov", "Kyrylo Budanov")]


def test_clause_opener_is_not_part_of_an_outlet_name() -> None:
    text = "As Korea Pulse News has reported, the troops moved west."
    sentences = split_sentences(text, 0)
    names = {m.name for m in find_actors(text, sentences).in_sentence(0)}
    assert "As Korea Pulse News" not in names


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Tomasz Z. Wrona of CSIS said the engineers had arrived.", "Tomasz Z. Wrona"),
        ("Former UK ambassador to South Korea Hollis Brandt said the engineers had arrived.", "Hollis Brandt"),
    ],
)
def test_person_found_by_affiliation_or_posting(sentence: str, person: str) -> None:
    sentences = split_sentences(sentence, 0)
    index = find_actors(sentence, sentences)
    people = {m.name for m in index.in_sentence(0) if (info := index.info(m.name)) and info.kind == "person"}
    assert people == {person}
