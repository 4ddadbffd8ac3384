"""The operational indicators whose figures inform the item on screen, each with a small trend and its latest total,
and a way to its figures in the monitoring tab. Indicators the framework's authors suggest are marked, with whose
suggestion they are (the framework's ``suggestion_note``) beside them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from assess.ui.charts import Sparkline
from assess.ui.figure_edits import FigureEdits
from assess.ui.figure_format import figure_text, period_text
from framework import pick
from framework.model import Provenance

MARKS = {Provenance.SUGGESTION: "*", Provenance.TEAM: "†"}


class _Line:
    """The widgets of one indicator's line, kept and reused from item to item."""

    def __init__(self, owner: ItemIndicators) -> None:
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.trend = Sparkline()
        self.latest = QLabel()
        self.open = QPushButton(QCoreApplication.translate("ItemIndicators", "Figures…"))
        self.open.setAutoDefault(False)
        self.code = ""
        self.open.clicked.connect(lambda: owner.openIndicator.emit(self.code))

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.trend, self.latest, self.open)


class ItemIndicators(QGroupBox):
    openIndicator = Signal(str)  # show this indicator's figures in the monitoring tab

    def __init__(self, edits: FigureEdits, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Operational indicators"), parent)
        self.setObjectName("itemIndicators")
        self.edits = edits
        self.code: str | None = None
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self.note = QLabel()
        self.note.setObjectName("suggestionNote")
        self.note.setWordWrap(True)
        self.note.setEnabled(False)  # shown faint: who suggests them, not a figure
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.note)
        self.lines: list[_Line] = []
        edits.changed.connect(self._changed)
        edits.indicatorsChanged.connect(lambda: self.show_item(self.code))
        self.setVisible(False)

    def _changed(self, code: str) -> None:
        if any(line.code == code and line.name.isVisible() for line in self.lines):
            self.show_item(self.code)

    def show_item(self, code: str | None) -> None:
        self.code = code
        linked = self.edits.for_item(code) if code else []
        known = self.edits.indicators()
        lang = self.edits.workspace.lang
        while len(self.lines) < len(linked):
            line = _Line(self)
            row = len(self.lines)
            for column, widget in enumerate(line.widgets()):
                self.grid.addWidget(widget, row, column, Qt.AlignmentFlag.AlignVCenter)
            self.lines.append(line)
        for index, line in enumerate(self.lines):
            shown = index < len(linked)
            for widget in line.widgets():
                widget.setVisible(shown)
            if not shown:
                continue
            indicator, totals = linked[index]
            line.code = indicator.code
            line.name.setText(f"{indicator.code}  {pick(indicator.name, lang)}{MARKS.get(indicator.provenance, '')}")
            line.name.setToolTip(pick(indicator.definition, lang))
            line.trend.set_totals(totals, indicator.unit)
            if totals:
                period, value = totals[-1]
                line.latest.setText(
                    self.tr("{value} ({period})").format(
                        value=figure_text(value, indicator.unit), period=period_text(period)
                    )
                )
            else:
                line.latest.setText(self.tr("no figures yet"))
            line.open.setAccessibleName(self.tr("Figures of {code}").format(code=indicator.code))
        notes = []
        if any(i.provenance is Provenance.SUGGESTION for i, _ in linked) and known is not None:
            notes.append("* " + pick(known.framework.suggestion_note, lang))
        if any(i.provenance is Provenance.TEAM for i, _ in linked):
            notes.append(self.tr("† Added by your team to this assessment."))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self.setVisible(bool(linked))
