"""The one place where domain records meet the plain dicts stored in TinyDB.

Stored layout (schema 2), chosen so that opening a large store makes few Python objects:

- an article is a flat document (file, text, content_hash and its metadata) whose actor
  ``mentions`` are one JSON text of ``[name, kind, count, [aliases], role]`` arrays: only
  writers (the actor aggregation) ever read them, so readers get one string per article
  instead of a dict per mention;
- a claim is ``{"article_id": N, "row": [...]}``, the row holding the values of
  :data:`CLAIM_COLUMNS` in that order (the list is also stored in the ``meta`` table, so the
  file describes itself). The figure as written and its sentence are not copied: they are
  the article text at the claim's offsets, and the row holds them (``text``/``sentence``)
  only in the unexpected case that they differ from those slices.

Schema 1 documents (one dict per mention, claims as flat dicts with their sentence) are
still read, and are rewritten in this layout by the next write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, fields
from functools import cache
from itertools import chain, compress, repeat
from operator import attrgetter, getitem, is_not, itemgetter, lt, ne, sub
from typing import TYPE_CHECKING, Any

import orjson

from store.models import Actor, Article, Claim, Conflict

if TYPE_CHECKING:  # the drafts come from the extractor, which readers of the store never load
    from store.extract.drafts import ArticleDraft, ClaimDraft

CLAIM_COLUMNS: tuple[str, ...] = (
    "topic",
    "start",
    "end",
    "sentence_start",
    "sentence_end",
    "value_low",
    "value_high",
    "qualifier",
    "vague",
    "unit",
    "source",
    "attribution",
    "cue",
    "date",
    "text",
    "sentence",
)
"""The values of a stored claim's ``row``, in order (``text``/``sentence`` are null when they are the
article text at the claim's offsets, as they always are for claims the extractor made)."""

_CLAIM_DEFAULTS: dict[str, Any] = {"vague": False, "attribution": "unattributed"}
_TEXT_AT = CLAIM_COLUMNS.index("text")
_SENTENCE_AT = CLAIM_COLUMNS.index("sentence")


def claim_columns(data: Mapping[str, Any]) -> tuple[str, ...]:
    """The names of the values in the claim rows of the store ``data``, as its ``meta`` table records them."""
    for doc in (data.get("meta") or {}).values():
        if isinstance(doc, dict) and isinstance(doc.get("claim_columns"), list):
            return tuple(doc["claim_columns"])
    return CLAIM_COLUMNS


# -- writing -------------------------------------------------------------------------------


def article_doc(draft: ArticleDraft) -> dict[str, Any]:
    """The stored form of a newly extracted article."""
    return {
        "file": draft.file,
        "text": draft.text,
        "content_hash": draft.content_hash,
        **_flat(draft.meta),
        "mentions": _mentions_text([(m.name, m.kind, m.count, list(m.aliases), m.role) for m in draft.mentions]),
    }


def claim_doc(draft: ClaimDraft, article_id: int, article_text: str) -> dict[str, Any]:
    """The stored form of a newly extracted claim of the article with id ``article_id`` and text ``article_text``."""
    return _claim_row_doc(_flat(draft), article_id, article_text)


def _claim_row_doc(values: Mapping[str, Any], article_id: int, article_text: str) -> dict[str, Any]:
    row = [values.get(name, _CLAIM_DEFAULTS.get(name)) for name in CLAIM_COLUMNS]
    start, end, s_start, s_end = (int(values[k]) for k in ("start", "end", "sentence_start", "sentence_end"))
    if row[_TEXT_AT] == article_text[start:end]:
        row[_TEXT_AT] = None
    if row[_SENTENCE_AT] == article_text[s_start:s_end]:
        row[_SENTENCE_AT] = None
    return {"article_id": article_id, "row": row}


def upgrade_article_doc(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` in the current layout (a schema 1 article's mention dicts become the mentions text)."""
    if isinstance(doc.get("mentions", ""), str):
        return doc
    return {**doc, "mentions": _mentions_text(list(mentions_of(doc)))}


def upgrade_claim_doc(doc: dict[str, Any], article_text: str) -> dict[str, Any]:
    """``doc`` in the current layout (a schema 1 claim's flat dict becomes a row)."""
    if "row" in doc:
        return doc
    return _claim_row_doc(doc, int(doc["article_id"]), article_text)


def _mentions_text(mentions: list[tuple[str, str, int, list[str], str | None]]) -> str:
    return orjson.dumps(mentions).decode()


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def _flat(record: Any) -> dict[str, Any]:
    # The draft records hold only scalars and tuples of strings, so this equals dataclasses.asdict without its
    # recursive deep copy, which was most of the time of writing an ingest.
    return {name: getattr(record, name) for name in _field_names(type(record))}


# -- reading for the writers (aggregation) -------------------------------------------------


Docs = Mapping[str, Mapping[str, Any]]
"""A stored table: document id -> document."""


def mentions_of(doc: Mapping[str, Any]) -> Iterator[tuple[str, str, int, list[str], str | None]]:
    """The actor mentions stored with an article, as ``(name, kind, count, aliases, role)``, in either layout."""
    stored = doc.get("mentions") or ()
    if isinstance(stored, str):
        for name, kind, count, aliases, role in orjson.loads(stored):
            yield name, kind, int(count), aliases, role
        return
    for m in stored:
        yield m["name"], m["kind"], int(m.get("count", 1)), list(m.get("aliases", ())), m.get("role")


def claim_fields(doc: Mapping[str, Any], article: Mapping[str, Any] | None) -> dict[str, Any]:
    """A stored claim as one flat dict of its fields (schema 1's form, which the aggregation reads).

    Args:
        doc: The claim document, in either layout.
        article: The document of its article (for its text and file name).
    """
    if "row" not in doc:
        return dict(doc)
    values = dict(zip(CLAIM_COLUMNS, doc["row"], strict=False))
    text = article.get("text", "") if article else ""
    if values.get("text") is None:
        values["text"] = text[int(values["start"]) : int(values["end"])]
    if values.get("sentence") is None:
        values["sentence"] = text[int(values["sentence_start"]) : int(values["sentence_end"])]
    return {"article_id": int(doc["article_id"]), "file": article.get("file", "") if article else "", **values}


def claim_sources(claims: Docs) -> dict[str, Mapping[str, Any]]:
    """The ``article_id`` and ``source`` of every stored claim (all the actor aggregation reads of a claim)."""
    at = CLAIM_COLUMNS.index("source")
    return {
        key: {"article_id": doc["article_id"], "source": doc["row"][at]} if "row" in doc else doc
        for key, doc in claims.items()
    }


class ClaimFields(Docs):
    """Stored claims seen as flat dicts (:func:`claim_fields`), each made when it is read, so that aggregating
    100,000 claims never holds all their expanded forms at once."""

    def __init__(self, claims: Docs, articles: Docs) -> None:
        self._claims = claims
        self._articles = articles

    def __getitem__(self, key: str) -> dict[str, Any]:
        doc = self._claims[key]
        return claim_fields(doc, self._articles.get(str(doc["article_id"])))

    def __iter__(self) -> Iterator[str]:
        return iter(self._claims)

    def __len__(self) -> int:
        return len(self._claims)


# -- reading into records ------------------------------------------------------------------


def read_claims(
    docs: dict[str, Any],
    articles: Mapping[int, tuple[str, str]],
    source_of: Mapping[int, int],
    conflict_of: Mapping[int, int],
    columns: tuple[str, ...] = CLAIM_COLUMNS,
) -> tuple[dict[int, Claim], bool]:
    """Every stored claim as a record, in reading order (article, then position), consuming ``docs``.

    Args:
        docs: The claims table, in either layout; emptied as it is read, so its memory goes as the records come.
        articles: Article id -> (file, text).
        source_of: Claim id -> id of the actor who is its source.
        conflict_of: Claim id -> id of its conflict group.
        columns: The stored names of the row values (from the store's ``meta``).

    Returns:
        The records in reading order, and whether ``docs`` was in ascending order of claim id.
    """
    if columns != CLAIM_COLUMNS:
        remapped = {k: _remapped(d, columns) for k, d in docs.items()}
        docs.clear()
        docs = remapped
    # JSON parsing makes a new string for every occurrence of a value; sharing the ones that repeat (topics,
    # units, sources, sentences of an article) saves tens of MB at 100,000 claims.
    shared: dict[Any, Any] = {}
    claims: dict[int, Claim] = {}
    # Writers store claims in reading order, by ascending id: sort only a store that is not.
    in_order = by_id = True
    last: tuple[int, int, int] | None = None
    keys = list(docs)
    for at in range(0, len(keys), _BATCH):
        batch_keys = keys[at : at + _BATCH]
        batch = list(map(docs.pop, batch_keys))
        ids = list(map(int, batch_keys))
        made = _row_claims(ids, batch, articles, source_of, conflict_of, shared)
        if made is None:  # schema 1 documents, or rows of another length: one at a time
            made = [
                _one_claim(cid, doc, articles, source_of, conflict_of, shared)
                for cid, doc in zip(ids, batch, strict=True)
            ]
        del batch
        claims.update(zip(ids, made, strict=True))
        order = list(zip(map(_article_id_of, made), map(_start_of, made), ids, strict=True))
        if last is not None:
            order.insert(0, last)
        in_order = in_order and all(map(lt, order, order[1:]))
        by_id = by_id and all(map(lt, map(itemgetter(2), order), map(itemgetter(2), order[1:])))
        last = order[-1]
    if not in_order:
        claims = dict(sorted(claims.items(), key=lambda item: (item[1].article_id, item[1].start, item[0])))
    return claims, by_id


_BATCH = 512
"""Claims converted at a time: the batch's documents and columns are freed before the next batch is read."""
_article_id_of = attrgetter("article_id")
_start_of = attrgetter("start")


def _row_claims(
    ids: list[int],
    docs: list[dict[str, Any]],
    articles: Mapping[int, tuple[str, str]],
    source_of: Mapping[int, int],
    conflict_of: Mapping[int, int],
    shared: dict[Any, Any],
) -> list[Claim] | None:
    """The records of ``docs`` when all are rows of :data:`CLAIM_COLUMNS` (else None), made column by column.

    Each column is converted by ``map`` over C functions (slicing the article texts, sharing repeated
    values through ``shared``), so no Python code runs per claim but the record constructor. ``shared``
    holds only the short values that repeat (topics, sources, dates...): a small dict, quick to probe.
    """
    rows = list(map(dict.get, docs, repeat("row")))
    if None in rows or set(map(len, rows)) != {len(CLAIM_COLUMNS)}:
        return None
    (topic, start, end, s_start, s_end, low, high, qualifier, vague, unit, source, attribution, cue, date,
     figure, sentence) = zip(*rows, strict=True)  # fmt: skip
    del rows
    aids = list(map(int, map(itemgetter("article_id"), docs)))
    stored = list(map(articles.get, aids, repeat(("", ""))))
    texts = list(map(itemgetter(1), stored))
    figures = _stored_or(list(map(getitem, texts, map(slice, start, end))), figure)
    sentences = _stored_or(_sentences(aids, texts, s_start, s_end), sentence)
    del texts
    share = shared.setdefault
    return list(
        map(
            _fast_constructor(Claim),
            ids,
            aids,
            map(itemgetter(0), stored),
            map(share, topic, topic),
            figures,
            sentences,
            start,
            end,
            s_start,
            s_end,
            low,
            high,
            map(share, qualifier, qualifier),
            map(bool, vague),
            map(share, unit, unit),
            map(share, source, source),
            map(source_of.get, ids),
            map(share, attribution, attribution),
            map(share, cue, cue),
            map(share, date, date),
            map(conflict_of.get, ids),
        )
    )


def _sentences(aids: list[int], texts: list[str], starts: Sequence[int], ends: Sequence[int]) -> list[str]:
    """``text[start:end]`` of each claim's article text, sliced once per run of claims of one sentence.

    The claims of a sentence come one after the other, and share one string (tens of MB at 100,000 claims).
    """
    size = len(aids)
    spans = list(zip(aids, starts, ends, strict=True))
    firsts = [0, *compress(range(1, size), map(ne, spans[1:], spans))] if size else []
    del spans
    lengths = map(sub, [*firsts[1:], size], firsts)
    pick = itemgetter(*firsts) if len(firsts) > 1 else (lambda values: tuple(values[i] for i in firsts))
    sliced = map(getitem, pick(texts), map(slice, pick(starts), pick(ends)))
    return list(chain.from_iterable(map(repeat, sliced, lengths)))


def _stored_or(strings: list[str], stored: Sequence[str | None]) -> list[str]:
    """``strings``, but the ``stored`` string wherever there is one (a figure or sentence not at its offsets)."""
    for i in compress(range(len(strings)), map(is_not, stored, repeat(None))):
        strings[i] = stored[i]  # type: ignore[call-overload]
    return strings


def _one_claim(
    cid: int,
    doc: dict[str, Any],
    articles: Mapping[int, tuple[str, str]],
    source_of: Mapping[int, int],
    conflict_of: Mapping[int, int],
    shared: dict[Any, Any],
) -> Claim:
    """The record of one stored claim, in either layout."""
    share = shared.setdefault
    row = doc.get("row")
    if row is None:
        return _v1_claim(cid, doc, share, source_of.get(cid), conflict_of.get(cid))
    aid = int(doc["article_id"])
    (topic, start, end, s_start, s_end, low, high, qualifier, vague, unit, source, attribution, cue, date,
     figure, sentence) = row  # fmt: skip
    file, text = articles.get(aid, ("", ""))
    figure = text[start:end] if figure is None else figure
    sentence = text[s_start:s_end] if sentence is None else sentence
    return _fast_constructor(Claim)(
        cid,
        aid,
        file,
        share(topic, topic),
        share(figure, figure),
        share(sentence, sentence),
        start,
        end,
        s_start,
        s_end,
        low,
        high,
        share(qualifier, qualifier),
        bool(vague),
        share(unit, unit),
        share(source, source),
        source_of.get(cid),
        share(attribution, attribution),
        share(cue, cue),
        share(date, date),
        conflict_of.get(cid),
    )


@cache
def _fast_constructor(cls: type[Any]) -> Callable[..., Any]:
    """A function that makes an instance of the frozen, slotted dataclass ``cls`` from all its fields, in order.

    The same instance as ``cls(*values)``, made about 6x faster (~0.2 s of opening a store of 100,000 claims):
    a frozen dataclass's ``__init__`` sets each field through ``object.__setattr__``, looked up anew for every
    field. This sets the fields on an instance of a mutable twin of ``cls`` (the same slots, so the same
    memory layout), which plain attribute stores do at full speed, then makes it an instance of ``cls``. Like
    :mod:`dataclasses` itself, the function is generated from source text. Only for classes without
    ``__post_init__`` or defaults that need computing.
    """
    names = _field_names(cls)
    if hasattr(cls, "__post_init__") or names != tuple(cls.__slots__) or cls.__bases__ != (object,):
        raise TypeError(f"{cls.__name__}: not a plain slotted dataclass")
    twin = type(f"_Mutable{cls.__name__}", (), {"__slots__": cls.__slots__})
    source = (
        f"def make({', '.join(names)}):\n"
        "    self = _new(_twin)\n"
        + "".join(f"    self.{name} = {name}\n" for name in names)
        + "    self.__class__ = _cls\n"
        "    return self\n"
    )
    namespace: dict[str, Any] = {"_new": object.__new__, "_twin": twin, "_cls": cls}
    exec(source, namespace)  # the source is built above from the dataclass's own field names
    return namespace["make"]


def claim_with_ids(claim: Claim, source_id: int | None, conflict_id: int | None) -> Claim:
    """``claim`` with another source actor id and conflict id (as :func:`dataclasses.replace`, ~3x faster)."""
    values = list(_claim_values(claim))
    values[_SOURCE_ID_AT] = source_id
    values[_CONFLICT_ID_AT] = conflict_id
    return _fast_constructor(Claim)(*values)


_claim_values = attrgetter(*_field_names(Claim))
_SOURCE_ID_AT = _field_names(Claim).index("source_id")
_CONFLICT_ID_AT = _field_names(Claim).index("conflict_id")


def _remapped(doc: dict[str, Any], columns: tuple[str, ...]) -> dict[str, Any]:
    """A row stored with other columns (a later or earlier order), put into :data:`CLAIM_COLUMNS` order."""
    row = doc.get("row")
    if row is None:
        return doc
    values = dict(zip(columns, row, strict=False))
    return {**doc, "row": [values.get(name, _CLAIM_DEFAULTS.get(name)) for name in CLAIM_COLUMNS]}


def _v1_claim(
    cid: int, doc: dict[str, Any], share: Callable[[Any, Any], Any], source_id: int | None, conflict_id: int | None
) -> Claim:
    for name in ("file", "sentence", "date"):  # the values that repeat across the claims of an article
        value = doc.get(name)
        if type(value) is str:
            doc[name] = share(value, value)
    return to_claim(cid, doc, source_id, conflict_id)


def to_article(doc_id: int, doc: Mapping[str, Any], n_claims: int, n_conflicting: int) -> Article:
    get = doc.get
    return _fast_constructor(Article)(
        doc_id,
        doc["file"],
        doc["text"],
        doc["content_hash"],
        get("title"),
        get("outlet"),
        get("author"),
        get("published"),
        get("url"),
        get("language"),
        n_claims,
        n_conflicting,
    )


def to_claim(doc_id: int, doc: Mapping[str, Any], source_id: int | None, conflict_id: int | None) -> Claim:
    return Claim(
        id=doc_id,
        article_id=int(doc["article_id"]),
        file=doc["file"],
        topic=doc["topic"],
        text=doc["text"],
        sentence=doc["sentence"],
        start=int(doc["start"]),
        end=int(doc["end"]),
        sentence_start=int(doc["sentence_start"]),
        sentence_end=int(doc["sentence_end"]),
        value_low=doc.get("value_low"),
        value_high=doc.get("value_high"),
        qualifier=doc.get("qualifier"),
        vague=bool(doc.get("vague", False)),
        unit=doc.get("unit"),
        source=doc.get("source"),
        source_id=source_id,
        attribution=doc.get("attribution", "unattributed"),
        cue=doc.get("cue"),
        date=doc.get("date"),
        conflict_id=conflict_id,
    )


def to_actor(doc_id: int, doc: Mapping[str, Any]) -> Actor:
    return Actor(
        id=doc_id,
        name=doc["name"],
        kind=doc["kind"],
        aliases=tuple(doc.get("aliases", ())),
        role=doc.get("role"),
        articles=tuple(doc.get("articles", ())),
        mentions=int(doc.get("mentions", 0)),
        claims=tuple(doc.get("claims", ())),
    )


def to_conflict(doc_id: int, doc: Mapping[str, Any]) -> Conflict:
    return Conflict(
        id=doc_id,
        topic=doc["topic"],
        claims=tuple(doc.get("claims", ())),
        low=doc.get("low"),
        high=doc.get("high"),
        sources=tuple(doc.get("sources", ())),
        measure=doc.get("measure", ""),
        first_date=doc.get("first_date"),
        last_date=doc.get("last_date"),
    )


def article_json(article: Article) -> dict[str, Any]:
    """The ``articles --json`` form of an article."""
    return {
        "id": article.id,
        "file": article.file,
        "title": article.title,
        "outlet": article.outlet,
        "author": article.author,
        "published": article.published,
        "url": article.url,
        "n_claims": article.n_claims,
    }


def claim_json(claim: Claim) -> dict[str, Any]:
    """The ``claims --json`` form of a claim."""
    return asdict(claim)


def actor_json(actor: Actor) -> dict[str, Any]:
    doc = asdict(actor)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in doc.items()}


def conflict_json(conflict: Conflict) -> dict[str, Any]:
    doc = asdict(conflict)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in doc.items()}
