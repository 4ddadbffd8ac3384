"""The first page when no assessment is open: start a new one, open a database or a recent one, or the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assess.assessments import AssessmentInfo
from assess.ui import formats


class WelcomePage(QWidget):
    newAssessment = Signal()
    openDatabase = Signal()
    openDemo = Signal()
    openRecent = Signal(str)
    openAssessment = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Assess"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Take stock of how your country implements the UN Trafficking in Persons Protocol: score each "
                "measure of the UNODC Framework for Action and the Working Group recommendations, attach the "
                "evidence, and see the gaps."
            )
        )
        intro.setWordWrap(True)
        self.new = self._button(self.tr("&New assessment…"), self.newAssessment)
        self.open = self._button(self.tr("&Open a database…"), self.openDatabase)
        self.demo = self._button(self.tr("Open the de&mo"), self.openDemo)
        self.demo.setToolTip(self.tr("A fictional country's assessment in two rounds, on a throwaway copy."))
        buttons = QHBoxLayout()
        for button in (self.new, self.open, self.demo):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.database = QLabel()
        self.database.setWordWrap(True)
        self.assessments = QListWidget()
        self.assessments.setAccessibleName(self.tr("Assessments in this database"))
        self.assessments.itemActivated.connect(
            lambda item: self.openAssessment.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent databases"))
        self.recent.itemActivated.connect(lambda item: self.openRecent.emit(item.data(Qt.ItemDataRole.UserRole)))
        lists = QGridLayout()
        self.assessments_label = QLabel(self.tr("<b>&Assessments in this database</b>"))
        self.assessments_label.setBuddy(self.assessments)
        recent_label = QLabel(self.tr("<b>&Recent databases</b>"))
        recent_label.setBuddy(self.recent)
        lists.addWidget(self.assessments_label, 0, 0)
        lists.addWidget(self.database, 1, 0)
        lists.addWidget(self.assessments, 2, 0)
        lists.addWidget(recent_label, 0, 1)
        lists.addWidget(self.recent, 2, 1)
        for listing in (self.assessments, self.recent):
            listing.setMaximumHeight(320)
        inner = QWidget()
        inner.setMaximumWidth(1000)
        column = QVBoxLayout(inner)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(12)
        column.addLayout(lists)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(inner, 4)
        layout.addStretch(1)

    def _button(self, text: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        button.clicked.connect(signal.emit)
        return button

    def set_content(
        self, database: str | None, assessments: list[AssessmentInfo], recent: list[str], *, demo_available: bool
    ) -> None:
        self.database.setText(
            self.tr("Database: {path}").format(path=formats.path(database))
            if database
            else self.tr("No database is open.")
        )
        self.assessments.clear()
        for info in assessments:
            status = self.tr("final") if info.status == "final" else self.tr("draft")
            item = QListWidgetItem(f"{info.label} · {status}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.assessments.addItem(item)
        if not assessments:
            empty = QListWidgetItem(self.tr("None yet: create one with New assessment."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.assessments.addItem(empty)
        self.recent.clear()
        for path in recent:
            item = QListWidgetItem(formats.path(path))
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        self.demo.setVisible(demo_available)
