"""Progress against a previous round: change per pillar and per item, improved, regressed, new gaps.

Items are matched by code, so a round made on a newer version of the framework still compares
with the baseline on every item the two versions share. An item's change is read from the scores
given in both rounds: *improved* when a score rose and none fell, *regressed* when one fell and
none rose, *mixed* when one rose and the other fell; a score given in only one round is not a
change in level (*newly scored*, *no longer scored*). A *new gap* is an item below target now that was not
below target before; a *closed gap* is one that was and now meets the target or is N/A. Each round is read
against its own targets: a gap closed by lowering a target counts as closed, and the report shows both targets.

:func:`compare` works on two scorecards already read (:func:`assess.scoring.scorecard`): it reads nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from assess.assessments import AssessmentInfo
from assess.errors import InvalidInput
from assess.scoring import ItemState, ItemStatus, Scorecard, Summary


class Change(StrEnum):
    """How an item changed between two rounds."""

    IMPROVED = "improved"
    REGRESSED = "regressed"
    MIXED = "mixed"
    UNCHANGED = "unchanged"
    NEWLY_SCORED = "newly scored"
    NO_LONGER_SCORED = "no longer scored"
    CHANGED = "changed"
    """The item became, or stopped being, N/A."""
    NEW_ITEM = "new item"
    """Not in the previous round (a newer version of the framework)."""


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
    change: Change

    @property
    def new_gap(self) -> bool:
        return self.after.status == ItemStatus.GAP and self.before is not None and self.before.status != ItemStatus.GAP

    @property
    def closed_gap(self) -> bool:
        return (
            self.before is not None
            and self.before.status == ItemStatus.GAP
            and self.after.status in (ItemStatus.MEETS_TARGET, ItemStatus.NOT_APPLICABLE)
        )


@dataclass(frozen=True)
class Comparison:
    previous: AssessmentInfo
    pillars: tuple[PillarChange, ...]
    items: tuple[ItemChange, ...]

    def having(self, change: Change) -> tuple[ItemChange, ...]:
        return tuple(i for i in self.items if i.change == change)

    @property
    def improved(self) -> tuple[ItemChange, ...]:
        return self.having(Change.IMPROVED)

    @property
    def regressed(self) -> tuple[ItemChange, ...]:
        return self.having(Change.REGRESSED)

    @property
    def new_gaps(self) -> tuple[ItemChange, ...]:
        return tuple(i for i in self.items if i.new_gap)

    @property
    def closed_gaps(self) -> tuple[ItemChange, ...]:
        return tuple(i for i in self.items if i.closed_gap)


def classify(before: ItemState | None, after: ItemState) -> Change:
    if before is None:
        return Change.NEW_ITEM
    b, a = before.response, after.response
    if b.not_applicable or a.not_applicable:
        return Change.UNCHANGED if b.not_applicable == a.not_applicable else Change.CHANGED
    rises = falls = added = removed = 0
    for old, new in ((b.law, a.law), (b.practice, a.practice)):
        if old is not None and new is not None:
            rises += new > old
            falls += new < old
        else:
            added += old is None and new is not None
            removed += old is not None and new is None
    if rises and falls:
        return Change.MIXED
    if rises:
        return Change.IMPROVED
    if falls:
        return Change.REGRESSED
    if added:
        return Change.NEWLY_SCORED
    return Change.NO_LONGER_SCORED if removed else Change.UNCHANGED


def compare(previous: Scorecard, current: Scorecard) -> Comparison:
    """How ``current`` changed since ``previous``, pillar by pillar and item by item."""
    if previous.info.id == current.info.id:
        raise InvalidInput(
            "Assessment {number} cannot be compared with itself; give the id of an earlier round.",
            number=current.info.id,
        )
    before, after = previous.overview, current.overview
    before_pillars = {p.code: p for p in before.pillars}
    pillars = [PillarChange(p.code, p.title, before_pillars.get(p.code), p) for p in after.pillars]
    pillars.append(PillarChange("ALL", "Overall", before.overall, after.overall))
    before_states = {s.code: s for s in previous.states}
    items = tuple(
        ItemChange(s.code, s.text, before_states.get(s.code), s, classify(before_states.get(s.code), s))
        for s in current.states
    )
    return Comparison(previous.info, tuple(pillars), items)
