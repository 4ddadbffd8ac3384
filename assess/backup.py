"""Backups: a consistent copy of the database while it is in use, and putting one back.

A backup is made with SQLite's backup API, so it is consistent even while the window or
another process writes; the copy is switched to a single self-contained file (no -wal beside
it), checked with ``PRAGMA integrity_check``, and only then given its name.

Restoring checks the chosen file first, on a private copy (so it is never touched): an SQLite
file, an Assess database, written by this release or an older one, undamaged. Only then is
the current database copied aside (``NAME.before-restore-DATE.sqlite``) and the backup's
content written into it through the backup API, which is safe with the journal of a live
database. A database from an older release is upgraded the next time it is opened, with the
usual copy taken first. The window must close its own connection before calling
:func:`restore` and reopen the database after.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from assess.errors import AssessError, InvalidInput
from assess.paths import replaced_when_written
from db import migrate
from db.errors import DatabaseCorrupt, DatabaseLocked, NotADatabase, StoreError, classify
from db.store import BUSY_TIMEOUT_MS, SQLITE_HEADER


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file (or a database) holds, as checked."""

    path: Path
    size: int
    revision: str | None
    assessments: int
    newest_change: str | None


@dataclass(frozen=True)
class RestoreResult:
    database: Path
    previous: Path | None
    """The copy of the database as it was before the restore (None when there was none)."""
    restored: BackupInfo


def database_file(target: str | Path) -> Path:
    """The SQLite file a ``--db`` value names; a server database is refused (back it up with its own tools)."""
    text = str(target)
    if "://" in text:
        url = make_url(text)
        if url.get_backend_name() != "sqlite" or not url.database:
            raise InvalidInput(
                "Backup and restore work on an SQLite database file. Back up a PostgreSQL server with pg_dump."
            )
        text = url.database
    return Path(text).expanduser().resolve()


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def inspect(path: Path, label: str | None = None, *, integrity: bool = True) -> BackupInfo:
    """Check, read-only, that ``path`` is an undamaged Assess database this release can open."""
    label = label or str(path)
    if not path.is_file():
        raise InvalidInput("{file} does not exist or is not a file.", file=label)
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise NotADatabase(
                "{file} is not an Assess database (it is not an SQLite file); nothing was changed.", file=label
            )
    try:
        connection = _connect_ro(path)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or "assessments" not in tables:
                raise NotADatabase(
                    "{file} is an SQLite database, but not an Assess database; nothing was changed.", file=label
                )
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            migrate.check_known(revision, label)
            verdict = connection.execute("PRAGMA integrity_check").fetchone() if integrity else ("ok",)
            if not verdict:
                raise DatabaseCorrupt("{file} is damaged (no answer); nothing was changed.", file=label)
            if verdict[0] != "ok":
                raise DatabaseCorrupt(
                    "{file} is damaged ({problem}); nothing was changed.", file=label, problem=verdict[0]
                )
            count = connection.execute("SELECT count(*) FROM assessments").fetchone()[0]
            newest = (
                connection.execute("SELECT max(at) FROM audit_log").fetchone()[0] if "audit_log" in tables else None
            )
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(
            "{file} cannot be read as a database ({problem}); nothing was changed.", file=label, problem=str(exc)
        ) from None
    return BackupInfo(path, path.stat().st_size, revision, int(count), newest)


def _copy(source: Path, destination: Path, read_only: bool = True) -> None:
    """A consistent copy through the backup API, as a single file in rollback-journal mode."""
    src = _connect_ro(source) if read_only else sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(str(destination))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()
    with destination.open("rb+") as handle:
        os.fsync(handle.fileno())


def make_backup(database: Path, out: str | Path, *, overwrite: bool = False) -> BackupInfo:
    """Copy ``database`` to ``out`` while it may be in use; the file appears only once complete and checked."""
    target = Path(out).expanduser().resolve()
    inspect(database, integrity=False)  # the copy is checked whole below
    if target == database:
        raise InvalidInput("The backup must go to another file than the database itself.")
    if target.is_dir():
        raise InvalidInput("{file} is a folder; give the name of the backup file to write.", file=target)
    if target.exists() and not overwrite:
        raise InvalidInput("{file} already exists; choose a new file name (nothing was overwritten).", file=target)
    try:
        with replaced_when_written(target) as partial:
            _copy(database, partial)
            info = inspect(partial, str(target))
    except sqlite3.Error as exc:
        raise StoreError("The backup could not be made: {problem}. Nothing was written.", problem=str(exc)) from None
    except OSError as exc:
        raise InvalidInput(
            "Cannot write {file}: {problem}. Nothing was written.", file=target, problem=exc.strerror or str(exc)
        ) from None
    return BackupInfo(target, info.size, info.revision, info.assessments, info.newest_change)


def _aside(database: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = database.with_name(f"{database.stem}.before-restore-{stamp}{database.suffix or '.sqlite'}")
    counter = 1
    while candidate.exists():
        candidate = database.with_name(
            f"{database.stem}.before-restore-{stamp}-{counter}{database.suffix or '.sqlite'}"
        )
        counter += 1
    return candidate


def _keep_current(database: Path) -> Path | None:
    """Copy the current database aside, consistently if it can be read, byte for byte if it is damaged."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    aside = _aside(database)
    try:
        _copy(database, aside)
    except sqlite3.Error:
        aside.unlink(missing_ok=True)
        shutil.copy2(database, aside)
        wal = database.with_name(database.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, aside.with_name(aside.name + "-wal"))
    return aside


def restore(database: Path, backup: str | Path) -> RestoreResult:
    """Put the content of ``backup`` into ``database``, keeping a copy of the database as it was."""
    source = Path(backup).expanduser().resolve()
    if source == database:
        raise InvalidInput("That file is the database itself; choose a backup file.")
    inspect(source)
    staged = database.with_name(f".{database.name}.restoring")
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        staged.unlink(missing_ok=True)
        _copy(source, staged)
        checked = inspect(staged, str(source))
        previous = _keep_current(database)
        _write_into(staged, database)
        restored = inspect(database)
    except sqlite3.Error as exc:
        raise StoreError("The backup could not be restored: {problem}.", problem=str(exc)) from None
    except OSError as exc:
        raise InvalidInput(
            "Cannot restore into {file}: {problem}.", file=database, problem=exc.strerror or str(exc)
        ) from None
    finally:
        staged.unlink(missing_ok=True)
    info = BackupInfo(source, checked.size, restored.revision, restored.assessments, restored.newest_change)
    return RestoreResult(database, previous, info)


def _write_into(staged: Path, database: Path) -> None:
    """Overwrite the database's content with the staged copy; a damaged database file is replaced whole."""
    src = sqlite3.connect(str(staged))
    try:
        dst = sqlite3.connect(str(database), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            src.backup(dst)
            return
        except sqlite3.DatabaseError as exc:
            if isinstance(classify(exc, str(database)), DatabaseLocked):
                raise AssessError(
                    "{file} is in use by another program; close Assess there and restore again. Nothing was changed.",
                    file=database,
                ) from None
        finally:
            dst.close()
    finally:
        src.close()
    for suffix in ("-wal", "-shm"):  # the current file is damaged (its copy was kept): replace it whole
        with contextlib.suppress(FileNotFoundError):
            database.with_name(database.name + suffix).unlink()
    replacement = database.with_name(database.name + ".replacing")
    shutil.copyfile(staged, replacement)
    replacement.replace(database)
