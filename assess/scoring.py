"""Reading an assessment: completion and scores per pillar and overall, the gaps, and filters.

Rules (also printed in the report's methodology):
- an item is complete when it is N/A or every dimension it is scored on has a score;
- an item's target is its own, else its nearest branch's, else the assessment's (:mod:`assess.targets`);
- a pillar's score in a dimension is the mean of the scores given in it, N/A items left out;
- the gap of an item is its target minus its lower score; a complete item is a gap when that is above 0, and
  the gap's severity is minor (1 level), major (2) or critical (3 or more); an item scored in one dimension only
  is *partly scored*, whatever that score;
- gaps are ordered by priority (high, medium, low, none), then by size, then by framework order.

:func:`scorecard` reads an assessment once (one query per kind of row: the assessment, its framework,
its responses, their institutions, their evidence) into a :class:`Scorecard`, from which the overview,
the gaps and any filtered list follow without going back to the database.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from assess import assessments, evidence, frameworks, targets
from assess.assessments import AssessmentInfo
from assess.errors import InvalidInput
from assess.evidence import EvidenceView
from assess.responses import PRIORITIES, ResponseView, view
from assess.targets import Targets
from assess.vocabulary import Severity
from db.models import Evidence, Response
from framework import Framework, pick


class ItemStatus(StrEnum):
    """Where an item stands against its target (its *state*)."""

    NOT_SCORED = "not_scored"
    """No score given yet (and not N/A)."""
    PARTLY_SCORED = "partly_scored"
    """Scored in some of its dimensions, not yet in all."""
    MEETS_TARGET = "meets_target"
    """Every dimension scored, at or above the target."""
    GAP = "gap"
    """Every dimension scored, and the lower score below the target."""
    NOT_APPLICABLE = "not_applicable"
    """Not applicable, with a justification."""


STATUSES = tuple(ItemStatus)
PRIORITY_RANK = {"high": 0, "medium": 1, "low": 2, None: 3}


@dataclass(frozen=True)
class ItemState:
    """One assessable item with its response and what follows from it."""

    code: str
    pillar: str
    text: str
    response: ResponseView
    dimensions: tuple[str, ...]
    target: int
    target_from: str = ""
    """The code of the branch or item whose override sets ``target``; empty for the assessment's own target."""
    target_reason: str = ""

    @property
    def complete(self) -> bool:
        r = self.response
        if r.not_applicable:
            return True
        return all((r.law if d == "law" else r.practice) is not None for d in self.dimensions)

    @property
    def gap_law(self) -> int | None:
        r = self.response
        return None if r.not_applicable or r.law is None else max(self.target - r.law, 0)

    @property
    def gap_practice(self) -> int | None:
        r = self.response
        return None if r.not_applicable or r.practice is None else max(self.target - r.practice, 0)

    @property
    def gap(self) -> int:
        return max(self.gap_law or 0, self.gap_practice or 0)

    def has_status(self, status: str) -> bool:
        """Whether a filter by ``status`` selects the item. A partly scored item is never a gap yet (its gap is
        known once every dimension is scored), so each item is in exactly one state and the filter is that state."""
        return self.status == status

    @property
    def status(self) -> ItemStatus:
        r = self.response
        if r.not_applicable:
            return ItemStatus.NOT_APPLICABLE
        if r.law is None and r.practice is None:
            return ItemStatus.NOT_SCORED
        if not self.complete:
            return ItemStatus.PARTLY_SCORED
        return ItemStatus.GAP if self.gap > 0 else ItemStatus.MEETS_TARGET

    @property
    def severity(self) -> Severity | None:
        """How far a gap falls short: minor, major or critical; None for an item that is no gap."""
        return Severity.of(self.gap) if self.status == ItemStatus.GAP else None


@dataclass(frozen=True)
class Summary:
    """Completion and mean scores for a pillar (or the whole assessment: code ``ALL``)."""

    code: str
    title: str
    assessable: int
    complete: int
    not_applicable: int
    gaps: int
    law_mean: float | None
    practice_mean: float | None
    law_count: int
    practice_count: int
    by_priority: dict[str, int] = field(default_factory=dict)
    by_state: dict[str, int] = field(default_factory=dict)
    by_severity: dict[str, int] = field(default_factory=dict)

    @property
    def completion(self) -> float:
        return self.complete / self.assessable if self.assessable else 1.0


@dataclass(frozen=True)
class Overview:
    assessment: AssessmentInfo
    pillars: list[Summary]
    overall: Summary


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def summarize(code: str, title: str, states: Iterable[ItemState]) -> Summary:
    states = list(states)
    laws = [s.response.law for s in states if s.response.law is not None and not s.response.not_applicable]
    practices = [
        s.response.practice for s in states if s.response.practice is not None and not s.response.not_applicable
    ]
    gaps = [s for s in states if s.status == ItemStatus.GAP]
    by_priority = {p: sum(1 for s in gaps if s.response.priority == p) for p in PRIORITIES}
    by_priority["none"] = sum(1 for s in gaps if s.response.priority is None)
    by_state = {state.value: sum(1 for s in states if s.status == state) for state in ItemStatus}
    by_severity = {level.value: sum(1 for s in gaps if s.severity == level) for level in Severity}
    return Summary(
        code=code,
        title=title,
        assessable=len(states),
        complete=sum(1 for s in states if s.complete),
        not_applicable=sum(1 for s in states if s.response.not_applicable),
        gaps=len(gaps),
        law_mean=_mean(laws),
        practice_mean=_mean(practices),
        law_count=len(laws),
        practice_count=len(practices),
        by_priority=by_priority,
        by_state=by_state,
        by_severity=by_severity,
    )


@dataclass(frozen=True)
class Filters:
    pillars: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    institution: str | None = None
    text: str | None = None
    due_before: dt.date | None = None

    def check(self) -> None:
        for status in self.statuses:
            if status not in STATUSES:
                raise InvalidInput(
                    "Unknown status {status}; use one of {statuses}.", status=repr(status), statuses=", ".join(STATUSES)
                )
        for priority in self.priorities:
            if priority not in (*PRIORITIES, "none"):
                raise InvalidInput(
                    "Unknown priority {priority}; use high, medium, low or none.", priority=repr(priority)
                )


def matches(state: ItemState, filters: Filters) -> bool:
    r = state.response
    if filters.pillars and state.pillar not in filters.pillars:
        return False
    if filters.statuses and not any(state.has_status(status) for status in filters.statuses):
        return False
    if filters.priorities and (r.priority or "none") not in filters.priorities:
        return False
    if filters.institution and filters.institution.casefold() not in (i.casefold() for i in r.institutions):
        return False
    if filters.due_before and not (r.target_date and r.target_date <= filters.due_before):
        return False
    if filters.text:
        needle = filters.text.casefold()
        haystack = " ".join(
            (
                state.code,
                state.text,
                r.rationale,
                r.next_action,
                r.technical_assistance,
                r.na_justification,
                *r.institutions,
            )
        ).casefold()
        if needle not in haystack:
            return False
    return True


def register_order(states: Iterable[ItemState]) -> list[ItemState]:
    """The gaps among ``states`` (in framework order), by priority then size of gap then framework order."""
    found = [s for s in states if s.status == ItemStatus.GAP]
    order = {s.code: n for n, s in enumerate(found)}
    return sorted(found, key=lambda s: (PRIORITY_RANK.get(s.response.priority, 3), -s.gap, order[s.code]))


@dataclass(frozen=True)
class Scorecard:
    """An assessment as read once: its details, its framework and every assessable item's state in framework
    order, in one language; with ``evidence`` (when read with it) every piece of evidence in the same order."""

    info: AssessmentInfo
    framework: Framework
    lang: str
    states: tuple[ItemState, ...]
    evidence: tuple[EvidenceView, ...] | None = None
    targets: Targets | None = None

    @cached_property
    def overview(self) -> Overview:
        """Completion and means per pillar (the pillars that have items) and overall."""
        pillars = []
        for root in self.framework.roots():
            mine = [s for s in self.states if s.pillar == root.code]
            if mine:
                pillars.append(summarize(root.code, pick(root.title, self.lang) or root.code, mine))
        return Overview(self.info, pillars, summarize("ALL", "Overall", self.states))

    def select(self, filters: Filters) -> list[ItemState]:
        """The items that pass ``filters``, in framework order; a clear error for an unknown status or pillar."""
        filters.check()
        framework = self.framework
        unknown = [p for p in filters.pillars if not framework.has(p) or framework.item(p).parent is not None]
        if unknown:
            roots = ", ".join(r.code for r in framework.roots())
            raise InvalidInput("Unknown pillar {pillars}; use one of {roots}.", pillars=", ".join(unknown), roots=roots)
        return [s for s in self.states if matches(s, filters)]

    def gaps(self, filters: Filters | None = None) -> list[ItemState]:
        """Items below target (that pass ``filters``), in the order of the gap register."""
        return register_order(self.select(filters) if filters is not None else self.states)


def scorecard(
    session: Session, assessment_id: int | str, lang: str = "en", *, with_evidence: bool = False
) -> Scorecard:
    """The assessment ``assessment_id`` read once; ``with_evidence`` also reads its evidence (for a report)."""
    assessment = assessments.get(session, assessment_id)
    framework = frameworks.loaded(assessment.framework)
    attached: tuple[EvidenceView, ...] | None = None
    if with_evidence:
        attached = tuple(evidence.of_assessment(session, assessment))
        counts = Counter(line.item_code for line in attached)
    else:
        counts = Counter(
            {
                code: n
                for code, n in session.execute(
                    select(Response.item_code, func.count())
                    .join(Evidence, Evidence.response_id == Response.id)
                    .where(Response.assessment_id == assessment.id)
                    .group_by(Response.item_code)
                )
            }
        )
    rows = session.scalars(
        select(Response)
        .where(Response.assessment_id == assessment.id)
        .options(selectinload(Response.institutions))
        .order_by(Response.position)
    )
    goals = targets.read(session, assessment)
    states = tuple(_state(framework, goals, view(r, counts[r.item_code]), lang) for r in rows)
    return Scorecard(assessments.info(assessment), framework, lang, states, attached, goals)


def _state(framework: Framework, goals: Targets, response: ResponseView, lang: str) -> ItemState:
    item = framework.item(response.item_code)
    source = goals.source(framework, item.code)
    return ItemState(
        code=item.code,
        pillar=framework.root_of(item.code).code,
        text=pick(item.text, lang) or pick(item.title, lang),
        response=response,
        dimensions=item.dimensions,
        target=goals.level if source is None else source.level,
        target_from="" if source is None else source.code,
        target_reason=goals.reason if source is None else source.reason,
    )


def item_states(session: Session, assessment_id: int | str, lang: str = "en") -> list[ItemState]:
    """Every assessable item of the assessment, in framework order."""
    return list(scorecard(session, assessment_id, lang).states)


def overview(session: Session, assessment_id: int | str, lang: str = "en") -> Overview:
    return scorecard(session, assessment_id, lang).overview


def select_items(session: Session, assessment_id: int | str, filters: Filters, lang: str = "en") -> list[ItemState]:
    filters.check()
    return scorecard(session, assessment_id, lang).select(filters)


def gaps(
    session: Session, assessment_id: int | str, filters: Filters | None = None, lang: str = "en"
) -> list[ItemState]:
    """Items below target, by priority then size of gap then framework order."""
    return scorecard(session, assessment_id, lang).gaps(filters or Filters())
