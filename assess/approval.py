"""Approving an assessment as final, and taking it back to draft: who, in which capacity, for which body, when, why.

Marking final records the approval (the name of who approved it, their role, the body they approve for, the
date). It is refused while items are not fully scored or key findings are empty, with the list of what is
missing, unless forced (the approval then says so). Going back to draft records who did it and why. Every
change of status is kept (:func:`history`), for the approval page of the report, and written to the audit log.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from assess import assessments, audit, findings, scoring
from assess.assessments import AssessmentInfo
from assess.errors import InvalidInput
from assess.messages import UserText
from assess.users import check_can_edit, current_user
from assess.vocabulary import AssessmentStatus
from db import clock
from db.models import Assessment, StatusChange

NAME_LIMIT = 200
BODY_LIMIT = 300
REASON_LIMIT = 4000
LISTED = 12
"""How many of the items not fully scored a refusal names (the window lists them all)."""


@dataclass(frozen=True)
class Approval:
    """Who approved an assessment as final: name, capacity (role), the body approved for, the date."""

    approved_by: str
    role: str = ""
    body: str = ""
    approved_on: dt.date | None = None


@dataclass(frozen=True)
class StatusEntry:
    """One change of status, as the revision history of the approval page lists it."""

    at: dt.datetime
    user: str
    status: AssessmentStatus
    approval: Approval | None
    reason: str
    forced: bool


@dataclass(frozen=True)
class Readiness:
    """What stands in the way of approving an assessment: items not fully scored, key findings not written."""

    unscored: tuple[str, ...]
    missing_findings: tuple[str, ...]
    """Scopes without a finding (``""`` for the overall finding)."""

    @property
    def ready(self) -> bool:
        return not (self.unscored or self.missing_findings)


def readiness(card: scoring.Scorecard, written: dict[str, findings.FindingView]) -> Readiness:
    open_states = (scoring.ItemStatus.NOT_SCORED, scoring.ItemStatus.PARTLY_SCORED)
    unscored = tuple(s.code for s in card.states if s.status in open_states)
    missing = tuple(scope for scope in findings.scopes(card.framework) if scope not in written)
    return Readiness(unscored, missing)


def check(session: Session, assessment_id: int | str) -> Readiness:
    card = scoring.scorecard(session, assessment_id)
    return readiness(card, findings.of_assessment(session, assessment_id))


def _clean(value: str, what: str, limit: int) -> str:
    text = " ".join((value or "").split())
    if len(text) > limit:
        raise InvalidInput(
            "The {what} is too long ({length} characters; at most {limit}).", what=what, length=len(text), limit=limit
        )
    return text


def _refusal(number: int, found: Readiness) -> InvalidInput:
    """What is missing, in sentences whose counts stand after a colon (no plural agreement in any language)."""
    codes: str | UserText = ", ".join(found.unscored[:LISTED])
    if len(found.unscored) > LISTED:
        codes = UserText("{codes} and {count} more (assess show)", codes=codes, count=len(found.unscored) - LISTED)
    unscored = UserText("Items not fully scored: {count} ({codes}).", count=len(found.unscored), codes=codes)
    pillars = ", ".join(scope for scope in found.missing_findings if scope != findings.OVERALL)
    if findings.OVERALL not in found.missing_findings:
        missing = UserText("Key findings not written for: {pillars}.", pillars=pillars)
    elif pillars:
        missing = UserText("Key findings not written: the overall finding and those for {pillars}.", pillars=pillars)
    else:
        missing = UserText("Key findings not written: the overall finding.")
    if found.unscored and found.missing_findings:
        return InvalidInput(
            "Assessment {number} cannot be approved yet. {unscored} {missing} Score the items and write the key "
            "findings (assess finding), or approve it as it is with --force.",
            number=number,
            unscored=unscored,
            missing=missing,
        )
    if found.unscored:
        return InvalidInput(
            "Assessment {number} cannot be approved yet. {unscored} Score the items, or approve it as it is with "
            "--force.",
            number=number,
            unscored=unscored,
        )
    return InvalidInput(
        "Assessment {number} cannot be approved yet. {missing} Write the key findings (assess finding), or approve "
        "it as it is with --force.",
        number=number,
        missing=missing,
    )


def mark_final(
    session: Session,
    assessment_id: int | str,
    approval: Approval,
    *,
    force: bool = False,
    user: str | None = None,
) -> AssessmentInfo:
    """Approve the assessment as final (read-only until taken back to draft)."""
    check_can_edit(session)
    user = user or current_user(session)
    assessment = assessments.get(session, assessment_id)
    if assessment.status == AssessmentStatus.FINAL:  # approved already: nothing changes
        return assessments.info(assessment)
    name = _clean(approval.approved_by, "name of who approved it", NAME_LIMIT)
    if not name:
        raise InvalidInput('Say who approved the assessment (for example --approved-by "Jane Doe").')
    found = check(session, assessment.id)
    if not found.ready and not force:
        raise _refusal(assessment.id, found)
    made = Approval(
        approved_by=name,
        role=_clean(approval.role, "role", NAME_LIMIT),
        body=_clean(approval.body, "name of the body", BODY_LIMIT),
        approved_on=approval.approved_on or clock.now(session).date(),
    )
    _change(session, assessment, AssessmentStatus.FINAL, user, approval=made, forced=not found.ready)
    return assessments.info(assessment)


def reopen(session: Session, assessment_id: int | str, reason: str, *, user: str | None = None) -> AssessmentInfo:
    """Take a final assessment back to draft, saying why."""
    check_can_edit(session)
    user = user or current_user(session)
    assessment = assessments.get(session, assessment_id)
    if assessment.status == AssessmentStatus.DRAFT:
        return assessments.info(assessment)
    why = _clean(reason, "reason", REASON_LIMIT)
    if not why:
        raise InvalidInput('Say why the assessment goes back to draft (for example --reason "Scores revised").')
    _change(session, assessment, AssessmentStatus.DRAFT, user, reason=why)
    return assessments.info(assessment)


def _change(
    session: Session,
    assessment: Assessment,
    status: AssessmentStatus,
    user: str,
    *,
    approval: Approval | None = None,
    reason: str = "",
    forced: bool = False,
) -> None:
    now = clock.now(session)
    audit.record(
        session, user=user, assessment_id=assessment.id, entity="assessment", field="status",
        old=assessment.status, new=status,
    )  # fmt: skip
    session.add(
        StatusChange(
            assessment_id=assessment.id,
            at=now,
            user=user,
            status=status,
            approved_by=approval.approved_by if approval else "",
            role=approval.role if approval else "",
            body=approval.body if approval else "",
            approved_on=approval.approved_on if approval else None,
            reason=reason,
            forced=forced,
        )
    )
    assessment.status = status
    assessment.updated_at = now
    session.flush()


def history(session: Session, assessment_id: int) -> tuple[StatusEntry, ...]:
    """Every change of status of the assessment, oldest first."""
    rows = session.scalars(
        select(StatusChange).where(StatusChange.assessment_id == assessment_id).order_by(StatusChange.id)
    )
    return tuple(
        StatusEntry(
            at=row.at,
            user=row.user,
            status=row.status,
            approval=Approval(row.approved_by, row.role, row.body, row.approved_on)
            if row.status == AssessmentStatus.FINAL
            else None,
            reason=row.reason,
            forced=row.forced,
        )
        for row in rows
    )


def current(entries: tuple[StatusEntry, ...], status: AssessmentStatus) -> StatusEntry | None:
    """The entry that made a final assessment final (None for a draft)."""
    if status != AssessmentStatus.FINAL:
        return None
    return next((e for e in reversed(entries) if e.status == AssessmentStatus.FINAL), None)
