"""The dialogs of the judgement: the targets, an item's target, approving as final, back to draft, the methodology.

Each dialog only asks; :mod:`assess.ui.judgement_commands` writes what it answers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assess.approval import Approval, Readiness
from assess.methodology import Methodology
from assess.targets import Targets

translate = QCoreApplication.translate
DEFAULT_LEVEL = -1
"""The level a choice of level gives for "the target it would have without an override"."""


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def level_choice(low: int, high: int, inherit: str | None) -> QComboBox:
    """A choice of level on the scale, with ``inherit`` first (no override) when given."""
    choice = QComboBox()
    if inherit is not None:
        choice.addItem(inherit, DEFAULT_LEVEL)
    for level in range(low, high + 1):
        choice.addItem(str(level), level)
    return choice


@dataclass(frozen=True)
class TargetChange:
    """A target to set: ``code`` empty for the assessment's own; ``level`` None removes an override."""

    code: str
    level: int | None
    reason: str


class TargetsDialog(QDialog):
    """Assessment > Targets…: the assessment's target and every override, with their reasons."""

    def __init__(self, targets: Targets, codes: list[str], low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Targets"))
        self.targets, self.low, self.high = targets, low, high
        self.level = level_choice(low, high, None)
        self.level.setCurrentIndex(self.level.findData(targets.level))
        self.level.setAccessibleName(self.tr("Target of the assessment"))
        self.reason = QLineEdit(targets.reason)
        self.reason.setAccessibleName(self.tr("Why this target"))
        form = QFormLayout()
        form.addRow(self.tr("&Target of the assessment:"), self.level)
        form.addRow(self.tr("&Why:"), self.reason)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Applies to"), self.tr("Target"), self.tr("Why")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Targets set on pillars, branches and items"))
        for override in targets.overrides.values():
            self._add_row(override.code, override.level, override.reason)
        self.code = QComboBox()
        self.code.setEditable(True)
        self.code.addItems(codes)
        self.code.setAccessibleName(self.tr("Pillar, branch or item"))
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(lambda: self._add_row(self.code.currentText().strip(), targets.level, ""))
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        row = QFormLayout()
        row.addRow(self.tr("&Override for:"), self.code)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("A pillar, a branch or an item may have a target of its own, with a reason:")))
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(add)
        layout.addWidget(remove)
        layout.addWidget(_buttons(self, self.tr("Save")))
        self.resize(720, 460)

    def _add_row(self, code: str, level: int, reason: str) -> None:
        if not code:
            return
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(code)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, item)
        choice = level_choice(self.low, self.high, None)
        choice.setCurrentIndex(max(choice.findData(level), 0))
        self.table.setCellWidget(row, 1, choice)
        self.table.setItem(row, 2, QTableWidgetItem(reason))

    def changes(self) -> list[TargetChange]:
        """What differs from the targets the dialog opened with, the assessment's own first."""
        found: list[TargetChange] = []
        level, reason = int(self.level.currentData()), self.reason.text().strip()
        if (level, reason) != (self.targets.level, self.targets.reason):
            found.append(TargetChange("", level, reason))
        kept: set[str] = set()
        for row in range(self.table.rowCount()):
            head = self.table.item(row, 0)
            if head is None:
                continue
            code = head.text()
            choice = self.table.cellWidget(row, 1)
            assert isinstance(choice, QComboBox)
            cell = self.table.item(row, 2)
            new = (int(choice.currentData()), cell.text().strip() if cell is not None else "")
            kept.add(code)
            old = self.targets.overrides.get(code)
            if old is None or (old.level, old.reason) != new:
                found.append(TargetChange(code, *new))
        found += [TargetChange(code, None, "") for code in self.targets.overrides if code not in kept]
        return found


class ItemTargetDialog(QDialog):
    """The target of one item (or branch): the one it inherits, or its own with a reason."""

    def __init__(
        self, code: str, level: int | None, reason: str, inherited: int, low: int, high: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Target of {code}").format(code=code))
        self.level = level_choice(low, high, self.tr("As set above it ({level})").format(level=inherited))
        self.level.setCurrentIndex(self.level.findData(DEFAULT_LEVEL if level is None else level))
        self.reason = QLineEdit(reason)
        self.reason.setAccessibleName(self.tr("Why this target"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Target:"), self.level)
        form.addRow(self.tr("&Why:"), self.reason)
        form.addRow(_buttons(self, self.tr("Save")))

    def answer(self) -> TargetChange:
        level = int(self.level.currentData())
        return TargetChange("", None if level == DEFAULT_LEVEL else level, self.reason.text().strip())


class ApprovalDialog(QDialog):
    """Approve as final: who, in which capacity, for which body, when; what is missing, and whether to go ahead."""

    def __init__(self, label: str, found: Readiness, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve as final"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Approve {label} as final. A final assessment is read-only, and its report carries the approval page "
                "with these names instead of the DRAFT mark."
            ).format(label=label)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name, self.role, self.body = QLineEdit(), QLineEdit(), QLineEdit()
        self.name.setAccessibleName(self.tr("Approved by"))
        self.role.setAccessibleName(self.tr("Capacity"))
        self.body.setAccessibleName(self.tr("Body"))
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        form.addRow(self.tr("Approved &by:"), self.name)
        form.addRow(self.tr("&Capacity:"), self.role)
        form.addRow(self.tr("For the b&ody:"), self.body)
        form.addRow(self.tr("&Date:"), self.date)
        layout.addLayout(form)
        self.force = QCheckBox(self.tr("Approve it as it is all the same"))
        if not found.ready:
            missing = QPlainTextEdit(missing_text(found))
            missing.setReadOnly(True)
            missing.setAccessibleName(self.tr("What is missing"))
            missing.setMaximumHeight(120)
            layout.addWidget(QLabel(self.tr("Not everything is there yet:")))
            layout.addWidget(missing)
            layout.addWidget(self.force)
        buttons = _buttons(self, self.tr("Approve"))
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)

        def allowed() -> None:
            ok.setEnabled(bool(self.name.text().strip()) and (found.ready or self.force.isChecked()))

        self.name.textChanged.connect(allowed)
        self.force.toggled.connect(allowed)
        allowed()
        layout.addWidget(buttons)

    def answer(self) -> tuple[Approval, bool]:
        day = self.date.date()
        approval = Approval(
            self.name.text().strip(),
            self.role.text().strip(),
            self.body.text().strip(),
            dt.date(day.year(), day.month(), day.day()),
        )
        return approval, self.force.isChecked()


def missing_text(found: Readiness) -> str:
    """What stands in the way of approving, item codes and pillars listed in full."""
    lines = []
    if found.unscored:
        lines.append(translate("ApprovalDialog", "Not fully scored: {codes}").format(codes=", ".join(found.unscored)))
    if found.missing_findings:
        scopes = [code or translate("ApprovalDialog", "overall") for code in found.missing_findings]
        lines.append(translate("ApprovalDialog", "No key finding yet: {scopes}").format(scopes=", ".join(scopes)))
    return "\n".join(lines)


class ReopenDialog(QDialog):
    """Back to draft: why (recorded with who did it)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back to draft"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Take {label} back to draft? Say why: the reason is kept in its status history.").format(
                label=label
            )
        )
        intro.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Why it goes back to draft"))
        layout.addWidget(intro)
        layout.addWidget(self.reason)
        buttons = _buttons(self, self.tr("Back to draft"))
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout.addWidget(buttons)


class MethodologyDialog(QDialog):
    """How the assessment was made, for the report: participants, meetings, sources, how scores were agreed."""

    def __init__(self, method: Methodology, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Methodology"))
        self.participants = QPlainTextEdit("\n".join(method.participants))
        self.meetings = QPlainTextEdit("\n".join(f"{m.held_on.isoformat()} {m.title}" for m in method.meetings))
        self.sources = QPlainTextEdit("\n".join(method.sources))
        self.agreement = QPlainTextEdit(method.agreement)
        self.participants.setAccessibleName(self.tr("Who took part, one per line"))
        self.meetings.setAccessibleName(self.tr("Meetings and workshops, one per line: date and name"))
        self.meetings.setPlaceholderText(self.tr("2026-03-04 Inception workshop"))
        self.sources.setAccessibleName(self.tr("Sources consulted, one per line"))
        self.agreement.setAccessibleName(self.tr("How the scores were agreed"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Who took part\n(one per line):"), self.participants)
        form.addRow(self.tr("&Meetings and workshops\n(date and name):"), self.meetings)
        form.addRow(self.tr("&Sources consulted:"), self.sources)
        form.addRow(self.tr("How the scores were &agreed:"), self.agreement)
        form.addRow(_buttons(self, self.tr("Save")))
        self.resize(640, 560)

    def answer(self) -> dict[str, object]:
        def lines(edit: QPlainTextEdit) -> list[str]:
            return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]

        return {
            "participants": lines(self.participants),
            "meetings": lines(self.meetings),
            "sources": lines(self.sources),
            "agreement": self.agreement.toPlainText().strip(),
        }
