"""Reading an assessment: completion and scores per pillar and overall, the gaps, and filters.

Rules (also printed in the report's methodology):
- an item is complete when it is N/A or every dimension it is scored on has a score;
- a pillar's score in a dimension is the mean of the scores given in it, N/A items left out;
- the gap of an item is the target minus its lower score; an item is a gap when that is above 0;
- gaps are ordered by priority (high, medium, low, none), then by size, then by framework order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from assess import assessments, frameworks
from assess.errors import InvalidInput
from assess.responses import PRIORITIES, ResponseView, view
from db.models import Assessment, Evidence, Response
from framework import Framework, pick

STATUSES = ("unscored", "partial", "scored", "na", "gap")
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

    @property
    def status(self) -> str:
        r = self.response
        if r.not_applicable:
            return "na"
        if r.law is None and r.practice is None:
            return "unscored"
        if self.gap > 0:
            return "gap"
        return "scored" if self.complete else "partial"


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

    @property
    def completion(self) -> float:
        return self.complete / self.assessable if self.assessable else 1.0


@dataclass(frozen=True)
class Overview:
    assessment: assessments.AssessmentInfo
    pillars: list[Summary]
    overall: Summary


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def item_states(session: Session, assessment_id: int | str, lang: str = "en") -> list[ItemState]:
    """Every assessable item of the assessment, in framework order."""
    assessment = assessments.get(session, assessment_id)
    framework = frameworks.loaded(assessment.framework)
    counts: dict[int, int] = {
        response_id: n
        for response_id, n in session.execute(
            select(Evidence.response_id, func.count())
            .join(Response, Evidence.response_id == Response.id)
            .where(Response.assessment_id == assessment.id)
            .group_by(Evidence.response_id)
        )
    }
    rows = session.scalars(
        select(Response)
        .where(Response.assessment_id == assessment.id)
        .options(selectinload(Response.institutions))
        .order_by(Response.position)
    )
    return [_state(framework, assessment, view(r, counts.get(r.id, 0)), lang) for r in rows]


def _state(framework: Framework, assessment: Assessment, response: ResponseView, lang: str) -> ItemState:
    item = framework.item(response.item_code)
    return ItemState(
        code=item.code,
        pillar=framework.root_of(item.code).code,
        text=pick(item.text, lang) or pick(item.title, lang),
        response=response,
        dimensions=item.dimensions,
        target=assessment.target_level,
    )


def summarize(code: str, title: str, states: Iterable[ItemState]) -> Summary:
    states = list(states)
    laws = [s.response.law for s in states if s.response.law is not None and not s.response.not_applicable]
    practices = [
        s.response.practice for s in states if s.response.practice is not None and not s.response.not_applicable
    ]
    gaps = [s for s in states if s.status == "gap"]
    by_priority = {p: sum(1 for s in gaps if s.response.priority == p) for p in PRIORITIES}
    by_priority["none"] = sum(1 for s in gaps if s.response.priority is None)
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
    )


def overview(session: Session, assessment_id: int | str, lang: str = "en") -> Overview:
    assessment = assessments.get(session, assessment_id)
    framework = frameworks.loaded(assessment.framework)
    states = item_states(session, assessment.id, lang)
    pillars = []
    for root in framework.roots():
        mine = [s for s in states if s.pillar == root.code]
        if mine:
            pillars.append(summarize(root.code, pick(root.title, lang) or root.code, mine))
    return Overview(assessments.info(assessment), pillars, summarize("ALL", "Overall", states))


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
    if filters.statuses and state.status not in filters.statuses:
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


def select_items(session: Session, assessment_id: int | str, filters: Filters, lang: str = "en") -> list[ItemState]:
    filters.check()
    assessment = assessments.get(session, assessment_id)
    framework = frameworks.loaded(assessment.framework)
    unknown = [p for p in filters.pillars if not framework.has(p) or framework.item(p).parent is not None]
    if unknown:
        roots = ", ".join(r.code for r in framework.roots())
        raise InvalidInput("Unknown pillar {pillars}; use one of {roots}.", pillars=", ".join(unknown), roots=roots)
    return [s for s in item_states(session, assessment.id, lang) if matches(s, filters)]


def gaps(
    session: Session, assessment_id: int | str, filters: Filters | None = None, lang: str = "en"
) -> list[ItemState]:
    """Items below target, by priority then size of gap then framework order."""
    filters = filters or Filters()
    states = [s for s in select_items(session, assessment_id, filters, lang) if s.status == "gap"]
    order = {s.code: n for n, s in enumerate(states)}
    return sorted(states, key=lambda s: (PRIORITY_RANK.get(s.response.priority, 3), -s.gap, order[s.code]))
