"""The extraction's shortcuts give what the plain computation they replace gives (no timing here)."""

from __future__ import annotations

import random
import re

import pytest

from store.extract.actors.finder import _Finder
from store.extract.actors.organisations import _KIND_WORDS
from store.extract.metadata.language import _STOPWORDS, text_language
from store.extract.sentences import split_sentences

_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _plain_language(text: str) -> str | None:
    """The definition: letter runs of the lower-cased head, share of English function words."""
    runs = _LETTER_RUN.findall(text[:8000].lower())
    if len(runs) < 20:
        return None
    return "en" if sum(run in _STOPWORDS for run in runs) / len(runs) >= 0.18 else None


_ENGLISH = (
    "Seoul’s spy agency said on Tuesday that about 3,000 more North Korean troops had been sent to Russia, "
    "and that the “losses” of the units in Kursk were rising, according to lawmakers briefed by it — a figure "
    "Kyiv’s officials could not confirm. "
)
_WORDS = ("Pjöngjang", "İstanbul", "ΣΟΦΙΑ", "Ⅻ", "½", "x²", "naïve", "’s", "«", "»", "—", "\u00a0", "東京", "🇰🇵", "İ")


def _mixed_texts() -> list[str]:
    rng = random.Random(7)
    texts = [_ENGLISH * 3, _ENGLISH.replace("’", "'") * 2, "Слава Україні! " * 30, ""]
    for _ in range(200):
        pieces = _ENGLISH.split()
        for _ in range(rng.randint(0, 12)):
            pieces.insert(rng.randrange(len(pieces) + 1), rng.choice(_WORDS))
        texts.append(" ".join(pieces[: rng.randint(5, len(pieces))]))
    return texts


@pytest.mark.parametrize("text", _mixed_texts())
def test_text_language_matches_its_definition(text: str) -> None:
    assert text_language(text, 0) == _plain_language(text)


def test_text_language_reads_only_from_start() -> None:
    head = "Les troupes nord-coréennes sont arrivées. " * 10
    assert text_language(head + _ENGLISH * 4, len(head)) == "en"
    assert text_language(head + _ENGLISH * 4, 0) == _plain_language(head + _ENGLISH * 4)


_KIND_TEXTS = [*_mixed_texts()[:60], "The broadcaster KBS and news AGENCY Yonhap said. İtem Σite daily."]


@pytest.mark.parametrize("text", _KIND_TEXTS)
def test_kind_words_found_per_sentence_as_by_lower_casing_the_sentence(text: str) -> None:
    text = text.replace("Russia", "Russian outlet Meduza and the magazine").replace("Kursk", "Kursk, a daily")
    sentences = split_sentences(text)
    finder = _Finder(text, sentences)
    for start, end in sentences:
        lowered = text[start:end].lower()
        assert finder._kind_word_in(start, end) == any(word in lowered for word in _KIND_WORDS)


def test_written_lower_is_membership_in_the_lower_case_words_of_the_text() -> None:
    lower_words = re.compile(r"(?<![\w’'-])[a-zß-öø-ÿ][\w’'-]*")
    rng = random.Random(11)
    for text in _mixed_texts()[:80]:
        text = text.replace("Seoul", "seoul-based").replace("troops", "kim's troops") + " kim ’kim ärger"
        words = set(lower_words.findall(text))
        finder = _Finder(text, split_sentences(text))
        queries = {w.lower() for w in text.split()} | {"kim", "kim's", "seoul", "ärger", "", "jong un", "7th"}
        queries |= {w[: rng.randint(1, len(w))] for w in text.split()}
        for low in sorted(queries):
            assert finder._written_lower(low) == (low in words), low


# QUALIFIER_BEFORE as one plain alternation, as it was written before its alternatives were grouped by first letter
_QUALIFIER_BEFORE_PLAIN = re.compile(
    r"(?:^|(?<=[\s(\"“‘']))(?P<q>(?:just\s+)?(?:about|around)|roughly|some|nearly|almost|close\s+to|approximately"
    r"|approx\.|(?:about\s+)?an?\s+estimated|estimated|more\s+than|(?:well\s+|just\s+)?over|at\s+least|upwards\s+of"
    r"|exceed(?:s|ed)?|surpass(?:es|ed)?|topped|tops|in\s+excess\s+of|no\s+(?:fewer|less|more)\s+than"
    r"|not\s+more\s+than|above|exceeding|an?\s+(?:minimum|maximum)\s+of"
    r"|in\s+the\s+(?:region|range|neighbou?rhood)\s+of|(?:on|of)\s+the\s+order\s+of|somewhere\s+around"
    r"|as\s+(?:few|little|low)\s+as"
    r"|up\s+to|as\s+(?:many|much|high)\s+as|fewer\s+than|less\s+than|(?:just\s+)?under|at\s+most|below"
    r"|(?:(?:a\s+little|slightly)\s+)?(?:over|under|more\s+than|less\s+than|fewer\s+than)|(?:well\s+)?above"
    r"|just\s+(?:above|below)"
    r"|(?:well\s+)?north\s+of|(?:well\s+)?in\s+excess\s+of|upwards?\s+of|(?:just\s+)?shy\s+of|the\s+better\s+part\s+of"
    r"|(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bover\s)past|passed|crossed)"
    r"(?:\s+|\s*[\"“”‘’']\s*)$",
    re.I,
)
_QUALIFIER_TEXT = (
    "just about around roughly some nearly almost close to approximately approx. about an a estimated more than well "
    "over at least upwards upward of exceed exceeds exceeded surpass surpasses surpassed topped tops in excess no "
    "fewer less not above exceeding minimum maximum the region range neighbourhood neighborhood on order somewhere "
    "as few little low up many much high under most below slightly north shy better part past passed crossed this "
    "that its for troops said “ ” ‘ ’ ' \" ( ſome İn ıN KILLED ABOUT Over"
)


def _qualifier_windows() -> list[str]:
    rng = random.Random(5)
    vocabulary = _QUALIFIER_TEXT.split()
    windows = []
    for _ in range(3000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(1, 7))]
        if rng.random() < 0.5:
            words = [w.upper() if rng.random() < 0.2 else w.capitalize() if rng.random() < 0.2 else w for w in words]
        joins = [rng.choice([" ", "  ", "\u00a0", "\n", ""]) for _ in words]
        windows.append("".join(w + j for w, j in zip(words, joins, strict=True)))
    return windows


def test_grouped_qualifier_pattern_finds_what_the_plain_alternation_finds() -> None:
    from store.extract.figures.qualifiers import QUALIFIER_BEFORE

    texts = [*_qualifier_windows(), _ENGLISH * 2]
    for text in texts:
        for lo in range(0, min(len(text), 12)):
            for hi in (len(text), len(text) - 1, len(text) // 2):
                plain = _QUALIFIER_BEFORE_PLAIN.search(text, lo, hi)
                fast = QUALIFIER_BEFORE.search(text, lo, hi)
                assert (plain and (plain.span(), plain.span("q"))) == (fast and (fast.span(), fast.span("q"))), (
                    text,
                    lo,
                    hi,
                )
