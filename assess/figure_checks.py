"""What a figure of an indicator is and whether it fits: its place (the total, or a category of a dimension), its
value in the indicator's unit, and breakdowns that do not add up to their total (flagged, not refused).

A breakdown is by one of the indicator's dimensions at a time (the figure for ``sex = female``, another for
``age = 12-17``), not by combinations of them. Every figure is checked against the indicator's unit
(:meth:`framework.Unit.problem_with`); a dimension or category the indicator does not have is refused, naming
those it has.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from assess.errors import InvalidInput
from assess.messages import UserText
from assess.numbers import as_text, number
from assess.periods import Period
from framework.model import Indicator, Unit

Cell = tuple[str, str]
"""Which figure of a period: ``(dimension, category)``, or :data:`TOTAL`."""
TOTAL: Cell = ("", "")
ADDING_UP = frozenset({Unit.COUNT, Unit.CURRENCY})
"""The units whose breakdowns should add up to the total (an average or a share does not)."""


@dataclass(frozen=True)
class Figures:
    """An indicator's figures for one period: the values by cell, where they come from and how good they are."""

    indicator: str
    period: Period
    values: Mapping[Cell, Decimal] = field(default_factory=dict)
    source: str = ""
    note: str = ""
    updated_by: str = ""
    updated_at: dt.datetime | None = None
    version: int = 0
    """0 while nothing is recorded for the period; one more with every edit."""

    @property
    def total(self) -> Decimal | None:
        return self.values.get(TOTAL)

    def by(self, dimension: str) -> dict[str, Decimal]:
        """The breakdown by ``dimension``: category -> figure, for the categories that have one."""
        return {c: v for (d, c), v in self.values.items() if d == dimension}

    @property
    def empty(self) -> bool:
        return not self.values and not self.source and not self.note


@dataclass(frozen=True)
class Mismatch:
    """A breakdown whose categories do not add up to the total (or a breakdown without a total)."""

    indicator: str
    period: Period
    dimension: str
    total: Decimal | None
    sum: Decimal

    @property
    def text(self) -> UserText:
        if self.total is None:
            return UserText(
                "{code} {period}: a breakdown by {dimension} (adding up to {sum}) but no total.",
                code=self.indicator,
                period=self.period.key,
                dimension=self.dimension,
                sum=as_text(self.sum),
            )
        return UserText(
            "{code} {period}: the breakdown by {dimension} adds up to {sum}, not to the total {total}.",
            code=self.indicator,
            period=self.period.key,
            dimension=self.dimension,
            sum=as_text(self.sum),
            total=as_text(self.total),
        )


def mismatches(indicator: Indicator, figures: Figures) -> tuple[Mismatch, ...]:
    """The breakdowns of ``figures`` that do not add up to its total (for units that add up)."""
    if indicator.unit not in ADDING_UP:
        return ()
    found = []
    for dimension in indicator.disaggregations:
        given = figures.by(dimension.id)
        if not given:
            continue
        added = sum(given.values(), Decimal(0))
        if figures.total is None or added != figures.total:
            found.append(Mismatch(indicator.code, figures.period, dimension.id, figures.total, added))
    return tuple(found)


def cell_field(period: Period, cell: Cell) -> str:
    """The audit log's field for a figure: ``2024: total``, ``2024: sex=female``."""
    return f"{period.key}: total" if cell == TOTAL else f"{period.key}: {cell[0]}={cell[1]}"


def check_cell(indicator: Indicator, cell: Cell) -> Cell:
    """``cell`` if the indicator has it; a clear refusal naming what it has otherwise."""
    dimension, category = (cell[0] or "").strip(), (cell[1] or "").strip()
    if not dimension and not category:
        return TOTAL
    found = indicator.disaggregation(dimension)
    if found is None:
        known = ", ".join(d.id for d in indicator.disaggregations)
        if not known:
            raise InvalidInput(
                "{code} has no breakdowns, only a total; record its figure without a dimension.", code=indicator.code
            )
        raise InvalidInput(
            "{code} is not broken down by {dimension}; its dimensions are {known}.",
            code=indicator.code,
            dimension=repr(dimension),
            known=known,
        )
    if found.category(category) is None:
        raise InvalidInput(
            "{category} is not a category of {dimension} for {code}; its categories are {known}.",
            category=repr(category),
            dimension=dimension,
            code=indicator.code,
            known=", ".join(c.id for c in found.categories),
        )
    return dimension, category


def check_value(indicator: Indicator, period: Period, cell: Cell, value: object) -> Decimal | None:
    """A figure as stored (None clears it): a number that fits the indicator's unit."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    found = number(value)
    problem = indicator.unit.problem_with(found)
    if problem is not None:
        where = "total" if cell == TOTAL else f"{cell[0]}={cell[1]}"
        raise InvalidInput(
            "{code} {period}, {where}: {value} is refused; {problem}.",
            code=indicator.code,
            period=period.key,
            where=where,
            value=as_text(found),
            problem=problem,
        )
    return found
