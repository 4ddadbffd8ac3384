"""File > Send part to an institution, from the main window.

The form chooses the part (institution and/or pillars), an optional password (typed twice, never
saved) and scrubbing, with a preview of what the package will hold; the package is then written in
the background, with progress and Cancel, and appears only once complete.

A mixin of :class:`assess.ui.main_window.MainWindow`, kept apart so that each module has one job; it
brings File > Import contribution with it (:mod:`assess.ui.window_import`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

import framework as fw
from assess import merge
from assess.errors import Cancelled
from assess.ui import dialogs, formats, progress, tasks
from assess.ui.file_places import file_name, last_folder, remember_folder, target_path
from assess.ui.send_part_dialog import PartChoice, PartPreview, SendPartOptions, SendPartRequest
from assess.ui.window_import import ImportCommands

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow
    from exports.exchange.write import ExportResult

translate = QCoreApplication.translate


class ExchangeCommands(ImportCommands):
    # --- sending a part -------------------------------------------------------------------------------------

    def send_part(self: MainWindow) -> None:
        info = self.workspace.assessment
        if info is None:
            return
        self.flush()
        from exports.exchange.write import export_package, gather

        store, aid, lang = self.workspace.store, info.id, self.workspace.lang
        framework = self.workspace.framework
        codes = list(dict.fromkeys(state.pillar for state in self.workspace.states.values()))
        pillars = [(code, fw.pick(framework.item(code).title, lang) if framework else code) for code in codes]
        folder = last_folder("packages")
        try:
            with self.workspace.session() as session:
                received = merge.received_from(session, aid) is not None
        except Exception as exc:
            self.workspace.fail(exc)
            return

        def preview(choice: PartChoice) -> PartPreview:
            with store.session() as session:
                part = gather(session, aid, pillars=choice.pillars, responsible=choice.responsible, scrub=choice.scrub)
            return PartPreview(len(part.codes), part.evidence_count, len(part.files), part.file_bytes)

        def suggested(choice: PartChoice) -> str:
            name = choice.responsible or "-".join(choice.pillars) or info.label
            return str(folder / f"{file_name(name)}.assess")

        request = SendPartRequest(info.label, list(self.workspace.institutions), pillars, preview, suggested, received)
        options: SendPartOptions | None = dialogs.send_part(self, request)  # type: ignore[assignment]
        if options is None:
            return
        target = target_path(options.path, folder, "assess")
        overwrite = target.exists()
        if overwrite and not self.may_replace(target):
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
            self.workspace.saved.emit(translate("MainWindow", "Package written to {path}").format(path=result.path))
            notes = [
                translate("MainWindow", "Protected by the password you typed (it was not saved: keep it safe).")
                if result.encrypted
                else translate("MainWindow", "Not protected by a password."),
            ]
            if result.scrubbed:
                notes.append(translate("MainWindow", "Scrubbed: no sensitive evidence, no names of people."))
            dialogs.info(
                self,
                translate("MainWindow", "Package written"),
                translate(
                    "MainWindow", "{path}\n\nFor: {institution}\nItems: {items} · Evidence: {evidence} · Size: {size}"
                ).format(
                    path=result.path,
                    institution=result.institution or translate("MainWindow", "(no institution named)"),
                    items=formats.number(result.items),
                    evidence=formats.number(result.evidence),
                    size=formats.size(result.size),
                )
                + "\n\n"
                + "\n".join(notes),
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.workspace.saved.emit(translate("MainWindow", "Cancelled: no package was written."))
            else:
                self.show_failure(exc, translate("MainWindow", "Cannot write the package"))

        progress.run(
            self,
            translate("MainWindow", "Send part to an institution"),
            translate("MainWindow", "Writing {name}…").format(name=target.name),
            work,
            done,
            failed,
            cancellable=True,
        )
