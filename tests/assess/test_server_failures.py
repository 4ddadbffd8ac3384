"""A server stopped or killed while people save: every save acknowledged is there afterwards, every failure is a
clear message, and saving resumes by itself when the server is back.

The server is one of the test's own (tests/private_server.py), stopped as an administrator does (every session
ended) and killed as a crash does (the postmaster and all its processes at once), then started again. A writer
saves a counter over and over, as the window does, and keeps what was acknowledged; afterwards the history
holds each acknowledged value and the item holds the last value the history records.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from assess import assessments, audit, responses
from db import StoreError, open_store
from db.timeouts import Timeouts
from tests.private_server import PrivateServer

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("postgres")]  # run where the [postgres] tests run

CODE = "PROS-1"


@pytest.fixture(scope="module")
def server() -> Iterator[PrivateServer]:
    made = PrivateServer()
    try:
        yield made
    finally:
        made.close()


@dataclass
class Writer:
    """Saves 1, 2, 3 ... as the rationale of an item until told to stop; what was acknowledged, what failed."""

    url: str
    assessment: int
    acknowledged: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    bugs: list[str] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def run(self) -> None:
        store = open_store(self.url)
        try:
            counter = 0
            while not self.stop.is_set():
                counter += 1
                try:
                    responses.save(store, self.assessment, CODE, rationale=str(counter))
                    self.acknowledged.append(counter)
                except StoreError as refused:
                    self.failures.append(str(refused))
                    time.sleep(0.05)
                except Exception:
                    self.bugs.append(traceback.format_exc())
        finally:
            store.close()


def test_saves_through_a_stop_and_a_crash_of_the_server(server: PrivateServer, short_timeouts: Timeouts) -> None:
    url = server.new_database("stop_and_kill")
    store = open_store(url)
    try:
        with store.session() as session:
            aid = assessments.create(session, country="Meridia", title="Baseline").id
    finally:
        store.close()
    writer = Writer(url, aid)
    thread = threading.Thread(target=writer.run)
    thread.start()
    marks = []
    try:
        for fail in (server.stop, server.kill):
            time.sleep(0.7)
            marks.append(len(writer.acknowledged))
            fail()
            time.sleep(0.7)
            server.start()
        deadline = time.monotonic() + 10
        while len(writer.acknowledged) <= marks[-1] + 3 and time.monotonic() < deadline:
            time.sleep(0.05)  # saving resumed by itself
    finally:
        writer.stop.set()
        thread.join(timeout=60)
    assert not writer.bugs, writer.bugs[0]
    assert len(writer.acknowledged) > marks[-1] + 3, "saving went on once the server was back"
    assert writer.failures, "the server was down for a while"
    for message in writer.failures:
        assert any(words in message for words in ("Lost the connection", "Cannot connect", "did not answer", "shut")), (
            message
        )
    store = open_store(url)
    try:
        with store.session() as session:
            # every entry, not the newest thousand a screen shows: a quick machine saves more than that
            every = audit.history(session, aid, CODE, limit=2 * len(writer.acknowledged) + 100)
            saved = {int(c.new or 0) for c in every}
            current = responses.get(session, aid, CODE).rationale
    finally:
        store.close()
    lost = set(writer.acknowledged) - saved
    assert not lost, f"acknowledged but not saved: {sorted(lost)}"
    assert current == str(max(saved)), "the item holds its last saved edit"
