"""Ending the app from outside: Ctrl+C in the terminal (SIGINT) or SIGTERM closes it as the user would.

Python runs a signal handler only when the interpreter gets control, which Qt's event loop does not
give it while it waits. The handler is therefore woken through a socket that the C-level handler writes
to (:func:`signal.set_wakeup_fd`), watched by a QSocketNotifier. The handler closes every window, which
saves the last edits and deletes the throwaway demo copy, and ends the event loop with 128 + the
signal's number, as a shell expects of a program ended by a signal.
"""

from __future__ import annotations

import contextlib
import signal
import socket
from collections.abc import Callable, Iterator
from types import FrameType

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

SIGNALS = tuple(s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None)


def close_everything(app: QApplication, status: int) -> None:
    """Close every window (each saves its edits and removes its demo copy), then end the event loop."""
    for widget in list(app.topLevelWidgets()):
        if widget.isWindow() and widget.isVisible():
            widget.close()
    app.exit(status)


@contextlib.contextmanager
def ended_by_signals(app: QApplication, on_signal: Callable[[int], None] | None = None) -> Iterator[None]:
    """While the app runs, SIGINT and SIGTERM close it cleanly (``on_signal(number)`` is told first)."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)  # the Python handler has run by the time this slot does

    notifier.activated.connect(drain)

    def handler(number: int, _frame: FrameType | None) -> None:
        if on_signal is not None:
            on_signal(number)
        QTimer.singleShot(0, lambda: close_everything(app, 128 + number))

    previous = {number: signal.signal(number, handler) for number in SIGNALS}
    previous_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    try:
        yield
    finally:
        signal.set_wakeup_fd(previous_fd)
        for number, old in previous.items():
            signal.signal(number, old)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()
