"""File > Import contribution: a package or a workbook opened, then imported as new (a package) or merged.

The file is opened and checked in the background (asking for a package's password when it has one, again
after a wrong one; Cancel stops the check). Then a package is either imported as a new assessment or merged
into the open one, and a workbook is merged into the open one (the one it was sent from): the plan is shown with its conflicts side by side (:mod:`assess.ui.merge_dialog`),
the user settles each, and the merge runs in one transaction in the background. The window then reads
the assessment again. A merge is not undoable with Edit > Undo: reading the assessment again clears the
undo history, and the status bar says so; the history of each item records every merged change with
where it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from assess import assessments, merge
from assess.errors import Cancelled
from assess.ui import counts, dialogs, errors, formats, progress, tasks
from assess.ui.database_commands import DatabaseCommands
from assess.ui.edits import ResponseEdits
from assess.ui.import_dialog import NEW, ImportSummary
from assess.ui.workspace import Workspace

if TYPE_CHECKING:
    from exports.exchange.opening import Opened as Package

translate = QCoreApplication.translate
PACKAGE_FILES = str(
    QT_TRANSLATE_NOOP(
        "MainWindow",
        "Contributions (*.assess *.xlsx);;Assess packages (*.assess);;Workbooks (*.xlsx);;All files (*)",
    )
)


class ImportCommands(QObject):
    showItem = Signal(str)  # the assessment was read again after a merge: show this item

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        edits: ResponseEdits,
        databases: DatabaseCommands,
        current_item: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.edits, self.databases = window, workspace, edits, databases
        self.current_item = current_item

    # --- opening a contribution -----------------------------------------------------------------------------

    def import_contribution(self) -> None:
        if not self.databases.ensure_store():
            return
        self.edits.save_all()  # a merge compares with every edit that could be saved
        chosen = dialogs.open_file(
            self.window, translate("MainWindow", "Import contribution"), translate("MainWindow", PACKAGE_FILES)
        )
        if chosen:
            self.open_contribution(Path(chosen))

    def open_contribution(self, path: Path, password: str | None = None) -> None:
        """Open and check the package or workbook in the background; ask for a package's password as often as it is
        wrong."""
        from exports.exchange.opening import open_contribution
        from exports.exchange.spec import PasswordNeeded, WrongPassword

        store = self.workspace.store

        def work(control: tasks.TaskControl) -> Package:
            def report(done: int, total: int) -> None:
                if control.cancelled():
                    raise Cancelled("Opening the package was cancelled; nothing was imported.")
                control.progress(done, total)

            return open_contribution(path, store, password, progress=report)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, PasswordNeeded | WrongPassword):
                again = dialogs.password(self.window, path.name, wrong=isinstance(exc, WrongPassword))
                if again is not None:
                    self.open_contribution(path, again)
            elif isinstance(exc, Cancelled):
                self.workspace.say(translate("MainWindow", "Cancelled: nothing was imported."))
            else:
                self._show_failure(exc, self._cannot_import(path))

        progress.run(
            self.window,
            translate("MainWindow", "Import contribution"),
            translate("MainWindow", "Checking {name}…").format(name=path.name),
            work,
            self._contribution_opened,
            failed,
            cancellable=True,
        )

    def _cannot_import(self, path: Path) -> str:
        from exports.exchange.opening import is_workbook

        if is_workbook(path):
            return translate("MainWindow", "Cannot import the workbook")
        return translate("MainWindow", "Cannot import the package")

    def _contribution_opened(self, package: Package) -> None:
        try:
            contribution = package.contribution
            workbook = contribution.medium is merge.Medium.WORKBOOK
            refused = self._merge_refused(contribution)
            if workbook and refused:
                package.close()
                dialogs.error(
                    self.window,
                    translate("MainWindow", "Cannot import the workbook"),
                    translate(
                        "MainWindow",
                        "A workbook is merged into the assessment it was sent from, and cannot become a new "
                        "assessment. {reason}",
                    ).format(reason=refused),
                )
                return
            summary = ImportSummary(
                file=package.path.name,
                assessment=contribution.identity.label,
                institution=contribution.institution,
                created_by=contribution.created_by,
                items=len(contribution.items),
                evidence=sum(len(item.evidence) for item in contribution.items),
                scrubbed=contribution.scrubbed,
                encrypted=package.encrypted,
                current=self.workspace.assessment.label if self.workspace.assessment else None,
                merge_refused=refused,
                workbook=workbook,
            )
        except Exception as exc:
            package.close()
            self._show_failure(exc, self._cannot_import(package.path))
            return
        try:
            choice = dialogs.import_choice(self.window, summary)
        except BaseException:
            package.close()
            raise
        if choice is None:
            package.close()
        elif choice == NEW:
            self._import_new(package)
        else:
            self.merge_contribution(package)

    def _merge_refused(self, contribution: merge.Contribution) -> str:
        """Why the package cannot be merged into the open assessment ("" when it can)."""
        info = self.workspace.assessment
        if info is None:
            return translate("MainWindow", "No assessment is open: open the one the part was sent from to merge.")
        if info.status == "final":
            return translate("MainWindow", "{label} is final: reopen it as a draft to merge into it.").format(
                label=info.label
            )
        mine = self.workspace.read(lambda session: merge.target_identity(session, assessments.get(session, info.id)))
        theirs = contribution.identity
        same_framework = (mine.framework_key, mine.framework_version) == (
            theirs.framework_key,
            theirs.framework_version,
        )
        if contribution.medium is merge.Medium.WORKBOOK and not (same_framework and mine.same_assessment(theirs)):
            return translate(
                "MainWindow", "The workbook was sent from another assessment ({label}): open that one to merge it."
            ).format(label=theirs.label)
        if not same_framework or not mine.same_assessment(theirs):
            return translate(
                "MainWindow", "The package was made from another assessment ({label}): import it as a new one."
            ).format(label=theirs.label)
        return ""

    # --- importing as a new assessment ----------------------------------------------------------------------

    def _import_new(self, package: Package) -> None:
        store, contribution = self.workspace.store, package.contribution

        def work(control: tasks.TaskControl) -> assessments.AssessmentInfo:
            with store.session() as session:
                return merge.import_new(session, contribution, progress=control.progress, cancelled=control.cancelled)

        def done(created: assessments.AssessmentInfo) -> None:
            package.close()
            self.databases.open_assessment(created.id)
            self.workspace.say(
                translate("MainWindow", "Imported {file} as a new assessment: {label}").format(
                    file=package.path.name, label=created.label
                )
            )

        def failed(exc: BaseException) -> None:
            package.close()
            if isinstance(exc, Cancelled):
                self.workspace.say(translate("MainWindow", "Cancelled: nothing was imported."))
            else:
                self._show_failure(exc, translate("MainWindow", "Cannot import the package"))

        progress.run(
            self.window,
            translate("MainWindow", "Import contribution"),
            translate("MainWindow", "Importing {name} as a new assessment…").format(name=package.path.name),
            work,
            done,
            failed,
            cancellable=True,
        )

    # --- merging into the open assessment -------------------------------------------------------------------

    def merge_contribution(self, package: Package) -> None:
        """Show the plan of the merge, let the user settle the conflicts, then merge in the background."""
        info, store, contribution = self.workspace.assessment, self.workspace.store, package.contribution
        if info is None:
            package.close()
            return
        try:
            plan = self.workspace.read(lambda session: merge.plan_merge(session, info.id, contribution))
        except Exception as exc:
            package.close()
            self._show_failure(exc, self._cannot_merge(package))
            return
        if plan.empty:
            package.close()
            dialogs.info(
                self.window,
                translate("MainWindow", "Nothing to merge"),
                translate("MainWindow", "{file} brings nothing new for {label} ({kept}). Nothing was changed.").format(
                    file=package.path.name, label=info.label, kept=counts.later_changes_kept(len(plan.kept))
                ),
            )
            return
        title = translate("MainWindow", "Merging {file} ({origin}) into {label}").format(
            file=package.path.name, origin=plan.origin, label=info.label
        )
        choices = dialogs.merge_choices(self.window, plan, title)
        if choices is None:
            package.close()
            self.workspace.say(translate("MainWindow", "Merge cancelled: nothing was changed."))
            return
        item = self.current_item()

        def work(control: tasks.TaskControl) -> merge.MergeResult:
            with store.session() as session:
                return merge.apply_merge(
                    session,
                    plan,
                    contribution,
                    choices,
                    progress=control.progress,
                    cancelled=control.cancelled,
                )

        def done(result: merge.MergeResult) -> None:
            package.close()
            self._reread(info.id, item)
            self.workspace.say(
                translate(
                    "MainWindow",
                    "Merged {file}. Edit > Undo cannot take a merge back: the undo history was cleared.",
                ).format(file=package.path.name)
            )
            dialogs.info(
                self.window,
                translate("MainWindow", "Contribution merged"),
                "\n".join(
                    [
                        translate("MainWindow", "Merged {file} into {label}.").format(
                            file=package.path.name, label=info.label
                        ),
                        "",
                        self.tr("%Ln change(s) taken from the contribution", "", len(plan.taken)),
                        self.tr("%Ln conflict(s) settled for the received version", "", result.conflicts_theirs),
                        self.tr("%Ln conflict(s) settled for your own version", "", result.conflicts_mine),
                        counts.later_changes_kept(len(plan.kept)),
                        self.tr("%Ln piece(s) of evidence added", "", result.evidence_added),
                        formats.labelled(
                            translate("MainWindow", "Items changed"), formats.listed(result.items_changed) or "–"
                        ),
                        "",
                        translate(
                            "MainWindow", "The history of each item records these changes with the origin: {origin}."
                        ).format(origin=result.origin),
                    ]
                ),
            )

        def failed(exc: BaseException) -> None:
            package.close()
            if isinstance(exc, Cancelled):
                self.workspace.say(translate("MainWindow", "Merge cancelled: nothing was changed."))
            else:
                self._show_failure(exc, self._cannot_merge(package))

        progress.run(
            self.window,
            translate("MainWindow", "Merge contribution"),
            translate("MainWindow", "Merging {name}…").format(name=package.path.name),
            work,
            done,
            failed,
            cancellable=True,
        )

    def _cannot_merge(self, package: Package) -> str:
        if package.contribution.medium is merge.Medium.WORKBOOK:
            return translate("MainWindow", "Cannot merge the workbook")
        return translate("MainWindow", "Cannot merge the package")

    def _reread(self, assessment_id: int, item: str | None) -> None:
        """Read the assessment again after a change made outside the window's edits (this clears Undo)."""
        try:
            self.workspace.open(assessment_id)
        except Exception as exc:
            self.workspace.report_failure(exc)
            return
        shown = item if item and item in self.workspace.states else next(iter(self.workspace.states), None)
        if shown:
            self.showItem.emit(shown)

    def _show_failure(self, exc: BaseException, title: str) -> None:
        errors.show(self.window, errors.for_user(exc, self.databases.database or ""), title)
