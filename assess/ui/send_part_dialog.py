"""The form of File > Send part to an institution: which items (by institution and/or pillar), an optional
password (typed twice, never saved), scrubbing, and the file; a preview counts what the package will hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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

from assess.ui import counts, errors, formats, look
from assess.ui.file_field import FileField


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


@dataclass(frozen=True)
class SendPartOptions:
    path: str
    choice: PartChoice
    password: str | None

    def __repr__(self) -> str:  # never show the password in a log or a test failure
        return (
            f"SendPartOptions(path={self.path!r}, choice={self.choice!r}, password={'***' if self.password else None})"
        )


class SendPartDialog(QDialog):
    def __init__(self, request: SendPartRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Send part to an institution"))
        about = QLabel(
            self.tr(
                "A package with part of {label}, for an institution to fill in with Assess and send back. "
                "Import what comes back with File > Import contribution."
            ).format(label=request.label)
        )
        about.setWordWrap(True)
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
        form = QFormLayout()
        form.addRow(about)
        form.addRow(self.tr("&Institution:"), self.institution)
        form.addRow(self.tr("Pillars:"), pillars)
        form.addRow("", self.pillar_note)
        form.addRow(self.tr("Package holds:"), self.preview)
        form.addRow(self.scrub)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Again:"), self.again)
        form.addRow("", self.mismatch)
        form.addRow("", self.password_note)
        form.addRow(self.tr("&File:"), self.file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write package"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.institution.currentIndexChanged.connect(self._changed)
        self.scrub.toggled.connect(self._changed)
        self.password.textChanged.connect(self._check)
        self.again.textChanged.connect(self._check)
        self.file.changed.connect(self._check)
        self._previewed = False
        self._changed()
        self.resize(680, self.sizeHint().height())

    def _secret(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(name)
        return edit

    def choice(self) -> PartChoice:
        pillars = tuple(code for code, box in self.pillars.items() if box.isChecked())
        return PartChoice(pillars, self.institution.currentData(), self.scrub.isChecked())

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
                        counts.evidence(found.evidence),
                        self.tr("{files} ({size})").format(
                            files=counts.files(found.files), size=formats.size(found.file_bytes)
                        ),
                    ]
                )
            )
        if self.file.path() == self._suggestion:  # follow the choice until the user names the file
            self._suggestion = self.request.suggested(choice) or self._suggestion
            self.file.set_path(self._suggestion)
        self._check()

    def _check(self, *_args: object) -> None:
        differ = self.password.text() != self.again.text()
        self.mismatch.setVisible(differ and bool(self.again.text()))
        ready = self._previewed and not differ and bool(self.file.path())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def options(self) -> SendPartOptions:
        return SendPartOptions(self.file.path(), self.choice(), self.password.text() or None)
