"""The indicator chosen in the monitoring tab: its name, unit, definition and the items it informs, whose suggestion
it is, its trend against its target, the breakdown of one period by one dimension, and its figures in a grid to type
or paste into (:mod:`assess.ui.figure_grid`), with any breakdown that does not add up."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from assess.errors import AssessError
from assess.figures import Change
from assess.monitoring import Monitoring, Series
from assess.periods import Period, parse
from assess.ui import dialogs, errors
from assess.ui.charts import BreakdownChart, TrendChart
from assess.ui.figure_edits import FigureEdits
from assess.ui.figure_format import figure_text, period_text
from assess.ui.figure_grid import FigureGrid
from framework import pick
from framework.model import Provenance


class IndicatorView(QObject):
    """Two parts the monitoring tab lays out: :attr:`info` (what the indicator is, its trend and a breakdown) and
    :attr:`figures` (the grid and what goes with it)."""

    openItem = Signal(str)
    editIndicator = Signal()
    removeIndicator = Signal()

    def __init__(self, edits: FigureEdits, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edits, self.workspace = edits, edits.workspace
        self.code: str | None = None
        self.extra: set[Period] = set()
        self._build()
        self.workspace.assessmentOpened.connect(self.extra.clear)

    def _build(self) -> None:
        self.info = QWidget()  # what the indicator is and its charts
        self.figures = QWidget()  # its figures, to type or paste into
        self.title = QLabel()
        self.title.setObjectName("indicatorTitle")
        self.title.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        self.about.linkActivated.connect(self.openItem)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestionNote")
        self.suggestion.setWordWrap(True)
        self.suggestion.setEnabled(False)
        self.latest = QLabel()
        self.latest.setObjectName("latestFigure")
        self.latest.setWordWrap(True)
        self.trend = TrendChart()
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period of the breakdown"))
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Dimension of the breakdown"))
        for combo in (self.period, self.dimension):
            combo.currentIndexChanged.connect(self._show_breakdown)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Breakdown of")))
        choose.addWidget(self.period)
        choose.addWidget(QLabel(self.tr("by")))
        choose.addWidget(self.dimension, 1)
        self.breakdown = BreakdownChart()
        self.grid = FigureGrid()
        self.grid.grid.changesWanted.connect(self._save)
        self.grid.grid.refused.connect(self._refused)
        self.flags = QLabel()
        self.flags.setObjectName("mismatches")
        self.flags.setWordWrap(True)
        self.new_period = QLineEdit()
        self.new_period.setPlaceholderText(self.tr("a year, or FIRST/LAST day: 2026-01-01/2026-06-30"))
        self.new_period.setAccessibleName(self.tr("New period"))
        self.new_period.returnPressed.connect(self._add_period)
        self.add_period = QPushButton(self.tr("Add &period"))
        self.add_period.clicked.connect(self._add_period)
        self.edit_own = QPushButton(self.tr("&Change this indicator…"))
        self.edit_own.clicked.connect(self.editIndicator)
        self.remove_own = QPushButton(self.tr("&Remove this indicator"))
        self.remove_own.clicked.connect(self.removeIndicator)
        actions = QHBoxLayout()
        for button in (self.new_period, self.add_period, self.edit_own, self.remove_own):
            actions.addWidget(button)
        column = QVBoxLayout(self.info)
        for widget in (self.title, self.about, self.suggestion, self.latest, self.trend):
            column.addWidget(widget)
        column.addLayout(choose)
        column.addWidget(self.breakdown)
        column.addStretch(1)
        below = QVBoxLayout(self.figures)
        below.setContentsMargins(0, 0, 0, 0)
        below.addLayout(actions)
        below.addWidget(self.grid, 1)
        below.addWidget(self.flags)

    def show(self, read: Monitoring | None, code: str | None) -> None:
        """Show the indicator ``code`` of ``read`` (nothing for None)."""
        self.code = code
        s = read.get(code) if read is not None and code and read.indicators.has(code) else None
        for part in (self.info, self.figures):
            part.setEnabled(s is not None)
        lang = self.workspace.lang
        editable = s is not None and not self.workspace.read_only
        own = s is not None and s.indicator.provenance is Provenance.TEAM
        self.edit_own.setVisible(own)
        self.remove_own.setVisible(own)
        self.edit_own.setEnabled(editable)
        self.remove_own.setEnabled(editable)
        self.new_period.setEnabled(editable)
        self.add_period.setEnabled(editable)
        if s is None or read is None:
            self.title.setText("")
            self.about.setText("")
            self.suggestion.setVisible(False)
            self.grid.grid.show(None, (), [], lang, True)
            return
        indicator = s.indicator
        self.title.setText(f"<h3>{indicator.code}  {pick(indicator.name, lang)}</h3>")
        units = {
            "count": self.tr("count"),
            "percentage": self.tr("percentage"),
            "currency": self.tr("amount"),
            "days": self.tr("days"),
            "yes-no": self.tr("yes or no"),
        }
        links = ", ".join(f'<a href="{code}">{code}</a>' for code in indicator.measures)
        self.about.setText(
            self.tr("{unit} · informs {items}").format(unit=units[indicator.unit.value], items=links)
            + (f"<br>{pick(indicator.definition, lang)}" if indicator.definition else "")
        )
        notes = {
            Provenance.SUGGESTION: "* " + pick(read.indicators.framework.suggestion_note, lang),
            Provenance.TEAM: self.tr("† Added by your team to this assessment."),
        }
        self.suggestion.setText(notes.get(indicator.provenance, ""))
        self.suggestion.setVisible(indicator.provenance in notes)
        self.trend.set_data(s.totals, indicator.target, indicator.unit)
        self.latest.setText(latest_line(s))
        periods = sorted({*read.periods, *self.extra} or {Period.year(_last_year())}, key=lambda p: (p.end, p.start))
        place = self.grid.currentIndex()
        kept = (place.row(), place.column()) if place.isValid() and self.grid.grid.indicator is indicator else None
        self.grid.grid.show(indicator, s.figures, periods, lang, not editable)
        if kept is not None:  # the cell the user was in, after what they typed was saved
            self.grid.setCurrentIndex(self.grid.grid.index(*kept))
        self.flags.setText("\n".join(errors.localized(m.text) for m in s.mismatches))
        self._fill_breakdown_choices(s)

    def _fill_breakdown_choices(self, s: Series) -> None:
        lang = self.workspace.lang
        for combo in (self.period, self.dimension):
            combo.blockSignals(True)
            combo.clear()
        for figures in reversed(s.figures):
            self.period.addItem(period_text(figures.period), figures.period.key)
        for dimension in s.indicator.disaggregations:
            self.dimension.addItem(pick(dimension.label, lang), dimension.id)
        for combo in (self.period, self.dimension):
            combo.blockSignals(False)
        self._show_breakdown()

    def _show_breakdown(self, *_: object) -> None:
        read = self.edits.monitoring()
        s = read.get(self.code) if read is not None and self.code and read.indicators.has(self.code) else None
        key, dimension_id = self.period.currentData(), self.dimension.currentData()
        rows = []
        if s is not None and key and dimension_id:
            figures = s.at(parse(key))
            dimension = s.indicator.disaggregation(dimension_id)
            if figures is not None and dimension is not None:
                given = figures.by(dimension_id)
                rows = [
                    (pick(c.label, self.workspace.lang), given[c.id]) for c in dimension.categories if c.id in given
                ]
        self.breakdown.set_rows(rows, s.indicator.unit if s is not None else None)

    def _save(self, changes: list[Change]) -> None:
        self.edits.record(changes, self.tr("Figures of {code}").format(code=self.code))

    def _refused(self, why: str) -> None:
        self.workspace.say(why)
        dialogs.error(self.figures, self.tr("Not saved"), why)

    def _add_period(self) -> None:
        try:
            period = parse(self.new_period.text())
        except AssessError as exc:
            self._refused(errors.text_of(exc))
            return
        self.extra.add(period)
        self.new_period.clear()
        self.show(self.edits.monitoring(), self.code)


def _last_year() -> int:
    return dt.date.today().year - 1


translate = QCoreApplication.translate


def latest_line(s: Series) -> str:
    """The latest total, its change on the one before, and the target: "Latest: 74 (2025) · +13 (+21%) on 2024"."""
    if s.latest is None:
        return translate("IndicatorView", "No total recorded yet.")
    parts = [
        translate("IndicatorView", "Latest: {value} ({period})").format(
            value=figure_text(s.latest[1], s.indicator.unit), period=period_text(s.latest[0])
        )
    ]
    if s.change is not None and s.before_latest is not None:
        sign = "+" if s.change > 0 else "−" if s.change < 0 else ""
        share = f" ({s.relative_change:+.0%})" if s.relative_change is not None else ""
        parts.append(
            translate("IndicatorView", "{change} on {period}").format(
                change=f"{sign}{figure_text(abs(s.change))}{share}", period=period_text(s.before_latest[0])
            )
        )
    if s.indicator.target is not None:
        met = {True: translate("IndicatorView", "met"), False: translate("IndicatorView", "not met"), None: ""}[
            s.target_met
        ]
        parts.append(
            translate("IndicatorView", "target {target}: {met}").format(
                target=figure_text(s.indicator.target, s.indicator.unit), met=met
            )
        )
    return " · ".join(parts)
