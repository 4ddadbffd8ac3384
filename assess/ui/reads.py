"""Reads of the open database for the screen, off the GUI thread, so that a slow or lost server never freezes
the window.

Two kinds, both run by the background-task helper (:func:`assess.ui.tasks.run_task`) and counted by the
window's :class:`~assess.ui.server_state.ServerState`:

- :meth:`Reads.show` for what follows the user from item to item (the evidence and history of an item, the
  overview): the result is handed to the view when it comes. One read per view is under way at a time;
  asked again meanwhile, only the newest request is kept and run next, and the result of the one it
  replaces is dropped (it was for an item no longer shown).
- :meth:`Reads.wait_for` for what a command needs before it can go on (opening an assessment, listing the
  assessments): it returns the result, or raises, like a call; meanwhile the window keeps painting and
  answering (a local event loop), as it does while the last edits are saved on closing.

When tests make the helper synchronous, every read is done by the time these return.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject

from assess.ui import tasks
from assess.ui.server_state import ServerState

T = TypeVar("T")
Translate = Callable[[BaseException], BaseException]  # an error in the user's terms


@dataclass(frozen=True)
class _Request:
    read: Callable[[], Any]
    deliver: Callable[[Any], None]
    failed: Callable[[BaseException], None]


class Reads(QObject):
    def __init__(self, server: ServerState, for_user: Translate, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server, self.for_user = server, for_user
        self._running: set[str] = set()
        self._next: dict[str, _Request] = {}

    def show(
        self, view: str, read: Callable[[], T], deliver: Callable[[T], None], failed: Callable[[BaseException], None]
    ) -> None:
        """Read for ``view`` in the background; ``deliver`` gets the result on the GUI thread (``failed`` the error,
        in the user's terms), unless a newer request for the same view came meanwhile."""
        request = _Request(read, deliver, failed)
        if view in self._running:
            self._next[view] = request
            return
        self._start(view, request)

    def forget(self) -> None:
        """Drop the requests waiting their turn (another database or assessment is open)."""
        self._next.clear()

    def _start(self, view: str, request: _Request) -> None:
        self._running.add(view)
        token = self.server.begin()

        def done(result: object) -> None:
            self.server.end(token)
            self._finished(view, request.deliver, result)

        def failed(exc: BaseException) -> None:
            mapped = self.for_user(exc)
            self.server.end(token, mapped)
            self._finished(view, request.failed, mapped)

        tasks.run_task(lambda _control: request.read(), done, failed)

    def _finished(self, view: str, callback: Callable[[Any], None], value: object) -> None:
        self._running.discard(view)
        newer = self._next.pop(view, None)
        if newer is not None:
            self._start(view, newer)
        else:
            callback(value)

    def wait_for(self, read: Callable[[], T]) -> T:
        """The result of ``read``, run in the background while the window goes on answering; raises its error
        (in the user's terms)."""
        token = self.server.begin()
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def done(result: object) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = self.for_user(exc)
            loop.quit()

        tasks.run_task(lambda _control: read(), done, failed)
        if not outcome:  # a synchronous helper has done it already
            loop.exec()
        error = outcome.get("error")
        self.server.end(token, error)
        if error is not None:
            raise error
        result: T = outcome["result"]
        return result
