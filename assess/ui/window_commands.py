"""What the main window does with databases and assessments: open, create, start a new round,
rename, mark final and reopen (each asking first where the user may regret it).

A mixin of :class:`assess.ui.main_window.MainWindow`, kept apart so that each module has one job.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from assess.paths import default_database
from assess.ui import dialogs, errors, settings
from assess.ui.new_assessment_dialog import NewAssessmentRequest
from db import open_store

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow


class WindowCommands:
    # --- opening --------------------------------------------------------------------------------------------

    def flush(self: MainWindow) -> bool:
        return self.item_page.editor.flush()

    def open_database(self: MainWindow, path: str, remember: bool = True, open_last: bool = True) -> bool:
        """Open the database at ``path`` and in it the last (or newest draft) assessment."""
        self.flush()
        try:
            store = open_store(path)
        except Exception as exc:
            errors.show(self, exc, QCoreApplication.translate("MainWindow", "Cannot open the database"))
            self._refresh()
            return False
        self.use_opened_store(store, remember=remember, open_last=open_last)
        return True

    def open_assessment(self: MainWindow, assessment_id: int | None) -> bool:
        if assessment_id is None or not self.workspace.has_store:
            return False
        self.flush()
        try:
            self.workspace.open(int(assessment_id))
        except Exception as exc:
            errors.show(self, exc, QCoreApplication.translate("MainWindow", "Cannot open the assessment"))
            return False
        if not self.demo and self.database:
            settings.remember_assessment(self.database, int(assessment_id))
        first = next(iter(self.workspace.states), None)
        if first:
            self.navigator.select(first)
        self.tabs.setCurrentWidget(self.item_page)
        return True

    def ensure_store(self: MainWindow) -> bool:
        return self.workspace.has_store or self.open_database(str(default_database()), open_last=False)

    def choose_database(self: MainWindow) -> None:
        path = dialogs.open_database(self)
        if path:
            self.open_database(path, open_last=True)

    def choose_new_database(self: MainWindow) -> None:
        path = dialogs.new_database(self)
        if path and not Path(path).exists():
            if self.open_database(path):
                self.new_assessment()
        elif path:
            dialogs.error(
                self,
                QCoreApplication.translate("MainWindow", "New database"),
                QCoreApplication.translate(
                    "MainWindow", "{path} already exists; open it with File > Open a database."
                ).format(path=path),
            )

    def open_demo(self: MainWindow) -> None:
        try:
            from assess import demo

            path = demo.open_demo_copy()
        except Exception as exc:
            errors.show(self, exc, QCoreApplication.translate("MainWindow", "Cannot open the demo"))
            return
        self.open_demo_copy(str(path))

    def open_demo_copy(self: MainWindow, path: str) -> bool:
        """Open a throwaway demo copy: not remembered, deleted when the window closes."""
        self.demo_copies.add(str(Path(path).resolve()))
        return self.open_database(path, remember=False)

    # --- commands on the assessment -------------------------------------------------------------------------

    def new_assessment(self: MainWindow, previous_id: int | None = None) -> None:
        if not self.ensure_store():
            return
        self.flush()
        try:
            request = NewAssessmentRequest(self.workspace.list_frameworks(), self._assessments(), previous_id)
        except Exception as exc:
            self.workspace.fail(exc)
            return
        answer = dialogs.new_assessment(self, request)
        if answer is not None and self.workspace.create(**answer.fields()) is not None:  # type: ignore[attr-defined]
            self.open_assessment(self.workspace.assessment_id)

    def new_round(self: MainWindow) -> None:
        if self.workspace.assessment is not None:
            self.new_assessment(self.workspace.assessment.id)

    def rename_assessment(self: MainWindow) -> None:
        info = self.workspace.assessment
        if info is None or self.workspace.read_only:
            return
        self.flush()
        answer = dialogs.rename_assessment(self, info)
        if answer is not None:
            self.workspace.rename(answer.country, answer.title, answer.period)  # type: ignore[attr-defined]

    def mark_final(self: MainWindow) -> None:
        info = self.workspace.assessment
        if info is None or info.status == "final" or not self.flush():
            return
        text = QCoreApplication.translate(
            "MainWindow",
            "Mark {label} final? A final assessment is read-only: nobody can change its scores, notes or "
            "evidence until it is reopened as a draft.",
        ).format(label=info.label)
        if dialogs.confirm(
            self,
            QCoreApplication.translate("MainWindow", "Mark final"),
            text,
            QCoreApplication.translate("MainWindow", "Mark final"),
        ):
            self.workspace.set_status("final")

    def reopen(self: MainWindow) -> None:
        info = self.workspace.assessment
        if info is None or info.status != "final":
            return
        text = QCoreApplication.translate(
            "MainWindow",
            "Reopen {label} as a draft? Its scores, notes and evidence can then be changed again; "
            "every change is recorded in the history.",
        ).format(label=info.label)
        if dialogs.confirm(
            self,
            QCoreApplication.translate("MainWindow", "Reopen as draft"),
            text,
            QCoreApplication.translate("MainWindow", "Reopen"),
        ):
            self.workspace.set_status("draft")

    def undo(self: MainWindow) -> None:
        self.workspace.undo()

    def redo(self: MainWindow) -> None:
        self.workspace.redo()
