"""Help > Keyboard shortcuts, Help > Open the log folder and Help > About Assess (the walkthrough is with the
workshop commands).

The list of keyboard shortcuts is read from the window's menus (every command with its keys, as the menus show
them) and completed with the keys that work inside a field or a list, which no menu lists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from assess.logs import log_file
from assess.ui import dialogs

translate = QCoreApplication.translate


def _plain(text: str) -> str:
    """A menu entry as a sentence: "&Export report…" -> "Export report"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def menu_shortcuts(menu: QMenu, path: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """Every command of ``menu`` (and its submenus) that has keys: (the keys, "Menu > Command")."""
    found: list[tuple[str, str]] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += menu_shortcuts(sub, (*path, _plain(sub.title())))
        elif not action.isSeparator() and action.shortcuts():
            keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            found.append((keys, " > ".join((*path, _plain(action.text())))))
    return found


def field_keys() -> list[tuple[str, str]]:
    """The keys that work inside a field or a list (no menu lists them)."""
    return [
        (
            translate("Shortcuts", "Up / Down (in the tree)"),
            translate("Shortcuts", "The item above or below; the item pane follows"),
        ),
        (translate("Shortcuts", "Left / Right (in the tree)"), translate("Shortcuts", "Fold or unfold a pillar")),
        (
            translate("Shortcuts", "Enter / Down (in the filter box)"),
            translate("Shortcuts", "Go to the first item found"),
        ),
        (
            translate("Shortcuts", "Tab / Shift+Tab"),
            translate("Shortcuts", "The next or previous field, in the order on screen"),
        ),
        (
            translate("Shortcuts", "Alt + underlined letter"),
            translate("Shortcuts", "The field, button or menu with that letter"),
        ),
        (
            translate("Shortcuts", "Ctrl+Z (in a text field)"),
            translate(
                "Shortcuts", "Undo what you typed there and is not saved yet; when nothing is, the last saved edit"
            ),
        ),
        (translate("Shortcuts", "Up / Down (in the target date)"), translate("Shortcuts", "A day later or earlier")),
        (translate("Shortcuts", "Enter (in the evidence list)"), translate("Shortcuts", "Open the selected evidence")),
        (
            translate("Shortcuts", "Delete (in the evidence list)"),
            translate("Shortcuts", "Remove the selected evidence"),
        ),
        (translate("Shortcuts", "Enter (in the largest gaps)"), translate("Shortcuts", "Open the item")),
    ]


class HelpCommands(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def shortcuts(self) -> list[tuple[str, str]]:
        """Every keyboard shortcut: the menus' commands, then the keys of fields and lists."""
        found: list[tuple[str, str]] = []
        for action in self.window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                found += menu_shortcuts(menu, (_plain(menu.title()),))
        return found + field_keys()

    def show_shortcuts(self) -> None:
        dialogs.shortcuts(self.window, self.shortcuts())

    def open_log_folder(self) -> None:
        folder = log_file().parent
        folder.mkdir(parents=True, exist_ok=True)
        dialogs.open_external(folder)

    def about(self) -> None:
        from assess import __version__

        dialogs.info(
            self.window,
            translate("MainWindow", "About Assess"),
            translate(
                "MainWindow",
                "Assess {version}: a self-assessment of national implementation of the UN Trafficking in "
                "Persons Protocol, on the UNODC Framework for Action and the Working Group recommendations.\n\n"
                "It works fully offline. Problems are logged to {log}.",
            ).format(version=__version__, log=log_file()),
        )
