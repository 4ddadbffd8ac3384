"""File > Send part to an institution.

The form chooses the part (institution and/or pillars) and how it travels: a package (an optional
password, typed twice and never saved, and scrubbing) or a workbook for an institution without Assess
(its language), with a preview of what the file will hold; the file is then written in the background,
with progress (and Cancel for a package), and appears only once complete.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

import framework as fw
from assess import merge
from assess.errors import Cancelled
from assess.ui import counts, dialogs, errors, formats, progress, tasks
from assess.ui.database_commands import DatabaseCommands
from assess.ui.edits import ResponseEdits
from assess.ui.file_places import file_name, last_folder, may_replace, remember_folder, target_path
from assess.ui.send_part_dialog import WORKBOOK, PartChoice, PartPreview, SendPartOptions, SendPartRequest
from assess.ui.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from exports.exchange.workbook_write import WorkbookResult
    from exports.exchange.write import ExportResult

translate = QCoreApplication.translate


class SendPartCommands(QObject):
    def __init__(
        self, window: QWidget, workspace: Workspace, edits: ResponseEdits, databases: DatabaseCommands
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.edits, self.databases = window, workspace, edits, databases

    def send_part(self) -> None:
        info = self.workspace.assessment
        if info is None:
            return
        self.edits.save_all()  # the package holds every edit that could be saved
        from exports.exchange.write import export_package, gather

        store, aid, lang = self.workspace.store, info.id, self.workspace.lang
        framework = self.workspace.framework
        codes = list(dict.fromkeys(state.pillar for state in self.workspace.states.values()))
        pillars = [(code, fw.pick(framework.item(code).title, lang) if framework else code) for code in codes]
        folder = last_folder("packages")
        try:
            received = self.workspace.read(lambda session: merge.received_from(session, aid)) is not None
        except Exception as exc:
            self.workspace.report_failure(exc)
            return

        def preview(choice: PartChoice) -> PartPreview:
            def count(session: Session) -> PartPreview:
                part = gather(session, aid, pillars=choice.pillars, responsible=choice.responsible, scrub=choice.scrub)
                return PartPreview(len(part.codes), part.evidence_count, len(part.files), part.file_bytes)

            return self.workspace.read(count)  # the dialog goes on answering while a server counts

        def suggested(choice: PartChoice) -> str:
            name = choice.responsible or "-".join(choice.pillars) or info.label
            return str(folder / f"{file_name(name)}.assess")

        request = SendPartRequest(
            info.label, list(self.workspace.institutions), pillars, preview, suggested, received, lang
        )
        options = dialogs.send_part(self.window, request)
        if options is None:
            return
        if options.fmt == WORKBOOK:
            self._write_workbook(options, folder)
            return
        target = target_path(options.path, folder, "assess")
        overwrite = target.exists()
        if overwrite and not may_replace(self.window, target):
            return
        choice, password = options.choice, options.password
        del options  # the password lives only as long as the work that needs it

        def work(control: tasks.TaskControl) -> ExportResult:
            return export_package(
                store,
                aid,
                target,
                pillars=choice.pillars,
                responsible=choice.responsible,
                password=password,
                scrub=choice.scrub,
                overwrite=overwrite,
                progress=control.progress,
                cancelled=control.cancelled,
            )

        def done(result: ExportResult) -> None:
            remember_folder("packages", result.path)
            self.workspace.say(translate("MainWindow", "Package written to {path}").format(path=result.path))
            notes = [
                translate("MainWindow", "Protected by the password you typed (it was not saved: keep it safe).")
                if result.encrypted
                else translate("MainWindow", "Not protected by a password."),
            ]
            if result.scrubbed:
                notes.append(translate("MainWindow", "Scrubbed: no sensitive evidence, no names of people."))
            elif result.sensitive_left_out:
                notes.append(
                    translate(
                        "MainWindow",
                        "Left out {count} sensitive evidence: sensitive evidence leaves only in a package protected "
                        "by a password.",
                    ).format(count=formats.number(result.sensitive_left_out))
                )
            dialogs.info(
                self.window,
                translate("MainWindow", "Package written"),
                translate("MainWindow", "{path}\n\nFor: {institution}\n{contents}").format(
                    path=result.path,
                    institution=result.institution or translate("MainWindow", "(no institution named)"),
                    contents=formats.listed(
                        [counts.items(result.items), counts.evidence(result.evidence), formats.size(result.size)]
                    ),
                )
                + "\n\n"
                + "\n".join(notes),
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.workspace.say(translate("MainWindow", "Cancelled: no package was written."))
            else:
                shown = errors.for_user(exc, self.databases.database or "")
                errors.show(self.window, shown, translate("MainWindow", "Cannot write the package"))

        progress.run(
            self.window,
            translate("MainWindow", "Send part to an institution"),
            translate("MainWindow", "Writing {name}…").format(name=target.name),
            work,
            done,
            failed,
            cancellable=True,
        )

    def _write_workbook(self, options: SendPartOptions, folder: Path) -> None:
        from exports.exchange.workbook_write import export_workbook

        info = self.workspace.assessment
        assert info is not None
        store, aid = self.workspace.store, info.id
        target = target_path(options.path, folder, "xlsx")
        overwrite = target.exists()
        if overwrite and not may_replace(self.window, target):
            return
        choice = options.choice

        def work(control: tasks.TaskControl) -> WorkbookResult:
            return export_workbook(
                store,
                aid,
                target,
                pillars=choice.pillars,
                responsible=choice.responsible,
                lang=options.lang,
                overwrite=overwrite,
            )

        def done(result: WorkbookResult) -> None:
            remember_folder("packages", result.path)
            self.workspace.say(translate("MainWindow", "Workbook written to {path}").format(path=result.path))
            dialogs.info(
                self.window,
                translate("MainWindow", "Workbook written"),
                translate(
                    "MainWindow",
                    "{path}\n\nFor: {institution}\nItems: {items} · Evidence listed: {evidence} · Size: {size}\n\n"
                    "Send it to the institution: they fill it in with Excel or LibreOffice Calc and send it back. "
                    "Merge what comes back with File > Import contribution.",
                ).format(
                    path=result.path,
                    institution=result.institution or translate("MainWindow", "(no institution named)"),
                    items=formats.number(result.items),
                    evidence=formats.number(result.evidence),
                    size=formats.size(result.size),
                ),
            )

        def failed(exc: BaseException) -> None:
            shown = errors.for_user(exc, self.databases.database or "")
            errors.show(self.window, shown, translate("MainWindow", "Cannot write the workbook"))

        progress.run(
            self.window,
            translate("MainWindow", "Send part to an institution"),
            translate("MainWindow", "Writing {name}…").format(name=target.name),
            work,
            done,
            failed,
            cancellable=False,
        )
