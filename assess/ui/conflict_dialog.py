"""The dialog of a conflict: someone else saved the item the user was editing; both versions side by side.

Each part (a text, a choice, or the scores and N/A together) shows the other person's version and the
user's, and three ways to settle it: keep mine, take theirs, or, for a text, merge by hand in an editor
that starts with both texts. Saving stays disabled until every part is settled; closing the dialog takes
theirs everywhere, and the user's version stays in Undo (assess.ui.conflicts).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from assess.ui import formats
from assess.ui.conflicts import SCORES, Choice, Conflict, Part

MINE, THEIRS, MERGED = "mine", "theirs", "merged"

translate = QCoreApplication.translate


def part_label(part: Part) -> str:
    labels = {
        SCORES: translate("ConflictDialog", "Scores or N/A"),
        "rationale": translate("ConflictDialog", "Rationale"),
        "institutions": translate("ConflictDialog", "Responsible institutions"),
        "priority": translate("ConflictDialog", "Priority"),
        "target_date": translate("ConflictDialog", "Target date"),
        "next_action": translate("ConflictDialog", "Next action"),
        "technical_assistance": translate("ConflictDialog", "Technical assistance needed"),
    }
    return labels.get(part.key, part.key)


def shown(part: Part, values: dict[str, Any]) -> str:
    """One side of a part as the user reads it."""
    empty = translate("ConflictDialog", "(empty)")
    if part.key == SCORES:
        if values.get("not_applicable"):
            return translate("ConflictDialog", "N/A: {why}").format(why=values.get("na_justification") or empty)
        law, practice = values.get("law"), values.get("practice")
        if law is None and practice is None:
            return translate("ConflictDialog", "(not scored)")
        return translate("ConflictDialog", "law {law}, practice {practice}").format(
            law="–" if law is None else law, practice="–" if practice is None else practice
        )
    value = values.get(part.key)
    if value is None or value == "" or value == [] or value == ():
        return empty
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return formats.date(value)
    priorities = {
        "high": translate("ConflictDialog", "High"),
        "medium": translate("ConflictDialog", "Medium"),
        "low": translate("ConflictDialog", "Low"),
    }
    return priorities.get(str(value), str(value))


def _side(title: str, text: str) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(QLabel(title))
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    view.setAccessibleName(title)
    view.setFixedHeight(view.fontMetrics().lineSpacing() * 4 + 14)
    column.addWidget(view)
    return box


class ConflictDialog(QDialog):
    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Changed by someone else"))
        who = conflict.by or self.tr("someone else")
        when = formats.date_time(conflict.at) if conflict.at else ""
        heading = QLabel(
            self.tr(
                "{code} was changed by {user} ({when}) while you were editing it. Nothing is lost: choose for each "
                "part what to keep. What you do not keep stays one Undo away (Edit > Undo)."
            ).format(code=conflict.code, user=who, when=when)
        )
        heading.setWordWrap(True)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        self.groups: dict[str, QButtonGroup] = {}
        self.merged: dict[str, QPlainTextEdit] = {}
        body = QWidget()
        parts = QVBoxLayout(body)
        for part in conflict.parts:
            parts.addWidget(self._part(part, who))
        parts.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(body)
        self.all_mine = QPushButton(self.tr("Keep all &mine"))
        self.all_mine.clicked.connect(lambda: self.take_all(MINE))
        self.all_theirs = QPushButton(self.tr("Take all &theirs"))
        self.all_theirs.clicked.connect(lambda: self.take_all(THEIRS))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroller, 1)
        layout.addLayout(row)
        self._update()
        self.resize(820, min(260 + 200 * len(conflict.parts), 720))

    def _part(self, part: Part, who: str) -> QGroupBox:
        box = QGroupBox(part_label(part))
        grid = QGridLayout(box)
        grid.addWidget(_side(self.tr("Theirs ({user})").format(user=who), shown(part, part.theirs)), 0, 0)
        grid.addWidget(_side(self.tr("Yours"), shown(part, part.mine)), 0, 1)
        group = QButtonGroup(box)
        choices = [(MINE, self.tr("Keep mine")), (THEIRS, self.tr("Take theirs"))]
        if part.text:
            choices.append((MERGED, self.tr("Merge by hand")))
        buttons = QHBoxLayout()
        for key, text in choices:
            button = QRadioButton(text)
            button.setObjectName(key)
            button.setAccessibleName(f"{text}: {part_label(part)}")
            group.addButton(button)
            buttons.addWidget(button)
        buttons.addStretch(1)
        grid.addLayout(buttons, 1, 0, 1, 2)
        group.buttonToggled.connect(self._update)
        self.groups[part.key] = group
        if part.text:
            editor = QPlainTextEdit(f"{part.theirs.get(part.key) or ''}\n\n{part.mine.get(part.key) or ''}".strip())
            editor.setAccessibleName(self.tr("Merged text of {field}").format(field=part_label(part)))
            editor.setVisible(False)
            grid.addWidget(editor, 2, 0, 1, 2)
            self.merged[part.key] = editor
        return box

    def chosen(self, key: str) -> str | None:
        button = self.groups[key].checkedButton()
        return button.objectName() if button is not None else None

    def choose(self, key: str, side: str, text: str | None = None) -> None:
        """Settle part ``key`` (what a click does; tests and "all" use it)."""
        for button in self.groups[key].buttons():
            if button.objectName() == side:
                button.setChecked(True)
        if text is not None:
            self.merged[key].setPlainText(text)

    def take_all(self, side: str) -> None:
        for key in self.groups:
            self.choose(key, side)

    def _update(self, *_args: object) -> None:
        for key, editor in self.merged.items():
            editor.setVisible(self.chosen(key) == MERGED)
        settled = all(self.chosen(key) is not None for key in self.groups)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(settled)

    def choice(self) -> Choice:
        """What to save for each part: mine, the merged text, or None (theirs)."""
        answer: Choice = {}
        for part in self.conflict.parts:
            side = self.chosen(part.key)
            if side == MINE:
                answer[part.key] = dict(part.mine)
            elif side == MERGED:
                answer[part.key] = {part.key: self.merged[part.key].toPlainText()}
            else:
                answer[part.key] = None
        return answer
