"""The monitoring tab's sheet of figures: written out to fill in (CSV or XLSX, the template of ``assess data
template``), and a filled-in one read back, its figures saved as one change that Undo takes back whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from assess.errors import AssessError
from assess.ui import dialogs, errors
from assess.ui.figure_edits import FigureEdits
from assess.ui.file_places import last_folder, may_replace, remember_folder, target_path
from exports.reports import figure_sheet


class SheetCommands(QObject):
    def __init__(self, parent: QWidget, edits: FigureEdits) -> None:
        super().__init__(parent)
        self.parent_widget, self.edits = parent, edits
        self.export_button = QPushButton(self.tr("&Write a sheet…"))
        self.export_button.setToolTip(self.tr("Every figure and the rows to fill in, as a spreadsheet or CSV file"))
        self.export_button.clicked.connect(self.write_sheet)
        self.import_button = QPushButton(self.tr("&Read a sheet…"))
        self.import_button.setToolTip(self.tr("Save the figures of a filled-in sheet"))
        self.import_button.clicked.connect(self.read_sheet)

    def update(self, has_assessment: bool, can_edit: bool) -> None:
        self.export_button.setEnabled(has_assessment)
        self.import_button.setEnabled(has_assessment and can_edit)

    def write_sheet(self) -> None:
        ws = self.edits.workspace
        if ws.assessment is None:
            return
        folder = last_folder("sheets")
        chosen = dialogs.save_file(
            self.parent_widget,
            self.tr("Write a sheet of figures"),
            str(folder / "figures.xlsx"),
            self.tr("Spreadsheets (*.xlsx);;CSV files (*.csv)"),
        )
        if not chosen:
            return
        target = target_path(chosen, folder, "xlsx")
        replace = target.exists()
        if replace and not may_replace(self.parent_widget, target):
            return
        aid = ws.assessment.id
        try:
            with ws.session() as session:
                written = figure_sheet.write_template(session, aid, target, lang=ws.lang, replace=replace)
        except AssessError as exc:
            dialogs.error(self.parent_widget, self.tr("Sheet not written"), errors.text_of(exc))
            return
        remember_folder("sheets", written.path)
        ws.say(self.tr("Sheet written: {path}").format(path=written.path))

    def read_sheet(self) -> None:
        read = self.edits.monitoring()
        if read is None:
            return
        chosen = dialogs.open_file(
            self.parent_widget, self.tr("Read a sheet of figures"), self.tr("Spreadsheets (*.xlsx);;CSV files (*.csv)")
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            changes = figure_sheet.changes_of(path, read)
        except AssessError as exc:
            dialogs.error(self.parent_widget, self.tr("Sheet not read"), errors.text_of(exc))
            return
        if not changes:
            dialogs.info(
                self.parent_widget,
                self.tr("Nothing to save"),
                self.tr("{name} holds no figures.").format(name=path.name),
            )
            return
        remember_folder("sheets", path)
        self.edits.record(changes, self.tr("Figures from {name}").format(name=path.name))
