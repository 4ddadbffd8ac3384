"""What a contribution holds, as plain data: the identity of its assessment, its items and their evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

import framework as fw
from assess.errors import InvalidInput
from assess.evidence import EvidenceView
from assess.fields import (
    FIELDS,
    LAW,
    NA_JUSTIFICATION,
    NOT_APPLICABLE,
    PRACTICE,
    Edit,
    ResponseView,
    from_json,
    json_of,
)
from assess.messages import UserText
from assess.vocabulary import EvidenceKind, Priority
from db.models import Assessment

SCORES = "scores"
"""The scores and N/A, compared as one field when N/A differs between the sides."""
SCORE_FIELDS = (LAW, PRACTICE, NOT_APPLICABLE, NA_JUSTIFICATION)
OTHER_FIELDS = tuple(f.name for f in FIELDS if f not in SCORE_FIELDS)
FINDING = "finding"
"""The field a merge names a key finding by; its code is the pillar's, or :data:`OVERALL_FINDING`."""
OVERALL_FINDING = "overall"
LABELS: dict[str, UserText] = (
    {SCORES: NOT_APPLICABLE.label} | {f.name: f.label for f in FIELDS} | {FINDING: UserText("key finding")}
)


def compared(grouped: bool) -> tuple[str, ...]:
    """The fields a merge compares: the scores and N/A as one when N/A differs between the sides; else each (N/A is
    the same on every side then)."""
    if grouped:
        return (SCORES, *OTHER_FIELDS)
    return tuple(f.name for f in FIELDS if f is not NOT_APPLICABLE)


@dataclass(frozen=True)
class Scores:
    """The score fields taken together (compared as one when N/A differs between the sides)."""

    law: int | None
    practice: int | None
    not_applicable: bool
    na_justification: str

    def __str__(self) -> str:
        if self.not_applicable:
            return f"N/A: {self.na_justification}"
        law = "-" if self.law is None else self.law
        practice = "-" if self.practice is None else self.practice
        return f"law {law}, practice {practice}"


@dataclass(frozen=True)
class Fields:
    """The fields of a response that are exchanged and merged: every field of :data:`assess.fields.FIELDS`."""

    law: int | None = None
    practice: int | None = None
    not_applicable: bool = False
    na_justification: str = ""
    rationale: str = ""
    institutions: tuple[str, ...] = ()
    priority: Priority | None = None
    target_date: dt.date | None = None
    next_action: str = ""
    technical_assistance: str = ""

    @classmethod
    def of(cls, view: ResponseView) -> Fields:
        return cls(**{f.name: getattr(view, f.name) for f in FIELDS})

    def value(self, name: str) -> object:
        if name == SCORES:
            return Scores(self.law, self.practice, self.not_applicable, self.na_justification)
        return getattr(self, name)

    def changes(self) -> Edit:
        """The edit that sets every field (:func:`assess.responses.update`)."""
        return cast(Edit, {f.name: getattr(self, f.name) for f in FIELDS})

    def to_json(self) -> dict[str, object]:
        return json_of(self)

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Fields:
        """Fields from a schema-checked package or a stored record; an inconsistent response is refused."""
        try:
            made = cls(**{f.name: from_json(f, data[f.name]) for f in FIELDS})  # type: ignore[arg-type]
        except ValueError:  # the schema has checked the rest
            raise InvalidInput("{date} is not a valid date", date=repr(data["target_date"])) from None
        if made.not_applicable and (made.law is not None or made.practice is not None or not made.na_justification):
            raise InvalidInput("a response marked N/A must have no scores and a justification")
        return made


@dataclass(frozen=True)
class IncomingEvidence:
    kind: EvidenceKind
    name: str
    description: str
    url: str
    citation: str
    sha256: str
    size: int
    sensitive: bool
    added_by: str
    added_at: dt.datetime

    def same_as(self, mine: EvidenceView) -> bool:
        """The same evidence: a file with the same content, a link to the same address, the same citation."""
        if self.kind != mine.kind:
            return False
        if self.kind == EvidenceKind.FILE:
            return self.sha256 == mine.sha256
        return self.url == mine.url if self.kind == EvidenceKind.LINK else self.citation == mine.citation

    @property
    def label(self) -> str:
        return self.name or self.url or self.citation


@dataclass(frozen=True)
class IncomingItem:
    """One item of a contribution: the response now (``fields``) and as it was first sent out (``base``)."""

    code: str
    fields: Fields
    base: Fields | None
    base_version: int | None
    evidence: tuple[IncomingEvidence, ...]
    updated_by: str = ""
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class Identity:
    """What recognises an assessment across databases: its creation time and framework (the rest is shown)."""

    country: str
    title: str
    period: str
    framework_key: str
    framework_version: str
    created_at: dt.datetime
    scale_min: int
    scale_max: int
    target: int

    @classmethod
    def of(cls, assessment: Assessment) -> Identity:
        return cls(
            country=assessment.country,
            title=assessment.title,
            period=assessment.period,
            framework_key=assessment.framework.key,
            framework_version=assessment.framework.version,
            created_at=assessment.created_at,
            scale_min=assessment.scale_min,
            scale_max=assessment.scale_max,
            target=assessment.target_level,
        )

    @property
    def label(self) -> str:
        return f"{self.country}: {self.title}" + (f" ({self.period})" if self.period else "")

    def same_assessment(self, other: Identity) -> bool:
        mine = (self.created_at, self.framework_key, self.framework_version)
        return mine == (other.created_at, other.framework_key, other.framework_version)


@dataclass(frozen=True)
class IncomingFinding:
    """A key finding in a package: its scope (``""`` overall, else a pillar), its text now and as first sent."""

    scope: str
    text: str
    base: str | None

    @property
    def code(self) -> str:
        """How the merge names it beside the items' codes."""
        return self.scope or OVERALL_FINDING


@dataclass(frozen=True)
class IncomingTargets:
    """The targets in a package: the assessment's own level and reason, and the overrides by code."""

    level: int
    reason: str
    overrides: tuple[tuple[str, int, str], ...]


@dataclass(frozen=True)
class Selection:
    """The part of the checklist a package holds (see docs/package-format.md)."""

    pillars: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    responsible: str | None = None


class Medium(StrEnum):
    """How a contribution travelled: an exchange package (Assess at both ends), or a workbook filled in with a
    spreadsheet program."""

    PACKAGE = "package"
    WORKBOOK = "workbook"


@dataclass(frozen=True)
class Contribution:
    """A checked package or workbook as the merge sees it; ``read_evidence`` streams a file's content by its
    SHA-256."""

    identity: Identity
    institution: str | None
    source: str
    base_taken_at: dt.datetime
    selection: Selection
    items: tuple[IncomingItem, ...]
    framework: fw.Framework
    scrubbed: bool
    read_evidence: Callable[[str], Iterator[bytes]]
    created_by: str = ""
    findings: tuple[IncomingFinding, ...] = ()
    targets: IncomingTargets | None = None
    medium: Medium = Medium.PACKAGE
    sent_at: dt.datetime | None = None
    """When the part was sent out (a workbook says so; a package says when it was written)."""
    notes: tuple[UserText, ...] = ()
    """What the reader noticed and ignored (a changed item text in a workbook); shown with the merge's warnings."""

    @property
    def origin(self) -> str:
        """How the audit log names where merged changes came from."""
        if self.medium is Medium.WORKBOOK:
            sent = f" on {self.sent_at:%Y-%m-%d}" if self.sent_at is not None else ""
            if self.institution:
                return f"from workbook sent to {self.institution}{sent}"
            return f"from workbook {self.source}" + (f" sent{sent}" if sent else "")
        return f"contribution from {self.institution or self.source}"


def describe(value: object) -> str:
    """A value as the user reads it in a list of conflicts."""
    if value is None or value == "" or value == ():
        return "(empty)"
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
