"""The extractor's speed shortcuts give exactly what the slower scans they replace give (hypothesis).

Each shortcut skips work a regex would do for nothing; these properties pin that it never changes a result,
on random text drawn from the characters the patterns care about (quotes, letters that case-fold oddly,
sentence punctuation, digits).
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract.actors import SPEECH_VERBS, SPEECH_WORDS
from store.extract.actors.cues import APPOSITIVE_AFTER, APPOSITIVE_VERB, OF_ORG_VERB, VERB_AFTER
from store.extract.actors.finder import _Finder
from store.extract.actors.organisations import _ORG_HEAD_LOOSE, _ORG_HEAD_WORD
from store.extract.actors.people import _may_cue_after
from store.extract.attribution.patterns import VERB
from store.extract.attribution.phrases import SOURCE_NOUN_HINTS, SOURCE_NOUNS
from store.extract.attribution.quotes import _QUOTE_CHARS, _QUOTE_START
from store.extract.hints import matches_at_anchors, may_contain
from store.extract.metadata.language import _STOPWORDS, _WORD, text_language
from store.extract.sentences import _BOUNDARY, _BOUNDARY_START

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_ALPHABET = st.sampled_from(
    [*"aAbsSiIkKtT ' \"“”„«»‘’.!?…)]\n\t\u00a0-_,:;0123456789", "İ", "ı", "ſ", "K", "é", "²", "ß"]
)
_WORDS = st.sampled_from(
    ["the", "The", "said", "Ministry", "Service", "Services", "Post", "news", "it's", "’s", "J.", "U.S.", "Kim"]
)
TEXT = st.lists(st.one_of(_ALPHABET, _WORDS), max_size=60).map("".join)


def _spans(matches: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]


@SETTINGS
@given(TEXT, st.integers(0, 10))
def test_anchored_matches_equal_finditer(text: str, pos: int) -> None:
    for pattern, anchor in ((_QUOTE_CHARS, _QUOTE_START), (_BOUNDARY, _BOUNDARY_START)):
        expected = _spans(list(pattern.finditer(text, pos)))
        assert _spans(matches_at_anchors(pattern, anchor, text, pos)) == expected


@SETTINGS
@given(TEXT, st.sampled_from(["copyright", "rights", "newsletter", "sep", "jan", "kin", "is"]))
def test_may_contain_never_misses_a_case_insensitive_match(text: str, needle: str) -> None:
    if re.search(re.escape(needle), text, re.IGNORECASE):
        assert may_contain(text, (needle,))


def test_may_contain_folding_traps() -> None:
    assert may_contain("Copyrİght", ("copyright",))  # "İ" lower-cases to two characters
    assert may_contain("newſletter", ("newsletter",))
    assert not may_contain("All wrongs", ("rights",))


@SETTINGS
@given(TEXT)
def test_language_word_count_matches_regex(text: str) -> None:
    padded = (text + " the of and to in a ") * 3  # enough words for a verdict either way
    words = _WORD.findall(padded.lower())
    share = sum(map(_STOPWORDS.__contains__, words)) / len(words) if len(words) >= 20 else None
    expected = None if share is None else ("en" if share >= 0.18 else None)
    assert text_language(padded, 0) == expected


@SETTINGS
@given(TEXT)
def test_loose_head_words_cover_every_bounded_head_word(text: str) -> None:
    loose = {m.start() for m in _ORG_HEAD_LOOSE.finditer(text)}
    for m in _ORG_HEAD_WORD.finditer(text):
        assert m.start() in loose


_AFTER_NAME = st.lists(
    st.sampled_from([" ", "\u00a0", ",", "(", ")", "said", "of", "the", "CSIS", "a", "spokesman", ".", "’s", "Z", "9"]),
    max_size=8,
).map("".join)


@SETTINGS
@given(_AFTER_NAME, st.integers(0, 3))
def test_no_cue_after_a_name_means_no_cue_pattern_matches(after: str, cut: int) -> None:
    end = max(0, len(after) - cut)
    if not _may_cue_after(after, 0, end):
        for pattern in (APPOSITIVE_AFTER, APPOSITIVE_VERB, VERB_AFTER, OF_ORG_VERB):
            assert pattern.match(after, 0, end) is None


# The attribution verb pattern as first written: one plain ordered alternation. VERB groups it by first letter.
_PLAIN_VERB = re.compile(
    rf"\b(?:{SPEECH_VERBS}|suggest|indicate|show|believe|estimate|claim|assert|report|confirm|warn|"
    r"think(?![- ]tank)|spoke of|speak of|spoke about|insist|quoted(?= by)|calls(?! (?:for|on|up|in)\b)|"
    r"found|finds|showed|shows|detailed|details|outlined|listed|identified|projected|projects|forecast|forecasts|"
    r"recorded|tallied|documented|specified|went on to say|goes on to say|"
    r"published(?= (?:its|their|a|an|new|what|figures|data|estimates))|"
    r"(?:puts?|putting|gave|gives|give|giving) (?:the|a|an|its|their|these|those|new) "
    r"(?:[a-z]+ )?(?:number|figure|toll|total|count|tally|estimate)s?|(?:puts?|putting) (?=[^,.;:]{1,40}? at\b))\b"
)
_VERB_TEXT = st.lists(
    st.sampled_from(
        [
            *SPEECH_WORDS[:40],
            "puts",
            "put",
            "putting",
            "gave",
            "gives",
            "the",
            "number",
            "toll",
            "at",
            "think",
            "tank",
            "-",
            "calls",
            "for",
            "quoted",
            "by",
            "published",
            "its",
            "went on to say",
            "shows",
            "showed",
            "xsaid",
            "said-",
            "Said",
            ",",
            ".",
            " ",
            " ",
            " ",
        ]
    ),
    max_size=30,
).map("".join)


@SETTINGS
@given(_VERB_TEXT)
def test_grouped_verb_pattern_matches_the_plain_alternation(text: str) -> None:
    assert _spans(list(VERB.finditer(text))) == _spans(list(_PLAIN_VERB.finditer(text)))
    for end in range(0, len(text) + 1, 7):
        assert _spans(list(VERB.finditer(text, 0, end))) == _spans(list(_PLAIN_VERB.finditer(text, 0, end)))


def test_grouped_verb_pattern_on_the_seed_articles() -> None:
    for path in sorted(Path(__file__).resolve().parent.parent.joinpath("seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert _spans(list(VERB.finditer(text))) == _spans(list(_PLAIN_VERB.finditer(text)))


def _top_level_alternatives(pattern: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for ch in pattern:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


def test_source_noun_hints_cover_every_source_noun() -> None:
    for alternative in _top_level_alternatives(SOURCE_NOUNS):
        assert any(hint in alternative for hint in SOURCE_NOUN_HINTS), alternative


_DESCRIPTION_TEXT = st.lists(
    st.sampled_from(
        [
            "The",
            "the",
            "South",
            "Korean",
            "Ukrainian",
            "Russian",
            "US",
            "Seoul's",
            "intelligence",
            "spy agency",
            "officials",
            "military",
            "and",
            ",",
            " ",
            " ",
            " ",
            "-",
            "press secretary",
            "Kyiv",
            "thee",
            "The\u00a0",
        ]
    ),
    max_size=25,
).map("".join)


@SETTINGS
@given(_DESCRIPTION_TEXT, st.integers(0, 5))
def test_descriptor_matches_equal_finditer(text: str, start: int) -> None:
    finder = _Finder(text, [(0, len(text))])
    expected = _spans(list(finder.vocab.descriptor_re.finditer(text, start, len(text))))
    assert _spans(finder._descriptor_matches(start, len(text))) == expected
