"""The plan of a merge before anything is written: the conflicts side by side, one choice each, and the
changes that merge without conflict.

A conflict is a field changed both here and in the package (or workbook) since the part was sent out. Its row shows
the item, the field, and the value as sent, here (mine) and in the package or workbook (theirs); the user chooses
mine or theirs for each (or all one way), and the chosen side is highlighted. Merging stays disabled
until every conflict is settled. Below, the clean changes: fields taken from the package, later changes
of yours that stay, and evidence the package adds.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assess.merge import FieldMerge, Medium, MergePlan, Scores, Side
from assess.ui import counts, formats, look
from assess.ui.errors import localized

ITEM, FIELD, BASE, MINE, THEIRS, CHOICE = range(6)
SHOWN_CHARS = 240
CHOSEN = QColor("#dff0e3")
NOT_CHOSEN = QColor("#8a8f98")


def field_label(merge: FieldMerge) -> str:
    labels = {
        "scores": QCoreApplication.translate("MergeDialog", "Scores or N/A"),
        "law": QCoreApplication.translate("MergeDialog", "Score in law and institutions"),
        "practice": QCoreApplication.translate("MergeDialog", "Score in practice"),
        "na_justification": QCoreApplication.translate("MergeDialog", "N/A justification"),
        "rationale": QCoreApplication.translate("MergeDialog", "Rationale"),
        "institutions": QCoreApplication.translate("MergeDialog", "Responsible institutions"),
        "priority": QCoreApplication.translate("MergeDialog", "Priority"),
        "target_date": QCoreApplication.translate("MergeDialog", "Target date"),
        "next_action": QCoreApplication.translate("MergeDialog", "Next action"),
        "technical_assistance": QCoreApplication.translate("MergeDialog", "Technical assistance needed"),
    }
    return labels.get(merge.field, merge.label)


def shown(value: object) -> str:
    """A value of a response as the user reads it in the merge view."""
    if value is None or value == "" or value == ():
        return QCoreApplication.translate("MergeDialog", "(empty)")
    if isinstance(value, Scores):
        if value.not_applicable:
            return QCoreApplication.translate("MergeDialog", "N/A: {why}").format(why=value.na_justification)
        if value.law is None and value.practice is None:
            return QCoreApplication.translate("MergeDialog", "(not scored)")
        none = "–"
        return QCoreApplication.translate("MergeDialog", "law {law}, practice {practice}").format(
            law=none if value.law is None else value.law, practice=none if value.practice is None else value.practice
        )
    if isinstance(value, tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return formats.date(value)
    priorities = {
        "high": QCoreApplication.translate("MergeDialog", "High"),
        "medium": QCoreApplication.translate("MergeDialog", "Medium"),
        "low": QCoreApplication.translate("MergeDialog", "Low"),
    }
    return priorities.get(str(value), str(value))


def _cell(text: str) -> QTableWidgetItem:
    cell = QTableWidgetItem(text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…")
    cell.setToolTip(text)
    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return cell


def _cell_at(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    cell = table.item(row, column)
    assert cell is not None, "every cell of the conflicts is filled"
    return cell


class MergeDialog(QDialog):
    def __init__(self, plan: MergePlan, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.workbook = plan.medium is Medium.WORKBOOK
        self.setWindowTitle(self.tr("Merge contribution"))
        heading = QLabel(title)
        heading.setWordWrap(True)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        summary = QLabel(
            formats.listed(
                [
                    self.tr("%Ln change(s) to take", "", len(plan.taken)),
                    self.tr("%Ln conflict(s) to settle", "", len(plan.conflicts)),
                    counts.later_changes_kept(len(plan.kept)),
                    self.tr("%Ln piece(s) of evidence to add", "", len(plan.evidence)),
                ]
            )
        )
        warnings = QLabel("\n".join(localized(warning) for warning in plan.warnings))
        warnings.setWordWrap(True)
        warnings.setVisible(bool(plan.warnings))
        self.conflicts = self._conflict_table()
        self.settled = QLabel()
        self.all_mine = QPushButton(self.tr("Take all &mine"))
        self.all_mine.clicked.connect(lambda: self.take_all("mine"))
        self.all_theirs = QPushButton(self.tr("Take all &theirs"))
        self.all_theirs.clicked.connect(lambda: self.take_all("theirs"))
        row = QHBoxLayout()
        row.addWidget(self.settled, 1)
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        conflict_box = QGroupBox(
            self.tr("Changed both here and in the workbook: choose which to keep")
            if self.workbook
            else self.tr("Changed both here and in the package: choose which to keep")
        )
        box = QVBoxLayout(conflict_box)
        box.addWidget(self.conflicts, 1)
        box.addLayout(row)
        conflict_box.setVisible(bool(plan.conflicts))
        self.changes = self._change_tree()
        change_box = QGroupBox(self.tr("Merged without conflict"))
        QVBoxLayout(change_box).addWidget(self.changes)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(conflict_box)
        splitter.addWidget(change_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        undo_note = QLabel(
            self.tr(
                "Edit > Undo cannot take a merge back: merging clears the undo history. The history of each item "
                "records every change the merge makes, with where it came from."
            )
        )
        undo_note.setWordWrap(True)
        undo_note.setEnabled(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(summary)
        layout.addWidget(warnings)
        layout.addWidget(splitter, 1)
        layout.addWidget(undo_note)
        layout.addWidget(self.buttons)
        self._update()
        self.resize(1100, 680 if plan.conflicts else 460)

    # --- the conflicts --------------------------------------------------------------------------------------

    def _conflict_table(self) -> QTableWidget:
        table = QTableWidget(len(self.plan.conflicts), 6)
        table.setObjectName("conflicts")
        table.setAccessibleName(self.tr("Conflicts"))
        table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Field"),
                self.tr("As sent"),
                self.tr("Here (mine)"),
                self.tr("Theirs"),
                self.tr("Keep"),
            ]
        )
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        for column in (ITEM, FIELD, CHOICE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (BASE, MINE, THEIRS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(self.plan.conflicts):
            table.setItem(row, ITEM, _cell(conflict.code))
            table.setItem(row, FIELD, _cell(field_label(conflict)))
            table.setItem(row, BASE, _cell(shown(conflict.base)))
            table.setItem(row, MINE, _cell(shown(conflict.mine)))
            table.setItem(row, THEIRS, _cell(shown(conflict.theirs)))
            _cell_at(table, row, BASE).setForeground(QBrush(NOT_CHOSEN))
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Keep for {code}, {field}").format(code=conflict.code, field=field_label(conflict))
            )
            combo.addItem(self.tr("Choose…"), None)
            combo.addItem(self.tr("Mine"), "mine")
            combo.addItem(self.tr("Theirs"), "theirs")
            combo.currentIndexChanged.connect(self._update)
            holder = QWidget()  # keeps the combo box at the top of a tall row, at its own height
            stack = QVBoxLayout(holder)
            stack.setContentsMargins(2, 2, 2, 2)
            stack.addWidget(combo)
            stack.addStretch(1)
            table.setCellWidget(row, CHOICE, holder)
            self.choices.append(combo)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())  # wrapped texts need new heights
        table.resizeRowsToContents()
        return table

    def conflict_rows(self) -> list[tuple[str, str, str, str, str]]:
        """The conflicts as shown (long texts in full, as their tooltips show them): item, field, as sent, mine, theirs."""
        table = self.conflicts
        rows = []
        for r in range(table.rowCount()):
            item, field, base, mine, theirs = (_cell_at(table, r, c).toolTip() for c in range(CHOICE))
            rows.append((item, field, base, mine, theirs))
        return rows

    def choose(self, row: int, side: Side | None) -> None:
        combo = self.choices[row]
        combo.setCurrentIndex(combo.findData(side))

    def take_all(self, side: Side) -> None:
        for row in range(len(self.choices)):
            self.choose(row, side)

    def _update(self, *_args: object) -> None:
        settled = 0
        for row, combo in enumerate(self.choices):
            side = combo.currentData()
            settled += side is not None
            for column, name in ((MINE, "mine"), (THEIRS, "theirs")):
                cell = _cell_at(self.conflicts, row, column)
                kept = side == name
                cell.setBackground(QBrush(CHOSEN) if kept else QBrush())
                cell.setForeground(QBrush(NOT_CHOSEN) if side is not None and not kept else QBrush())
                font = cell.font()
                font.setStrikeOut(side is not None and not kept)
                cell.setFont(font)
        total = len(self.choices)
        self.settled.setText(
            self.tr("Settled: {settled} of {total}").format(
                settled=formats.number(settled), total=formats.number(total)
            )
        )
        self.settled.setStyleSheet("" if settled == total else f"color: {look.WARNING.name()};")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(settled == total)

    def answer(self) -> dict[tuple[str, str], Side]:
        return {
            conflict.key: combo.currentData()
            for conflict, combo in zip(self.plan.conflicts, self.choices, strict=True)
            if combo.currentData() is not None
        }

    # --- the clean changes ----------------------------------------------------------------------------------

    def _change_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("changes")
        tree.setAccessibleName(self.tr("Changes merged without conflict"))
        tree.setRootIsDecorated(False)
        tree.setAlternatingRowColors(True)
        theirs = self.tr("In the workbook") if self.workbook else self.tr("In the package")
        tree.setHeaderLabels([self.tr("Item"), self.tr("Field"), self.tr("What happens"), self.tr("Here now"), theirs])
        taken = self.tr("Taken from the workbook") if self.workbook else self.tr("Taken from the package")
        kept = self.tr("Yours kept")
        for item in self.plan.items():
            for verdict, merges in ((taken, item.taken), (kept, item.kept)):
                for merge in merges:
                    row = QTreeWidgetItem(
                        [item.code, field_label(merge), verdict, shown(merge.mine), shown(merge.theirs)]
                    )
                    for column in (3, 4):
                        row.setToolTip(column, row.text(column))
                    tree.addTopLevelItem(row)
            for added in item.evidence:
                proof = added.evidence
                name = proof.label + (f" ({formats.size(proof.size)})" if proof.kind == "file" else "")
                tree.addTopLevelItem(QTreeWidgetItem([item.code, self.tr("Evidence"), self.tr("Added"), "", name]))
        header = tree.header()
        header.setStretchLastSection(False)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if tree.topLevelItemCount() == 0:
            tree.addTopLevelItem(QTreeWidgetItem(["", "", self.tr("Nothing but the conflicts above")]))
        return tree

    def change_rows(self) -> list[list[str]]:
        tree = self.changes
        rows = []
        for r in range(tree.topLevelItemCount()):
            row = tree.topLevelItem(r)
            assert row is not None
            rows.append([row.text(c) for c in range(5)])
        return rows
