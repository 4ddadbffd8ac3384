"""The window on a real PostgreSQL server that fails: the network slowed, swallowed and cut (a TCP proxy, see
tests/netproxy.py), the server stopped and killed (a server of the test's own), a row held by a stuck save,
rights taken away while someone works.

Work runs on real worker threads here, and a heartbeat (a QTimer ticking every 20 ms) measures the longest
time the event loop did not answer: it never exceeds a quarter of a second, whatever the server does. Each
test checks what the user reads, that what they typed stays in the field, and what the database holds.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from sqlalchemy import text
from sqlalchemy.engine import make_url

from assess import assessments, responses
from assess.ui import edits as edits_module
from assess.ui import tasks
from assess.ui.server_state import NOT_ANSWERING_MS
from db import open_store
from tests.conftest import PostgresServer
from tests.netproxy import Proxy
from tests.private_server import PrivateServer
from tests.ui.helpers import stored

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("threaded_tasks", "short_timeouts", "quick_retries")]

BLOCK_LIMIT_S = 0.25
TYPED = "Typed while the server was away"


class Heartbeat:
    """Ticks every 20 ms on the GUI thread; ``longest`` is the longest gap between two ticks, in seconds."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.clock = QElapsedTimer()
        self.longest = 0.0
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart() / 1000)

    def stop(self) -> None:
        self.timer.stop()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """While the test itself blocks the GUI thread (stopping a server, reading the database to check it)."""
        self.timer.stop()
        try:
            yield
        finally:
            self.start()


@pytest.fixture
def heartbeat() -> Iterator[Heartbeat]:
    beat = Heartbeat()
    yield beat
    beat.stop()


@pytest.fixture
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Kept edits are tried again every half second (users: every five)."""
    monkeypatch.setattr(edits_module, "RETRY_MS", 500)


@pytest.fixture
def database(postgres: PostgresServer) -> Iterator[tuple[str, int]]:
    """A database on the shared test server with one assessment: its URL (as ``tester``) and the assessment's id."""
    name = postgres.create_database()
    url = postgres.database_url(name)
    try:
        yield url, new_assessment(url)
    finally:
        postgres.drop_database(name)


@pytest.fixture
def proxy(postgres: PostgresServer) -> Iterator[Proxy]:
    network = Proxy((postgres.url.host or "127.0.0.1", postgres.url.port or 5432))
    try:
        yield network
    finally:
        network.close()


def new_assessment(url: str) -> int:
    store = open_store(url)
    try:
        with store.session() as session:
            aid = assessments.create(session, country="Meridia", title="Baseline").id
            responses.update(session, aid, "PROS-1", law=3, rationale="Penal Code art. 188")
        return aid
    finally:
        store.close()


def via(proxy: Proxy, url: str) -> str:
    return make_url(url).set(port=proxy.port).render_as_string(hide_password=False)


def settle(qtbot, window, heartbeat: Heartbeat) -> None:
    """Let the background work end, then check that the event loop always answered."""
    qtbot.waitUntil(lambda: not tasks.busy() and not window.workspace.writes.busy, timeout=20_000)
    assert heartbeat.longest < BLOCK_LIMIT_S, f"the window did not answer for {heartbeat.longest:.2f} s"


# -- the network ------------------------------------------------------------------------------------------


def test_a_network_that_swallows_everything(open_window, database, proxy, qtbot, heartbeat, fake_dialogs):
    url, aid = database
    window = open_window(via(proxy, url))
    window.show()
    heartbeat.start()
    window.go_to("PROS-2")
    editor = window.item_page.editor
    proxy.stall()
    started = time.monotonic()
    editor.rationale.setPlainText(TYPED)
    window.edits.flush()  # leaving the field: saved now, in the background
    banner = window.server_banner
    qtbot.waitUntil(lambda: "not answering" in banner.text() and banner.isVisible(), timeout=NOT_ANSWERING_MS + 2000)
    assert time.monotonic() - started < NOT_ANSWERING_MS / 1000 + 1.5
    assert "What you type is kept in this window" in banner.text()

    window.go_to("PROS-3")  # moving on while the server does not answer: the window follows at once
    window.item_page.tabs.setCurrentWidget(window.item_page.history)
    window.show_overview_tab()
    window.go_to("PROS-2")
    assert editor.rationale.toPlainText() == TYPED, "the text stays in the field"
    qtbot.waitUntil(lambda: editor.notes_state.text().startswith("Not saved yet: kept here"), timeout=10_000)
    assert "did not answer" in editor.notes_state.text() or "Cannot connect" in editor.notes_state.text()
    assert editor.rationale.toPlainText() == TYPED

    proxy.resume()
    qtbot.waitUntil(lambda: editor.notes_state.text().startswith("Saved"), timeout=15_000)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
    messages = fake_dialogs.messages()
    assert len(messages) <= 1 and all("did not answer" in m or "Cannot connect" in m for m in messages), messages
    settle(qtbot, window, heartbeat)
    assert stored(url, aid, "PROS-2").rationale == TYPED


def test_a_slow_network(open_window, database, proxy, qtbot, heartbeat, fake_dialogs):
    """300 ms each way: the window answers all along and every edit is saved, none refused."""
    url, aid = database
    window = open_window(via(proxy, url))
    window.show()
    heartbeat.start()
    proxy.slow(0.3)
    editor = window.item_page.editor
    window.go_to("PROS-2")
    editor.law.setCurrentIndex(editor.law.findData(2))
    editor.rationale.setPlainText(TYPED)
    window.go_to("PROS-3")  # leaving the item saves what was typed
    editor.practice.setCurrentIndex(editor.practice.findData(1))
    qtbot.waitUntil(lambda: not window.edits.pending, timeout=30_000)
    assert fake_dialogs.messages() == []
    settle(qtbot, window, heartbeat)
    assert (stored(url, aid, "PROS-2").law, stored(url, aid, "PROS-2").rationale) == (2, TYPED)
    assert stored(url, aid, "PROS-3").practice == 1


def test_a_network_cut(open_window, database, proxy, qtbot, heartbeat, fake_dialogs):
    """Every connection through the network is cut: one clear message, the text kept, saved when it is back."""
    url, aid = database
    window = open_window(via(proxy, url))
    window.show()
    heartbeat.start()
    window.go_to("PROS-2")
    editor = window.item_page.editor
    proxy.cut()
    proxy.stall()  # and new connections get nowhere for a while
    editor.rationale.setPlainText(TYPED)
    window.edits.flush()
    qtbot.waitUntil(lambda: editor.notes_state.text().startswith("Not saved yet"), timeout=15_000)
    assert window.server_banner.isVisible() and editor.rationale.toPlainText() == TYPED
    for code in ("PROS-3", "PROS-4", "PROS-2"):
        window.go_to(code)
    [message] = fake_dialogs.messages()  # once, not at every move
    assert "Lost the connection" in message or "Cannot connect" in message or "did not answer" in message, message
    proxy.resume()
    qtbot.waitUntil(lambda: editor.notes_state.text().startswith("Saved"), timeout=20_000)
    settle(qtbot, window, heartbeat)
    assert stored(url, aid, "PROS-2").rationale == TYPED


# -- a row held by a save stuck half-way ---------------------------------------------------------------------


def test_an_item_held_by_a_stuck_save(open_window, database, qtbot, heartbeat, fake_dialogs, short_timeouts):
    url, aid = database
    stuck = open_store(url)
    try:
        session = stuck.sessions()
        responses.update(session, aid, "PROS-1", rationale="someone's save, cut off before its commit")
        window = open_window(url)
        window.show()
        heartbeat.start()
        editor = window.item_page.editor
        window.go_to("PROS-2")
        editor.practice.setCurrentIndex(editor.practice.findData(2))  # another item: saved at once
        qtbot.waitUntil(lambda: editor.scores.save_state.text().startswith("Saved"), timeout=5000)
        window.go_to("PROS-1")
        editor.rationale.setPlainText(TYPED)
        window.edits.flush()
        qtbot.waitUntil(lambda: "in the middle of changing the same rows" in editor.notes_state.text(), timeout=5000)
        assert "tester is in the middle" in editor.notes_state.text() and editor.rationale.toPlainText() == TYPED
        # the server ends the stuck session; the kept edit is saved at the next try
        qtbot.waitUntil(lambda: editor.notes_state.text().startswith("Saved"), timeout=15_000)
        settle(qtbot, window, heartbeat)
        assert stored(url, aid, "PROS-1").rationale == TYPED
    finally:
        stuck.close()


# -- the server stopped and killed -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def own_server() -> Iterator[PrivateServer]:
    made = PrivateServer()
    try:
        yield made
    finally:
        made.close()


@pytest.mark.usefixtures("postgres")
def test_the_server_stopped_then_killed_while_editing(open_window, own_server, qtbot, heartbeat, fake_dialogs):
    url = own_server.new_database(f"window_{int(time.time() * 1000)}")
    aid = new_assessment(url)
    window = open_window(url)
    window.show()
    heartbeat.start()
    editor = window.item_page.editor
    acknowledged: dict[str, str] = {}
    for round_, fail in enumerate((own_server.stop, own_server.kill)):
        code = ("PROS-2", "PROS-3")[round_]
        window.go_to(code)
        editor.rationale.setPlainText(f"saved before round {round_}")
        window.edits.flush()
        qtbot.waitUntil(lambda: editor.notes_state.text().startswith("Saved"), timeout=10_000)
        acknowledged[code] = f"saved before round {round_}"
        with heartbeat.paused():
            fail()
        editor.rationale.setPlainText(f"{TYPED} ({round_})")
        window.edits.flush()
        qtbot.waitUntil(lambda: editor.notes_state.text().startswith("Not saved yet"), timeout=15_000)
        assert window.server_banner.isVisible()
        for other in ("PROS-4", "PROS-5", code):  # moving around: no message box at every move
            window.go_to(other)
        window.show_overview_tab()
        window.show_item_tab()
        assert editor.rationale.toPlainText() == f"{TYPED} ({round_})"
        with heartbeat.paused():
            own_server.start()
        qtbot.waitUntil(lambda: editor.notes_state.text().startswith("Saved"), timeout=20_000)
        acknowledged[code] = f"{TYPED} ({round_})"
    assert len(fake_dialogs.messages()) <= 2 and fake_dialogs.called("unexpected") == []
    settle(qtbot, window, heartbeat)
    for code, value in acknowledged.items():
        assert stored(url, aid, code).rationale == value


# -- rights taken away while someone works -------------------------------------------------------------------


def test_rights_taken_away_make_the_window_read_only_at_the_first_refusal(
    open_window, postgres, qtbot, heartbeat, fake_dialogs, shared
):
    assert shared.setup("--editor", shared.editor)[0] == 0
    aid = new_assessment(shared.url())
    window = open_window(shared.url(shared.editor))
    window.show()
    heartbeat.start()
    editor = window.item_page.editor
    window.go_to("PROS-2")
    editor.law.setCurrentIndex(editor.law.findData(1))
    qtbot.waitUntil(lambda: editor.scores.save_state.text().startswith("Saved"), timeout=5000)
    with heartbeat.paused():
        postgres.sql(f'REVOKE "{shared.prefix}_editor" FROM "{shared.editor}"')  # the owner takes the rights away

    editor.rationale.setPlainText(TYPED)
    window.edits.flush()
    qtbot.waitUntil(lambda: not window.workspace.can_edit, timeout=5000)
    [message] = fake_dialogs.messages()
    assert "permission denied" in message
    assert window.item_page.banner.isVisibleTo(window) and "permission denied" in window.item_page.banner.text()
    assert editor.rationale.isReadOnly() and not editor.law.isEnabled()
    assert editor.rationale.toPlainText() == TYPED and editor.notes_state.text().startswith("Not saved yet")
    for code in ("PROS-3", "PROS-2", "PROS-4"):
        window.go_to(code)
    window.edits.flush()
    assert len(fake_dialogs.messages()) == 1, "one message, not one at every move"
    settle(qtbot, window, heartbeat)
    assert stored(shared.url(), aid, "PROS-2").rationale == ""
    fake_dialogs.answer("confirm", True)  # closing: the user agrees to lose the edit that cannot be saved


def test_an_assessment_restricted_to_other_editors_opens_read_only(open_window, qtbot, fake_dialogs, shared):
    assert shared.setup("--editor", shared.editor)[0] == 0
    aid = new_assessment(shared.url())
    assert shared.setup("--assessment", str(aid), "--editor", shared.editor)[0] == 0
    second = f"{shared.editor}_2"
    shared.server.create_role(second)
    try:
        assert shared.setup("--editor", second)[0] == 0
        window = open_window(shared.url(second))
        window.go_to("PROS-2")
        qtbot.waitUntil(lambda: not window.workspace.can_edit, timeout=5000)  # the rights are read in the background
        assert not window.item_page.editor.law.isEnabled()
        assert "Only the editors named for this assessment may change it" in window.item_page.banner.text()
        assert fake_dialogs.messages() == []
        with window.workspace.store.engine.connect() as connection:
            assert connection.execute(text("SELECT current_user")).scalar() == second
        qtbot.waitUntil(lambda: not tasks.busy(), timeout=5000)
        window.close()
    finally:
        shared.server.drop_role(second)
