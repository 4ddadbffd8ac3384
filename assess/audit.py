"""The audit log: every change, with who, when, what, old and new value.

A change is written at once, in the session's transaction (a plain INSERT: an entry is never read
back as an object), so it commits or rolls back with the change it records.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from assess import limits
from db import clock
from db.models import AuditEntry, Base

_INSERT = insert(Base.metadata.tables["audit_log"])


def as_text(value: object) -> str | None:
    """A stored form of a field value: plain text for strings and numbers, JSON for lists."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def record(
    session: Session,
    *,
    user: str,
    assessment_id: int | None,
    entity: str,
    field: str,
    old: object,
    new: object,
    item_code: str | None = None,
    origin: str = "",
    at: dt.datetime | None = None,
) -> None:
    """Write one change in the session's transaction; what it names (the assessment) must be written already.
    ``at`` is the time of the change (by default, now on the store's clock: db.clock)."""
    values: dict[str, object] = {
        "user": user,
        "assessment_id": assessment_id,
        "item_code": item_code,
        "entity": entity,
        "field": field,
        "old_value": as_text(old),
        "new_value": as_text(new),
        "origin": origin[: limits.ORIGIN],
        "at": clock.now(session) if at is None else at,
    }
    session.connection().execute(_INSERT, values)


@dataclass(frozen=True)
class Change:
    at: dt.datetime
    user: str
    item_code: str | None
    entity: str
    field: str
    old: str | None
    new: str | None
    origin: str


def history(session: Session, assessment_id: int, item_code: str | None = None, limit: int = 1000) -> list[Change]:
    """Changes to an assessment (or one of its items), newest first."""
    query = select(AuditEntry).where(AuditEntry.assessment_id == assessment_id)
    if item_code is not None:
        query = query.where(AuditEntry.item_code == item_code)
    query = query.order_by(AuditEntry.id.desc()).limit(limit)
    return [
        Change(e.at, e.user, e.item_code, e.entity, e.field, e.old_value, e.new_value, e.origin)
        for e in session.scalars(query)
    ]
