"""Going to another assessment or database: the toolbar's list of the open database's assessments (first on
screen and first with Tab), Assessment > Switch to, and File > Open recent (both filled as they open)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QToolBar

from assess.ui import settings
from assess.ui.controls import ChoiceBox
from assess.ui.database_commands import DatabaseCommands
from assess.ui.workspace import Workspace


class AssessmentSwitcher(QToolBar):
    def __init__(
        self, window: QMainWindow, workspace: Workspace, databases: DatabaseCommands, switch_menu: QMenu, recent: QMenu
    ) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Assessment"))
        self.workspace, self.databases = workspace, databases
        self.switch_menu, self.recent = switch_menu, recent
        self.setObjectName("assessmentToolbar")
        self.setMovable(False)
        self.combo = ChoiceBox()
        self.combo.setAccessibleName(self.tr("Open assessment"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(36)
        self.addWidget(QLabel(self.tr(" Assessment: ")))
        self.addWidget(self.combo)
        window.addToolBar(self)
        self.combo.activated.connect(self._switch)
        switch_menu.aboutToShow.connect(self._fill_switch_menu)
        recent.aboutToShow.connect(self._fill_recent_menu)

    def refresh(self) -> None:
        """The list shows the database's assessments, the open one chosen."""
        self.combo.clear()
        current = self.workspace.assessment_id
        for info in self.databases.assessments() if current is not None else []:
            final = self.tr(" [final]") if info.status == "final" else ""
            self.combo.addItem(f"{info.label}{final}", info.id)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.setEnabled(self.combo.count() > 0)
        self.setVisible(current is not None)

    def _switch(self, index: int) -> None:
        self.databases.open_assessment(self.combo.itemData(index))

    def _fill_switch_menu(self) -> None:
        self.switch_menu.clear()
        for info in self.databases.assessments():
            action = self.switch_menu.addAction(info.label)
            action.triggered.connect(_ignoring_checked(partial(self.databases.open_assessment, info.id)))
            action.setCheckable(True)
            action.setChecked(info.id == self.workspace.assessment_id)

    def _fill_recent_menu(self) -> None:
        self.recent.clear()
        for path in settings.recent_databases():
            action = self.recent.addAction(path)
            action.triggered.connect(_ignoring_checked(partial(self.databases.open_database, path)))


def _ignoring_checked(slot: Callable[[], object]) -> Callable[..., None]:
    """A slot for ``triggered``, which passes whether the action is checked to those that take it."""

    def run(*_checked: object) -> None:
        slot()

    return run
