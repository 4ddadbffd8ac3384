"""The window's actions, menus and keyboard shortcuts, and when each is available.

The actions only say what the user asked for (``triggered``); :mod:`assess.ui.menu_commands` connects each to
the object that carries it out.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from assess.ui.languages import LANGUAGES

Shortcut = QKeySequence.StandardKey | str | None
MNEMONICS = {"es": "E&spañol"}  # the others take their first letter
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActionState:
    """What the window is in, as far as the actions care."""

    has_store: bool
    has_assessment: bool
    read_only: bool  # final, or a database the user may only read
    can_edit: bool  # the database lets the user change things (a viewer on a server may not)
    on_file: bool  # the database is a file (back up and restore work on files)
    on_server: bool
    can_undo: bool
    can_redo: bool
    undo_text: str
    redo_text: str
    demo: bool


class Actions:
    """Every action of the main window, by name (tests trigger them as a user would)."""

    def __init__(self, window: QMainWindow) -> None:
        self.window = window
        self.new_assessment = self._make(translate("MainWindow", "&New assessment…"), QKeySequence.StandardKey.New)
        self.new_round = self._make(translate("MainWindow", "New &round from this assessment…"))
        self.open_database = self._make(translate("MainWindow", "&Open a database…"), QKeySequence.StandardKey.Open)
        self.open_shared_database = self._make(translate("MainWindow", "Open s&hared database…"))
        self.new_database = self._make(translate("MainWindow", "New &database…"))
        self.open_demo = self._make(translate("MainWindow", "Open the de&mo"))
        self.close_window = self._make(translate("MainWindow", "&Close"), QKeySequence.StandardKey.Close)
        self.quit = self._make(translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit)
        self.rename = self._make(translate("MainWindow", "Re&name…"), "F2")
        self.targets = self._make(translate("MainWindow", "&Targets…"))
        self.methodology = self._make(translate("MainWindow", "&Methodology…"))
        self.mark_final = self._make(translate("MainWindow", "&Approve as final…"))
        self.reopen = self._make(translate("MainWindow", "Back to &draft…"))
        self.undo = self._make(translate("MainWindow", "&Undo"), QKeySequence.StandardKey.Undo)
        self.redo = self._make(translate("MainWindow", "&Redo"), QKeySequence.StandardKey.Redo)
        redo_keys = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Shift+Z")]
        unique = dict.fromkeys(k.toString() for k in redo_keys if not k.isEmpty())
        self.redo.setShortcuts([QKeySequence(k) for k in unique])
        self.find = self._make(translate("MainWindow", "&Find items…"), QKeySequence.StandardKey.Find)
        self.next_item = self._make(translate("MainWindow", "&Next item"), "Ctrl+PgDown")
        self.previous_item = self._make(translate("MainWindow", "&Previous item"), "Ctrl+PgUp")
        self.show_item = self._make(translate("MainWindow", "&Item"), "Ctrl+1")
        self.show_overview = self._make(translate("MainWindow", "&Overview"), "Ctrl+2")
        self.next_pane = self._make(translate("MainWindow", "Next p&ane"), "F6")
        self.presentation = self._make(translate("MainWindow", "&Presentation mode"), "Ctrl+Shift+P")
        self.presentation.setCheckable(True)
        self.show_navigator = self._make(translate("MainWindow", "Show the &navigator"), "F9")
        self.show_navigator.setCheckable(True)
        self.show_navigator.setChecked(True)
        self.reset_demo = self._make(translate("MainWindow", "&Reset the demo…"))
        self.walkthrough = self._make(translate("MainWindow", "&Walkthrough"))
        self.languages = QActionGroup(window)
        self.languages.setExclusive(True)
        self.language: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(MNEMONICS.get(code, "&" + name), window)  # each language in its own name, never translated
            action.setCheckable(True)
            action.setData(code)
            self.languages.addAction(action)
            self.language[code] = action
        self.shortcuts = self._make(
            translate("MainWindow", "&Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents
        )
        self.open_logs = self._make(translate("MainWindow", "Open the &log folder"))
        self.about = self._make(translate("MainWindow", "&About Assess"))
        self.export_report = self._make(translate("MainWindow", "&Export report…"), "Ctrl+E")
        self.send_part = self._make(translate("MainWindow", "Send &part to an institution…"))
        self.import_contribution = self._make(translate("MainWindow", "&Import contribution…"))
        self.back_up = self._make(translate("MainWindow", "Back &up…"))
        self.restore = self._make(translate("MainWindow", "Res&tore…"))

    def _make(self, text: str, shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self.window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.window.addAction(action)
        return action

    def build_menus(self) -> QMenu:
        """Fill the menu bar; return the Assessment > Switch to menu (filled when it opens)."""
        bar = self.window.menuBar()
        file = bar.addMenu(translate("MainWindow", "&File"))
        for action in (
            self.new_assessment,
            self.open_database,
            self.open_shared_database,
            self.new_database,
            self.open_demo,
        ):
            file.addAction(action)
        self.recent = file.addMenu(translate("MainWindow", "Open &recent"))
        file.setToolTipsVisible(True)  # says why Back up and Restore are off for a database on a server
        for group in ((self.export_report,), (self.send_part, self.import_contribution), (self.back_up, self.restore)):
            file.addSeparator()
            file.addActions(group)
        file.addSeparator()
        file.addAction(self.close_window)
        file.addAction(self.quit)
        edit = bar.addMenu(translate("MainWindow", "&Edit"))
        edit.addAction(self.undo)
        edit.addAction(self.redo)
        edit.addSeparator()
        edit.addAction(self.find)
        assessment = bar.addMenu(translate("MainWindow", "&Assessment"))
        switch = assessment.addMenu(translate("MainWindow", "&Switch to"))
        assessment.addAction(self.new_round)
        assessment.addAction(self.rename)
        assessment.addSeparator()
        assessment.addAction(self.targets)
        assessment.addAction(self.methodology)
        assessment.addSeparator()
        assessment.addAction(self.mark_final)
        assessment.addAction(self.reopen)
        go = bar.addMenu(translate("MainWindow", "&Go"))
        for action in (self.next_item, self.previous_item, self.next_pane):
            go.addAction(action)
        view = bar.addMenu(translate("MainWindow", "&View"))
        view.addAction(self.show_item)
        view.addAction(self.show_overview)
        view.addSeparator()
        view.addAction(self.show_navigator)
        view.addAction(self.presentation)
        self.language_menu = view.addMenu(translate("MainWindow", "&Language"))
        for action in self.language.values():
            self.language_menu.addAction(action)
        self.demo_menu = bar.addMenu(translate("MainWindow", "&Demo"))
        self.demo_menu.addAction(self.reset_demo)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self.walkthrough)
        help_menu.addAction(self.shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.open_logs)
        help_menu.addAction(self.about)
        return switch

    def check_language(self, code: str) -> None:
        action = self.language.get(code) or self.language["en"]
        action.setChecked(True)

    def update(self, state: ActionState) -> None:
        """Enable what can be done now; Undo and Redo say what they would do."""
        self.new_assessment.setEnabled(state.can_edit)
        self.new_round.setEnabled(state.has_assessment and state.can_edit)
        self.rename.setEnabled(state.has_assessment and not state.read_only)
        self.mark_final.setEnabled(state.has_assessment and not state.read_only)
        self.targets.setEnabled(state.has_assessment and not state.read_only)
        self.methodology.setEnabled(state.has_assessment and not state.read_only)
        self.reopen.setEnabled(state.has_assessment and state.read_only and state.can_edit)
        self.undo.setEnabled(state.can_undo)
        self.redo.setEnabled(state.can_redo)
        undo, redo = state.undo_text, state.redo_text
        self.undo.setText(
            translate("MainWindow", "&Undo {what}").format(what=undo) if undo else translate("MainWindow", "&Undo")
        )
        self.redo.setText(
            translate("MainWindow", "&Redo {what}").format(what=redo) if redo else translate("MainWindow", "&Redo")
        )
        for action in (self.find, self.next_item, self.previous_item, self.show_item, self.show_overview):
            action.setEnabled(state.has_assessment)
        self.export_report.setEnabled(state.has_assessment)
        self.send_part.setEnabled(state.has_assessment)
        self.import_contribution.setEnabled(state.can_edit)
        server = translate(
            "MainWindow", "This database is on a server: back it up and restore it there, with pg_dump and pg_restore."
        )
        for action in (self.back_up, self.restore):
            action.setEnabled(state.on_file)
            action.setToolTip(server if state.on_server else "")
        self.restore.setEnabled(state.on_file and state.can_edit)
        self.demo_menu.menuAction().setVisible(state.demo)
        self.reset_demo.setEnabled(state.demo and state.can_edit)
