"""Applying a merge plan: the user's choice for each conflict, then the writes it makes, all or nothing.

:func:`apply_merge` carries out a :class:`~assess.merge.plan.MergePlan` (made by :func:`~assess.merge.plan.plan_merge`,
which writes nothing): it refuses while a conflict is unsettled or an item changed here after the plan was made, then
sets the fields taken, the figures and key findings, and adds the evidence, on the caller's session.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy.orm import Session

from assess import assessments, findings, responses
from assess.errors import InvalidInput, StaleEdit
from assess.merge import figures as figure_merge
from assess.merge.content import Progress, add_evidence
from assess.merge.figures import FigureMerge
from assess.merge.model import FINDING, OVERALL_FINDING, SCORE_FIELDS, Contribution, FieldMerge, Scores
from assess.merge.plan import MergePlan
from assess.messages import UserText
from assess.users import current_user

Side = Literal["mine", "theirs"]
SIDES: tuple[Side, ...] = ("mine", "theirs")


@dataclass(frozen=True)
class MergeResult:
    assessment_id: int
    origin: str
    fields_taken: int
    """Fields set from the package: changed there only, or conflicts settled for theirs."""
    conflicts_mine: int
    conflicts_theirs: int
    evidence_added: int
    files_stored: int
    files_already_held: int
    items_changed: tuple[str, ...]


def _changes(name: str, value: object) -> dict[str, Any]:
    """The edit that sets field ``name`` to ``value`` (the scores and N/A together, for :data:`SCORES`)."""
    if isinstance(value, Scores):
        return {f.name: getattr(value, f.name) for f in SCORE_FIELDS}
    return {name: value}


def conflict_summary(conflicts: tuple[FieldMerge, ...] | list[FieldMerge]) -> UserText | str:
    """``PROS-1: rationale, priority; PROT-5: scores or N/A``, the field names translated where it is shown."""
    fields: dict[str, list[UserText | str]] = {}
    for c in conflicts:
        fields.setdefault(c.code, []).append(c.label_text)
    per_item = [UserText("{code}: {fields}", code=code, fields=_with_commas(names)) for code, names in fields.items()]
    return _with_semicolons(per_item) if per_item else ""


def _with_commas(values: Sequence[UserText | str]) -> UserText | str:
    """``a, b, c`` as nested texts, so that each value and the separator are translated in turn."""
    joined = values[-1]
    for value in reversed(values[:-1]):
        joined = UserText("{first}, {rest}", first=value, rest=joined)
    return joined


def _with_semicolons(values: Sequence[UserText]) -> UserText:
    """``a; b; c`` as nested texts, so that each value and the separator are translated in turn."""
    joined = values[-1]
    for value in reversed(values[:-1]):
        joined = UserText("{first}; {rest}", first=value, rest=joined)
    return joined


def apply_merge(
    session: Session,
    plan: MergePlan,
    contribution: Contribution,
    choices: Mapping[tuple[str, str], Side] | None = None,
    *,
    take: Side | None = None,
    user: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeResult:
    """Carry out ``plan``, settling each conflict by ``choices[(code, field)]``, else by ``take``.

    Refuses (:class:`InvalidInput`) while a conflict is left unsettled, and (:class:`StaleEdit`)
    when an item was changed here after the plan was made: plan again. Writes on ``session``;
    the caller commits, or rolls back on any error so that nothing is half merged.
    """
    user = user or current_user(session)
    chosen = dict(choices or {})
    unsettled = [c for c in plan.conflicts if chosen.get(c.key, take) not in SIDES]
    if unsettled:
        raise InvalidInput(
            "{count} changes conflict and were not settled ({conflicts}); nothing was merged. Choose mine or theirs "
            "for each.",
            count=len(unsettled),
            conflicts=conflict_summary(unsettled),
        )
    per_item: dict[str, dict[str, Any]] = {}
    figures: list[FigureMerge] = []
    written: dict[str, str] = {}  # key findings taken, by their merge code
    theirs = [*plan.taken, *(m for m in plan.conflicts if chosen.get(m.key, take) == "theirs")]
    for merge in theirs:
        if isinstance(merge, FigureMerge):
            figures.append(merge)
        elif merge.field == FINDING:
            written[merge.code] = str(merge.theirs)
        else:
            per_item.setdefault(merge.code, {}).update(_changes(merge.field, merge.theirs))
    theirs_count = len(theirs) - len(plan.taken)
    assessment = assessments.editable(session, plan.assessment_id)
    for code in plan.order:
        if code not in per_item:
            continue
        try:
            responses.update(
                session,
                assessment.id,
                code,
                **per_item[code],
                expected_version=plan.versions[code],
                user=user,
                origin=plan.origin,
            )
        except StaleEdit:
            raise StaleEdit(
                "{code} was changed here after the merge was prepared; nothing was merged. Prepare the merge again.",
                code=code,
            ) from None
    figure_merge.apply(
        session,
        assessment.id,
        figures,
        plan.figure_versions,
        plan.new_indicators,
        user=user,
        origin=plan.origin,
    )
    for code, text in written.items():
        scope = "" if code == OVERALL_FINDING else code
        findings.set_finding(session, assessment.id, text, scope=scope, user=user, origin=plan.origin)
    stored, already = add_evidence(
        session,
        assessment,
        [(e.code, e.evidence) for e in plan.evidence],
        contribution,
        user=user,
        origin=plan.origin,
        progress=progress,
        cancelled=cancelled,
    )
    session.flush()
    touched = {*per_item, *written, *(e.code for e in plan.evidence)}
    return MergeResult(
        assessment_id=assessment.id,
        origin=plan.origin,
        fields_taken=len(plan.taken) + theirs_count,
        conflicts_mine=len(plan.conflicts) - theirs_count,
        conflicts_theirs=theirs_count,
        evidence_added=len(plan.evidence),
        files_stored=stored,
        files_already_held=already,
        items_changed=tuple(c for c in plan.order if c in touched),
    )
