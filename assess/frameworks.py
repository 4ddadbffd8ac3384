"""Frameworks held in a database: importing the built-in one and others, finding them again.

A framework version, once imported, is never changed: a newer version is stored beside it,
and assessments keep pointing at the version they were made on. The built-in framework's id is its
own: a framework file that names it is refused, and one that arrives in an exchange package under
it (or under any id) is stored as ``received``, for that package's assessment only: it is never the
built-in framework, never offered for a new assessment. A new assessment is made on the built-in
framework this release ships unless the user names another.
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
    received: bool
    """It arrived in an exchange package and serves that package's assessment only."""


def _digest(document: object) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def digest(framework: fw.Framework) -> str:
    """What tells two frameworks' content apart (stored with each record)."""
    return _digest(framework.raw)


def loaded(record: FrameworkRecord) -> fw.Framework:
    """The framework a record holds, parsed once per process."""
    cached = _loaded.get(record.sha256)
    if cached is None:
        cached = fw.load_document(record.document, f"{record.key} {record.version}", validate=False)
        _loaded[record.sha256] = cached
    return cached


def import_framework(
    session: Session, framework: fw.Framework, *, received: bool = False
) -> tuple[FrameworkRecord, bool]:
    """Store ``framework`` unless that exact version is already there; return it and whether it is new.

    ``received``: it arrived in an exchange package (see the module's description). A framework file may not
    take the built-in framework's id; a package's framework may only carry it as received.
    """
    digest = _digest(framework.raw)
    builtin = fw.load_builtin()
    if framework.id == builtin.id and digest == _digest(builtin.raw):
        received = False  # the shipped framework itself, however it came
    elif framework.id == builtin.id:
        ensure_builtin(session)  # so that the shipped version is there, and a changed copy of it is refused below
        if not received:
            raise AssessError(
                "{key} is the id of the built-in framework; a framework of your own needs an id of its own. Change "
                "the id in the file and import it again; nothing was changed.",
                key=framework.id,
            )
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
        if existing.received and not received and framework.id != builtin.id:
            check_can_edit(session)
            existing.received = False  # the user imported it themselves: it may serve new assessments now
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
        received=received,
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
    """The built-in framework this release ships, stored if it is not yet."""
    builtin = fw.load_builtin()
    record = session.scalar(
        select(FrameworkRecord).where(FrameworkRecord.key == builtin.id, FrameworkRecord.version == builtin.version)
    )
    if record is None:
        record, _ = import_framework(session, builtin)
    elif record.sha256 != _digest(builtin.raw):
        raise AssessError(
            "This database holds a changed copy of the built-in framework {key} {version}; Assess will not use it. "
            "Restore a backup from before the change.",
            key=builtin.id,
            version=builtin.version,
        )
    return record


def import_file(session: Session, path: str | Path) -> tuple[FrameworkRecord, bool]:
    return import_framework(session, fw.load_file(path))


def find(
    session: Session, key: str | None = None, version: str | None = None, *, received: bool = True
) -> FrameworkRecord:
    """The framework named ``key``, its newest version unless ``version``; the built-in framework this release
    ships when ``key`` is None or the built-in id without a version. Without ``received``, not one that arrived
    in a package (a new assessment is never made on one)."""
    builtin = fw.load_builtin()
    key = key or builtin.id
    if key == builtin.id and version in (None, builtin.version):
        return ensure_builtin(session)
    query = select(FrameworkRecord).where(FrameworkRecord.key == key)
    if version is not None:
        query = query.where(FrameworkRecord.version == version)
    if not received:
        query = query.where(FrameworkRecord.received.is_(False))
    records = list(session.scalars(query.order_by(FrameworkRecord.imported_at.desc(), FrameworkRecord.id.desc())))
    if not records:
        others = (
            select(FrameworkRecord.key) if received else select(FrameworkRecord.key).where(~FrameworkRecord.received)
        )
        names = ", ".join(sorted(set(session.scalars(others))))
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


def list_frameworks(session: Session, *, received: bool = True) -> list[FrameworkInfo]:
    """The frameworks in the database; without ``received``, not those that arrived in packages."""
    ensure_builtin(session)
    builtin_id = fw.load_builtin().id
    counts: dict[int, int] = {
        framework_id: n
        for framework_id, n in session.execute(
            select(Assessment.framework_id, func.count()).group_by(Assessment.framework_id)
        )
    }
    result = []
    query = select(FrameworkRecord).order_by(FrameworkRecord.key, FrameworkRecord.id)
    if not received:
        query = query.where(FrameworkRecord.received.is_(False))
    for record in session.scalars(query):
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
                builtin=record.key == builtin_id and not record.received,
                received=record.received,
            )
        )
    return result
