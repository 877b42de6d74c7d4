"""Attribution: who asserts a figure, within a sentence and across sentence boundaries.

Table-driven on short news-style passages written for these tests (names of new
people are invented on purpose, so they must be found without the gazetteer).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.extract.actors import find_actors
from store.extract.attribution import Attributor, Who
from store.extract.figures import Figure, find_figures
from store.extract.names import actor_key
from store.extract.pipeline import extract_article
from store.extract.sentences import split_sentences


def who_asserts(text: str, figure: str, occurrence: int = 0) -> Who:
    """The claimant the attribution stage gives ``figure`` (its ``occurrence``-th appearance) in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(figure, start + 1)
    sentences = split_sentences(text, 0)
    index = next(i for i, (s, e) in enumerate(sentences) if s <= start < e)
    attributor = Attributor(text, sentences, find_actors(text, sentences))
    found = [f for f in find_figures(text, *sentences[index]) if f.start <= start < f.end]
    return attributor.source_of(index, found[0] if found else Figure(start, start + len(figure), None, None))


CASES = [
    # (id, passage, figure, expected source, expected attribution, expected cue)
    (
        "said-that",
        "Defence analyst Marta Kowalska said that 4,000 more soldiers were on their way.",
        "4,000",
        "Marta Kowalska",
        "indirect",
        "said",
    ),
    (
        "trailing-said",
        "Some 2,500 engineers have crossed the border since May, the Pentagon said on Tuesday.",
        "2,500",
        "Pentagon",
        "indirect",
        "said",
    ),
    (
        "inverted-said",
        "About 900 of them are sappers, said Tomas Berg, a researcher at the Nordic Security Institute.",
        "900",
        "Tomas Berg",
        "indirect",
        "said",
    ),
    (
        "according-to",
        "According to the Institute for the Study of War, 1,500 troops were moved to the front.",
        "1,500",
        "Institute for the Study of War",
        "reported",
        "According to",
    ),
    (
        "present-says",
        "Ukraine says 300 soldiers from the North Korean contingent have been killed.",
        "300",
        "Ukraine",
        "indirect",
        "says",
    ),
    (
        "capital-as-government",
        "Seoul believes another 5,000 men could follow by spring.",
        "5,000",
        "South Korea",
        "indirect",
        "believes",
    ),
    (
        "quote-then-speaker",
        "“They have already lost 1,200 men in three weeks,” said Pavel Hrubý, a military historian.",
        "1,200",
        "Pavel Hrubý",
        "direct quote",
        "said",
    ),
    (
        "quote-pronoun-next-sentence",
        "Retired colonel Anders Lindqvist has followed the deployment closely. "
        "“We count at least 700 wounded,” he told reporters in Stockholm.",
        "700",
        "Anders Lindqvist",
        "direct quote",
        "told",
    ),
    (
        "colon-before-quote",
        'Lindqvist warns: "Another 3,000 men are training near Vladivostok."',
        "3,000",
        "Lindqvist",
        "direct quote",
        "warns",
    ),
    (
        "quote-continues-across-sentences",
        "Colonel Ivan Petrenko described the fighting to reporters. "
        "“We counted 300 bodies after the assault. Another 150 were taken prisoner,” Petrenko said.",
        "150",
        "Ivan Petrenko",
        "direct quote",
        "said",
    ),
    (
        "he-added",
        "Analyst Jana Novak said the first units arrived in October. He added that 2,000 more were expected.",
        "2,000",
        "Jana Novak",
        "indirect",
        "added",
    ),
    (
        "the-agency-said",
        "South Korea's National Intelligence Service briefed lawmakers on Thursday. "
        "The agency said 1,000 artillery containers had been shipped.",
        "1,000",
        "National Intelligence Service",
        "indirect",
        "said",
    ),
    (
        "the-newspaper-reported",
        "The Financial Times spoke to three officials in Kyiv. "
        "The newspaper reported that 600 North Korean soldiers had been wounded.",
        "600",
        "Financial Times",
        "indirect",
        "reported",
    ),
    (
        "the-diplomat-added",
        "Ri Song-chol, a former diplomat who defected in 2019, followed the talks. "
        "“Pyongyang could send 20,000 more,” the diplomat added.",
        "20,000",
        "Ri Song-chol",
        "direct quote",
        "added",
    ),
    (
        "chain-citing",
        "Reuters, citing South Korea's spy agency, reported that 1,500 special forces had left Chongjin.",
        "1,500",
        "National Intelligence Service",
        "reported",
        "citing",
    ),
    (
        "chain-citing-after-verb",
        "Yonhap reported, citing the NIS, that 400 workers had been sent to building sites.",
        "400",
        "National Intelligence Service",
        "reported",
        "citing",
    ),
    (
        "reportedly",
        "Nearly 200 soldiers are reportedly being treated in Moscow hospitals.",
        "200",
        None,
        "reported",
        "reportedly",
    ),
    (
        "intelligence-reports-suggest",
        "Western intelligence reports suggest that about 1,000 have been killed.",
        "1,000",
        "Western intelligence",
        "indirect",
        "suggest",
    ),
    (
        "unattributed",
        "The first 3,000 soldiers arrived in Vladivostok by ship in October.",
        "3,000",
        None,
        "unattributed",
        None,
    ),
    (
        "list-then-source",
        "12,000 troops, 3,000 casualties, 40 prisoners. These figures come from Ukrainian military intelligence, "
        "which did not say how it obtained them.",
        "3,000",
        "Ukrainian military intelligence",
        "reported",
        "come from",
    ),
    (
        "headline-restated-with-source",
        "5,000 more troops for Russia?\nThe Japanese defence ministry said 5,000 more troops were being prepared.",
        "5,000",
        "Japanese defence ministry",
        "indirect",
        "said",
    ),
    (
        "outer-speaker-wins",
        "Ukrainian President Volodymyr Zelensky said Kyiv expects 40,000 more North Korean troops.",
        "40,000",
        "Volodymyr Zelensky",
        "indirect",
        "said",
    ),
    (
        "subordinate-clause-before-complement",
        "Although state television showed only 12 coffins, Ukrainian officials believe that 400 have died.",
        "12",
        None,
        "unattributed",
        None,
    ),
    (
        "negated-verb-is-no-claim",
        "Moscow has not confirmed that 10,000 North Korean troops are in Russia.",
        "10,000",
        None,
        "unattributed",
        None,
    ),
    (
        "said-nothing-is-no-claim",
        "The Kremlin has said nothing about the 12,000 troops.",
        "12,000",
        None,
        "unattributed",
        None,
    ),
    (
        "possessive-count",
        "By the Pentagon's count, 1,000 North Korean soldiers were killed or wounded in a week.",
        "1,000",
        "Pentagon",
        "reported",
        "count",
    ),
    (
        "study-by",
        "The study by the Korea Institute for Defense Analyses estimated that Pyongyang earned $20 billion.",
        "$20 billion",
        "Korea Institute for Defense Analyses",
        "indirect",
        "estimated",
    ),
    (
        "impersonal-passive",
        "The NIS briefed lawmakers on Monday. It is estimated that 10,000 more could be sent.",
        "10,000",
        None,
        "reported",
        "estimated",
    ),
    (
        "owned-update-put-at",
        "The Ukrainian General Staff's daily update put Russian losses at 1,500 over the past day.",
        "1,500",
        "General Staff of the Armed Forces of Ukraine",
        "reported",
        "update",
    ),
    (
        "description-must-fit",
        "South Korea's Unification Ministry declined to comment. Russian state news agency TASS, quoting the "
        "defence ministry, said Ukraine had lost about 76,000 troops in Kursk.",
        "about 76,000",
        "defence ministry",
        "reported",
        "quoting",
    ),
    (
        "inverted-any-speech-verb",
        "« More than 3,000 North Korean soldiers are already there », assures Kyrylo Budanov.",
        "More than 3,000",
        "Kyrylo Budanov",
        "direct quote",
        "assures",
    ),
    (
        "headline-speaker-colon",
        "Budanov: North Korea has lost 4,000 soldiers in Kursk",
        "4,000",
        "Kyrylo Budanov",
        "indirect",
        ":",
    ),
    (
        "unnamed-official",
        "A senior US official said 1,000 North Korean soldiers had been killed or wounded.",
        "1,000",
        "US official",
        "indirect",
        "said",
    ),
    (
        "unnamed-then-definite",
        "A Ukrainian commander spoke to the BBC near the front. "
        "The commander said his unit had killed about 150 North Koreans.",
        "150",
        "Ukrainian commander",
        "indirect",
        "said",
    ),
    (
        "appositive-with-commas",
        "Kyrylo Budanov, the head of Ukraine's military intelligence agency, HUR, told reporters that "
        "11,000 soldiers had been deployed.",
        "11,000",
        "Kyrylo Budanov",
        "indirect",
        "told",
    ),
    (
        "object-of-preposition-is-not-speaker",
        "Our analysis of documents leaked to Ukrainian media suggests 12,000 personnel took part.",
        "12,000",
        None,
        "unattributed",
        None,
    ),
    (
        "it-said",
        "South Korea's military said North Korea was preparing more troops. "
        "It said on Monday that 1,100 North Korean soldiers had been killed or wounded.",
        "1,100",
        "Joint Chiefs of Staff",
        "indirect",
        "said",
    ),
    (
        "told-names-the-listener",
        "A spokesperson for Ukraine’s military intelligence, Andriy Yusov, told the Kyiv Independent that 12,000 "
        "were in Kursk.",
        "12,000",
        "Andriy Yusov",
        "indirect",
        "told",
    ),
    (
        "agency-relayed-by-a-lawmaker",
        "Lee Sung-kweun, a member of parliament's intelligence committee, said the NIS believed 3,000 more had been "
        "sent.",
        "3,000",
        "National Intelligence Service",
        "indirect",
        "believed",
    ),
    (
        "officials-in-capital",
        "Officials in Seoul said that 2,500 more could be sent.",
        "2,500",
        "South Korea",
        "indirect",
        "said",
    ),
    (
        "bare-experts",
        "Experts estimate that up to 100,000 could eventually be sent.",
        "up to 100,000",
        "experts",
        "indirect",
        "estimate",
    ),
    (
        "estimates-by-put-the-number",
        "Estimates by South Korean intelligence put the number at 12,000.",
        "12,000",
        "National Intelligence Service",
        "indirect",
        "put the number",
    ),
    (
        "analysts-at-organisation",
        "Analysts at the Center for Strategic and International Studies estimate that 40,000 shells a day are fired.",
        "40,000",
        "Center for Strategic and International Studies",
        "indirect",
        "estimate",
    ),
    (
        "inverted-unnamed-official",
        "“There could be as many as 100,000,” said one senior official.",
        "100,000",
        "official",
        "direct quote",
        "said",
    ),
    (
        "passive-by",
        "The deployment, estimated at 10,000 to 12,000 soldiers by Seoul, began in October.",
        "10,000 to 12,000",
        "South Korea",
        "reported",
        "estimated by",
    ),
    (
        "given-by",
        "The figure of 8,000 was given by the Pentagon on Thursday.",
        "8,000",
        "Pentagon",
        "reported",
        "given by",
    ),
    (
        "quote-paragraph-continues",
        'Zelensky said on Telegram: "We are seeing more North Korean soldiers at the front."\n\n'
        '"Already 3,000 of them have been killed or wounded."',
        "3,000",
        "Volodymyr Zelensky",
        "direct quote",
        None,
    ),
    (
        "as-clause-has-its-own-speaker",
        "About 300 North Korean soldiers have been killed, South Korea's spy agency said, as Ukraine said it had "
        "captured two of them.",
        "two",
        "Ukraine",
        "indirect",
        "said",
    ),
    (
        "definite-description-matches-role",
        "Ukrainian President Volodymyr Zelensky spoke after Kim Jong Un inspected a missile factory. "
        "The Ukrainian president said 3,000 North Korean soldiers had been killed or wounded.",
        "3,000",
        "Volodymyr Zelensky",
        "indirect",
        "said",
    ),
    (
        "outlet-named-by-kind",
        "Citing a leaked document, Ukrainian outlet Militarnyi reported that 4,000 had arrived.",
        "4,000",
        "Militarnyi",
        "indirect",
        "reported",
    ),
    (
        "quoted-as-saying",
        "Russia's TASS news agency quoted Shoigu as saying that 6,000 would be sent.",
        "6,000",
        "Sergei Shoigu",
        "reported",
        "quoted",
    ),
    (
        "organisation-inside-description",
        "Pyongyang's official KCNA news agency said 800,000 young people had volunteered.",
        "800,000",
        "KCNA",
        "indirect",
        "said",
    ),
    (
        "thats-according-to",
        "North Korean losses so far: 4,000 killed, 200 captured. That's according to Ukraine's military intelligence.",
        "200",
        "Ukrainian military intelligence",
        "reported",
        "according to",
    ),
    (
        "list-under-introduction",
        "Ukraine's General Staff gave these figures for North Korean units:\n- 1,200 killed\n- 48 captured\n",
        "48",
        "General Staff of the Armed Forces of Ukraine",
        "indirect",
        "gave these figures",
    ),
    (
        "headline-dash-source",
        "North Korea has lost 4,000 troops in Kursk – Zelensky\n\nThe president spoke on Monday.",
        "4,000",
        "Volodymyr Zelensky",
        "indirect",
        "–",
    ),
    (
        "quoted-by-outlet-as-saying",
        "Defence analyst Jin Ha-seong spoke after the briefing. He was quoted by Yonhap as saying that 3,000 "
        "more troops were ready.",
        "3,000",
        "Jin Ha-seong",
        "indirect",
        "quoted",
    ),
    (
        "according-to-his-estimates",
        "Colonel Taras Melnyk commands a drone unit near Sudzha. About 300 North Koreans have died there, "
        "according to his estimates.",
        "About 300",
        "Taras Melnyk",
        "reported",
        "according to",
    ),
    (
        "quote-then-according-to",
        "“At least 500 of them were killed in a single week,” according to Maria Avdeeva, a security analyst.",
        "500",
        "Maria Avdeeva",
        "direct quote",
        "according to",
    ),
    (
        "relative-clause-subject",
        "The estimate matches that of the National Intelligence Service, which told lawmakers last month that some "
        "300 had been killed.",
        "300",
        "National Intelligence Service",
        "indirect",
        "told",
    ),
    (
        "unconfirmed-reports",
        "The Unification Ministry said that it could not confirm reports that 1,000 construction workers had left.",
        "1,000",
        None,
        "reported",
        "reports that",
    ),
    (
        "shared-surname-goes-to-the-nearest",
        "Rep. Kim Byung-joo spoke first. Kim Yeol-soo, a senior researcher at the Korea Institute for Military "
        "Affairs, disagreed. According to Kim, Pyongyang earns $2,000 per soldier a month.",
        "$2,000",
        "Kim Yeol-soo",
        "reported",
        "According to",
    ),
    (
        "according-to-an-unnamed-official",
        "Pyongyang has sent as many as 3,000 more troops, according to a US official familiar with the latest "
        "intelligence. The official, who was not authorized to speak publicly, said 4,000 had been killed or wounded.",
        "4,000",
        "US official",
        "indirect",
        "said",
    ),
    (
        "unnamed-subject-with-relative-clause",
        "A Ukrainian soldier who fought near Sudzha told CNN his unit had captured two North Koreans.",
        "two",
        "Ukrainian soldier",
        "indirect",
        "told",
    ),
    (
        "coordinated-subjects",
        "The US, South Korea and Ukraine all say North Korea has sent about 11,000 to 12,000 soldiers.",
        "about 11,000 to 12,000",
        "United States",
        "indirect",
        "say",
    ),
    (
        "the-think-tank",
        "Park Ji-hoon is a fellow at the Sejong Institute. The think tank estimated that 2,000 North Koreans were "
        "wounded.",
        "2,000",
        "Sejong Institute",
        "indirect",
        "estimated",
    ),
    (
        "the-broadcaster",
        "Zelensky gave an interview to South Korean broadcaster KBS. The broadcaster reported that 11,000 troops "
        "were in Kursk.",
        "11,000",
        "KBS",
        "indirect",
        "reported",
    ),
    (
        "amid-reports",
        "State media said 800,000 young people had volunteered, amid reports that thousands of labourers "
        "are also being sent.",
        "thousands",
        None,
        "reported",
        "amid reports",
    ),
    (
        "passive-believed-then-trailing-speaker",
        "Pyongyang is believed to have shipped 2,000 more artillery crews to the front, the NIS said on Friday.",
        "2,000",
        "National Intelligence Service",
        "indirect",
        "said",
    ),
    (
        "owner-of-statement",
        "Ukraine's defence ministry published new figures on Sunday. The ministry's statement said 1,400 "
        "soldiers had been wounded.",
        "1,400",
        "Ukrainian Ministry of Defence",
        "reported",
        "statement",
    ),
    (
        "pronoun-owner-of-assessment",
        "The Institute for the Study of War tracks the fighting closely. Its latest assessment found that 700 "
        "soldiers had died near Sudzha.",
        "700",
        "Institute for the Study of War",
        "reported",
        "assessment",
    ),
    (
        "officials-who-spoke-anonymously",
        "Some 1,300 soldiers have been pulled back, officials who requested anonymity told reporters.",
        "1,300",
        "officials",
        "indirect",
        "told",
    ),
    (
        "lawmaker-briefed-by-agency",
        "South Korea's spy agency met the intelligence committee on Thursday. Roughly 2,200 soldiers were hurt, "
        "a lawmaker briefed by the agency said.",
        "2,200",
        "National Intelligence Service",
        "indirect",
        "said",
    ),
    (
        "chain-citing-lawmaker-briefed-by",
        "South Korea's spy agency met the intelligence committee on Thursday. The Korea Herald, citing a lawmaker "
        "briefed by the agency, reported that 2,200 soldiers were hurt.",
        "2,200",
        "National Intelligence Service",
        "reported",
        "citing",
    ),
    (
        "citing-sources-in-an-organisation",
        "Radio Free Asia, citing sources in the Russian military, said 600 of the soldiers were sappers.",
        "600",
        "Russian military sources",
        "reported",
        "citing",
    ),
    (
        "adjective-sources",
        "Another 900 workers arrived in Vladivostok in March, diplomatic sources said.",
        "900",
        "diplomatic sources",
        "indirect",
        "said",
    ),
    (
        "think-tank-headline",
        "Moscow think tank: 5,000 builders to follow the troops\n\nThe Valdai Institute for Eurasian Studies said "
        "on Monday that the builders would leave in spring.",
        "5,000",
        "Valdai Institute for Eurasian Studies",
        "indirect",
        ":",
    ),
    (
        "he-after-newly-introduced-person",
        "Oleksandr Syrskyi said the front had held.\n\nA drone operator with the 95th Brigade, who gave only his "
        "call sign, described the attack. He said 250 soldiers crossed the river.",
        "250",
        "drone operator",
        "indirect",
        "said",
    ),
    (
        "live-blog-entry-resets-carry-over",
        "Oleksandr Syrskyi said the front had held.\n\n16:40\n\nAbout 250 soldiers crossed the river, he added.",
        "250",
        None,
        "unattributed",
        None,
    ),
    (
        "pronoun-owner-puts-number-at",
        "The Institute for the Study of War updated its map on Sunday. Its latest estimates put the number of "
        "engineers at 1,800.",
        "1,800",
        "Institute for the Study of War",
        "reported",
        "estimates",
    ),
    (
        "passive-judged-by",
        "South Korea's spy agency briefed parliament. The number of labourers was judged by the agency to be "
        "close to 15,000.",
        "15,000",
        "National Intelligence Service",
        "reported",
        "judged by",
    ),
    (
        "coordinated-demonyms-officials",
        "US and South Korean officials estimate that 2,300 more engineers are on their way.",
        "2,300",
        "United States",
        "indirect",
        "estimate",
    ),
    (
        "closing-speaker-beats-reported-subject",
        "Pyongyang has told Moscow it will send 2,400 more engineers, Japan's defence ministry said on Friday.",
        "2,400",
        "Japanese defence ministry",
        "indirect",
        "said",
    ),
    (
        "unnamed-officer-with-unit-after-quote",
        'Oleksandr Syrskyi visited the front.\n\n"They lost 450 men in two days," a Ukrainian officer with the '
        "80th Brigade told reporters.",
        "450",
        "Ukrainian officer",
        "direct quote",
        "told",
    ),
    (
        "indefinite-think-tank-speaker",
        "The Korea Institute for Defense Analyses published its outlook on Monday.\n\nPyongyang could send up to "
        "8,000 more engineers this year, a South Korean state-funded think tank said.",
        "8,000",
        "Korea Institute for Defense Analyses",
        "indirect",
        "said",
    ),
    (
        "the-report-said-is-its-author",
        'The Stimson Center released a long study on Thursday.\n\n"The pressure on Pyongyang is growing," the '
        "report said, adding that 900 more workers could follow.",
        "900",
        "Stimson Center",
        "indirect",
        "said",
    ),
    (
        "analysis-based-on-material",
        "A new RUSI analysis, based on Ukrainian unit reporting, estimated that 1,700 soldiers had died.",
        "1,700",
        "RUSI",
        "reported",
        "analysis",
    ),
    (
        "person-of-party",
        "Rep. Hwang Min-jae of the opposition Democratic Party said 350 soldiers had been captured.",
        "350",
        "Hwang Min-jae",
        "indirect",
        "said",
    ),
    (
        "it-put-after-published",
        "The Joint Chiefs of Staff published its weekly figures on Friday. Moscow has moved reserves west. Fighting "
        "continued near Sudzha. It put the number of engineers at 2,100.",
        "2,100",
        "Joint Chiefs of Staff",
        "indirect",
        "put the number",
    ),
    (
        "the-estimate-is-its-author",
        "The Royal United Services Institute briefed reporters on Monday. The estimate puts the number of labourers "
        "at 7,500.",
        "7,500",
        "RUSI",
        "indirect",
        "puts the number",
    ),
    (
        "unmarked-breakdown-lines",
        "The Pentagon published what it says is its tally of losses:\n\nKilled: 1,900\nWounded: 3,300\n",
        "3,300",
        "Pentagon",
        "reported",
        "tally",
    ),
    (
        "place-line-is-not-a-speaker",
        "Kursk: 1,300 soldiers have crossed into the region.",
        "1,300",
        None,
        "unattributed",
        None,
    ),
    (
        "dash-aside-before-verb",
        "The Pentagon — which has been cautious about casualty estimates — said 640 soldiers had been wounded.",
        "640",
        "Pentagon",
        "indirect",
        "said",
    ),
    (
        "relative-clause-with-commas-before-verb",
        "South Korea's spy agency met the committee. The agency, which on Friday briefed lawmakers, who had asked "
        "for details, said 1,250 soldiers had been wounded.",
        "1,250",
        "National Intelligence Service",
        "indirect",
        "said",
    ),
    (
        "breakdown-after-tally-sentence",
        "Ukraine's special forces published what they say is their tally.\n1) 170 soldiers killed\n2) 260 wounded\n",
        "260",
        "Special Operations Forces of Ukraine",
        "reported",
        "tally",
    ),
    (
        "phrase-quote-does-not-inherit",
        'Budanov spoke to reporters on Friday.\n\nNorth Korea has shipped what analysts describe as "a steady '
        'stream of about 900 engineers" to the border.',
        "900",
        None,
        "unattributed",
        None,
    ),
    (
        "comparison-is-not-an-origin",
        "About 4,700 soldiers were sent in the spring. The figures are higher than those given by the Pentagon.",
        "4,700",
        None,
        "unattributed",
        None,
    ),
    (
        "what-x-calls",
        'Pyongyang has sent what Kyiv calls "a second wave of at least 2,600 soldiers" to the front.',
        "2,600",
        "Ukraine",
        "direct quote",
        "calls",
    ),
    (
        "persons-office-said",
        "President Rumen Velkov's office said that 320 soldiers had been captured.",
        "320",
        "Rumen Velkov",
        "indirect",
        "said",
    ),
    (
        "according-to-people-familiar",
        "Roughly 1,600 engineers have crossed the border, according to people familiar with the matter.",
        "1,600",
        "people familiar with the matter",
        "reported",
        "according to",
    ),
    (
        "coordinated-capitals-not-a-place-before",
        "Most of the 5,500 soldiers are in Kursk, Kyiv and Seoul have said.",
        "5,500",
        "Ukraine",
        "indirect",
        "said",
    ),
    (
        "lawmaker-relays-the-agency-after-briefing",
        "The head of the National Intelligence Service, Cho Min-seok, met the committee.\n\nKim Byung-joo, a "
        "lawmaker on the committee, told reporters after the briefing that the agency believed about 480 soldiers "
        "had died.",
        "480",
        "National Intelligence Service",
        "indirect",
        "believed",
    ),
    (
        "he-after-unnamed-soldier-with-call-sign",
        'Syrskyi said on Monday that the units had been withdrawn.\n\nA soldier with the call sign "Grom" told '
        'reporters the attacks came at night. "We counted 75 of them in one field," he said.',
        "75",
        "soldier",
        "direct quote",
        "said",
    ),
    (
        "the-commander-of-a-unit-is-someone-new",
        "Syrskyi said on Monday that the units had been withdrawn.\n\nThe commander of a Ukrainian artillery "
        'battery, who uses the call sign "Lys", said the attacks had stopped. He estimated that his battery had '
        "hit about 140 soldiers.",
        "140",
        "commander",
        "indirect",
        "estimated",
    ),
    (
        "passive-told-by",
        "Legislators were told by the Pentagon that 1,450 soldiers had been wounded.",
        "1,450",
        "Pentagon",
        "reported",
        "told by",
    ),
    (
        "appositive-briefed-by-before-verb",
        "Members of the defence committee, briefed by the Pentagon on Monday, said 1,450 soldiers had been wounded.",
        "1,450",
        "Pentagon",
        "indirect",
        "said",
    ),
    (
        "cited-as-saying",
        "The Pentagon was cited by senators as saying 1,450 soldiers had been wounded.",
        "1,450",
        "Pentagon",
        "indirect",
        "as saying",
    ),
    (
        "said-after-being-briefed-by",
        "About 1,450 soldiers had been wounded, senators said after being briefed by the Pentagon.",
        "1,450",
        "Pentagon",
        "reported",
        "briefed by",
    ),
    (
        "provided-to-someone-by",
        "The casualty figure of 1,450 was provided to senators by the Pentagon.",
        "1,450",
        "Pentagon",
        "reported",
        "provided to senators by",
    ),
    (
        "live-blog-stamp-with-heading-text",
        "Oleksandr Syrskyi said the front had held.\n\n**15:10 GMT** Fighting near Sudzha\n\nAbout 250 soldiers "
        "crossed the river, he added.",
        "250",
        None,
        "unattributed",
        None,
    ),
    (
        "passive-belief-after-an-organisation-spoke",
        "Japan's defence ministry briefed reporters on Friday.\n\nPyongyang is believed to have sent another "
        "1,350 engineers in March.",
        "1,350",
        "Japanese defence ministry",
        "reported",
        "is believed to",
    ),
    (
        "passive-belief-after-a-person-spoke-stays-unnamed",
        "Syrskyi briefed reporters on Friday.\n\nPyongyang is believed to have sent another 1,350 engineers.",
        "1,350",
        None,
        "reported",
        "is believed to",
    ),
    (
        "lede-paragraph-sourced-in-next-paragraph",
        "About 2,900 engineers have crossed into Russia since March.\n\nJapan's defence ministry said on Monday "
        "that 600 of them were working on railways.",
        "2,900",
        "Japanese defence ministry",
        "indirect",
        "said",
    ),
    (
        "lede-paragraph-next-paragraph-by-a-person-stays-unnamed",
        "About 2,900 engineers have crossed into Russia since March.\n\nSyrskyi said on Monday that 600 of them "
        "were working on railways.",
        "2,900",
        None,
        "unattributed",
        None,
    ),
    (
        "closing-verb-with-relative-that-after",
        "About 1,150 soldiers were killed near Sudzha, Syrskyi told reporters in an interview that aired on Monday.",
        "1,150",
        "Oleksandr Syrskyi",
        "indirect",
        "told",
    ),
    # a subject whose participial or relative aside is not closed by a comma before the speech verb
    (
        "unclosed-aside-participles",
        "The intelligence sources, coming from Kyiv and quoted by the Ukrainian press spoke of the deaths of six "
        "officers near Kursk.",
        "six",
        "intelligence sources",
        "indirect",
        "spoke of",
    ),
    (
        "unclosed-aside-glued-word",
        "The intelligence sources, coming from Kyiv and quoted by the Ukrainian pressfirst spoke of the deaths of six "
        "officers near Kursk.",
        "six",
        "intelligence sources",
        "indirect",
        "spoke of",
    ),
    (
        "unclosed-aside-citing-and-briefed",
        "Western officials, citing intercepted communications and briefed by Seoul warned that 3,000 more were coming.",
        "3,000",
        "Western officials",
        "indirect",
        "warned",
    ),
    (
        "unclosed-aside-relative-definite",
        "South Korea's National Intelligence Service briefed a parliamentary committee behind closed doors. "
        "The agency, which briefed lawmakers on Tuesday said 1,500 had been killed.",
        "1,500",
        "National Intelligence Service",
        "indirect",
        "said",
    ),
    (
        "unclosed-aside-anonymous-quoted-by",
        "Military analysts, speaking on condition of anonymity and quoted by Reuters said 700 engineers had arrived.",
        "700",
        "military analysts",
        "indirect",
        "said",
    ),
    (
        "unclosed-aside-not-after-opening-phrase",
        "In Kursk, fighting continued through the night and Ukraine's general staff said 300 attackers had died.",
        "300",
        "General Staff of the Armed Forces of Ukraine",
        "indirect",
        "said",
    ),
    (
        "unclosed-aside-second-subject-speaks",
        "The convoy, spotted near Rason and Kyiv said 2,000 soldiers were aboard.",
        "2,000",
        "Ukraine",
        "indirect",
        "said",
    ),
    (
        "closed-aside-still-the-head",
        "Western officials, citing intercepted communications, warned that 3,000 more were coming.",
        "3,000",
        "Western officials",
        "indirect",
        "warned",
    ),
    # gerund and infinitive cues in a coordinated or contrastive clause: the clause's own subject speaks
    (
        "gerund-while-went-further",
        "The Kyiv Independent discusses the arrival of 10,000 soldiers, while Hromadske went further by announcing "
        "the desertion of 18 of them.",
        "18",
        "Hromadske",
        "indirect",
        "went further by announcing",
    ),
    (
        "gerund-first-clause-keeps-its-speaker",
        "The Kyiv Independent discusses the arrival of 10,000 soldiers, while Hromadske went further by announcing "
        "the desertion of 18 of them.",
        "10,000",
        "Kyiv Independent",
        "indirect",
        "discusses",
    ),
    (
        "gerund-followed-up-by-saying",
        "Reuters reported 100 deaths on Monday. Grenzwacht followed up by saying that 200 had died.",
        "200",
        "Grenzwacht",
        "indirect",
        "followed up by saying",
    ),
    (
        "gerund-added-to-the-tally",
        "Reuters reported 100 deaths on Monday. Oksana Deryhina added to the tally by reporting 40 more.",
        "40",
        "Oksana Deryhina",
        "indirect",
        "added to the tally by reporting",
    ),
    (
        "infinitive-went-on-to-claim",
        "Reuters reported 100 deaths on Monday, and Oleksiy Marchenko went on to claim that 3,000 were wounded.",
        "3,000",
        "Oleksiy Marchenko",
        "indirect",
        "went on to claim",
    ),
    (
        "gerund-not-speech",
        "The Pentagon said the brigade had regrouped. The brigade then went on to capture 3 villages by marching "
        "at night.",
        "3",
        None,
        "unattributed",
        None,
    ),
]


@pytest.mark.parametrize(
    ("passage", "figure", "source", "attribution", "cue"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_claimant(passage: str, figure: str, source: str | None, attribution: str, cue: str | None) -> None:
    who = who_asserts(passage, figure)
    assert (who.source, who.attribution, who.cue) == (source, attribution, cue)


def test_second_speaker_is_not_confused_with_the_first() -> None:
    text = (
        "Analyst Jana Novak said 2,000 engineers had arrived. "
        "Marek Zielinski, a retired general, disagreed. "
        "“At most 800 are engineers,” he said."
    )
    assert who_asserts(text, "2,000").source == "Jana Novak"
    assert who_asserts(text, "800").source == "Marek Zielinski"


def test_speech_inside_a_quote_does_not_change_the_speaker() -> None:
    text = (
        "Analyst Jana Novak described the briefing. "
        "“Officials told us that Kim Jong Un said 5,000 would come,” Novak said. "
        "“I doubt it.” She added that 2,000 was more likely."
    )
    assert who_asserts(text, "5,000").source == "Jana Novak"
    assert who_asserts(text, "2,000").source == "Jana Novak"


def test_every_claim_source_is_a_mention_of_the_article() -> None:
    text = (
        "Kyiv says 3,000 North Korean soldiers are in Kursk. "
        "A senior US official said 1,000 had been killed or wounded. "
        "Reuters, citing South Korea's spy agency, reported that 1,500 more had left Chongjin."
    )
    draft = extract_article(text, "test.txt")
    names = {actor_key(m.name) for m in draft.mentions}
    sources = {c.source for c in draft.claims if c.source}
    assert sources
    assert all(actor_key(s) in names for s in sources)


_SOUP = [
    "said", "says", "told", "according", "to", "citing", "reportedly", "Reports", "suggest", "he", "she", "it", "they",
    "the", "agency", "The", "ministry", "Kim", "Jong-un", "Zelensky", "Kyiv", "Moscow", "NIS", "Reuters", ",", ".", ":",
    "“", "”", '"', "«", "»", "„", "‘", "’", "''", "3,000", "six", "10,000-15,000", "Analyst", "Jane", "Doe", "(", ")",
    "–", "\n", "who", "which", "a", "senior", "official", "Ukrainian", "intelligence", "South", "Korea's", "spy",
    "These", "figures", "come", "from", "by", "estimated", "at", "was", "quoted", "as", "saying", "Park", "Min-jae",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), min_size=1, max_size=50))
def test_any_text_gets_a_claimant_that_is_one_of_its_actors(words: list[str]) -> None:
    text = " ".join(words)
    sentences = split_sentences(text, 0)
    actors = find_actors(text, sentences)
    attributor = Attributor(text, sentences, actors)
    for index, (start, end) in enumerate(sentences):
        for figure in find_figures(text, start, end):
            who = attributor.source_of(index, figure)
            assert who.attribution in ("direct quote", "indirect", "reported", "unattributed")
            assert who.source is None or who.source in {m.name for m in actors.mentions()}


def test_outlet_citing_itself_is_the_outlet() -> None:
    article = (
        "---\ntitle: Troops in Kursk\noutlet: Korea Pulse\n---\n"
        "Korea Pulse has previously reported that 700 soldiers were wounded near Sudzha.\n\n"
        "Yonhap reported that 400 soldiers were captured.\n"
    )
    sources = {c.text: c.source for c in extract_article(article, "pulse.md").claims}
    assert sources == {"700": None, "400": "Yonhap"}


def test_agency_mistaken_for_the_outlet_still_speaks() -> None:
    article = "---\noutlet: NIS\n---\nThe NIS said 830 soldiers had been wounded.\n"
    assert [c.source for c in extract_article(article, "nis.md").claims] == ["National Intelligence Service"]


def test_unknown_name_in_a_gerund_clause_becomes_an_actor() -> None:
    text = "Reuters reported 100 deaths on Monday. Grenzwacht followed up by saying that 200 had died."
    sentences = split_sentences(text, 0)
    actors = find_actors(text, sentences)
    Attributor(text, sentences, actors).source_of(1, find_figures(text, *sentences[1])[0])
    info = actors.info("Grenzwacht")
    assert info is not None and info.kind == "organisation"
