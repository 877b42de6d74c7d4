"""store.search: the indexed search finds exactly what a plain scan of one haystack per record finds.

The reference below is the search as it was before the index (each record's fields joined by spaces,
case-folded, every word of the query a substring of it). Hypothesis builds small stores whose fields mix
words that share letters, unicode with special case folding (final sigma, sharp s, dotted I, ligatures,
combining accents), unusual whitespace and control sequences, and compares both searches on random queries,
on pieces of the stored text and on queries typed letter by letter into one index (its caches and narrowing).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from store import Actor, Article, Claim
from store.sanitize import clean
from store.search import TextIndex
from tui.catalog import Catalog, Filters

FRAGMENTS = [
    "Kursk", "kur", "sk", "troops", "Troop", "Seoul", "Pentagon", "3,000", "11,000", "25,000-30,000", "-", "'", ".",
    "ΣΟΦΙΑ", "σοφια", "ς", "Σ", "straße", "STRASSE", "ss", "İstanbul", "ı", "I", "i", "ﬁre", "fi", "ﬃ", "e\u0301",
    "é", "ǅ", "ϐ", "ß", "Ω", "K", "k", "\u212a",  # KELVIN SIGN folds to k
    " ", "  ", "\u00a0", "\t", "\n", "\u2003", "\u2028", "\x1b[31m", "\x07", "\u202e",
]  # fmt: skip

fields = st.lists(st.sampled_from(FRAGMENTS), max_size=6).map("".join)
optional = st.none() | fields


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Article], list[Claim], list[Actor]]:
    n_articles = draw(st.integers(0, 5))
    articles = [
        Article(
            id=i + 1, file=draw(fields), text="", content_hash=str(i), title=draw(optional), outlet=draw(optional),
            author=draw(optional), published=draw(optional),
        )
        for i in range(n_articles)
    ]  # fmt: skip
    claims = []
    for i in range(draw(st.integers(0, 40))):
        sentence = draw(fields)
        text = draw(fields)
        claims.append(
            Claim(
                id=100 + i, article_id=draw(st.integers(1, n_articles + 1)),  # sometimes an article not in the list
                file="f.txt", topic=draw(st.sampled_from(["troops_deployed", "nk_casualties", "shells", ""])),
                text=text, sentence=sentence, start=0, end=len(text), sentence_start=0, sentence_end=len(sentence),
                source=draw(optional),
            )
        )  # fmt: skip
    actors = [
        Actor(id=i + 1, name=draw(fields), kind=draw(st.sampled_from(["person", "place"])), role=draw(optional),
              aliases=tuple(draw(st.lists(fields, max_size=2))))
        for i in range(draw(st.integers(0, 4)))
    ]  # fmt: skip
    if draw(st.booleans()):  # claims in reading order, as the store gives them
        claims.sort(key=lambda c: c.article_id)
    return articles, claims, actors


def reference(
    articles: list[Article], claims: list[Claim], actors: list[Actor], query: str
) -> tuple[list[int], list[int], list[int]] | None:
    """(articles, claims, actors) matching ``query`` by a plain scan of one joined haystack per record."""
    terms = clean(query).casefold().split()
    if not terms:
        return None

    def hit(*parts: str | None) -> bool:
        hay = " ".join(filter(None, parts)).casefold()
        return all(term in hay for term in terms)

    meta = {a.id: " ".join(filter(None, (a.title, a.outlet))) for a in articles}
    found = [c for c in claims if hit(c.text, c.topic, c.source, c.sentence, meta.get(c.article_id))]
    holding = {c.article_id for c in found}
    return (
        [a.id for a in articles if a.id in holding or hit(a.title, a.outlet, a.author, a.file, a.published)],
        [c.id for c in found],
        [a.id for a in actors if hit(a.name, a.kind, a.role or "", *a.aliases)],
    )


def indexed(index: TextIndex, query: str) -> tuple[list[int], list[int], list[int]] | None:
    found = index.search(query)
    if found is None:
        return None
    assert list(found.claim_positions) == sorted(found.claim_positions)
    assert [k for k, flag in enumerate(found.claim_mask) if flag] == list(found.claim_positions)
    return found.articles, found.claims, found.actors


def pieces(draw: st.DrawFn, corpus: tuple[list[Article], list[Claim], list[Actor]]) -> str:
    """A query: random fragments, or a slice of some stored field in another case, or several of those."""
    articles, claims, actors = corpus
    texts = [t for a in articles for t in (a.title, a.outlet, a.file) if t]
    texts += [t for c in claims for t in (c.text, c.sentence, c.source, c.topic) if t]
    texts += [a.name for a in actors]
    words = []
    for _ in range(draw(st.integers(1, 3))):
        if texts and draw(st.booleans()):
            text = draw(st.sampled_from(texts))
            start = draw(st.integers(0, len(text)))
            word = text[start : draw(st.integers(start, min(len(text), start + 6)))]
            word = draw(st.sampled_from([str.upper, str.lower, str.swapcase, str.casefold, str]))(word)
        else:
            word = draw(fields)
        words.append(word)
    return draw(st.sampled_from([" ", "  ", "\t", "\u00a0"])).join(words)


@settings(max_examples=100, deadline=None)
@given(corpus=corpora(), data=st.data())
def test_the_index_finds_what_a_plain_scan_finds(
    corpus: tuple[list[Article], list[Claim], list[Actor]], data: st.DataObject
) -> None:
    articles, claims, actors = corpus
    prepared = TextIndex(articles, claims, actors)
    prepared.prepare()
    for _ in range(5):
        query = pieces(data.draw, corpus)
        expected = reference(articles, claims, actors, query)
        assert indexed(TextIndex(articles, claims, actors), query) == expected
        assert indexed(prepared, query) == expected


@settings(max_examples=80, deadline=None)
@given(corpus=corpora(), data=st.data())
def test_typing_and_deleting_into_one_index_finds_what_a_fresh_scan_finds(
    corpus: tuple[list[Article], list[Claim], list[Actor]], data: st.DataObject
) -> None:
    """Letter by letter, with backspaces and new words: the caches and the narrowing never change a result,
    nor does the word index built half way (as the browser builds it in a thread while the user types)."""
    articles, claims, actors = corpus
    index = TextIndex(articles, claims, actors)
    typed = ""
    for round_ in range(4):
        if round_ == 2:
            index.prepare()
        target = pieces(data.draw, corpus)
        for end in range(1, len(target) + 1):
            assert indexed(index, typed + target[:end]) == reference(articles, claims, actors, typed + target[:end])
        typed = (typed + target)[: data.draw(st.integers(0, len(typed + target)))]
        assert indexed(index, typed) == reference(articles, claims, actors, typed)


@settings(max_examples=60, deadline=None)
@given(corpus=corpora(), data=st.data())
def test_the_catalog_shows_what_a_plain_scan_finds(
    corpus: tuple[list[Article], list[Claim], list[Actor]], data: st.DataObject
) -> None:
    articles, claims, actors = corpus
    catalog = Catalog(articles, claims, actors)
    catalog.text = TextIndex(articles, claims, actors)
    catalog.claims_by_article = {}
    for claim in claims:
        catalog.claims_by_article.setdefault(claim.article_id, []).append(claim)
    query = pieces(data.draw, corpus)
    expected = reference(articles, claims, actors, query)
    filters = Filters(query=query)
    if expected is None:
        assert list(catalog.visible_claims(filters)) == claims
        return
    assert [c.id for c in catalog.visible_claims(filters)] == expected[1]
    assert [a.id for a in catalog.visible_articles(filters)] == expected[0]
    assert [a.id for a in catalog.visible_actors(filters)] == expected[2]
    for article in articles:
        shown = catalog.visible_claims(Filters(article_id=article.id, query=query))
        assert [c.id for c in shown] == [c for c in expected[1] if catalog.claim_by_id[c].article_id == article.id]
