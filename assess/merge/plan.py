"""Merging a contribution into the assessment it came from: the plan, which writes nothing.

Per field of every item in the package: *base* is the response as it was when the part was
first sent out, *mine* the response here now, *theirs* the response in the package; the same for each figure of
the part's indicators (:mod:`assess.merge.figures`). Changed on
their side only: taken. On my side only: kept. On both sides to different values: a conflict,
settled by the user (one choice per item and field, or all one way). When N/A differs between
the sides, the scores and N/A are compared as one field, so a merge never gives an item both
N/A and a score. Evidence the item lacks is added (files by SHA-256, links by address,
citations by text); nothing is removed. Key findings merge the same way, each as one field named by its pillar
(``overall`` for the overall finding); targets are the sending body's and are not merged. The plan is carried out
by :mod:`assess.merge.apply`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from assess import assessments, findings, frameworks, responses
from assess.errors import InvalidInput
from assess.evidence import EvidenceView, list_for
from assess.merge import figures as figure_merge
from assess.merge.content import blob_id
from assess.merge.model import (
    FINDING,
    Contribution,
    FieldMerge,
    Fields,
    Identity,
    IncomingEvidence,
    Medium,
    compared,
)
from assess.merge.received import received_from
from assess.messages import UserText
from assess.own_indicators import Definition
from assess.vocabulary import EvidenceKind
from db.models import Assessment


@dataclass(frozen=True)
class EvidenceMerge:
    code: str
    evidence: IncomingEvidence
    held: bool
    """True when this database already holds the file's content (it is not stored twice), or it is no file."""


@dataclass(frozen=True)
class ItemMerge:
    """Everything a merge does to one item, for the side-by-side view."""

    code: str
    taken: tuple[FieldMerge, ...]
    conflicts: tuple[FieldMerge, ...]
    kept: tuple[FieldMerge, ...]
    evidence: tuple[EvidenceMerge, ...]


@dataclass(frozen=True)
class MergePlan:
    assessment_id: int
    origin: str
    taken: tuple[FieldMerge, ...]
    """Changed in the package only: taken."""
    conflicts: tuple[FieldMerge, ...]
    """Changed on both sides to different values: the user chooses."""
    kept: tuple[FieldMerge, ...]
    """Changed here only: stays as it is."""
    evidence: tuple[EvidenceMerge, ...]
    """Evidence the package adds."""
    versions: Mapping[str, int]
    order: tuple[str, ...]
    warnings: tuple[UserText, ...] = ()
    figure_versions: Mapping[tuple[str, str], int] = field(default_factory=dict)
    """The version here of each indicator's figures for a period the package has (0: none here)."""
    new_indicators: tuple[Definition, ...] = ()
    """Own indicators the package brings that this assessment lacks: added."""
    medium: Medium = Medium.PACKAGE
    """How the contribution came: as a package or as a workbook."""

    @property
    def conflict_codes(self) -> list[str]:
        codes = {c.code for c in self.conflicts}
        return [code for code in self.order if code in codes]

    @property
    def empty(self) -> bool:
        """Nothing to take, settle or add: the package brings nothing new."""
        return not (self.taken or self.conflicts or self.evidence or self.new_indicators)

    def items(self) -> list[ItemMerge]:
        """The items the package changes or differs on, in framework order."""
        result = []
        for code in self.order:
            taken, conflicts, kept = (tuple(f for f in group if f.code == code) for group in self.groups())
            added = tuple(e for e in self.evidence if e.code == code)
            if taken or conflicts or kept or added:
                result.append(ItemMerge(code, taken, conflicts, kept, added))
        return result

    def groups(self) -> tuple[tuple[FieldMerge, ...], ...]:
        return (self.taken, self.conflicts, self.kept)


def compare(code: str, base: Fields | None, mine: Fields, theirs: Fields) -> list[tuple[str, FieldMerge]]:
    """The fields that differ between ``mine`` and ``theirs``, each with a verdict: take, keep or conflict."""
    sides = [f for f in (base, mine, theirs) if f is not None]
    found = []
    for name in compared(grouped=len({f.not_applicable for f in sides}) > 1):
        b = base.value(name) if base is not None else None
        m, t = mine.value(name), theirs.value(name)
        if m == t:
            continue
        if base is not None and m == b:
            verdict = "take"
        elif base is not None and t == b:
            verdict = "keep"
        else:  # changed on both sides, or no base to tell who changed it
            verdict = "conflict"
        found.append((verdict, FieldMerge(code, name, b, m, t)))
    return found


def target_identity(session: Session, assessment: Assessment) -> Identity:
    """The identity packages carry for an assessment: the one it was received with, else its own."""
    received = received_from(session, assessment.id)
    return received.identity if received is not None else Identity.of(assessment)


def _check_same(assessment: Assessment, mine: Identity, contribution: Contribution) -> None:
    theirs = contribution.identity
    if (theirs.framework_key, theirs.framework_version) != (assessment.framework.key, assessment.framework.version):
        raise InvalidInput(
            "{file} was made on framework {framework} {version}, but assessment {number} uses {own_framework} "
            "{own_version}; nothing was merged. Import it as a new assessment instead.",
            file=contribution.source,
            framework=theirs.framework_key,
            version=theirs.framework_version,
            number=assessment.id,
            own_framework=assessment.framework.key,
            own_version=assessment.framework.version,
        )
    if not mine.same_assessment(theirs) and contribution.medium is Medium.WORKBOOK:
        raise InvalidInput(
            "{file} was sent from another assessment ({label}, created {created} UTC), not from assessment {number} "
            "({own_label}); nothing was merged. Merge it into the assessment it was sent from.",
            file=contribution.source,
            label=theirs.label,
            created=f"{theirs.created_at:%Y-%m-%d %H:%M}",
            number=assessment.id,
            own_label=mine.label,
        )
    if not mine.same_assessment(theirs):
        raise InvalidInput(
            "{file} was made from another assessment ({label}, created {created} UTC), not from assessment "
            "{number} ({own_label}); nothing was merged. Merge it into the assessment it came from, or import it "
            "as a new assessment.",
            file=contribution.source,
            label=theirs.label,
            created=f"{theirs.created_at:%Y-%m-%d %H:%M}",
            number=assessment.id,
            own_label=mine.label,
        )


def _check_scale(assessment: Assessment, code: str, fields: Fields) -> None:
    for value in (fields.law, fields.practice):
        if value is not None and not assessment.scale_min <= value <= assessment.scale_max:
            raise InvalidInput(
                "The package scores {code} {value}, off this assessment's scale ({low} to {high}); nothing was merged.",
                code=code,
                value=value,
                low=assessment.scale_min,
                high=assessment.scale_max,
            )


def plan_merge(session: Session, assessment_id: int | str, contribution: Contribution) -> MergePlan:
    """What merging ``contribution`` into the assessment would do; nothing is written."""
    assessment = assessments.editable(session, assessment_id)
    mine_identity = target_identity(session, assessment)
    _check_same(assessment, mine_identity, contribution)
    warnings = list(contribution.notes)
    if contribution.identity.label != mine_identity.label:
        warnings.append(
            UserText(
                "The assessment was called {label} when the package was made.",
                label=repr(contribution.identity.label),
            )
        )
    present: dict[str, list[EvidenceView]] = {}
    for view in list_for(session, assessment.id):
        present.setdefault(view.item_code, []).append(view)
    verdicts: dict[str, list[FieldMerge]] = {"take": [], "conflict": [], "keep": []}
    added: list[EvidenceMerge] = []
    versions: dict[str, int] = {}
    coming: set[str] = set()
    for item in contribution.items:
        mine = responses.view(responses.find(session, assessment, item.code))
        _check_scale(assessment, item.code, item.fields)
        versions[item.code] = mine.version
        for verdict, merge in compare(item.code, item.base, Fields.of(mine), item.fields):
            verdicts[verdict].append(merge)
        for incoming in item.evidence:
            if any(incoming.same_as(e) for e in present.get(item.code, [])) or any(
                e.code == item.code and e.evidence == incoming for e in added
            ):
                continue
            held = (
                incoming.kind != EvidenceKind.FILE
                or incoming.sha256 in coming
                or blob_id(session, incoming.sha256) is not None
            )
            coming.add(incoming.sha256)
            added.append(EvidenceMerge(item.code, incoming, held))
    order = tuple(r.item_code for r in sorted(assessment.responses, key=lambda r: r.position))
    figures = figure_merge.plan(session, assessment, contribution.figures, contribution.indicators)
    for verdict, merge in _finding_merges(session, assessment, contribution):
        verdicts[verdict].append(merge)
    order += tuple(f.code for f in contribution.findings)
    return MergePlan(
        assessment_id=assessment.id,
        origin=contribution.origin,
        taken=(*verdicts["take"], *figures.taken),
        conflicts=(*verdicts["conflict"], *figures.conflicts),
        kept=(*verdicts["keep"], *figures.kept),
        evidence=tuple(added),
        versions=versions,
        order=(*order, *figures.order),
        warnings=(*warnings, *figures.warnings),
        figure_versions=figures.versions,
        new_indicators=figures.new_indicators,
        medium=contribution.medium,
    )


def _finding_merges(
    session: Session, assessment: Assessment, contribution: Contribution
) -> list[tuple[str, FieldMerge]]:
    """Each key finding of the package that differs from this assessment's, with its verdict."""
    allowed = set(findings.scopes(frameworks.loaded(assessment.framework)))
    mine = findings.read(session, assessment)
    found = []
    for incoming in contribution.findings:
        if incoming.scope not in allowed:
            continue
        here = mine[incoming.scope].text if incoming.scope in mine else ""
        if here == incoming.text:
            continue
        base = incoming.base
        if base is not None and here == base:
            verdict = "take"
        elif base is not None and incoming.text == base:
            verdict = "keep"
        else:
            verdict = "conflict"
        found.append((verdict, FieldMerge(incoming.code, FINDING, base, here, incoming.text)))
    return found
