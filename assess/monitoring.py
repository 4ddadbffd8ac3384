"""What the figures say over time: each indicator's series, its latest figure against its target, the largest
changes and the data gaps, for the window, the command line and the reports.

Rules (also printed at the end of the report's monitoring chapter):
- an indicator's *latest* figure is the total of the last period (by its last day) that has a total;
- its *change* is the latest total minus the total of the period before it that has one, and, when that earlier
  total is not 0, that difference as a share of it;
- the *latest period* of an assessment is the last period (by its last day, then its first) for which any figure
  is recorded; an indicator with no total for exactly that period is a *data gap*;
- a target is met when the latest total is at or above it (direction ``higher``), at or below it (``lower``), or
  equal to it (no direction);
- the *largest changes* are those of the indicators whose latest total moved most as a share of the one before,
  the indicators with a direction first.

:func:`read` reads an assessment's indicators and figures once (one query each for its own indicators, the periods
and the values) into a :class:`Monitoring`, from which everything else follows without reading again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from sqlalchemy.orm import Session

from assess import figures as recorded
from assess import indicators as known
from assess.figures import Figures, Mismatch, mismatches
from assess.indicators import Indicators
from assess.periods import Period
from db.models import Assessment
from framework.model import Direction, Indicator


@dataclass(frozen=True)
class Series:
    """One indicator and its figures, period by period (only the periods that have any)."""

    indicator: Indicator
    pillar: str
    """The code of the top-level item the indicator is grouped under."""
    figures: tuple[Figures, ...]

    @property
    def code(self) -> str:
        return self.indicator.code

    @cached_property
    def totals(self) -> tuple[tuple[Period, Decimal], ...]:
        """The periods that have a total, in order, with it."""
        return tuple((f.period, f.total) for f in self.figures if f.total is not None)

    @property
    def latest(self) -> tuple[Period, Decimal] | None:
        return self.totals[-1] if self.totals else None

    @property
    def before_latest(self) -> tuple[Period, Decimal] | None:
        return self.totals[-2] if len(self.totals) > 1 else None

    @property
    def change(self) -> Decimal | None:
        """The latest total minus the one before it."""
        if self.latest is None or self.before_latest is None:
            return None
        return self.latest[1] - self.before_latest[1]

    @property
    def relative_change(self) -> float | None:
        """:attr:`change` as a share of the earlier total (None when that is 0 or missing)."""
        if self.change is None or self.before_latest is None or self.before_latest[1] == 0:
            return None
        return float(self.change / abs(self.before_latest[1]))

    @property
    def improved(self) -> bool | None:
        """Whether the change went the indicator's way (None without a direction or a change)."""
        if self.change is None or self.change == 0 or self.indicator.direction is None:
            return None
        return (self.change > 0) == (self.indicator.direction is Direction.HIGHER)

    @property
    def target_met(self) -> bool | None:
        """Whether the latest total meets the target (None without a target or a total)."""
        target, latest = self.indicator.target, self.latest
        if target is None or latest is None:
            return None
        if self.indicator.direction is Direction.HIGHER:
            return latest[1] >= target
        if self.indicator.direction is Direction.LOWER:
            return latest[1] <= target
        return latest[1] == target

    def at(self, period: Period) -> Figures | None:
        for figures in self.figures:
            if figures.period == period:
                return figures
        return None

    @cached_property
    def mismatches(self) -> tuple[Mismatch, ...]:
        """The breakdowns that do not add up, in every period."""
        return tuple(m for f in self.figures for m in mismatches(self.indicator, f))


@dataclass(frozen=True)
class Monitoring:
    """An assessment's indicators with their figures, read once."""

    indicators: Indicators
    series: tuple[Series, ...]
    """Every indicator, the framework's first, each with its figures (none for an indicator not yet recorded)."""

    @cached_property
    def periods(self) -> tuple[Period, ...]:
        """Every period that has a figure, in order."""
        return tuple(sorted({f.period for s in self.series for f in s.figures}, key=lambda p: (p.end, p.start)))

    @property
    def latest_period(self) -> Period | None:
        return self.periods[-1] if self.periods else None

    @property
    def recorded(self) -> tuple[Series, ...]:
        """The indicators with at least one figure."""
        return tuple(s for s in self.series if s.figures)

    @property
    def gaps(self) -> tuple[Series, ...]:
        """The indicators with no total for the latest period (none while nothing is recorded)."""
        latest = self.latest_period
        if latest is None:
            return ()
        return tuple(s for s in self.series if (f := s.at(latest)) is None or f.total is None)

    def largest_changes(self, count: int = 5) -> tuple[Series, ...]:
        """The indicators whose latest total moved most against the one before, as a share of it; those with a
        direction first, whose change reads as progress or a setback."""
        moved = [s for s in self.series if s.relative_change not in (None, 0.0)]
        moved.sort(key=lambda s: (s.indicator.direction is None, -abs(s.relative_change or 0.0)))
        return tuple(moved[:count])

    @cached_property
    def _by_code(self) -> Mapping[str, Series]:
        return {s.code: s for s in self.series}

    def get(self, code: str) -> Series:
        return self._by_code[code]

    def for_item(self, code: str) -> tuple[Series, ...]:
        """The indicators that inform the item ``code``, with their figures."""
        return tuple(s for s in self.series if code in s.indicator.measures)

    def by_pillar(self) -> dict[str, tuple[Series, ...]]:
        """The series grouped under their pillars, in the framework's order of pillars."""
        grouped: dict[str, list[Series]] = {root.code: [] for root in self.indicators.framework.roots()}
        for s in self.series:
            grouped.setdefault(s.pillar, []).append(s)
        return {code: tuple(found) for code, found in grouped.items() if found}

    @property
    def mismatches(self) -> tuple[Mismatch, ...]:
        return tuple(m for s in self.series for m in s.mismatches)


def build(indicators: Indicators, figures: Mapping[str, tuple[Figures, ...]]) -> Monitoring:
    """The :class:`Monitoring` of ``indicators`` and their ``figures`` (by indicator code); reads nothing."""
    return Monitoring(
        indicators,
        tuple(Series(i, indicators.pillar_of(i).code, figures.get(i.code, ())) for i in indicators.all),
    )


def read(session: Session, assessment: Assessment) -> Monitoring:
    """The indicators and figures of ``assessment``: three queries (own indicators, periods, values)."""
    return build(known.of(session, assessment), recorded.of_assessment(session, assessment.id))
