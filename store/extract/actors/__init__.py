"""Finding actors (people, organisations, places, groups) and merging their aliases.

Deterministic and fast: regular expressions plus the curated gazetteer
(``store/data/gazetteer.json``). An article's actors come from five sources, in
order of trust:

1. gazetteer forms (``Kiev`` -> Kyiv, ``Zelenskyy`` -> Volodymyr Zelensky);
2. descriptions of a country's agencies (``South Korea's spy agency``,
   ``Ukrainian intelligence officials``, ``Western intelligence``), resolved to
   the gazetteer agency of that country and type when there is one;
3. organisation names built on a head word (``... University``, ``... Institute``,
   ``Ministry of ...``);
4. new people, found only where the text marks them as people: after a title
   (``Kremlin spokesperson Dmitri Peskov``), before an appositive role
   (``Andrew Yeo, a senior fellow``) or next to an attribution verb
   (``said Zinberg``, ``Park told Newsweek``);
5. later short forms of the people found (``Zinberg`` -> Yakov Zinberg,
   ``Jong Un`` -> Kim Jong Un, ``Yoon`` -> Yoon Suk-yeol).

Capitalised words without such evidence (``Meanwhile``, ``Both``, ``Download
App``) are never actors.

Metonyms: a capital city stays a place; when it is the subject of a statement
(``Kyiv says``, ``officials in Seoul said``) the attribution stage credits the
country, which stands for its government (so "Moscow says" and "Russia says" are
one claimant). The Kremlin, the Pentagon and the White House are organisations of
their own (the presidency, the defence ministry), not merged into their country:
a reader comparing figures wants to see that a number came from the Kremlin
rather than from, say, the Russian defence ministry. Descriptions of a country's
government ("Ukrainian officials", "South Korean authorities") are credited to
the country.

Modules: ``records`` (Mention, ActorInfo, ActorIndex), ``wordlists`` (word-list and trie-regex helpers),
``tokens`` (name character classes), ``titles`` and ``speech`` (title and speech-verb lists),
``filters`` (words that never name an actor), ``gazetteer`` (the gazetteer vocabulary), ``base`` (the
finder's state and span resolution), ``descriptions`` (agency descriptions), ``organisations``,
``cues`` (what marks a new person), ``candidates`` (trimming a candidate name), ``people``,
``merging`` (aliases and surnames), ``roles`` and ``finder`` (find_actors).
"""

from __future__ import annotations

from store.extract.actors.finder import find_actors
from store.extract.actors.records import ActorIndex, ActorInfo, Mention
from store.extract.actors.speech import SPEECH_VERBS, SPEECH_WORDS
from store.extract.actors.titles import TITLE_WORDS, TITLES

__all__ = ["SPEECH_VERBS", "SPEECH_WORDS", "TITLES", "TITLE_WORDS", "ActorIndex", "ActorInfo", "Mention", "find_actors"]
