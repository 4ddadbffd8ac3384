"""The left pane: the filters and the item tree. Arrow keys move between items; the editor follows."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
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

from assess.scoring import Filters
from assess.ui import formats, timers
from assess.ui.item_tree import ItemFilter, ItemTreeModel, status_label
from assess.ui.workspace import Workspace


class Direction(Enum):
    NEXT = "next"
    PREVIOUS = "previous"


class Navigator(QWidget):
    currentChanged = Signal(str)  # an item code

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
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
        self.count = QLabel()
        self.count.setObjectName("filterCount")
        filters = QGridLayout()
        filters.addWidget(self.search, 0, 0, 1, 3)
        filters.addWidget(self.status, 1, 0)
        filters.addWidget(self.priority, 1, 1)
        filters.addWidget(self.institution, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self.apply_filters)
        workspace.assessmentOpened.connect(self._opened)
        workspace.institutionsChanged.connect(self._fill_institutions)
        # An edit may take an item out of the filter: it leaves the tree when the user moves on, not under their hands.
        self._dirty = False
        self._refilter = timers.debounce(self, 0, self.apply_filters)
        workspace.responseChanged.connect(self._edited)

    def _combo(self, name: str, entries: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
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
        metrics = self.tree.fontMetrics()
        side = max(12, round(metrics.height() * 0.8))
        self.tree.setIconSize(QSize(side, side))
        samples = [
            status_label(s) for s in ("not_scored", "partly_scored", "meets_target", "not_applicable", "gap")
        ] + ["9999 of 9999"]
        self.tree.setColumnWidth(1, max(metrics.horizontalAdvance(t) for t in samples) + 24)
        self.tree.setColumnWidth(2, metrics.horizontalAdvance(self.model.headerData(2, Qt.Orientation.Horizontal)) + 24)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.fit_state_column()
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
        current = self.current_code()
        self.proxy.set_filters(self.filters())
        if self.proxy.active:
            self.tree.expandAll()
        shown = len(self.matching())
        self.count.setText(
            self.tr("{shown} of {total} assessable items shown").format(
                shown=formats.number(shown), total=formats.number(len(self.workspace.states))
            )
        )
        if current and self._visible(current):
            self.tree.scrollTo(self.proxy.mapFromSource(self.model.index_of(current)))

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
