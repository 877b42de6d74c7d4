"""Cues for new people: the words around a capitalised run that mark it as a person's name."""

from __future__ import annotations

import re

from store.extract.actors.speech import SPEECH_VERBS
from store.extract.actors.titles import TITLE_WORDS, TITLES
from store.extract.actors.tokens import SP, UP
from store.extract.actors.wordlists import words

PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|near|to|of)\s+$")
APPOSITIVE_AFTER = re.compile(
    rf"{SP}*(?:\([^()\n]{{1,40}}\){SP}*)?,{SP}+(?:who{SP}+(?:is|was){SP}+(?:now{SP}+|also{SP}+)?)?"
    rf"(?:(?:a|an|the){SP}+)?(?:[\w’'-]+{SP}+){{0,4}}?(?i:(?:{TITLES}))\b"
)
VERB_AFTER = re.compile(
    rf"{SP}*(?:\([^()\n]{{1,40}}\){SP}*)?,?{SP}+(?:(?:also|further|later|then|has|had|have|"
    rf"previously|recently|earlier|once|reportedly){SP}+)?(?:{SPEECH_VERBS})\b"
)
OF_ORG_VERB = re.compile(rf"{SP}+(?:of|at|from){SP}+(?:the{SP}+)?(?:[{UP}][\w&’'.-]*{SP}+){{1,6}}(?:{SPEECH_VERBS})\b")
# "Mikhail Orlov, a Moscow-based blogger, wrote": a name, an appositive, then an attribution verb
APPOSITIVE_VERB = re.compile(
    rf"{SP}*,[^,.;:\"“”„«»\n]{{3,150}},{SP}*(?:(?:also|further|later|then|has|had|have|previously|recently|"
    rf"earlier){SP}+)?(?:{SPEECH_VERBS})\b"
)
# words that, just before a name, make it a speaker ("said Zinberg", "Estimates Chris Monday")
VERB_BEFORE_WORDS = words(
    """
    said says added adds warns warned estimates estimated explains explained argued argues wrote writes noted notes
    emphasized emphasised emphasizes emphasises stressed summarizes summarises summarized summarised predicted
    commented insisted concluded continued asked replied replies believes cautioned observed
    """
)
VERB_BEFORE_PAIRS = frozenset({"according to", "told by"})
TITLE_CUES = frozenset(w.rstrip(".") for w in TITLE_WORDS if " " not in w)
