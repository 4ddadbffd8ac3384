"""Scoring one item: the two scores or N/A, the rationale, institutions, priority, date, next action and TA.

Every change is saved at once through the workspace (one undoable edit): choices when they
are made, one-line fields when editing finishes, multi-line text after a short pause and
whenever the field loses focus, the user moves to another item or the window closes.
"""

from __future__ import annotations

import datetime as dt
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

from assess.ui import formats, timers
from assess.ui.institutions import InstitutionPicker
from assess.ui.score_box import ScoreBox
from assess.ui.workspace import Workspace
from db import StoreError

TEXT_DELAY_MS = 700


class ItemEditor(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.code: str | None = None
        self._loading = False
        self._pending: dict[str, Any] = {}
        self._timer = timers.debounce(self, TEXT_DELAY_MS, self.flush)
        self._build()
        workspace.responseChanged.connect(self._changed_elsewhere)
        workspace.institutionsChanged.connect(self._load)
        workspace.assessmentChanged.connect(self._load)

    # --- building -------------------------------------------------------------------------------------------

    def _text(self, name: str, field: str, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setProperty("lines", lines)
        edit.textChanged.connect(lambda: self._queue(field, edit.toPlainText()))
        edit.installEventFilter(self)
        return edit

    def _build(self) -> None:
        self.scores = ScoreBox()
        self.scores.edited.connect(self._commit)
        # the score controls under the names the rest of the window (and the tests) use
        box = self.scores
        self.law, self.practice, self.na, self.na_reason = box.law, box.practice, box.na, box.na_reason
        self.law_hint, self.practice_hint, self.na_hint, self.scale = (
            box.law_hint,
            box.practice_hint,
            box.na_hint,
            box.scale,
        )

        self.notes = QGroupBox(self.tr("Rationale and plan"))
        notes = QFormLayout(self.notes)
        self.rationale = self._text(self.tr("Rationale"), "rationale", 4)
        self.institutions = InstitutionPicker()
        self.institutions.changed.connect(lambda names: self._queue("institutions", names, now=True))
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for label, value in (
            (self.tr("No priority"), None),
            (self.tr("High"), "high"),
            (self.tr("Medium"), "medium"),
            (self.tr("Low"), "low"),
        ):
            self.priority.addItem(label, value)
        self.priority.currentIndexChanged.connect(
            lambda: self._queue("priority", self.priority.currentData(), now=True)
        )
        self.has_date = QCheckBox(self.tr("Set"))
        self.has_date.setAccessibleName(self.tr("Has a target date"))
        self.has_date.toggled.connect(self._date_toggled)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(formats.date_format())
        self.date.setAccessibleName(self.tr("Target date"))
        self.date.dateChanged.connect(lambda: self._queue("target_date", self._date_value()))
        self.date.editingFinished.connect(self.flush)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        self.next_action = self._text(self.tr("Next action"), "next_action", 2)
        self.assistance = self._text(self.tr("Technical assistance needed"), "technical_assistance", 2)
        for text, widget in (
            (self.tr("&Rationale:"), self.rationale),
            (self.tr("Responsible &institutions:"), self.institutions),
            (self.tr("Pri&ority:"), self.priority),
            (self.tr("&Target date:"), date_row),
            (self.tr("Ne&xt action:"), self.next_action),
            (self.tr("Technical a&ssistance needed:"), self.assistance),
        ):
            label = QLabel(text)
            label.setBuddy(
                self.institutions.list if widget is self.institutions else self.date if widget is date_row else widget
            )  # type: ignore[arg-type]
            notes.addRow(label, widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scores)
        layout.addWidget(self.notes)

    # --- showing --------------------------------------------------------------------------------------------

    def show_item(self, code: str | None) -> None:
        self.flush()
        self.code = code
        self._fill_scales()
        self._load()

    def _fill_scales(self) -> None:
        framework, info = self.workspace.framework, self.workspace.assessment
        if framework is not None and info is not None:
            self.scores.fill_scale(framework, info, self.workspace.lang)

    def _load(self) -> None:
        """Show the stored values of the current item (only widgets whose value differs are touched)."""
        state = self.workspace.state(self.code) if self.code else None
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

    # --- saving ---------------------------------------------------------------------------------------------

    def _date_value(self) -> dt.date | None:
        return self.date.date().toPython() if self.has_date.isChecked() else None  # type: ignore[return-value]

    def _date_toggled(self, _checked: bool) -> None:
        self.apply_read_only()
        self._queue("target_date", self._date_value(), now=True)

    def _commit(self, fields: dict[str, Any]) -> None:
        if self._loading or self.code is None or self.workspace.read_only:
            return
        if "not_applicable" in fields and not fields["not_applicable"]:
            self._pending.pop("na_justification", None)
        self._pending.update(fields)
        self.flush()

    def _queue(self, field: str, value: Any, now: bool = False) -> None:
        if self._loading or self.code is None or self.workspace.read_only:
            return
        self._pending[field] = value
        if now:
            self.flush()
        else:
            self._timer.start()

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Save what is waiting; False if it could not be saved (it is kept and tried again later)."""
        self._timer.stop()
        if not self._pending or self.code is None:
            return True
        fields, self._pending = self._pending, {}
        if self.workspace.edit(self.code, fields, self._describe(fields)):
            return True
        if isinstance(self.workspace.last_error, StoreError):
            self._pending = {**fields, **self._pending}
        return False

    def _describe(self, fields: dict[str, Any]) -> str:
        names = {
            "law": self.tr("scores"),
            "practice": self.tr("scores"),
            "not_applicable": self.tr("N/A"),
            "na_justification": self.tr("N/A"),
            "rationale": self.tr("rationale"),
            "institutions": self.tr("responsible institutions"),
            "priority": self.tr("priority"),
            "target_date": self.tr("target date"),
            "next_action": self.tr("next action"),
            "technical_assistance": self.tr("technical assistance"),
        }
        what = ", ".join(dict.fromkeys(names[f] for f in fields))
        return self.tr("{what} of {code}").format(what=what, code=self.code)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and self._pending:
            self.flush()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.Polish) and isinstance(watched, QPlainTextEdit):
            lines = int(watched.property("lines") or 3)
            watched.setFixedHeight(watched.fontMetrics().lineSpacing() * lines + 14)
        return super().eventFilter(watched, event)
