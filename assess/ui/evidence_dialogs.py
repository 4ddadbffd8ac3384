"""The small forms for evidence: details of files about to be attached, and a link or legal citation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assess import limits
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
        shown = "\n".join(names[:8]) + (self.tr("\n… and {n} more").format(n=len(names) - 8) if len(names) > 8 else "")
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
