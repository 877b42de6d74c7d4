"""Finding figures in a sentence: numbers as written, with range, qualifier and vagueness.

One compiled regular expression finds candidate figures in a sentence; a few cheap checks
on the characters around each candidate then drop what is not a figure claim: dates
("Oct 25", "25 October"), years ("2023", "the year 2000", "2024-25"), times ("21:01",
"10 a.m."), ages ("24-year-old", "aged 30"), ordinals ("11th"), model and calibre
numbers ("KN-23", "152mm", "170-mm"), and numbers glued to other words or digits.

Forms understood:

- digits with separators (``6,000``, ``3000``, ``10 000`` with a no-break space, ``6.000`` when
  three digits follow the dot and no scale word does), decimals with scale words
  (``1.4 million``, ``$20bn``), number words (``six``, ``eighteen``, ``one thousand``,
  ``two dozen``, ``a dozen``, ``half a million``);
- ranges: ``10,000-15,000``, ``10,000 to 12,000``, ``between 25,000 and 30,000``,
  ``10,000 or 12,000``, and ``25-30,000`` / ``10-15 million`` where the second end's
  magnitude carries over to the first (25,000-30,000);
- money (``$2,000``, ``2,000 dollars``, ``$500m``, ``$1.5bn``, ``₩1.2tn``, ``US$870 million``,
  ``5 million won``; ``kind="money"``), percentages (``40%``,
  ``40 per cent``; ``kind="percent"``, value as written) and fractions (``a third``,
  ``two-thirds``, ``half of``, ranges ``a third to a half``, ``between a quarter and a third``;
  ``kind="fraction"``, value as a ratio; a bare ``a third`` only before ``of`` or at the end of a
  sentence after a comparison, "closer to a third.", not "two died and a third was hurt");
  ``one and a half million``;
- vague amounts, kept as ranges with ``vague=True``: dozens 24-99, hundreds /
  several hundred 100-999, thousands 1,000-9,999, tens of thousands 10,000-99,999,
  hundreds of thousands 100,000-999,999, millions 1e6-9,999,999.

Span and qualifier: ``text[start:end]`` is the figure as a reader quotes it, qualifier
included ("more than 10,000", "up to $20,000", "3,000-plus", "$2,000 a month", "3,000
roubles a month"); the qualifier itself is also recorded in ``qualifier`` (normalised, lower
case). A verb that bounds the figure ("losses exceed 3,000") sets the bound and the
qualifier but stays out of the span; vague amounts take only bounding qualifiers ("talking
about hundreds of millions" is not an approximation). Words that only add ("another 6,000",
"an additional 25,000") are left to the topic classifier, as the issue's qualifier list
does not include them. Bounds follow
the qualifier: lower-bound qualifiers (more than, over, at least, -plus, ...) keep only
``low``, upper-bound ones (up to, as many as, fewer than, under, ...) keep only ``high``,
approximating ones (about, around, nearly, close to, ...) keep ``low == high``.
Looser news qualifiers follow the same rule: past, passed, north of, upward(s) of, in excess of,
well over, a little over and "N-odd" (``some 200-odd``) are lower bounds; just under, (just) shy
of and "the better part of" upper bounds; "N or so" approximates ("some 3,000 or so" is one
approximation). "over" after a verb it completes ("hand over 90%") is no bound. A quotation mark between the
qualifier and the number does not part them (``at least “15,000”``, ``as many as '3,000'``).

Also not figures: numbered-list markers ("1. Troops", "2) Shells", "(3)", "Step 4:") at the start of a
line, or after a colon or a full stop when the list goes on ("1) ...; 2) ..."); ages in a list
("aged 20 and 26", "two men, 20 and 26,"), numbers of
resolutions, articles and sections ("Resolution 2397", "resolutions 1718 and 2397"), and lines
that link to other stories ("Read more: ...", "Related: ...", "ALSO READ | ...", and the short
headline lines listed under a label line such as "Related stories" or "Most read").

Whether a figure is about the subject at all is decided later by :mod:`store.extract.topics`.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure found in the text; ``start``/``end`` index the article text."""

    start: int
    end: int
    low: float | None
    high: float | None
    qualifier: str | None = None
    vague: bool = False
    kind: str = "count"
    """``count``, ``money``, ``percent`` or ``fraction``."""
    num_start: int = -1
    """Where the number itself starts (after the qualifier); ``start`` when there is none."""
    num_end: int = -1
    """Where the number itself ends (before a rate such as "a month")."""
    currency: str | None = None
    """The currency as written ("$", "dollars", "won") for money."""
    rate: str | None = None
    """For money, the period as written ("a month", "per soldier per month"), also when after a currency word."""


_UNIT_WORDS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "dozen": 12,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "b": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "trn": 1_000_000_000_000,
}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
_VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (100, 999),
    "thousands": (1_000, 9_999),
    "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999),
    "millions": (1_000_000, 9_999_999),
    "tens of millions": (10_000_000, 99_999_999),
    "hundreds of millions": (100_000_000, 999_999_999),
}
# "several hundred" and the like: (low, high) multipliers of the scale word.
_VAGUE_MULT = {"several": (3, 9), "a few": (2, 9), "a couple of": (2, 3), "many": (2, 9)}

_LOWER_QUALIFIERS = {
    "more than",
    "over",
    "at least",
    "upwards of",
    "in excess of",
    "as few as",
    "as little as",
    "as low as",
    "no fewer than",
    "no less than",
    "well over",
    "just over",
    "above",
    "exceeding",
    "exceeds",
    "exceed",
    "exceeded",
    "surpassed",
    "surpasses",
    "topped",
    "tops",
    "a minimum of",
    "plus",
    "odd",
    "or more",
    "past",
    "passed",
    "crossed",
    "north of",
    "well north of",
    "upward of",
    "well in excess of",
    "well above",
    "a little over",
    "a little more than",
    "slightly more than",
    "just above",
}
_UPPER_QUALIFIERS = {
    "up to",
    "as many as",
    "as much as",
    "as high as",
    "fewer than",
    "less than",
    "under",
    "no more than",
    "not more than",
    "at most",
    "a maximum of",
    "just under",
    "below",
    "shy of",
    "just shy of",
    "a little under",
    "a little less than",
    "slightly less than",
    "slightly fewer than",
    "just below",
    "the better part of",
}
# "a little over", "slightly fewer than": a softener keeps the bound of the word it softens
_LOWER_QUALIFIERS |= {f"{soft} {q}" for soft in ("a little", "slightly") for q in ("over", "more than", "above")}
_UPPER_QUALIFIERS |= {
    f"{soft} {q}" for soft in ("a little", "slightly") for q in ("under", "less than", "fewer than", "below")
}
_APPROX_QUALIFIERS = {
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "close to",
    "approximately",
    "approx.",
    "an estimated",
    "estimated",
    "about an estimated",
    "in the region of",
    "in the range of",
    "on the order of",
    "of the order of",
    "in the neighbourhood of",
    "in the neighborhood of",
    "somewhere around",
    "just about",
    "or so",
}

_UNIT_RE = "|".join(_UNIT_WORDS)
_TENS_RE = "|".join(_TENS_WORDS)
_NUMW = rf"(?:(?:{_TENS_RE})(?:[-\s](?:{_UNIT_RE})\b)?|(?:{_UNIT_RE}))"
_SCALE_W = r"(?:hundred|thousand|million|billion|trillion|dozen)"
_WORDS = (
    rf"(?:{_NUMW}(?:\s+and\s+a\s+half(?=\s+{_SCALE_W}\b))?|an?(?=\s+{_SCALE_W}\b))"
    rf"(?:[\s-]+{_SCALE_W}(?:\s+and\s+{_NUMW})?)*\b"
)
_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]|\s?-?(?:mm|cm|millimet))"
    r"|\d{1,3}(?:\.\d{3})+(?![\d,]|\s*(?:million|billion|trillion|bn|mn|mln)\b)"
    r"|\d+(?:\.\d+)?"
)
_CURRENCY = r"(?:US\$|A\$|C\$|\$|€|£|₩|₽|¥|(?:USD|EUR|KRW|RUB)\s?)"
_VAGUE_RE = (
    r"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)"
    r"|(?:dozens|scores|hundreds|thousands|millions)(?=[\"”’']?\s+(?:of|more|[a-z]))"
    r"|(?:several|a\s+few|a\s+couple\s+of|many)\s+(?:hundred|thousand|million|billion|dozen)\b)"
)
_FRACTION_WORD = r"(?:(?:an?|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?)|(?:an?\s+|one[\s-])?half)"
# "a third to a half", "between a quarter and a third": one range of two fractions
_FRACTION_RANGE = rf"{_FRACTION_WORD}\s*(?:to|and|or|-|\u2013)\s*{_FRACTION_WORD}(?![\w-])"
_FRACTION_RANGE_SPLIT = re.compile(
    r"\s+(?:to|and|or)\s+|(?:(?<=half)|(?<=third)|(?<=thirds)|(?<=quarter)|(?<=quarters)|(?<=fifth)|(?<=fifths)"
    r"|(?<=tenth)|(?<=tenths))\s*[-\u2013]\s*"
)
_FRACTION_RE = (
    rf"(?:{_FRACTION_RANGE}"
    r"|half\s+an?\s+(?:million|billion)"
    r"|(?:one|two|three|1|2|3)\s+(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
    r"|(?:an?|one|two|three|four)[\s-]quarters?\s+of\s+an?\s+(?:million|billion)"
    r"|(?:an?|one|two|three|four)[\s-](?:thirds?|quarters?|fifths?|tenths?)(?=\s+of\b)"
    # "his estimate was closer to a third.": a share stated at the end of a sentence (not "two died and a third")
    r"|(?:(?<=\bto\s)|(?<=than\s)|(?<=\bat\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bbe\s)|(?<=about\s)|(?<=around\s)"
    r"|(?<=roughly\s)|(?<=nearly\s)|(?<=almost\s)|(?<=least\s)|(?<=\bjust\s)|(?<=\bonly\s))"
    r"(?:an?|one|two)[\s-](?:thirds?|quarters?|fifths?)(?=\s*(?:[.;)]|$))"
    r"|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?|tenths?)"
    r"|half(?=[\"”’']?\s+(?:of|the|a|an|their|its|his|all|that|those|these)\b))"
)
_ATOM = (
    rf"(?:{_VAGUE_RE}|{_FRACTION_RE}"
    rf"|{_CURRENCY}?(?:(?:{_DIGITS})(?:[\s-]+(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mn|mln|bln|tn|trn|m|b|k)\b)?"
    rf"|(?<![\w-]){_WORDS}))"
)
_FIGURE = re.compile(
    rf"""(?<![\w.,:/#+\-\u2013])
    (?:(?P<btw>between)\s+)?
    (?P<a>{_ATOM})
    (?:(?P<sep>\s*[-\u2013\u2014]\s*|\s+to\s+|\s+or\s+|(?(btw)\s+and\s+|(?!)))(?P<b>{_ATOM}))?
    (?P<suffix>\s?(?:%|percent\b|per\s?cent\b|pct\b)|-plus\b|-odd\b|\+)?
    (?![\w%]|:\d|[.,]\d)""",
    re.I | re.X,
)
_QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(\"“‘']))(?P<q>(?:just\s+)?(?:about|around)|roughly|some|nearly|almost|close\s+to|approximately"
    r"|approx\.|(?:about\s+)?an?\s+estimated|estimated|more\s+than|(?:well\s+|just\s+)?over|at\s+least|upwards\s+of"
    r"|exceed(?:s|ed)?|surpass(?:es|ed)?|topped|tops|in\s+excess\s+of|no\s+(?:fewer|less|more)\s+than|not\s+more\s+than|above|exceeding|an?\s+(?:minimum|maximum)\s+of"
    r"|in\s+the\s+(?:region|range|neighbou?rhood)\s+of|(?:on|of)\s+the\s+order\s+of|somewhere\s+around"
    r"|as\s+(?:few|little|low)\s+as"
    r"|up\s+to|as\s+(?:many|much|high)\s+as|fewer\s+than|less\s+than|(?:just\s+)?under|at\s+most|below"
    r"|(?:(?:a\s+little|slightly)\s+)?(?:over|under|more\s+than|less\s+than|fewer\s+than)|(?:well\s+)?above|just\s+(?:above|below)"
    r"|(?:well\s+)?north\s+of|(?:well\s+)?in\s+excess\s+of|upwards?\s+of|(?:just\s+)?shy\s+of|the\s+better\s+part\s+of"
    r"|(?<!\bthe\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bits\s)(?<!\bin\s)(?<!\bfor\s)(?<!\bover\s)past|passed|crossed)(?:\s+|\s*[\"“”‘’']\s*)$",
    re.I,
)
_HANDED_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing|give|gives|gave|given|fork"
    r"|forked|pass|passed|took|take|taken|taking|hold|held|won|win|carry|carried)\s+$",
    re.I,
)
_VERBAL_QUALIFIER = re.compile(r"exceed|surpass|top|pass|cross")
_QUALIFIER_AFTER = re.compile(r"\s+or\s+(?P<q>more|so)\b", re.I)
_RATE = re.compile(
    r"\s+(?P<r>(?:(?:per|a|for\s+each|each)\s+(?:soldier|man|person|head|worker|recruit)\s+)?"
    r"(?:a|per|each|every)\s+(?:month|year|week|day)|monthly|annually|yearly)\b",
    re.I,
)
_CURRENCY_WORD = re.compile(
    r"[\"”’']?\s+(?:of\s+)?(?:US\s+|U\.S\.\s+|American\s+|South\s+Korean\s+|North\s+Korean\s+)?"
    r"(?P<c>dollars|euros|won|rubles|roubles|pounds|yuan|usd)\b",
    re.I,
)
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|and|to|or|-|–)\s*)?$", re.I)
_MONTH_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTHS}\b", re.I)
_YEAR_CONTEXT_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|till|of|year|years|early|late|mid|before|after|during|to|and|the|since|spring|summer"
    r"|autumn|fall|winter|fiscal|through|between|circa|c\.|election|elections)\W*$",
    re.I,
)
_NOT_AFTER = re.compile(
    r"(?:-|\s+)(?:years?|yrs?)[-\s]+old\b|-(?:years?|months?|weeks?|days?|hours?|minutes?|mm|cm|km|kg|kilo\w*|metres?"
    r"|meters?|miles?|inch\w*|times?|fold|storey|story|point|page|off|seat|nation|party|way|millimet\w+|calibre|caliber)\b"
    r"|\s*(?:mm|cm|km|millimet\w+|centimet\w+|kilomet\w+|calibre|caliber|km/h|kph|mph)\b"
    r"|\s*(?:a\.?m\.?|p\.?m\.?)(?!\w)|\s*(?:GMT|UTC|BST|KST|CET|EST|hrs)\b",
    re.I,
)
# "rose from 3,000 to 11,000" is a change, two figures; "range from 10,000 to 12,000" is one range
_CHANGE_FROM = re.compile(
    r"\b(?:rose|rise[sn]?|rising|increas\w+|gr[eo]w\w*|jump\w*|climb\w*|doubl\w+|tripl\w+|fell|fall\w*|drop\w*|"
    r"decreas\w+|declin\w+|revis\w+|rais\w+|cut|up|down|expand\w*|swell\w*|went)\s+(?:\w+\s+){0,2}from\s+$",
    re.I,
)
_FURNITURE_BEFORE = re.compile(
    r"\b(?:image|photo|picture|slide|page|part|chapter|video|item|step|figure|fig\.|no\.|number|episode|vol\."
    r"|resolutions?|article|articles|section|paragraph|clause|decree|flight|route|highway)\s*"
    r"(?:\d+\s+(?:of|/)\s*|(?:\d+\s*(?:,|and|&)\s*)+)?$|#\s*$",
    re.I,
)
# a capitalised name followed by a number names a thing: "Unit 6", "Room 39", "Camp 14", "Bureau 121"
_DESIGNATOR_BEFORE = re.compile(
    r"\b(?:Unit|Room|Bureau|Camp|Office|Department|Building|Block|Zone|Sector|Team|Division|Brigade|Regiment"
    r"|Battalion|Corps|Squadron|Group|Base|Hall|Gate|Platform|Terminal|Factory|Plant|Site|Mine|Hospital|Prison)\s+$"
)
_DIGIT_BEFORE = re.compile(r"[\d+][ \t\u00a0-]?$")
# a calibre after a count is not another digit group: "120 170mm guns"
_DIGIT_AFTER = re.compile(r"[ \t\u00a0-]?\d(?!\d*\s?-?(?:mm|cm|millimet\w*)\b)")
# "aged 20 and 26", "ages 19, 22 and 25": every number of the list is an age
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+(?:between\s+)?(?:\d{1,2}\s*(?:,|and|or|&)\s*)*$", re.I)
# "One is 20; the other 26", "he was 19": a small number said of a person is an age
_AGE_COPULA = re.compile(
    r"\b(?:(?:one|he|she|who|the\s+other|the\s+(?:older|younger|elder|eldest|youngest)(?:\s+(?:one|man|soldier))?)"
    r"\s+(?:is|was|being)|the\s+other)\s+$",
    re.I,
)
_AGE_END = re.compile(r"\s*(?:[,;.)!?]|$|and\b|but\b|years?\b)", re.I)
# "two men, 20 and 26, were questioned": small numbers in apposition after a noun are ages
_AGE_LIST_BEFORE = re.compile(r"[A-Za-z],\s*(?:\d{1,2}\s*(?:,|and|&)\s*)*$")
_AGE_LIST_AFTER = re.compile(r"(?:\s*(?:,|and|&)\s*\d{1,2})*\s*(?:[,;)]|$)")


def find_figures(text: str, start: int, end: int) -> list[Figure]:
    """Figures in ``text[start:end]`` (one sentence), in text order.

    Args:
        text: The article text.
        start: Start offset of the sentence.
        end: End offset of the sentence.

    Returns:
        The figures found, with offsets into ``text``.
    """
    cache = _cache_for(text)
    cached = cache.results.get((start, end))
    if cached is not None:
        return list(cached)
    figures: list[Figure] = []
    anchors = cache.anchors
    i = bisect_left(anchors, start)
    pos = start
    while i < len(anchors) and anchors[i] < end:
        p = anchors[i]
        i += 1
        if p < pos:
            continue
        back = _BACK_UP.search(text, max(pos, p - 24), p)
        q = back.start() if back is not None else p
        m = _FIGURE.match(text, q, end)
        if m is None and q != p:
            m = _FIGURE.match(text, p, end)
        if m is None:
            continue
        pos = m.end()
        figure = _figure(text, m, start, end)
        if figure is None:
            continue
        if figure.end < m.end():  # a "from X to Y" pair or a rejected range: scan the rest again
            pos = figure.end
        figures.append(figure)
    cache.results[(start, end)] = tuple(figures)
    return figures


@dataclass(slots=True)
class _TextCache:
    text: str
    anchors: list[int]
    results: dict[tuple[int, int], tuple[Figure, ...]]


_LAST: list[_TextCache] = []
# Where a figure can start, found at C speed: a digit or currency sign (one anchor per digit group), and the
# number words located with str.find on the lower-cased text. The full figure expression is then matched only
# at these anchors, instead of being tried at every character of the article (3x faster on the seeds).
_DIGIT_ANCHOR = re.compile(r"[\d$€£₩₽¥][\d,.]*")
_ANCHOR_WORDS = (
    *_UNIT_WORDS,
    *_TENS_WORDS,
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "billions",
    "dozen",
    "dozens",
    "scores",
    "tens",
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "tenth",
    "tenths",
)
_ANCHOR_BYTES = frozenset(w.encode() for w in _ANCHOR_WORDS)
_LETTERS_ONLY = bytes(b if 97 <= b <= 122 else 32 for b in range(256))
_BACK_UP = re.compile(
    r"(?:\bbetween\s+)?(?:\b(?:an?|several|a\s+few|a\s+couple\s+of|many)\s+|\b(?:US|A|C)|\b(?:USD|EUR|KRW|RUB)\s?)?$",
    re.I,
)


# Links to other articles are page furniture, however newsy their headlines: "Read more: Kim sends 1,000 more
# troops", "Related: ...", and the headline list under a label line of its own ("Related stories", "Most read").
_RELATED_LINE = re.compile(
    r"^[ \t*#>•|\-]*(?:(?P<label>read\s+(?:more|also|next)|also\s+read|see\s+also|related|recommended|further\s+reading"
    r"|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|more\s+on\s+this\s+(?:story|topic)"
    r"|most\s+(?:read|popular|viewed|watched)|trending(?:\s+now)?|top\s+stories|latest\s+(?:news|stories)"
    r"|more\s+(?:stories|news|from\s+[\w ]{1,30}))\b(?P<rest>[^\n]*)"
    r"|(?:watch|listen|more|also\s+on\s+[\w ]{1,30})\s*[:|](?P<rest2>[^\n]*))",
    re.I | re.M,
)
_LABEL_ONLY = re.compile(
    r"\s*(?:(?:articles?|stories|story|content|coverage|news|topics?|reading|links?|videos?)\b)?\s*[:|]?\s*$", re.I
)
_LIST_LINES = 8


def _furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of related-article lines, whose figures belong to other stories."""
    spans: list[tuple[int, int]] = []
    for m in _RELATED_LINE.finditer(text):
        spans.append((m.start(), m.end()))
        if m.group("label") and _LABEL_ONLY.fullmatch(m.group("rest") or ""):
            pos = m.end() + 1
            for _ in range(_LIST_LINES):  # the headlines listed under the label: short lines without a full stop
                end = text.find("\n", pos)
                end = len(text) if end < 0 else end
                line = text[pos:end].strip()
                if line:
                    if len(line) > 160 or line.endswith("."):
                        break
                    spans.append((pos, end))
                pos = end + 1
                if pos >= len(text):
                    break
    return spans


def _cache_for(text: str) -> _TextCache:
    """The anchors and results for ``text``, computed once per article (the last one is kept)."""
    if _LAST and _LAST[0].text is text:
        return _LAST[0]
    anchors = [m.start() for m in _DIGIT_ANCHOR.finditer(text)]
    # which number words occur at all: one C-speed pass over an ASCII, lower-cased, letters-only copy
    present = _ANCHOR_BYTES.intersection(text.encode("ascii", "replace").lower().translate(_LETTERS_ONLY).split())
    if present:
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased: keep offsets aligned
            low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
        size = len(low)
        for raw in present:
            word = raw.decode()
            k = len(word)
            at = low.find(word)
            while at >= 0:
                after = at + k
                if (at == 0 or not low[at - 1].isalpha()) and (after >= size or not low[after].isalpha()):
                    anchors.append(at)
                at = low.find(word, after)
    anchors.sort()
    if "\n" in text:
        blocked = sorted(_furniture_spans(text))
        if blocked:  # one merge-like pass: both lists are sorted
            starts = [b0 for b0, _ in blocked]
            kept = []
            for a in anchors:
                i = bisect_right(starts, a) - 1
                if i < 0 or a >= blocked[i][1]:
                    kept.append(a)
            anchors = kept
    cache = _TextCache(text, anchors, {})
    _LAST[:] = [cache]
    return cache


def _figure(text: str, m: re.Match[str], s_start: int, s_end: int) -> Figure | None:
    a_text, b_text = m.group("a"), m.group("b")
    before = text[max(s_start, m.start() - 40) : m.start()]
    after = text[m.end() : min(s_end, m.end() + 40)]
    a = _parse_atom(a_text)
    if a is None:
        return None
    if b_text is not None:
        b = _parse_atom(b_text)
        sep = m.group("sep").strip().lower()
        if b is None or (sep == "to" and _CHANGE_FROM.search(before)):
            return _single(text, m.start("a"), m.end("a"), a, s_start, s_end)
        if _is_year(a_text, a) and (_is_year(b_text, b) or (len(b_text) == 2 and b_text.isdigit())):
            return None  # "2024-25", "2022-2024"
        if _is_time_like(before, after) or _NOT_AFTER.match(after) or _AGE_BEFORE.search(before):
            return None
        if a.digits and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
            return None  # "June 18-20", "18-20 June"
        return _make(text, m.start(), m.end(), _combine(a, b, b_text), s_start, s_end, suffix=m.group("suffix"))
    start = m.start() if m.group("btw") and a.low != a.high else m.start("a")  # "between a quarter and a third"
    return _single(text, start, m.end(), a, s_start, s_end, suffix=m.group("suffix"))


def _single(
    text: str, start: int, end: int, atom: _Atom, s_start: int, s_end: int, suffix: str | None = None
) -> Figure | None:
    written = text[start:end]
    before = text[max(s_start, start - 40) : start]
    after = text[end : min(s_end, end + 40)]
    if _NOT_AFTER.match(after) or _AGE_BEFORE.search(before) or _is_time_like(before, after):
        return None
    if re.fullmatch(r"\d{1,2}", written) and _AGE_LIST_BEFORE.search(before) and _AGE_LIST_AFTER.match(after):
        return None  # "a North Korean soldier, 24, captured in Kursk", "two men, 20 and 26,": ages in apposition
    if re.fullmatch(r"\d{1,2}", written) and _AGE_COPULA.search(before) and _AGE_END.match(after):
        return None
    if written.lower() == "half" and re.search(r"\b(?:first|second|latter|other|last|next)\s+$", before, re.I):
        return None
    if written.lower() == "one" and re.match(r"\s+(?:of|another|day|year|side|way|thing)\b", after, re.I):
        return None
    if written.lower() == "one" and re.search(r"\b(?:no|any|every|some|each)\s+$", before, re.I):
        return None
    if atom.digits and re.fullmatch(r"\d{1,4}", written) and _DESIGNATOR_BEFORE.search(before):
        return None
    if atom.digits and _FURNITURE_BEFORE.search(before):
        return None  # "Image 1 of 12", "page 3", "No. 5"
    if atom.digits and len(written) <= 2 and written.isdigit() and _list_marker(text, start, end):
        return None  # "1. Troops", "2) Shells", "(3)", "Step 4:": a numbered list, not a count
    if atom.digits and (_DIGIT_BEFORE.search(before) or _DIGIT_AFTER.match(after)):
        return None  # phone numbers, ids, "21:01 325" view counters: digits next to other digits
    if atom.kind == "count" and not atom.vague and atom.digits and not suffix:
        value = atom.low or 0
        if value == int(value) and 1 <= value <= 31 and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
            return None  # "October 31", "25 October"
        if _is_year(written, atom) and not _count_follows(before, after):
            return None
    return _make(text, start, end, atom, s_start, s_end, suffix=suffix)


@dataclass(slots=True)
class _Atom:
    low: float
    high: float
    vague: bool = False
    kind: str = "count"
    digits: bool = False
    scale: float = 1.0
    """Multiplier of the scale word or of trailing ",000" groups, for "25-30,000"."""
    mantissa: float = 0.0
    currency: str | None = None


_CURRENCY_PREFIX = re.compile(_CURRENCY, re.I)


def _parse_atom(written: str) -> _Atom | None:
    t = " ".join(written.lower().replace("\u00a0", " ").replace("\u202f", " ").split())
    if t in _VAGUE:
        low, high = _VAGUE[t]
        return _Atom(low, high, vague=True)
    vague = re.fullmatch(r"(several|a few|a couple of|many) (hundred|thousand|million|billion|dozen)", t)
    if vague:
        lo, hi = _VAGUE_MULT[vague.group(1)]
        scale = _SCALES[vague.group(2)]
        return _Atom(lo * scale, hi * scale if vague.group(1) != "a couple of" else 3 * scale, vague=True)
    fraction = _parse_fraction(t)
    if fraction is not None:
        return fraction
    currency = None
    cur = _CURRENCY_PREFIX.match(written)
    if cur and cur.end() > 0:
        currency = cur.group(0).strip()
        t = t[len(cur.group(0).lower().strip()) :].strip()
    digits = re.match(r"[\d][\d,. ]*", t)
    if digits:
        number = digits.group(0).strip()
        rest = t[len(number) :].strip(" -")
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", number) and not rest:
            value = float(number.replace(".", ""))
        else:
            value = float(number.replace(",", "").replace(" ", ""))
        scale = _SCALES.get(rest, 1) if rest else 1
        if (rest and rest not in _SCALES) or len(number) > 24 or not math.isfinite(value):
            return None  # a run of digits too long to be a figure (an id, or hostile input)
        mantissa = value
        if scale == 1:
            zeros = re.search(r"((?:,000)+)$", number)
            if zeros:
                scale = 1000 ** (len(zeros.group(1)) // 4)
                mantissa = value / scale
        atom = _Atom(value * (_SCALES.get(rest, 1) if rest else 1), 0, digits=True, scale=scale, mantissa=mantissa)
        atom.high = atom.low
        if currency:
            atom.kind, atom.currency = "money", currency
        return atom
    value, scale = _parse_words(t)
    if value is None:
        return None
    return _Atom(value, value, scale=scale, mantissa=value / scale if scale else value)


def _parse_fraction(t: str) -> _Atom | None:
    if re.fullmatch(_FRACTION_RANGE, t):
        parts = [p for p in _FRACTION_RANGE_SPLIT.split(t) if p]
        ends = [_parse_fraction(p) for p in parts]
        if len(ends) == 2 and ends[0] is not None and ends[1] is not None:
            low, high = sorted((ends[0].low, ends[1].low))
            return _Atom(low, high, kind="fraction")
        return None
    if t in ("a half", "one half", "one-half"):
        return _Atom(0.5, 0.5, kind="fraction")
    one_in = re.fullmatch(r"(\w+) (?:in|out of) (\w+)", t)
    if one_in:
        a, b = (_UNIT_WORDS.get(w) or (int(w) if w.isdigit() else 0) for w in one_in.groups())
        return _Atom(a / b, a / b, kind="fraction") if a and b else None
    m = re.fullmatch(
        r"(half|an?|one|two|three|four)(?:[ -](third|quarter|fifth|tenth)s?)?(?: of)?(?: an?)?"
        r"(?: (million|billion))?",
        t,
    )
    if not m or (m.group(2) is None and m.group(1) != "half"):
        return None
    if m.group(1) == "half":
        value = 0.5
    else:
        count = 1 if m.group(1) in ("a", "an") else _UNIT_WORDS[m.group(1)]
        value = count * _FRACTIONS[m.group(2)]
    if m.group(3):
        total = value * _SCALES[m.group(3)]
        return _Atom(total, total)
    return _Atom(value, value, kind="fraction")


def _parse_words(t: str) -> tuple[float | None, float]:
    total, current, last_scale = 0.0, 0.0, 1.0
    seen = False
    for word in re.split(r"[\s-]+", t.replace(" and a half", " +half")):
        if word in ("and",):
            continue
        if word == "+half":  # "one and a half million"
            current += 0.5
            continue
        if word in ("a", "an"):
            current = 1
            seen = True
        elif word in _UNIT_WORDS:
            current += _UNIT_WORDS[word]
            seen = True
        elif word in _TENS_WORDS:
            current += _TENS_WORDS[word]
            seen = True
        elif word in _SCALES:
            scale = _SCALES[word]
            if current == 0:
                current = 1
            if scale == 100 or scale == 12:
                current *= scale
            else:
                total += current * scale
                current = 0
            last_scale = scale
        else:
            return None, 1.0
    if not seen:
        return None, 1.0
    return total + current, last_scale


def _combine(a: _Atom, b: _Atom, b_text: str) -> _Atom:
    low, high = a.low, b.high
    if a.scale == 1 and b.scale > 1 and a.low < b.mantissa and not a.vague and a.kind in ("count", "money"):
        low = a.low * b.scale  # "25-30,000", "10-15 million"
    if low > high:
        low, high = high, low
    kind = b.kind if a.kind == "count" else a.kind
    return _Atom(low, high, vague=a.vague or b.vague, kind=kind, digits=a.digits, currency=a.currency or b.currency)


def _make(
    text: str, start: int, end: int, atom: _Atom, s_start: int, s_end: int, suffix: str | None = None
) -> Figure | None:
    low: float | None = atom.low
    high: float | None = atom.high
    kind, currency = atom.kind, atom.currency
    num_start, num_end = start, end
    qualifier = None
    if suffix:
        s = suffix.strip().lower()
        if s in ("-plus", "+"):
            qualifier = "plus"
        elif s == "-odd":  # "some 200-odd": a little more than 200, the approximating "some" kept in the span
            qualifier = "odd"
            approx = _QUALIFIER_BEFORE.search(text, max(s_start, start - 30), start)
            if approx and approx.group("q").lower() in ("some", "about", "around", "roughly"):
                start = approx.start("q")
        else:
            kind = "percent"
    q = _QUALIFIER_BEFORE.search(text, max(s_start, start - 30), start)
    if q and qualifier is None:
        found = " ".join(q.group("q").lower().split())
        if found == "over" and _HANDED_OVER.search(text, max(s_start, q.start("q") - 12), q.start("q")):
            found = ""  # "hand over 90% of their pay": a phrasal verb, not a bound
        # "talking about hundreds of millions": a vague amount takes bounds, not approximations
        if not found:
            pass
        elif not atom.vague or found in _LOWER_QUALIFIERS or found in _UPPER_QUALIFIERS:
            qualifier = found
            if not _VERBAL_QUALIFIER.match(found):  # "exceeds 3,000": the verb is not part of the figure
                start = q.start("q")
    after_q = _QUALIFIER_AFTER.match(text, end, s_end)
    if after_q and qualifier is None:
        qualifier = "or " + after_q.group("q").lower()
        end = after_q.end()
    elif after_q and after_q.group("q").lower() == "so" and qualifier in _APPROX_QUALIFIERS:
        end = after_q.end()  # "some 3,000 or so": one approximation written twice
    rate_text = None
    if kind == "count":
        cw = _CURRENCY_WORD.match(text, num_end, s_end)
        if cw:
            kind, currency = "money", cw.group("c").lower()
            rate = _RATE.match(text, cw.end(), s_end)  # "3,000 roubles a month" is the figure as written
            rate_text = rate.group("r") if rate else None
            end = rate.end() if rate else cw.end()
    if kind == "money" and atom.currency:  # "$2,000 a month" is the figure as written
        rate = _RATE.match(text, end, s_end)
        if rate:
            end = rate.end()
            rate_text = rate.group("r")
    if qualifier is not None:
        base = qualifier.removeprefix("or ")
        if base in _LOWER_QUALIFIERS or qualifier in _LOWER_QUALIFIERS:
            high = None
        elif base in _UPPER_QUALIFIERS and low == high:
            low = None
    return Figure(
        start=start,
        end=end,
        low=low,
        high=high,
        qualifier=qualifier,
        vague=atom.vague,
        kind=kind,
        num_start=num_start,
        num_end=num_end,
        currency=currency,
        rate=rate_text,
    )


# Where a list item starts: the start of a line (after bullets or markup), a colon or semicolon, the end of a
# sentence on the same line, or a capitalised label word at the start of a line ("Step 4:", "Part 2.").
_MARKER_BEFORE = re.compile(
    r"(?:^|\n)[ \t>*#•\-]*(?:[A-Z][a-z]{1,10}[ \t]+)?[(\[]?$|[:;][ \t]*[(\[]?$|[.!?][ \t]+[(\[]?$"
)
_LABEL_LINE = re.compile(
    r"(?:^|\n)[ \t>*#•\-]*(?:Step|Part|Point|Phase|Stage|Item|Chapter|Section|Question|Lesson|Tip|Key|Fact|Number|No)"
    r"[ \t]+$"
)
_DASH_MARKER_AFTER = re.compile(r"[ \t]+[-–—][ \t]+[\"“'‘]?[A-Z]")
_MARKER_AFTER = re.compile(r"(?:[)\]]\**(?:[ \t]+|$)|(?:\.|:(?!\d))\**(?:[ \t]+|$)(?=[\"“'‘*(\[]?[A-Z\d]|$))", re.M)


def _list_marker(text: str, start: int, end: int) -> bool:
    """Whether a small number is a list marker: "1. Troops", "2) Shells", "(3)", "Step 4:"."""
    before = text[max(0, start - 16) : start]
    if text[end : end + 1] == ")" and _inline_list(text, start, end):
        return True  # "the ministry listed 1) troops and 2) shells"
    if not _MARKER_BEFORE.search(before):
        return False
    opened = before.endswith(("(", "["))
    after = text[end : end + 4]
    if opened:
        return after[:1] in (")", "]")
    line_start = before.rstrip("(")[-1:] in ("\n", "") or re.search(r"(?:^|\n)[ \t>*#•\-]*$", before)
    if line_start and _DASH_MARKER_AFTER.match(text, end, min(len(text), end + 8)):
        return True  # "1 - North Korea sent ..."
    if not _MARKER_AFTER.match(text, end, min(len(text), end + 8)):
        return False
    if line_start:
        return True  # at the start of a line
    if re.search(r"[A-Z][a-z]{1,10}[ \t]+$", before):
        return _LABEL_LINE.search(before) is not None  # "Step 4:" opening a line, not "Killed 12. Wounded 30."
    # after a colon or a full stop on the same line: only when the list goes on ("1. ... 2. ...")
    number = int(text[start:end])
    following = re.compile(rf"(?<![\d,.])\(?{number + 1}[.)]\s")
    if following.search(text, end, end + 600) is not None:
        return True
    preceding = re.compile(rf"(?<![\d,.])\(?{number - 1}[.)]\s")
    return number > 1 and preceding.search(text, max(0, start - 600), start) is not None


def _inline_list(text: str, start: int, end: int) -> bool:
    """Whether "N)" belongs to a run of bracketed markers that starts at 1 (not "killed (12) and wounded (13)")."""
    number = int(text[start:end])
    if number == 1:
        return re.compile(r"(?<![\d,.])\(?2\)\s").search(text, end, end + 600) is not None
    return re.compile(r"(?<![\d,.])\(?1\)\s").search(text, max(0, start - 600), start) is not None


def _is_year(written: str, atom: _Atom) -> bool:
    w = written.strip()
    return bool(re.fullmatch(r"\d{4}", w)) and 1900 <= atom.low <= 2100


def _count_follows(before: str, after: str) -> bool:
    """Whether a year-like number is a count: "2000 soldiers" but not "in 2000" or "2024 elections"."""
    if _YEAR_CONTEXT_BEFORE.search(before) or re.search(r"[,']\s*$", before):
        return False
    return bool(re.match(r"\s+(?:[A-Z][a-z]+\s+){0,2}[a-z]+s\b", after)) and not re.match(
        r"\s+(?:elections?|was|is|has|had|as)\b", after
    )


def _is_time_like(before: str, after: str) -> bool:
    return bool(re.search(r"\d[:h]$", before) or re.match(r"[:h]\d", after))
