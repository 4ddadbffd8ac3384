"""Who is making a change, and whether they may: the database user on a shared server, the OS user on a laptop.

The services take a session; a session opened from a :class:`~db.Store` carries the database
user and, for a read-only viewer, the reason they may not edit (``session.info``), so every
service records the right person and refuses a viewer's edit before touching the database.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from assess.errors import ReadOnly
from assess.messages import UserText
from db.store import Store, os_user


def current_user(source: Session | Store | None = None) -> str:
    """The name recorded with a change made through ``source``.

    On a PostgreSQL server that is the database user (``ASSESS_USER`` does not change it); on an
    SQLite file, or with no session, the OS user, or ``ASSESS_USER`` when it is set.
    """
    if isinstance(source, Store):
        return source.user
    if source is not None:
        db_user = source.info.get("db_user")
        if db_user:
            return str(db_user)
    return os_user()


def can_edit(session: Session) -> bool:
    return not session.info.get("read_only")


def check_can_edit(session: Session) -> None:
    """Refuse a change by a user who may only read (a viewer on a shared server)."""
    reason = session.info.get("read_only")
    if reason:
        raise ReadOnly(reason if isinstance(reason, UserText) else str(reason))
