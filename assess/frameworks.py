"""Frameworks held in a database: importing the built-in one and others, finding them again.

A framework version, once imported, is never changed: a newer version is stored beside it,
and assessments keep pointing at the version they were made on.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import framework as fw
from assess.errors import AssessError, NotFound
from assess.messages import UserText
from assess.users import check_can_edit
from db import clock
from db.models import Assessment, FrameworkRecord, ItemRecord

_loaded: dict[str, fw.Framework] = {}


@dataclass(frozen=True)
class FrameworkInfo:
    id: int
    key: str
    version: str
    title: str
    items: int
    assessable: int
    assessments: int
    builtin: bool


def _digest(document: object) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def loaded(record: FrameworkRecord) -> fw.Framework:
    """The framework a record holds, parsed once per process."""
    cached = _loaded.get(record.sha256)
    if cached is None:
        cached = fw.load_document(record.document, f"{record.key} {record.version}", validate=False)
        _loaded[record.sha256] = cached
    return cached


def import_framework(session: Session, framework: fw.Framework) -> tuple[FrameworkRecord, bool]:
    """Store ``framework`` unless that exact version is already there; return it and whether it is new."""
    digest = _digest(framework.raw)
    existing = session.scalar(
        select(FrameworkRecord).where(FrameworkRecord.key == framework.id, FrameworkRecord.version == framework.version)
    )
    if existing is not None:
        if existing.sha256 != digest:
            raise AssessError(
                "Framework {key} version {version} is already in this database with different content. Give the "
                "changed file a new version number and import it again; assessments made on the existing version "
                "are not changed.",
                key=framework.id,
                version=framework.version,
            )
        return existing, False
    check_can_edit(session)
    record = FrameworkRecord(
        key=framework.id,
        version=framework.version,
        title=fw.pick(framework.title, framework.default_language),
        format_version=framework.format_version,
        sha256=digest,
        document=dict(framework.raw),
        imported_at=clock.now(session),
    )
    session.add(record)
    session.flush()
    for position, item in enumerate(framework.items):
        session.add(
            ItemRecord(
                framework_id=record.id,
                code=item.code,
                parent_code=item.parent,
                root_code=framework.root_of(item.code).code,
                kind=item.kind,
                position=position,
                depth=item.depth,
                assessable=item.assessable,
                addressee=item.addressee,
            )
        )
    session.flush()
    _loaded[digest] = framework
    return record, True


def ensure_builtin(session: Session) -> FrameworkRecord:
    record, _ = import_framework(session, fw.load_builtin())
    return record


def import_file(session: Session, path: str | Path) -> tuple[FrameworkRecord, bool]:
    return import_framework(session, fw.load_file(path))


def find(session: Session, key: str | None = None, version: str | None = None) -> FrameworkRecord:
    """The framework named ``key`` (the built-in one if None), its newest version unless ``version``."""
    builtin = fw.load_builtin()
    key = key or builtin.id
    query = select(FrameworkRecord).where(FrameworkRecord.key == key)
    if version is not None:
        query = query.where(FrameworkRecord.version == version)
    records = list(session.scalars(query.order_by(FrameworkRecord.imported_at.desc(), FrameworkRecord.id.desc())))
    if not records:
        if key == builtin.id and version in (None, builtin.version):
            return ensure_builtin(session)
        names = ", ".join(sorted({r.key for r in session.scalars(select(FrameworkRecord))}))
        known: str | UserText = names or UserText("none")
        if version:
            raise NotFound(
                "No framework {key} version {version} in this database (known: {known}). Import it with: "
                "assess framework import FILE",
                key=key,
                version=version,
                known=known,
            )
        raise NotFound(
            "No framework {key} in this database (known: {known}). Import it with: assess framework import FILE",
            key=key,
            known=known,
        )
    return records[0]


def list_frameworks(session: Session) -> list[FrameworkInfo]:
    ensure_builtin(session)
    builtin_id = fw.load_builtin().id
    counts: dict[int, int] = {
        framework_id: n
        for framework_id, n in session.execute(
            select(Assessment.framework_id, func.count()).group_by(Assessment.framework_id)
        )
    }
    result = []
    for record in session.scalars(select(FrameworkRecord).order_by(FrameworkRecord.key, FrameworkRecord.id)):
        framework = loaded(record)
        result.append(
            FrameworkInfo(
                id=record.id,
                key=record.key,
                version=record.version,
                title=record.title,
                items=len(framework.items),
                assessable=sum(1 for _ in framework.assessable()),
                assessments=counts.get(record.id, 0),
                builtin=record.key == builtin_id,
            )
        )
    return result
