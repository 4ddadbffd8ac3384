"""The client's own bound on a round trip to a PostgreSQL server: a connection left waiting too long is cut.

libpq waits for the server's answer as long as the connection looks alive, and through a proxy or a
firewall that swallows packets it looks alive for ever. An :class:`AnswerWatch` looks at the connections
of one engine a few times a second, from a thread of its own, and when one has been waiting for the same
answer (psycopg's transaction status ACTIVE, with no new statement, commit, rollback or checkout since)
for longer than its bound, it shuts the connection's socket down. The waiting call then fails at once as a
lost connection; the store's error hook asks :meth:`AnswerWatch.was_cut` to say "the server did not answer"
rather than "the connection was lost", and the pool replaces the connection.

Only public interfaces are used: SQLAlchemy's engine and pool events, psycopg's ``info.transaction_status``
and ``fileno()``, and a socket shut down (not closed: libpq still owns it) after checking that it is still
connected to the server the connection was opened to. The thread runs while the engine holds an open
connection, and ends with the last one.
"""

from __future__ import annotations

import socket
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event

TICK_S = 0.25  # how often the connections are looked at
_ACTIVE = 1  # psycopg.pq.TransactionStatus.ACTIVE: a command is in progress, its answer awaited


@dataclass
class _Watched:
    connection: Any  # a psycopg connection
    peer: object
    steps: int = 0  # round trips started that SQLAlchemy saw (statements, commits, rollbacks, checkouts)
    waiting_since: float | None = None  # when it was first seen waiting at this step
    seen_step: int = -1


class AnswerWatch:
    """Cuts a connection of ``engine`` whose answer the server has not given within ``seconds``."""

    def __init__(self, engine: Engine, seconds: float) -> None:
        self.seconds = seconds
        self._watched: dict[int, _Watched] = {}
        self._cut: weakref.WeakSet[Any] = weakref.WeakSet()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        event.listen(engine.pool, "connect", self._connected)
        event.listen(engine.pool, "checkout", self._step_pool)
        event.listen(engine.pool, "reset", self._step_reset)
        event.listen(engine.pool, "close", self._closed)
        event.listen(engine.pool, "close_detached", self._closed_detached)
        event.listen(engine, "before_cursor_execute", self._step_statement)
        event.listen(engine, "commit", self._step_transaction)
        event.listen(engine, "rollback", self._step_transaction)

    def was_cut(self, dbapi_connection: object) -> bool:
        """Whether this watch cut ``dbapi_connection`` because the server did not answer."""
        return dbapi_connection is not None and dbapi_connection in self._cut

    # --- what SQLAlchemy reports ----------------------------------------------------------------------------

    def _connected(self, dbapi_connection: Any, _record: Any) -> None:
        try:
            peer = _peer(dbapi_connection)
        except OSError:
            return  # not a socket this watch can cut; the server's and libpq's timeouts still hold
        with self._lock:
            self._watched[id(dbapi_connection)] = _Watched(dbapi_connection, peer)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="assess-answer-watch", daemon=True)
                self._thread.start()

    def _step(self, dbapi_connection: Any) -> None:
        watched = self._watched.get(id(dbapi_connection))
        if watched is not None and watched.connection is dbapi_connection:
            watched.steps += 1

    def _step_pool(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        self._step(dbapi_connection)

    def _step_reset(self, dbapi_connection: Any, _record: Any, _state: Any = None) -> None:
        self._step(dbapi_connection)

    def _step_statement(self, connection: Any, *_args: Any) -> None:
        self._step_of(connection)

    def _step_transaction(self, connection: Any) -> None:
        self._step_of(connection)

    def _step_of(self, connection: Any) -> None:
        if not connection.invalidated:  # an invalidated connection has no round trip to wait for
            self._step(connection.connection.dbapi_connection)

    def _closed(self, dbapi_connection: Any, _record: Any) -> None:
        self._forget(dbapi_connection)

    def _closed_detached(self, dbapi_connection: Any) -> None:
        self._forget(dbapi_connection)

    def _forget(self, dbapi_connection: Any) -> None:
        with self._lock:
            watched = self._watched.get(id(dbapi_connection))
            if watched is not None and watched.connection is dbapi_connection:
                del self._watched[id(dbapi_connection)]

    # --- the watch ------------------------------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            time.sleep(TICK_S)
            with self._lock:
                for key, watched in list(self._watched.items()):
                    if watched.connection.closed:
                        del self._watched[key]
                    else:
                        self._look(watched)
                if not self._watched:
                    self._thread = None
                    return

    def _look(self, watched: _Watched) -> None:
        if watched.connection.info.transaction_status != _ACTIVE:
            watched.waiting_since = None
            return
        now = time.monotonic()
        if watched.waiting_since is None or watched.seen_step != watched.steps:
            watched.waiting_since, watched.seen_step = now, watched.steps
        elif now - watched.waiting_since >= self.seconds:
            self._cut_off(watched)
            watched.waiting_since = None

    def _cut_off(self, watched: _Watched) -> None:
        try:
            sock = _socket_of(watched.connection)
        except OSError:
            return
        try:
            if sock.getpeername() == watched.peer:  # still the connection to the server, not a reused descriptor
                self._cut.add(watched.connection)
                sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # closed meanwhile: nothing to cut
        finally:
            sock.detach()  # the descriptor stays libpq's


def _peer(dbapi_connection: Any) -> object:
    sock = _socket_of(dbapi_connection)
    try:
        return sock.getpeername()
    finally:
        sock.detach()


def _socket_of(dbapi_connection: Any) -> socket.socket:
    """The connection's socket as a Python object that does not own the descriptor (detach it after use)."""
    return socket.socket(fileno=dbapi_connection.fileno())
