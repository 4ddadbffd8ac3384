"""What a contribution holds, as plain data: the identity of its assessment, its items and their evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import framework as fw
from assess.errors import InvalidInput
from assess.evidence import EvidenceView
from assess.messages import UserText
from assess.responses import ResponseView
from db.models import Assessment

OTHER_FIELDS = ("rationale", "institutions", "priority", "target_date", "next_action", "technical_assistance")
LABELS = {
    "scores": UserText("scores or N/A"),
    "law": UserText("score in law and institutions"),
    "practice": UserText("score in practice"),
    "na_justification": UserText("N/A justification"),
    "rationale": UserText("rationale"),
    "institutions": UserText("responsible institutions"),
    "priority": UserText("priority"),
    "target_date": UserText("target date"),
    "next_action": UserText("next action"),
    "technical_assistance": UserText("technical assistance needed"),
}


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
    """The fields of a response that are exchanged and merged."""

    law: int | None = None
    practice: int | None = None
    not_applicable: bool = False
    na_justification: str = ""
    rationale: str = ""
    institutions: tuple[str, ...] = ()
    priority: str | None = None
    target_date: dt.date | None = None
    next_action: str = ""
    technical_assistance: str = ""

    @classmethod
    def of(cls, view: ResponseView) -> Fields:
        return cls(
            law=view.law,
            practice=view.practice,
            not_applicable=view.not_applicable,
            na_justification=view.na_justification,
            rationale=view.rationale,
            institutions=tuple(view.institutions),
            priority=view.priority,
            target_date=view.target_date,
            next_action=view.next_action,
            technical_assistance=view.technical_assistance,
        )

    def value(self, name: str) -> object:
        if name == "scores":
            return Scores(self.law, self.practice, self.not_applicable, self.na_justification)
        return getattr(self, name)

    def changes(self) -> dict[str, Any]:
        """Keyword arguments for :func:`assess.responses.update` that set every field."""
        return {
            "law": self.law,
            "practice": self.practice,
            "not_applicable": self.not_applicable,
            "na_justification": self.na_justification,
            "rationale": self.rationale,
            "institutions": list(self.institutions),
            "priority": self.priority,
            "target_date": self.target_date,
            "next_action": self.next_action,
            "technical_assistance": self.technical_assistance,
        }

    def to_json(self) -> dict[str, Any]:
        data = self.changes()
        data["target_date"] = self.target_date.isoformat() if self.target_date else None
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Fields:
        """Fields from a schema-checked package or a stored record; an inconsistent response is refused."""
        date = data["target_date"]
        try:
            target = dt.date.fromisoformat(date) if date else None
        except ValueError:
            raise InvalidInput("{date} is not a valid date", date=repr(date)) from None
        made = cls(
            law=data["law"],
            practice=data["practice"],
            not_applicable=bool(data["not_applicable"]),
            na_justification=data["na_justification"],
            rationale=data["rationale"],
            institutions=tuple(data["institutions"]),
            priority=data["priority"],
            target_date=target,
            next_action=data["next_action"],
            technical_assistance=data["technical_assistance"],
        )
        if made.not_applicable and (made.law is not None or made.practice is not None or not made.na_justification):
            raise InvalidInput("a response marked N/A must have no scores and a justification")
        return made


@dataclass(frozen=True)
class IncomingEvidence:
    kind: str
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
        if self.kind == "file":
            return self.sha256 == mine.sha256
        return self.url == mine.url if self.kind == "link" else self.citation == mine.citation

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
class Selection:
    """The part of the checklist a package holds (see docs/package-format.md)."""

    pillars: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    responsible: str | None = None


@dataclass(frozen=True)
class Contribution:
    """A checked package as the merge sees it; ``read_evidence`` streams a file's content by its SHA-256."""

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

    @property
    def origin(self) -> str:
        """How the audit log names where merged changes came from."""
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
