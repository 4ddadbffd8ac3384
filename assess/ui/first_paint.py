"""The moments the window is first painted, reported on request: for smoke tests and start-up measurements.

With ``ASSESS_REPORT_FIRST_PAINT=1`` in the environment, ``assess`` and ``assess demo`` print one line of
JSON on standard output once the window has been painted with the assessment's items in it, then close
the window the ordinary way (``assess demo`` deletes its throwaway copy) and quit::

    {"painted": 1767000000.61, "content_painted": 1767000001.02, "items": 61, "title": "...", "menus": [...]}

``painted`` is the end of the first paint of any main window (the starting window), ``content_painted``
the end of the first paint with the items shown (null if that has not happened within a minute), both
``time.time()`` values: the caller subtracts the moment it started the process. An application-wide event
filter sees the first paint event of a main window's widgets; a zero-delay timer then fires once that
paint pass is done and the event loop is idle again. benchmarks/_first_paint.py and tests/test_bundle.py
use it; docs/packaging.md documents it.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

VARIABLE = "ASSESS_REPORT_FIRST_PAINT"
GIVE_UP_MS = 60_000

Done = Callable[[float | None, float | None, QMainWindow], None]


class PaintWatcher(QObject):
    """Notes the end of the first paint of a main window, and of the first with ``ready(window)`` true."""

    def __init__(self, ready: Callable[[QMainWindow], bool], on_done: Done) -> None:
        super().__init__()
        self.ready = ready
        self.on_done = on_done
        self.window: QMainWindow | None = None
        self.first: float | None = None
        self.content: float | None = None
        self.seen_first = self.seen_content = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        window = watched.window()
        if not isinstance(window, QMainWindow):
            return False
        if not self.seen_first:
            self.seen_first, self.window = True, window
            QTimer.singleShot(0, self._first_done)
            QTimer.singleShot(GIVE_UP_MS, self._finish)
        if not self.seen_content and self.ready(window):
            self.seen_content, self.window = True, window
            QTimer.singleShot(0, self._content_done)
        return False

    def _first_done(self) -> None:
        self.first = time.time()

    def _content_done(self) -> None:
        self.content = time.time()
        self._finish()

    def _finish(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            self.on_done(self.first, self.content, window)


def watch(app: QApplication, ready: Callable[[QMainWindow], bool], on_done: Done) -> PaintWatcher:
    """Watch the paints of every main window of ``app``; keep the watcher as long as it should watch."""
    watcher = PaintWatcher(ready, on_done)
    app.installEventFilter(watcher)
    return watcher


def report(first: float | None, content: float | None, window: QMainWindow, **extra: object) -> None:
    """Print the report line (see the module's description)."""
    menus = [action.text() for action in window.menuBar().actions()]
    line = {"painted": first, "content_painted": content, "title": window.windowTitle(), "menus": menus, **extra}
    print(json.dumps(line), flush=True)


def items_shown(window: QMainWindow) -> int:
    """How many items the window holds (0 for the starting window or a welcome page)."""
    workspace = getattr(window, "workspace", None)
    return len(workspace.states) if workspace is not None else 0


def report_if_asked(app: QApplication) -> None:
    """With ASSESS_REPORT_FIRST_PAINT set: report the first paints, then close the window and quit."""
    if not os.environ.get(VARIABLE):
        return

    def done(first: float | None, content: float | None, window: QMainWindow) -> None:
        report(first, content, window, items=items_shown(window))
        window.close()
        app.quit()

    app._first_paint_watcher = watch(app, lambda window: items_shown(window) > 0, done)  # type: ignore[attr-defined]
