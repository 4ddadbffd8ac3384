"""File > Export report: the form, then the report written in the background.

The writer cannot stop half way nor tell how far it got, so its progress dialog is a busy bar without
Cancel. A failure (an unwritable folder, a full disk) is one clear message, and the writer leaves no
half-written file. Once written, the window offers to open the report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from assess.ui import dialogs, errors, progress
from assess.ui.database_commands import DatabaseCommands
from assess.ui.edits import ResponseEdits
from assess.ui.file_places import file_name, last_folder, may_replace, remember_folder, target_path
from assess.ui.report_dialog import ReportRequest
from assess.ui.workspace import Workspace

translate = QCoreApplication.translate


class ReportCommands(QObject):
    def __init__(
        self, window: QWidget, workspace: Workspace, edits: ResponseEdits, databases: DatabaseCommands
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.edits, self.databases = window, workspace, edits, databases

    def export_report(self) -> None:
        info = self.workspace.assessment
        if info is None:
            return
        self.edits.save_all()  # the report shows every edit that could be saved
        folder = last_folder("reports")
        others = [a for a in self.databases.assessments() if a.id != info.id]
        request = ReportRequest(info, others, str(folder / f"{file_name(info.label)}.pdf"))
        options = dialogs.report_options(self.window, request)
        if options is None:
            return
        target = target_path(options.path, folder, options.fmt)
        if target.exists() and not may_replace(self.window, target):
            return
        store, aid, lang = self.workspace.store, info.id, self.workspace.lang

        def work(_control: object) -> Path:
            from exports.reports.writer import export

            with store.session() as session:
                return export(
                    session,
                    aid,
                    target,
                    options.fmt,
                    lang=lang,
                    compare=options.compare,
                    paper=options.paper,
                    include_sensitive=options.include_sensitive,
                )

        def done(written: Path) -> None:
            remember_folder("reports", written)
            self.workspace.say(translate("MainWindow", "Report written to {path}").format(path=written))
            if dialogs.confirm(
                self.window,
                translate("MainWindow", "Report written"),
                translate("MainWindow", "The report was written to {path}. Open it now?").format(path=written),
                translate("MainWindow", "Open"),
            ):
                dialogs.open_external(written)

        def failed(exc: BaseException) -> None:
            shown = errors.for_user(exc, self.databases.database or "")
            errors.show(self.window, shown, translate("MainWindow", "Cannot write the report"))

        progress.run(
            self.window,
            translate("MainWindow", "Export report"),
            translate("MainWindow", "Writing {name}…").format(name=target.name),
            work,
            done,
            failed,
            cancellable=False,
        )
