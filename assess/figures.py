"""Recording the figures of an operational indicator: per period a total, breakdowns, the source and a quality note;
and reading them back.

Each figure is checked (:mod:`assess.figure_checks`: its place and unit); breakdowns that do not add up to the total
are recorded as given and flagged (:func:`~assess.figure_checks.mismatches`): a count whose categories miss a few
cases is still worth keeping.

One call of :func:`record` is one edit of one indicator and period, checked whole and written in the caller's
transaction, each changed figure in the audit log (entity ``figure``, the indicator's code as the item, the field
``2024: sex=female``), stamped with the store's clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import RowMapping, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from assess import assessments, audit, edits, limits
from assess import indicators as known_indicators
from assess.errors import StaleEdit
from assess.figure_checks import (
    TOTAL,
    Cell,
    Figures,
    Mismatch,
    cell_field,
    check_cell,
    check_value,
    mismatches,
)
from assess.indicators import Indicators
from assess.messages import UserText
from assess.numbers import as_text
from assess.periods import Period, parse
from assess.users import current_user
from db import clock
from db.models import Base, IndicatorPeriod, IndicatorValue
from framework.model import Indicator

_VALUES = Base.metadata.tables["indicator_values"]


SOURCE = UserText("source")
NOTE = UserText("quality note")


def check_text(value: str, what: UserText) -> str:
    """The source or the quality note (``what``: :data:`SOURCE` or :data:`NOTE`) as stored; a clear error if it is
    too long or holds what no text may."""
    return edits.clean_text(value, what, limits.FIGURE_TEXT)


@dataclass(frozen=True)
class Change:
    """One edit of one indicator and period: the figures to set (None clears one), and the source and note if
    given (None leaves them)."""

    indicator: str
    period: str | Period
    values: Mapping[Cell, object] = field(default_factory=dict)
    source: str | None = None
    note: str | None = None
    expected_version: int | None = None


def record(
    session: Session,
    assessment_id: int | str,
    change: Change,
    *,
    user: str | None = None,
    origin: str = "",
    indicators: Indicators | None = None,
) -> Figures:
    """Make ``change`` in the caller's transaction; the figures of the period as they are then."""
    return record_all(session, assessment_id, [change], user=user, origin=origin, indicators=indicators)[0]


def record_all(
    session: Session,
    assessment_id: int | str,
    changes: Iterable[Change],
    *,
    user: str | None = None,
    origin: str = "",
    indicators: Indicators | None = None,
) -> list[Figures]:
    """Make every change, in order, in the caller's transaction (an import, a paste across periods): all are checked
    before any is written, so a refused one leaves nothing of the others."""
    user = user or current_user(session)
    assessment = assessments.editable(session, assessment_id)
    known = indicators or known_indicators.of(session, assessment)
    checked = []
    for change in changes:
        indicator = known.get(change.indicator)
        period = parse(change.period)
        values: dict[Cell, Decimal | None] = {}
        for cell, value in change.values.items():
            place = check_cell(indicator, cell)
            values[place] = check_value(indicator, period, place, value)
        source = check_text(change.source, SOURCE) if change.source is not None else None
        note = check_text(change.note, NOTE) if change.note is not None else None
        checked.append((indicator, period, values, source, note, change.expected_version))
    now = clock.now(session)
    written = [_write(session, assessment.id, *entry, user=user, origin=origin, now=now) for entry in checked]
    if any(changed for _, changed in written):
        assessment.updated_at = now
    return [figures for figures, _ in written]


_PERIODS = Base.metadata.tables["indicator_periods"]
_FIND = select(_PERIODS).where(
    _PERIODS.c.assessment_id == bindparam("assessment"),
    _PERIODS.c.indicator_code == bindparam("code"),
    _PERIODS.c.period == bindparam("period"),
)
_CELLS = select(_VALUES.c.dimension, _VALUES.c.category, _VALUES.c.value).where(_VALUES.c.period_id == bindparam("id"))
_ADD_PERIOD = insert(_PERIODS).returning(_PERIODS.c.id)
_CELL = (
    (_VALUES.c.period_id == bindparam("row"))
    & (_VALUES.c.dimension == bindparam("d"))
    & (_VALUES.c.category == bindparam("c"))
)
_ADD_VALUE = insert(_VALUES).values(
    period_id=bindparam("row"), dimension=bindparam("d"), category=bindparam("c"), value=bindparam("v")
)
_SET_VALUE = update(_VALUES).where(_CELL).values(value=bindparam("v"))
_DROP_VALUE = delete(_VALUES).where(_CELL)
_SET_PERIOD = update(_PERIODS).where(_PERIODS.c.id == bindparam("row"))
_DROP_PERIOD = delete(_PERIODS).where(_PERIODS.c.id == bindparam("row"))


def _write(
    session: Session,
    assessment_id: int,
    indicator: Indicator,
    period: Period,
    values: Mapping[Cell, Decimal | None],
    source: str | None,
    note: str | None,
    expected_version: int | None,
    *,
    user: str,
    origin: str,
    now: dt.datetime,
) -> tuple[Figures, bool]:
    """Write one indicator's figures for one period by SQL statements (an import writes thousands); whether
    anything changed."""
    connection = session.connection()
    found = (
        connection.execute(_FIND, {"assessment": assessment_id, "code": indicator.code, "period": period.key})
        .mappings()
        .first()
    )
    before = Figures(indicator.code, period)
    if found is not None:
        held = {(d, c): Decimal(v) for d, c, v in connection.execute(_CELLS, {"id": found["id"]})}
        before = _figures(found, held)
    if expected_version is not None and before.version != expected_version:
        raise StaleEdit(
            "The figures of {code} for {period} were changed by {user} since you opened them, so your edit was not "
            "saved. Look at them and make your edit again.",
            code=indicator.code,
            period=period.key,
            user=before.updated_by or UserText("someone else"),
        )
    changed = {cell: new for cell, new in values.items() if before.values.get(cell) != new}
    texts = {
        name: new
        for name, new in (("source", source), ("note", note))
        if new is not None and new != getattr(before, name)
    }
    if not changed and not texts:
        return before, False
    if found is None:
        row = connection.execute(
            _ADD_PERIOD,
            {
                "assessment_id": assessment_id,
                "indicator_code": indicator.code,
                "period": period.key,
                "starts": period.start,
                "ends": period.end,
                "source": "",
                "note": "",
                "updated_by": user,
                "updated_at": now,
                "version": 0,
            },
        ).scalar_one()
    else:
        row = found["id"]

    def log(what: str, old: object, new: object) -> None:
        audit.record(
            session,
            user=user,
            assessment_id=assessment_id,
            item_code=indicator.code,
            entity="figure",
            field=what,
            old=old,
            new=new,
            origin=origin,
            at=now,
        )

    added: list[dict[str, object]] = []
    set_: list[dict[str, object]] = []
    dropped: list[dict[str, object]] = []
    for cell, new in changed.items():
        old = before.values.get(cell)
        log(
            cell_field(period, cell),
            as_text(old) if old is not None else None,
            as_text(new) if new is not None else None,
        )
        bound = {"row": row, "d": cell[0], "c": cell[1], "v": as_text(new) if new is not None else None}
        (dropped if new is None else added if old is None else set_).append(bound)
    for statement, rows in ((_DROP_VALUE, dropped), (_ADD_VALUE, added), (_SET_VALUE, set_)):
        if rows:
            connection.execute(statement, rows)
    for name, text in texts.items():
        log(f"{period.key}: {'quality note' if name == 'note' else name}", getattr(before, name) or None, text or None)
    kept = {cell: value for cell, value in {**before.values, **changed}.items() if value is not None}
    after = Figures(
        indicator=indicator.code,
        period=period,
        values=kept,
        source=texts.get("source", before.source),
        note=texts.get("note", before.note),
        updated_by=user,
        updated_at=now,
        version=before.version + 1,
    )
    if after.empty:  # nothing left for the period: no row either
        connection.execute(_DROP_PERIOD, {"row": row})
        return Figures(indicator.code, period), True
    connection.execute(
        _SET_PERIOD,
        {
            "row": row,
            "source": after.source,
            "note": after.note,
            "updated_by": user,
            "updated_at": now,
            "version": after.version,
        },
    )
    return after, True


def _figures(row: RowMapping, values: Mapping[Cell, Decimal]) -> Figures:
    """The figures of a row of ``indicator_periods`` with its ``values``."""
    return Figures(
        indicator=row["indicator_code"],
        period=Period(row["starts"], row["ends"]),
        values=dict(values),
        source=row["source"],
        note=row["note"],
        updated_by=row["updated_by"],
        updated_at=row["updated_at"],
        version=row["version"],
    )


def restamp(session: Session, assessment_id: int, code: str, period: Period, user: str, at: dt.datetime) -> None:
    """Say that the figures of ``code`` for ``period`` were last changed by ``user`` at ``at`` (an imported package
    keeps who changed them there, and when, as a response does)."""
    session.connection().execute(
        update(_PERIODS)
        .where(
            _PERIODS.c.assessment_id == assessment_id,
            _PERIODS.c.indicator_code == code,
            _PERIODS.c.period == period.key,
        )
        .values(updated_by=user, updated_at=at)
    )


def of_assessment(session: Session, assessment_id: int, code: str | None = None) -> dict[str, tuple[Figures, ...]]:
    """Every indicator's figures (or those of ``code``), by indicator code, each period in order: one query for the
    periods and one for the values."""
    periods = select(_PERIODS).where(_PERIODS.c.assessment_id == assessment_id)
    values = (
        select(IndicatorValue.period_id, IndicatorValue.dimension, IndicatorValue.category, IndicatorValue.value)
        .join(IndicatorPeriod, IndicatorPeriod.id == IndicatorValue.period_id)
        .where(IndicatorPeriod.assessment_id == assessment_id)
    )
    if code is not None:
        periods = periods.where(_PERIODS.c.indicator_code == code)
        values = values.where(IndicatorPeriod.indicator_code == code)
    cells: dict[int, dict[Cell, Decimal]] = {}
    for period_id, dimension, category, value in session.execute(values):
        cells.setdefault(period_id, {})[(dimension, category)] = Decimal(value)
    found: dict[str, list[Figures]] = {}
    for row in session.execute(periods.order_by(_PERIODS.c.starts, _PERIODS.c.ends)).mappings():
        found.setdefault(row["indicator_code"], []).append(_figures(row, cells.get(row["id"], {})))
    return {key: tuple(rows) for key, rows in found.items()}


def totals(session: Session, assessment_id: int, codes: Iterable[str]) -> dict[str, tuple[tuple[Period, Decimal], ...]]:
    """The totals of the indicators ``codes``, period by period, in one query (what a small trend shows)."""
    wanted = list(codes)
    if not wanted:
        return {}
    rows = session.execute(
        select(_PERIODS.c.indicator_code, _PERIODS.c.starts, _PERIODS.c.ends, _VALUES.c.value)
        .join(_VALUES, _VALUES.c.period_id == _PERIODS.c.id)
        .where(
            _PERIODS.c.assessment_id == assessment_id,
            _PERIODS.c.indicator_code.in_(wanted),
            _VALUES.c.dimension == "",
        )
        .order_by(_PERIODS.c.starts, _PERIODS.c.ends)
    )
    found: dict[str, list[tuple[Period, Decimal]]] = {}
    for code, starts, ends, value in rows:
        found.setdefault(code, []).append((Period(starts, ends), Decimal(value)))
    return {code: tuple(found.get(code, ())) for code in wanted}


def get(session: Session, assessment_id: int | str, code: str, period: str | Period) -> Figures:
    """The figures of one indicator for one period (empty when none is recorded)."""
    assessment = assessments.get(session, assessment_id)
    when = parse(period)
    for figures in of_assessment(session, assessment.id, code).get(code, ()):
        if figures.period == when:
            return figures
    return Figures(code, when)


__all__ = [
    "TOTAL",
    "Cell",
    "Change",
    "Figures",
    "Mismatch",
    "cell_field",
    "check_cell",
    "check_value",
    "get",
    "mismatches",
    "of_assessment",
    "record",
    "record_all",
    "restamp",
    "totals",
]
