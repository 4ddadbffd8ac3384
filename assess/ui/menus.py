"""The window's actions, menus and keyboard shortcuts, and when each is available."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from assess.ui.languages import LANGUAGES

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None
MNEMONICS = {"es": "E&spañol"}  # the others take their first letter


class Actions:
    """Every action of the main window, by name (tests trigger them as a user would)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        w = window
        self.new_assessment = self._make(
            QCoreApplication.translate("MainWindow", "&New assessment…"), w.new_assessment, QKeySequence.StandardKey.New
        )
        self.new_round = self._make(
            QCoreApplication.translate("MainWindow", "New &round from this assessment…"), w.new_round
        )
        self.open_database = self._make(
            QCoreApplication.translate("MainWindow", "&Open a database…"),
            w.choose_database,
            QKeySequence.StandardKey.Open,
        )
        self.open_shared_database = self._make(
            QCoreApplication.translate("MainWindow", "Open s&hared database…"), w.open_shared_database
        )
        self.new_database = self._make(
            QCoreApplication.translate("MainWindow", "New &database…"), w.choose_new_database
        )
        self.open_demo = self._make(QCoreApplication.translate("MainWindow", "Open the de&mo"), w.open_demo)
        self.close_window = self._make(
            QCoreApplication.translate("MainWindow", "&Close"), w.close, QKeySequence.StandardKey.Close
        )
        self.quit = self._make(
            QCoreApplication.translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit
        )
        self.rename = self._make(QCoreApplication.translate("MainWindow", "Re&name…"), w.rename_assessment, "F2")
        self.mark_final = self._make(QCoreApplication.translate("MainWindow", "Mark &final…"), w.mark_final)
        self.reopen = self._make(QCoreApplication.translate("MainWindow", "Reopen as &draft…"), w.reopen)
        self.undo = self._make(QCoreApplication.translate("MainWindow", "&Undo"), w.undo, QKeySequence.StandardKey.Undo)
        self.redo = self._make(QCoreApplication.translate("MainWindow", "&Redo"), w.redo, QKeySequence.StandardKey.Redo)
        redo_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        unique = dict.fromkeys(k.toString() for k in redo_keys if not k.isEmpty())
        self.redo.setShortcuts([QKeySequence(k) for k in unique])
        self.find = self._make(
            QCoreApplication.translate("MainWindow", "&Find items…"), w.focus_filter, QKeySequence.StandardKey.Find
        )
        self.next_item = self._make(
            QCoreApplication.translate("MainWindow", "&Next item"), lambda: w.step(True), "Ctrl+PgDown"
        )
        self.previous_item = self._make(
            QCoreApplication.translate("MainWindow", "&Previous item"), lambda: w.step(False), "Ctrl+PgUp"
        )
        self.show_item = self._make(QCoreApplication.translate("MainWindow", "&Item"), w.show_item_tab, "Ctrl+1")
        self.show_overview = self._make(
            QCoreApplication.translate("MainWindow", "&Overview"), w.show_overview_tab, "Ctrl+2"
        )
        self.next_pane = self._make(QCoreApplication.translate("MainWindow", "Next p&ane"), w.next_pane, "F6")
        self.presentation = self._make(
            QCoreApplication.translate("MainWindow", "&Presentation mode"), w.set_presentation, "Ctrl+Shift+P"
        )
        self.presentation.setCheckable(True)
        self.reset_demo = self._make(QCoreApplication.translate("MainWindow", "&Reset the demo…"), w.reset_demo)
        self.walkthrough = self._make(QCoreApplication.translate("MainWindow", "&Walkthrough"), w.show_walkthrough)
        self.languages = QActionGroup(w)
        self.languages.setExclusive(True)
        self.language: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(MNEMONICS.get(code, "&" + name), w)  # each language in its own name, never translated
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: w.choose_language(c))
            self.languages.addAction(action)
            self.language[code] = action
        self.check_language(w.lang)
        self.open_logs = self._make(QCoreApplication.translate("MainWindow", "Open the &log folder"), w.open_log_folder)
        self.about = self._make(QCoreApplication.translate("MainWindow", "&About Assess"), w.about)
        self.export_report = self._make(
            QCoreApplication.translate("MainWindow", "&Export report…"), w.export_report, "Ctrl+E"
        )
        self.send_part = self._make(
            QCoreApplication.translate("MainWindow", "Send &part to an institution…"), w.send_part
        )
        self.import_contribution = self._make(
            QCoreApplication.translate("MainWindow", "&Import contribution…"), w.import_contribution
        )
        self.back_up = self._make(QCoreApplication.translate("MainWindow", "Back &up…"), w.back_up)
        self.restore = self._make(QCoreApplication.translate("MainWindow", "Res&tore…"), w.restore_backup)

    def _make(self, text: str, slot: Callable[..., object], shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda *_: slot())
        self.window.addAction(action)
        return action

    def build_menus(self) -> QMenu:
        """Fill the menu bar; return the Assessment > Switch to menu (filled when it opens)."""
        bar = self.window.menuBar()
        file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        for action in (
            self.new_assessment,
            self.open_database,
            self.open_shared_database,
            self.new_database,
            self.open_demo,
        ):
            file.addAction(action)
        self.recent = file.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
        file.setToolTipsVisible(True)  # says why Back up and Restore are off for a database on a server
        for group in ((self.export_report,), (self.send_part, self.import_contribution), (self.back_up, self.restore)):
            file.addSeparator()
            file.addActions(group)
        file.addSeparator()
        file.addAction(self.close_window)
        file.addAction(self.quit)
        edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        edit.addAction(self.undo)
        edit.addAction(self.redo)
        edit.addSeparator()
        edit.addAction(self.find)
        assessment = bar.addMenu(QCoreApplication.translate("MainWindow", "&Assessment"))
        switch = assessment.addMenu(QCoreApplication.translate("MainWindow", "&Switch to"))
        assessment.addAction(self.new_round)
        assessment.addAction(self.rename)
        assessment.addSeparator()
        assessment.addAction(self.mark_final)
        assessment.addAction(self.reopen)
        go = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
        for action in (self.next_item, self.previous_item, self.next_pane):
            go.addAction(action)
        view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
        view.addAction(self.show_item)
        view.addAction(self.show_overview)
        view.addSeparator()
        view.addAction(self.presentation)
        self.language_menu = view.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
        for action in self.language.values():
            self.language_menu.addAction(action)
        self.demo_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Demo"))
        self.demo_menu.addAction(self.reset_demo)
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.walkthrough)
        help_menu.addSeparator()
        help_menu.addAction(self.open_logs)
        help_menu.addAction(self.about)
        return switch

    def check_language(self, code: str) -> None:
        action = self.language.get(code) or self.language["en"]
        action.setChecked(True)

    def show_demo(self, demo: bool) -> None:
        """The Demo menu is there only while a throwaway copy of the demo is open."""
        self.demo_menu.menuAction().setVisible(demo)
        self.reset_demo.setEnabled(demo and self.window.workspace.can_edit)

    def update(
        self,
        has_store: bool,
        has_assessment: bool,
        final: bool,
        can_undo: bool,
        can_redo: bool,
        can_edit: bool = True,
    ) -> None:
        """``final`` means read-only (final or a database the user may only read); ``can_edit`` is the database's."""
        self.new_assessment.setEnabled(can_edit)
        self.new_round.setEnabled(has_assessment and can_edit)
        self.rename.setEnabled(has_assessment and not final)
        self.mark_final.setEnabled(has_assessment and not final)
        self.reopen.setEnabled(has_assessment and final and can_edit)
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)
        for action in (self.find, self.next_item, self.previous_item, self.show_item, self.show_overview):
            action.setEnabled(has_assessment)
        self.export_report.setEnabled(has_assessment)
        self.send_part.setEnabled(has_assessment)
        self.import_contribution.setEnabled(can_edit)
        store = self.window.workspace.store if has_store else None
        on_file = store is not None and store.is_sqlite
        server = QCoreApplication.translate(
            "MainWindow", "This database is on a server: back it up and restore it there, with pg_dump and pg_restore."
        )
        for action in (self.back_up, self.restore):
            action.setEnabled(on_file)
            action.setToolTip("" if on_file or store is None else server)
        self.restore.setEnabled(on_file and can_edit)
