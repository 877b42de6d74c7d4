"""Deciding what a figure counts and which topic of the taxonomy it belongs to.

The taxonomy is data (``store/data/topics.json``), the logic here is generic:

1. **What is counted** (the ``unit``): the noun phrase after the figure ("6,000 *military
   engineers and workers*"), skipping quotes and modifiers that say nothing about the kind of
   thing ("more", "new", "North Korean", model names such as "M1989 Koksan"); "containers *of
   ammunition*" follows ``of`` after a measure noun; "and" joins only nouns of compatible
   families ("shells and missiles", not "soldiers and wounded 47"). An unknown noun ("50
   kilometres", "two days") means the figure counts something else. With no noun after the
   figure the unit is taken, in this order, from the nearest earlier figure of the sentence
   (the partitive "of the 11,000 soldiers ..., about 6,000 have been killed", "of which
   3,000"), from a lexicon noun later in the clause after a pronoun ("thousands of them who
   are lumberjacks"), from a casualty or desertion word right after it ("1,000 killed"), from
   the last lexicon noun before it in its zone ("their losses are high - about 4,000"), from
   the figures or nouns of the two previous sentences, and last from a troop-moving verb right
   after it ("tens of thousands more could be sent"). Money is counted in its currency, with
   its rate ("dollars a month").
2. **Which family** the head noun belongs to (``families``: troops, builders, people,
   casualties, deserters, volunteers, workers, money, munitions:<kind>); a family maps to a
   topic or to the decision below (``family_topics``). No family -> the figure is not about
   the subject and ``classify`` returns None.
3. **Cues** (``cues``, regular expressions in lower case, matched on the lower-cased text).
   A figure's *zone* runs from the previous counted figure's unit to the next counted figure,
   its *clause* is the part of the zone between punctuation or conjunctions ("as", "while",
   "but" ...), so two figures of one sentence are judged apart. In order: a casualty word in
   the clause makes troops casualties unless a pledged/deployed cue is nearer to the figure;
   desertion words make deserters, mobilisation words mobilization; then the nearest strong
   timing cue of the clause, else of the zone (``pledged``: will send, promised, preparing to
   send, heading to, asked for ...; ``modal``: would/could/may ...; ``deployed``: already, so
   far, sent, arrived, stationed ...); a unit inherited from an earlier figure of the sentence
   inherits its topic; a weak cue (``pledged_weak``: additional, more, another) makes it
   pledged; else ``default_pledged_families`` (sappers, builders) are pledged and the rest
   deployed. ``need_cue_families`` ("people") count only with a cue; ``family_cues`` name a cue a family
   needs in its clause (ordnance counts only when cleared, defused or found: not "12 coal mines").
4. **Whose**: casualties are Russian when the party named nearest before the figure that
   bears losses (``loss_words``: "Russia has lost", "Moscow, which has suffered") is Russian
   and the unit does not say North Korean; troops called Russian or Ukrainian, or deployed by
   Russia ("Russia has amassed 50,000 troops", ``deploy_verbs``) when the clause does not name
   the subject, are not about the subject.
5. A figure cited only to be doubted ("one should not conclude that 12,000 ...", ``doubt``
   cues before it in its zone) is no claim; "the three", a bare "One," point back and are none;
   nor is a rule's limit (``limit_before``: "a cap of 500,000 barrels"), drones or missiles fired
   or shot down in a strike report (``attack`` cues) when neither the sentence nor the unit names
   the subject or one of its weapon models (``subject_weapons``), or a percentage or fraction of
   something else (``unrelated_share``: growth, inflation, approval ratings), or a sum of the economy
   (``unrelated_money``: trade, exports, GDP, budgets) with nothing of arms or pay (``money_ties``) near it.
6. Wording: an aside between a figure and its verb ("Twelve, officials said, were captured",
   "two soldiers, aged 20 and 26, were captured") does not end the figure's clause; a casualty
   word right before a bracketed or listed figure is its unit ("killed (1,200)"); "people" who
   work ("North Koreans who work on building sites", "crews of 1,000 people", citizens entering Russia
   "declaring study or work", citizens or nationals who "entered Russia") are workers.
7. Anaphora: a figure with no noun of its own that refers back to the count of the sentence before ("Ukraine's
   intelligence puts the figure at 12,000", "Kyiv's estimate is higher, at 4,000", "captured three others")
   takes that count's unit *and topic* unless its own clause has a timing or casualty cue; "up from the 3,000
   it had cited", "up from 1,200 the year before" compare with the count before them ("the three" alone still
   points back and is none); a participle after a figure ("thousands more following") is no counted noun; a
   share "of capacity/production/output" after a munitions noun is munitions.
   Whose losses: a place is not a party that bears losses ("troops in Russia, fighting for Russia, have
   suffered 300 dead": the troops'); a possessor right before a figure owns it ("Russia's losses at 40,000
   and North Korea's at 4,000"); "12 people" killed, with no word of the subject in the sentence, are
   anyone's (a strike on a city), not the subject's; soldiers who surrendered count as captured.
   An absolute "with" phrase elaborating a pledge ("is expected to send reinforcements, with 1,500 already
   training in the Far East") takes the pledge's timing: training there is progress on the pledge.
   The verb that governs a figure decides, not a participle describing its noun: in "4,000 of the 11,000
   troops sent to Kursk were killed" the part (which counts what the whole counts) takes the verb after the
   whole and the whole only its participle; in "soldiers deployed to Kursk have been killed" the reduced
   relative only describes the soldiers. A share in apposition ("4,000 soldiers, or about a third of its contingent")
   shares the count's topic; "Pyongyang is sending thousands more" counts troops (the subject moves them).
8. Figures of the same war outside the taxonomy go under ``other`` rather than being dropped, because a
   fact-checker comparing these articles needs them: Ukraine's losses (usually as Moscow claims them, "Ukraine
   had lost 26,000 troops in Kursk") and demining counts (the ``ordnance`` family: mines, explosive devices
   cleared). Only counted nouns of the lexicon qualify, so homes, villages or kilometres stay out.

Replacing the taxonomy: set ``NKRU_TUI_TOPICS`` to a JSON file of the same shape, or put a
``topics.json`` in the user config directory (``platformdirs.user_config_dir("nkru-tui")``,
e.g. ``~/.config/nkru-tui/topics.json``). The environment variable wins over the config
file, which wins over the bundled default.

Modules: ``records`` (Topic, Unit), ``taxonomy`` (loading the replaceable topics file), ``context`` (per-sentence
figures, cues and parties), ``base`` (the state every part shares), ``clauses`` (zones, clauses and the governing
verb), ``lexicon`` (lexicon nouns in a run of words), ``units`` (the counted noun after a figure), ``workers``
(people who work), ``references`` (units from the context, back-references), ``timing`` (casualties, deserters,
mobilization, pledged or deployed), ``ownership`` (whose losses, whose troops), ``subject`` (off-subject strikes
and economic sums) and ``classify`` (the Classifier and ``classify``).
"""

from store.extract.topics.classify import Classifier, classify
from store.extract.topics.records import Topic
from store.extract.topics.taxonomy import Taxonomy, load_taxonomy, taxonomy_path

__all__ = ["Classifier", "Taxonomy", "Topic", "classify", "load_taxonomy", "taxonomy_path"]
