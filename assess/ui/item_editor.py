"""Scoring one item: the two scores or N/A, the rationale, institutions, priority, date, next action and TA.

Every change is handed to :class:`~assess.ui.edits.ResponseEdits` for the item on screen, which saves
it in the background: choices when they are made, text (and a typed date) after a pause in typing and
whenever the user leaves the field or the item. The editor shows what is stored with, on top, what the
user typed or chose that is not saved yet; each group says how its last edit went.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assess.fields import BY_NAME
from assess.scoring import ItemState
from assess.ui import formats
from assess.ui.edits import Group, ResponseEdits
from assess.ui.institutions import InstitutionPicker
from assess.ui.save_state import SaveStateLabel
from assess.ui.score_box import ScoreBox
from assess.ui.text_limits import limit_plain
from assess.ui.workspace import Workspace

NA_FIELDS = {"not_applicable", "na_justification"}


class ItemEditor(QWidget):
    def __init__(self, workspace: Workspace, edits: ResponseEdits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.edits = workspace, edits
        self.code: str | None = None
        self._loading = False
        self._build()
        workspace.responseChanged.connect(self._changed_elsewhere)
        workspace.institutionsChanged.connect(self._load)
        workspace.assessmentChanged.connect(self._load)
        edits.stateChanged.connect(self._state_changed)

    # --- building -------------------------------------------------------------------------------------------

    def _text(self, name: str, field: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setProperty("lines", lines)
        limit_plain(edit, BY_NAME[field].limit, self.workspace.say)  # first: what is saved is what is kept
        edit.textChanged.connect(lambda: self._typed({field: edit.toPlainText()}))
        edit.installEventFilter(self)
        return edit

    def _build(self) -> None:
        self.scores = ScoreBox()
        self.scores.edited.connect(self._chosen)
        self.scores.typed.connect(self._typed)
        # the score controls under the names the rest of the window (and the tests) use
        box = self.scores
        self.law, self.practice, self.na, self.na_reason = box.law, box.practice, box.na, box.na_reason
        self.law_hint, self.practice_hint, self.na_hint, self.scale = (
            box.law_hint,
            box.practice_hint,
            box.na_hint,
            box.scale,
        )
        self.na_reason.editingFinished.connect(self.edits.flush_typing)
        self.na_reason.installEventFilter(self)

        self.notes = QGroupBox(self.tr("Rationale and plan"))
        notes = QFormLayout(self.notes)
        self.rationale = self._text(self.tr("Rationale"), "rationale", 4)
        self.institutions = InstitutionPicker()
        self.institutions.changed.connect(lambda names: self._chosen({"institutions": names}))
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for text, value in (
            (self.tr("No priority"), None),
            (self.tr("High"), "high"),
            (self.tr("Medium"), "medium"),
            (self.tr("Low"), "low"),
        ):
            self.priority.addItem(text, value)
        self.priority.currentIndexChanged.connect(lambda: self._chosen({"priority": self.priority.currentData()}))
        self.has_date = QCheckBox(self.tr("Set"))
        self.has_date.setAccessibleName(self.tr("Has a target date"))
        self.has_date.toggled.connect(self._date_toggled)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(formats.date_format())
        self.date.setAccessibleName(self.tr("Target date"))
        self.date.dateChanged.connect(lambda: self._typed({"target_date": self._date_value()}))
        self.date.editingFinished.connect(self.edits.flush_typing)
        date_box = QWidget()
        date_row = QHBoxLayout(date_box)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        self.next_action = self._text(self.tr("Next action"), "next_action", 2)
        self.assistance = self._text(self.tr("Technical assistance needed"), "technical_assistance", 2)
        rows: list[tuple[str, QWidget, QWidget]] = [
            (self.tr("&Rationale:"), self.rationale, self.rationale),
            (self.tr("Responsible &institutions:"), self.institutions, self.institutions.list),
            (self.tr("Pri&ority:"), self.priority, self.priority),
            (self.tr("&Target date:"), date_box, self.date),
            (self.tr("Ne&xt action:"), self.next_action, self.next_action),
            (self.tr("Technical a&ssistance needed:"), self.assistance, self.assistance),
        ]
        for text, field, buddy in rows:
            caption = QLabel(text)
            caption.setBuddy(buddy)
            notes.addRow(caption, field)
        self.notes_state = SaveStateLabel(self.tr("Save state of the rationale and plan"))
        notes.insertRow(0, self.notes_state)  # first: under the title, the state of the group

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scores)
        layout.addWidget(self.notes)

    # --- showing --------------------------------------------------------------------------------------------

    def show_item(self, code: str | None) -> None:
        """Show ``code``; what was typed for the item before stays with it and is saved for it."""
        self.edits.flush()
        self.code = code
        self._fill_scales()
        self._load()

    def _fill_scales(self) -> None:
        framework, info = self.workspace.framework, self.workspace.assessment
        if framework is not None and info is not None:
            self.scores.fill_scale(framework, info, self.workspace.lang)

    def shown_state(self) -> ItemState | None:
        """The current item as stored, with what is typed or chosen and not saved yet on top."""
        state = self.workspace.state(self.code) if self.code else None
        if state is None or self.code is None:
            return None
        unsaved = self.edits.unsaved(self.code)
        if "institutions" in unsaved:
            unsaved["institutions"] = tuple(unsaved["institutions"])
        return replace(state, response=replace(state.response, **unsaved)) if unsaved else state

    def _load(self) -> None:
        """Show the current item (only widgets whose value differs are touched)."""
        state = self.shown_state()
        self.setVisible(state is not None)
        if state is None:
            return
        r = state.response
        self.scores.set_values(state)
        self._loading = True
        try:
            self._set_plain(self.rationale, r.rationale)
            self._set_plain(self.next_action, r.next_action)
            self._set_plain(self.assistance, r.technical_assistance)
            self.institutions.set_values(self.workspace.institutions, r.institutions)
            self._set_combo(self.priority, r.priority)
            if self.has_date.isChecked() != (r.target_date is not None):
                self.has_date.setChecked(r.target_date is not None)
            if r.target_date is not None and self.date.date().toPython() != r.target_date:
                self.date.setDate(QDate(r.target_date.year, r.target_date.month, r.target_date.day))
            elif r.target_date is None:
                self.date.setDate(QDate.currentDate().addMonths(6))
        finally:
            self._loading = False
        self.apply_read_only()
        self._show_save_state()

    def _show_save_state(self) -> None:
        for group, label in ((Group.SCORES, self.scores.save_state), (Group.NOTES, self.notes_state)):
            label.show_state(self.edits.state(self.code, group) if self.code else None)

    @staticmethod
    def _set_combo(combo: QComboBox, value: object) -> None:
        index = combo.findData(value) if value is not None else 0
        if index >= 0 and combo.currentIndex() != index:
            combo.setCurrentIndex(index)

    @staticmethod
    def _set_plain(edit: QPlainTextEdit, text: str) -> None:
        if edit.toPlainText() != text:
            edit.setPlainText(text)

    def apply_read_only(self) -> None:
        read_only = self.workspace.read_only
        for widget in (self.priority, self.has_date):
            widget.setEnabled(not read_only)
        self.date.setEnabled(self.has_date.isChecked() and not read_only)
        for edit in (self.rationale, self.next_action, self.assistance):
            edit.setReadOnly(read_only)
        self.institutions.set_read_only(read_only)
        self.scores.set_read_only(read_only)

    def _changed_elsewhere(self, code: str) -> None:
        if code == self.code:
            self._load()

    def _state_changed(self, code: str) -> None:
        if code == self.code:
            self._show_save_state()

    # --- editing --------------------------------------------------------------------------------------------

    def _date_value(self) -> dt.date | None:
        if not self.has_date.isChecked():
            return None
        value = self.date.date().toPython()
        assert isinstance(value, dt.date)
        return value

    def _date_toggled(self, _checked: bool) -> None:
        self.apply_read_only()
        if self.code is not None:
            self.edits.forget_typing(self.code, {"target_date"})
        self._chosen({"target_date": self._date_value()})

    def _editable(self) -> bool:
        return not self._loading and self.code is not None and not self.workspace.read_only

    def _chosen(self, fields: dict[str, Any]) -> None:
        if not self._editable() or self.code is None:
            return
        if fields.get("not_applicable") is False:
            # Unticked: what was typed for the N/A goes, and an N/A stored or waiting to be is taken back.
            self.edits.forget_typing(self.code, NA_FIELDS)
            shown = self.shown_state()
            if shown is None or not shown.response.not_applicable:
                return
        self.edits.make(self.code, fields)

    def _typed(self, fields: dict[str, Any]) -> None:
        if self._editable() and self.code is not None:
            self.edits.typed(self.code, fields)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.edits.flush_typing()  # leaving a field saves what was typed in it
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Polish) and isinstance(watched, QPlainTextEdit):
            lines = int(watched.property("lines") or 3)
            watched.setFixedHeight(watched.fontMetrics().lineSpacing() * lines + 14)
        return super().eventFilter(watched, event)
