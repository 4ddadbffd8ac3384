"""The form of File > Export report: the file, its format, the paper, a previous round to compare with,
and whether evidence marked sensitive is listed.

The format follows the file's extension as it is typed or chosen, and choosing a format gives the
file that extension, so the two never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from assess.assessments import AssessmentInfo
from assess.ui import languages, look
from assess.ui.file_field import FileField

FORMATS = ("pdf", "docx", "xlsx", "csv", "json")
PAGED = ("pdf", "docx")  # the formats that have pages, and so a paper size
LETTER_TERRITORIES = (QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico)


@dataclass(frozen=True)
class ReportRequest:
    """What the form offers: the assessment, the other assessments to compare with, a file name to start from."""

    assessment: AssessmentInfo
    others: list[AssessmentInfo] = field(default_factory=list)
    suggested: str = ""


@dataclass(frozen=True)
class ReportOptions:
    path: str
    fmt: str
    paper: str
    compare: int | None
    include_sensitive: bool


def default_paper() -> str:
    """Letter where the computer is set up for a country that uses it, else A4 (whatever the window's language)."""
    return "letter" if languages.system_locale().territory() in LETTER_TERRITORIES else "a4"


class ReportDialog(QDialog):
    def __init__(self, request: ReportRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Export report"))
        names = {
            "pdf": self.tr("PDF document (.pdf)"),
            "docx": self.tr("Word document (.docx)"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "csv": self.tr("CSV table (.csv)"),
            "json": self.tr("JSON data (.json)"),
        }
        about = QLabel(self.tr("A report on <b>{label}</b>.").format(label=_html(request.assessment.label)))
        about.setWordWrap(True)
        self.file = FileField(self.tr("Export report"), self.filters(names), request.suggested)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        for fmt in FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.addItem(self.tr("A4"), "a4")
        self.paper.addItem(self.tr("Letter"), "letter")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.compare = QComboBox()
        self.compare.setAccessibleName(self.tr("Compare with"))
        self.compare.addItem(self.tr("No comparison"), None)
        for other in request.others:
            self.compare.addItem(self.tr("{label} (progress since then)").format(label=other.label), other.id)
        previous = self.compare.findData(request.assessment.previous_id)
        self.compare.setCurrentIndex(previous if request.assessment.previous_id is not None and previous > 0 else 0)
        self.sensitive = QCheckBox(self.tr("&Include evidence marked sensitive"))
        self.sensitive.setAccessibleName(self.tr("Include sensitive evidence"))
        self.warning = QLabel(
            self.tr(
                "The report will list sensitive evidence (for example names of victims or shelter addresses). "
                "Share it only with people allowed to see it."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {look.WARNING.name()}; font-weight: bold;")
        keep_place = self.warning.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the form does not jump when the warning comes and goes
        self.warning.setSizePolicy(keep_place)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(about)
        form.addRow(self.tr("&File:"), self.file)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("&Compare with:"), self.compare)
        form.addRow(self.sensitive)
        form.addRow(self.warning)
        form.addRow(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xport"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.file.changed.connect(self._file_changed)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.sensitive.toggled.connect(self.warning.setVisible)
        self._file_changed()
        self.resize(640, self.sizeHint().height())
        self.warning.setVisible(False)

    def filters(self, names: dict[str, str]) -> str:
        every = " ".join(f"*.{fmt}" for fmt in FORMATS)
        return ";;".join(
            [self.tr("Reports ({patterns})").format(patterns=every), *(names[f] + f" (*.{f})" for f in FORMATS)]
        )

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _file_changed(self, *_args: object) -> None:
        suffix = self.file.suffix()
        if suffix in FORMATS and suffix != self.chosen_format():
            self.format.setCurrentIndex(self.format.findData(suffix))
        self._check()

    def _format_chosen(self, *_args: object) -> None:
        fmt = self.chosen_format()
        if self.file.suffix() != fmt:
            self.file.with_suffix(fmt)
        self._check()

    def _check(self) -> None:
        fmt = self.chosen_format()
        self.paper.setEnabled(fmt in PAGED)
        path = self.file.path()
        ready = bool(path) and bool(Path(path).name)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)
        self.note.setText(
            ""
            if fmt in PAGED
            else self.tr("Data for a spreadsheet or another program: it has no pages, so no paper size.")
        )

    def options(self) -> ReportOptions:
        return ReportOptions(
            path=self.file.path(),
            fmt=self.chosen_format(),
            paper=str(self.paper.currentData()),
            compare=self.compare.currentData(),
            include_sensitive=self.sensitive.isChecked(),
        )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
