"""Who asserts a figure: the claimant of each sentence, across sentence boundaries.

Each sentence is read once (lazily, in text order) for its *cues*: a speech or
belief verb with its speaker (``X said``, ``said X``, ``X, a senior fellow,
told DW``), ``according to X``, ``citing X`` and ``reportedly`` / ``reports
suggest``. A speaker is an actor mention, a pronoun (``he`` -> the last person
who spoke), a definite description (``the agency`` -> the last organisation of
that sort, ``the newspaper`` -> the last outlet, ``the diplomat`` -> the last
person) or a new noun phrase (``Ukraine's special operations forces``).

A figure then takes, in order:

1. inside quotation marks: the speaker the quote is attached to (before or after
   it, possibly in another sentence), else the previous speaker (a quote that
   continues a speaker's paragraph) -> ``direct quote``;
2. a chain (``Reuters, citing the NIS, reported``): the cited source -> ``reported``;
3. the nearest speech verb with a speaker -> ``indirect``;
4. ``according to X`` / ``reportedly`` -> ``reported`` (source None when unnamed);
5. no cue: the source of the next sentence when it names where the figures come
   from (``These figures come from ...``) or restates the same figure with a
   source (a headline or list before its sentence); else the outlet itself
   (``unattributed``).

A capital named as a speaker (``Kyiv says``) stands for its government, so the
claimant is the country.

Modules: ``records`` (Who, Cue), ``patterns`` (cue regexes and verb lists), ``phrases``
(speaker noun phrases), ``cues`` (reading a sentence's cues), ``speakers`` (the subject or
inverted speaker of a verb), ``chains`` (sources named after ``according to`` / ``citing``),
``references`` (pronouns, definite descriptions, carry-over), ``quotes``, ``lists``
(sources from neighbouring sentences), ``naming`` (claimant names), ``base`` (shared state)
and ``attributor`` (the Attributor, choosing among the cues).
"""

from store.extract.attribution.attributor import Attributor
from store.extract.attribution.records import Who

__all__ = ["Attributor", "Who"]
