"""Titles and roles that mark a person (``spokesperson``, ``Gen.``), as a word list and a regex."""

from __future__ import annotations

from store.extract.actors.wordlists import trie_regex

TITLE_WORDS = """president|vice president|vice-president|prime minister|minister|secretary|spokesperson|spokesman|
spokeswoman|press secretary|leader|chief|head|director|general|commander|ambassador|envoy|official|lawmaker|legislator|
senator|congressman|congresswoman|mp|deputy|adviser|advisor|analyst|expert|specialist|professor|researcher|fellow|
scholar|historian|economist|correspondent|journalist|editor|reporter|diplomat|officer|colonel|lieutenant|captain|
sergeant|admiral|marshal|governor|mayor|chair|chairman|chairwoman|chairperson|chancellor|premier|founder|co-founder|
representative|member|dean|lecturer|strategist|observer|commentator|defector|dictator|ruler|negotiator|blogger|
writer|author|activist|consultant|veteran|soldier|pilot|volunteer|investigator|monitor|mr.|mrs.|ms.|
dr.|prof.|gen.|col.|lt.|maj.|capt.|sgt.|adm.|sen.|rep.""".replace("\n", "").split("|")
TITLES = trie_regex(sorted(TITLE_WORDS, key=len, reverse=True))
