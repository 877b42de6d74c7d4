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

Modules, each with one job: ``record`` (:class:`Figure`, the parsed-number ``Atom``), ``number_words``,
``vague``, ``shares`` (fractions), ``money``, ``qualifiers``, ``atoms`` (parsing one number), ``pattern``
(the candidate expression), ``ranges``, ``not_figures``, ``list_markers``, ``furniture`` (related-story
lines), ``build`` (qualifier, span, money and bounds of a figure), ``candidate`` (one match to a figure or
none), ``anchors`` (where figures can start, cached per text) and ``scan`` (:func:`find_figures`).
"""

from __future__ import annotations

from store.extract.figures.record import Figure
from store.extract.figures.scan import find_figures

__all__ = ["Figure", "find_figures"]
