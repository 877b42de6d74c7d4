"""A count of people: casualties (and whose), deserters, mobilization, or troops pledged or deployed, by the
cues of its clause and zone and the counts it refers back to.
"""

from __future__ import annotations

import re

from store.extract.figures import Figure
from store.extract.topics.base import ClassifierState
from store.extract.topics.records import Topic, Unit

# "a strike killed 12 people": anyone; a casualty count of them is about the subject only when the sentence says so
_GENERIC_PEOPLE = frozenset({"people", "individuals", "persons"})
# an absolute "with" phrase has no verb of its own: its figure is timed by the clause it elaborates
_WITH_CLAUSE = re.compile(r"\s*with\s+(?!(?:\w+\s+){0,4}(?:are|were|is|was|have|has|had|will)\b)")
_PREPARING = frozenset({"training", "trained", "already"})
_TIMING_KINDS = frozenset({"casualty", "desertion", "mobilization", "pledged", "modal", "deployed", "pledged_weak"})


class Timing(ClassifierState):
    """The topic of a count of people."""

    def _people_topic(self, index: int, position: int, unit: Unit, decision: str | None) -> Topic | None:
        tax = self.tax
        ctx = self.context(index)
        figure = ctx.figures[position]
        z_start, z_end = self._zone(index, position)
        c_start, c_end = self._clause(index, position)
        in_zone = ctx.cues_between(z_start, z_end)
        if z_end < ctx.end:  # a verb right before the next figure is that figure's ("using 11,000 and had lost 1,000")
            in_zone = [c for c in in_zone if c[2] <= figure.start or self.text[c[2] : z_end].strip()]
        if _WITH_CLAUSE.match(self.lower, c_start, c_end) and any(
            c[0] == "pledged" and c[2] <= c_start for c in in_zone
        ):  # "X is expected to send reinforcements, with 1,500 already training": the pledge's progress
            in_zone = [c for c in in_zone if not (c[1] >= c_start and self.lower[c[1] : c[2]] in _PREPARING)]
        in_clause = [c for c in in_zone if c_start <= c[1] and c[2] <= c_end]
        in_clause, in_zone = self._governed(index, position, unit, in_clause, in_zone, c_end)
        if unit.noun_sentence is not None and not any(c[0] in _TIMING_KINDS for c in in_clause):
            # "Pyongyang is preparing to send more soldiers. Kyiv puts the number at 6,000": the count restates
            # the sentence that named what it counts, so that sentence's verbs say whether it happened
            earlier = self.context(unit.noun_sentence)
            in_clause = in_zone = earlier.cues_between(earlier.start, earlier.end)
        names = {c[0] for c in in_clause}
        party = unit.nationality or self._party(ctx, figure)
        casualty = _nearest(in_clause, "casualty", figure)
        # "a third of the deployed troops are now casualties": a participle inside the unit describes the troops
        timing = min(
            (
                _distance(c, figure)
                for c in in_clause
                if c[0] in ("pledged", "deployed") and not figure.end <= c[1] < unit.end
            ),
            default=10**9,
        )
        if decision == "casualties" or casualty < timing:
            if unit.previous is not None and casualty >= 10**9:  # "Kyiv's estimate is higher, at 4,000"
                earlier = self._topic(*unit.previous)
                if earlier is not None and earlier.topic in ("nk_casualties", "russian_casualties", "other"):
                    return Topic(earlier.topic, unit.text, "casualties")
            if (
                (unit.text or "").lower() in _GENERIC_PEOPLE
                and unit.nationality is None
                and not self._names_subject(ctx)
            ):
                # "a strike on Kharkiv killed 12 people": civilians, unless the count before was about the subject
                earlier = self._topic(*unit.previous) if unit.previous is not None else None
                return Topic(earlier.topic, unit.text, "casualties") if earlier is not None else None
            if party == "third":  # Ukraine's losses as Moscow claims them: a figure of the war, not of a topic
                return Topic("other", unit.text, "casualties")
            topic = "russian_casualties" if party == "other" else "nk_casualties"
            return Topic(topic, unit.text, "casualties")
        if unit.nationality in ("other", "third") or "home_forces" in names:
            return None  # "600,000 Russian troops", "an army of 1.2 million active-duty soldiers"
        strong = any(c[0] in ("pledged", "modal", "deployed", "desertion", "mobilization") for c in in_clause)
        if unit.inherited_from is not None and not strong:  # "lost 842,650 personnel, including 1,340 ..."
            earlier = self._topic(index, unit.inherited_from)
            if earlier is not None:
                return Topic(earlier.topic, unit.text, earlier.family)
        if unit.nationality is None and self._deployer(ctx, figure, c_start, c_end) in ("other", "third"):
            return None  # "Russia has amassed 50,000 troops in Kursk"
        if "desertion" in names:
            return Topic("deserters", unit.text, "deserters")
        if "mobilization" in names or (
            unit.family in ("people", "volunteers") and any(c[0] == "mobilization" for c in in_zone)
        ):
            return Topic("mobilization", unit.text, "volunteers")
        # "Analysts put the number at 1,500, and said more would follow": a back-reference takes only its own
        # clause's timing, not a later clause's
        back_reference = unit.previous is not None or (
            unit.inherited and unit.inherited_from is None and unit.end < 0 and unit.text is not None
        )
        for cues in (in_clause,) if back_reference else (in_clause, in_zone):
            strong = [c for c in cues if c[0] in ("pledged", "modal", "deployed")]
            if strong:
                nearest = min(strong, key=lambda c: (_distance(c, figure), c[0] == "deployed"))
                topic = "troops_deployed" if nearest[0] == "deployed" else "troops_pledged"
                return Topic(topic, unit.text, "troops")
        if unit.inherited_from is not None:  # "sent 11,000 last autumn and 3,000 more in January"
            earlier = self._topic(index, unit.inherited_from)
            if earlier is not None:
                return Topic(earlier.topic, unit.text, earlier.family)
        if unit.previous is not None:  # "Kyiv puts the figure at 12,000": the count of the sentence before
            earlier = self._topic(*unit.previous)
            if earlier is not None and earlier.topic in tax.topics:
                return Topic(earlier.topic, unit.text, earlier.family)
        if any(c[0] == "pledged_weak" for c in in_clause):
            return Topic("troops_pledged", unit.text, "troops")
        if unit.family in tax.need_cue:
            return None
        topic = "troops_pledged" if unit.family in tax.default_pledged else "troops_deployed"
        return Topic(topic, unit.text, "troops")


def _distance(cue: tuple[str, int, int], figure: Figure) -> int:
    if cue[2] <= figure.start:
        return figure.start - cue[2]
    if cue[1] >= figure.end:
        return cue[1] - figure.end
    return 0


def _nearest(cues: list[tuple[str, int, int]], name: str, figure: Figure) -> int:
    return min((_distance(c, figure) for c in cues if c[0] == name), default=10**9)
