"""Problems with the database file or server that the user must be told about, and telling them from our bugs.

A driver error is classified once, here, by its code: SQLite's result code (``sqlite_errorcode``,
its primary part) and PostgreSQL's SQLSTATE (``sqlstate``). An error that is the environment's
fault (a busy or damaged file, a full disk, a refused permission, a lost server) becomes a
:class:`StoreError` with a message the user can act on; anything else stays a bug. The engine's
error hook (:mod:`db.store`), the command line and the window all come here.

One case has no code: a server that refuses the connection itself. libpq hands the client only
the server's words then, so a refusal of permission is recognised in them; every other failure
to connect says what the server or the network said.
"""

from __future__ import annotations

import sqlite3

from assess.messages import UserMessage


class StoreError(UserMessage):
    """A database problem explained in words a user can act on."""


class NotADatabase(StoreError):
    pass


class NewerDatabase(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class DatabaseUnavailable(StoreError):
    """The file cannot be created or written, or the server cannot be reached."""


class DatabaseCorrupt(StoreError):
    pass


class PermissionDenied(StoreError):
    """The database server refused: the user may only read, or has no access at all."""


class UpgradeNotAllowed(StoreError):
    """The schema needs upgrading and only the database owner may do that (``assess server setup``)."""


# SQLite's primary result codes that are the environment's fault.
_SQLITE_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_SQLITE_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_SQLITE_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH}
_SQLITE_CANNOT_OPEN = {sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR}

# PostgreSQL's SQLSTATEs (and classes, by their first two characters).
_PERMISSION = {"42501", "25006"}  # insufficient_privilege, read_only_sql_transaction
_LOCK_NOT_AVAILABLE = "55P03"
_SERIALIZATION_CLASS = "40"  # serialization failure, deadlock
_DISK_FULL = "53100"
_TOO_MANY_CONNECTIONS = "53300"
_QUERY_CANCELED = "57014"
_IDLE_IN_TRANSACTION = "25P03"  # the server ended a session left in the middle of a transaction
_CONNECTION_CLASS = "08"
_OPERATOR_INTERVENTION = "57P"  # the server shut down or terminated the connection


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code of a driver error (SQLITE_BUSY for SQLITE_BUSY_SNAPSHOT), else None."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def classify(error: BaseException, label: str, *, disconnect: bool = False) -> StoreError | None:
    """The :class:`StoreError` for a driver error (or SQLAlchemy's wrapper of one) that is the environment's fault,
    about the database ``label``; None for anything else, which is a bug. ``disconnect``: SQLAlchemy found that
    the connection was lost."""
    original = getattr(error, "orig", None) or error
    if isinstance(original, sqlite3.Error):
        return _sqlite(original, label)
    state = getattr(original, "sqlstate", None)
    if state:
        return _server(str(state), original, label)
    if disconnect:
        return _lost(original, label)
    if _is_server_driver_error(original):
        return _not_connected(original, label)
    return None


def explain(error: BaseException, label: str) -> StoreError:
    """A driver error as a message about the database ``label``: its classification, or what the database said."""
    classified = classify(error, label)
    if classified is not None:
        return classified
    original = getattr(error, "orig", None) or error
    return StoreError("{database}: the database reported an error: {reason}", database=label, reason=_detail(original))


def _sqlite(error: sqlite3.Error, label: str) -> StoreError | None:
    code = sqlite_code(error)
    if code in _SQLITE_BUSY:
        return DatabaseLocked(
            "{database} is busy: another program is writing to it. Try again in a moment.", database=label
        )
    if code in _SQLITE_DAMAGED:
        return DatabaseCorrupt(
            "{database} is damaged or is not an Assess database. Restore it from a backup; nothing was changed.",
            database=label,
        )
    if code in _SQLITE_READ_ONLY:
        return DatabaseUnavailable("{database} is read-only. Copy it somewhere you can write.", database=label)
    if code == sqlite3.SQLITE_FULL:
        return DatabaseUnavailable(
            "The disk holding {database} is full. Free some space and try again.", database=label
        )
    if code in _SQLITE_CANNOT_OPEN:
        return DatabaseUnavailable("{database} cannot be opened: {reason}.", database=label, reason=_detail(error))
    return None


def _server(state: str, error: BaseException, label: str) -> StoreError | None:
    if state in _PERMISSION:
        return _refused(error, label)
    if state[:2] == _SERIALIZATION_CLASS or state == _LOCK_NOT_AVAILABLE:
        return DatabaseLocked(
            "{database}: someone else was saving at the same moment, so this change was not saved. Try again.",
            database=label,
        )
    if state == _DISK_FULL:
        return DatabaseUnavailable(
            "The disk of the server holding {database} is full. Tell the server's administrator.", database=label
        )
    if state == _TOO_MANY_CONNECTIONS:
        return DatabaseUnavailable(
            "The server holding {database} has too many connections open. Try again in a moment.", database=label
        )
    if state == _QUERY_CANCELED:
        return DatabaseUnavailable(
            "The server holding {database} cancelled this request (it took too long, or an administrator stopped it); "
            "nothing was saved. Try again.",
            database=label,
        )
    if state == _IDLE_IN_TRANSACTION:
        return DatabaseUnavailable(
            "The server holding {database} ended this session because it stayed in the middle of a change too long "
            "(the network was slow or cut); nothing of that change was saved. Try again.",
            database=label,
        )
    if state[:2] == _CONNECTION_CLASS or state[:3] == _OPERATOR_INTERVENTION:
        return _lost(error, label)
    return None


def _is_server_driver_error(error: BaseException) -> bool:
    """A psycopg error without a SQLSTATE: the client could not reach the server, or lost it."""
    return type(error).__module__.split(".")[0] == "psycopg"


def _not_connected(error: BaseException, label: str) -> StoreError:
    server_said = _server_words(error)
    if "permission denied" in server_said.lower():  # the server's refusal carries no SQLSTATE (see above)
        return _refused(error, label)
    return DatabaseUnavailable("Cannot connect to {database}: {reason}", database=label, reason=server_said)


def _refused(error: BaseException, label: str) -> StoreError:
    return PermissionDenied(
        "{database}: the server refused ({reason}). Your database user may not do this; "
        "the database owner grants access with: assess server setup --editor USER or --viewer USER",
        database=label,
        reason=_server_words(error),
    )


def _lost(error: BaseException, label: str) -> StoreError:
    return DatabaseUnavailable(
        "Lost the connection to {database} ({reason}). Check the network and try again.",
        database=label,
        reason=_server_words(error),
    )


def not_answering(label: str, seconds: float) -> DatabaseUnavailable:
    """The client gave up waiting for the server's answer (db.answers)."""
    return DatabaseUnavailable(
        "{database} did not answer for {seconds} seconds: the network or the server is down, or very slow. "
        "Nothing of this change was saved; try again when the server answers.",
        database=label,
        seconds=f"{seconds:g}",
    )


def locked_by(label: str, users: tuple[str, ...], seconds: float, limit: float) -> DatabaseLocked:
    """A change that gave up waiting for rows another user is changing, naming who (db.locks)."""
    return DatabaseLocked(
        "{database}: {users} is in the middle of changing the same rows, so this change waited {seconds} seconds "
        "and was not saved. If their connection was cut, the server ends their change within {limit} seconds; "
        "try again then.",
        database=label,
        users=", ".join(users),
        seconds=f"{seconds:g}",
        limit=f"{limit:g}",
    )


def _detail(error: BaseException) -> str:
    return " ".join(str(error).split())


def _server_words(error: BaseException) -> str:
    """What the server said, without the driver's "connection to server at ... failed:" preamble."""
    detail = _detail(error)
    return detail.split("FATAL:", 1)[1].strip() if "FATAL:" in detail else detail
