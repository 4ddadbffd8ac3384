"""The overview: per-pillar scores in both dimensions as a chart, overall completion, and the largest gaps.

The chart is drawn with QPainter (no QtCharts: Assess depends on PySide6-Essentials only).
Clicking a gap, or pressing Enter on it, opens the item.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assess.scoring import ItemState, Overview, Summary
from assess.ui import formats, icons
from assess.ui.workspace import Workspace

MAX_GAPS = 50


class ScoreChart(QWidget):
    """Horizontal bars: for each pillar, the mean score in law and institutions and in practice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pillars: list[Summary] = []
        self.low, self.high, self.target = 0, 4, 4
        self.setAccessibleName(self.tr("Scores per pillar"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, pillars: list[Summary], low: int, high: int, target: int) -> None:
        self.pillars, self.low, self.high, self.target = pillars, low, high, target
        lines = [f"{p.title}: {self._number(p.law_mean)} / {self._number(p.practice_mean)}" for p in pillars]
        self.setAccessibleDescription("; ".join(lines))
        self.updateGeometry()
        self.update()

    @staticmethod
    def _number(value: float | None) -> str:
        return formats.decimal(value)

    def _row_height(self) -> int:
        return self.fontMetrics().height() * 3

    def sizeHint(self) -> QSize:
        rows = max(len(self.pillars), 1)
        return QSize(600, self._row_height() * rows + self.fontMetrics().height() * 5)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        label_width = min(
            max((metrics.horizontalAdvance(p.title) for p in self.pillars), default=100) + 16, self.width() // 3
        )
        left, right = label_width, self.width() - metrics.horizontalAdvance("4.0") - 24
        top = line * 2
        span = max(self.high - self.low, 1)

        def x(value: float) -> float:
            return left + (right - left) * (value - self.low) / span

        # legend
        painter.setPen(text)
        lx: float = left
        for color, name in ((icons.LAW, self.tr("In law and institutions")), (icons.PRACTICE, self.tr("In practice"))):
            painter.fillRect(QRectF(lx, line * 0.25, line * 0.8, line * 0.8), color)
            painter.drawText(QRectF(lx + line, 0, 400, line * 1.3), Qt.AlignmentFlag.AlignVCenter, name)
            lx += line * 1.6 + metrics.horizontalAdvance(name) + line
        # grid
        bottom = top + self._row_height() * len(self.pillars)
        for value in range(self.low, self.high + 1):
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            painter.drawLine(int(x(value)), top - 4, int(x(value)), bottom)
            painter.setPen(faint)
            painter.drawText(
                QRectF(x(value) - 20, bottom + 2, 40, line), Qt.AlignmentFlag.AlignHCenter, formats.number(value)
            )
        painter.setPen(QPen(icons.COLORS["gap"], 2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x(self.target)), top - 8, int(x(self.target)), bottom)
        painter.setPen(faint)
        painter.drawText(
            QRectF(x(self.target) - 60, bottom + line + 2, 120, line), Qt.AlignmentFlag.AlignHCenter, self.tr("target")
        )
        # bars
        bar = line * 0.9
        for row, pillar in enumerate(self.pillars):
            y = top + row * self._row_height() + line * 0.5
            painter.setPen(text)
            title = metrics.elidedText(pillar.title, Qt.TextElideMode.ElideRight, label_width - 12)
            painter.drawText(QRectF(0, y, label_width - 12, bar), Qt.AlignmentFlag.AlignVCenter, title)
            painter.setPen(faint)
            done = self.tr("{complete} of {assessable} complete").format(
                complete=formats.number(pillar.complete), assessable=formats.number(pillar.assessable)
            )
            painter.drawText(QRectF(0, y + bar, label_width - 12, bar), Qt.AlignmentFlag.AlignVCenter, done)
            for offset, mean, color in ((0, pillar.law_mean, icons.LAW), (bar, pillar.practice_mean, icons.PRACTICE)):
                if mean is None:
                    painter.setPen(faint)
                    painter.drawText(
                        QRectF(left + 4, y + offset, 200, bar), Qt.AlignmentFlag.AlignVCenter, self.tr("not scored")
                    )
                    continue
                width = max(x(mean) - left, 2)
                painter.fillRect(QRectF(left, y + offset + 1, width, bar - 2), color)
                painter.setPen(text)
                painter.drawText(
                    QRectF(left + width + 4, y + offset, 60, bar), Qt.AlignmentFlag.AlignVCenter, formats.decimal(mean)
                )
        painter.end()


class OverviewPage(QWidget):
    openItem = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._stale = True
        self.heading = QLabel()
        self.heading.setObjectName("overviewHeading")
        self.heading.setWordWrap(True)
        self.completion = QProgressBar()
        self.completion.setAccessibleName(self.tr("Overall completion"))
        self.completion.setFormat(self.tr("%p% complete"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.chart = ScoreChart()
        self.gaps = QTreeWidget()
        self.gaps.setRootIsDecorated(False)
        self.gaps.setAlternatingRowColors(True)
        self.gaps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gaps.setAccessibleName(self.tr("Largest gaps, by priority"))
        self.gaps.setHeaderLabels(
            [
                self.tr("Priority"),
                self.tr("Item"),
                self.tr("Law"),
                self.tr("Practice"),
                self.tr("Gap"),
                self.tr("Responsible"),
            ]
        )
        self.gaps.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.gaps.header().setStretchLastSection(False)
        self.gaps.itemClicked.connect(self._open)
        self.gaps.itemActivated.connect(self._open)
        self.gaps_label = QLabel(self.tr("<b>Largest gaps, by priority</b> (click one to open the item)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.completion)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.gaps, 1)
        workspace.responseChanged.connect(self.mark_stale)
        workspace.assessmentOpened.connect(self.mark_stale)
        workspace.assessmentChanged.connect(self.mark_stale)

    def mark_stale(self, *_: object) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _open(self, row: QTreeWidgetItem, _column: int = 0) -> None:
        code = row.data(0, Qt.ItemDataRole.UserRole)
        if code:
            self.openItem.emit(code)

    def refresh(self) -> None:
        self._stale = False
        if self.workspace.assessment is None:
            return
        self.workspace.show_overview(lambda shown: self.show_overview(*shown))

    def show_overview(self, overview: Overview, gaps: list[ItemState]) -> None:
        info, total = overview.assessment, overview.overall
        self.heading.setText(f"<h2>{info.label}</h2>")
        self.completion.setRange(0, max(total.assessable, 1))
        self.completion.setValue(total.complete)
        priorities = total.by_priority
        self.summary.setText(
            self.tr(
                "{complete} of {assessable} items complete, {na} of them N/A. {gaps} gaps below the target of "
                "{target}: {high} high, {medium} medium, {low} low priority, {none} without a priority."
            ).format(
                complete=formats.number(total.complete),
                assessable=formats.number(total.assessable),
                na=formats.number(total.not_applicable),
                gaps=formats.number(total.gaps),
                target=formats.number(info.target),
                high=formats.number(priorities.get("high", 0)),
                medium=formats.number(priorities.get("medium", 0)),
                low=formats.number(priorities.get("low", 0)),
                none=formats.number(priorities.get("none", 0)),
            )
        )
        self.chart.set_data(overview.pillars, info.scale_min, info.scale_max, info.target)
        self.gaps.clear()
        names = {"high": self.tr("High"), "medium": self.tr("Medium"), "low": self.tr("Low")}
        for state in gaps[:MAX_GAPS]:
            r = state.response
            text = state.text if len(state.text) <= 160 else state.text[:159] + "…"
            row = QTreeWidgetItem(
                [
                    names.get(r.priority or "", self.tr("None")),
                    f"{state.code}  {text}",
                    "–" if r.law is None else formats.number(r.law),
                    "–" if r.practice is None else formats.number(r.practice),
                    formats.number(state.gap),
                    ", ".join(r.institutions),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, state.code)
            row.setToolTip(1, state.text)
            self.gaps.addTopLevelItem(row)
        for column in (0, 2, 3, 4):
            self.gaps.resizeColumnToContents(column)
        self.gaps.setColumnWidth(5, 260)
