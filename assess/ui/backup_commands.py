"""File > Back up and File > Restore, for a database file (SQLite).

A backup is a checked copy made while the database is open. Restoring checks the chosen file first and
shows what it holds; once the user agrees, the window closes the database, the service puts the backup's
content in it (keeping the database as it was beside it), and the window opens it again on the same
assessment and item. Neither can stop half way, so their progress dialogs have no Cancel. A database on
a server is backed up with the server's tools (pg_dump); the menu says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from assess import backup
from assess.ui import counts, dialogs, errors, formats, progress
from assess.ui.database_commands import DatabaseCommands
from assess.ui.edits import ResponseEdits, saved_or_given_up
from assess.ui.evidence_io import Attacher
from assess.ui.file_places import last_folder, may_replace, remember_folder, target_path
from assess.ui.workspace import Workspace

translate = QCoreApplication.translate
DATABASE_FILES = str(QT_TRANSLATE_NOOP("MainWindow", "Assess databases (*.sqlite *.db);;All files (*)"))


def when(text: str | None) -> str:
    """A time as stored in the audit log, as the window shows it."""
    if not text:
        return translate("MainWindow", "never")
    try:
        return formats.date_time(dt.datetime.fromisoformat(str(text)))
    except ValueError:
        return str(text)


class BackupCommands(QObject):
    showItem = Signal(str)  # the backup is restored: show this item again

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        edits: ResponseEdits,
        databases: DatabaseCommands,
        attacher: Attacher,
        current_item: Callable[[], str | None],
    ) -> None:
        super().__init__(window)
        self.window, self.workspace, self.edits, self.databases = window, workspace, edits, databases
        self.attacher, self.current_item = attacher, current_item

    # --- backups --------------------------------------------------------------------------------------------

    def database_file(self) -> Path | None:
        """The SQLite file of the open database; None (and a message) for a database on a server."""
        store = self.workspace.store if self.workspace.has_store else None
        if store is None or not store.is_sqlite or store.path is None:
            dialogs.info(
                self.window,
                translate("MainWindow", "Back up"),
                translate(
                    "MainWindow",
                    "Back up and restore work on a database file. Back up a PostgreSQL database with pg_dump.",
                ),
            )
            return None
        return backup.database_file(store.path)

    def back_up(self) -> None:
        database = self.database_file()
        if database is None:
            return
        self.edits.save_all()  # the backup holds every edit that could be saved
        stamp = dt.date.today().strftime("%Y-%m-%d")
        folder = last_folder("backups", database.parent)
        suggested = folder / f"{database.stem}-backup-{stamp}.sqlite"
        chosen = dialogs.save_file(
            self.window,
            translate("MainWindow", "Back up the database"),
            str(suggested),
            translate("MainWindow", DATABASE_FILES),
        )
        if not chosen:
            return
        target = target_path(chosen, folder, "sqlite")
        overwrite = target.exists()
        if overwrite and not may_replace(self.window, target):
            return

        def done(made: backup.BackupInfo) -> None:
            remember_folder("backups", made.path)
            self.workspace.say(translate("MainWindow", "Backed up to {path}").format(path=made.path))
            dialogs.info(
                self.window,
                translate("MainWindow", "Backup made"),
                translate("MainWindow", "The database was copied to {path}.").format(path=made.path)
                + "\n\n"
                + formats.listed([counts.assessments(made.assessments), formats.size(made.size)]),
            )

        progress.run(
            self.window,
            translate("MainWindow", "Back up"),
            translate("MainWindow", "Copying the database to {name}…").format(name=target.name),
            lambda _control: backup.make_backup(database, target, overwrite=overwrite),
            done,
            lambda exc: self._show_failure(exc, translate("MainWindow", "Cannot back up")),
            cancellable=False,
        )

    def restore_backup(self) -> None:
        database = self.database_file()
        if database is None:
            return
        chosen = dialogs.open_file(
            self.window, translate("MainWindow", "Restore from a backup"), translate("MainWindow", DATABASE_FILES)
        )
        if not chosen or not saved_or_given_up(self.window, self.edits):
            return
        source = Path(chosen)
        progress.run(
            self.window,
            translate("MainWindow", "Restore"),
            translate("MainWindow", "Checking {name}…").format(name=source.name),
            lambda _control: backup.inspect(source),
            lambda found: self._confirm_restore(database, found),
            lambda exc: self._show_failure(exc, translate("MainWindow", "Cannot restore")),
            cancellable=False,
        )

    def _confirm_restore(self, database: Path, found: backup.BackupInfo) -> None:
        text = translate(
            "MainWindow",
            "Replace everything in {database} with the backup {backup}?\n\n"
            "The backup holds {assessments}, last changed {when} ({size}).\n\n"
            "The database as it is now is kept as a copy beside it.",
        ).format(
            database=database,
            backup=found.path,
            assessments=counts.assessments(found.assessments),
            when=when(found.newest_change),
            size=formats.size(found.size),
        )
        if not dialogs.confirm(
            self.window, translate("MainWindow", "Restore from a backup"), text, translate("MainWindow", "Restore")
        ):
            return
        if self.attacher.busy:  # a file is streaming into the database: it must not be closed under it
            dialogs.info(
                self.window,
                translate("MainWindow", "Restore from a backup"),
                translate("MainWindow", "Wait until the evidence files are attached, then restore again."),
            )
            return
        if not saved_or_given_up(self.window, self.edits):  # typed while the user read the question
            return
        assessment, item = self.workspace.assessment_id, self.current_item()
        self.workspace.close()  # the service writes into the file: nothing of ours may hold it open

        def reopen() -> None:
            self.databases.open_database(str(database), remember=not self.databases.demo, open_last=True)
            if assessment is not None and assessment in {a.id for a in self.databases.assessments()}:
                self.databases.open_assessment(assessment)
                if item:
                    self.showItem.emit(item)

        def done(result: backup.RestoreResult) -> None:
            reopen()
            kept = (
                translate("MainWindow", "The database as it was is kept at {path}.").format(path=result.previous)
                if result.previous
                else ""
            )
            self.workspace.say(translate("MainWindow", "Restored the backup {path}").format(path=result.restored.path))
            dialogs.info(
                self.window,
                translate("MainWindow", "Backup restored"),
                (
                    translate("MainWindow", "The database now holds the backup {path}: {assessments}.").format(
                        path=result.restored.path, assessments=counts.assessments(result.restored.assessments)
                    )
                    + ("\n\n" + kept if kept else "")
                ),
            )

        def failed(exc: BaseException) -> None:
            reopen()
            self._show_failure(exc, translate("MainWindow", "Cannot restore"))

        progress.run(
            self.window,
            translate("MainWindow", "Restore"),
            translate("MainWindow", "Restoring {name}…").format(name=found.path.name),
            lambda _control: backup.restore(database, found.path),
            done,
            failed,
            cancellable=False,
        )

    def _show_failure(self, exc: BaseException, title: str) -> None:
        errors.show(self.window, errors.for_user(exc, self.databases.database or ""), title)
