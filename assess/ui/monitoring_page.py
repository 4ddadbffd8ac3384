"""The monitoring tab: every operational indicator with its trend, latest total, change and target, grouped by
pillar; and the one chosen, with its trend chart, the breakdown of a period by a dimension, and its figures in a grid
to type or paste into (:mod:`assess.ui.figure_grid`). Indicators of the team's own are added, changed and removed
here; the figures come in and go out as a sheet (:mod:`exports.reports.figure_sheet`) too.

It reads the figures only when it is shown (:class:`assess.ui.figure_edits.FigureEdits`), and follows every change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assess.monitoring import Monitoring, Series
from assess.ui import dialogs, formats
from assess.ui.charts import Sparkline
from assess.ui.figure_edits import FigureEdits
from assess.ui.figure_format import figure_text, period_text
from assess.ui.indicator_view import IndicatorView, latest_line
from assess.ui.monitoring_sheets import SheetCommands
from assess.ui.own_indicator_dialog import OwnIndicatorRequest
from framework import pick
from framework.model import Provenance

MARKS = {Provenance.SUGGESTION: "*", Provenance.TEAM: "†"}


class MonitoringPage(QWidget):
    openItem = Signal(str)

    def __init__(self, edits: FigureEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits, self.workspace = edits, edits.workspace
        self.code: str | None = None
        self._stale = True
        self._rows: dict[str, QTreeWidgetItem] = {}
        """The row of each indicator in the list, by code."""
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.add_own = QPushButton(self.tr("Add an indicator of your &own…"))
        self.add_own.clicked.connect(self._add_indicator)
        self.sheets = SheetCommands(self, edits)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        for button in (self.add_own, self.sheets.export_button, self.sheets.import_button):
            top.addWidget(button)
        self.list = QTreeWidget()
        self.list.setObjectName("indicatorList")
        self.list.setAccessibleName(self.tr("Indicators"))
        self.list.setHeaderLabels([self.tr("Indicator"), self.tr("Trend"), self.tr("Latest"), self.tr("Target")])
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):  # as wide as their figures, so that the names keep the rest of a small window
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self._chosen)
        self.detail = IndicatorView(edits, self)
        self.detail.openItem.connect(self.openItem)
        self.detail.editIndicator.connect(self._edit_indicator)
        self.detail.removeIndicator.connect(self._remove_indicator)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(self.detail.info)
        above = QSplitter(Qt.Orientation.Horizontal)
        above.addWidget(self.list)
        above.addWidget(scroller)
        above.setSizes([520, 380])  # the names of the indicators need the room more than the chart does
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("monitoringSplitter")
        splitter.addWidget(above)
        splitter.addWidget(self.detail.figures)
        splitter.setSizes([330, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        edits.changed.connect(self._figures_changed)
        edits.indicatorsChanged.connect(self.mark_stale)
        self.workspace.assessmentOpened.connect(self._opened)
        self.workspace.assessmentChanged.connect(self.mark_stale)

    # --- refreshing -----------------------------------------------------------------------------------------

    def _opened(self) -> None:
        self.code = None
        self.mark_stale()

    def mark_stale(self, *_: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _figures_changed(self, code: str) -> None:
        """One indicator's figures changed: its row, the summary and the detail follow (the other rows are as they
        were; rebuilding them all took seconds with a few hundred indicators)."""
        if not self.isVisible() or self._stale:
            self._stale = True
            return
        read = self.edits.monitoring()
        row = self._rows.get(code)
        if read is None or row is None or not read.indicators.has(code):
            self.refresh()
            return
        self._summarise(read)
        self._fill(row, read.get(code))
        if code == self.code:
            self._show(read)

    def refresh(self) -> None:
        self._stale = False
        read = self.edits.monitoring()
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self._rows.clear()
        if read is None:
            self.summary.setText("")
            self._show(None)
            return
        self._summarise(read)
        lang, framework = self.workspace.lang, read.indicators.framework
        current = None
        for pillar, series in read.by_pillar().items():
            group = QTreeWidgetItem([pick(framework.item(pillar).title, lang) or pillar])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addTopLevelItem(group)
            for s in series:
                row = QTreeWidgetItem(
                    [f"{s.code}  {pick(s.indicator.name, lang)}{MARKS.get(s.indicator.provenance, '')}"]
                )
                row.setData(0, Qt.ItemDataRole.UserRole, s.code)
                row.setToolTip(0, pick(s.indicator.definition, lang))
                group.addChild(row)
                self.list.setItemWidget(row, 1, Sparkline())
                self._fill(row, s)
                self._rows[s.code] = row
                if s.code == self.code:
                    current = row
            group.setExpanded(True)
        for column in (1, 2, 3):
            self.list.resizeColumnToContents(column)
        if current is None and read.series:
            first = self.list.topLevelItem(0)
            current = first.child(0) if first is not None else None
        if current is not None:
            self.list.setCurrentItem(current)
        self._show(read)

    def _summarise(self, read: Monitoring) -> None:
        latest = read.latest_period
        if latest is None:
            self.summary.setText(self.tr("No figures recorded yet: choose an indicator and type or paste its figures."))
            return
        self.summary.setText(
            self.tr(
                "Indicators with figures: {recorded} of {total}, from {first} to {last} · without a total for "
                "{last}: {gaps} · breakdowns that do not add up: {flags}"
            ).format(
                recorded=formats.number(len(read.recorded)),
                total=formats.number(len(read.series)),
                first=period_text(read.periods[0]),
                last=period_text(latest),
                gaps=formats.number(len(read.gaps)),
                flags=formats.number(len(read.mismatches)),
            )
        )

    def _fill(self, row: QTreeWidgetItem, s: Series) -> None:
        """The row's trend, latest total and target."""
        trend = self.list.itemWidget(row, 1)
        if isinstance(trend, Sparkline):
            trend.set_totals(s.totals, s.indicator.unit)
        row.setText(2, self._latest(s))
        row.setText(3, self._target(s))
        row.setToolTip(2, latest_line(s))
        row.setToolTip(3, latest_line(s))

    def _latest(self, s: Series) -> str:
        if s.latest is None:
            return "–"
        return self.tr("{value} ({period})").format(
            value=figure_text(s.latest[1], s.indicator.unit), period=period_text(s.latest[0])
        )

    def _target(self, s: Series) -> str:
        """The target and whether the latest total meets it ("600: not met"); empty without a target."""
        if s.indicator.target is None:
            return ""
        met = {True: self.tr("met"), False: self.tr("not met"), None: ""}[s.target_met]
        target = figure_text(s.indicator.target, s.indicator.unit)
        return self.tr("{target}: {met}").format(target=target, met=met) if met else target

    # --- the indicator chosen -------------------------------------------------------------------------------

    def show_indicator(self, code: str) -> None:
        row = self._rows.get(code)
        if self._stale or row is None:
            self.code = code
            self.refresh()
        else:
            self.list.setCurrentItem(row)  # the list as it is: shown through _chosen

    def _chosen(self, row: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        code = row.data(0, Qt.ItemDataRole.UserRole) if row is not None else None
        if code and code != self.code:
            self.code = code
            self._show(self.edits.monitoring())

    def _show(self, read: Monitoring | None) -> None:
        self.detail.show(read, self.code)
        self.add_own.setEnabled(read is not None and not self.workspace.read_only)
        self.sheets.update(read is not None, not self.workspace.read_only)

    # --- editing --------------------------------------------------------------------------------------------

    def _request(self, current: object = None) -> OwnIndicatorRequest | None:
        known = self.edits.indicators()
        if known is None:
            return None
        item = self.code and known.get(self.code).measures[0] if self.code and known.has(self.code) else None
        return OwnIndicatorRequest(known.framework, self.workspace.lang, current, item)  # type: ignore[arg-type]

    def _add_indicator(self) -> None:
        request = self._request()
        answer = dialogs.own_indicator(self, request) if request is not None else None
        if answer is not None:
            self.code = answer.code
            self.edits.add_indicator(answer)

    def _edit_indicator(self) -> None:
        from assess.own_indicators import definition_of

        known = self.edits.indicators()
        if known is None or not self.code or not known.is_own(self.code):
            return
        request = self._request(definition_of(known.get(self.code), known.framework))
        answer = dialogs.own_indicator(self, request) if request is not None else None
        if answer is not None:
            self.edits.edit_indicator(answer)

    def _remove_indicator(self) -> None:
        if not self.code:
            return
        if dialogs.confirm(
            self,
            self.tr("Remove indicator"),
            self.tr("Remove the indicator {code}? Its figures must be cleared first.").format(code=self.code),
            self.tr("Remove"),
        ):
            self.edits.remove_indicator(self.code)
