"""Long work behind a window-modal progress dialog: a report, a package, a merge, a backup.

:class:`BackgroundJob` runs one function through :func:`assess.ui.tasks.run_task` while a progress
dialog shows how far it got (a busy bar when the work cannot tell) and, where the work can stop
cleanly, offers Cancel. The dialog appears only when the work takes longer than a moment; it
stays until the worker has really finished, also after Cancel, so the window never shows a state
the database does not hold. Work that cannot be cancelled gets no Cancel button, and Escape or
closing the dialog does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from assess.ui import tasks, timers

SHOW_AFTER_MS = 400
STEPS = 1000


class ProgressDialog(QDialog):
    """What the user sees meanwhile: a line saying what is done, a bar, and Cancel where the work can stop.

    It shows itself only once the work has taken :data:`SHOW_AFTER_MS`, and closes only when told to:
    Escape and the close button ask to cancel (or do nothing when the work cannot stop).
    """

    cancelRequested = Signal()

    def __init__(self, parent: QWidget, title: str, label: str, *, cancellable: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.cancellable = cancellable
        self.closing = False
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the work reports how far it got
        self.bar.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.cancel_button: QPushButton | None = None
        if cancellable:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
            buttons.rejected.connect(self.reject)
            layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.timer = timers.debounce(self, SHOW_AFTER_MS, self._appear)
        self.timer.start()

    def _appear(self) -> None:
        if not self.closing:
            self.show()

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, STEPS)
            self.bar.setValue(min(STEPS, done * STEPS // total))

    def reject(self) -> None:  # Escape, the Cancel button
        if self.cancellable and self.cancel_button is not None and self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.label.setText(QCoreApplication.translate("BackgroundJob", "Cancelling…"))
            self.cancelRequested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.closing:
            super().closeEvent(event)
            return
        event.ignore()
        self.reject()

    def finish(self) -> None:
        self.closing = True
        self.timer.stop()
        self.hide()
        self.deleteLater()


class BackgroundJob(QObject):
    """One piece of background work with its progress dialog; forgets itself when the work reports back."""

    def __init__(self, parent: QWidget, title: str, label: str, *, cancellable: bool) -> None:
        super().__init__(parent)
        self.control: tasks.TaskControl | None = None
        self.finished = False
        self.dialog = ProgressDialog(parent, title, label, cancellable=cancellable)
        self.dialog.cancelRequested.connect(self.cancel)

    def start(
        self,
        work: Callable[[tasks.TaskControl], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._on_done, self._on_error = on_done, on_error
        control = tasks.run_task(work, self._done, self._failed, self._progress)
        if not self.finished:
            self.control = control

    def _progress(self, done: int, total: int) -> None:
        if not self.finished:
            self.dialog.set_progress(done, total)

    def cancel(self) -> None:
        if self.control is not None and not self.finished:
            self.control.cancel()

    def _close(self) -> None:
        self.finished = True
        self.control = None
        self.dialog.finish()
        self.deleteLater()

    def _done(self, result: object) -> None:
        self._close()
        self._on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        self._on_error(exc)


def run(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[tasks.TaskControl], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    cancellable: bool,
) -> BackgroundJob:
    """Run ``work(control)`` in the background behind a progress dialog; see :class:`BackgroundJob`."""
    job = BackgroundJob(parent, title, label, cancellable=cancellable)
    job.start(work, on_done, on_error)
    return job
