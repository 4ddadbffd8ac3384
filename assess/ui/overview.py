"""The overview: per-pillar scores in both dimensions as a chart (:mod:`assess.ui.score_chart`), overall
completion, and the largest gaps. Clicking a gap, or pressing Enter on it, opens the item.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assess.scoring import ItemState, Overview
from assess.ui import formats, icons
from assess.ui.judgement_panel import FindingEditor
from assess.ui.score_chart import ScoreChart
from assess.ui.workspace import Workspace

MAX_GAPS = 50


class OverviewPage(QWidget):
    openItem = Signal(str)
    findingEdited = Signal(str, str, str)  # scope (overall: ""), old text, new text

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
        self.finding = FindingEditor()
        self.finding.edited.connect(self.findingEdited)
        self.finding_of: Callable[[str], str] = lambda _scope: ""
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
                self.tr("Scores"),
                self.tr("Gap"),
                self.tr("Responsible"),
            ]
        )
        header = self.gaps.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):  # as wide as their header or their entries, whatever the type size
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.gaps.headerItem().setToolTip(2, formats.pair(self.tr("In law and institutions"), self.tr("in practice")))
        header.setStretchLastSection(False)
        self.gaps.itemClicked.connect(self._open)
        self.gaps.itemActivated.connect(self._open)
        self.gaps_label = QLabel(self.tr("<b>Largest gaps, by priority</b> (click one to open the item)"))
        self.gaps_label.setWordWrap(True)
        # The figures scroll above the gaps, in a splitter: on a small screen (a projector at 1280 x 720, large
        # type) nothing asks for more height than there is, and the user gives each part the room they want.
        figures = QWidget()
        top = QVBoxLayout(figures)
        top.addWidget(self.heading)
        top.addWidget(self.completion)
        top.addWidget(self.summary)
        top.addWidget(self.finding)
        top.addWidget(self.chart)
        top.addStretch(1)
        self.figures = QScrollArea()
        self.figures.setObjectName("overviewFigures")
        self.figures.setWidgetResizable(True)
        self.figures.setFrameShape(QFrame.Shape.NoFrame)
        self.figures.setWidget(figures)
        bottom = QWidget()
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(9, 0, 9, 9)
        lower.addWidget(self.gaps_label)
        lower.addWidget(self.gaps, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("overviewSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.figures)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
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

    def _gap(self, state: ItemState) -> str:
        """A gap's size and severity in words: "2, major" (the cell is shaded by severity too)."""
        words = {
            "minor": self.tr("%n, minor", "", state.gap),
            "major": self.tr("%n, major", "", state.gap),
            "critical": self.tr("%n, critical", "", state.gap),
        }
        return words.get(str(state.severity), formats.number(state.gap))

    def summary_text(self, overview: Overview) -> str:
        """Completion and gaps in sentences, each count in the plural form its language gives it (Qt's %n)."""
        total = overview.overall
        number = formats.number
        complete = self.tr("{complete} of %Ln items complete", "", total.assessable).format(
            complete=number(total.complete)
        )
        na = self.tr("%Ln of them N/A", "", total.not_applicable)
        gaps = self.tr("%Ln gaps below target", "", total.gaps)  # each item against its own target
        priorities = total.by_priority
        by_priority = [
            self.tr("%Ln with high priority", "", priorities.get("high", 0)),
            self.tr("%Ln with medium priority", "", priorities.get("medium", 0)),
            self.tr("%Ln with low priority", "", priorities.get("low", 0)),
            self.tr("%Ln without a priority", "", priorities.get("none", 0)),
        ]
        return self.tr("{complete}, {na}. {gaps}: {priorities}.").format(
            complete=complete, na=na, gaps=gaps, priorities=formats.listed(by_priority)
        )

    def show_overview(self, overview: Overview, gaps: list[ItemState]) -> None:
        info, total = overview.assessment, overview.overall
        self.heading.setText(f"<h2>{html.escape(formats.isolate(info.label))}</h2>")
        self.completion.setRange(0, max(total.assessable, 1))
        self.completion.setValue(total.complete)
        self.summary.setText(self.summary_text(overview))
        self.finding.show_finding("", self.tr("Overall key finding"), self.finding_of(""), self.workspace.read_only)
        self.chart.set_data(overview.pillars, info.scale_min, info.scale_max, info.target)
        self.gaps.clear()
        names = {"high": self.tr("High"), "medium": self.tr("Medium"), "low": self.tr("Low")}
        for state in gaps[:MAX_GAPS]:
            r = state.response
            text = state.text if len(state.text) <= 160 else state.text[:159] + "…"
            row = QTreeWidgetItem(
                [
                    names.get(r.priority or "", self.tr("None")),
                    formats.isolate(f"{state.code}  {text}"),
                    formats.pair(*("–" if v is None else formats.number(v) for v in (r.law, r.practice))),
                    self._gap(state),
                    formats.isolate(formats.listed(r.institutions)),
                ]
            )
            if state.severity is not None:  # shade and word together, never colour alone
                row.setBackground(3, icons.SEVERITY_SHADES[str(state.severity)])
            row.setData(0, Qt.ItemDataRole.UserRole, state.code)
            row.setToolTip(1, state.text)
            self.gaps.addTopLevelItem(row)
        self.gaps.setColumnWidth(4, max(self.gaps.width() // 4, 160))
