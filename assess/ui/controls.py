"""Input controls that behave as people expect when they fill in a long form.

- :class:`ChoiceBox`: a drop-down list that takes the mouse wheel only when it has the focus, so that
  scrolling the page past it never changes (and saves) a score.
- :class:`DateField`: a date typed the way people type dates (in the window language's order, with or
  without separators, or in ISO form) or picked from a calendar; empty for no date.
- :class:`ElidedLabel`: one line of text (a file path in the status bar) cut short with "…" when there is no
  room, never making the window wider than the screen.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from assess.ui import formats

ISO = re.compile(r"^\s*(\d{4})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{1,2})\s*$")


class ChoiceBox(QComboBox):
    """A QComboBox that ignores the wheel unless it has the focus (the page under it scrolls instead)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel does not give it the focus either

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ElidedLabel(QLabel):
    """A one-line label that asks for little width and shows "…" in the middle of what does not fit (the whole
    text is its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(1)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        alignment = QStyle.visualAlignment(self.layoutDirection(), self.alignment()) | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.contentsRect(), int(alignment), shown)
        painter.end()


def field_order(pattern: str) -> str:
    """The order of day, month and year in a Qt date pattern: "dd/MM/yyyy" -> "dmy", "yyyy/M/d" -> "ymd"."""
    order = ""
    for letter in re.findall(r"d+|M+|y+", pattern):
        key = {"d": "d", "M": "m", "y": "y"}[letter[0]]
        if key not in order and not (key == "d" and len(letter) > 2):  # "dddd" is the day's name
            order += key
    return order if sorted(order) == ["d", "m", "y"] else "dmy"


def _date(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, pattern: str) -> dt.date | None:
    """The date typed in ``text`` (digits of any script), in the order of ``pattern`` (the locale's short date),
    with any separators or none (8 digits), or in ISO form (2027-06-30); None if it is not a date."""
    text = text.strip()
    iso = ISO.match(text)
    if iso:
        return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    order = field_order(pattern)
    parts = re.findall(r"\d+", text)
    if len(parts) == 1 and len(parts[0]) in (6, 8):
        digits = parts[0]
        year_width = len(digits) - 4
        widths = {"d": 2, "m": 2, "y": year_width}
        parts, at = [], 0
        for key in order:
            parts.append(digits[at : at + widths[key]])
            at += widths[key]
        found = _date(*(int(parts[order.index(k)]) for k in "ymd"))
        if found is None and len(digits) == 8:  # 20270630 typed in a day-first language
            found = _date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        return found
    if len(parts) == 3:
        return _date(*(int(parts[order.index(k)]) for k in "ymd"))
    return None


class DateField(QWidget):
    """A date or none: typed (``typed`` with the date, or None when emptied), or picked from the calendar button
    (``chosen``). Up and Down move it by a day. Text that is not a date is reported by ``validityChanged``."""

    typed = Signal(object)  # dt.date | None: the text now reads as this
    chosen = Signal(object)  # dt.date: picked from the calendar
    validityChanged = Signal(bool)
    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pattern = formats.date_format()
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(self.example())
        self.edit.textEdited.connect(self._edited)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.menu = QMenu(self)
        holder = QWidgetAction(self.menu)
        holder.setDefaultWidget(self.calendar)
        self.menu.addAction(holder)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setMenu(self.menu)
        self.menu.aboutToShow.connect(self._calendar_at_date)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self._valid = True
        self._run = ""  # what was typed in one go since the cursor last moved by other means

    def example(self) -> str:
        """How a date may be typed, as the placeholder shows it: "30/06/2027 or 2027-06-30"."""
        sample = dt.date(dt.date.today().year + 1, 6, 30)
        return self.tr("{local} or {iso}").format(local=formats.date(sample), iso=sample.isoformat())

    def set_accessible_name(self, name: str) -> None:
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("Choose {name} from a calendar").format(name=name.lower()))

    # --- the value ------------------------------------------------------------------------------------------

    def value(self) -> dt.date | None:
        return parse_date(self.edit.text(), self.pattern)

    @property
    def valid(self) -> bool:
        return self._valid

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (without telling anyone: it is what is stored)."""
        if self.edit.text().strip() and self.value() == value:
            return
        self.edit.setText(formats.date(value) if value is not None else "")
        self._set_valid(True)

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    # --- typing and picking ---------------------------------------------------------------------------------

    def _set_valid(self, valid: bool) -> None:
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)

    def _edited(self, text: str) -> None:
        value = self.value()
        run = parse_date(self._run, self.pattern) if len(re.findall(r"\d", self._run)) >= 6 else None
        if value is None and run is not None:  # a whole date typed into the middle of another one
            value = run
            self.edit.setText(formats.date(run))
        if value is not None or not text.strip():
            self._set_valid(True)
            self.typed.emit(value)  # text that is not a date (yet) is said once the user leaves the field

    def _finished(self) -> None:
        value = self.value()
        self._set_valid(value is not None or not self.edit.text().strip())
        if value is not None and self.edit.text() != formats.date(value):
            self.edit.setText(formats.date(value))  # as the language writes it
        self.editingFinished.emit()

    def _picked(self, day: QDate) -> None:
        self.menu.close()
        value = day.toPython()
        assert isinstance(value, dt.date)
        self.edit.setText(formats.date(value))
        self._set_valid(True)
        self.chosen.emit(value)

    def _calendar_at_date(self) -> None:
        value = self.value() or dt.date.today()
        self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _follow_typing(self, event: QEvent) -> None:
        """Keep :attr:`_run`, the characters typed in one go (a click or a cursor key starts a new run)."""
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
            self._run = ""
        elif isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Backspace:
                self._run = self._run[:-1]
            elif event.text() and event.text().isprintable():
                self._run += event.text()
            else:
                self._run = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit:
            self._follow_typing(event)
        if watched is self.edit and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
            if step is not None and not self.edit.isReadOnly():
                value = (self.value() or dt.date.today()) + dt.timedelta(days=step)
                self.edit.setText(formats.date(value))
                self._set_valid(True)
                self.typed.emit(value)
                return True
        return super().eventFilter(watched, event)
