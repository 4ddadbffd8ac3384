"""The main window: the welcome page, or the item tree beside the item (or the overview).

It is composed, not inherited: the open database and assessment (:class:`Workspace`), the writes and
their undo history, the edits of responses, and one object per group of commands (databases,
assessments, reports, backups, parts sent and contributions imported, workshops, help), each given what it
needs and connected to the window with signals. The window itself lays out the widgets, keeps what it
shows up to date, moves between items and panes, and closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assess.ui import errors, formats, settings
from assess.ui.assessment_commands import AssessmentCommands
from assess.ui.backup_commands import BackupCommands
from assess.ui.controls import ElidedLabel
from assess.ui.database_commands import DatabaseCommands
from assess.ui.edits import ResponseEdits, saved_or_given_up
from assess.ui.evidence_edits import EvidenceEdits
from assess.ui.evidence_io import Attacher
from assess.ui.figure_edits import FigureEdits
from assess.ui.help_commands import HelpCommands
from assess.ui.import_commands import ImportCommands
from assess.ui.item_indicators import ItemIndicators
from assess.ui.item_page import ItemPage
from assess.ui.judgement_commands import JudgementCommands
from assess.ui.launch import first_size
from assess.ui.menu_commands import connect_menus
from assess.ui.menus import Actions, ActionState
from assess.ui.monitoring_page import MonitoringPage
from assess.ui.navigator import Direction, Navigator
from assess.ui.overview import OverviewPage
from assess.ui.report_commands import ReportCommands
from assess.ui.send_part_commands import SendPartCommands
from assess.ui.server_state import ServerBanner
from assess.ui.switcher import AssessmentSwitcher
from assess.ui.undo import History
from assess.ui.welcome import WelcomePage
from assess.ui.workshop_commands import WorkshopCommands
from assess.ui.workspace import Workspace

Relaunch = Callable[["MainWindow", str], "MainWindow | None"]
NAVIGATOR_SHARE = 40  # per cent of the window's width, until the user moves the splitter
translate = QCoreApplication.translate


class MainWindow(QMainWindow):
    def __init__(self, lang: str = "en", *, relaunch: Relaunch | None = None) -> None:
        """``relaunch(window, code)`` makes the window again in another language (View > Language)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.lang = lang
        self._closing = False
        ws = self.workspace = Workspace(lang, self)
        self.history = History(ws, self)
        self.edits = ResponseEdits(ws, self.history, self)
        self.evidence = EvidenceEdits(ws, self.history, self)
        self.figures = FigureEdits(ws, self.history, self)
        self.attacher = Attacher(ws, self.edits, self.evidence, self)
        self._build()
        self.databases = DatabaseCommands(self, ws, self.edits)
        self.toolbar = AssessmentSwitcher(self, ws, self.databases, self.switch_menu, self.commands.recent)
        self.switcher = self.toolbar.combo
        QWidget.setTabOrder(self.switcher, self.navigator.search)  # first on screen, first with Tab
        self.assessments = AssessmentCommands(self, ws, self.edits, self.history, self.databases)
        self.judgement = JudgementCommands(self, ws, self.edits, self.history)
        self.reports = ReportCommands(self, ws, self.edits, self.databases)
        current = self.navigator.current_code
        self.backups = BackupCommands(self, ws, self.edits, self.databases, self.attacher, current)
        self.parts = SendPartCommands(self, ws, self.edits, self.databases)
        self.imports = ImportCommands(self, ws, self.edits, self.databases, current)
        again = (lambda code: relaunch(self, code) is not None) if relaunch is not None else None
        self.workshop = WorkshopCommands(
            self, ws, self.databases, lang=lang, relaunch=again, pictures=self._walkthrough_pictures
        )
        self.help = HelpCommands(self)
        self._connect()
        size = first_size()
        self.resize(size)  # until a size the user chose is restored
        share = size.width() * NAVIGATOR_SHARE // 100
        self.splitter.setSizes([share, size.width() - share])
        self._restore_layout()
        self.workshop.set_presentation(settings.presentation_mode(), remember=False)
        self.show_navigator(settings.navigator_shown(), remember=False)
        self._refresh()

    def _build(self) -> None:
        self.welcome = WelcomePage()
        self.navigator = Navigator(self.workspace)
        self.item_page = ItemPage(self.workspace, self.edits, self.evidence, self.attacher)
        self.overview = OverviewPage(self.workspace)
        self.monitoring = MonitoringPage(self.figures)
        self.item_indicators = ItemIndicators(self.figures)
        self.item_page.add_below(self.item_indicators)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.item_page, self.tr("Item"))
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.monitoring, self.tr("Monitoring"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)
        self.server_banner = ServerBanner(self.workspace.server)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.server_banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.edits.conflicts.window = self
        self.commands = Actions(self)
        self.switch_menu = self.commands.build_menus()
        self.saved_label = ElidedLabel()
        self.saved_label.setObjectName("savedLabel")
        self.status_label = ElidedLabel()
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignTrailing)
        self.statusBar().addWidget(self.saved_label, 1)
        self.statusBar().addPermanentWidget(self.status_label)

    def _connect(self) -> None:
        ws, databases, assessments = self.workspace, self.databases, self.assessments
        connect_menus(self)
        self.navigator.currentChanged.connect(self.item_page.show_item)
        self.navigator.currentChanged.connect(self.item_indicators.show_item)
        self.item_indicators.openIndicator.connect(self.show_indicator)
        self.monitoring.openItem.connect(self.go_to)
        self.item_page.linkActivated.connect(self.go_to)
        self.overview.openItem.connect(self.go_to)
        self._connect_judgement()
        for shown in (databases.showItem, self.backups.showItem, self.imports.showItem):
            shown.connect(self.go_to)
        databases.changed.connect(self._refresh)
        ws.revealItem.connect(self._reveal)
        ws.said.connect(self._say)
        ws.failed.connect(lambda exc: errors.show(self, exc))
        ws.assessmentOpened.connect(self._refresh)
        ws.assessmentChanged.connect(self._refresh)
        self.history.changed.connect(self._refresh_actions)
        self.welcome.newAssessment.connect(assessments.new_assessment)
        self.welcome.openDatabase.connect(databases.choose_database)
        self.welcome.openDemo.connect(databases.open_demo)
        self.welcome.openRecent.connect(databases.open_database)
        self.welcome.openAssessment.connect(databases.open_assessment)

    def _connect_judgement(self) -> None:
        """Key findings and targets on the overview and the item page, written by the judgement's commands."""
        judgement = self.judgement
        self.overview.finding_of = self.item_page.judgement.finding_of = judgement.finding
        self.overview.findingEdited.connect(judgement.write_finding)
        self.item_page.judgement.findingEdited.connect(judgement.write_finding)
        self.item_page.judgement.setTarget.connect(judgement.edit_item_target)
        judgement.findingChanged.connect(lambda _scope: self.overview.mark_stale())
        judgement.findingChanged.connect(lambda _scope: self.item_page.judgement.show_item(self.item_page.code))

    def _say(self, text: str) -> None:
        """A line in the status bar, with the time: "14:02:31  Saved: scores of PROS-1.i"."""
        self.saved_label.setText(f"{formats.clock()}  {text}")

    # --- state on screen ------------------------------------------------------------------------------------

    def _refresh(self) -> None:
        info, databases = self.workspace.assessment, self.databases
        self.pages.setCurrentWidget(self.splitter if info else self.welcome)
        name = self.tr("Assess")
        title = f"{info.label} — {name}" if info else name
        if databases.demo:
            title += self.tr(" (demo: a throwaway copy)")
        self.setWindowTitle(title)
        where = formats.path(databases.database or "")
        if info is None:
            self.status_label.setText(where)
            self.welcome.set_content(
                databases.database,
                databases.assessments(),
                settings.recent_databases(),
                demo_available=_demo_available(),
            )
        else:
            state = self.tr("Final: read-only") if info.status == "final" else self.tr("Draft")
            if not self.workspace.can_edit:
                state = self.tr("Read-only database")
            self.status_label.setText(f"{state} · {where}")
        self.toolbar.refresh()
        self._refresh_actions()
        reason = self.workspace.read_only_reason if self.workspace.has_store else None
        if reason:  # the line above the item says why nothing can be changed
            self.item_page.banner.setText(reason)
            self.item_page.banner.setVisible(True)
            self.item_page.setAcceptDrops(False)

    def _refresh_actions(self) -> None:
        ws, stack = self.workspace, self.history.stack
        store = ws.store if ws.has_store else None
        self.commands.update(
            ActionState(
                has_store=store is not None,
                has_assessment=ws.assessment is not None,
                read_only=ws.read_only,
                can_edit=ws.can_edit,
                on_file=store is not None and store.is_sqlite,
                on_server=store is not None and not store.is_sqlite,
                can_undo=stack.canUndo(),
                can_redo=stack.canRedo(),
                undo_text=stack.undoText(),
                redo_text=stack.redoText(),
                demo=self.databases.demo,
            )
        )

    # --- editing --------------------------------------------------------------------------------------------

    def undo(self) -> None:
        """Edit > Undo, once everything typed before it is saved (it may be the edit undone)."""
        if self.edits.save_all():
            self.history.undo()
        else:
            self._say_waiting()

    def redo(self) -> None:
        if self.edits.save_all():
            self.history.redo()
        else:
            self._say_waiting()

    def _say_waiting(self) -> None:
        self._say(
            self.tr("Undo and Redo wait until your edits of {items} are saved.").format(
                items=", ".join(self.edits.waiting())
            )
        )

    # --- moving around --------------------------------------------------------------------------------------

    def go_to(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.item_page)
        self.navigator.select(code)

    def _reveal(self, code: str) -> None:
        if self.navigator.current_code() != code:
            self.go_to(code)

    def step(self, direction: Direction) -> None:
        self.tabs.setCurrentWidget(self.item_page)
        self.navigator.step(direction)

    def show_navigator(self, shown: bool, *, remember: bool = True) -> None:
        """View > Show the navigator (F9): the tree and its filters beside the item, or the item alone (a
        projector's width for the text)."""
        self.navigator.setVisible(shown)
        self.commands.show_navigator.setChecked(shown)
        if remember:
            settings.set_navigator_shown(shown)
        focused = QApplication.focusWidget()
        if not shown and focused is not None and self.navigator.isAncestorOf(focused):
            self.item_page.editor.law.setFocus()

    def focus_filter(self) -> None:
        if not self.navigator.isVisible():
            self.show_navigator(True)
        self.navigator.search.setFocus()
        self.navigator.search.selectAll()

    def show_item_tab(self) -> None:
        self.tabs.setCurrentWidget(self.item_page)

    def show_indicator(self, code: str) -> None:
        """The monitoring tab, on the figures of the indicator ``code``."""
        self.tabs.setCurrentWidget(self.monitoring)
        self.monitoring.show_indicator(code)

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

    def _walkthrough_pictures(self) -> dict[str, QWidget]:
        """The parts of the window the walkthrough's pages show, as they are now."""
        if self.workspace.assessment is None:
            return {"welcome": self.welcome}
        self.overview.refresh()
        parts: dict[str, QWidget] = {"scores": self.item_page.editor.scores, "overview": self.overview}
        if self.navigator.isVisible():
            parts["tree"] = self.navigator
        if self.item_page.tabs.isVisible():
            parts["evidence"] = self.item_page.tabs
        return parts

    def raise_(self) -> None:
        """Raised (as the start-up does once the window is ready): the walkthrough stays above it."""
        super().raise_()
        self.workshop.bring_walkthrough_forward()

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
        if self._closing:  # asked again while the last edits are being saved: the first request goes on
            event.ignore()
            return
        self._closing = True
        try:
            saved = saved_or_given_up(self, self.edits, closing=True)
        finally:
            self._closing = False
        if not saved:
            event.ignore()
            return
        self.attacher.shutdown()
        self.workspace.writes.wait()  # a rename or evidence being written
        self.save_layout()
        self.databases.close()
        self.workshop.close()
        event.accept()


def _demo_available() -> bool:
    try:
        from assess import demo
    except ImportError:
        return False
    return hasattr(demo, "open_demo_copy")
