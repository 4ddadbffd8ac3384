"""The window's actions, menus and keyboard shortcuts, and when each is available."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


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
        self.new_database = self._make(
            QCoreApplication.translate("MainWindow", "New &database…"), w.choose_new_database
        )
        self.open_demo = self._make(QCoreApplication.translate("MainWindow", "Open the &demo"), w.open_demo)
        self.close_window = self._make(
            QCoreApplication.translate("MainWindow", "&Close"), w.close, QKeySequence.StandardKey.Close
        )
        self.quit = self._make(
            QCoreApplication.translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit
        )
        self.rename = self._make(QCoreApplication.translate("MainWindow", "&Rename…"), w.rename_assessment, "F2")
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
        self.next_pane = self._make(QCoreApplication.translate("MainWindow", "Next &pane"), w.next_pane, "F6")
        self.presentation = self._make(
            QCoreApplication.translate("MainWindow", "&Presentation mode"), w.set_presentation, "Ctrl+Shift+P"
        )
        self.presentation.setCheckable(True)
        self.open_logs = self._make(QCoreApplication.translate("MainWindow", "Open the &log folder"), w.open_log_folder)
        self.about = self._make(QCoreApplication.translate("MainWindow", "&About Assess"), w.about)

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
        for action in (self.new_assessment, self.open_database, self.new_database, self.open_demo):
            file.addAction(action)
        self.recent = file.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
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
        help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        help_menu.addAction(self.open_logs)
        help_menu.addAction(self.about)
        return switch

    def update(self, has_store: bool, has_assessment: bool, final: bool, can_undo: bool, can_redo: bool) -> None:
        self.new_assessment.setEnabled(True)
        self.new_round.setEnabled(has_assessment)
        self.rename.setEnabled(has_assessment and not final)
        self.mark_final.setEnabled(has_assessment and not final)
        self.reopen.setEnabled(has_assessment and final)
        self.undo.setEnabled(can_undo)
        self.redo.setEnabled(can_redo)
        for action in (self.find, self.next_item, self.previous_item, self.show_item, self.show_overview):
            action.setEnabled(has_assessment)
