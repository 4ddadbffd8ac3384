"""Progress against a previous round: change per pillar and per item, improved, regressed, new gaps.

Items are matched by code, so a round made on a newer version of the framework still compares
with the baseline on every item the two versions share. An item's change is read from the scores
given in both rounds: *improved* when a score rose and none fell, *regressed* when one fell and
none rose, *mixed* when one rose and the other fell; a score given in only one round is not a
change in level (*newly scored*, *no longer scored*). A *new gap* is an item below target now that was not
below target before; a *closed gap* is one that was and now meets the target or is N/A.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from assess import assessments, scoring
from assess.assessments import AssessmentInfo
from assess.errors import InvalidInput
from assess.scoring import ItemState, Overview, Summary

CHANGES = ("improved", "regressed", "mixed", "unchanged", "newly scored", "no longer scored", "changed", "new item")


@dataclass(frozen=True)
class PillarChange:
    code: str
    title: str
    before: Summary | None
    after: Summary

    @staticmethod
    def _delta(after: float | None, before: float | None) -> float | None:
        return None if after is None or before is None else after - before

    @property
    def law_delta(self) -> float | None:
        return self._delta(self.after.law_mean, self.before.law_mean if self.before else None)

    @property
    def practice_delta(self) -> float | None:
        return self._delta(self.after.practice_mean, self.before.practice_mean if self.before else None)


@dataclass(frozen=True)
class ItemChange:
    code: str
    text: str
    before: ItemState | None
    after: ItemState
    change: str

    @property
    def new_gap(self) -> bool:
        return self.after.status == "gap" and self.before is not None and self.before.status != "gap"

    @property
    def closed_gap(self) -> bool:
        return self.before is not None and self.before.status == "gap" and self.after.status in ("scored", "na")


@dataclass(frozen=True)
class Comparison:
    previous: AssessmentInfo
    pillars: tuple[PillarChange, ...]
    items: tuple[ItemChange, ...]

    def having(self, change: str) -> tuple[ItemChange, ...]:
        return tuple(i for i in self.items if i.change == change)

    @property
    def improved(self) -> tuple[ItemChange, ...]:
        return self.having("improved")

    @property
    def regressed(self) -> tuple[ItemChange, ...]:
        return self.having("regressed")

    @property
    def new_gaps(self) -> tuple[ItemChange, ...]:
        return tuple(i for i in self.items if i.new_gap)

    @property
    def closed_gaps(self) -> tuple[ItemChange, ...]:
        return tuple(i for i in self.items if i.closed_gap)


def classify(before: ItemState | None, after: ItemState) -> str:
    if before is None:
        return "new item"
    b, a = before.response, after.response
    if b.not_applicable or a.not_applicable:
        return "unchanged" if b.not_applicable == a.not_applicable else "changed"
    rises = falls = added = removed = 0
    for old, new in ((b.law, a.law), (b.practice, a.practice)):
        if old is not None and new is not None:
            rises += new > old
            falls += new < old
        else:
            added += old is None and new is not None
            removed += old is not None and new is None
    if rises and falls:
        return "mixed"
    if rises:
        return "improved"
    if falls:
        return "regressed"
    if added:
        return "newly scored"
    return "no longer scored" if removed else "unchanged"


def compare_with(
    session: Session,
    info: AssessmentInfo,
    states: list[ItemState],
    overview: Overview,
    previous_id: int | str,
    lang: str = "en",
) -> Comparison:
    """How ``info``'s assessment (its ``states`` and ``overview``) changed since ``previous_id``."""
    previous = assessments.info(assessments.get(session, previous_id))
    if previous.id == info.id:
        raise InvalidInput(
            "Assessment {number} cannot be compared with itself; give the id of an earlier round.", number=info.id
        )
    before_overview = scoring.overview(session, previous.id, lang)
    before_states = {s.code: s for s in scoring.item_states(session, previous.id, lang)}
    before_pillars = {p.code: p for p in before_overview.pillars}
    pillars = [PillarChange(p.code, p.title, before_pillars.get(p.code), p) for p in overview.pillars]
    pillars.append(PillarChange("ALL", "Overall", before_overview.overall, overview.overall))
    items = tuple(
        ItemChange(s.code, s.text, before_states.get(s.code), s, classify(before_states.get(s.code), s)) for s in states
    )
    return Comparison(previous, tuple(pillars), items)
