"""File > Open shared database, and what the window shows for a database the user may only read.

Connecting to a server can take seconds, so the store is opened in the background behind a busy bar;
a failure is one message and the database open before stays open. Once open, the store is used exactly
as File > Open a database uses a file. The recent-databases list keeps the URL without its password.

A viewer on a shared database (``store.can_edit`` false) sees every editing control disabled, as for a
final assessment (:attr:`assess.ui.workspace.Workspace.read_only` is the one source of truth), with
``store.read_only_reason`` in the line above the item.

A mixin of :class:`assess.ui.main_window.MainWindow`, kept apart so that each module has one job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from sqlalchemy.engine import URL, make_url

from assess.ui import dialogs, errors, progress, settings
from db import Store, open_store

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow

translate = QCoreApplication.translate


def remembered_name(store: Store) -> str:
    """How the window names and remembers ``store``: its file, or its URL without a password."""
    if store.is_sqlite:
        return store.label
    url = store.url
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)


def server_name(url: str) -> str:
    try:
        parsed = make_url(url)
    except Exception:
        return url
    return f"{parsed.host or ''}/{parsed.database or ''}"


class SharedCommands:
    def open_shared_database(self: MainWindow) -> None:
        url = dialogs.shared_database(self)
        if not url:
            return
        self.flush()

        def work(_control: object) -> Store:
            return open_store(url)

        progress.run(
            self,
            translate("MainWindow", "Open shared database"),
            translate("MainWindow", "Connecting to {server}…").format(server=server_name(url)),
            work,
            self.use_opened_store,
            lambda exc: errors.show(self, exc, translate("MainWindow", "Cannot open the shared database")),
            cancellable=False,
        )

    def use_opened_store(self: MainWindow, store: Store, remember: bool = True, open_last: bool = True) -> None:
        """Work in ``store`` (opened already) and in it the last (or newest draft) assessment."""
        self.workspace.use_store(store)
        self.database = remembered_name(store)
        if remember:
            settings.remember_database(self.database)
        assessments = self._assessments()
        chosen = settings.last_assessment(self.database) if remember else None
        if chosen not in {a.id for a in assessments}:
            drafts = [a for a in assessments if a.status == "draft"]
            chosen = max((a.id for a in drafts or assessments), default=None) if open_last else None
        if chosen is not None:
            self.open_assessment(chosen)
        self._refresh()

    def new_assessment(self: MainWindow, previous_id: int | None = None) -> None:
        """Refuse at once, saying why, when the open database may only be read (the welcome page's button)."""
        reason = self.workspace.read_only_reason if self.workspace.has_store else None
        if reason:
            dialogs.error(self, translate("MainWindow", "Read-only database"), reason)
            return
        super().new_assessment(previous_id)  # type: ignore[misc]

    def show_read_only_reason(self: MainWindow) -> None:
        """The line above the item says why nothing can be changed when the database is read-only."""
        reason = self.workspace.read_only_reason if self.workspace.has_store else None
        if reason:
            self.item_page.banner.setText(reason)
            self.item_page.banner.setVisible(True)
            self.item_page.setAcceptDrops(False)
