"""File > Export report from the main window: the form, then the report written in the background.

The writer cannot stop half way nor tell how far it got, so its progress dialog is a busy bar without
Cancel. A failure (an unwritable folder, a full disk) is one clear message, and the writer leaves no
half-written file. Once written, the window offers to open the report.

A mixin of :class:`assess.ui.main_window.MainWindow`, kept apart so that each module has one job; it
brings File > Back up and File > Restore with it (:mod:`assess.ui.window_backup`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from assess.ui import dialogs, errors, progress
from assess.ui.file_places import file_name, last_folder, remember_folder, target_path
from assess.ui.report_dialog import ReportOptions, ReportRequest
from assess.ui.window_backup import BackupCommands

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow

translate = QCoreApplication.translate


class FileCommands(BackupCommands):
    # --- a report -------------------------------------------------------------------------------------------

    def export_report(self: MainWindow) -> None:
        info = self.workspace.assessment
        if info is None:
            return
        self.flush()
        folder = last_folder("reports")
        others = [a for a in self._assessments() if a.id != info.id]
        request = ReportRequest(info, others, str(folder / f"{file_name(info.label)}.pdf"))
        options: ReportOptions | None = dialogs.report_options(self, request)  # type: ignore[assignment]
        if options is None:
            return
        target = target_path(options.path, folder, options.fmt)
        if target.exists() and not self.may_replace(target):
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
            self.workspace.saved.emit(translate("MainWindow", "Report written to {path}").format(path=written))
            if dialogs.confirm(
                self,
                translate("MainWindow", "Report written"),
                translate("MainWindow", "The report was written to {path}. Open it now?").format(path=written),
                translate("MainWindow", "Open"),
            ):
                dialogs.open_external(written)

        progress.run(
            self,
            translate("MainWindow", "Export report"),
            translate("MainWindow", "Writing {name}…").format(name=target.name),
            work,
            done,
            lambda exc: self.show_failure(exc, translate("MainWindow", "Cannot write the report")),
            cancellable=False,
        )

    def may_replace(self: MainWindow, path: Path) -> bool:
        return dialogs.confirm(
            self,
            translate("MainWindow", "Replace the file?"),
            translate("MainWindow", "{path} already exists. Replace it?").format(path=path),
            translate("MainWindow", "Replace"),
        )

    def show_failure(self: MainWindow, exc: BaseException, title: str) -> None:
        errors.show(self, errors.for_user(exc, self.database or ""), title)
