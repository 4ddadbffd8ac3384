"""Timers the window owns, made in one place so tests can check that none is left running."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

_timers: weakref.WeakSet[QTimer] = weakref.WeakSet()


def debounce(parent: QObject, msecs: int, slot: Callable[[], None]) -> QTimer:
    """A single-shot timer that calls ``slot`` once ``msecs`` have passed since its last start()."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(msecs)
    timer.timeout.connect(slot)
    _timers.add(timer)
    return timer


def repeating(parent: QObject, msecs: int, slot: Callable[[], None]) -> QTimer:
    """A timer that calls ``slot`` every ``msecs`` while it runs (its owner stops it when it has nothing to do)."""
    timer = QTimer(parent)
    timer.setInterval(msecs)
    timer.timeout.connect(slot)
    _timers.add(timer)
    return timer


def running() -> list[QTimer]:
    """Our timers that are still running (a test fails when one is left behind)."""
    alive = []
    for timer in list(_timers):
        try:
            if timer.isActive():
                alive.append(timer)
        except RuntimeError:  # the C++ object is gone
            continue
    return alive
