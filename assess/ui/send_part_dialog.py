"""The form of File > Send part to an institution: which items (by institution and/or pillar), as a package (for
an institution with Assess: an optional password, typed twice and never saved, and scrubbing) or as a workbook
(for one without: Excel or LibreOffice Calc, its instructions in a chosen language), and the file; a preview counts
what the file will hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from assess.ui import counts, errors, formats, languages, look
from assess.ui.file_field import FileField

PACKAGE, WORKBOOK = "assess", "xlsx"


@dataclass(frozen=True)
class PartChoice:
    """The part chosen: pillars (none: all of them) narrowed to one institution's items (None: no narrowing)."""

    pillars: tuple[str, ...] = ()
    responsible: str | None = None
    scrub: bool = False


@dataclass(frozen=True)
class PartPreview:
    items: int
    evidence: int
    files: int
    file_bytes: int


Preview = Callable[[PartChoice], PartPreview]  # raises AssessError when the choice names no item


@dataclass(frozen=True)
class SendPartRequest:
    label: str
    institutions: list[str]
    pillars: list[tuple[str, str]]  # (code, title) of the pillars with assessable items
    preview: Preview
    suggested: Callable[[PartChoice], str] = lambda choice: ""
    received: bool = False  # the assessment was itself received as a package
    lang: str = "en"  # the window's language: the workbook's, unless another is chosen


@dataclass(frozen=True)
class SendPartOptions:
    path: str
    choice: PartChoice
    password: str | None
    fmt: str = PACKAGE
    lang: str = "en"  # the language of a workbook

    def __repr__(self) -> str:  # never show the password in a log or a test failure
        return (
            f"SendPartOptions(path={self.path!r}, choice={self.choice!r}, password={'***' if self.password else None}, "
            f"fmt={self.fmt!r}, lang={self.lang!r})"
        )


class SendPartDialog(QDialog):
    def __init__(self, request: SendPartRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Send part to an institution"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Package (Assess)"), PACKAGE)
        self.format.addItem(self.tr("Workbook (Excel, LibreOffice)"), WORKBOOK)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the workbook"))
        for code, name in languages.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(request.lang)))
        self.workbook_note = QLabel(
            self.tr(
                "For an institution without Assess: one row per item to fill in with Excel or LibreOffice Calc, "
                "with instructions in the language chosen. A workbook lists evidence but carries no files, never "
                "lists sensitive evidence or names of people, and has no password."
            )
        )
        self.workbook_note.setWordWrap(True)
        self.institution = QComboBox()
        self.institution.setAccessibleName(self.tr("Responsible institution"))
        self.institution.addItem(self.tr("Any: do not narrow by institution"), None)
        for name in request.institutions:
            self.institution.addItem(name, name)
        self.pillars: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (code, title) in enumerate(request.pillars):
            box = QCheckBox(f"{code}  {title}")
            box.setAccessibleName(title)
            box.toggled.connect(self._changed)
            self.pillars[code] = box
            grid.addWidget(box, n // 2, n % 2)
        pillars = QWidget()
        pillars.setLayout(grid)
        self.pillar_note = QLabel(
            self.tr("None ticked: the part the assessment was received as.")
            if request.received
            else self.tr("None ticked: every pillar.")
        )
        self.pillar_note.setEnabled(False)
        self.preview = QLabel()
        self.preview.setObjectName("partPreview")
        self.preview.setWordWrap(True)
        self.password = self._secret(self.tr("Password"))
        self.again = self._secret(self.tr("Password again"))
        self.password_note = QLabel(
            self.tr(
                "Optional. The password is not saved anywhere: give it to the institution another way than the "
                "package (by phone, not in the same e-mail)."
            )
        )
        self.password_note.setWordWrap(True)
        self.mismatch = QLabel(self.tr("The two passwords differ."))
        self.mismatch.setStyleSheet(f"color: {look.WARNING.name()};")
        self.scrub = QCheckBox(self.tr("&Scrub: leave out sensitive evidence and the names of people"))
        self.scrub.setAccessibleName(self.tr("Scrub"))
        self.scrub.setToolTip(
            self.tr(
                "For sharing outside government. Institution names stay; free text (rationales, next actions) is "
                "kept as written."
            )
        )
        self.file = FileField(
            self.tr("Send part to an institution"),
            self.tr("Assess packages (*.assess);;All files (*)"),
            request.suggested(PartChoice()),
        )
        self._suggestion = self.file.path()
        self.holds = QLabel()
        form = QFormLayout()
        form.addRow(self.about)
        form.addRow(self.tr("&Institution:"), self.institution)
        form.addRow(self.tr("Pillars:"), pillars)
        form.addRow("", self.pillar_note)
        form.addRow(self.tr("F&ormat:"), self.format)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.workbook_note)
        form.addRow(self.holds, self.preview)
        form.addRow(self.scrub)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Again:"), self.again)
        form.addRow("", self.mismatch)
        form.addRow("", self.password_note)
        form.addRow(self.tr("&File:"), self.file)
        self.form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.institution.currentIndexChanged.connect(self._changed)
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.scrub.toggled.connect(self._changed)
        self.password.textChanged.connect(self._check)
        self.again.textChanged.connect(self._check)
        self.file.changed.connect(self._check)
        self._previewed = False
        self._format_chosen()
        self.resize(680, self.sizeHint().height())

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    @property
    def workbook(self) -> bool:
        return self.chosen_format() == WORKBOOK

    def choice(self) -> PartChoice:
        """The part chosen; a workbook is always scrubbed (no sensitive evidence, no names of people)."""
        pillars = tuple(code for code, box in self.pillars.items() if box.isChecked())
        return PartChoice(pillars, self.institution.currentData(), self.scrub.isChecked() or self.workbook)

    def _format_chosen(self, *_args: object) -> None:
        workbook = self.workbook
        label = self.request.label
        self.about.setText(
            self.tr(
                "A workbook with part of {label}, for an institution without Assess to fill in with a spreadsheet "
                "program and send back. Import what comes back with File > Import contribution."
            ).format(label=label)
            if workbook
            else self.tr(
                "A package with part of {label}, for an institution to fill in with Assess and send back. "
                "Import what comes back with File > Import contribution."
            ).format(label=label)
        )
        self.holds.setText(self.tr("Workbook holds:") if workbook else self.tr("Package holds:"))
        shown: list[tuple[QWidget, bool]] = [(self.language, workbook), (self.workbook_note, workbook)]
        shown += [(w, not workbook) for w in (self.scrub, self.password, self.again, self.mismatch, self.password_note)]
        for widget, visible in shown:
            self.form.setRowVisible(widget, visible)
        if workbook:
            self.password.clear()
            self.again.clear()
        self.file.filters = (
            self.tr("Workbooks (*.xlsx);;All files (*)")
            if workbook
            else self.tr("Assess packages (*.assess);;All files (*)")
        )
        self.file.with_suffix(self.chosen_format())
        self._suggestion = self.file.path() if self._suggested_now() else self._suggestion
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Write workbook") if workbook else self.tr("&Write package")
        )
        self._changed()
        self.adjustSize()

    def _suggested_now(self) -> bool:
        return Path(self.file.path()).with_suffix("") == Path(self._suggestion).with_suffix("")

    def _changed(self, *_args: object) -> None:
        choice = self.choice()
        try:
            found = self.request.preview(choice)
        except Exception as exc:  # the service says why the choice names nothing
            self._previewed = False
            self.preview.setText(errors.text_of(exc))
            self.preview.setStyleSheet(f"color: {look.WARNING.name()};")
        else:
            self._previewed = True
            self.preview.setStyleSheet("")
            self.preview.setText(
                formats.listed(
                    [
                        counts.items(found.items),
                        self.tr("%Ln piece(s) of evidence listed (no files)", "", found.evidence),
                    ]
                )
                if self.workbook
                else formats.listed(
                    [
                        counts.items(found.items),
                        counts.evidence(found.evidence),
                        self.tr("{files} ({size})").format(
                            files=counts.files(found.files), size=formats.size(found.file_bytes)
                        ),
                    ]
                )
            )
        if self.file.path() == self._suggestion:  # follow the choice until the user names the file
            suggested = self.request.suggested(choice)
            if suggested:
                self._suggestion = str(Path(suggested).with_suffix(f".{self.chosen_format()}"))
            self.file.set_path(self._suggestion)
        self._check()

    def _check(self, *_args: object) -> None:
        differ = self.password.text() != self.again.text()
        self.mismatch.setVisible(differ and bool(self.again.text()))
        ready = self._previewed and not differ and bool(self.file.path())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def options(self) -> SendPartOptions:
        if self.workbook:
            return SendPartOptions(self.file.path(), self.choice(), None, WORKBOOK, str(self.language.currentData()))
        return SendPartOptions(self.file.path(), self.choice(), self.password.text() or None)
