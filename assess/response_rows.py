"""One response's rows read and written through the database driver, with statements compiled once.

The usual edit (a score, a note, a date: what the window saves at every pause in typing) is four
statements: read the response with its assessment, institutions and evidence count; set the
assessment's time; insert the audit rows; write the response where its version is still the one
read. Through a SQLAlchemy session each of them costs more than the statement itself, so they are
compiled once for each kind of database (by SQLAlchemy, from the tables in db.models) and run on
the driver's cursor, with the columns' own conversions of values to and from the database.

Driver errors come out as the same :class:`db.StoreError` messages as those of a session.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError

from db.models import Base
from db.store import explain

_TABLES = Base.metadata.tables
_RESPONSES = _TABLES["responses"]
_ASSESSMENTS = _TABLES["assessments"]
_LINKS = _TABLES["response_institutions"]
_INSTITUTIONS = _TABLES["institutions"]
_EVIDENCE = _TABLES["evidence"]
_AUDIT = _TABLES["audit_log"]

# The columns of a response that an edit may change, those it sets on every change, and those it reads.
_EDITABLE = (
    "law_score",
    "practice_score",
    "not_applicable",
    "na_justification",
    "rationale",
    "priority",
    "target_date",
    "next_action",
    "technical_assistance",
)
_STAMP = ("updated_by", "updated_at", "version")
_SHOWN = ("item_code", *_EDITABLE, *_STAMP)
_AUDIT_COLUMNS = ("at", "user", "assessment_id", "item_code", "entity", "field", "old_value", "new_value", "origin")

# One row per institution of the response (one with no institution when it has none), with its position.
_READ = (
    select(
        _RESPONSES.c.id,
        *(_RESPONSES.c[column] for column in _SHOWN),
        _ASSESSMENTS.c.status,
        _ASSESSMENTS.c.scale_min,
        _ASSESSMENTS.c.scale_max,
        select(func.count())
        .select_from(_EVIDENCE)
        .where(_EVIDENCE.c.response_id == _RESPONSES.c.id)
        .scalar_subquery()
        .label("evidence_count"),
        _INSTITUTIONS.c.name.label("institution"),
        _LINKS.c.position.label("position"),
    )
    .join_from(_RESPONSES, _ASSESSMENTS, _ASSESSMENTS.c.id == _RESPONSES.c.assessment_id)
    .outerjoin(_LINKS, _LINKS.c.response_id == _RESPONSES.c.id)
    .outerjoin(_INSTITUTIONS, _INSTITUTIONS.c.id == _LINKS.c.institution_id)
    .where(_RESPONSES.c.assessment_id == bindparam("assessment_key"), _RESPONSES.c.item_code == bindparam("code"))
)
_READ_NAMES = tuple(column.name for column in _READ.selected_columns)
# The assessment's row first, as the ORM's flush orders them, so that concurrent edits lock rows in one order.
_TOUCH = (
    update(_ASSESSMENTS)
    .where(_ASSESSMENTS.c.id == bindparam("assessment_key"))
    .values(updated_at=bindparam("updated_at"))
)
_LOG = insert(_AUDIT).inline().values({name: bindparam(name) for name in _AUDIT_COLUMNS})


def _write(columns: frozenset[str]) -> Any:
    """The response's changed ``columns`` and its stamp, where its version is still the one read."""
    return (
        update(_RESPONSES)
        .where(_RESPONSES.c.id == bindparam("response_id"), _RESPONSES.c.version == bindparam("read_version"))
        .values({name: bindparam(name) for name in (*(c for c in _EDITABLE if c in columns), *_STAMP)})
    )


@dataclass(frozen=True)
class _Statement:
    """A statement compiled for one kind of database: its SQL, and how to turn values into its parameters."""

    sql: str
    plan: tuple[tuple[str, Callable[[Any], Any] | None], ...]  # each parameter in order, with its conversion
    positional: bool  # the driver takes a sequence (SQLite); else a mapping by name (psycopg)

    @classmethod
    def of(cls, statement: Any, dialect: Dialect, conversions: dict[str, Callable[[Any], Any] | None]) -> _Statement:
        """``statement`` compiled for ``dialect``; ``conversions`` holds the conversion of each type, shared by all
        the statements of an edit so that each remembers the last value it converted (the edit's time, three times)."""
        compiled = statement.compile(dialect=dialect)
        names = compiled.positiontup if compiled.positional else list(compiled.binds)
        plan = []
        for name in names:
            kind = compiled.binds[name].type
            if repr(kind) not in conversions:
                conversions[repr(kind)] = _remembering(kind.dialect_impl(dialect).bind_processor(dialect))
            plan.append((name, conversions[repr(kind)]))
        return cls(compiled.string, tuple(plan), bool(compiled.positional))

    def parameters(self, values: Mapping[str, Any]) -> list[Any] | dict[str, Any]:
        if self.positional:
            return [values[name] if convert is None else convert(values[name]) for name, convert in self.plan]
        return {name: values[name] if convert is None else convert(values[name]) for name, convert in self.plan}


def _remembering(convert: Callable[[Any], Any] | None) -> Callable[[Any], Any] | None:
    """``convert``, giving the last result again for the same value."""
    if convert is None:
        return None
    last: list[tuple[Any, Any]] = [(object(), None)]  # one pair, replaced whole: safe between threads

    def converted(value: Any) -> Any:
        seen, result = last[0]
        if seen is not value:
            result = convert(value)
            last[0] = (value, result)
        return result

    return converted


@dataclass(frozen=True)
class _Compiled:
    """The four statements of an edit for one kind of database, and the conversions of what is read."""

    read: _Statement
    touch: _Statement
    log: _Statement
    writes: dict[frozenset[str], _Statement]  # by the columns changed, compiled when first needed
    conversions: dict[str, Callable[[Any], Any] | None]  # by type, for _Statement.of
    results: tuple[tuple[str, Callable[[Any], Any]], ...]  # the columns read that are converted


# By dialect: one per engine, whose options (SQLite's native datetimes, a server's version) the statements follow.
_COMPILED: weakref.WeakKeyDictionary[Dialect, _Compiled] = weakref.WeakKeyDictionary()


def _compiled(dialect: Dialect) -> _Compiled:
    compiled = _COMPILED.get(dialect)
    if compiled is None:
        conversions: dict[str, Callable[[Any], Any] | None] = {}
        compiled = _COMPILED[dialect] = _Compiled(
            read=_Statement.of(_READ, dialect, conversions),
            touch=_Statement.of(_TOUCH, dialect, conversions),
            log=_Statement.of(_LOG, dialect, conversions),
            writes={},
            conversions=conversions,
            results=tuple(
                (column.name, convert)
                for column in _READ.selected_columns
                if (convert := column.type.dialect_impl(dialect).result_processor(dialect, None)) is not None
            ),
        )
    return compiled


class Rows:
    """The statements of an edit on one driver cursor, in the transaction the caller began and ends.

    ``label`` names the database in messages about its errors. Compiled once per kind of database.
    """

    __slots__ = ("compiled", "cursor", "dialect", "label", "lost", "wrote")

    def __init__(self, dialect: Dialect, cursor: Any, label: str) -> None:
        self.dialect = dialect
        self.compiled = _compiled(dialect)
        self.cursor = cursor
        self.label = label
        self.lost = False  # set when a statement failed because the connection was lost: drop the connection
        self.wrote = False  # set once a statement that writes has run: after an error, roll the transaction back

    def read(self, assessment_key: int, code: str) -> list[dict[str, Any]]:
        """The response ``code`` of an assessment as read, one mapping per institution in their order; [] if
        there is none."""
        compiled = self.compiled
        fetched = self.run(compiled.read, {"assessment_key": assessment_key, "code": code}).fetchall()
        read = [dict(zip(_READ_NAMES, row, strict=True)) for row in fetched]
        for row in read:
            for name, convert in compiled.results:
                row[name] = convert(row[name])
        if len(read) > 1:  # sorted here: in the statement, a sort of a few rows costs more than the read
            read.sort(key=lambda row: row["position"])
        return read

    def save(
        self,
        *,
        assessment_key: int,
        response_id: int,
        read_version: int,
        changed: Iterable[str],
        values: dict[str, Any],
        entries: list[dict[str, Any]],
    ) -> bool:
        """Write the response's ``changed`` columns and its stamp from ``values``, and its audit ``entries``.

        False, having written the assessment's time and the entries (to be rolled back), when the
        response is no longer at ``read_version``: someone saved it since it was read.
        """
        compiled = self.compiled
        self.wrote = True
        self.run(compiled.touch, {"assessment_key": assessment_key, "updated_at": values["updated_at"]})
        if len(entries) == 1:
            self.run(compiled.log, entries[0])
        else:
            try:
                self.cursor.executemany(compiled.log.sql, [compiled.log.parameters(entry) for entry in entries])
            except Exception as exc:
                raise self.explain(exc, compiled.log.sql) from None
        columns = frozenset(changed)
        write = compiled.writes.get(columns)
        if write is None:
            write = compiled.writes[columns] = _Statement.of(_write(columns), self.dialect, compiled.conversions)
        values = {**values, "response_id": response_id, "read_version": read_version}
        return bool(self.run(write, values).rowcount == 1)

    def begin_immediate(self) -> None:
        """On SQLite: begin the transaction holding the write lock, so that nobody saves between our read
        and our write (waiting for a writer as long as the connection's busy timeout)."""
        try:
            self.cursor.execute("BEGIN IMMEDIATE")
        except Exception as exc:
            raise self.explain(exc, "BEGIN IMMEDIATE") from None

    def commit(self, connection: Any) -> None:
        try:
            connection.commit()
        except Exception as exc:
            raise self.explain(exc, "COMMIT") from None

    def rollback(self, connection: Any) -> None:
        try:
            connection.rollback()
        except Exception as exc:
            raise self.explain(exc, "ROLLBACK") from None

    def run(self, statement: _Statement, values: Mapping[str, Any]) -> Any:
        try:
            self.cursor.execute(statement.sql, statement.parameters(values))
        except Exception as exc:
            raise self.explain(exc, statement.sql) from None
        return self.cursor

    def explain(self, exc: Exception, sql: str) -> Exception:
        """What to raise for an error of ``sql``: a driver error that is the environment's fault (busy, lost,
        refused, full) as a StoreError, any other driver error as SQLAlchemy would wrap it in a session."""
        dialect = self.dialect
        dbapi = dialect.loaded_dbapi
        if not isinstance(exc, dbapi.Error):
            return exc
        try:
            self.lost = bool(dialect.is_disconnect(exc, getattr(self.cursor, "connection", None), self.cursor))
        except Exception:  # a dialect that needs more to tell
            self.lost = False
        explained = explain(exc, self.label, operational=isinstance(exc, dbapi.OperationalError), disconnect=self.lost)
        if explained is not None:
            return explained
        return DBAPIError.instance(
            sql, None, exc, dbapi.Error, hide_parameters=True, connection_invalidated=self.lost, dialect=dialect
        )
