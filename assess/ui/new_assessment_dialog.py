"""The forms for a new assessment (or a new round from a previous one) and for renaming one."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from assess import limits
from assess.assessments import AssessmentInfo
from assess.frameworks import FrameworkInfo
from assess.ui.text_limits import limit_line


@dataclass(frozen=True)
class NewAssessmentRequest:
    """What the form offers: the frameworks and the assessments a new round can start from."""

    frameworks: list[FrameworkInfo]
    previous: list[AssessmentInfo] = field(default_factory=list)
    previous_id: int | None = None


@dataclass(frozen=True)
class NewAssessment:
    country: str
    title: str
    period: str
    framework_key: str | None
    framework_version: str | None
    previous_id: int | None


@dataclass(frozen=True)
class Names:
    country: str
    title: str
    period: str


def _line(name: str, limit: int, text: str = "", hint: str = "") -> QLineEdit:
    edit = limit_line(QLineEdit(text), limit)
    edit.setAccessibleName(name)
    edit.setPlaceholderText(hint)
    return edit


class NewAssessmentDialog(QDialog):
    def __init__(self, request: NewAssessmentRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("New assessment"))
        start = next((a for a in request.previous if a.id == request.previous_id), None)
        self.country = _line(
            self.tr("Country or entity"),
            limits.COUNTRY,
            start.country if start else "",
            self.tr("for example: Republic of Meridia"),
        )
        self.title = _line(
            self.tr("Title"), limits.TITLE, start.title if start else "", self.tr("for example: National assessment")
        )
        self.period = _line(self.tr("Period"), limits.PERIOD, "", self.tr("for example: Baseline 2026"))
        self.previous = QComboBox()
        self.previous.setAccessibleName(self.tr("Start from"))
        self.previous.addItem(self.tr("Nothing: start with an empty checklist"), None)
        for info in request.previous:
            self.previous.addItem(self.tr("A new round from {label}").format(label=info.label), info.id)
        if start is not None:
            self.previous.setCurrentIndex(self.previous.findData(start.id))
        self.framework = QComboBox()
        self.framework.setAccessibleName(self.tr("Framework"))
        for fw in request.frameworks:
            self.framework.addItem(f"{fw.title} ({fw.key} {fw.version})", (fw.key, fw.version))
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Country or entity:"), self.country)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.tr("&Start from:"), self.previous)
        form.addRow(self.tr("&Framework:"), self.framework)
        form.addRow(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        for edit in (self.country, self.title):
            edit.textChanged.connect(self._check)
        self.previous.currentIndexChanged.connect(self._check)
        self._check()
        self.resize(560, self.sizeHint().height())

    def _check(self) -> None:
        ready = bool(self.country.text().strip() and self.title.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        from_previous = self.previous.currentData() is not None
        self.framework.setEnabled(not from_previous)
        self.note.setText(
            self.tr("The new round starts with the previous round's scores, notes, institutions and evidence.")
            if from_previous
            else ""
        )

    def answer(self) -> NewAssessment:
        key, version = self.framework.currentData() or (None, None)
        return NewAssessment(
            self.country.text().strip(),
            self.title.text().strip(),
            self.period.text().strip(),
            key,
            version,
            self.previous.currentData(),
        )


class RenameDialog(QDialog):
    def __init__(self, current: AssessmentInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename the assessment"))
        self.country = _line(self.tr("Country or entity"), limits.COUNTRY, current.country)
        self.title = _line(self.tr("Title"), limits.TITLE, current.title)
        self.period = _line(self.tr("Period"), limits.PERIOD, current.period)
        form = QFormLayout()
        form.addRow(self.tr("&Country or entity:"), self.country)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Period:"), self.period)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def answer(self) -> Names:
        return Names(self.country.text().strip(), self.title.text().strip(), self.period.text().strip())
