"""The SQLAlchemy models: frameworks and their items, assessments, responses, evidence, audit log.

A response's editable fields are declared in :mod:`assess.fields`; the model names each attribute as
the field does, with the column it has always had (``law`` is stored in ``law_score``), and states
its constraints from the same declarations.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from assess import limits
from assess.fields import LAW, PRACTICE, SCORE_LIMIT, SCORES
from assess.vocabulary import AssessmentStatus, EvidenceKind, Priority, sql_list

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def words(kind: type[StrEnum], length: int) -> Enum:
    """A column holding the values of ``kind`` as text (no database enum type): a member comes back as a member."""
    return Enum(kind, native_enum=False, length=length, values_callable=lambda members: [m.value for m in members])


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class FrameworkRecord(Base):
    """One imported version of a framework; its document is kept whole."""

    __tablename__ = "frameworks"
    __table_args__ = (UniqueConstraint("key", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80))
    version: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    format_version: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    document: Mapped[dict[str, Any]] = mapped_column(JSON, deferred=True)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    received: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """It arrived in an exchange package: it serves that package's assessment only (never a new one)."""

    items: Mapped[list[ItemRecord]] = relationship(back_populates="framework", order_by="ItemRecord.position")


class ItemRecord(Base):
    """An item of a framework's tree, in document order (``position``)."""

    __tablename__ = "framework_items"
    __table_args__ = (UniqueConstraint("framework_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(60))
    parent_code: Mapped[str | None] = mapped_column(String(60))
    root_code: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    depth: Mapped[int] = mapped_column(Integer)
    assessable: Mapped[bool] = mapped_column(Boolean)
    addressee: Mapped[str | None] = mapped_column(String(80))

    framework: Mapped[FrameworkRecord] = relationship(back_populates="items")


class Assessment(Base):
    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint(f"status IN ({sql_list(AssessmentStatus)})", name="status"),
        CheckConstraint("scale_min < scale_max AND target_level BETWEEN scale_min AND scale_max", name="scale"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    country: Mapped[str] = mapped_column(String(limits.COUNTRY))
    title: Mapped[str] = mapped_column(String(limits.TITLE))
    period: Mapped[str] = mapped_column(String(limits.PERIOD), default="")
    framework_id: Mapped[int] = mapped_column(ForeignKey("frameworks.id", ondelete="RESTRICT"), index=True)
    scale_min: Mapped[int] = mapped_column(Integer)
    scale_max: Mapped[int] = mapped_column(Integer)
    target_level: Mapped[int] = mapped_column(Integer)
    status: Mapped[AssessmentStatus] = mapped_column(words(AssessmentStatus, 20), default=AssessmentStatus.DRAFT)
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(limits.PERSON), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    target_reason: Mapped[str] = mapped_column(Text, default="")
    """Why the assessment's target is what it is (empty: the framework's default, unexplained)."""
    methodology: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """How the assessment was made, as the report's methodology tells it (assess.methodology)."""

    framework: Mapped[FrameworkRecord] = relationship()
    responses: Mapped[list[Response]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True
    )
    institutions: Mapped[list[Institution]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True, order_by="Institution.name"
    )


class Target(Base):
    """A target that overrides the assessment's for a branch of the checklist (a pillar, a measure) or one item."""

    __tablename__ = "targets"
    __table_args__ = (UniqueConstraint("assessment_id", "code"), CheckConstraint("level >= 0", name="level"))

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(60))
    level: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Finding(Base):
    """A key finding in the team's words: the overall one (``scope`` empty) or one per pillar."""

    __tablename__ = "findings"
    __table_args__ = (UniqueConstraint("assessment_id", "scope"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    scope: Mapped[str] = mapped_column(String(60), default="")
    text: Mapped[str] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class StatusChange(Base):
    """One change of an assessment's status: approved as final (by whom, in which capacity, for which body, when),
    or back to draft (by whom and why)."""

    __tablename__ = "status_changes"
    __table_args__ = (CheckConstraint(f"status IN ({sql_list(AssessmentStatus)})", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[AssessmentStatus] = mapped_column(words(AssessmentStatus, 20))
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(String(300), default="")
    approved_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    forced: Mapped[bool] = mapped_column(Boolean, default=False)


class Institution(Base):
    """A responsible institution named in an assessment (a ministry, an inspectorate, an NGO)."""

    __tablename__ = "institutions"
    __table_args__ = (UniqueConstraint("assessment_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(limits.INSTITUTION))

    assessment: Mapped[Assessment] = relationship(back_populates="institutions")


class ResponseInstitution(Base):
    __tablename__ = "response_institutions"

    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Response(Base):
    """The answer for one assessable item: two scores on one scale, or N/A with a justification."""

    __tablename__ = "responses"
    __table_args__ = (
        UniqueConstraint("assessment_id", "item_code"),
        CheckConstraint(f"priority IS NULL OR priority IN ({sql_list(Priority)})", name="priority"),
        *(
            CheckConstraint(f"{f.stored} IS NULL OR {f.stored} BETWEEN 0 AND {SCORE_LIMIT}", name=f.stored)
            for f in SCORES
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"), index=True)
    item_code: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer)
    law: Mapped[int | None] = mapped_column(LAW.stored, Integer)
    practice: Mapped[int | None] = mapped_column(PRACTICE.stored, Integer)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    na_justification: Mapped[str] = mapped_column(Text, default="")
    rationale: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[Priority | None] = mapped_column(words(Priority, 10))
    target_date: Mapped[dt.date | None] = mapped_column(Date)
    next_action: Mapped[str] = mapped_column(Text, default="")
    technical_assistance: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(limits.PERSON), default="")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    assessment: Mapped[Assessment] = relationship(back_populates="responses")
    institutions: Mapped[list[Institution]] = relationship(
        secondary="response_institutions", order_by="ResponseInstitution.position"
    )
    evidence: Mapped[list[Evidence]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True, order_by="Evidence.id"
    )

    __mapper_args__ = {"version_id_col": version}


class Blob(Base):
    """File content, stored once per SHA-256 in chunks so large files stream in and out."""

    __tablename__ = "blobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger, default=0)


class BlobChunk(Base):
    __tablename__ = "blob_chunks"

    blob_id: Mapped[int] = mapped_column(ForeignKey("blobs.id", ondelete="CASCADE"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Evidence(Base):
    """A file, link or legal citation supporting a response."""

    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), index=True)
    kind: Mapped[EvidenceKind] = mapped_column(words(EvidenceKind, 20))
    name: Mapped[str] = mapped_column(String(limits.EVIDENCE_NAME), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str] = mapped_column(Text, default="")
    citation: Mapped[str] = mapped_column(Text, default="")
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("blobs.id", ondelete="RESTRICT"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sensitive: Mapped[bool] = mapped_column(Boolean, default=False)
    added_by: Mapped[str] = mapped_column(String(limits.PERSON), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    response: Mapped[Response] = relationship(back_populates="evidence")


class AuditEntry(Base):
    """One change: who, when, which field of what, old and new value."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_assessment_item", "assessment_id", "item_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    user: Mapped[str] = mapped_column(String(limits.PERSON))
    assessment_id: Mapped[int | None] = mapped_column(ForeignKey("assessments.id", ondelete="CASCADE"))
    item_code: Mapped[str | None] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(limits.ORIGIN), default="")
