"""Alias merging: spelling variants, name order and hyphenation, exonyms, transliterations,
surname-only mentions inside an article, and one actor across articles."""

from __future__ import annotations

import pytest

from store.aggregate import build_actors
from store.extract.actors import find_actors
from store.extract.names import actor_key
from store.extract.sentences import split_sentences

SAME = [
    ("Zelensky", "Zelenskyy"),
    ("Zelensky", "Zelenskiy"),
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Kim Jong-un", "Kim Jong Un"),
    ("Kim Jong-Un", "KIM JONG UN"),
    ("Ra Jong-il", "Ra Jong Il"),
    ("Kyiv", "Kiev"),
    ("Dmitry Peskov", "Dmitri Peskov"),
    ("Anthony Blinken", "Antony Blinken"),
    ("Sergei Shoigu", "Sergey Shoigu"),
    ("NIS", "National Intelligence Service"),
    ("South Korea's spy agency", "South Korean intelligence"),
    ("GUR", "HUR"),
    ("Ukraine's military intelligence", "Ukrainian intelligence"),
    ("ISW", "Institute for the Study of War"),
    ("KCNA", "Korean Central News Agency"),
    ("DPRK", "North Korea"),
    ("U.S.", "United States"),
    ("the Kremlin", "Kremlin"),
    ("Mykhailo Petrenkiy", "Mykhailo Petrenky"),  # an unlisted name: transliteration folding alone
    # descriptions of a listed agency, or of a country's government
    ("Seoul's spy agency", "NIS"),
    ("South Korea's military", "Joint Chiefs of Staff"),
    ("Ukraine's defence intelligence", "HUR"),
    ("North Korean state media", "KCNA"),
    ("US officials", "United States"),
    ("the South Korean government", "South Korea"),
]

DIFFERENT = [
    ("Kim Jong Un", "Kim Yo Jong"),
    ("North Korea", "South Korea"),
    ("Russia", "Ukraine"),
    ("National Intelligence Service", "Ukrainian military intelligence"),
    ("Moscow", "Kremlin"),
    ("Andrei Lankov", "Andrew Yeo"),
    ("Western intelligence", "Ukrainian intelligence"),
    ("Japanese officials", "South Korean officials"),
]


@pytest.mark.parametrize(("a", "b"), SAME, ids=[f"{a}={b}" for a, b in SAME])
def test_variants_share_a_key(a: str, b: str) -> None:
    assert actor_key(a) == actor_key(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=[f"{a}!={b}" for a, b in DIFFERENT])
def test_different_actors_keep_different_keys(a: str, b: str) -> None:
    assert actor_key(a) != actor_key(b)


IN_ARTICLE = [
    # (id, text, canonical name, the short or variant form that must merge into it)
    (
        "surname-after-full-name",
        "Historian Yakov Zilber was born in Leningrad. “The losses are huge,” Zilber told DW.",
        "Yakov Zilber",
        "Zilber",
    ),
    (
        "compound-surname",
        "Ramon Pacheco Pardo, a professor at King's College London, agreed. "
        "Most will be used as infantry, argued Pardo.",
        "Ramon Pacheco Pardo",
        "Pardo",
    ),
    (
        "korean-family-name",
        "Park Min-jae, a researcher at the Sejong Institute, disagreed. Park said the units were elite.",
        "Park Min-jae",
        "Park",
    ),
    ("korean-given-name", "Kim Jong-un visited the factory. Jong Un praised the workers.", "Kim Jong Un", "Jong Un"),
    (
        "hyphenation",
        "Ra Jong-il, a former diplomat, spoke first. Ra Jong Il predicted more troops.",
        "Ra Jong-il",
        "Ra Jong Il",
    ),
    ("exonym", "Kiev has not confirmed it. Officials in Kyiv declined to comment.", "Kyiv", "Kiev"),
    (
        "fuller-form-later",
        "Lindqvist said the report was wrong. Retired colonel Anders Lindqvist has followed the war.",
        "Anders Lindqvist",
        "Lindqvist",
    ),
]


@pytest.mark.parametrize(("text", "name", "alias"), [c[1:] for c in IN_ARTICLE], ids=[c[0] for c in IN_ARTICLE])
def test_short_forms_merge_into_the_full_name(text: str, name: str, alias: str) -> None:
    mentions = {m.name: m for m in find_actors(text, split_sentences(text, 0)).mentions()}
    assert name in mentions
    assert alias in mentions[name].aliases or alias == name
    assert mentions[name].count == 2
    assert alias not in mentions or alias == name


def test_surname_of_a_new_person_beats_a_listed_short_form() -> None:
    text = "Kim Tae-won, a defence analyst, spoke to reporters. Kim said 2,000 soldiers were wounded."
    mentions = {m.name: m.count for m in find_actors(text, split_sentences(text, 0)).mentions()}
    assert mentions.get("Kim Tae-won") == 2
    assert "Kim Jong Un" not in mentions


def test_one_actor_across_articles() -> None:
    articles = {
        "1": {"mentions": [{"name": "Volodymyr Zelenskyy", "kind": "person", "count": 2, "aliases": ["Zelenskyy"]}]},
        "2": {"mentions": [{"name": "Zelensky", "kind": "person", "count": 1, "aliases": ["Zelensky"]}]},
        "3": {"mentions": [{"name": "Kiev", "kind": "place", "count": 1, "aliases": ["Kiev"]}]},
        "4": {"mentions": [{"name": "Kyiv", "kind": "place", "count": 3, "aliases": ["Kyiv"]}]},
    }
    claims = {"10": {"article_id": 2, "source": "Zelenskiy"}}
    actors = {a["name"]: a for a in build_actors(articles, claims, {}).values()}
    assert set(actors) == {"Volodymyr Zelensky", "Kyiv"}
    zelensky = actors["Volodymyr Zelensky"]
    assert zelensky["articles"] == [1, 2]
    assert zelensky["mentions"] == 3
    assert zelensky["claims"] == [10]
    assert {"Zelenskyy", "Zelensky"} <= set(zelensky["aliases"])
    assert actors["Kyiv"]["articles"] == [3, 4]
    assert "Kiev" in actors["Kyiv"]["aliases"]
