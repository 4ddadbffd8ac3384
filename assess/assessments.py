"""Assessments: create one, start a new round from a previous one, find, rename.

Targets are set in :mod:`assess.targets`, the status (approval as final, back to draft) in :mod:`assess.approval`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from assess import audit, carry_forward, edits, frameworks, limits
from assess.errors import InvalidInput, NotFound, ReadOnly
from assess.fields import COLUMNS, SCORES
from assess.messages import UserText
from assess.users import check_can_edit, current_user
from assess.vocabulary import AssessmentStatus
from db import clock
from db.models import Assessment, Evidence, Institution, Response, ResponseInstitution, Target

# The names of the fields a message about a missing or too long text names.
COUNTRY = UserText("country or entity")
TITLE = UserText("title")
PERIOD = UserText("period")


@dataclass(frozen=True)
class AssessmentInfo:
    id: int
    country: str
    title: str
    period: str
    framework_key: str
    framework_version: str
    framework_title: str
    status: AssessmentStatus
    target: int
    target_reason: str
    scale_min: int
    scale_max: int
    previous_id: int | None
    created_at: dt.datetime
    updated_at: dt.datetime

    @property
    def label(self) -> str:
        return f"{self.country}: {self.heading}"

    @property
    def heading(self) -> str:
        """The title with the period where the period adds something: "Review 2026", not "Review 2026 (2026)"."""
        return titled(self.title, self.period)


def titled(title: str, period: str) -> str:
    """``title (period)``; the title alone when it says the period already ("Review 2026", period "2026"), the period
    alone when it says the title ("Baseline", period "Baseline 2026")."""
    if not period or period.casefold() in title.casefold():
        return title
    if title.casefold() in period.casefold():
        return period
    return f"{title} ({period})"


def info(assessment: Assessment, last_edit: dt.datetime | None = None) -> AssessmentInfo:
    """An assessment as plain data. Its ``updated_at`` is when anything in it last changed: its own row (names,
    status) or its latest saved edit, which does not write the assessment's row (see assess.responses);
    ``last_edit`` gives that edit's time when the caller read it already."""
    if last_edit is None:
        last_edit = _last_edit(assessment)
    return AssessmentInfo(
        id=assessment.id,
        country=assessment.country,
        title=assessment.title,
        period=assessment.period,
        framework_key=assessment.framework.key,
        framework_version=assessment.framework.version,
        framework_title=assessment.framework.title,
        status=assessment.status,
        target=assessment.target_level,
        target_reason=assessment.target_reason,
        scale_min=assessment.scale_min,
        scale_max=assessment.scale_max,
        previous_id=assessment.previous_id,
        created_at=assessment.created_at,
        updated_at=max(assessment.updated_at, last_edit) if last_edit else assessment.updated_at,
    )


_LAST_EDITS = select(Response.assessment_id, func.max(Response.updated_at)).group_by(Response.assessment_id)


def _last_edit(assessment: Assessment) -> dt.datetime | None:
    session = object_session(assessment)
    if session is None:
        return None
    latest: dt.datetime | None = session.scalar(
        select(func.max(Response.updated_at)).where(Response.assessment_id == assessment.id)
    )
    return latest


def key(assessment_id: int | str) -> int:
    """The id an assessment is given by (a number, or its digits on the command line); a clear error otherwise."""
    try:
        number = int(assessment_id)
    except (TypeError, ValueError):
        raise InvalidInput(
            "{value} is not an assessment id; see the ids with: assess list", value=repr(assessment_id)
        ) from None
    if not 0 < number <= limits.LARGEST_ID:  # no database holds it (and the drivers cannot even ask)
        raise NotFound("There is no assessment {number} in this database; see the ids with: assess list", number=number)
    return number


def get(session: Session, assessment_id: int | str) -> Assessment:
    """The assessment with this id; a clear error when there is none."""
    number = key(assessment_id)
    assessment = session.get(Assessment, number)
    if assessment is None:
        raise NotFound("There is no assessment {number} in this database; see the ids with: assess list", number=number)
    return assessment


def check_open(assessment: Assessment) -> None:
    """Refuse a change to a final assessment."""
    if assessment.status == AssessmentStatus.FINAL:
        raise ReadOnly(
            "Assessment {number} is final and read-only. Reopen it as a draft first (assess mark {number} draft).",
            number=assessment.id,
        )


def editable(session: Session, assessment_id: int | str) -> Assessment:
    """The assessment, if this user may change it now: not final, and not a read-only viewer."""
    check_can_edit(session)
    assessment = get(session, assessment_id)
    check_open(assessment)
    return assessment


def _clean(value: str, what: UserText, limit: int, required: bool = True) -> str:
    text = edits.clean_text(value, what, limit, one_line=True)
    if required and not text:
        raise InvalidInput("The {what} is required.", what=what)
    return text


def create(
    session: Session,
    *,
    country: str,
    title: str,
    period: str = "",
    framework_key: str | None = None,
    framework_version: str | None = None,
    previous_id: int | str | None = None,
    user: str | None = None,
    received: bool = False,
) -> AssessmentInfo:
    """A new assessment with an empty response for every assessable item; on a framework that arrived in a
    package only with ``received`` (the assessment that package brings).

    With ``previous_id`` it is a new round: the previous responses (scores, notes,
    institutions, evidence) are carried forward as the starting point, with the own indicators and every
    figure recorded (:mod:`assess.carry_forward`), and the link is kept.
    """
    check_can_edit(session)
    user = user or current_user(session)
    country = _clean(country, COUNTRY, limits.COUNTRY)
    title = _clean(title, TITLE, limits.TITLE)
    period = _clean(period, PERIOD, limits.PERIOD, required=False)
    previous = get(session, previous_id) if previous_id is not None else None
    if previous is not None and framework_key is None:
        record = previous.framework
    else:
        record = frameworks.find(session, framework_key, framework_version, received=received)
    framework = frameworks.loaded(record)
    scale = framework.scale
    now = clock.now(session)
    assessment = Assessment(
        country=country,
        title=title,
        period=period,
        framework_id=record.id,
        scale_min=scale.minimum,
        scale_max=scale.maximum,
        target_level=previous.target_level
        if previous is not None and previous.framework_id == record.id
        else scale.default_target,
        target_reason=previous.target_reason if previous is not None and previous.framework_id == record.id else "",
        status=AssessmentStatus.DRAFT,
        previous_id=previous.id if previous is not None else None,
        created_at=now,
        created_by=user,
        updated_at=now,
    )
    session.add(assessment)
    session.flush()
    if previous is not None and previous.framework_id == record.id:
        _copy_targets(session, previous, assessment)
    carried = _previous_responses(previous) if previous is not None else {}
    institutions: dict[str, Institution] = {}
    if previous is not None:
        for named in previous.institutions:
            institution = Institution(assessment_id=assessment.id, name=named.name)
            session.add(institution)
            institutions[named.name] = institution
        session.flush()
    created: list[Response] = []
    for position, item in enumerate(framework.assessable()):
        response = Response(assessment_id=assessment.id, item_code=item.code, position=position, version=1)
        old = carried.get(item.code)
        if old is not None:
            _carry(response, old, institutions, scale.minimum, scale.maximum)
        session.add(response)
        created.append(response)
    session.flush()
    for response in created:  # the links were inserted with position 0: keep the previous round's order
        for rank, institution in enumerate(response.institutions):
            link = session.get(ResponseInstitution, (response.id, institution.id))
            if link is not None:
                link.position = rank
    if previous is not None:
        carry_forward.carry(session, previous.id, assessment.id)
    session.flush()
    audit.record(
        session,
        user=user,
        assessment_id=assessment.id,
        entity="assessment",
        field="created",
        old=None,
        new=f"from assessment {previous.id}" if previous is not None else assessment.title,
    )
    return info(assessment)


def _copy_targets(session: Session, previous: Assessment, assessment: Assessment) -> None:
    """A new round keeps the targets of the round it starts from (and its progress is read against its own)."""
    for row in session.scalars(select(Target).where(Target.assessment_id == previous.id).order_by(Target.id)):
        session.add(
            Target(
                assessment_id=assessment.id,
                code=row.code,
                level=row.level,
                reason=row.reason,
                updated_by=row.updated_by,
                updated_at=row.updated_at,
            )
        )


def _previous_responses(previous: Assessment) -> dict[str, Response]:
    return {response.item_code: response for response in previous.responses}


def _carry(response: Response, old: Response, institutions: dict[str, Institution], low: int, high: int) -> None:
    def on_scale(value: int | None) -> int | None:
        return value if value is not None and low <= value <= high else None

    for field in COLUMNS:
        value = getattr(old, field.name)
        setattr(response, field.name, on_scale(value) if field in SCORES else value)
    response.updated_by = old.updated_by
    response.updated_at = old.updated_at
    response.institutions = [institutions[i.name] for i in old.institutions if i.name in institutions]
    response.evidence = [
        Evidence(
            kind=e.kind,
            name=e.name,
            description=e.description,
            url=e.url,
            citation=e.citation,
            blob_id=e.blob_id,
            sha256=e.sha256,
            size=e.size,
            sensitive=e.sensitive,
            added_by=e.added_by,
            added_at=e.added_at,
        )
        for e in old.evidence
    ]


def list_all(session: Session) -> list[AssessmentInfo]:
    query = select(Assessment).order_by(Assessment.id)
    edits: dict[int, dt.datetime] = {aid: at for aid, at in session.execute(_LAST_EDITS) if at is not None}
    return [info(a, edits.get(a.id, a.updated_at)) for a in session.scalars(query)]


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Assessment)) or 0


def rename(
    session: Session,
    assessment_id: int | str,
    *,
    country: str | None = None,
    title: str | None = None,
    period: str | None = None,
    user: str | None = None,
) -> AssessmentInfo:
    user = user or current_user(session)
    assessment = editable(session, assessment_id)
    changes = {
        "country": _clean(country, COUNTRY, limits.COUNTRY) if country is not None else None,
        "title": _clean(title, TITLE, limits.TITLE) if title is not None else None,
        "period": _clean(period, PERIOD, limits.PERIOD, required=False) if period is not None else None,
    }
    for field, value in changes.items():
        if value is None or getattr(assessment, field) == value:
            continue
        audit.record(
            session,
            user=user,
            assessment_id=assessment.id,
            entity="assessment",
            field=field,
            old=getattr(assessment, field),
            new=value,
        )
        setattr(assessment, field, value)
    assessment.updated_at = clock.now(session)
    session.flush()
    return info(assessment)


def institutions(session: Session, assessment_id: int | str) -> list[str]:
    assessment = get(session, assessment_id)
    return [i.name for i in assessment.institutions]
