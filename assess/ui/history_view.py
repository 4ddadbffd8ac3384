"""Who changed what and when, for one item (newest first), from the audit log."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from assess.audit import Change
from assess.ui import formats
from assess.ui.workspace import Workspace


class HistoryView(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.code: str | None = None
        self._stale = True
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("History of the item"))
        self.table.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Before"), self.tr("After")]
        )
        header = self.table.header()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        workspace.responseChanged.connect(self._touched)
        workspace.evidenceChanged.connect(self._touched)

    def field_label(self, change: Change) -> str:
        labels = {
            "law_score": self.tr("Score in law and institutions"),
            "practice_score": self.tr("Score in practice"),
            "not_applicable": self.tr("N/A"),
            "na_justification": self.tr("Why N/A"),
            "rationale": self.tr("Rationale"),
            "institutions": self.tr("Responsible institutions"),
            "priority": self.tr("Priority"),
            "target_date": self.tr("Target date"),
            "next_action": self.tr("Next action"),
            "technical_assistance": self.tr("Technical assistance"),
        }
        if change.entity == "evidence":
            evidence = {
                "added": self.tr("Evidence added"),
                "removed": self.tr("Evidence removed"),
                "description": self.tr("Description of evidence"),
                "sensitive": self.tr("Evidence marked sensitive"),
            }
            return evidence.get(change.field, change.field)
        return labels.get(change.field, change.field)

    @staticmethod
    def _value(value: str | None) -> str:
        if value is None or value == "":
            return "–"
        if value.startswith("[") and value.endswith("]"):
            value = value[1:-1].replace('"', "")
        return value if len(value) <= 300 else value[:299] + "…"

    def show_item(self, code: str | None) -> None:
        self.code = code
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _touched(self, code: str) -> None:
        if code == self.code:
            self.show_item(code)

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the item's history again (in the background: the table fills when it comes)."""
        self._stale = False
        code = self.code
        if code is None:
            self._fill(None, [])
            return
        self.workspace.show_history(code, lambda changes: self._fill(code, changes))

    def _fill(self, code: str | None, changes: list[Change]) -> None:
        if code != self.code:  # the user moved on meanwhile; the history of the item shown is read next
            self._stale = True
            return
        self.table.clear()
        for change in changes:
            row = QTreeWidgetItem(
                [
                    formats.date_time(change.at),
                    change.user,
                    self.field_label(change),
                    self._value(change.old),
                    self._value(change.new),
                ]
            )
            for column in (3, 4):
                row.setToolTip(column, row.text(column))
            self.table.addTopLevelItem(row)
        for column in range(3):
            self.table.resizeColumnToContents(column)
