"""Deterministic synthetic news articles for the benchmarks.

Each article is built from its own ``random.Random(seed, index)`` so that article
``i`` is the same whatever ``n`` is asked for and on every machine. The texts
imitate what nkru-tui ingests: page furniture, a headline, a byline and a
dateline, then ~600 words of reporting with figures written in the forms news
uses (digits, ranges, number words, qualifiers, money, vague amounts, percents),
attributed in varied ways to many distinct invented people and organisations.
The names are invented from combinatorial lists; any likeness is accidental.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SEED = 20241104
TARGET_WORDS = 600

OUTLETS = (
    "The Daily Meridian",
    "Northern Courier",
    "Harbor Press Agency",
    "Eastern Ledger",
    "Continental Wire",
    "The Morning Tribune",
    "Pacific Dispatch",
    "Kyiv Evening Post",
    "Seoul Observer",
    "Baltic Review",
    "Global Affairs Weekly",
    "Frontline News Service",
)
DATELINE_CITIES = ("SEOUL", "KYIV", "MOSCOW", "WASHINGTON", "BRUSSELS", "TOKYO", "LONDON", "BERLIN", "WARSAW")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
FIRST_NAMES = (
    "Anna", "Boris", "Chloe", "Dmytro", "Elena", "Frank", "Greta", "Hyun-woo", "Ines", "Jae-sung",
    "Kateryna", "Lars", "Maria", "Nikolai", "Olga", "Pavel", "Quentin", "Rosa", "Seo-yeon", "Taras",
    "Ulrich", "Vera", "Walter", "Xenia", "Yuri", "Zofia", "Min-ji", "Andriy", "Beatrice", "Cho",
    "Daniel", "Emma", "Felix", "Hanna", "Ivan", "Ji-ho", "Karl", "Lena", "Mykola", "Nadia",
)  # fmt: skip
LAST_NAMES = (
    "Abramov", "Baek", "Carver", "Demchenko", "Eriksen", "Fischer", "Gorbunov", "Han", "Ivanenko", "Jeon",
    "Kovalenko", "Lindqvist", "Moreau", "Nam", "Orlov", "Petrenko", "Quast", "Rudenko", "Shin", "Tkachenko",
    "Ueda", "Volkov", "Whitfield", "Yoon", "Zaitsev", "Ahn", "Brandt", "Chae", "Dubois", "Evans",
    "Fedorov", "Gallagher", "Hwang", "Ishikawa", "Jankowski", "Kwon", "Lysenko", "Melnyk", "Novak", "Oh",
    "Pak", "Romanov", "Sokolov", "Tanaka", "Usenko", "Varga", "Wojcik", "Yakovenko", "Zhukov", "Lim",
)  # fmt: skip
ROLES = (
    "a senior analyst at the {org}",
    "a spokesperson for the {org}",
    "a researcher at the {org}",
    "a former official of the {org}",
    "the director of the {org}",
    "a military expert at the {org}",
    "an adviser to the {org}",
)
ORG_PREFIXES = ("Institute for", "Centre for", "Council on", "Foundation for", "Academy of", "Office of")
ORG_SUBJECTS = (
    "Strategic Studies",
    "Security Policy",
    "Korean Affairs",
    "Defence Analysis",
    "Eurasian Research",
    "Conflict Monitoring",
    "Peninsula Studies",
    "Arms Control",
)
OFFICIAL_BODIES = (
    "South Korea's National Intelligence Service",
    "Ukraine's military intelligence agency",
    "the Pentagon",
    "the Kremlin",
    "NATO",
    "Ukraine's General Staff",
    "South Korea's Joint Chiefs of Staff",
    "the U.S. State Department",
    "Ukraine's defence ministry",
    "Britain's Ministry of Defence",
    "the Japanese government",
    "the European Union",
)
PLACES = ("the Kursk region", "Pyongyang", "Vladivostok", "the Donbas", "Belgorod", "Moscow", "Seoul", "Kyiv")

# Topics roughly follow the taxonomy the extractor classifies into; each gives the
# noun phrases that follow a figure and the plausible range of its value.
TOPICS: dict[str, tuple[tuple[str, ...], int, int]] = {
    "troops_deployed": (("troops", "soldiers", "North Korean soldiers", "military personnel"), 1_000, 15_000),
    "troops_pledged": (("more troops", "additional soldiers", "reinforcements"), 3_000, 30_000),
    "casualties": (("soldiers killed or wounded", "casualties", "troops dead or injured"), 100, 6_000),
    "killed": (("soldiers killed", "troops dead"), 50, 3_000),
    "captured": (("prisoners of war", "North Korean prisoners"), 1, 30),
    "artillery_shells": (("artillery shells", "rounds of artillery ammunition", "shells"), 1_000_000, 12_000_000),
    "missiles": (("ballistic missiles", "KN-23 missiles", "short-range missiles"), 20, 250),
    "artillery_systems": (("self-propelled howitzers", "multiple rocket launchers", "artillery pieces"), 50, 300),
    "workers": (("construction workers", "military engineers", "labourers"), 1_000, 20_000),
    "deserters": (("deserters", "soldiers who fled their units"), 5, 60),
    "containers": (("shipping containers", "containers of munitions"), 1_000, 20_000),
    "russian_casualties": (("Russian soldiers killed or wounded", "Russian casualties"), 100_000, 700_000),
    "mobilization": (("young volunteers", "reservists"), 10_000, 1_500_000),
}
QUALIFIERS = ("about", "around", "more than", "at least", "up to", "nearly", "roughly", "an estimated", "almost")
NUMBER_WORDS = {
    1: "one",
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
    25: "twenty-five",
    30: "thirty",
    50: "fifty",
}
SAY_VERBS = ("said", "told reporters", "estimated", "claimed", "wrote", "stated", "warned", "noted")
FILLER = (
    "The claim could not be independently verified.",
    "Officials in Pyongyang did not respond to a request for comment.",
    "Moscow has repeatedly denied that foreign troops are fighting on its territory.",
    "Analysts cautioned that the figures are difficult to confirm in the fog of war.",
    "The deployment has deepened concern among Seoul's allies about the partnership between the two countries.",
    "The two leaders signed a mutual defence treaty in June, pledging assistance if either came under attack.",
    "Satellite images published by a private firm appeared to show increased activity at a port in the north.",
    "The fighting in the area has intensified in recent weeks, according to local residents.",
    "Western officials said the cooperation was likely to continue after the war ends.",
    "The ministry declined to give further details, citing operational security.",
    "Diplomats at the United Nations described the development as a serious escalation.",
    "It was not clear how many of the troops had received combat training before arriving.",
)
FURNITURE_TOP = (
    "Skip to main content",
    "Advertisement",
    "Share this article",
    "Sign in | Subscribe",
    "World | Asia | Europe | Politics",
    "Listen to this article",
)
SUBHEADS = ("What we know", "The view from Kyiv", "A costly partnership", "Analysis", "What comes next")
FURNITURE_BOTTOM = (
    "Sign up for our daily briefing newsletter.",
    "Related: Inside the secretive alliance between Moscow and Pyongyang",
    "Advertisement",
    "Copyright 2025. All rights reserved.",
    "Read more on this topic",
)


@dataclass(frozen=True, slots=True)
class SynthArticle:
    """One generated article and the figures it was written with (for checks, not for scoring)."""

    index: int
    text: str
    figures: tuple[str, ...]

    @property
    def words(self) -> int:
        return len(self.text.split())


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def _org(rng: random.Random) -> str:
    return f"{rng.choice(ORG_PREFIXES)} {rng.choice(ORG_SUBJECTS)}"


def _group(n: int) -> str:
    return f"{n:,}"


def _round(rng: random.Random, low: int, high: int) -> int:
    value = rng.randint(low, high)
    step = (
        100_000
        if value >= 1_000_000
        else 1000
        if value >= 10_000
        else 100
        if value >= 1_000
        else 10
        if value >= 100
        else 1
    )
    return max(step, value // step * step)


def _figure(rng: random.Random, topic: str) -> str:
    """A figure as news writes it, for ``topic``'s plausible range."""
    _, low, high = TOPICS[topic]
    value = _round(rng, low, high)
    form = rng.random()
    if form < 0.30:
        return _group(value)
    if form < 0.45:
        return f"{rng.choice(QUALIFIERS)} {_group(value)}"
    if form < 0.57:
        upper = _round(rng, value, int(value * 1.6) + 1)
        if upper == value:
            upper = value + max(1, value // 5)
        if rng.random() < 0.5:
            return f"{_group(value)}-{_group(upper)}"
        return f"between {_group(value)} and {_group(upper)}"
    if form < 0.67 and value >= 1_000_000:
        return f"{value / 1_000_000:.1f} million".replace(".0 ", " ")
    if form < 0.67 and value >= 1_000:
        words = NUMBER_WORDS.get(value // 1000)
        if words and value % 1000 == 0:
            return f"{words} thousand"
    if form < 0.67 and value in NUMBER_WORDS:
        return NUMBER_WORDS[value]
    if form < 0.77:
        return rng.choice(_vague_forms(high))
    if form < 0.85 and value >= 10_000:
        thousands = value // 1000
        return f"{thousands}-{thousands + rng.choice((2, 5, 10))},000"
    return _group(value)


def _vague_forms(high: int) -> tuple[str, ...]:
    if high >= 10_000:
        return ("thousands of", "tens of thousands of", "several thousand")
    if high >= 1_000:
        return ("hundreds of", "several hundred", "thousands of")
    return ("dozens of", "a few dozen", "scores of")


def _money(rng: random.Random) -> str:
    unit = rng.choice(("million", "million", "billion"))
    amount = rng.choice((1.5, 2, 5.5, 20) if unit == "billion" else (20, 150, 300, 500, 700))
    form = rng.random()
    if form < 0.5:
        return f"${amount:g} {unit}"
    if form < 0.8:
        return f"US${amount:g} {unit}"
    return f"{amount:g} {unit} dollars"


def _attributed(rng: random.Random, claim: str, people: list[tuple[str, str]]) -> str:
    """``claim`` (a clause without a final stop) wrapped in one of the ways news attributes figures."""
    name, role = rng.choice(people)
    body = rng.choice(OFFICIAL_BODIES)
    verb = rng.choice(SAY_VERBS)
    last = name.split()[-1]
    form = rng.randrange(9)
    if form == 0:
        return f"{name}, {role}, {verb} that {claim}."
    if form == 1:
        return f"According to {body}, {claim}."
    if form == 2:
        return f"“{claim[0].upper()}{claim[1:]},” {last} {verb}."
    if form == 3:
        return (
            f"{claim[0].upper()}{claim[1:]}, {body} said in a statement on {rng.choice(MONTHS)} {rng.randint(1, 28)}."
        )
    if form == 4:
        return f"{body[0].upper()}{body[1:]} estimated that {claim}."
    if form == 5:
        return f"{claim[0].upper()}{claim[1:]}, {name} told the {rng.choice(OUTLETS).removeprefix('The ')}."
    if form == 6:
        return f"Lawmakers briefed by {body} said {claim}."
    if form == 7:
        return f"{claim[0].upper()}{claim[1:]}, according to {name}, {role}."
    return f"{claim[0].upper()}{claim[1:]}."  # the outlet asserts it itself


def _claim_clause(rng: random.Random, topic: str) -> tuple[str, str]:
    nouns, _, _ = TOPICS[topic]
    noun = rng.choice(nouns)
    figure = _figure(rng, topic)
    place = rng.choice(PLACES)
    templates = {
        "troops_deployed": (
            f"North Korea has sent {figure} {noun} to {place}",
            f"{figure} {noun} are now deployed in {place}",
        ),
        "troops_pledged": (f"Pyongyang has pledged {figure} {noun}", f"{figure} {noun} could follow by spring"),
        "casualties": (f"{figure} {noun} have been reported since the autumn", f"there have been {figure} {noun}"),
        "killed": (f"{figure} {noun} in fighting near {place}", f"the offensive left {figure} {noun}"),
        "captured": (f"Ukrainian forces are holding {figure} {noun}", f"{figure} {noun} were taken near {place}"),
        "artillery_shells": (
            f"North Korea has shipped {figure} {noun} to Russia",
            f"{figure} {noun} have crossed the border by rail",
        ),
        "missiles": (f"Russia has fired {figure} {noun} at Ukrainian cities", f"Pyongyang supplied {figure} {noun}"),
        "artillery_systems": (f"{figure} {noun} have been delivered", f"Moscow received {figure} {noun}"),
        "workers": (f"{figure} {noun} will be sent to {place}", f"Russia expects {figure} {noun}"),
        "deserters": (f"{figure} {noun} have been reported near the front", f"officers reported {figure} {noun}"),
        "containers": (f"{figure} {noun} have been loaded at Rajin", f"ships carried {figure} {noun}"),
        "russian_casualties": (
            f"Russia has suffered {figure} {noun} since the invasion began",
            f"{figure} {noun} have been recorded this year",
        ),
        "mobilization": (
            f"{figure} {noun} have applied to join the army in Pyongyang",
            f"the North has called up {figure} {noun}",
        ),
    }
    return rng.choice(templates[topic]), figure


def _context(rng: random.Random, people: list[tuple[str, str]]) -> str:
    """A sentence without a figure: who did what, where, as reporting surrounds its numbers."""
    name, role = rng.choice(people)
    last = name.split()[-1]
    place = rng.choice(PLACES)
    body = rng.choice(OFFICIAL_BODIES)
    month = rng.choice(MONTHS)
    return rng.choice(
        (
            f"{name}, {role}, described the situation near {place} as tense but stable.",
            f"{last} said the cooperation between Moscow and Pyongyang had become more open since {month}.",
            f"Speaking in {place}, {name} urged allies to share intelligence more quickly.",
            f"{body[0].upper()}{body[1:]} has not published its methodology.",
            f"{last} added that the deployment was a test of how far the partnership could go.",
            f"The account given by {body} differs from earlier reports.",
            f"In {month}, {name} travelled to {place} for talks that were not announced in advance.",
            f"“We are watching this very closely,” {last} told journalists in {place}.",
        )
    )


def _paragraph(rng: random.Random, people: list[tuple[str, str]], topics: list[str], figures: list[str]) -> str:
    # Roughly one sentence in four carries a figure, as in the reporting this app is for.
    sentences = []
    for _ in range(rng.randint(2, 4)):
        roll = rng.random()
        if roll < 0.20:
            clause, figure = _claim_clause(rng, rng.choice(topics))
            figures.append(figure)
            sentences.append(_attributed(rng, clause, people))
        elif roll < 0.24:
            money = _money(rng)
            figures.append(money)
            sentences.append(_attributed(rng, f"Russia has paid Pyongyang {money} for the munitions", people))
        elif roll < 0.27:
            share = f"{rng.randint(5, 80)}%"
            figures.append(share)
            sentences.append(f"About {share} of the shells were defective, {rng.choice(people)[0]} said.")
        elif roll < 0.70:
            sentences.append(_context(rng, people))
        else:
            sentences.append(rng.choice(FILLER))
    return " ".join(sentences)


def make_article(index: int, seed: int = DEFAULT_SEED) -> SynthArticle:
    """The ``index``-th synthetic article (independent of how many are generated)."""
    rng = random.Random(f"{seed}:{index}")
    outlet = rng.choice(OUTLETS)
    people = [(_person(rng), rng.choice(ROLES).format(org=_org(rng))) for _ in range(rng.randint(3, 6))]
    topics = rng.sample(sorted(TOPICS), k=rng.randint(2, 4))
    year = rng.choice((2024, 2025))
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    headline_topic = TOPICS[topics[0]][0][0]
    headline = rng.choice(
        (
            f"How many {headline_topic} has North Korea sent to Russia?",
            f"Estimates of North Korean {headline_topic} diverge as war enters new phase",
            f"Pyongyang's {headline_topic}: what we know",
            f"Kim's gamble: {headline_topic.capitalize()} and the price Moscow pays",
        )
    )
    figures: list[str] = []
    lines = list(rng.sample(FURNITURE_TOP, k=rng.randint(1, 3)))
    lines += [outlet, "", headline, ""]
    lines.append(rng.choice((f"By {people[0][0]}", f"{_person(rng)}, {rng.choice(DATELINE_CITIES).title()}")))
    lines.append(f"Published {day} {MONTHS[month]} {year}")
    lines.append("")
    city = rng.choice(DATELINE_CITIES)
    first = _paragraph(rng, people, topics, figures)
    lines.append(f"{city} ({outlet.removeprefix('The ')}) — {first}")
    words = sum(len(line.split()) for line in lines)
    subheads = rng.sample(SUBHEADS, k=len(SUBHEADS))
    while words < TARGET_WORDS:
        lines.append("")
        paragraph = _paragraph(rng, people, topics, figures)
        if subheads and rng.random() < 0.15:
            lines += [subheads.pop(), ""]
        lines.append(paragraph)
        words += len(paragraph.split())
    lines += ["", *rng.sample(FURNITURE_BOTTOM, k=rng.randint(1, 2))]
    return SynthArticle(index=index, text="\n".join(lines) + "\n", figures=tuple(figures))


def iter_articles(n: int, seed: int = DEFAULT_SEED) -> Iterator[SynthArticle]:
    """Articles ``0 .. n-1``."""
    for index in range(n):
        yield make_article(index, seed)


def write_articles(folder: Path, n: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write ``n`` articles as ``folder/NNNNNN.txt``; returns their paths (sorted)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for article in iter_articles(n, seed):
        path = folder / f"{article.index:06d}.txt"
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths
