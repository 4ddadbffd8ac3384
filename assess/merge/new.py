"""Importing a contribution as a new assessment: the part a focal point received, ready to fill in.

The new assessment is a draft on the package's framework (imported from the package when this
database lacks it, marked as received: see :mod:`assess.frameworks`), with the package's responses and evidence, and a record of what it was
received as (:mod:`assess.merge.received`), so that exporting it again sends back the same
identity and base and the secretariat can merge it. One transaction on the caller's session.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

import framework as fw
from assess import assessments, findings, frameworks, responses, targets
from assess.assessments import AssessmentInfo
from assess.errors import InvalidInput
from assess.merge.content import Progress, add_evidence
from assess.merge.model import Contribution
from assess.merge.received import remember
from assess.users import current_user
from db.models import FrameworkRecord


def _framework(session: Session, contribution: Contribution) -> FrameworkRecord:
    identity = contribution.identity
    if identity.framework_key == fw.load_builtin().id:
        frameworks.ensure_builtin(session)  # a changed copy of the shipped version is then found and refused below
    existing = session.scalar(
        select(FrameworkRecord).where(
            FrameworkRecord.key == identity.framework_key, FrameworkRecord.version == identity.framework_version
        )
    )
    if existing is None:  # for this package's assessment only: never the built-in one, never offered for a new one
        existing, _ = frameworks.import_framework(session, contribution.framework, received=True)
    elif existing.sha256 != frameworks.digest(contribution.framework):
        raise InvalidInput(
            "The package's framework {framework} {version} differs from the one of that id and version in this "
            "database; nothing was imported. Ask the sender which framework they used.",
            framework=existing.key,
            version=existing.version,
        )
    framework = frameworks.loaded(existing)
    for item in contribution.items:
        if not framework.has(item.code) or not framework.item(item.code).assessable:
            raise InvalidInput(
                "The package holds item {code}, which framework {framework} {version} in this database does not "
                "have as an assessable item; nothing was imported.",
                code=item.code,
                framework=existing.key,
                version=existing.version,
            )
    return existing


def _judgement(session: Session, assessment_id: int, contribution: Contribution, user: str, origin: str) -> None:
    """The package's targets and key findings, where this framework has their codes (an older package has none)."""
    framework = contribution.framework
    if contribution.targets is not None:
        t = contribution.targets
        targets.set_target(session, assessment_id, t.level, reason=t.reason, user=user, origin=origin)
        for code, level, reason in t.overrides:
            if framework.has(code) and reason:
                targets.set_target(
                    session, assessment_id, level, codes=(code,), reason=reason, user=user, origin=origin
                )
    allowed = set(findings.scopes(framework))
    for finding in contribution.findings:
        if finding.scope in allowed and finding.text:
            findings.set_finding(session, assessment_id, finding.text, scope=finding.scope, user=user, origin=origin)


def import_new(
    session: Session,
    contribution: Contribution,
    *,
    user: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> AssessmentInfo:
    """A new draft assessment holding the package's part; the caller commits (or rolls back on error)."""
    user = user or current_user(session)
    identity = contribution.identity
    record = _framework(session, contribution)
    created = assessments.create(
        session,
        country=identity.country,
        title=identity.title,
        period=identity.period,
        framework_key=record.key,
        framework_version=record.version,
        user=user,
        received=True,
    )
    if created.scale_min <= identity.target <= created.scale_max and created.target != identity.target:
        targets.set_target(
            session, created.id, identity.target, user=user, origin=f"imported from package {contribution.source}"
        )
    assessment = assessments.get(session, created.id)
    origin = f"imported from package {contribution.source}"
    for item in contribution.items:
        responses.update(session, created.id, item.code, **item.fields.changes(), user=user, origin=origin)
        if item.updated_at is not None:  # keep who last changed it there, and when, as the package says
            response = responses.find(session, assessment, item.code)
            response.updated_by = item.updated_by or response.updated_by
            response.updated_at = item.updated_at
    add_evidence(
        session,
        assessment,
        [(item.code, e) for item in contribution.items for e in item.evidence],
        contribution,
        user=user,
        origin=origin,
        progress=progress,
        cancelled=cancelled,
    )
    _judgement(session, created.id, contribution, user, origin)
    remember(session, created.id, contribution, user)
    session.flush()
    return assessments.info(assessment)
