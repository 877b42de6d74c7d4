"""Word-list helpers: a set of words written as one string, and a trie-factored regex alternation."""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    """A set of words written as one string (word lists stay readable)."""
    return frozenset(text.split())


def _trie(words: list[str]) -> dict[str, dict]:
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _build(node: dict[str, dict]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _build(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def trie_regex(words: list[str]) -> str:
    """A regex alternation factored as a trie, so matching does not try every word at every position."""
    return _build(_trie(words))


def trie_branches(words: list[str]) -> list[tuple[str, str]]:
    """The trie of :func:`trie_regex` as its top-level branches: ``(first character, regex for the rest)``."""
    return [(ch, _build(child)) for ch, child in sorted(_trie(words).items()) if ch]


# What re.IGNORECASE matches to an ASCII letter besides its two cases (checked over every code point).
_FOLDS = {"i": "İı", "k": "\u212a", "s": "ſ"}


def first_char_alternation(alternatives: list[tuple[str, str]], ignore_case: bool = False) -> str:
    """One alternation of ``(first character, rest)`` alternatives, grouped by their first character.

    Within a character the alternatives keep their order, and alternatives with different first
    characters can never match at the same place, so the result matches exactly what the plain
    ordered alternation of ``first + rest`` matches; the regex engine just tries one group per
    position instead of every alternative.

    With ``ignore_case`` (for a pattern compiled with ``re.IGNORECASE``; first characters are ASCII
    letters) each group opens with a case-sensitive class of every character the flag would match
    there: the engine skips a group whose opening class or plain literal does not match at a glance,
    but enters every group that opens with a case-insensitive literal.
    """
    groups: dict[str, list[str]] = {}
    for first, rest in alternatives:
        if len(first) != 1 or (ignore_case and not ("a" <= first.lower() <= "z")):
            raise ValueError(f"not one character{' (an ASCII letter)' if ignore_case else ''}: {first!r}")
        groups.setdefault(first.lower() if ignore_case else first, []).append(rest)
    parts = [
        (f"(?-i:[{first}{first.upper()}{_FOLDS.get(first, '')}])" if ignore_case else re.escape(first))
        + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in groups.items()
    ]
    return "(?:" + "|".join(parts) + ")"
