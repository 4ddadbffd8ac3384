"""The words and numbers of the report's monitoring chapter, shared by the PDF and the editable document: an
indicator's name and unit, its figures as the report's language writes them, its change and target, the chapter's
opening lines, the data gaps, the rules, and the executive summary's sentences on the largest changes.
"""

from __future__ import annotations

from decimal import Decimal

from assess.figures import Figures, Mismatch
from assess.monitoring import Monitoring, Series
from assess.periods import Period
from exports.reports import pdf_draw
from exports.reports.model import ReportData
from exports.reports.wording import Wording, of
from framework import pick
from framework.model import Indicator, Provenance, Unit

PERIODS_SHOWN = 6
"""The most periods a chapter's table shows across (the last ones); every figure is in the data exports."""
CHANGES_NAMED = 3
"""How many of the largest changes the executive summary names."""
MARKS = {Provenance.SUGGESTION: "*", Provenance.TEAM: "†"}


def name(data: ReportData, indicator: Indicator) -> str:
    """The indicator's name in the report's language, marked * when suggested and † when the team's own."""
    return pick(indicator.name, data.lang) + MARKS.get(indicator.provenance, "")


def titled(data: ReportData, indicator: Indicator) -> str:
    return f"{indicator.code} {name(data, indicator)}"


def unit(w: Wording, indicator: Indicator) -> str:
    return w(f"unit_{indicator.unit.value}")


def figure(w: Wording, indicator: Indicator, value: Decimal | None) -> str:
    """A figure as the report's language writes numbers: ``1,250``, ``1 250,5``; yes or no for a yes/no figure."""
    if value is None:
        return "–"
    if indicator.unit is Unit.YES_NO:
        return w("figure_yes") if value == 1 else w("figure_no")
    if value == value.to_integral_value():
        return w.number(int(value))
    places = max(-value.normalize().as_tuple().exponent, 0)  # type: ignore[operator]
    whole = w.number(int(value))
    return whole + w.language.decimal + f"{abs(value) % 1:.{places}f}"[2:]


def period(w: Wording, when: Period) -> str:
    """A period as the report writes it: the year, or its first and last day."""
    return when.key if when.is_year else f"{w.date(when.start)}–{w.date(when.end)}"


def change(w: Wording, s: Series) -> str:
    """The latest total against the one before: ``+8 (+18%)``; a dash without two totals."""
    if s.change is None:
        return "–"
    sign = "+" if s.change > 0 else "−" if s.change < 0 else ""
    text = (
        sign + figure(w, s.indicator, abs(s.change))
        if s.indicator.unit is not Unit.YES_NO
        else sign + str(abs(s.change))
    )
    if s.relative_change is not None:
        text += f" ({'+' if s.relative_change > 0 else '−' if s.relative_change < 0 else ''}{w.percent(abs(s.relative_change))})"
    return text


def target(w: Wording, s: Series) -> str:
    """The target and whether the latest total meets it: ``0 (not met)``; a dash without a target."""
    goal = s.indicator.target
    if goal is None:
        return "–"
    met = s.target_met
    return figure(w, s.indicator, goal) + ("" if met is None else f" ({w('target_met' if met else 'target_not_met')})")


def latest_broken_down(s: Series) -> Figures | None:
    """The last period of ``s`` that has any breakdown (the one the chapter shows broken down)."""
    for figures in reversed(s.figures):
        if any(dimension for dimension, _ in figures.values):
            return figures
    return None


def column_width(cells: list[object], size: float, least: float) -> float:
    """The width in points of a column of figures at ``size``: its widest figure and the cell's padding."""
    widest = max((pdf_draw.width(str(c), size) for c in cells), default=0.0)
    return max(least, widest + 10)


def shown_periods(read: Monitoring) -> tuple[Period, ...]:
    return read.periods[-PERIODS_SHOWN:]


def opening(data: ReportData, read: Monitoring) -> list[str]:
    """The chapter's first paragraphs: what operational indicators are, what is recorded, the marks."""
    w = of(data)
    lines = [w("monitoring_intro")]
    recorded = read.recorded
    if not recorded:
        lines.append(w("monitoring_none"))
    else:
        first, last = read.periods[0], read.periods[-1]
        lines.append(
            w(
                "monitoring_counts",
                recorded=w.number(len(recorded)),
                indicators=w.number(len(read.series)),
                periods=w.number(len(read.periods)),
                first=period(w, first),
                last=period(w, last),
            )
        )
        if len(read.periods) > PERIODS_SHOWN:
            lines.append(w("monitoring_periods_shown", count=w.number(PERIODS_SHOWN)))
    if any(s.indicator.provenance is Provenance.SUGGESTION for s in read.series):
        lines.append(w("monitoring_suggested", note=pick(read.indicators.framework.suggestion_note, data.lang)))
    if any(s.indicator.provenance is Provenance.TEAM for s in read.series):
        lines.append(w("monitoring_own"))
    return lines


def gaps_intro(data: ReportData, read: Monitoring) -> str:
    w = of(data)
    latest = read.latest_period
    assert latest is not None
    if not read.gaps:
        return w("no_data_gaps", period=period(w, latest))
    return w(
        "data_gaps_intro", count=w.number(len(read.gaps)), total=w.number(len(read.series)), period=period(w, latest)
    )


def last_figure(w: Wording, s: Series) -> str:
    """The last total an indicator has and its period (``44 (2022)``), or a dash."""
    if s.latest is None:
        return "–"
    return f"{figure(w, s.indicator, s.latest[1])} ({period(w, s.latest[0])})"


def mismatch(w: Wording, indicator: Indicator, m: Mismatch) -> str:
    values = {
        "period": period(w, m.period),
        "dimension": _dimension(w, indicator, m.dimension),
        "sum": figure(w, indicator, m.sum),
    }
    if m.total is None:
        return w("mismatch_no_total", **values)
    return w("mismatch", total=figure(w, indicator, m.total), **values)


def _dimension(w: Wording, indicator: Indicator, dimension: str) -> str:
    found = indicator.disaggregation(dimension)
    return pick(found.label, w.code) if found is not None else dimension


def rules(data: ReportData) -> list[str]:
    w = of(data)
    return [w("rule_latest"), w("rule_gaps"), w("rule_breakdowns"), w("rule_targets"), w("rule_changes")]


def narrative(data: ReportData) -> list[str]:
    """The executive summary's sentences on the figures: the largest changes, and the data gaps."""
    read = data.monitoring
    if read is None or not read.recorded:
        return []
    w = of(data)
    sentences = []
    moved = read.largest_changes(CHANGES_NAMED)
    if moved:
        parts = []
        for s in moved:
            assert s.latest is not None and s.before_latest is not None and s.change is not None
            parts.append(
                w(
                    "change_rose" if s.change > 0 else "change_fell",
                    name=pick(s.indicator.name, data.lang),
                    before=figure(w, s.indicator, s.before_latest[1]),
                    before_period=period(w, s.before_latest[0]),
                    after=figure(w, s.indicator, s.latest[1]),
                    after_period=period(w, s.latest[0]),
                )
            )
        sentences.append(w("narrative_changes", changes=w("list_separator").join(parts)))
    latest = read.latest_period
    if read.gaps and latest is not None:
        sentences.append(
            w(
                "narrative_data_gaps",
                count=w.number(len(read.gaps)),
                total=w.number(len(read.series)),
                period=period(w, latest),
            )
        )
    return sentences


def trend_text(data: ReportData, s: Series) -> str:
    """An indicator's trend chart in words, for a reader who cannot see it: each period's total, then the target."""
    w = of(data)
    parts = [f"{period(w, when)}{w.colon}{figure(w, s.indicator, value)}" for when, value in s.totals]
    if s.indicator.target is not None:
        parts.append(f"{w('col_target')}{w.colon}{figure(w, s.indicator, s.indicator.target)}")
    return w("chart_text", values=w("list_separator").join(parts))


def breakdown_text(data: ReportData, s: Series, figures: Figures) -> str:
    """A period's breakdown chart in words: per dimension, each category with its figure."""
    w = of(data)
    blocks = []
    for dimension in s.indicator.disaggregations:
        given = figures.by(dimension.id)
        rows = [
            f"{pick(c.label, data.lang)} {figure(w, s.indicator, given[c.id])}"
            for c in dimension.categories
            if c.id in given
        ]
        if rows:
            blocks.append(f"{pick(dimension.label, data.lang)}{w.colon}{', '.join(rows)}")
    return w("chart_text", values=w("list_separator").join(blocks))
