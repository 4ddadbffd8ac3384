"""The line in each group of the item page that says how its last edit went: "Saving…", "Saved 10:42",
or why it is not saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTime
from PySide6.QtWidgets import QLabel, QWidget

from assess.ui import formats, look
from assess.ui.edits import SaveState, Status

translate = QCoreApplication.translate


def describe(state: SaveState | None) -> str:
    """What the line says for ``state``."""
    if state is None:
        return ""
    if state.status is Status.SAVING:
        return translate("SaveState", "Saving…")
    if state.status is Status.SAVED:
        at = state.at
        time = formats.locale().toString(QTime(at.hour, at.minute), "HH:mm") if at else ""
        return translate("SaveState", "Saved {time}").format(time=time)
    if state.status is Status.KEPT:
        return translate(
            "SaveState", "Not saved yet: kept here and saved as soon as the database can be written. {reason}"
        ).format(reason=state.reason)
    if state.reason:
        return translate("SaveState", "Not saved: {reason}").format(reason=state.reason)
    return translate("SaveState", "Not saved: something went wrong (the details are in the log).")


class SaveStateLabel(QLabel):
    """One group's save state; one line high even when empty, so that nothing below it jumps."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveState")
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.state: SaveState | None = None
        self._failed = False
        self.setMinimumHeight(self.fontMetrics().lineSpacing())

    def show_state(self, state: SaveState | None) -> None:
        """Say how ``state`` went (touching the widget only when something changed: it is shown for every item)."""
        if state == self.state:
            return
        self.state = state
        self.setText(describe(state))
        failed = state is not None and state.status in (Status.KEPT, Status.REFUSED)
        if failed != self._failed:
            self._failed = failed
            self.setStyleSheet(f"color: {look.WARNING.name()}" if failed else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.setMinimumHeight(self.fontMetrics().lineSpacing())
        super().changeEvent(event)
