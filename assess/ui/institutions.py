"""Choosing an item's responsible institutions from the assessment's list, or adding a new one.

The list shows every institution of the assessment in alphabetical order; ticking one adds
it after those already chosen, so the lead institution named first stays first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from assess import limits
from assess.ui.text_limits import limit_line


class InstitutionPicker(QWidget):
    changed = Signal(list)  # the chosen names, lead institution first

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Responsible institutions"))
        self.list.setToolTip(self.tr("Tick the institutions responsible for this item (Space ticks the current one)."))
        self.list.setMaximumHeight(140)
        self.list.itemChanged.connect(self._ticked)
        self.new = limit_line(QLineEdit(), limits.INSTITUTION)
        self.new.setPlaceholderText(self.tr("Add an institution…"))
        self.new.setAccessibleName(self.tr("New institution"))
        self.new.returnPressed.connect(self.add_typed)
        self.add = QPushButton(self.tr("Add"))
        self.add.setAccessibleName(self.tr("Add the institution"))
        self.add.clicked.connect(self.add_typed)
        row = QHBoxLayout()
        row.addWidget(self.new, 1)
        row.addWidget(self.add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self._loading = False
        self._chosen: list[str] = []
        self._read_only = False

    def set_values(self, known: list[str], chosen: tuple[str, ...] | list[str]) -> None:
        """Show every known institution, ticking ``chosen``."""
        self._chosen = list(chosen)
        names = sorted({*known, *chosen}, key=str.casefold)
        picked = {c.casefold() for c in chosen}
        self._loading = True
        if names != self._names():
            self.list.clear()
            for name in names:
                self.list.addItem(QListWidgetItem(name))
        for i in range(self.list.count()):
            entry = self.list.item(i)
            self._set_flags(entry)
            state = Qt.CheckState.Checked if entry.text().casefold() in picked else Qt.CheckState.Unchecked
            if entry.checkState() != state or entry.data(Qt.ItemDataRole.CheckStateRole) is None:
                entry.setCheckState(state)
        self._loading = False

    def _set_flags(self, entry: QListWidgetItem) -> None:
        flags = entry.flags() | Qt.ItemFlag.ItemIsUserCheckable
        entry.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable if self._read_only else flags)

    def _names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def chosen(self) -> list[str]:
        return list(self._chosen)

    def _ticked(self, entry: QListWidgetItem) -> None:
        if self._loading:
            return
        name = entry.text()
        keep = [c for c in self._chosen if c.casefold() != name.casefold()]
        if entry.checkState() == Qt.CheckState.Checked:
            keep.append(name)
        if keep != self._chosen:
            self._chosen = keep
            self.changed.emit(self.chosen())

    def add_typed(self) -> None:
        name = " ".join(self.new.text().split())
        if not name or self._read_only:
            return
        self.new.clear()
        for i in range(self.list.count()):
            entry = self.list.item(i)
            if entry.text().casefold() == name.casefold():
                entry.setCheckState(Qt.CheckState.Checked)  # reported through _ticked
                self.list.setCurrentItem(entry)
                return
        self._chosen.append(name)
        self.set_values([*self._names(), name], self._chosen)
        self.changed.emit(self.chosen())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.new.setEnabled(not read_only)
        self.add.setEnabled(not read_only)
        self._loading = True
        for i in range(self.list.count()):
            self._set_flags(self.list.item(i))
        self._loading = False
