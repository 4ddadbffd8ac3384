"""Alembic migrations, run safely: copy first, foreign keys off during the change, check after.

A database stamped with a revision this release does not know was written by a newer
release and is refused, untouched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from assess.messages import UserText
from assess.paths import package_file
from db.errors import DatabaseCorrupt, NewerDatabase
from db.roles import check_may_upgrade

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# The revisions this release knows, oldest first; the last is the head. Kept here so that opening
# a database that is already current never imports Alembic (a test checks this matches the scripts).
REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
THIS_DATABASE = UserText("This database")  # the subject of a message when no path or URL is given


def config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(package_file("db", "migrations")))
    return cfg


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config())


def head() -> str:
    return HEAD


def current(connection: Connection) -> str | None:
    """The revision the database is stamped with (None for an empty database)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    rows = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return str(rows[0]) if rows else None


def check_known(revision: str | None, label: str | UserText = THIS_DATABASE) -> None:
    """Refuse a revision this release does not know: the database was written by a newer release."""
    if revision is not None and revision not in REVISIONS:
        raise NewerDatabase(
            "{database} was written by a newer release of Assess (schema "
            "{revision}). Install the newer release to open it; nothing was changed.",
            database=label,
            revision=revision,
        )


def check_current(engine: Engine) -> str | None:
    """The database's revision; raises :class:`NewerDatabase` for one this release does not know."""
    with engine.connect() as connection:
        revision = current(connection)
    check_known(revision)
    return revision


def upgrade(
    engine: Engine, path: Path | None, target: str = "head", *, label: str | UserText = THIS_DATABASE
) -> Path | None:
    """Bring the database to ``target``; return the path of the copy taken first, if any.

    On a server, a user who may not change the schema (a viewer, an editor) is refused before
    anything is changed, with a message naming the owner who can (``assess server setup``).
    """
    revision = check_current(engine)
    wanted = head() if target == "head" else target
    if revision == wanted:
        return None
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            check_may_upgrade(connection, revision, wanted, label)
    backup = None
    if revision is not None and path is not None:
        backup = _backup_path(path, revision)
        sqlite_backup(path, backup)
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        from alembic import command

        cfg = config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, target)
        connection.commit()
        if engine.dialect.name == "sqlite":
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            if problems:
                raise DatabaseCorrupt(
                    "After upgrading, {count} rows point at missing rows. The copy taken before the upgrade "
                    "is {backup}; restore it and report this problem.",
                    count=len(problems),
                    backup=backup,
                )
    return backup


def _backup_path(path: Path, revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix or '.sqlite'}")
    counter = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}-{counter}{path.suffix or '.sqlite'}")
        counter += 1
    return candidate


def sqlite_backup(source: Path, destination: Path) -> None:
    """A consistent copy of an SQLite database, even while it is in use (SQLite's backup API)."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(destination))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
