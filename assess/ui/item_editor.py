"""Scoring one item: the two scores or N/A, the rationale, institutions, priority, date, next action and TA.

Every change is handed to :class:`~assess.ui.edits.ResponseEdits` for the item on screen, which saves
it in the background: choices when they are made, text (and a typed date) after a pause in typing and
whenever the user leaves the field or the item. The editor shows what is stored with, on top, what the
user typed or chose that is not saved yet; each group says how its last edit went.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from assess.fields import BY_NAME
from assess.scoring import ItemState
from assess.ui.controls import ChoiceBox, DateField
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
        # The scores an item had when N/A was ticked (greyed meanwhile), given back when it is unticked.
        self._before_na: dict[tuple[int, str], tuple[int | None, int | None]] = {}
        self._build()
        workspace.responseChanged.connect(self._changed_elsewhere)
        workspace.institutionsChanged.connect(self._load)
        workspace.assessmentChanged.connect(self._load)
        edits.stateChanged.connect(self._state_changed)
        edits.typingHandedOver.connect(self._typing_handed_over)

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
        self.priority = ChoiceBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for text, value in (
            (self.tr("No priority"), None),
            (self.tr("High"), "high"),
            (self.tr("Medium"), "medium"),
            (self.tr("Low"), "low"),
        ):
            self.priority.addItem(text, value)
        self.priority.currentIndexChanged.connect(lambda: self._chosen({"priority": self.priority.currentData()}))
        self.date = DateField()
        self.date.set_accessible_name(self.tr("Target date"))
        self.date.typed.connect(lambda value: self._typed({"target_date": value}))
        self.date.chosen.connect(lambda value: self._chosen({"target_date": value}))
        self.date.edit.installEventFilter(self)
        self.date_hint = QLabel(
            self.tr("Not a date: type it as {example}, or leave it empty for none.").format(example=self.date.example())
        )
        self.date_hint.setObjectName("dateHint")
        self.date_hint.setWordWrap(True)
        self.date_hint.setVisible(False)
        self.date.validityChanged.connect(lambda valid: self.date_hint.setVisible(not valid))
        date_box = QWidget()
        date_column = QVBoxLayout(date_box)
        date_column.setContentsMargins(0, 0, 0, 0)
        date_column.setSpacing(2)
        date_column.addWidget(self.date)
        date_column.addWidget(self.date_hint)
        self.next_action = self._text(self.tr("Next action"), "next_action", 2)
        self.assistance = self._text(self.tr("Technical assistance needed"), "technical_assistance", 2)
        rows: list[tuple[str, QWidget, QWidget]] = [
            (self.tr("&Rationale:"), self.rationale, self.rationale),
            (self.tr("Responsible &institutions:"), self.institutions, self.institutions.list),
            (self.tr("Pri&ority:"), self.priority, self.priority),
            (self.tr("&Target date:"), date_box, self.date.edit),
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
        shown = replace(state, response=replace(state.response, **unsaved)) if unsaved else state
        kept = self._before_na.get((self.workspace.assessment_id or 0, self.code))
        if shown.response.not_applicable and kept is not None:
            shown = replace(shown, response=replace(shown.response, law=kept[0], practice=kept[1]))
        return shown

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
            if self.date.valid or not self.date.edit.hasFocus():  # what the user is typing stays until it is a date
                self.date.set_value(r.target_date)
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
        self.priority.setEnabled(not read_only)
        self.date.setReadOnly(read_only)
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

    def _editable(self) -> bool:
        return not self._loading and self.code is not None and not self.workspace.read_only

    def _keep_scores_for_na(self, code: str, fields: dict[str, Any]) -> None:
        """N/A ticked: remember the scores it takes away (shown greyed until it is unticked)."""
        key = (self.workspace.assessment_id or 0, code)
        shown = self.shown_state()
        if fields.get("not_applicable") is True and key not in self._before_na and shown is not None:
            r = shown.response
            if not r.not_applicable and (r.law is not None or r.practice is not None):
                self._before_na[key] = (r.law, r.practice)

    def _chosen(self, fields: dict[str, Any]) -> None:
        if not self._editable() or self.code is None:
            return
        self._keep_scores_for_na(self.code, fields)
        if fields.get("not_applicable") is False:
            # Unticked: what was typed for the N/A goes, and an N/A stored or waiting to be is taken back, with
            # the scores it had taken away.
            self.edits.forget_typing(self.code, NA_FIELDS)
            shown = self.shown_state()
            kept = self._before_na.pop((self.workspace.assessment_id or 0, self.code), None)
            if shown is None or not shown.response.not_applicable:
                self._load()
                return
            if kept is not None:
                fields = {**fields, "law": kept[0], "practice": kept[1]}
        self.edits.make(self.code, fields)

    def _typed(self, fields: dict[str, Any]) -> None:
        if self._editable() and self.code is not None:
            self._keep_scores_for_na(self.code, fields)
            self.edits.typed(self.code, fields)

    # --- undo inside a field ---------------------------------------------------------------------------------

    def _typing_handed_over(self, code: str) -> None:
        """What was typed is being saved: from now on it is undone with the item's saved edits (Edit > Undo),
        so the fields' own undo forgets it."""
        if code != self.code:
            return
        for edit in (self.rationale, self.next_action, self.assistance):
            edit.document().clearUndoRedoStacks()
        line = self.na_reason
        if line.isUndoAvailable() or line.isRedoAvailable():
            cursor = line.cursorPosition()
            line.setText(line.text())  # which is how a QLineEdit forgets its undo history
            line.setCursorPosition(cursor)

    @staticmethod
    def _field_takes(watched: QObject, event: QKeyEvent) -> bool | None:
        """For Undo and Redo pressed in a text field: whether the field undoes its own unsaved typing (True) or
        leaves the keys to Edit > Undo and Redo (False); None for any other key."""
        undo, redo = event.matches(QKeySequence.StandardKey.Undo), event.matches(QKeySequence.StandardKey.Redo)
        redo = redo or event.keyCombination() == QKeyCombination(
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z
        )
        if not (undo or redo):
            return None
        if isinstance(watched, QPlainTextEdit):
            document = watched.document()
            return document.isUndoAvailable() if undo else document.isRedoAvailable()
        if isinstance(watched, QLineEdit):
            return watched.isUndoAvailable() if undo else watched.isRedoAvailable()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            takes = self._field_takes(watched, event)
            if takes is False:
                event.ignore()
                return True  # not the field's: the window's Undo or Redo shortcut fires
        if event.type() == QEvent.Type.FocusOut:
            self.edits.end_typing()  # leaving a field saves what was typed in it
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Polish) and isinstance(watched, QPlainTextEdit):
            lines = int(watched.property("lines") or 3)
            watched.setFixedHeight(watched.fontMetrics().lineSpacing() * lines + 14)
        return super().eventFilter(watched, event)
