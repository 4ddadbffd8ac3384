"""Scoring an item: the two scores or N/A, rationale, institutions, priority, date, next action.

One call is one edit: it is checked whole, recorded in the audit log field by field, and
either all of it is saved or none of it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from assess import assessments, audit, vocabulary
from assess.errors import InvalidInput, NotFound, StaleEdit
from assess.users import current_user
from db.models import Assessment, Institution, Response, utcnow
from framework.messages import UserText

PRIORITIES = vocabulary.PRIORITIES
UNSET: Any = object()


@dataclass(frozen=True)
class ResponseView:
    """A response as plain data, for the window, the command line and the reports."""

    item_code: str
    law: int | None
    practice: int | None
    not_applicable: bool
    na_justification: str
    rationale: str
    institutions: tuple[str, ...]
    priority: str | None
    target_date: dt.date | None
    next_action: str
    technical_assistance: str
    updated_by: str
    updated_at: dt.datetime | None
    version: int
    evidence_count: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def scored(self) -> bool:
        return self.not_applicable or self.law is not None or self.practice is not None


def view(response: Response, evidence_count: int | None = None) -> ResponseView:
    return ResponseView(
        item_code=response.item_code,
        law=response.law_score,
        practice=response.practice_score,
        not_applicable=response.not_applicable,
        na_justification=response.na_justification,
        rationale=response.rationale,
        institutions=tuple(i.name for i in response.institutions),
        priority=response.priority,
        target_date=response.target_date,
        next_action=response.next_action,
        technical_assistance=response.technical_assistance,
        updated_by=response.updated_by,
        updated_at=response.updated_at,
        version=response.version,
        evidence_count=len(response.evidence) if evidence_count is None else evidence_count,
    )


def find(session: Session, assessment: Assessment, code: str) -> Response:
    response = session.scalar(
        select(Response).where(Response.assessment_id == assessment.id, Response.item_code == code)
    )
    if response is None:
        from assess import frameworks

        framework = frameworks.loaded(assessment.framework)
        if framework.has(code):
            raise InvalidInput("{code} is context, not an assessable item; it cannot be scored.", code=code)
        raise NotFound(
            "There is no item {code} in {framework} {version}. Item codes look like PROS-1, PROS-1.i, PROT-5, "
            "WG-11.b; see them with: assess framework show",
            code=code,
            framework=framework.id,
            version=framework.version,
        )
    return response


def get(session: Session, assessment_id: int | str, code: str) -> ResponseView:
    assessment = assessments.get(session, assessment_id)
    return view(find(session, assessment, code))


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(
            "{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.", text=repr(text)
        ) from None


def _score(value: object, what: UserText, assessment: Assessment) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise InvalidInput(
                "The {what} score {value} is not a whole number from {low} to {high}.",
                what=what,
                value=repr(value),
                low=assessment.scale_min,
                high=assessment.scale_max,
            ) from None
    if not assessment.scale_min <= value <= assessment.scale_max:
        raise InvalidInput(
            "The {what} score {value} is off the scale; use {low} to {high}.",
            what=what,
            value=value,
            low=assessment.scale_min,
            high=assessment.scale_max,
        )
    return value


def update(
    session: Session,
    assessment_id: int | str,
    code: str,
    *,
    law: int | None = UNSET,
    practice: int | None = UNSET,
    not_applicable: bool = UNSET,
    na_justification: str = UNSET,
    rationale: str = UNSET,
    institutions: list[str] | tuple[str, ...] = UNSET,
    priority: str | None = UNSET,
    target_date: dt.date | str | None = UNSET,
    next_action: str = UNSET,
    technical_assistance: str = UNSET,
    expected_version: int | None = None,
    user: str | None = None,
    origin: str = "",
) -> ResponseView:
    """Change the named fields of one response; fields left out stay as they are.

    Setting a score on an item marked N/A makes it applicable again. ``expected_version``
    refuses the edit when someone else saved the response after it was read.
    """
    user = user or current_user(session)
    assessment = assessments.editable(session, assessment_id)
    response = find(session, assessment, code)
    if expected_version is not None and response.version != expected_version:
        raise stale(view(response))
    changes: dict[str, object] = {}
    if law is not UNSET:
        changes["law_score"] = _score(law, UserText("law and institutions"), assessment)
    if practice is not UNSET:
        changes["practice_score"] = _score(practice, UserText("practice"), assessment)
    if rationale is not UNSET:
        changes["rationale"] = (rationale or "").strip()
    if next_action is not UNSET:
        changes["next_action"] = (next_action or "").strip()
    if technical_assistance is not UNSET:
        changes["technical_assistance"] = (technical_assistance or "").strip()
    if priority is not UNSET:
        value = (str(priority) if priority is not None else "").strip().lower() or None
        if value is not None and value not in PRIORITIES:
            raise InvalidInput("Unknown priority {priority}; use high, medium or low.", priority=repr(priority))
        changes["priority"] = value
    if target_date is not UNSET:
        changes["target_date"] = (
            parse_date(target_date) if isinstance(target_date, str) and target_date.strip() else (target_date or None)
        )
    if not_applicable is not UNSET and not isinstance(not_applicable, bool):
        raise InvalidInput("not_applicable must be true or false.")
    na = response.not_applicable if not_applicable is UNSET else not_applicable
    justification = response.na_justification if na_justification is UNSET else (na_justification or "").strip()
    scores_given = changes.get("law_score") is not None or changes.get("practice_score") is not None
    if not_applicable is UNSET and scores_given and response.not_applicable:
        na, justification = False, ""
    if na:
        if scores_given:
            raise InvalidInput(
                "{code} cannot be both N/A and scored; give either scores or N/A with a reason.", code=code
            )
        if not justification:
            raise InvalidInput("Marking {code} N/A needs a justification: say why the item does not apply.", code=code)
        changes["law_score"] = None
        changes["practice_score"] = None
    elif not_applicable is not UNSET:
        justification = ""
    changes["not_applicable"] = na
    changes["na_justification"] = justification if na else ""

    changed = False
    for name, new in changes.items():
        old = getattr(response, name)
        if old != new:
            audit.record(
                session,
                user=user,
                assessment_id=assessment.id,
                item_code=code,
                entity="response",
                field=name,
                old=old,
                new=new,
                origin=origin,
            )
            setattr(response, name, new)
            changed = True
    if institutions is not UNSET:
        changed |= _set_institutions(session, assessment, response, institutions, user, origin)
    if changed:
        response.updated_by = user
        response.updated_at = utcnow()
        assessment.updated_at = response.updated_at
        try:
            session.flush()
        except StaleDataError:
            # Someone saved between our read and our write; the flush rolled this edit back. Show what is there now.
            session.rollback()
            raise stale(get(session, assessment_id, code)) from None
    return view(response)


def stale(current: ResponseView) -> StaleEdit:
    """The refusal of an edit made on an outdated copy, saying what the response holds now."""
    law, practice = _mark(current.law), _mark(current.practice)
    if current.not_applicable:
        state = UserText("N/A ({justification})", justification=_short(current.na_justification))
    elif current.rationale:
        state = UserText(
            "law {law}, practice {practice}, rationale {rationale}",
            law=law,
            practice=practice,
            rationale=repr(_short(current.rationale)),
        )
    else:
        state = UserText("law {law}, practice {practice}", law=law, practice=practice)
    if current.updated_by:
        return StaleEdit(
            "{code} was changed by {user} since you opened it, so your edit was not saved. It now reads: {state}. "
            "Look at it and make your edit again.",
            current=current,
            code=current.item_code,
            user=current.updated_by,
            state=state,
        )
    return StaleEdit(
        "{code} was changed by someone else since you opened it, so your edit was not saved. It now reads: "
        "{state}. Look at it and make your edit again.",
        current=current,
        code=current.item_code,
        state=state,
    )


def _mark(score: int | None) -> str:
    return "-" if score is None else str(score)


def _short(text: str, limit: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _set_institutions(
    session: Session,
    assessment: Assessment,
    response: Response,
    names: list[str] | tuple[str, ...],
    user: str,
    origin: str,
) -> bool:
    wanted: list[str] = []
    for name in names:
        clean = " ".join(str(name).split())
        if len(clean) > 300:
            raise InvalidInput("An institution name may be at most 300 characters.")
        if clean and clean.casefold() not in {w.casefold() for w in wanted}:
            wanted.append(clean)
    known = {i.name.casefold(): i for i in assessment.institutions}
    # A name the assessment already holds keeps its spelling: "LABOUR INSPECTORATE" is the Labour Inspectorate.
    wanted = [known[name.casefold()].name if name.casefold() in known else name for name in wanted]
    current = [i.name for i in response.institutions]
    if current == wanted:
        return False
    chosen: list[Institution] = []
    added: list[str] = []
    for name in wanted:
        institution = known.get(name.casefold())
        if institution is None:
            institution = Institution(assessment_id=assessment.id, name=name)
            session.add(institution)
            assessment.institutions.append(institution)
            known[name.casefold()] = institution
            added.append(name)
        chosen.append(institution)
    code = response.item_code
    try:
        session.flush()
    except IntegrityError:
        if not added:
            raise
        session.rollback()  # someone else added the same new name a moment ago; it is there for the next try
        raise StaleEdit(
            "Someone else added {names} to this assessment at the same moment, so your edit of {code} was not "
            "saved. Make it again.",
            names=", ".join(added),
            code=code,
        ) from None
    audit.record(
        session,
        user=user,
        assessment_id=assessment.id,
        item_code=response.item_code,
        entity="response",
        field="institutions",
        old=current,
        new=wanted,
        origin=origin,
    )
    response.institutions = chosen
    session.flush()
    from db.models import ResponseInstitution

    for position, institution in enumerate(chosen):
        link = session.get(ResponseInstitution, (response.id, institution.id))
        if link is not None:
            link.position = position
    return True
