"""Speech and belief verbs (``said``, ``estimated``, ``pointed out``), as a word list and a regex."""

from __future__ import annotations

from store.extract.actors.wordlists import trie_regex

SPEECH_WORDS = """said|says|say|told|tells|added|adds|announced|announces|stated|states|estimated|estimates|
believes|believed|claimed|claims|reported|reports|confirmed|confirms|warned|warns|predicted|predicts|noted|notes|
explained|explains|emphasized|emphasised|emphasizes|emphasises|stressed|stresses|argued|argues|wrote|writes|assessed|
assesses|acknowledged|acknowledges|insisted|insists|revealed|reveals|disclosed|discloses|indicated|indicates|
suggested|suggests|thinks|thought|expects|expected|asserted|asserts|assured|assures|described|describes|commented|
comments|summarizes|summarises|summarized|summarised|agrees|agreed|replied|replies|observed|observes|cautioned|
cautions|recalled|recalls|concluded|concludes|continued|continues|alleged|alleges|floated|accused|accuses|testified|
briefed|informed|calculated|counted|put it|pointed out|points out|maintained|maintains|speculated|speculates|voiced|
mentioned|mentions|discusses|discussed|posted|announcing|adding|saying|noting|claiming|estimating|reporting|warning|
confirming|stating|explaining""".replace("\n", "").split("|")
SPEECH_VERBS = trie_regex(sorted(SPEECH_WORDS, key=len, reverse=True))
