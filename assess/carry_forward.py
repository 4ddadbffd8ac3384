"""What a new round takes from the round it starts from, besides the responses: the team's own indicators and every
figure recorded so far, so that the new round's trends start with the history the previous one held.

Copied by a few INSERT ... SELECT statements in the caller's transaction (this module reads no object and needs
no other service, so :mod:`assess.assessments` can call it while it creates the round).
"""

from __future__ import annotations

from sqlalchemy import insert, literal, select
from sqlalchemy.orm import Session

from db.models import Base

_TABLES = Base.metadata.tables
_OWN, _PERIODS, _VALUES = _TABLES["own_indicators"], _TABLES["indicator_periods"], _TABLES["indicator_values"]


def carry(session: Session, previous_id: int, new_id: int) -> None:
    """Copy the own indicators and the figures of assessment ``previous_id`` into the new assessment ``new_id``."""
    connection = session.connection()
    own = [c.name for c in _OWN.columns if c.name not in ("id", "assessment_id")]
    connection.execute(
        insert(_OWN).from_select(
            ["assessment_id", *own],
            select(literal(new_id), *(_OWN.c[name] for name in own)).where(_OWN.c.assessment_id == previous_id),
        )
    )
    kept = [c.name for c in _PERIODS.columns if c.name not in ("id", "assessment_id")]
    connection.execute(
        insert(_PERIODS).from_select(
            ["assessment_id", *kept],
            select(literal(new_id), *(_PERIODS.c[name] for name in kept)).where(
                _PERIODS.c.assessment_id == previous_id
            ),
        )
    )
    old, new = _PERIODS.alias("old"), _PERIODS.alias("new")
    connection.execute(
        insert(_VALUES).from_select(
            ["period_id", "dimension", "category", "value"],
            select(new.c.id, _VALUES.c.dimension, _VALUES.c.category, _VALUES.c.value)
            .join_from(_VALUES, old, old.c.id == _VALUES.c.period_id)
            .join(new, (new.c.indicator_code == old.c.indicator_code) & (new.c.period == old.c.period))
            .where(old.c.assessment_id == previous_id, new.c.assessment_id == new_id),
        )
    )
