"""How long Assess waits for a PostgreSQL server, at every step, so that no round trip can wait for ever.

A network cut or a server that stops answering must not hang the window or the command line. Each
wait has a bound, set on every connection Assess opens to a server:

- opening a connection: libpq's ``connect_timeout``;
- a dead connection: TCP keepalives (``keepalives_idle``, ``keepalives_interval``, ``keepalives_count``)
  while it is idle, and ``tcp_user_timeout`` while data sent is not acknowledged (where the system has it);
- the server's side: ``statement_timeout`` (a statement that runs too long is cancelled), ``lock_timeout``
  (waiting for another user's row lock), ``idle_in_transaction_session_timeout`` (a session that leaves a
  transaction open, say because its network was cut in the middle of a save, is ended, and its locks with it);
- the client's side: :mod:`db.answers` cuts a connection whose round trip the server has not answered for
  ``answer`` seconds, a little longer than the server's own statement timeout, so that a server that is still
  there says why first. The keepalives and ``tcp_user_timeout`` do not cover a server (or a proxy) that
  takes the packets but never answers, nor systems without ``tcp_user_timeout``; this does.

A connection URL may set any libpq parameter itself (``?connect_timeout=30``), and its ``options`` are added
after these, so that ``options=-c statement_timeout=60000`` wins. docs/shared-server.md describes them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True)
class Timeouts:
    """The bounds, in seconds, on waiting for a server."""

    connect: float = 10.0
    statement: float = 15.0
    lock: float = 5.0
    idle_in_transaction: float = 10.0
    answer: float = 20.0
    keepalive_idle: int = 5
    keepalive_interval: int = 2
    keepalive_count: int = 3
    unacknowledged: float = 10.0  # tcp_user_timeout

    def server_options(self) -> str:
        """The ``-c`` settings of the server's side, as libpq's ``options`` carries them."""
        settings = {
            "statement_timeout": self.statement,
            "lock_timeout": self.lock,
            "idle_in_transaction_session_timeout": self.idle_in_transaction,
        }
        return " ".join(f"-c {name}={_ms(seconds)}" for name, seconds in settings.items())

    def connect_args(self, query: Mapping[str, Any]) -> dict[str, Any]:
        """libpq's connection parameters for these bounds; a parameter the URL's ``query`` sets is left to it."""
        wanted: dict[str, Any] = {
            "connect_timeout": max(1, round(self.connect)),
            "keepalives": 1,
            "keepalives_idle": self.keepalive_idle,
            "keepalives_interval": self.keepalive_interval,
            "keepalives_count": self.keepalive_count,
            "tcp_user_timeout": _ms(self.unacknowledged),
        }
        args = {name: value for name, value in wanted.items() if name not in query}
        given = query.get("options")
        given = " ".join(given) if isinstance(given, tuple) else given
        args["options"] = f"{self.server_options()} {given}" if given else self.server_options()
        return args


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))


SERVER = Timeouts()
"""What the window and the command line use."""

SETUP = replace(SERVER, statement=600.0, answer=630.0)
"""``assess server setup``: an upgrade of the tables may run one long statement on a large database."""
