"""The main window: the welcome page, or the item tree beside the item (or the overview).

It opens databases and assessments, and forwards the user's commands (new, rename, mark
final, undo) to the workspace; the widgets it holds do the rest.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from assess.assessments import AssessmentInfo
from assess.logs import log_file
from assess.ui import dialogs, errors, formats, settings
from assess.ui.evidence_io import Attacher
from assess.ui.item_page import ItemPage
from assess.ui.launch import first_size
from assess.ui.menus import Actions
from assess.ui.navigator import Navigator
from assess.ui.overview import OverviewPage
from assess.ui.walkthrough import Walkthrough
from assess.ui.welcome import WelcomePage
from assess.ui.window_commands import WindowCommands
from assess.ui.window_exchange import ExchangeCommands
from assess.ui.window_files import FileCommands
from assess.ui.window_shared import SharedCommands
from assess.ui.window_workshop import PRESENTATION_SCALE, WorkshopCommands
from assess.ui.workspace import Workspace

__all__ = ["PRESENTATION_SCALE", "MainWindow", "remove_demo_copy"]


class MainWindow(QMainWindow, SharedCommands, WindowCommands, WorkshopCommands, FileCommands, ExchangeCommands):
    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.lang = lang
        self.database: str | None = None
        self.demo_copies: set[str] = set()  # throwaway demo databases opened in this window
        self.base_font = QFont(QApplication.font())
        self.base_palette = QPalette(QApplication.palette())
        self.walkthrough: Walkthrough | None = None
        self.relaunch: Callable[[MainWindow, str], MainWindow | None] | None = None  # set by assess.ui.app
        self.workspace = Workspace(lang, self)
        self.workspace.report = lambda exc: errors.show(self, exc)
        self.attacher = Attacher(self.workspace, self)
        self.welcome = WelcomePage()
        self.navigator = Navigator(self.workspace)
        self.item_page = ItemPage(self.workspace, self.attacher)
        self.overview = OverviewPage(self.workspace)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.item_page, self.tr("Item"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 860])
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        self.commands = Actions(self)
        self.switch_menu = self.commands.build_menus()
        self.switch_menu.aboutToShow.connect(self._fill_switch_menu)
        self.commands.recent.aboutToShow.connect(self._fill_recent_menu)
        self.switcher = QComboBox()
        self.switcher.setAccessibleName(self.tr("Open assessment"))
        self.switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.switcher.setMinimumContentsLength(36)
        self.switcher.activated.connect(lambda index: self.open_assessment(self.switcher.itemData(index)))
        self.toolbar = QToolBar(self.tr("Assessment"))
        self.toolbar.setObjectName("assessmentToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(QLabel(self.tr(" Assessment: ")))
        self.toolbar.addWidget(self.switcher)
        self.addToolBar(self.toolbar)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("savedLabel")
        self.status_label = QLabel()
        self.statusBar().addWidget(self.saved_label, 1)
        self.statusBar().addPermanentWidget(self.status_label)
        self._connect()
        self.resize(first_size())  # until a size the user chose is restored
        self._restore_layout()
        self.set_presentation(settings.presentation_mode(), remember=False)
        self._refresh()

    def _connect(self) -> None:
        ws = self.workspace
        self.navigator.currentChanged.connect(self.item_page.show_item)
        self.item_page.linkActivated.connect(self.go_to)
        self.overview.openItem.connect(self.go_to)
        ws.revealItem.connect(self._reveal)
        ws.saved.connect(self._say)
        ws.assessmentOpened.connect(self._refresh)
        ws.assessmentChanged.connect(self._refresh)
        ws.flush_edits = self.item_page.editor.flush
        stack = ws.undo_stack
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.indexChanged):
            signal.connect(self._refresh_actions)
        self.welcome.newAssessment.connect(self.new_assessment)
        self.welcome.openDatabase.connect(self.choose_database)
        self.welcome.openDemo.connect(self.open_demo)
        self.welcome.openRecent.connect(self.open_database)
        self.welcome.openAssessment.connect(self.open_assessment)

    @property
    def demo(self) -> bool:
        """Whether the open database is a throwaway copy of the demo."""
        return self.database is not None and self.database in self.demo_copies

    def _say(self, text: str) -> None:
        """A line in the status bar, with the time: "14:02:31  Saved: scores of PROS-1.i"."""
        self.saved_label.setText(f"{formats.clock()}  {text}")

    # --- state on screen ------------------------------------------------------------------------------------

    def _refresh(self) -> None:
        info = self.workspace.assessment
        self.pages.setCurrentWidget(self.splitter if info else self.welcome)
        self.toolbar.setVisible(info is not None)
        name = self.tr("Assess")
        title = f"{info.label} — {name}" if info else name
        if self.demo:
            title += self.tr(" (demo: a throwaway copy)")
        self.setWindowTitle(title)
        if info is None:
            self.status_label.setText(formats.path(self.database or ""))
            self._fill_welcome()
        else:
            state = self.tr("Final: read-only") if info.status == "final" else self.tr("Draft")
            if not self.workspace.can_edit:
                state = self.tr("Read-only database")
            self.status_label.setText(f"{state} · {formats.path(self.database or '')}")
        self._fill_switcher()
        self._refresh_actions()
        self.commands.show_demo(self.demo)
        self.show_read_only_reason()

    def _refresh_actions(self) -> None:
        ws = self.workspace
        stack = ws.undo_stack
        self.commands.update(
            ws.has_store, ws.assessment is not None, ws.read_only, stack.canUndo(), stack.canRedo(), ws.can_edit
        )
        undo, redo = stack.undoText(), stack.redoText()
        self.commands.undo.setText(self.tr("&Undo {what}").format(what=undo) if undo else self.tr("&Undo"))
        self.commands.redo.setText(self.tr("&Redo {what}").format(what=redo) if redo else self.tr("&Redo"))

    def _assessments(self) -> list[AssessmentInfo]:
        if not self.workspace.has_store:
            return []
        try:
            return self.workspace.list_assessments()
        except Exception as exc:
            self.workspace.fail(exc)
            return []

    def _fill_welcome(self) -> None:
        self.welcome.set_content(self.database, self._assessments(), settings.recent_databases(), _demo_available())

    def _fill_switcher(self) -> None:
        self.switcher.clear()
        current = self.workspace.assessment_id
        for info in self._assessments() if current is not None else []:
            final = self.tr(" [final]") if info.status == "final" else ""
            self.switcher.addItem(f"{info.label}{final}", info.id)
        self.switcher.setCurrentIndex(max(self.switcher.findData(current), 0))
        self.switcher.setEnabled(self.switcher.count() > 0)

    def _fill_switch_menu(self) -> None:
        self.switch_menu.clear()
        for info in self._assessments():
            action = self.switch_menu.addAction(info.label, lambda i=info.id: self.open_assessment(i))
            action.setCheckable(True)
            action.setChecked(info.id == self.workspace.assessment_id)

    def _fill_recent_menu(self) -> None:
        self.commands.recent.clear()
        for path in settings.recent_databases():
            self.commands.recent.addAction(path, lambda p=path: self.open_database(p))

    # --- moving around --------------------------------------------------------------------------------------

    def go_to(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.item_page)
        self.navigator.select(code)

    def _reveal(self, code: str) -> None:
        if self.navigator.current_code() != code:
            self.go_to(code)

    def step(self, forward: bool) -> None:
        self.tabs.setCurrentWidget(self.item_page)
        self.navigator.step(forward)

    def focus_filter(self) -> None:
        self.navigator.search.setFocus()
        self.navigator.search.selectAll()

    def show_item_tab(self) -> None:
        self.tabs.setCurrentWidget(self.item_page)

    def show_overview_tab(self) -> None:
        self.tabs.setCurrentWidget(self.overview)
        self.overview.gaps.setFocus()

    def next_pane(self) -> None:
        panes: list[QWidget] = [self.navigator.tree, self.item_page.editor.law, self.item_page.evidence.table]
        focused = QApplication.focusWidget()
        at = next(
            (
                n
                for n, pane in enumerate(panes)
                if focused is not None and (focused is pane or pane.isAncestorOf(focused))
            ),
            -1,
        )
        self.tabs.setCurrentWidget(self.item_page)
        for pane in panes[at + 1 :] + panes[: at + 1]:
            if pane.isVisible() and pane.isEnabled():
                pane.setFocus()
                return

    # --- comfort --------------------------------------------------------------------------------------------

    def open_log_folder(self) -> None:
        folder = log_file().parent
        folder.mkdir(parents=True, exist_ok=True)
        dialogs.open_external(folder)

    def about(self) -> None:
        from assess import __version__

        dialogs.info(
            self,
            self.tr("About Assess"),
            self.tr(
                "Assess {version}: a self-assessment of national implementation of the UN Trafficking in "
                "Persons Protocol, on the UNODC Framework for Action and the Working Group recommendations.\n\n"
                "It works fully offline. Problems are logged to {log}."
            ).format(version=__version__, log=log_file()),
        )

    # --- layout and closing ---------------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        for name, restore in (
            ("geometry", self.restoreGeometry),
            ("state", self.restoreState),
            ("splitter", self.splitter.restoreState),
            ("itemSplitter", self.item_page.splitter.restoreState),
        ):
            value = settings.layout(name)
            if value is not None:
                restore(value)

    def save_layout(self) -> None:
        settings.save_layout("geometry", self.saveGeometry())
        settings.save_layout("state", self.saveState())
        settings.save_layout("splitter", self.splitter.saveState())
        settings.save_layout("itemSplitter", self.item_page.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.flush() and not dialogs.confirm(
            self,
            self.tr("Unsaved edit"),
            self.tr("Your last edit could not be saved (see the message before). Close anyway and lose it?"),
            self.tr("Close and lose it"),
        ):
            event.ignore()
            return
        self.attacher.shutdown()
        self.save_layout()
        self.workspace.close()
        for copy in self.demo_copies:
            remove_demo_copy(copy)
        if self.walkthrough is not None:
            self.walkthrough.close()
        self.normal_look()
        event.accept()


def remove_demo_copy(path: str) -> None:
    """Delete a throwaway demo copy (the folder ``assess demo`` made for it in the temporary directory)."""
    folder = Path(path).parent
    temporary = Path(tempfile.gettempdir()).resolve()
    if folder.name.startswith("assess-demo-") and folder.resolve().parent == temporary:
        shutil.rmtree(folder, ignore_errors=True)


def _demo_available() -> bool:
    try:
        from assess import demo
    except ImportError:
        return False
    return hasattr(demo, "open_demo_copy")
