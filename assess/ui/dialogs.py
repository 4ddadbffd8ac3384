"""Every modal question and message the window asks or shows, in one place.

Widgets never build a QMessageBox, QFileDialog or QInputDialog themselves: they call the
functions here, so that tests replace this one module and no dialog ever blocks a test.
Opening something outside the program (a file in the system's viewer, a link in the
browser) goes through here too, for the same reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:  # the forms are imported when they are first shown, not with the window
    from assess.assessments import AssessmentInfo
    from assess.evidence import EvidenceView
    from assess.merge import MergePlan, Side
    from assess.own_indicators import Definition
    from assess.ui.conflicts import Choice, Conflict
    from assess.ui.import_dialog import ImportSummary
    from assess.ui.new_assessment_dialog import Names, NewAssessment, NewAssessmentRequest
    from assess.ui.own_indicator_dialog import OwnIndicatorRequest
    from assess.ui.report_dialog import ReportOptions, ReportRequest
    from assess.ui.send_part_dialog import SendPartOptions, SendPartRequest


def error(parent: QWidget | None, title: str, text: str) -> None:
    """A problem the user can act on; ``text`` says what happened and what to do."""
    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def unexpected(parent: QWidget | None, log_path: Path) -> None:
    """The calm message after an unexpected error: no traceback, where the details were written."""
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("dialogs", "Something went wrong"),
        QCoreApplication.translate(
            "dialogs",
            "Assess ran into an unexpected problem. Your saved work is safe: every edit is saved the moment "
            "it is made.\n\nThe details were written to:\n{path}\n\nPlease send that file to your support "
            "contact. You can carry on working.",
        ).format(path=log_path),
    )


def shortcuts(parent: QWidget | None, rows: list[tuple[str, str]]) -> None:
    """Help > Keyboard shortcuts: the keys and what each does."""
    from assess.ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(rows, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something the user may regret; ``action`` labels the button that goes ahead."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def open_database(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Open a database"),
        "",
        QCoreApplication.translate("dialogs", "Assess databases (*.sqlite *.db);;All files (*)"),
    )
    return path or None


def shared_database(parent: QWidget | None) -> str | None:
    """File > Open shared database: the form (see :mod:`assess.ui.shared_database_dialog`); the URL or None."""
    from assess.ui.shared_database_dialog import SharedDatabaseDialog

    dialog = SharedDatabaseDialog(parent)
    try:
        return dialog.url() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def new_database(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("dialogs", "New database"),
        "assessment.sqlite",
        QCoreApplication.translate("dialogs", "Assess databases (*.sqlite *.db);;All files (*)"),
    )
    return path or None


def evidence_files(parent: QWidget | None, folder: Path) -> list[str]:
    """Files to attach, chosen starting in ``folder``."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("dialogs", "Add evidence files"),
        str(folder),
        QCoreApplication.translate("dialogs", "All files (*)"),
    )
    return list(paths)


@dataclass(frozen=True)
class FileDetails:
    description: str
    sensitive: bool


@dataclass(frozen=True)
class LinkOrCitation:
    kind: str  # "link" or "citation"
    target: str  # the URL or the text of the citation
    name: str
    description: str
    sensitive: bool


def file_details(parent: QWidget | None, names: list[str]) -> FileDetails | None:
    """Description and sensitivity for files about to be attached; None if the user cancels."""
    from assess.ui.evidence_dialogs import FileDetailsDialog

    dialog = FileDetailsDialog(names, parent)
    try:
        return dialog.details() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def evidence_details(parent: QWidget | None, view: EvidenceView) -> FileDetails | None:
    """A piece of evidence in full (its whole SHA-256, to copy), with its description and sensitivity to change;
    the new details, or None if the user cancels."""
    from assess.ui.evidence_dialogs import EvidenceDetailsDialog

    dialog = EvidenceDetailsDialog(view, parent)
    try:
        return dialog.details() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def link_or_citation(parent: QWidget | None, kind: str) -> LinkOrCitation | None:
    from assess.ui.evidence_dialogs import LinkDialog

    dialog = LinkDialog(kind, parent)
    try:
        return dialog.result_value() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def new_assessment(parent: QWidget | None, request: NewAssessmentRequest) -> NewAssessment | None:
    """The new-assessment form (see :mod:`assess.ui.new_assessment_dialog`); its answer or None."""
    from assess.ui.new_assessment_dialog import NewAssessmentDialog

    dialog = NewAssessmentDialog(request, parent)
    try:
        return dialog.answer() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def rename_assessment(parent: QWidget | None, current: AssessmentInfo) -> Names | None:
    from assess.ui.new_assessment_dialog import RenameDialog

    dialog = RenameDialog(current, parent)
    try:
        return dialog.answer() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """A file to write (a report, a package, a backup); the caller asks before replacing one."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, suggested, filters, options=QFileDialog.Option.DontConfirmOverwrite
    )
    return path or None


def open_file(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def password(parent: QWidget | None, name: str, *, wrong: bool) -> str | None:
    """The password of the package ``name``; ``wrong`` after a wrong one. None if the user cancels."""
    text = (
        QCoreApplication.translate("dialogs", "That password is wrong. Type the password of {name} again:")
        if wrong
        else QCoreApplication.translate("dialogs", "{name} is protected by a password. Password:")
    ).format(name=name)
    value, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("dialogs", "Password"), text, QLineEdit.EchoMode.Password
    )
    return value if ok else None


def report_options(parent: QWidget | None, request: ReportRequest) -> ReportOptions | None:
    """File > Export report: the form (see :mod:`assess.ui.report_dialog`); its options or None."""
    from assess.ui.report_dialog import ReportDialog

    dialog = ReportDialog(request, parent)
    try:
        return dialog.options() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def send_part(parent: QWidget | None, request: SendPartRequest) -> SendPartOptions | None:
    """File > Send part to an institution: the form (see :mod:`assess.ui.send_part_dialog`); its options or None."""
    from assess.ui.send_part_dialog import SendPartDialog

    dialog = SendPartDialog(request, parent)
    try:
        return dialog.options() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def import_choice(parent: QWidget | None, summary: ImportSummary) -> str | None:
    """What a checked package holds, and "merge" or "new" (see :mod:`assess.ui.import_dialog`); None to stop."""
    from assess.ui.import_dialog import ImportDialog

    dialog = ImportDialog(summary, parent)
    try:
        return dialog.answer() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def merge_choices(parent: QWidget | None, plan: MergePlan, title: str) -> dict[tuple[str, str], Side] | None:
    """The plan of a merge with its conflicts side by side (see :mod:`assess.ui.merge_dialog`): mine or theirs
    for each conflict, or None if the user cancels."""
    from assess.ui.merge_dialog import MergeDialog

    dialog = MergeDialog(plan, title, parent)
    try:
        return dialog.answer() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def own_indicator(parent: QWidget | None, request: OwnIndicatorRequest) -> Definition | None:
    """Add or change an indicator of the team's own (see :mod:`assess.ui.own_indicator_dialog`); None to cancel."""
    from assess.ui.own_indicator_dialog import OwnIndicatorDialog

    dialog = OwnIndicatorDialog(request, parent)
    try:
        return dialog.result_definition if dialog.exec() else None
    finally:
        dialog.deleteLater()


def resolve_conflict(parent: QWidget | None, conflict: Conflict) -> Choice | None:
    """Someone else saved an item the user was editing: both versions side by side (see
    :mod:`assess.ui.conflict_dialog`); what to keep of each part, or None if the user closes it (theirs stays, and
    the user's version is in Undo)."""
    from assess.ui.conflict_dialog import ConflictDialog

    dialog = ConflictDialog(conflict, parent)
    try:
        return dialog.choice() if dialog.exec() else None
    finally:
        dialog.deleteLater()


def ask(dialog: QDialog) -> bool:
    """Run one of the judgement's dialogs (:mod:`assess.ui.judgement_dialogs`); whether the user accepted it."""
    return bool(dialog.exec() == QDialog.DialogCode.Accepted)


def open_external(target: str | Path) -> bool:
    """Open a file in the system's viewer or a link in the browser, at the user's request."""
    url = QUrl.fromLocalFile(str(target)) if isinstance(target, Path) else QUrl(target)
    return QDesktopServices.openUrl(url)
