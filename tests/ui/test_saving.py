"""Saving edits: off the GUI thread and in order, each edit bound to the item it was typed for, every group of
the item page saying how its last edit went, and nothing lost when the database cannot be written for a while."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from tests.ui.helpers import stored, stored_history, update_elsewhere

TYPED = "Extradition treaties with 12 States"


@pytest.fixture
def short_lock_wait(monkeypatch):
    """The database waits 50 ms for a lock instead of 10 s (set before the window opens its connections)."""
    import db.store

    monkeypatch.setattr(db.store, "BUSY_TIMEOUT_MS", 50)


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Another program holds the database's write lock meanwhile: no edit can be saved."""
    blocker = sqlite3.connect(path, timeout=0.05)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        blocker.rollback()
        blocker.close()


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def next_item(window) -> None:
    """Go > Next item (Ctrl+PgDown) from the field the user is typing in."""
    assert "Ctrl+PgDown" in window.commands.next_item.shortcut().toString()
    window.commands.next_item.trigger()


@pytest.mark.usefixtures("short_lock_wait")
def test_an_edit_that_could_not_be_saved_stays_with_its_item(open_window, small_db, fake_dialogs, qtbot):
    path, aid = small_db
    window = open_window(path)
    window.show()
    qtbot.waitExposed(window)
    window.go_to("INT-4")
    editor = window.item_page.editor
    with locked(path):
        type_into(qtbot, editor.rationale, TYPED)
        next_item(window)
        assert window.navigator.current_code() == "INT-5"
        assert editor.rationale.toPlainText() == ""  # INT-5's own (empty) rationale
        assert "stays with INT-4" in window.saved_label.text()
        [(_, title, text)] = fake_dialogs.called("error")
        assert title == "Database problem" and "busy" in text
    # saving works again; the user moves on once more
    next_item(window)
    assert window.navigator.current_code() == "INT-6"
    assert stored(path, aid, "INT-4").rationale == TYPED
    assert stored(path, aid, "INT-5").rationale == ""
    assert stored(path, aid, "INT-6").rationale == ""
    changed = [c.item_code for c in stored_history(path, aid) if c.field == "rationale"]
    assert [code for code in changed if code.startswith("INT-")] == ["INT-4"]


@pytest.mark.usefixtures("short_lock_wait")
def test_an_edit_kept_shows_on_its_item_and_is_saved_when_the_database_can_be_written(
    open_window, small_db, fake_dialogs
):
    path, aid = small_db
    window = open_window(path)
    editor = window.item_page.editor
    window.go_to("PREV-3")
    with locked(path):
        editor.rationale.setPlainText("Awareness campaign in 4 regions")
        editor.priority.setCurrentIndex(editor.priority.findData("high"))  # a choice: saved at once, after the text
        window.go_to("PREV-4")
        assert editor.rationale.toPlainText() == "" and editor.priority.currentData() is None
        window.go_to("PREV-3")  # back: what was typed and chosen is there, and why it is not saved
        assert editor.rationale.toPlainText() == "Awareness campaign in 4 regions"
        assert editor.priority.currentData() == "high"
        assert editor.notes_state.text().startswith("Not saved yet")
        assert window.edits.kept() == ["PREV-3"]
        assert stored(path, aid, "PREV-3").rationale == ""
    window.edits.retry()  # what the timer does every few seconds
    view = stored(path, aid, "PREV-3")
    assert (view.rationale, view.priority) == ("Awareness campaign in 4 regions", "high")
    assert stored(path, aid, "PREV-4").rationale == ""
    assert editor.notes_state.text().startswith("Saved ")
    assert window.edits.kept() == [] and len(fake_dialogs.called("error")) == 1


@pytest.mark.usefixtures("short_lock_wait")
def test_closing_with_an_edit_kept_asks_and_keeps_the_window_unless_the_user_lets_it_go(
    open_window, small_db, fake_dialogs
):
    path, aid = small_db
    window = open_window(path)
    window.show()
    window.go_to("NAT-2")
    with locked(path):
        window.item_page.editor.next_action.setPlainText("Convene the task force")
        window.close()  # the question: no answer given, so Cancel
        [(_, title, question, button)] = fake_dialogs.called("confirm")
        assert title == "Edits not saved" and "NAT-2" in question and button == "Close and lose them"
        assert window.isVisible()
    window.close()  # the database can be written again: saved, and closed
    assert not window.isVisible()
    assert stored(path, aid, "NAT-2").next_action == "Convene the task force"


def test_each_group_shows_how_its_last_edit_went(open_window, small_db, fake_dialogs):
    path, aid = small_db
    window = open_window(path)
    editor = window.item_page.editor
    window.go_to("PROS-3")
    assert editor.scores.save_state.text() == "" and editor.notes_state.text() == ""
    editor.law.setCurrentIndex(editor.law.findData(2))
    assert editor.scores.save_state.text().startswith("Saved ")
    assert editor.notes_state.text() == ""  # only the group edited says so
    editor.rationale.setPlainText("Unit set up")
    assert editor.notes_state.text() == "Saving…"  # waiting for the pause in typing
    window.edits.flush()
    assert editor.notes_state.text().startswith("Saved ")
    window.go_to("PROS-4")
    assert editor.scores.save_state.text() == "" and editor.notes_state.text() == ""
    update_elsewhere(path, aid, "PROS-4", practice=3)
    editor.law.setCurrentIndex(editor.law.findData(1))  # on an outdated copy: both versions are shown
    [(_parent, conflict)] = fake_dialogs.called("resolve_conflict")
    assert conflict.by == "colleague" and [part.key for part in conflict.parts] == ["scores"]
    # closed without a choice: theirs stays, and the group says where the user's version went
    assert editor.scores.save_state.text().startswith("Not saved: kept colleague's version of PROS-4; yours is")
    assert editor.practice.currentData() == 3 and editor.law.currentData() is None  # what is stored


def test_every_text_field_saves_after_a_pause_and_on_leaving(open_window, small_db, qtbot):
    path, aid = small_db
    window = open_window(path)
    window.show()
    qtbot.waitExposed(window)
    editor = window.item_page.editor
    window.go_to("PROS-5")
    editor.na.setChecked(True)
    type_into(qtbot, editor.na_reason, "No such courts")
    assert not stored(path, aid, "PROS-5").not_applicable  # not yet: waits for a pause in typing
    qtbot.waitUntil(lambda: stored(path, aid, "PROS-5").na_justification == "No such courts", timeout=3000)
    assert stored(path, aid, "PROS-5").not_applicable
    type_into(qtbot, editor.na_reason, " in the region")
    type_into(qtbot, editor.assistance, "Court interpreters")  # leaving the field saves it at once
    assert stored(path, aid, "PROS-5").na_justification == "No such courts in the region"
    window.go_to("PROS-4")  # leaving the item saves what was typed in it
    assert stored(path, aid, "PROS-5").technical_assistance == "Court interpreters"
    editor.date.edit.setFocus()
    qtbot.keyClicks(editor.date.edit, "30/06/2027")  # typed: saved after the pause, like any text
    assert stored(path, aid, "PROS-4").target_date is None
    qtbot.waitUntil(lambda: str(stored(path, aid, "PROS-4").target_date) == "2027-06-30", timeout=3000)


@pytest.mark.usefixtures("threaded_tasks")
def test_edits_are_saved_in_order_off_the_gui_thread(open_window, small_db, qtbot):
    path, aid = small_db
    window = open_window(path)
    editor = window.item_page.editor
    window.go_to("PROT-3")
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(5)
    try:
        with locked(path):  # the edits wait for the lock on a worker thread, for up to the lock timeout
            editor.law.setCurrentIndex(editor.law.findData(1))
            editor.law.setCurrentIndex(editor.law.findData(3))
            editor.rationale.setPlainText("Shelters in two cities")
            window.edits.flush_typing()
            assert editor.scores.save_state.text() == "Saving…" and editor.notes_state.text() == "Saving…"
            assert editor.law.currentData() == 3  # the window shows the edit at once
            qtbot.wait(300)
            assert ticks, "the window kept answering while the database was locked"
            assert stored(path, aid, "PROT-3").law is None
        qtbot.waitUntil(lambda: not window.workspace.writes.busy, timeout=20_000)
    finally:
        heartbeat.stop()
    view = stored(path, aid, "PROT-3")
    assert (view.law, view.rationale) == (3, "Shelters in two cities")
    laws = [c.new for c in stored_history(path, aid, "PROT-3") if c.field == "law_score"]
    assert laws == ["3", "1"]  # newest first: saved in the order they were made
    window.commands.undo.trigger()  # Undo is a write like the others
    assert window.workspace.writes.busy
    qtbot.waitUntil(lambda: not window.workspace.writes.busy, timeout=10_000)
    assert stored(path, aid, "PROT-3").rationale == "" and editor.rationale.toPlainText() == ""
    assert "Undone: rationale of PROT-3" in window.saved_label.text()
    assert window.commands.redo.text() == "&Redo rationale of PROT-3"


@pytest.mark.postgres
def test_on_a_server_an_edit_refused_while_rights_are_revoked_is_saved_for_its_item_once_they_are_back(
    open_window, postgres, capsys, fake_dialogs
):
    from assess import assessments
    from assess.cli import main as cli
    from db import open_store

    tag = uuid.uuid4().hex[:8]
    person, prefix = f"editor_{tag}", f"t{tag}"
    postgres.create_role(person)
    database = postgres.create_database()
    owner = postgres.database_url(database)
    window = None

    def setup(*args: str) -> None:
        assert cli.main(["server", "setup", "--db", owner, "--prefix", prefix, *args]) == 0
        capsys.readouterr()

    try:
        setup("--editor", person)
        store = open_store(owner)
        with store.session() as session:
            aid = assessments.create(session, country="Meridia", title="Baseline").id
        store.close()
        window = open_window(postgres.database_url(database, person))
        window.go_to("INT-4")
        editor = window.item_page.editor
        setup("--viewer", person)  # the owner takes the right to edit away: the editor may only read now
        editor.rationale.setPlainText(TYPED)
        next_item(window)
        assert window.navigator.current_code() == "INT-5" and window.edits.kept() == ["INT-4"]
        [(_, title, text)] = fake_dialogs.called("error")
        assert title == "Database problem" and "refused" in text
        setup("--editor", person)  # and gives it back
        next_item(window)
        assert stored(owner, aid, "INT-4").rationale == TYPED
        assert stored(owner, aid, "INT-5").rationale == "" and stored(owner, aid, "INT-4").updated_by == person
    finally:
        if window is not None:
            window.close()
        postgres.drop_database(database)
        for role in (person, f"{prefix}_editor", f"{prefix}_viewer"):
            postgres.drop_role(role)
