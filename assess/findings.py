"""Key findings: what the team concludes, in its own words, overall and for each pillar.

A finding belongs to a *scope*: the whole assessment (:data:`OVERALL`, the empty code) or one top-level part of
the checklist that holds assessable items (a pillar, the Working Group recommendations). Writing an empty text
removes a finding. Every change is written to the audit log as entity ``finding`` (the scope as its item code,
none for the overall finding), so that it shows in the history, can be undone in the window and travels in
exchange packages.
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
from db.models import Assessment, Finding
from framework import Framework

OVERALL = ""
"""The scope of the overall finding."""
TEXT_LIMIT = 20_000
FINDING = UserText("key finding")


@dataclass(frozen=True)
class FindingView:
    scope: str
    text: str
    updated_by: str
    updated_at: dt.datetime | None


def scopes(framework: Framework) -> tuple[str, ...]:
    """The scopes a finding may have, in the order a report prints them: overall, then each part with items."""
    holding = {framework.root_of(item.code).code for item in framework.assessable()}
    return (OVERALL, *(root.code for root in framework.roots() if root.code in holding))


def read(session: Session, assessment: Assessment) -> dict[str, FindingView]:
    """The assessment's findings by scope (only those written)."""
    rows = session.scalars(select(Finding).where(Finding.assessment_id == assessment.id).order_by(Finding.id))
    return {f.scope: FindingView(f.scope, f.text, f.updated_by, f.updated_at) for f in rows}


def of_assessment(session: Session, assessment_id: int | str) -> dict[str, FindingView]:
    return read(session, assessments.get(session, assessment_id))


def clean(text: str) -> str:
    """A finding as stored: its paragraphs kept, spaces within each line tidied, blank lines at the ends gone."""
    lines = [" ".join(line.split()) for line in (text or "").replace("\r\n", "\n").split("\n")]
    joined = "\n".join(lines).strip("\n")
    while "\n\n\n" in joined:
        joined = joined.replace("\n\n\n", "\n\n")
    if len(joined) > TEXT_LIMIT:
        raise InvalidInput(
            "The {what} is too long ({length} characters; at most {limit}).",
            what=FINDING,
            length=len(joined),
            limit=TEXT_LIMIT,
        )
    return joined


def check_scope(framework: Framework, scope: str) -> str:
    """The scope as stored; a clear error for a code that is not a pillar holding assessable items."""
    scope = (scope or "").strip()
    allowed = scopes(framework)
    if scope not in allowed:
        raise InvalidInput(
            "{scope} is not a pillar with assessable items; use one of {scopes} (or no pillar for the overall "
            "finding).",
            scope=repr(scope),
            scopes=", ".join(allowed[1:]),
        )
    return scope


def set_finding(
    session: Session,
    assessment_id: int | str,
    text: str,
    *,
    scope: str = OVERALL,
    user: str | None = None,
    origin: str = "",
) -> FindingView | None:
    """Write the finding of ``scope`` (empty ``text``: remove it); the finding now, or None when there is none."""
    user = user or current_user(session)
    assessment = assessments.editable(session, assessment_id)
    scope = check_scope(frameworks.loaded(assessment.framework), scope)
    new = clean(text)
    row = session.scalar(select(Finding).where(Finding.assessment_id == assessment.id, Finding.scope == scope))
    old = row.text if row is not None else ""
    if old == new:
        return FindingView(scope, row.text, row.updated_by, row.updated_at) if row is not None else None
    now = clock.now(session)
    audit.record(
        session,
        user=user,
        assessment_id=assessment.id,
        item_code=scope or None,
        entity="finding",
        field="text",
        old=old or None,
        new=new or None,
        origin=origin,
    )
    assessment.updated_at = now
    if not new:
        if row is not None:
            session.delete(row)
        session.flush()
        return None
    if row is None:
        row = Finding(assessment_id=assessment.id, scope=scope, text=new)
        session.add(row)
    row.text, row.updated_by, row.updated_at = new, user, now
    session.flush()
    return FindingView(scope, row.text, row.updated_by, row.updated_at)
