"""The small forms for evidence: details of files about to be attached, a link or legal citation, and the
details of evidence already added (its full SHA-256 to copy, its description and sensitivity to change)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assess import limits
from assess.evidence import EvidenceView
from assess.ui import formats
from assess.ui.dialogs import FileDetails, LinkOrCitation
from assess.ui.text_limits import limit_line, limit_plain


def _buttons(dialog: QDialog, ok: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FileDetailsDialog(QDialog):
    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach evidence"))
        more = self.tr("… and %Ln more", "", len(names) - 8) if len(names) > 8 else ""
        shown = "\n".join([*names[:8], more] if more else names)
        files = QLabel(shown)
        files.setWordWrap(True)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        limit_plain(self.description, limits.DESCRIPTION)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 3 + 14)
        self.sensitive = QCheckBox(self.tr("&Sensitive (for example names of victims or shelter addresses)"))
        self.sensitive.setAccessibleName(self.tr("Sensitive"))
        form = QFormLayout()
        form.addRow(self.tr("Files:"), files)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.sensitive)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Attach")))

    def details(self) -> FileDetails:
        return FileDetails(self.description.toPlainText().strip(), self.sensitive.isChecked())


class LinkDialog(QDialog):
    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        link = kind == "link"
        self.setWindowTitle(self.tr("Add a link") if link else self.tr("Add a legal citation"))
        self.target = limit_line(QLineEdit(), limits.LINK if link else limits.CITATION)
        self.target.setAccessibleName(self.tr("Address") if link else self.tr("Citation"))
        self.target.setPlaceholderText("https://…" if link else self.tr("for example: Penal Code, art. 188(2)"))
        self.name = limit_line(QLineEdit(), limits.EVIDENCE_NAME)
        self.name.setAccessibleName(self.tr("Name"))
        self.description = limit_line(QLineEdit(), limits.DESCRIPTION)
        self.description.setAccessibleName(self.tr("Description"))
        self.sensitive = QCheckBox(self.tr("&Sensitive"))
        self.sensitive.setAccessibleName(self.tr("Sensitive"))
        form = QFormLayout()
        form.addRow(self.tr("&Address:") if link else self.tr("&Citation:"), self.target)
        form.addRow(self.tr("&Name (optional):"), self.name)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.sensitive)
        buttons = _buttons(self, self.tr("Add"))
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.target.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def result_value(self) -> LinkOrCitation:
        return LinkOrCitation(
            self.kind,
            self.target.text().strip(),
            self.name.text().strip(),
            self.description.text().strip(),
            self.sensitive.isChecked(),
        )


def copy_hash(view: EvidenceView) -> None:
    """The full SHA-256 of a file to the clipboard (to compare it with the copy a ministry holds)."""
    QGuiApplication.clipboard().setText(view.sha256)


class EvidenceDetailsDialog(QDialog):
    def __init__(self, view: EvidenceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(self.tr("Evidence details"))
        form = QFormLayout()
        kinds = {"file": self.tr("File"), "link": self.tr("Link"), "citation": self.tr("Citation")}
        form.addRow(self.tr("Name:"), _selectable(view.label, self.tr("Name")))
        form.addRow(self.tr("Kind:"), QLabel(kinds.get(view.kind, view.kind)))
        if view.kind == "file":
            form.addRow(self.tr("Size:"), QLabel(formats.size(view.size)))
            digest = _selectable(view.sha256, self.tr("SHA-256"))
            self.copy = QPushButton(self.tr("&Copy"))
            self.copy.setAccessibleName(self.tr("Copy the SHA-256"))
            self.copy.clicked.connect(lambda: copy_hash(view))
            row = QHBoxLayout()
            row.addWidget(digest, 1)
            row.addWidget(self.copy)
            form.addRow(self.tr("SHA-256:"), row)
        if view.url:
            form.addRow(self.tr("Address:"), _selectable(view.url, self.tr("Address")))
        if view.citation:
            form.addRow(self.tr("Citation:"), _selectable(view.citation, self.tr("Citation")))
        form.addRow(
            self.tr("Added:"),
            QLabel(self.tr("{when} by {who}").format(when=formats.date_time(view.added_at), who=view.added_by)),
        )
        self.description = QPlainTextEdit(view.description)
        self.description.setTabChangesFocus(True)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 14)
        caption = QLabel(self.tr("&Description:"))
        caption.setBuddy(self.description)
        form.addRow(caption, self.description)
        self.sensitive = QCheckBox(self.tr("&Sensitive (for example names of victims or shelter addresses)"))
        self.sensitive.setAccessibleName(self.tr("Sensitive"))
        self.sensitive.setChecked(view.sensitive)
        form.addRow(self.sensitive)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Save")))
        self.resize(640, self.sizeHint().height())

    def details(self) -> FileDetails:
        return FileDetails(self.description.toPlainText().strip(), self.sensitive.isChecked())


def _selectable(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label
