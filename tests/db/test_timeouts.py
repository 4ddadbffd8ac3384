"""Every wait for a PostgreSQL server is bounded: connecting, a statement, a lock, a transaction left open, and
a round trip the network swallows, on the client's side too. The network is a TCP proxy the test slows,
stalls and cuts (tests/netproxy.py), in front of the shared test server.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.engine import make_url

from assess import assessments, responses
from assess.cli import main as cli
from db import DatabaseUnavailable, Store, open_store
from db.timeouts import SERVER, Timeouts
from tests.conftest import PostgresServer
from tests.netproxy import Proxy

pytestmark = pytest.mark.slow


@pytest.fixture
def database(postgres: PostgresServer) -> Iterator[str]:
    name = postgres.create_database()
    try:
        yield name
    finally:
        postgres.drop_database(name)


@pytest.fixture
def proxy(postgres: PostgresServer) -> Iterator[Proxy]:
    network = Proxy((postgres.url.host or "127.0.0.1", postgres.url.port or 5432))
    try:
        yield network
    finally:
        network.close()


def through(proxy: Proxy, postgres: PostgresServer, database: str) -> str:
    """The URL of ``database`` reached through ``proxy``."""
    direct = make_url(postgres.database_url(database))
    return direct.set(port=proxy.port).render_as_string(hide_password=False)


def new_assessment(store: Store) -> int:
    with store.session() as session:
        return assessments.create(session, country="Meridia", title="Baseline").id


def settings(store: Store) -> dict[str, str]:
    with store.engine.connect() as connection:
        names = ("statement_timeout", "lock_timeout", "idle_in_transaction_session_timeout")
        return {name: str(connection.execute(text(f"SHOW {name}")).scalar()) for name in names}


def test_every_connection_carries_the_bounds(postgres: PostgresServer, database: str) -> None:
    store = open_store(postgres.database_url(database))
    try:
        assert settings(store) == {
            "statement_timeout": "15s",
            "lock_timeout": "5s",
            "idle_in_transaction_session_timeout": "10s",
        }
        assert store.timeouts == SERVER
        with store.engine.connect() as connection:
            parameters = connection.connection.dbapi_connection.info.get_parameters()  # type: ignore[union-attr]
        assert parameters["connect_timeout"] == "10"
        assert (parameters["keepalives"], parameters["keepalives_idle"], parameters["tcp_user_timeout"]) == (
            "1",
            "5",
            "10000",
        )
    finally:
        store.close()


def test_the_url_may_set_its_own(postgres: PostgresServer, database: str) -> None:
    url = postgres.database_url(database) + "?connect_timeout=30&options=-c%20statement_timeout%3D60000"
    store = open_store(url)
    try:
        assert settings(store)["statement_timeout"] == "1min" and settings(store)["lock_timeout"] == "5s"
        with store.engine.connect() as connection:
            parameters = connection.connection.dbapi_connection.info.get_parameters()  # type: ignore[union-attr]
        assert parameters["connect_timeout"] == "30"
    finally:
        store.close()


def test_a_statement_that_runs_too_long_is_cancelled_by_the_server(
    short_timeouts: Timeouts, postgres: PostgresServer, database: str
) -> None:
    store = open_store(postgres.database_url(database))
    try:
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable, match="cancelled this request"), store.engine.connect() as connection:
            connection.execute(text("SELECT pg_sleep(30)"))
        assert time.monotonic() - started < short_timeouts.statement + 1
    finally:
        store.close()


def test_a_network_that_swallows_everything_is_given_up_on_by_the_client(
    short_timeouts: Timeouts, postgres: PostgresServer, database: str, proxy: Proxy
) -> None:
    """Neither side's TCP notices a proxy that takes the packets and passes nothing on; the client's watch does."""
    store = open_store(through(proxy, postgres, database))
    try:
        aid = new_assessment(store)
        started = time.monotonic()
        stalled = stall_then(proxy, after="SELECT responses.id", then=proxy.stall)  # in the middle of the save
        with stalled, pytest.raises(DatabaseUnavailable, match=r"did not answer for 2\.5 seconds") as refused:
            responses.save(store, aid, "PROS-1", law=3)
        waited = time.monotonic() - started
        assert short_timeouts.answer - 0.1 < waited < short_timeouts.answer + 1.5, waited
        assert "Nothing of this change was saved" in str(refused.value)
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable, match=r"did not answer|Cannot connect"):
            responses.save(store, aid, "PROS-1", law=3)  # the pool's ping is not answered, nor a new connection
        assert time.monotonic() - started < short_timeouts.answer + short_timeouts.connect + 1.5
        proxy.resume()
        assert responses.save(store, aid, "PROS-1", law=3).law == 3, "the next save takes a new connection"
    finally:
        store.close()


def test_a_network_cut_while_connecting_is_bounded_too(
    short_timeouts: Timeouts, postgres: PostgresServer, database: str, proxy: Proxy
) -> None:
    proxy.stall()
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable, match=r"Cannot connect to .*timeout"):
        open_store(through(proxy, postgres, database))
    assert time.monotonic() - started < short_timeouts.connect + 1.5


def test_a_slow_network_is_slow_not_broken(postgres: PostgresServer, database: str, proxy: Proxy) -> None:
    """300 ms each way, as on a ministry's overloaded link: every save is acknowledged, none refused."""
    store = open_store(through(proxy, postgres, database))
    try:
        aid = new_assessment(store)
        proxy.slow(0.3)
        assert responses.save(store, aid, "PROS-1", law=3).law == 3
    finally:
        store.close()
    store = open_store(postgres.database_url(database))
    try:
        with store.session() as session:
            assert responses.get(session, aid, "PROS-1").law == 3
    finally:
        store.close()


def test_a_cut_connection_is_lost_at_once_and_the_next_save_reconnects(
    short_timeouts: Timeouts, postgres: PostgresServer, database: str, proxy: Proxy
) -> None:
    store = open_store(through(proxy, postgres, database))
    try:
        aid = new_assessment(store)
        cut_during_the_save = stall_then(proxy, after="UPDATE responses", then=proxy.cut)
        started = time.monotonic()
        with cut_during_the_save, pytest.raises(DatabaseUnavailable, match=r"Lost the connection|did not answer"):
            responses.save(store, aid, "PROS-1", law=2)
        assert time.monotonic() - started < short_timeouts.answer + 1.5
        assert responses.save(store, aid, "PROS-1", law=2).law == 2
    finally:
        store.close()


class stall_then:
    """While the block runs: when a statement starting with ``after`` is about to be sent, call ``then``."""

    def __init__(self, proxy: Proxy, *, after: str, then: Any) -> None:
        self.after, self.then, self.done = after, then, False

    def _before(self, _connection: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if not self.done and statement.lstrip().startswith(self.after):
            self.done = True
            self.then()

    def __enter__(self) -> stall_then:
        event.listen(Engine, "before_cursor_execute", self._before)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(Engine, "before_cursor_execute", self._before)
        assert self.done, f"no statement began with {self.after!r}"


def test_the_command_line_stops_waiting_with_one_line(
    short_timeouts: Timeouts,
    postgres: PostgresServer,
    database: str,
    proxy: Proxy,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The network goes in the middle of a command: it ends within the bound, saying why, and saves nothing."""
    url = through(proxy, postgres, database)
    store = open_store(url)
    try:
        aid = new_assessment(store)
    finally:
        store.close()
    capsys.readouterr()
    started = time.monotonic()
    with stall_then(proxy, after="UPDATE responses", then=proxy.stall):
        code = cli.main(["--db", url, "score", str(aid), "PROS-1", "--law", "2"])
    waited = time.monotonic() - started
    out, err = capsys.readouterr()
    assert code == cli.EXIT_REFUSED and out == "", (out, err)
    assert len(err.splitlines()) == 1 and "did not answer for 2.5 seconds" in err, err
    assert waited < short_timeouts.answer + 2, waited
    proxy.resume()
    store = open_store(postgres.database_url(database))
    try:
        with store.session() as session:
            assert responses.get(session, aid, "PROS-1").law is None
    finally:
        store.close()
