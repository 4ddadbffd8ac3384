"""What the window does with assessments: create one (or a new round from a previous one, or a new
database with a first assessment in it) and rename it. Renames are writes in the window's queue, and undoable;
approving as final and going back to draft are in :mod:`assess.ui.judgement_commands`.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from assess import assessments
from assess.assessments import AssessmentInfo
from assess.ui import dialogs
from assess.ui.database_commands import DatabaseCommands
from assess.ui.edits import ResponseEdits
from assess.ui.new_assessment_dialog import NewAssessment, NewAssessmentRequest
from assess.ui.undo import AssessmentEdit, History
from assess.ui.workspace import Workspace, check_can_edit
from assess.ui.writes import Write

translate = QCoreApplication.translate


class AssessmentCommands(QObject):
    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        edits: ResponseEdits,
        history: History,
        databases: DatabaseCommands,
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.edits, self.history = window, workspace, edits, history
        self.databases = databases

    # --- new assessments ------------------------------------------------------------------------------------

    def new_assessment(self, previous_id: int | None = None) -> None:
        """The form, then the assessment created and opened; refused at once, saying why, when the open
        database may only be read (the welcome page offers the button all the same)."""
        ws = self.workspace
        reason = ws.read_only_reason if ws.has_store else None
        if reason:
            dialogs.error(self.window, translate("MainWindow", "Read-only database"), reason)
            return
        if not self.databases.ensure_store():
            return
        try:
            request = NewAssessmentRequest(ws.list_frameworks(), self.databases.assessments(), previous_id)
        except Exception as exc:
            ws.report_failure(exc)
            return
        answer = dialogs.new_assessment(self.window, request)
        if answer is not None:
            ws.writes.submit(partial(self._create, answer))

    def _create(self, answer: NewAssessment) -> Write[AssessmentInfo]:
        store = self.workspace.store

        def work() -> AssessmentInfo:
            check_can_edit(store)
            with store.session() as session:
                if answer.previous_id is not None:  # a new round takes the framework of the round before
                    return assessments.create(
                        session,
                        country=answer.country,
                        title=answer.title,
                        period=answer.period,
                        previous_id=answer.previous_id,
                    )
                return assessments.create(
                    session,
                    country=answer.country,
                    title=answer.title,
                    period=answer.period,
                    framework_key=answer.framework_key,
                    framework_version=answer.framework_version,
                )

        return Write(work, self._created, self.workspace.report_failure)

    def _created(self, info: AssessmentInfo) -> None:
        if self.databases.open_assessment(info.id):
            self.workspace.say(translate("Workspace", "Created {label}").format(label=info.label))

    def new_round(self) -> None:
        if self.workspace.assessment is not None:
            self.new_assessment(self.workspace.assessment.id)

    def new_database(self) -> None:
        """File > New database: a new file, and a first assessment in it."""
        path = dialogs.new_database(self.window)
        if path and not Path(path).exists():
            if self.databases.open_database(path):
                self.new_assessment()
        elif path:
            dialogs.error(
                self.window,
                translate("MainWindow", "New database"),
                translate("MainWindow", "{path} already exists; open it with File > Open a database.").format(
                    path=path
                ),
            )

    # --- changing the open assessment -----------------------------------------------------------------------

    def rename(self) -> None:
        info = self.workspace.assessment
        if info is None or self.workspace.read_only:
            return
        answer = dialogs.rename_assessment(self.window, info)
        if answer is None:
            return
        old = {"country": info.country, "title": info.title, "period": info.period}
        new = {"country": answer.country, "title": answer.title, "period": answer.period}
        self._change(
            old,
            new,
            translate("Workspace", "Rename the assessment"),
            lambda renamed: translate("Workspace", "Saved: the assessment is now called {label}").format(
                label=renamed.label
            ),
        )

    def _change(
        self, old: dict[str, str], new: dict[str, str], text: str, said: Callable[[AssessmentInfo], str]
    ) -> None:
        ws = self.workspace

        def prepare() -> Write[AssessmentInfo] | None:
            if ws.assessment is None:
                return None
            return Write(ws.assessment_work(new), partial(self._changed, old, new, text, said), ws.report_failure)

        ws.writes.submit(prepare)

    def _changed(
        self,
        old: dict[str, str],
        new: dict[str, str],
        text: str,
        said: Callable[[AssessmentInfo], str],
        info: AssessmentInfo,
    ) -> None:
        self.workspace.set_assessment(info)
        self.history.push(AssessmentEdit(self.workspace, old, new, text))
        self.workspace.say(said(info))
