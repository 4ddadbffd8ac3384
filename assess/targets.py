"""Targets: what "good enough for now" means, for the whole assessment, a branch of the checklist or one item.

The assessment has a target level (by default the framework's), with an optional reason. A branch (a pillar,
a measure with sub-items, the Working Group recommendations) or a single assessable item may override it, with
the reason for the override. An item's target is the nearest override on the way from the item up to its
pillar, else the assessment's (:meth:`Targets.of`). A new round copies the targets of the round it starts from
(:func:`copy`). Every change is written to the audit log: the assessment's as entity ``assessment`` (fields
``target`` and ``target_reason``), an override as entity ``target`` with the code it applies to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from assess import assessments, audit, frameworks
from assess.errors import InvalidInput
from assess.messages import UserText
from assess.users import current_user
from db import clock
from db.models import Assessment, Target
from framework import Framework

REASON_LIMIT = 4000
DEFAULT = "default"
"""What the command line takes for a level to remove an override (or reset the assessment's to the framework's)."""
REASON = UserText("reason for the target")


@dataclass(frozen=True)
class Override:
    """A target set on a branch or an item, with its reason."""

    code: str
    level: int
    reason: str
    updated_by: str = ""
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class Targets:
    """The targets of one assessment: its own level and reason, and the overrides by code."""

    level: int
    reason: str
    overrides: dict[str, Override]

    def source(self, framework: Framework, code: str) -> Override | None:
        """The override that sets the target of ``code`` (the item's own, else its nearest branch's), if any."""
        current: str | None = code
        while current is not None:
            found = self.overrides.get(current)
            if found is not None:
                return found
            current = framework.item(current).parent
        return None

    def of_parent(self, framework: Framework, code: str) -> int:
        """The target ``code`` would have without an override of its own."""
        parent = framework.item(code).parent
        return self.level if parent is None else self.of(framework, parent)

    def of(self, framework: Framework, code: str) -> int:
        """The target level of item ``code``."""
        found = self.source(framework, code)
        return self.level if found is None else found.level


def read(session: Session, assessment: Assessment) -> Targets:
    """The assessment's targets, read in one query."""
    rows = session.scalars(select(Target).where(Target.assessment_id == assessment.id).order_by(Target.id))
    overrides = {t.code: Override(t.code, t.level, t.reason, t.updated_by, t.updated_at) for t in rows}
    return Targets(assessment.target_level, assessment.target_reason, overrides)


def of_assessment(session: Session, assessment_id: int | str) -> Targets:
    return read(session, assessments.get(session, assessment_id))


def parse_level(value: int | str | None) -> int | None:
    """A level as given (digits, or ``default`` for none); a clear error for anything else."""
    if value is None:
        return None
    text = str(value).strip()
    if text.casefold() == DEFAULT:
        return None
    try:
        return int(text)
    except ValueError:
        raise InvalidInput(
            "The target {target} is not a whole number on the scale (or {default}).",
            target=repr(value),
            default=DEFAULT,
        ) from None


def _clean_reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if len(text) > REASON_LIMIT:
        raise InvalidInput(
            "The {what} is too long ({length} characters; at most {limit}).",
            what=REASON,
            length=len(text),
            limit=REASON_LIMIT,
        )
    return text


def _check_code(framework: Framework, code: str, assessable: set[str]) -> None:
    """``code`` must be an assessable item or a branch that holds some."""
    if not framework.has(code):
        raise InvalidInput(
            "{code} is not an item of this framework; give a pillar code such as PROS or an item code such as "
            "PROS-1.i.",
            code=code,
        )
    if code in assessable:
        return
    if not any(_under(framework, c, code) for c in assessable):
        raise InvalidInput("{code} holds no assessable item; a target cannot be set on it.", code=code)


def _under(framework: Framework, code: str, branch: str) -> bool:
    parent = framework.item(code).parent
    while parent is not None:
        if parent == branch:
            return True
        parent = framework.item(parent).parent
    return False


def set_target(
    session: Session,
    assessment_id: int | str,
    level: int | str | None,
    *,
    codes: tuple[str, ...] = (),
    reason: str | None = None,
    user: str | None = None,
    origin: str = "",
) -> Targets:
    """Set the target of the assessment (no ``codes``) or override it on each of ``codes``.

    ``level`` None (or ``default``) removes the overrides on ``codes``, or resets the assessment's target to the
    framework's default. ``reason`` None keeps the reason there is, except for an assessment's target that changes
    level (its reason was for the other level); an override needs one the first time.
    """
    user = user or current_user(session)
    assessment = assessments.editable(session, assessment_id)
    number = parse_level(level)
    if number is not None and not assessment.scale_min <= number <= assessment.scale_max:
        raise InvalidInput(
            "The target must lie on the scale, {low} to {high}.", low=assessment.scale_min, high=assessment.scale_max
        )
    cleaned = None if reason is None else _clean_reason(reason)
    now = clock.now(session)
    if not codes:
        framework = frameworks.loaded(assessment.framework)
        wanted = framework.scale.default_target if number is None else number
        _set_own(session, assessment, wanted, cleaned, user, origin, now)
        session.flush()
        return read(session, assessment)
    framework = frameworks.loaded(assessment.framework)
    assessable = {item.code for item in framework.assessable()}
    for code in codes:
        _check_code(framework, code, assessable)
    existing = {t.code: t for t in session.scalars(select(Target).where(Target.assessment_id == assessment.id))}
    for code in dict.fromkeys(codes):
        _set_override(session, assessment, existing.get(code), code, number, cleaned, user, origin, now)
    assessment.updated_at = now
    session.flush()
    return read(session, assessment)


def _set_own(
    session: Session,
    assessment: Assessment,
    level: int,
    reason: str | None,
    user: str,
    origin: str,
    now: dt.datetime,
) -> None:
    if reason is None and level != assessment.target_level:
        reason = ""  # the reason given for another level does not hold for this one
    changes = {"target": (assessment.target_level, level)}
    if reason is not None:
        changes["target_reason"] = (assessment.target_reason, reason)  # type: ignore[assignment]
    changed = False
    for field, (old, new) in changes.items():
        if old == new:
            continue
        audit.record(
            session, user=user, assessment_id=assessment.id, entity="assessment", field=field, old=old, new=new,
            origin=origin,
        )  # fmt: skip
        changed = True
    if changed:
        assessment.target_level = level
        if reason is not None:
            assessment.target_reason = reason
        assessment.updated_at = now


def _set_override(
    session: Session,
    assessment: Assessment,
    row: Target | None,
    code: str,
    level: int | None,
    reason: str | None,
    user: str,
    origin: str,
    now: dt.datetime,
) -> None:
    def log(field: str, old: object, new: object) -> None:
        audit.record(
            session, user=user, assessment_id=assessment.id, item_code=code, entity="target", field=field, old=old,
            new=new, origin=origin,
        )  # fmt: skip

    if level is None:
        if row is not None:
            log("level", row.level, None)
            if row.reason:
                log("reason", row.reason, None)
            session.delete(row)
        return
    if row is None:
        if not reason:
            raise InvalidInput(
                "Say why the target of {code} differs from the assessment's (a reason is required for an override).",
                code=code,
            )
        session.add(
            Target(assessment_id=assessment.id, code=code, level=level, reason=reason, updated_by=user, updated_at=now)
        )
        log("level", None, level)
        log("reason", None, reason)
        return
    if row.level != level:
        log("level", row.level, level)
        row.level = level
    if reason is not None and row.reason != reason:
        if not reason:
            raise InvalidInput("An override of the target needs a reason; give one, or remove the override.")
        log("reason", row.reason, reason)
        row.reason = reason
    row.updated_by, row.updated_at = user, now
