"""The left pane: the filters and the item tree. Arrow keys move between items; the editor follows."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from assess.scoring import STATUSES, Filters
from assess.ui import formats, timers
from assess.ui.controls import ChoiceBox
from assess.ui.item_tree import ItemFilter, ItemTreeModel, scores_text, state_label, status_label
from assess.ui.workspace import Workspace


class Direction(Enum):
    NEXT = "next"
    PREVIOUS = "previous"


class Navigator(QWidget):
    currentChanged = Signal(str)  # an item code; empty when the filters hide every item

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._widths: dict[int, int] = {}
        self.model = ItemTreeModel(workspace)
        self.proxy = ItemFilter(self.model)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter by code, text or notes (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter text"))
        self.status = self._combo(
            self.tr("Filter by state"),
            [
                (self.tr("All items"), None),
                (self.tr("Not yet scored"), "not_scored"),
                (self.tr("Partly scored"), "partly_scored"),
                (self.tr("Gaps"), "gap"),
                (self.tr("Meets target"), "meets_target"),
                (self.tr("N/A"), "not_applicable"),
            ],
        )
        self.priority = self._combo(
            self.tr("Filter by priority"),
            [
                (self.tr("Any priority"), None),
                (self.tr("High priority"), "high"),
                (self.tr("Medium priority"), "medium"),
                (self.tr("Low priority"), "low"),
                (self.tr("No priority"), "none"),
            ],
        )
        self.institution = self._combo(self.tr("Filter by responsible institution"), [])
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setAccessibleName(self.tr("Items of the framework"))
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)  # not ResizeToContents: that reads every row
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full title is the row's tooltip
        self.count = QLabel()
        self.count.setObjectName("filterCount")
        self.filter_grid = filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 2)
        self._filters_in_one_row: bool | None = None
        self._arrange_filters()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        for before, after in (
            (self.search, self.status),
            (self.status, self.priority),
            (self.priority, self.institution),
            (self.institution, self.tree),
        ):
            QWidget.setTabOrder(before, after)  # as they stand on screen, whatever row the lists are in
        self.search.textChanged.connect(self.apply_filters)
        self.search.installEventFilter(self)
        workspace.assessmentOpened.connect(self._opened)
        workspace.institutionsChanged.connect(self._fill_institutions)
        # An edit may take an item out of the filter: it leaves the tree when the user moves on, not under their hands.
        self._dirty = False
        self._refilter = timers.debounce(self, 0, self.apply_filters)
        workspace.responseChanged.connect(self._edited)

    def _combo(self, name: str, entries: list[tuple[str, object]]) -> QComboBox:
        combo = ChoiceBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        for text, value in entries:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _opened(self) -> None:
        self._fill_institutions()
        self.tree.expandAll()
        self.apply_filters()
        self.fit_state_column()

    def fit_state_column(self) -> None:
        """The state and score columns as wide as what they show now (the title column takes the rest), read
        from the states in memory rather than from every row (which ResizeToContents would do)."""
        metrics = self.tree.fontMetrics()
        side = max(12, round(metrics.height() * 0.8))
        self.tree.setIconSize(QSize(side, side))
        model, horizontal = self.model, Qt.Orientation.Horizontal
        states = self.workspace.states.values()
        shown = {status_label(s) for s in STATUSES} | {model.completion_text(n) for n in model.below}
        shown |= {state_label(s) for s in states}
        shown.add(model.context_text())
        scores = {scores_text(s) for s in states}
        self._widths = {}
        for column, texts in ((1, shown), (2, scores)):
            texts.add(str(model.headerData(column, horizontal)))
            widest = max(metrics.horizontalAdvance(t) for t in texts)
            self._widths[column] = widest + 3 * metrics.averageCharWidth()
            self.tree.setColumnWidth(column, self._widths[column])
        self._fit_columns()

    def _fit_columns(self) -> None:
        """In a narrow tree (a projector, large type, a long language) the state column gives way to the titles:
        each row's icon still shows its state, and its tooltip says it."""
        widths = self._widths
        if not widths:
            return
        room = self.tree.viewport().width()
        narrow = room - widths[1] - widths[2] < room * 0.4
        if self.tree.isColumnHidden(1) != narrow:
            self.tree.setColumnHidden(1, narrow)

    def _arrange_filters(self) -> None:
        """The three filter lists side by side when their choices fit, else the institution on a row of its own
        (a narrow pane, large type, a long language: "Любой приоритет" whole rather than "Любой п")."""
        combos = (self.status, self.priority, self.institution)
        metrics = self.fontMetrics()
        needed = sum(metrics.horizontalAdvance(c.currentText()) + 3 * metrics.height() for c in combos)
        one_row = self.width() <= 0 or needed <= self.width()
        if one_row == self._filters_in_one_row:
            return
        self._filters_in_one_row = one_row
        grid = self.filter_grid
        for combo in combos:
            grid.removeWidget(combo)
        if one_row:
            grid.addWidget(self.status, 1, 0)
            grid.addWidget(self.priority, 1, 1)
            grid.addWidget(self.institution, 1, 2)
            grid.removeWidget(self.search)
            grid.addWidget(self.search, 0, 0, 1, 3)
        else:
            grid.addWidget(self.status, 1, 0)
            grid.addWidget(self.priority, 1, 1)
            grid.addWidget(self.institution, 2, 0, 1, 2)
            grid.removeWidget(self.search)
            grid.addWidget(self.search, 0, 0, 1, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()
        self._arrange_filters()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Down in the filter box: to the first item that matches, in the tree."""
        to_tree = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.search and pressed and isinstance(event, QKeyEvent) and event.key() in to_tree:
            first = next(iter(self.matching()), None)
            if first is not None:
                self.select(first)
                self.tree.setFocus()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.fit_state_column()
            self._arrange_filters()
        super().changeEvent(event)

    def _fill_institutions(self) -> None:
        chosen = self.institution.currentData()
        self.institution.blockSignals(True)
        self.institution.clear()
        self.institution.addItem(self.tr("Any institution"), None)
        for name in self.workspace.institutions:
            self.institution.addItem(name, name)
        index = self.institution.findData(chosen) if chosen else 0
        self.institution.setCurrentIndex(max(index, 0))
        self.institution.blockSignals(False)

    def filters(self) -> Filters:
        status, priority = self.status.currentData(), self.priority.currentData()
        return Filters(
            statuses=(status,) if status else (),
            priorities=(priority,) if priority else (),
            institution=self.institution.currentData(),
            text=self.search.text().strip() or None,
        )

    def apply_filters(self) -> None:
        """Show what the filters select; the item on the right is always one of them (the first when the one
        shown is filtered out), or none when nothing matches."""
        current = self.current_code()
        self._arrange_filters()
        self.proxy.set_filters(self.filters())
        if self.proxy.active:
            self.tree.expandAll()
        matching = self.matching()
        self.count.setText(
            self.tr("{shown} of %Ln assessable items shown", "", len(self.workspace.states)).format(
                shown=formats.number(len(matching))
            )
        )
        if current and self._visible(current):
            self.tree.scrollTo(self.proxy.mapFromSource(self.model.index_of(current)))
        elif matching:
            self.select(matching[0])
        elif self.workspace.states:
            self.tree.selectionModel().clearCurrentIndex()
            self.currentChanged.emit("")

    def filter_state(self) -> Filters:
        """The filters as they are set (to be set again in a window made in another language)."""
        return self.filters()

    def set_filter_state(self, filters: Filters) -> None:
        for combo, value in (
            (self.status, filters.statuses[0] if filters.statuses else None),
            (self.priority, filters.priorities[0] if filters.priorities else None),
            (self.institution, filters.institution),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(filters.text or "")
        self.search.blockSignals(False)
        self.apply_filters()

    def matching(self) -> list[str]:
        """The assessable items the filters select, in framework order."""
        if not self.proxy.active:
            return list(self.workspace.states)
        return [c for c in self.workspace.states if self._visible(c) and self.proxy.accepts(self.model.index_of(c))]

    def _visible(self, code: str) -> bool:
        return self.proxy.mapFromSource(self.model.index_of(code)).isValid()

    def clear_filters(self) -> None:
        for widget in (self.status, self.priority, self.institution):
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    # --- the current item -----------------------------------------------------------------------------------

    def current_code(self) -> str | None:
        return self.model.code(self.proxy.mapToSource(self.tree.currentIndex()))

    def _edited(self, _code: str) -> None:
        self._dirty = True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        code = self.model.code(self.proxy.mapToSource(current))
        if code:
            self.currentChanged.emit(code)
        if self._dirty and self.proxy.active:
            self._dirty = False
            self._refilter.start()

    def select(self, code: str) -> bool:
        """Make ``code`` the current item (clearing the filters if they hide it)."""
        source = self.model.index_of(code)
        if not source.isValid():
            return False
        if not self._visible(code):
            self.clear_filters()
        index = self.proxy.mapFromSource(source)
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def step(self, direction: Direction, *, only_assessable: bool = True) -> None:
        """Go to the next (or previous) item in the tree's order, skipping context.

        From the current item it walks the tree's order and stops at the first item that is shown (and
        assessable), rather than listing them all. From a context item or one the filters hide, it goes
        forward to the next such item after it (else the first one) and backward to the last one.
        """
        items, states = self.model.items, self.workspace.states
        forward = direction is Direction.NEXT

        def first(positions: range) -> str | None:
            for n in positions:
                code = items[n].code
                if (not only_assessable or code in states) and self._visible(code):
                    return code
            return None

        current = self.current_code()
        at = self.model.position.get(current or "", -1)
        if current is not None and at >= 0 and (not only_assessable or current in states) and self._visible(current):
            found = first(range(at + 1, len(items))) if forward else first(range(at - 1, -1, -1))
        elif forward:
            found = first(range(at + 1, len(items)))
            if found is None:
                found = first(range(0, at + 1))
        else:
            found = first(range(len(items) - 1, -1, -1))
        if found is not None:
            self.select(found)
