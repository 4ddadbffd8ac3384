"""Opening a database: SQLite file or PostgreSQL URL, connection settings, checks, then migration.

Every driver error that is the environment's fault (a busy file, a refused permission, a lost
server) is turned into a :class:`StoreError` with a message a user can act on (:mod:`db.errors`),
wherever it happens: on opening, or later in any session (an engine ``handle_error`` hook).
"""

from __future__ import annotations

import datetime as dt
import functools
import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from assess import limits
from assess.messages import UserText
from assess.urls import shown_url
from db import locks, migrate, roles, schema_objects
from db import timeouts as server_timeouts
from db.answers import AnswerWatch
from db.clock import Clock
from db.errors import (
    DatabaseLocked,
    DatabaseUnavailable,
    NotADatabase,
    StoreError,
    classify,
    explain,
    locked_by,
    not_answering,
)
from db.migrate import sqlite_backup as sqlite_backup  # where the demo and the tests have always found it
from db.models import utcnow
from db.timeouts import Timeouts

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
WAL_SIZE_LIMIT = 64 * 1024 * 1024  # bytes a write-ahead log keeps once it has been copied into the file


def os_user() -> str:
    """The person at this computer: ``ASSESS_USER`` if set (tests, shared workshop laptops), else the login name;
    as text that can be stored, cut to the length of a person's name (:mod:`assess.limits`), so that every
    package recording it can be read back."""
    return _as_person(os.environ.get("ASSESS_USER") or _login_name())


@functools.lru_cache(maxsize=8)
def _as_person(name: str) -> str:
    return limits.storable_name(" ".join(name.split()))[: limits.PERSON].strip()


@functools.cache
def _login_name() -> str:
    """The login name, looked up once (it asks the password database, which costs more than a small edit)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class Store:
    """An open, migrated database.

    ``db_user`` is the database user on a server (None for an SQLite file); ``read_only_reason`` says,
    in one line for the window, why the user may not edit (None when they may). Sessions from
    ``sessions`` carry both in ``session.info`` ("db_user", "read_only") for the services, and the store's
    clock ("clock", :meth:`now`: see db.clock).
    """

    engine: Engine
    sessions: sessionmaker[Session]
    url: URL
    path: Path | None
    db_user: str | None = None
    read_only_reason: UserText | None = None
    clock: Clock = utcnow
    """What the services stamp on the changes made through this store: real UTC time unless set otherwise."""
    timeouts: Timeouts | None = None
    """How long it waits for its server (None for an SQLite file): see db.timeouts."""

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def user(self) -> str:
        """Who is recorded with every change: the database user on a server, the OS user on a laptop."""
        return self.db_user or os_user()

    @property
    def can_edit(self) -> bool:
        return self.read_only_reason is None

    @property
    def label(self) -> str:
        return str(self.path) if self.path else _label(self.url)

    def lose_write_access(self, reason: UserText) -> None:
        """The server refused a change this user could make when the store was opened (their rights were taken
        away meanwhile): from now on the store is read-only, saying ``reason``, as for a viewer."""
        self.read_only_reason = reason
        self.sessions.configure(info={**self.sessions.kw.get("info", {}), "read_only": reason})

    def now(self) -> dt.datetime:
        """The time on this store's clock (its sessions carry this method, so a clock set later holds for them)."""
        return self.clock()

    @contextmanager
    def clock_set_to(self, clock: Clock) -> Iterator[None]:
        """Stamp the changes made through this store with ``clock`` inside the block (the demo's calendar)."""
        kept, self.clock = self.clock, clock
        try:
            yield
        finally:
            self.clock = kept

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose work is committed on success and rolled back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def checkpoint(self) -> None:
        """Copy what SQLite's write-ahead log holds into the database file, without making anyone wait
        (a passive checkpoint); nothing on a server. Run off the user's path after a large write, such
        as attaching a big file, so that the next small edit does not pay for it."""
        if self.engine.dialect.name != "sqlite":
            return
        with self.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        self.engine.dispose()


def _is_url(target: str) -> bool:
    return "://" in target


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()
        if mode and str(mode[0]).lower() != "wal":
            cursor.execute("PRAGMA journal_mode=DELETE")
        # Each commit syncs the write-ahead log: what the window says is saved survives a power cut, not only a
        # crash of the program (with NORMAL, the last commits before a power cut could be lost).
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA journal_size_limit={WAL_SIZE_LIMIT}")  # after a large attach, the log shrinks back
    finally:
        cursor.close()


def check_sqlite_file(path: Path, *, create: bool = True) -> None:
    """Refuse, before SQLite touches it, a path that cannot hold an Assess database; without ``create``, also a
    path where there is no database yet (nothing is created: no folder, no file)."""
    if path.is_dir():
        raise NotADatabase("{path} is a folder, not a database file. Give the path of a .sqlite file.", path=path)
    if path.exists():
        try:
            with path.open("rb") as handle:
                header = handle.read(16)
        except PermissionError:
            raise DatabaseUnavailable("{path} cannot be read (permission denied).", path=path) from None
        except OSError as exc:
            raise DatabaseUnavailable(
                "{path} cannot be read: {reason}.", path=path, reason=exc.strerror or exc
            ) from None
        if header and header != SQLITE_HEADER:
            raise NotADatabase(
                "{path} is not an Assess database (it is not an SQLite file). Check the path; nothing was changed.",
                path=path,
            )
        if not os.access(path, os.W_OK):
            raise DatabaseUnavailable(
                "{path} is read-only. Copy it somewhere you can write, or change its permissions.", path=path
            )
        return
    if not create:
        raise DatabaseUnavailable(
            "There is no database at {path}. Check the path; nothing was created (assess new creates a database).",
            path=path,
        )
    parent = path.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(
            "Cannot create the folder {path}: {reason}.", path=parent, reason=exc.strerror or exc
        ) from None
    if not os.access(parent, os.W_OK):
        raise DatabaseUnavailable("Cannot create a database in {path}: the folder is not writable.", path=parent)


def _label(url: URL) -> str:
    """A server's URL as it may be shown: without its password, in the user part or in the query."""
    return shown_url(url.render_as_string(hide_password=True))


def make_engine(
    target: str | Path, timeouts: Timeouts | None = None, *, create: bool = True
) -> tuple[Engine, URL, Path | None]:
    """An engine on ``target``; a server's connections are bounded by ``timeouts`` (db.timeouts.SERVER if None).
    An SQLite file is created if there is none, unless ``create`` is false."""
    text = str(target)
    timeouts = timeouts or server_timeouts.SERVER
    if _is_url(text):
        try:
            url = make_url(text)
        except ArgumentError:
            raise DatabaseUnavailable(
                "{url} is not a database URL; expected for example postgresql+psycopg://user@host/db",
                url=repr(shown_url(text)),
            ) from None
        backend = url.get_backend_name()
        if backend == "sqlite":
            path = Path(url.database).expanduser().resolve() if url.database else None
            if path is None:
                raise DatabaseUnavailable("An in-memory SQLite database cannot hold an assessment; give a file path.")
        elif backend == "postgresql":
            path = None
        else:
            raise DatabaseUnavailable(
                "Unsupported database {backend}: use an SQLite file path or a postgresql:// URL.", backend=repr(backend)
            )
    else:
        path = Path(text).expanduser().resolve()
        url = URL.create("sqlite+pysqlite", database=str(path))
    if path is not None:
        check_sqlite_file(path, create=create)
        probe_sqlite_file(path)
        # A small pool: closing the last connection of a WAL database checkpoints and syncs the file,
        # which made every edit pay for a connection's open and close.
        engine = create_engine(
            url,
            poolclass=QueuePool,
            pool_size=1,
            max_overflow=4,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        connect_args: dict[str, Any] = {"application_name": "assess", **timeouts.connect_args(url.query)}
        try:
            engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args)
        except (ArgumentError, ImportError) as exc:
            raise DatabaseUnavailable("Cannot use {url}: {reason}", url=_label(url), reason=exc) from None
    label = str(path) if path else _label(url)
    watch = AnswerWatch(engine, timeouts.answer) if path is None else None
    event.listen(engine, "handle_error", _explain_errors(engine, label, watch, timeouts))
    return engine, url, path


def _explain_errors(engine: Engine, label: str, watch: AnswerWatch | None, timeouts: Timeouts) -> Any:
    """An engine hook that raises a :class:`StoreError` for a driver error that is not our bug."""

    def hook(context: ExceptionContext) -> None:
        if context.is_pre_ping:  # let the pool reconnect quietly
            return
        if watch is not None and watch.was_cut(_dbapi_connection(context)):
            raise not_answering(label, timeouts.answer) from None
        explained = classify(context.original_exception, label, disconnect=context.is_disconnect)
        if isinstance(explained, DatabaseLocked) and watch is not None:
            users = locks.writers(engine)
            if users:
                explained = locked_by(label, users, timeouts.lock, timeouts.idle_in_transaction)
        if explained is not None:
            raise explained from None

    return hook


def _dbapi_connection(context: ExceptionContext) -> object:
    """The driver's connection the error happened on, if SQLAlchemy still holds it."""
    try:
        return context.connection.connection.dbapi_connection if context.connection is not None else None
    except DatabaseError:
        return None


def open_store(
    target: str | Path, *, upgrade: bool = True, create: bool = True, timeouts: Timeouts | None = None
) -> Store:
    """Open and migrate the database at ``target``; an SQLite file is created if there is none, unless ``create``
    is false (then the lack is refused, naming the path); ``timeouts`` bound every wait for a server
    (db.timeouts.SERVER if None)."""
    timeouts = timeouts or server_timeouts.SERVER
    engine, url, path = make_engine(target, timeouts, create=create)
    label = str(path) if path else _label(url)
    try:
        _probe(engine, label)
        if upgrade:
            migrate.upgrade(engine, path, label=label)
        else:
            migrate.check_current(engine)
        access = None
        if path is None:
            with engine.connect() as connection:
                access = roles.access(connection)
    except StoreError:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        raise explain(exc, label) from None
    info: dict[str, Any] = {}
    if access is not None:
        info["db_user"] = access.user
        if not access.can_edit:
            info["read_only"] = access.read_only_reason
    store = Store(
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        url=url,
        path=path,
        db_user=access.user if access else None,
        read_only_reason=access.read_only_reason if access else None,
        timeouts=timeouts if path is None else None,
    )
    store.sessions.configure(info={**info, "clock": store.now})
    return store


def _probe(engine: Engine, label: str) -> None:
    """Fail early and clearly on a file SQLite cannot read or a server that cannot be reached."""
    if engine.dialect.name == "sqlite":
        return  # checked read-only by probe_sqlite_file() before the engine touched the file
    try:
        with engine.connect() as connection:
            tables = inspect(connection).get_table_names()
    except DatabaseError as exc:
        raise explain(exc, label) from None
    _check_tables(tables, label)


def _check_tables(tables: list[str], label: str) -> None:
    if tables and "alembic_version" not in tables:
        raise NotADatabase(
            "{database} is a database, but not an Assess database (it has tables {tables}). "
            "Choose another file; nothing was changed.",
            database=label,
            tables=", ".join(sorted(tables)[:5]),
        )


def probe_sqlite_file(path: Path) -> None:
    """Look at an existing SQLite file read-only, so that a file we refuse is left byte for byte as it was."""
    if not path.exists() or path.stat().st_size == 0:
        return
    label = str(path)
    try:
        # With no write-ahead log beside it, the file alone is the database: open it immutable, which creates
        # no -wal or -shm files next to a file we may refuse. Otherwise read it through its log.
        live = path.with_name(path.name + "-wal").exists()
        mode = "mode=ro" if live else "immutable=1"
        connection = sqlite3.connect(f"{path.as_uri()}?{mode}", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        raise explain(exc, label) from None
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        _check_tables(tables, label)
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is not None:
                migrate.check_known(row[0], label)
            schema_objects.check(connection, label)
    except sqlite3.Error as exc:
        raise explain(exc, label) from None
    finally:
        connection.close()
