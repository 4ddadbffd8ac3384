"""The schema objects Assess creates in an SQLite database, and the refusal of any other.

A database file can come from anywhere (a backup, a colleague, ``--db``), and SQLite runs what its
schema holds: a trigger can empty the audit log or rewrite scores whenever Assess saves, a view can
stand in for a table. Before a database is opened, backed up or restored, its objects are compared
with those of Assess's schema (:data:`db.models.Base`, which every migration follows): tables and
indexes by name (the indexes with their table), SQLite's own objects (``sqlite_...``), and nothing
else: no trigger, no view, no table or index Assess did not create.

Only SQLite files are checked here. On a shared PostgreSQL server the schema belongs to its owner, who
sets it up with ``assess server setup``; what a server adds for its rights model is its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from assess.messages import UserText
from db.errors import NotADatabase
from db.models import Base

MIGRATIONS_TABLE = "alembic_version"
KINDS = {"trigger": UserText("a trigger"), "view": UserText("a view"), "table": UserText("a table"),
         "index": UserText("an index")}  # fmt: skip


def expected() -> tuple[frozenset[str], dict[str, str]]:
    """The tables Assess creates, and its indexes with the table of each."""
    tables = frozenset(Base.metadata.tables) | {MIGRATIONS_TABLE}
    indexes = {
        index.name: table.name for table in Base.metadata.tables.values() for index in table.indexes if index.name
    }
    return tables, indexes  # type: ignore[return-value]


def unexpected(rows: Iterable[tuple[str, str, str]]) -> tuple[str, str] | None:
    """The first object of ``rows`` (``type, name, tbl_name`` from ``sqlite_master``) Assess did not create."""
    tables, indexes = expected()
    for kind, name, table in rows:
        if name.startswith("sqlite_"):  # SQLite's own: autoindexes of unique constraints, sqlite_sequence, statistics
            continue
        if kind == "table" and name in tables:
            continue
        if kind == "index" and indexes.get(name) == table:
            continue
        return kind, name
    return None


def check(connection: sqlite3.Connection, label: str | UserText) -> None:
    """Refuse the database open on ``connection`` if its schema holds an object Assess did not create."""
    found = unexpected(connection.execute("SELECT type, name, tbl_name FROM sqlite_master"))
    if found is None:
        return
    kind, name = found
    raise NotADatabase(
        "{database} holds {kind} named {name} that Assess did not create: it could change or erase data behind its "
        "back, so Assess will not use this database. Nothing was changed; use a backup you trust, or have it removed.",
        database=label,
        kind=KINDS.get(kind, kind),
        name=repr(name),
    )
