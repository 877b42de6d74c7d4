"""The extraction pipeline: metadata, sentences, actors, figures, topics, attribution.

Each stage lives in its own module; this one only wires them together. Every
claim keeps the exact character offsets of its figure and sentence in the
article text, so ``text[start:end]`` gives back the figure as written.
"""

from __future__ import annotations

import hashlib

from store.extract.actors import find_actors
from store.extract.attribution import Attributor
from store.extract.dates import sentence_date
from store.extract.drafts import ArticleDraft, ClaimDraft
from store.extract.figures import find_figures
from store.extract.metadata import parse_metadata
from store.extract.sentences import split_sentences
from store.extract.topics import Classifier
from store.sanitize import clean


def extract_article(text: str, file: str) -> ArticleDraft:
    """Extract metadata, figure claims and actor mentions from one article's text."""
    # The stages read a copy with terminal control blanked out: same length, so offsets hold, but the digits of
    # an escape sequence ("ESC[31m", "ESC]52;...") are not figures. Claims still quote the stored text.
    scan = clean(text, keep_offsets=True)
    meta, body_start = parse_metadata(scan, file)
    sentences = split_sentences(scan, body_start)
    actors = find_actors(scan, sentences)
    attributor = Attributor(scan, sentences, actors, outlet=meta.outlet)
    classifier = Classifier(scan, sentences)
    claims: list[ClaimDraft] = []
    for index, (s_start, s_end) in enumerate(sentences):
        for figure in find_figures(scan, s_start, s_end):
            topic = classifier.classify(index, figure)
            if topic is None:
                continue
            who = attributor.source_of(index, figure)
            claims.append(
                ClaimDraft(
                    topic=topic.topic,
                    unit=topic.unit,
                    text=text[figure.start : figure.end],
                    sentence=text[s_start:s_end],
                    start=figure.start,
                    end=figure.end,
                    sentence_start=s_start,
                    sentence_end=s_end,
                    value_low=figure.low,
                    value_high=figure.high,
                    qualifier=figure.qualifier,
                    vague=figure.vague,
                    source=who.source,
                    attribution=who.attribution,
                    cue=who.cue,
                    date=sentence_date(scan[s_start:s_end], meta.published),
                )
            )
    return ArticleDraft(
        file=file,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        meta=meta,
        claims=tuple(claims),
        mentions=actors.mentions(),
    )
