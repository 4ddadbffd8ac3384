"""Which database the window works in, and in it which assessment: File > Open a database, Open shared
database, Open recent, the demo.

Before the window leaves a database or an assessment, every edit is saved (or the user agrees to lose
one that cannot be). Connecting to a server can take seconds, so a shared database is opened in the
background behind a busy bar; a failure is one message and the database open before stays open. Once
open, a store is used exactly as one opened from a file. The recent-databases list keeps a server's URL
without its password. Throwaway copies of the demo opened here are deleted when the window closes.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.engine import URL, make_url

from assess.assessments import AssessmentInfo
from assess.paths import default_database
from assess.ui import dialogs, errors, progress, settings
from assess.ui.edits import ResponseEdits, saved_or_given_up
from assess.ui.workspace import Workspace
from db import Store, StoreError, open_store

translate = QCoreApplication.translate


def remembered_name(store: Store) -> str:
    """How the window names and remembers ``store``: its file, or its URL without a password."""
    if store.is_sqlite:
        return store.label
    url = store.url
    query = {key: value for key, value in url.query.items() if key.lower() != "password"}
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, query)
    return bare.render_as_string(hide_password=False)


def server_name(url: str) -> str:
    try:
        parsed = make_url(url)
    except Exception:
        return url
    return f"{parsed.host or ''}/{parsed.database or ''}"


def remove_demo_copy(path: str) -> None:
    """Delete a throwaway demo copy (the folder ``assess demo`` made for it in the temporary directory)."""
    folder = Path(path).parent
    temporary = Path(tempfile.gettempdir()).resolve()
    if folder.name.startswith("assess-demo-") and folder.resolve().parent == temporary:
        shutil.rmtree(folder, ignore_errors=True)


class DatabaseCommands(QObject):
    changed = Signal()  # another database is open (or the one asked for could not be): the window shows it
    showItem = Signal(str)  # an assessment was opened: show this item of it

    def __init__(self, window: QWidget, workspace: Workspace, edits: ResponseEdits) -> None:
        super().__init__(window)
        self.window, self.workspace, self.edits = window, workspace, edits
        self.database: str | None = None  # as the window names and remembers it
        self.demo_copies: set[str] = set()  # throwaway demo databases opened in this window

    @property
    def demo(self) -> bool:
        """Whether the open database is a throwaway copy of the demo."""
        return self.database is not None and self.database in self.demo_copies

    def assessments(self) -> list[AssessmentInfo]:
        """The assessments of the open database (none, and a message, when it cannot be read)."""
        if not self.workspace.has_store:
            return []
        try:
            return self.workspace.list_assessments()
        except StoreError as exc:  # said at the top of the window (ServerState): no message box at every refresh
            self.workspace.say(errors.text_of(exc))
            return []
        except Exception as exc:
            self.workspace.report_failure(exc)
            return []

    # --- opening --------------------------------------------------------------------------------------------

    def open_database(self, path: str, *, remember: bool = True, open_last: bool = True) -> bool:
        """Open the database at ``path`` and in it the last (or newest draft) assessment."""
        if not saved_or_given_up(self.window, self.edits):
            return False
        try:
            store = self.workspace.reads.wait_for(lambda: open_store(path))  # a server may take seconds to answer
        except Exception as exc:
            errors.show(self.window, exc, translate("MainWindow", "Cannot open the database"))
            self.changed.emit()
            return False
        self.use_opened_store(store, remember=remember, open_last=open_last)
        return True

    def use_opened_store(self, store: Store, *, remember: bool = True, open_last: bool = True) -> None:
        """Work in ``store`` (opened already) and in it the last (or newest draft) assessment."""
        self.workspace.use_store(store)
        self.database = name = remembered_name(store)
        if remember:
            settings.remember_database(name)
        assessments = self.assessments()
        chosen = settings.last_assessment(name) if remember else None
        if chosen not in {a.id for a in assessments}:
            drafts = [a for a in assessments if a.status == "draft"]
            chosen = max((a.id for a in drafts or assessments), default=None) if open_last else None
        if chosen is not None:
            self.open_assessment(chosen)
        self.changed.emit()

    def open_assessment(self, assessment_id: int | None) -> bool:
        if assessment_id is None or not self.workspace.has_store:
            return False
        if not saved_or_given_up(self.window, self.edits):
            return False
        try:
            self.workspace.open(int(assessment_id))
        except Exception as exc:
            errors.show(self.window, exc, translate("MainWindow", "Cannot open the assessment"))
            return False
        if not self.demo and self.database:
            settings.remember_assessment(self.database, int(assessment_id))
        first = next(iter(self.workspace.states), None)
        if first:
            self.showItem.emit(first)
        return True

    def ensure_store(self) -> bool:
        return self.workspace.has_store or self.open_database(str(default_database()), open_last=False)

    def choose_database(self) -> None:
        path = dialogs.open_database(self.window)
        if path:
            self.open_database(path)

    def open_demo(self) -> None:
        try:
            from assess import demo

            path = demo.open_demo_copy()
        except Exception as exc:
            errors.show(self.window, exc, translate("MainWindow", "Cannot open the demo"))
            return
        self.open_demo_copy(str(path))

    def open_demo_copy(self, path: str) -> bool:
        """Open a throwaway demo copy: not remembered, deleted when the window closes."""
        self.demo_copies.add(str(Path(path).resolve()))
        return self.open_database(path, remember=False)

    def open_shared_database(self) -> None:
        url = dialogs.shared_database(self.window)
        if not url or not saved_or_given_up(self.window, self.edits):
            return

        def work(_control: object) -> Store:
            return open_store(url)

        progress.run(
            self.window,
            translate("MainWindow", "Open shared database"),
            translate("MainWindow", "Connecting to {server}…").format(server=server_name(url)),
            work,
            self.use_opened_store,
            lambda exc: errors.show(self.window, exc, translate("MainWindow", "Cannot open the shared database")),
            cancellable=False,
        )

    def hand_over_demo(self) -> set[str]:
        """The throwaway demo copies, which another window now looks after (this one will not delete them)."""
        copies, self.demo_copies = self.demo_copies, set()
        return copies

    def close(self) -> None:
        """The window closes: the database is closed and the throwaway demo copies deleted."""
        self.workspace.close()
        for copy in self.demo_copies:
            remove_demo_copy(copy)
