"""Writes to the open database, one after the other in the order they were asked for, off the GUI thread.

Every change the window makes (an edit of a response, Undo and Redo, evidence added by hand or
removed, a rename, a change of status) is a :class:`Write`: a function run by the background-task
helper (:func:`assess.ui.tasks.run_task`), and what to do on the GUI thread once it is done or
refused. The queue starts a write only when the one before it has reported back, and only then
asks for it (``prepare``), so that a write reads an item's version after the writes before it are
stored. A PostgreSQL round trip or a database locked for ten seconds delays the saving, never the
window. When tests make the helper synchronous, each write is done by the time ``submit`` returns.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from assess.ui import tasks
from assess.ui.server_state import ServerState

T = TypeVar("T")


@dataclass(frozen=True)
class Write(Generic[T]):
    """``work`` runs on a worker thread (it touches no widget and no window state); ``done`` or ``failed``
    then runs on the GUI thread."""

    work: Callable[[], T]
    done: Callable[[T], None]
    failed: Callable[[BaseException], None]


Prepare = Callable[[], "Write[Any] | None"]


class WriteQueue(QObject):
    """The writes of one window, in order; ``idle`` is emitted whenever the last one has reported back."""

    idle = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        server: ServerState | None = None,
        translate: Callable[[BaseException], BaseException] = lambda exc: exc,
    ) -> None:
        """``server`` counts each write as a round trip to the database; ``translate`` puts an error in the user's
        terms for it."""
        super().__init__(parent)
        self.server = server if server is not None else ServerState(self)
        self.translate = translate
        self._waiting: deque[Prepare] = deque()
        self._running = False
        self._preparing = False

    @property
    def busy(self) -> bool:
        return self._running or bool(self._waiting)

    def submit(self, prepare: Prepare) -> None:
        """Queue a write; ``prepare`` is called when its turn comes and may return None (nothing to write)."""
        self._waiting.append(prepare)
        self._pump()

    def wait(self, msecs: int = 60_000) -> bool:
        """Let the writes finish while the window keeps painting (closing it); True when none is left.

        It may be called while a write reports back (opening the assessment just created): the writes
        queued after that one start from here."""
        self._pump()
        if not self.busy:
            return True
        loop = QEventLoop()
        timer = QTimer(loop)
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        self.idle.connect(loop.quit)
        timer.start(msecs)
        try:
            loop.exec()
        finally:
            timer.stop()
            self.idle.disconnect(loop.quit)
        return not self.busy

    def _pump(self) -> None:
        while not self._running and not self._preparing and self._waiting:
            prepare = self._waiting.popleft()
            self._preparing = True  # a write submitted while one is prepared waits its turn
            try:
                write = prepare()
            finally:
                self._preparing = False
            if write is None:
                continue
            self._running = True
            token = self.server.begin()
            tasks.run_task(
                _work(write),
                partial(self._done, token, write.done),
                partial(self._failed, token, write.failed),
            )
        if not self.busy:
            self.idle.emit()

    def _done(self, token: int, callback: Callable[[Any], None], result: object) -> None:
        self.server.end(token)
        self._reported(callback, result)

    def _failed(self, token: int, callback: Callable[[BaseException], None], exc: BaseException) -> None:
        self.server.end(token, self.translate(exc))
        self._reported(callback, exc)

    def _reported(self, callback: Callable[[Any], None], value: object) -> None:
        self._running = False
        try:
            callback(value)
        finally:
            self._pump()


def _work(write: Write[T]) -> Callable[[tasks.TaskControl], T]:
    return lambda _control: write.work()
