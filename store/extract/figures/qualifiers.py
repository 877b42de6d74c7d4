"""Qualifiers and the bounds they set: "more than", "up to", "about", "-plus", "or so"."""

from __future__ import annotations

import re

LOWER_QUALIFIERS = {
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
UPPER_QUALIFIERS = {
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
LOWER_QUALIFIERS |= {f"{soft} {q}" for soft in ("a little", "slightly") for q in ("over", "more than", "above")}
UPPER_QUALIFIERS |= {
    f"{soft} {q}" for soft in ("a little", "slightly") for q in ("under", "less than", "fewer than", "below")
}
APPROX_QUALIFIERS = {
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


QUALIFIER_BEFORE = re.compile(
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
HANDED_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing|give|gives|gave|given|fork"
    r"|forked|pass|passed|took|take|taken|taking|hold|held|won|win|carry|carried)\s+$",
    re.I,
)
VERBAL_QUALIFIER = re.compile(r"exceed|surpass|top|pass|cross")
QUALIFIER_AFTER = re.compile(r"\s+or\s+(?P<q>more|so)\b", re.I)
