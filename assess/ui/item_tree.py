"""The navigation tree: pillars and their measures, the Working Group recommendations, and the context.

:class:`ItemTreeModel` shows the framework's tree with each item's state, and each pillar's
completion; it reads the states the workspace holds in memory (never the database while
painting) and repaints only the rows an edit touched. :class:`ItemFilter` narrows it to the
items that match the user's filters.
"""

from __future__ import annotations

from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QPalette

from assess.scoring import Filters, ItemState, matches
from assess.ui import formats, icons
from assess.ui.workspace import Workspace
from framework import pick

CodeRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
COLUMNS = 3  # the item, its state, its two scores
UPRIGHT = {"ar", "zh"}  # scripts without italics: context items are told apart by their colour alone


def status_label(status: str) -> str:
    labels = {
        "not_scored": QCoreApplication.translate("ItemTree", "Not yet scored"),
        "partly_scored": QCoreApplication.translate("ItemTree", "Partly scored"),
        "meets_target": QCoreApplication.translate("ItemTree", "Meets target"),
        "not_applicable": QCoreApplication.translate("ItemTree", "N/A"),
        "gap": QCoreApplication.translate("ItemTree", "Gap"),
    }
    return labels.get(status, status)


def state_label(state: ItemState) -> str:
    """An item's state as the tree shows it: a gap with its severity ("Gap, major")."""
    severities = {
        "minor": QCoreApplication.translate("ItemTree", "Gap, minor"),
        "major": QCoreApplication.translate("ItemTree", "Gap, major"),
        "critical": QCoreApplication.translate("ItemTree", "Gap, critical"),
    }
    return severities[str(state.severity)] if state.severity is not None else status_label(state.status)


def scores_text(state: ItemState) -> str:
    """The two scores, law first: "3 / 1"; a dash for a score not given; empty for N/A. A slash, which no script
    writes inside a number (a middle dot between Arabic-Indic digits reads as a zero: "٢ · ٤", 204)."""
    r = state.response
    if r.not_applicable:
        return ""
    return formats.pair(*("–" if v is None else formats.number(v) for v in (r.law, r.practice)))


def faded() -> QBrush:
    """The colour of rows shown as context: the palette's placeholder text."""
    return QBrush(QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText))


class ItemTreeModel(QAbstractItemModel):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.filters = Filters()  # set by the proxy (ItemFilter) that hides what does not match
        self._build()
        workspace.assessmentOpened.connect(self._reset)
        workspace.responseChanged.connect(self.item_changed)

    def _build(self) -> None:
        framework = self.workspace.framework
        items = list(framework.items) if framework else []
        self.items = items
        self.position = {item.code: n for n, item in enumerate(items)}
        self.parent_of = [self.position[i.parent] if i.parent else -1 for i in items]
        self.child_rows: list[list[int]] = [[] for _ in items]
        self.roots: list[int] = []
        for n, parent in enumerate(self.parent_of):
            (self.child_rows[parent] if parent >= 0 else self.roots).append(n)
        self.row = [0] * len(items)
        for siblings in [self.roots, *self.child_rows]:
            for row, n in enumerate(siblings):
                self.row[n] = row
        self.below: dict[int, list[str]] = {}  # a node's assessable descendants
        for n in range(len(items) - 1, -1, -1):
            mine: list[str] = []
            for child in self.child_rows[n]:
                if items[child].assessable:
                    mine.append(items[child].code)
                mine.extend(self.below.get(child, []))
            if mine:
                self.below[n] = mine
        self._completion: dict[int, tuple[int, int]] = {}
        self.lang = self.workspace.lang

    def _reset(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    # --- structure ------------------------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self.child_rows[parent.internalId()] if parent.isValid() else self.roots
        if 0 <= row < len(siblings) and 0 <= column < COLUMNS:
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, index: Index) -> QModelIndex: ...

    def parent(self, index: Index | None = None) -> QObject | QModelIndex | None:
        """The QObject that owns the model (no argument, as for any QObject), or the parent row of ``index``."""
        if index is None:
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        up = self.parent_of[index.internalId()]
        return QModelIndex() if up < 0 else self.createIndex(self.row[up], 0, up)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return len(self.child_rows[parent.internalId()]) if parent.column() == 0 else 0
        return len(self.roots)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def index_of(self, code: str, column: int = 0) -> QModelIndex:
        n = self.position.get(code)
        return QModelIndex() if n is None else self.createIndex(self.row[n], column, n)

    def code(self, index: Index) -> str | None:
        return self.items[index.internalId()].code if index.isValid() else None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Item"), self.tr("State"), self.tr("Scores"))[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole and section == 2:
            return formats.pair(self.tr("In law and institutions"), self.tr("in practice"))
        return None

    # --- content --------------------------------------------------------------------------------------------

    def completion(self, n: int) -> tuple[int, int]:
        cached = self._completion.get(n)
        if cached is None:
            codes = self.below.get(n, [])
            states = self.workspace.states
            done = sum(1 for c in codes if c in states and states[c].complete)
            cached = self._completion[n] = (done, len(codes))
        return cached

    def context_text(self) -> str:
        """What the state column says of an item shown as context (not scored)."""
        return self.tr("context")

    def completion_text(self, n: int) -> str:
        """How many of a branch's items are complete: "3 of 5"."""
        done, total = self.completion(n)
        return self.tr("{done} of {total}").format(done=formats.number(done), total=formats.number(total))

    def label(self, n: int) -> str:
        item = self.items[n]
        title = pick(item.title, self.lang)
        if item.parent is None:
            return formats.isolate(title or item.code)
        text = title or pick(item.text, self.lang)
        if len(text) > 140:
            text = text[:139].rstrip() + "…"
        return formats.isolate(f"{item.code}  {text}")  # cut short at its own end in an Arabic window too

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n = index.internalId()
        item = self.items[n]
        state = self.workspace.states.get(item.code)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.label(n)
            if column == 2:
                return scores_text(state) if state is not None else ""
            if state is not None:
                return state_label(state)
            if n in self.below:
                return self.completion_text(n)
            return self.context_text()
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if state is not None:
                return icons.status_icon(state.status)
            if n in self.below:
                done, total = self.completion(n)
                return icons.completion_icon(done / total if total else 1.0)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == 1 and state is not None and state.severity is not None:
            return icons.SEVERITY_SHADES[str(state.severity)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(n, state)
        if role == Qt.ItemDataRole.FontRole:
            if item.parent is None or (state is None and n not in self.below):
                font = QFont()
                font.setBold(item.parent is None)
                font.setItalic(state is None and n not in self.below and self.lang not in UPRIGHT)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (
            (state is None and n not in self.below) or (self.filtering and not self.matches(index))
        ):
            return faded()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            texts = [self.data(self.index(index.row(), c, index.parent())) for c in range(COLUMNS)]
            return ", ".join(str(t) for t in texts if t)
        if role == CodeRole:
            return item.code
        if role == StatusRole:
            return state.status if state is not None else None
        return None

    def _tooltip(self, n: int, state: Any) -> str:
        item = self.items[n]
        text = pick(item.title, self.lang) or pick(item.text, self.lang)
        if state is None:
            if n in self.below:
                done, total = self.completion(n)
                percent = round(100 * done / total) if total else 100
                return self.tr("{title}\n{done} of {total} items complete ({percent}%)").format(
                    title=text, done=formats.number(done), total=formats.number(total), percent=formats.number(percent)
                )
            return self.tr("{text}\nContext: not scored").format(text=text[:400])
        r = state.response

        def score(value: int | None) -> str:
            return "–" if value is None else formats.number(value)

        scores = (
            self.tr("N/A")
            if r.not_applicable
            else self.tr("law and institutions {law}, practice {practice}").format(
                law=score(r.law), practice=score(r.practice)
            )
        )
        return f"{item.code}: {state_label(state)} ({scores})\n{text[:400]}"

    # --- filters ---------------------------------------------------------------------------------------------

    @property
    def filtering(self) -> bool:
        f = self.filters
        return bool(f.statuses or f.priorities or f.institution or f.text)

    def matches(self, index: Index) -> bool:
        """Whether the item itself matches the filters (its parents show too, faded, to keep it in context)."""
        item = self.items[index.internalId()]
        state = self.workspace.states.get(item.code)
        if state is None:
            if self.filters.statuses or self.filters.priorities or self.filters.institution:
                return False
            needle = (self.filters.text or "").casefold()
            return needle in f"{item.code} {pick(item.title, 'en')} {pick(item.text, self.lang)}".casefold()
        return matches(state, self.filters)

    def item_changed(self, code: str) -> None:
        """Repaint the row of ``code`` and its ancestors' completion."""
        n = self.position.get(code)
        if n is None:
            return
        while n >= 0:
            self._completion.pop(n, None)
            left = self.createIndex(self.row[n], 0, n)
            self.dataChanged.emit(left, left.siblingAtColumn(COLUMNS - 1))
            n = self.parent_of[n]


class ItemFilter(QSortFilterProxyModel):
    """Keeps assessable items that match the filters, with their parents; context shows when no filter is set.

    The model decides what matches (:meth:`ItemTreeModel.matches`): it also fades the parents shown only
    to keep a match in context.
    """

    def __init__(self, model: ItemTreeModel) -> None:
        super().__init__()
        self.setSourceModel(model)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(False)  # an edited item stays until the user moves on (see Navigator)
        self.model_ = model

    @property
    def active(self) -> bool:
        return self.model_.filtering

    def set_filters(self, filters: Filters) -> None:
        self.beginFilterChange()
        self.model_.filters = filters
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        return not self.model_.filtering or self.model_.matches(self.model_.index(row, 0, parent))

    def accepts(self, index: Index) -> bool:
        return self.model_.matches(index)
