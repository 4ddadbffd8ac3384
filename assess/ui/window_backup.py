"""File > Back up and File > Restore from the main window, for a database file (SQLite).

A backup is a checked copy made while the database is open. Restoring checks the chosen file first and
shows what it holds; once the user agrees, the window closes the database, the service puts the backup's
content in it (keeping the database as it was beside it), and the window opens it again on the same
assessment and item. Neither can stop half way, so their progress dialogs have no Cancel. A database on
a server is backed up with the server's tools (pg_dump); the menu says so.

A mixin of :class:`assess.ui.main_window.MainWindow`, kept apart so that each module has one job.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from assess import backup
from assess.ui import dialogs, formats, progress
from assess.ui.file_places import last_folder, remember_folder, target_path

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow

translate = QCoreApplication.translate
DATABASE_FILES = QT_TRANSLATE_NOOP("MainWindow", "Assess databases (*.sqlite *.db);;All files (*)")


def when(text: str | None) -> str:
    """A time as stored in the audit log, as the window shows it."""
    if not text:
        return translate("MainWindow", "never")
    try:
        return formats.date_time(dt.datetime.fromisoformat(str(text)))
    except ValueError:
        return str(text)


class BackupCommands:
    # --- backups --------------------------------------------------------------------------------------------

    def database_file(self: MainWindow) -> Path | None:
        """The SQLite file of the open database; None (and a message) for a database on a server."""
        store = self.workspace.store if self.workspace.has_store else None
        if store is None or not store.is_sqlite or store.path is None:
            dialogs.info(
                self,
                translate("MainWindow", "Back up"),
                translate(
                    "MainWindow",
                    "Back up and restore work on a database file. Back up a PostgreSQL database with pg_dump.",
                ),
            )
            return None
        return backup.database_file(store.path)

    def back_up(self: MainWindow) -> None:
        database = self.database_file()
        if database is None:
            return
        self.flush()
        stamp = dt.date.today().strftime("%Y-%m-%d")
        folder = last_folder("backups", database.parent)
        suggested = folder / f"{database.stem}-backup-{stamp}.sqlite"
        chosen = dialogs.save_file(
            self,
            translate("MainWindow", "Back up the database"),
            str(suggested),
            translate("MainWindow", DATABASE_FILES),
        )
        if not chosen:
            return
        target = target_path(chosen, folder, "sqlite")
        overwrite = target.exists()
        if overwrite and not self.may_replace(target):
            return

        def done(made: backup.BackupInfo) -> None:
            remember_folder("backups", made.path)
            self.workspace.saved.emit(translate("MainWindow", "Backed up to {path}").format(path=made.path))
            dialogs.info(
                self,
                translate("MainWindow", "Backup made"),
                translate(
                    "MainWindow", "The database was copied to {path}.\n\nAssessments: {count} · Size: {size}"
                ).format(path=made.path, count=formats.number(made.assessments), size=formats.size(made.size)),
            )

        progress.run(
            self,
            translate("MainWindow", "Back up"),
            translate("MainWindow", "Copying the database to {name}…").format(name=target.name),
            lambda _control: backup.make_backup(database, target, overwrite=overwrite),
            done,
            lambda exc: self.show_failure(exc, translate("MainWindow", "Cannot back up")),
            cancellable=False,
        )

    def restore_backup(self: MainWindow) -> None:
        database = self.database_file()
        if database is None:
            return
        chosen = dialogs.open_file(
            self, translate("MainWindow", "Restore from a backup"), translate("MainWindow", DATABASE_FILES)
        )
        if not chosen:
            return
        self.flush()
        source = Path(chosen)
        progress.run(
            self,
            translate("MainWindow", "Restore"),
            translate("MainWindow", "Checking {name}…").format(name=source.name),
            lambda _control: backup.inspect(source),
            lambda found: self._confirm_restore(database, found),
            lambda exc: self.show_failure(exc, translate("MainWindow", "Cannot restore")),
            cancellable=False,
        )

    def _confirm_restore(self: MainWindow, database: Path, found: backup.BackupInfo) -> None:
        text = translate(
            "MainWindow",
            "Replace everything in {database} with the backup {backup}?\n\n"
            "Assessments in the backup: {count} · Newest change: {when} · Size: {size}\n\n"
            "The database as it is now is kept as a copy beside it.",
        ).format(
            database=database,
            backup=found.path,
            count=formats.number(found.assessments),
            when=when(found.newest_change),
            size=formats.size(found.size),
        )
        if not dialogs.confirm(
            self, translate("MainWindow", "Restore from a backup"), text, translate("MainWindow", "Restore")
        ):
            return
        if self.attacher.busy:  # a file is streaming into the database: it must not be closed under it
            dialogs.info(
                self,
                translate("MainWindow", "Restore from a backup"),
                translate("MainWindow", "Wait until the evidence files are attached, then restore again."),
            )
            return
        assessment, item = self.workspace.assessment_id, self.navigator.current_code()
        self.workspace.close()  # the service writes into the file: nothing of ours may hold it open

        def reopen() -> None:
            self.open_database(str(database), remember=not self.demo, open_last=True)
            if assessment is not None and assessment in {a.id for a in self._assessments()}:
                self.open_assessment(assessment)
                if item:
                    self.go_to(item)

        def done(result: backup.RestoreResult) -> None:
            reopen()
            kept = (
                translate("MainWindow", "The database as it was is kept at {path}.").format(path=result.previous)
                if result.previous
                else ""
            )
            self.workspace.saved.emit(
                translate("MainWindow", "Restored the backup {path}").format(path=result.restored.path)
            )
            dialogs.info(
                self,
                translate("MainWindow", "Backup restored"),
                (
                    translate("MainWindow", "The database now holds the backup {path}. Assessments: {count}").format(
                        path=result.restored.path, count=formats.number(result.restored.assessments)
                    )
                    + ("\n\n" + kept if kept else "")
                ),
            )

        def failed(exc: BaseException) -> None:
            reopen()
            self.show_failure(exc, translate("MainWindow", "Cannot restore"))

        progress.run(
            self,
            translate("MainWindow", "Restore"),
            translate("MainWindow", "Restoring {name}…").format(name=found.path.name),
            lambda _control: backup.restore(database, found.path),
            done,
            failed,
            cancellable=False,
        )
