"""The time the services stamp on what they write: real UTC time, or the clock a store was given.

A :class:`~db.store.Store` holds a clock (real UTC time unless it is given another, as the demo
is, see ``Store.clock_set_to``) and hands it to its sessions in ``session.info["clock"]``. The
services ask :func:`now` for the time of a change instead of the system, so that anything built
through them, such as the demo on its fictional calendar, needs no rewriting of its times afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy.orm import Session

from db.models import utcnow

Clock = Callable[[], dt.datetime]
"""Gives the current time as the database stores it: naive, in UTC."""


def of(session: Session) -> Clock:
    """The clock of the store ``session`` came from; real UTC time for a session from elsewhere."""
    clock: Clock = session.info.get("clock", utcnow)
    return clock


def now(session: Session) -> dt.datetime:
    """The time to stamp on a change written through ``session``."""
    return of(session)()
