"""Whether capitalised words form a person's name (``Jane Doe``, ``Jong-un``, ``O'Neill``), not a section or place."""

from __future__ import annotations

import re

from store.extract.metadata.furniture import NAV_WORDS
from store.extract.metadata.lines import word_set
from store.extract.metadata.outlets import OUTLET_WORDS

# Capitalised words that show a short line is a section label or an organisation, not a person's name.
_NOT_NAME_WORDS = (
    word_set(
        """
    news latest category logo app store home world politics geopolitics explainer analysis opinion live video
    breaking top stories korea north south russia russian ukraine ukrainian united states europe asia america
    war military defense defence security daily times post herald journal today press agency ministry council
    president minister report updated published read more share follow sign subscribe menu search the and of
    for in on at by with from new editorial feature features interview commentary business economy sport sports
    staff writer writers correspondent correspondents reporter reporters editor editors desk team bureau
    troops soldiers army forces front offensive invasion attack strike missile missiles weapons aid deal pact
    alliance talks crisis conflict update updates week day year briefing exclusive special podcast watch listen
    photos gallery kursk donbas crimea sanctions nuclear
    culture science tech technology health international national local region global media network tv radio
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday kyiv moscow seoul pyongyang beijing washington
    """
    )
    | NAV_WORDS
) - {"a-z"}
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "dos", "du"})
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_NAME_SPLIT = re.compile(r"[-'’]")


def title_case(token: str) -> str:
    """ "SOO-AH" -> "Soo-Ah", "O'NEILL" -> "O'Neill"."""
    return re.sub(r"[^\W\d_]+", lambda m: m.group().capitalize(), token)


def name_token(token: str, shouting: bool) -> bool:
    """Whether ``token`` can be a word of a person's name in a byline (``shouting``: the byline is in capitals)."""
    if token.lower().strip(".") in _NOT_NAME_WORDS or token.lower() in OUTLET_WORDS:
        return False
    if shouting:
        return bool(re.fullmatch(r"[A-Z]+(?:[-'’][A-Z]+)*", token)) and len(token) > 1
    return _is_name_word(token)


def _is_name_word(token: str) -> bool:
    """A capitalised word of a person's name: "Jong-un", "O'Neill", "McDonald-Smith", "J.", "Zelenskyy", "de"."""
    if token in _NAME_PARTICLES or _INITIALS.fullmatch(token):
        return True
    if len(token) < 2 or not token[0].isupper():
        return False
    parts = _NAME_SPLIT.split(token)
    if not all(part.isalpha() for part in parts):
        return False
    if parts[0].isupper() and len(parts[0]) > 1:
        return False  # "NATO", "KCNA": an acronym, not a name
    return all(not part.isupper() or len(part) == 1 for part in parts[1:]) and any(c.islower() for c in token)


def looks_like_name(line: str) -> bool:
    """A short line of 2-4 capitalised name tokens that are not section or place words."""
    tokens = line.split()
    if not 2 <= len(tokens) <= 4 or len(line) > 40:
        return False
    if not all(_is_name_word(t) for t in tokens) or any(t.endswith(("'s", "’s")) for t in tokens):
        return False  # "Kim Jong Un's Gamble" is a headline
    if not tokens[0][0].isupper() or not tokens[-1][0].isupper():
        return False
    return not any(t.lower().strip(".") in _NOT_NAME_WORDS for t in tokens)
