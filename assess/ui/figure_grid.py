"""An indicator's figures as a grid: periods across, the total and each dimension's categories down, then the
period's source and quality note; typed into, pasted into from a spreadsheet, cleared with Delete.

Numbers are read in the window language's writing ("1,250.5" in English, "1 250,5" in French: the locale's digit
grouping is dropped and its decimal sign read), so a block copied from a spreadsheet pastes as it shows there. A
paste or a clearing is one change (one step of Undo); anything that does not fit (a word where a figure goes, a
figure the unit refuses, a block wider than the periods shown) is refused as a whole, saying which cell, and nothing
is saved. A total whose breakdown does not add up is shaded and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from assess.errors import InvalidInput
from assess.figures import TOTAL, Cell, Change, Figures, mismatches
from assess.periods import Period
from assess.ui import errors, formats
from assess.ui.figure_format import figure_text, period_text, read_figure
from framework import pick
from framework.model import Indicator

Index = QModelIndex | QPersistentModelIndex
MISMATCH = QColor("#f6dcd8")
HEADER = QColor("#eef2f6")


class Kind(Enum):
    TOTAL = auto()
    HEADER = auto()
    CELL = auto()
    SOURCE = auto()
    NOTE = auto()


@dataclass(frozen=True)
class Row:
    kind: Kind
    label: str
    cell: Cell = TOTAL
    dimension: str = ""

    @property
    def editable(self) -> bool:
        return self.kind is not Kind.HEADER


class FigureGridModel(QAbstractTableModel):
    changesWanted = Signal(object)  # a list of Change to save
    refused = Signal(str)  # why a typed or pasted value was not taken

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.indicator: Indicator | None = None
        self.periods: list[Period] = []
        self.rows: list[Row] = []
        self.figures: dict[Period, Figures] = {}
        self.read_only = True

    def show(
        self, indicator: Indicator | None, held: tuple[Figures, ...], periods: list[Period], lang: str, read_only: bool
    ) -> None:
        self.beginResetModel()
        self.indicator, self.periods, self.read_only = indicator, list(periods), read_only
        self.figures = {f.period: f for f in held}
        self.rows = []
        if indicator is not None:
            self.rows.append(Row(Kind.TOTAL, self.tr("Total")))
            for dimension in indicator.disaggregations:
                self.rows.append(Row(Kind.HEADER, pick(dimension.label, lang), dimension=dimension.id))
                for category in dimension.categories:
                    self.rows.append(
                        Row(Kind.CELL, pick(category.label, lang), (dimension.id, category.id), dimension.id)
                    )
            self.rows += [Row(Kind.SOURCE, self.tr("Source")), Row(Kind.NOTE, self.tr("Quality note"))]
        self.endResetModel()

    # --- showing --------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.periods)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            return period_text(self.periods[section]) if section < len(self.periods) else None
        return self.rows[section].label if section < len(self.rows) else None

    def _mismatch(self, row: Row, period: Period) -> str:
        """Why the breakdown of ``row`` (a total or a dimension's heading) does not add up in ``period``, or ""."""
        held = self.figures.get(period)
        if held is None or self.indicator is None:
            return ""
        for m in mismatches(self.indicator, held):
            if row.kind is Kind.TOTAL or m.dimension == row.dimension:
                return errors.localized(m.text)
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.indicator is None:
            return None
        row, period = self.rows[index.row()], self.periods[index.column()]
        held = self.figures.get(period)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if row.kind is Kind.HEADER or held is None:
                return ""
            if row.kind is Kind.SOURCE:
                return held.source
            if row.kind is Kind.NOTE:
                return held.note
            value = held.values.get(row.cell)
            if role == Qt.ItemDataRole.EditRole:
                return figure_text(value, None) if value is not None else ""
            return figure_text(value, self.indicator.unit) if value is not None else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._mismatch(row, period) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.kind is Kind.HEADER:
                return QBrush(HEADER)
            if row.kind is Kind.TOTAL and self._mismatch(row, period):
                return QBrush(MISMATCH)
            return None
        if role == Qt.ItemDataRole.FontRole and row.kind in (Kind.TOTAL, Kind.HEADER):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and row.kind in (Kind.TOTAL, Kind.CELL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and self.rows[index.row()].editable:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    # --- editing --------------------------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        return self.put({(index.row(), index.column()): str(value)})

    def put(self, values: dict[tuple[int, int], str]) -> bool:
        """Save the texts typed or pasted into cells (row, column) as one change per period; False if refused."""
        if self.indicator is None or self.read_only:
            return False
        per_period: dict[Period, dict[str, Any]] = {}
        for (r, c), text in sorted(values.items()):
            row, period = self.rows[r], self.periods[c]
            change = per_period.setdefault(period, {"values": {}})
            if row.kind is Kind.SOURCE:
                change["source"] = text.strip()
            elif row.kind is Kind.NOTE:
                change["note"] = text.strip()
            elif row.kind is not Kind.HEADER:
                try:
                    figure = read_figure(text)
                    problem = self.indicator.unit.problem_with(figure) if figure is not None else None
                except InvalidInput as exc:
                    problem = exc.text
                if problem is not None:
                    self.refused.emit(
                        self.tr("{row}, {period}: {problem} Nothing was saved.").format(
                            row=row.label, period=period_text(period), problem=errors.localized(problem)
                        )
                    )
                    return False
                change["values"][row.cell] = figure
        code = self.indicator.code
        changes = [
            Change(code, period, parts["values"], parts.get("source"), parts.get("note"))
            for period, parts in per_period.items()
        ]
        self.changesWanted.emit(changes)
        return True

    def paste(self, start: QModelIndex, text: str) -> bool:
        """A block copied from a spreadsheet (rows of tab-separated cells), from ``start`` on: the figures go down the
        rows that take figures (headings are stepped over), across the periods shown."""
        lines = [line.split("\t") for line in text.rstrip("\r\n").replace("\r\n", "\n").split("\n")]
        if not start.isValid() or not lines or self.read_only:
            return False
        editable = [r for r in range(start.row(), len(self.rows)) if self.rows[r].editable]
        width = max(len(line) for line in lines)
        if len(lines) > len(editable) or start.column() + width > len(self.periods):
            self.refused.emit(
                self.tr(
                    "The block pasted is {rows} rows by {columns} columns; from this cell there is room for {room_rows} "
                    "by {room_columns}. Add the periods first, or paste from another cell. Nothing was saved."
                ).format(
                    rows=formats.number(len(lines)),
                    columns=formats.number(width),
                    room_rows=formats.number(len(editable)),
                    room_columns=formats.number(len(self.periods) - start.column()),
                )
            )
            return False
        values = {
            (editable[i], start.column() + j): cell for i, line in enumerate(lines) for j, cell in enumerate(line)
        }
        return self.put(values)

    def clear(self, indexes: list[QModelIndex]) -> bool:
        return self.put({(i.row(), i.column()): "" for i in indexes if self.rows[i.row()].editable})


class FigureGrid(QTableView):
    """The grid; Ctrl+V pastes a block from the clipboard at the current cell, Delete clears the selected cells."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = FigureGridModel(self)
        self.setModel(self.grid)
        self.setAccessibleName(self.tr("Figures: periods across, the total and the categories down"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(self.fontMetrics().horizontalAdvance("0000000000") + 12)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 18)  # long names elide

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.grid.paste(self.currentIndex(), QGuiApplication.clipboard().text())
            return
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.grid.clear(self.selectedIndexes())
            return
        super().keyPressEvent(event)
