"""Adding an indicator of the team's own to the assessment, or changing one: the fields a framework's indicator has.

What the team types is checked as the services check it (:func:`assess.own_indicators.check`) when OK is pressed;
a problem is said in the form, which stays open with everything typed, so nothing is lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assess import limits, own_indicators
from assess.errors import AssessError
from assess.own_indicators import Definition
from assess.ui import errors
from assess.ui.figure_format import figure_text, read_figure
from assess.ui.text_limits import limit_line, limit_plain
from framework import Framework, pick
from framework.model import Direction, Unit


@dataclass(frozen=True)
class OwnIndicatorRequest:
    framework: Framework
    lang: str
    current: Definition | None = None
    """The indicator to change; None to add one."""
    item: str | None = None
    """The item the new indicator informs first (the one on screen)."""


class OwnIndicatorDialog(QDialog):
    def __init__(self, request: OwnIndicatorRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        current = request.current
        self.setWindowTitle(
            self.tr("Change an indicator of your own") if current else self.tr("Add an indicator of your own")
        )
        self.code = QLineEdit(current.code if current else "")
        self.code.setPlaceholderText(self.tr("for example {code}").format(code="OWN-1"))
        self.code.setReadOnly(current is not None)
        self.name = limit_line(QLineEdit(current.name if current else ""), limits.INDICATOR_NAME)
        self.definition = limit_plain(
            QPlainTextEdit(current.definition if current else ""), limits.INDICATOR_DEFINITION
        )
        self.definition.setTabChangesFocus(True)
        self.definition.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.unit = QComboBox()
        names = {
            Unit.COUNT: self.tr("Count (a whole number)"),
            Unit.PERCENTAGE: self.tr("Percentage (0 to 100)"),
            Unit.CURRENCY: self.tr("Amount of money (say which currency in the definition)"),
            Unit.DAYS: self.tr("Days"),
            Unit.YES_NO: self.tr("Yes or no (1 or 0)"),
        }
        for unit, label in names.items():
            self.unit.addItem(label, unit.value)
        if current:
            self.unit.setCurrentIndex(self.unit.findData(current.unit.value))
        measures = current.measures if current else ((request.item,) if request.item else ())
        self.measures = QLineEdit(", ".join(measures))
        self.measures.setPlaceholderText(self.tr("item codes, for example {codes}").format(codes="PROT-2, WG-11.a"))
        self.dimensions = QListWidget()
        self.dimensions.setAccessibleName(self.tr("Broken down by"))
        chosen = {d for d, _ in current.disaggregations} if current else set()
        for dimension in request.framework.disaggregations.values():
            row = QListWidgetItem(pick(dimension.label, request.lang))
            row.setData(Qt.ItemDataRole.UserRole, dimension.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if dimension.id in chosen else Qt.CheckState.Unchecked)
            self.dimensions.addItem(row)
        self.dimensions.setFixedHeight(self.fontMetrics().lineSpacing() * 6)
        self.kept_categories = {d: c for d, c in current.disaggregations} if current else {}
        self.target = QLineEdit(figure_text(current.target) if current and current.target is not None else "")
        self.direction = QComboBox()
        for label, value in (
            (self.tr("Either way"), None),
            (self.tr("Higher is better"), "higher"),
            (self.tr("Lower is better"), "lower"),
        ):
            self.direction.addItem(label, value)
        if current and current.direction:
            self.direction.setCurrentIndex(self.direction.findData(current.direction.value))
        form = QFormLayout()
        for label, field in (
            (self.tr("&Code:"), self.code),
            (self.tr("&Name:"), self.name),
            (self.tr("&Definition:"), self.definition),
            (self.tr("&Unit:"), self.unit),
            (self.tr("&Informs the items:"), self.measures),
            (self.tr("&Broken down by:"), self.dimensions),
            (self.tr("&Target:"), self.target),
            (self.tr("Di&rection:"), self.direction),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            form.addRow(caption, field)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.result_definition: Definition | None = None

    def _dimensions(self) -> list[tuple[str, tuple[str, ...] | None]]:
        found = []
        for index in range(self.dimensions.count()):
            row = self.dimensions.item(index)
            if row.checkState() == Qt.CheckState.Checked:
                dimension = str(row.data(Qt.ItemDataRole.UserRole))
                found.append((dimension, self.kept_categories.get(dimension)))
        return found

    def accept(self) -> None:
        direction = self.direction.currentData()
        try:
            target = self.target.text().strip()
            self.result_definition = own_indicators.check(
                self.request.framework,
                code=self.code.text(),
                name=self.name.text(),
                unit=str(self.unit.currentData()),
                measures=[m for m in self.measures.text().replace(";", ",").split(",")],
                definition=self.definition.toPlainText(),
                disaggregations=self._dimensions(),
                target=_plain_number(target) if target else None,
                direction=Direction(direction) if direction else None,
            )
        except AssessError as exc:
            self.problem.setText(errors.text_of(exc))
            self.problem.setVisible(True)
            return
        super().accept()


def _plain_number(text: str) -> str:
    """A target typed in the window language's writing, as the services read numbers."""
    try:
        found = read_figure(text)
    except AssessError:
        return text
    return str(found) if found is not None else ""
