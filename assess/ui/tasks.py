"""Background work: one helper, :func:`run_task`, that runs a function on a thread pool.

The function gets a :class:`TaskControl` to report progress and to ask whether the user
cancelled. Its result (or its exception) comes back on the GUI thread through ``on_done``
(or ``on_error``), so callbacks may touch widgets. Tests swap in :func:`run_sync` with
:func:`set_runner`, which runs everything at once on the calling thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

T = TypeVar("T")
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int], None]


class TaskControl:
    """What the background function sees: ``progress(done, total)`` and ``cancelled()``."""

    def __init__(self, report: Progress | None = None) -> None:
        self._cancel = threading.Event()
        self._report = report

    def progress(self, done: int, total: int) -> None:
        if self._report is not None:
            self._report(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class Runner(Protocol):
    """How a task is run: on the thread pool (:func:`run_threaded`) or at once (:func:`run_sync`)."""

    def __call__(
        self,
        fn: Callable[[TaskControl], T],
        on_done: Callable[[T], None],
        on_error: Failed,
        progress: Progress | None = None,
    ) -> TaskControl: ...


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive here queued."""

    progressed = Signal(object, object)  # Python ints: files may pass 2 GB
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Failed, progress: Progress | None) -> None:
        super().__init__()
        self._on_done, self._on_error, self._progress = on_done, on_error, progress
        self.progressed.connect(self._relay_progress)
        self.finished.connect(self._relay_done)
        self.failed.connect(self._relay_error)

    @Slot(object, object)
    def _relay_progress(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(done, total)

    @Slot(object)
    def _relay_done(self, result: object) -> None:
        _active.discard(self)
        self._on_done(result)

    @Slot(object)
    def _relay_error(self, exc: object) -> None:
        _active.discard(self)
        assert isinstance(exc, BaseException)
        self._on_error(exc)


def _job(fn: Callable[[TaskControl], object], control: TaskControl, relay: _Relay) -> Callable[[], None]:
    """What a pool thread runs: ``fn``, its result or error sent to the GUI thread through ``relay``. A plain
    function, not a QRunnable subclass, so that no Python wrapper of an object the pool deletes on its own thread
    is left for the garbage collector."""

    def run() -> None:
        try:
            result = fn(control)
        except BaseException as exc:  # delivered to on_error on the GUI thread
            relay.failed.emit(exc)
        else:
            relay.finished.emit(result)

    return run


_active: set[_Relay] = set()  # relays kept alive until their task reports back
_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def run_threaded(
    fn: Callable[[TaskControl], T], on_done: Callable[[T], None], on_error: Failed, progress: Progress | None = None
) -> TaskControl:
    relay = _Relay(on_done, on_error, progress)
    _active.add(relay)
    control = TaskControl(relay.progressed.emit)
    pool().start(_job(fn, control, relay))
    return control


def run_sync(
    fn: Callable[[TaskControl], T], on_done: Callable[[T], None], on_error: Failed, progress: Progress | None = None
) -> TaskControl:
    """Run at once on the calling thread (tests): deterministic, no thread involved."""
    control = TaskControl(progress)
    try:
        result = fn(control)
    except BaseException as exc:
        on_error(exc)
    else:
        on_done(result)
    return control


_runner: Runner = run_threaded


def set_runner(runner: Runner) -> Runner:
    """Use ``runner`` for every later task; return the one used before."""
    global _runner
    previous, _runner = _runner, runner
    return previous


def run_task(
    fn: Callable[[TaskControl], T], on_done: Callable[[T], None], on_error: Failed, progress: Progress | None = None
) -> TaskControl:
    """Run ``fn(control)`` in the background; the returned control cancels it."""
    return _runner(fn, on_done, on_error, progress)


def busy() -> bool:
    """Whether any background task has not reported back yet. (A pool thread may still be returning from a task
    that has reported: that is not work left, and counting it made the answer depend on the thread's timing.)"""
    return bool(_active)


def wait(msecs: int = 10_000) -> bool:
    """Block until background work is done (closing the window); True if it all finished."""
    return _pool is None or _pool.waitForDone(msecs)
