"""Property-based tests (hypothesis): the extractor never raises and every claim's offsets slice back."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract import extract_article
from store.extract.drafts import ArticleDraft
from store.extract.metadata import parse_metadata

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of news writing, so that generated texts actually contain figure claims.
FRAGMENTS = [
    "North Korea has sent",
    "Pyongyang sent",
    "about",
    "more than",
    "up to",
    "between 25,000 and 30,000",
    "10,000-15,000",
    "25-30,000",
    "3,000",
    "6000",
    "1.4 million",
    "tens of thousands of",
    "eighteen",
    "troops",
    "soldiers",
    "artillery shells",
    "military engineers",
    "to Russia",
    "to the Kursk region",
    ", South Korea's spy agency said",
    ", according to Kyiv",
    "Zelensky said",
    "told Reuters",
    '"',
    "“",
    "”",
    ".",
    ". ",
    "\n",
    "\n\n",
    "---\n",
    "title: x\n",
    "Oct 25, 2024",
    "$2,000 a month",
    "11th",
    "KN-23",
    "152mm",
    "00:00",
    "5 mins",
    "\x1b]0;title\x07",
    "\x1b[2J",
    "[bold]",
    "[/b]",
    "\u202e",
    "🪖",
    "e\u0301",
    "한국",
    " ",
]

sentence = st.tuples(
    st.sampled_from(["North Korea has sent", "Pyongyang will send", "Russia received", "Kim pledged"]),
    st.sampled_from(["", "about ", "more than ", "up to ", "some ", "at least "]),
    st.sampled_from(["3,000", "6000", "10,000-15,000", "25-30,000", "between 25,000 and 30,000", "1.4 million"]),
    st.sampled_from(["troops", "soldiers", "artillery shells", "military engineers", "volunteers", "deserters"]),
    st.sampled_from(["to Russia", "to the Kursk region", ""]),
    st.sampled_from([", South Korea's spy agency said", ", according to Kyiv", "", ", he told Reuters"]),
    st.sampled_from([".", ". ", ".\n", "?\n\n", "…"]),
).map(lambda parts: " ".join(p for p in parts[:-1] if p) + parts[-1])
noise = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8))
newsish = st.lists(st.one_of(sentence, sentence, noise), max_size=30).map(" ".join)


def check_offsets(text: str, draft: ArticleDraft) -> None:
    assert draft.text == text
    for claim in draft.claims:
        assert 0 <= claim.sentence_start <= claim.start < claim.end <= claim.sentence_end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert text[claim.sentence_start : claim.sentence_end] == claim.sentence


@SETTINGS
@given(st.text())
def test_extractor_never_raises_on_arbitrary_unicode(text: str) -> None:
    check_offsets(text, extract_article(text, "any.txt"))


@SETTINGS
@given(newsish)
def test_claims_in_news_like_text_slice_back(text: str) -> None:
    check_offsets(text, extract_article(text, "news.txt"))


@SETTINGS
@given(st.text())
def test_metadata_never_raises_and_body_start_is_in_range(text: str) -> None:
    meta, body_start = parse_metadata(text, "any.txt")
    assert 0 <= body_start <= len(text)
    if meta.published is not None:
        assert len(meta.published) == 10
