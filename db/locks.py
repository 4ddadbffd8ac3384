"""Who holds the rows a change waits for, on a shared PostgreSQL server.

When a change gives up waiting for another user's row lock (``lock_timeout``), the user is told who is in
the middle of changing this database: the logins of the other sessions that hold a write lock on one of its
tables now. Saves last milliseconds, so that is nearly always the one session that is stuck (its network
cut in the middle of a save, until the server ends it: ``idle_in_transaction_session_timeout``). Every user
may read ``pg_locks`` and the login names in ``pg_stat_activity``; what those sessions are doing is
shown to their own user and to administrators only, so the names are all that is said.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from db.errors import StoreError

_HOLDERS = text(
    "SELECT DISTINCT a.usename FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'relation' AND l.mode = 'RowExclusiveLock' AND l.granted AND l.pid <> pg_backend_pid() "
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND l.relation IN (SELECT oid FROM pg_class WHERE relnamespace = current_schema()::regnamespace) "
    "ORDER BY 1"
)


def writers(engine: Engine) -> tuple[str, ...]:
    """The logins of the other sessions in the middle of a change to this database; none when it cannot be told."""
    try:
        with engine.connect() as connection:
            return tuple(str(name) for (name,) in connection.execute(_HOLDERS) if name)
    except (SQLAlchemyError, StoreError):
        return ()
