"""Backups: a consistent copy of the database while it is in use, and putting one back.

A backup is made with SQLite's backup API, so it is consistent even while the window or
another process writes; the copy is switched to a single self-contained file (no -wal beside
it), checked with ``PRAGMA integrity_check``, and only then given its name.

Restoring checks the chosen file first, on a private copy (so it is never touched): an SQLite
file, an Assess database, written by this release or an older one, undamaged. Only then is
the current database copied aside (``NAME.before-restore-DATE.sqlite``) and the backup's
content written into it through the backup API, which is safe with the journal of a live
database: another program that has it open goes on in the same file and sees the restored
content (the private copy is first given the database's page size, which the backup API needs).
While another program is writing, the restore waits for it at most :data:`IN_USE_WAIT_S`, then
gives up saying the database is in use. Only a database too damaged for SQLite to write into is
replaced as a whole file, and never while another program has it open. A database from an
older release is upgraded the next time it is opened, with the usual copy taken first. The
window must close its own connection before calling :func:`restore` and reopen the database after.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
import struct
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from assess.errors import AssessError, InvalidInput
from assess.paths import replaced_when_written, temporary_beside
from db import migrate, schema_objects
from db.errors import DatabaseCorrupt, DatabaseLocked, NotADatabase, StoreError, classify
from db.store import BUSY_TIMEOUT_MS, SQLITE_HEADER

IN_USE_WAIT_S = BUSY_TIMEOUT_MS / 1000
"""How long a restore waits for another program that is writing to the database before it gives up."""


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
            schema_objects.check(connection, label)
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
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        with temporary_beside(database, ".restoring") as staged:
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
    info = BackupInfo(source, checked.size, restored.revision, restored.assessments, restored.newest_change)
    return RestoreResult(database, previous, info)


class _GaveUp(Exception):
    """Another program kept the database's write lock longer than a restore waits."""


def _write_into(staged: Path, database: Path) -> None:
    """Overwrite the database's content with the staged copy, in the live file; a database too damaged to be written
    into is replaced whole, unless another program has it open."""
    src = sqlite3.connect(str(staged))
    try:
        dst = sqlite3.connect(str(database), timeout=IN_USE_WAIT_S)
        try:
            page_size = dst.execute("PRAGMA page_size").fetchone()[0]
            if src.execute("PRAGMA page_size").fetchone()[0] != page_size:
                # the backup API cannot change the page size of a database in WAL mode: the copy takes the database's
                src.execute(f"PRAGMA page_size={int(page_size)}")
                src.execute("VACUUM")
            deadline = time.monotonic() + IN_USE_WAIT_S

            def give_up_in_time(status: int, _remaining: int, _total: int) -> None:
                if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() >= deadline:
                    raise _GaveUp

            src.backup(dst, progress=give_up_in_time)
            return
        except _GaveUp:
            raise _in_use(database) from None
        except sqlite3.DatabaseError as exc:
            if isinstance(classify(exc, str(database)), DatabaseLocked):
                raise _in_use(database) from None
        finally:
            dst.close()
    finally:
        src.close()
    holder = _held_by(database)  # the current file is damaged (its copy was kept): replace it whole, if nobody has it
    if holder is not None:
        raise _in_use(database, holder)
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            database.with_name(database.name + suffix).unlink()
    with replaced_when_written(database) as replacement:
        shutil.copyfile(staged, replacement)


def _in_use(database: Path, holder: int | None = None) -> AssessError:
    holder = holder if holder is not None else _held_by(database)
    if holder is not None:
        return AssessError(
            "{file} is in use by another program (process {process}); close Assess there and restore again. Nothing "
            "was changed.",
            file=database,
            process=holder,
        )
    return AssessError(
        "{file} is in use by another program; close Assess there and restore again. Nothing was changed.",
        file=database,
    )


# Where SQLite on POSIX systems locks a database: its shared range in the database file (held by every connection
# that reads it), and in the -shm file of a database in WAL mode, the write, checkpoint, recovery and read locks and
# the byte every open connection holds.
_DATABASE_LOCKS = (0x40000000, 512)
_WAL_INDEX_LOCKS = (120, 9)
# struct flock as the system lays it out: type, whence, start, length, process (Linux); start, length, process,
# type, whence (macOS). Elsewhere the holder is not looked for.
_FLOCK = {"linux": "hhqqi4x", "darwin": "qqihh"}.get(sys.platform)


def _held_by(database: Path) -> int | None:
    """The process id of another program that has the SQLite database open, if there is one and the system says
    (POSIX record locks; None on Windows, where a file another program holds open cannot be replaced anyway)."""
    try:
        import fcntl
    except ImportError:
        return None
    if _FLOCK is None:
        return None
    for path, (start, length) in (
        (database, _DATABASE_LOCKS),
        (database.with_name(database.name + "-shm"), _WAL_INDEX_LOCKS),
    ):
        try:
            descriptor = os.open(path, os.O_RDWR)
        except OSError:
            continue
        try:
            fields = (fcntl.F_WRLCK, os.SEEK_SET, start, length, 0)
            if sys.platform == "darwin":
                fields = (start, length, 0, fcntl.F_WRLCK, os.SEEK_SET)
            answer = struct.unpack(_FLOCK, fcntl.fcntl(descriptor, fcntl.F_GETLK, struct.pack(_FLOCK, *fields)))
            kind, process = (answer[3], answer[2]) if sys.platform == "darwin" else (answer[0], answer[4])
        except OSError:
            continue
        finally:
            os.close(descriptor)
        if kind != fcntl.F_UNLCK:
            return int(process)
    return None
