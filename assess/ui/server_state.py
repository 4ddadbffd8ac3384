"""Whether the open database answers, and the line at the top of the window that says when it does not.

Every round trip the window makes to its database (a save, a read for the screen) runs on a worker
thread and is counted here from its start to its report (:meth:`ServerState.begin`, :meth:`ServerState.end`).
When one has waited :data:`NOT_ANSWERING_MS` the window says that the server is not answering, and that
what the user typed is kept; when one fails because the database cannot be reached or refuses, it says
why, once, until something succeeds again. The line is shown by :class:`ServerBanner`; the items' own
save states (assess.ui.save_state) say which edits are kept.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from assess.ui import errors, timers
from db import DatabaseLocked, StoreError

NOT_ANSWERING_MS = 3000
TICK_MS = 500

translate = QCoreApplication.translate


class ServerState(QObject):
    changed = Signal()  # the line to show changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: dict[int, float] = {}  # round trips under way: when each began (time.monotonic)
        self._count = 0
        self._problem = ""  # why the last round trip failed, until one succeeds
        self._line = ""
        self._timer = timers.repeating(self, TICK_MS, self._update)

    @property
    def line(self) -> str:
        """What the window says about its server now ("" when all is well)."""
        return self._line

    @property
    def failing(self) -> bool:
        """Whether the server is not answering, or the last round trip failed to reach it."""
        return bool(self._line)

    def begin(self) -> int:
        """A round trip starts; its token for :meth:`end`."""
        self._count += 1
        self._waiting[self._count] = time.monotonic()
        if not self._timer.isActive():
            self._timer.start()
        return self._count

    def end(self, token: int, error: BaseException | None = None) -> None:
        """The round trip ``token`` reported back: done (``error`` None), or failed with ``error`` (the user's terms)."""
        self._waiting.pop(token, None)
        if error is None or (isinstance(error, DatabaseLocked)):
            self._problem = ""  # the server answered
        elif isinstance(error, StoreError):
            self._problem = errors.text_of(error)
        if not self._waiting:
            self._timer.stop()
        self._update()

    def reset(self) -> None:
        """Another database is open: nothing is known of it yet."""
        self._waiting.clear()
        self._timer.stop()
        self._problem = ""
        self._update()

    def _update(self) -> None:
        oldest = min(self._waiting.values(), default=None)
        waited = time.monotonic() - oldest if oldest is not None else 0.0
        if waited * 1000 >= NOT_ANSWERING_MS:
            line = translate(
                "ServerState",
                "The database is not answering (for {seconds} seconds now). What you type is kept in this window "
                "and saved as soon as it answers.",
            ).format(seconds=int(waited))
        elif self._problem:
            line = translate(
                "ServerState", "{reason} What you type is kept in this window and saved as soon as it can be."
            ).format(reason=self._problem)
        else:
            line = ""
        if line != self._line:
            self._line = line
            self.changed.emit()


class ServerBanner(QLabel):
    """The line at the top of the window while the database is not answering or cannot be reached."""

    def __init__(self, state: ServerState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverBanner")
        self.setWordWrap(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setMargin(8)
        self.setAccessibleName(translate("ServerState", "State of the database"))
        self.state = state
        state.changed.connect(self._show)
        self._show()

    def _show(self) -> None:
        self.setText(self.state.line)
        self.setVisible(bool(self.state.line))
