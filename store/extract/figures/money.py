"""Money: currency signs and codes before a number, currency words after it, and rates ("a month")."""

from __future__ import annotations

import re

CURRENCY = r"(?:US\$|A\$|C\$|\$|€|£|₩|₽|¥|(?:USD|EUR|KRW|RUB)\s?)"


CURRENCY_PREFIX = re.compile(CURRENCY, re.I)


RATE = re.compile(
    r"\s+(?P<r>(?:(?:per|a|for\s+each|each)\s+(?:soldier|man|person|head|worker|recruit)\s+)?"
    r"(?:a|per|each|every)\s+(?:month|year|week|day)|monthly|annually|yearly)\b",
    re.I,
)
CURRENCY_WORD = re.compile(
    r"[\"”’']?\s+(?:of\s+)?(?:US\s+|U\.S\.\s+|American\s+|South\s+Korean\s+|North\s+Korean\s+)?"
    r"(?P<c>dollars|euros|won|rubles|roubles|pounds|yuan|usd)\b",
    re.I,
)
