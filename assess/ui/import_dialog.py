"""The question after File > Import contribution has opened and checked a package or workbook: what it holds,
and whether to merge it into the open assessment (the one it was made from) or import it as a new assessment (a
package only: a workbook carries no framework and no evidence, so it is always merged).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from assess.ui import counts, formats


@dataclass(frozen=True)
class ImportSummary:
    """A checked package as the question shows it."""

    file: str
    assessment: str  # the label of the assessment the package was made from
    institution: str | None
    created_by: str
    items: int
    evidence: int
    scrubbed: bool
    encrypted: bool
    current: str | None  # the label of the open assessment, if one is open
    merge_refused: str  # why the package cannot be merged into it ("" when it can)
    workbook: bool = False  # a workbook filled in with a spreadsheet program: merged only


NEW, MERGE = "new", "merge"


class ImportDialog(QDialog):
    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self.setWindowTitle(self.tr("Import contribution"))
        form = QFormLayout()
        form.addRow(self.tr("File:"), QLabel(summary.file))
        form.addRow(self.tr("Made from:"), _wrapped(summary.assessment))
        form.addRow(self.tr("Institution:"), _wrapped(summary.institution or self.tr("(not named)")))
        if summary.created_by:
            form.addRow(self.tr("Written by:"), QLabel(summary.created_by))
        form.addRow(
            self.tr("Holds:"),
            QLabel(formats.listed([counts.items(summary.items), counts.evidence(summary.evidence)])),
        )
        notes = [
            self.tr("password-protected") if summary.encrypted else "",
            self.tr("a workbook filled in with a spreadsheet program") if summary.workbook else "",
            self.tr("scrubbed: no sensitive evidence, no names of people")
            if summary.scrubbed and not summary.workbook
            else "",
        ]
        if any(notes):
            form.addRow(self.tr("Note:"), _wrapped("; ".join(n for n in notes if n)))
        self.merge = QRadioButton(
            self.tr("&Merge into the open assessment, {label}").format(label=summary.current)
            if summary.current
            else self.tr("&Merge into the open assessment")
        )
        self.merge.setAccessibleName(self.tr("Merge into the open assessment"))
        self.new = QRadioButton(self.tr("Import as a &new assessment"))
        self.new.setAccessibleName(self.tr("Import as a new assessment"))
        group = QButtonGroup(self)
        group.addButton(self.merge)
        group.addButton(self.new)
        refused = QLabel(summary.merge_refused)
        refused.setWordWrap(True)
        refused.setEnabled(False)
        refused.setVisible(bool(summary.merge_refused))
        explain = QLabel(
            self.tr(
                "Merging takes the changes made in the workbook, keeps the ones made here, and shows every item "
                "changed on both sides for you to choose. A workbook cannot become a new assessment."
            )
            if summary.workbook
            else self.tr(
                "Merging takes the changes made in the package, keeps the ones made here, and shows every item "
                "changed on both sides for you to choose. A new assessment holds the package as it is."
            )
        )
        explain.setWordWrap(True)
        can_merge = not summary.merge_refused
        self.merge.setEnabled(can_merge)
        self.new.setEnabled(not summary.workbook)
        (self.merge if can_merge else self.new).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.merge)
        layout.addWidget(refused)
        layout.addWidget(self.new)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def answer(self) -> str:
        return MERGE if self.merge.isChecked() else NEW


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
