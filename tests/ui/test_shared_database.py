"""File > Open shared database, and a database the user may only read (a viewer on a shared server).

No server is needed: ``open_store`` is replaced by one that opens an SQLite file, dressed where a test
needs it as a store on a server.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from assess import findings
from assess.messages import UserText
from assess.server import server_url
from assess.ui import database_commands, settings
from assess.ui.shared_database_dialog import SharedDatabaseDialog
from db import DatabaseUnavailable, Store, open_store
from tests.ui.conftest import make_small_database
from tests.ui.helpers import stored, stored_assessment, stored_evidence

VIEWER = UserText("You are a viewer on this database")
SERVER = "postgresql+psycopg://ann:s3cret@db.example.org:5433/assess?sslmode=require"


@pytest.fixture
def other_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "other.sqlite"
    return path, make_small_database(path)


def opener(target: Path, **changes: object):
    """A stand-in for ``db.open_store`` that opens ``target`` and records the URL it was asked for."""
    asked: list[str] = []

    def fake(url: str) -> Store:
        asked.append(url)
        store = open_store(target)
        return dataclasses.replace(store, **changes) if changes else store

    fake.asked = asked  # type: ignore[attr-defined]
    return fake


def test_the_dialog_builds_the_url(qtbot):
    dialog = SharedDatabaseDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert dialog.port.value() == 5432 and not ok.isEnabled()
    qtbot.keyClicks(dialog.host, " db.example.org ")
    qtbot.keyClicks(dialog.database, "assess")
    qtbot.keyClicks(dialog.user, "ann")
    assert ok.isEnabled()
    dialog.tls.setChecked(True)
    assert dialog.url() == server_url("db.example.org", "assess", "ann", port=5432, sslmode="require")
    dialog.tls.setChecked(False)
    dialog.port.setValue(6543)
    qtbot.keyClicks(dialog.password, "p@ss/word")
    url = make_url(dialog.url())
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "db.example.org",
        6543,
        "assess",
        "ann",
        "p@ss/word",
    )
    assert "sslmode" not in url.query


def test_opening_a_shared_database_opens_it_and_remembers_it_without_the_password(
    open_window, small_db, other_db, fake_dialogs, monkeypatch
):
    path, _ = small_db
    other, other_id = other_db
    window = open_window(path)
    fake = opener(other, url=make_url(SERVER), path=None)
    monkeypatch.setattr(database_commands, "open_store", fake)
    fake_dialogs.answer("shared_database", SERVER)
    window.commands.open_shared_database.trigger()
    assert fake.asked == [SERVER]
    assert window.workspace.assessment_id == other_id
    assert Path(window.workspace.store.engine.url.database) == other.resolve()  # the database it opened
    assert "s3cret" not in window.databases.database and "db.example.org" in window.databases.database
    assert settings.recent_databases()[0] == window.databases.database
    assert make_url(window.databases.database).password is None
    assert not any("s3cret" in entry for entry in settings.recent_databases())
    assert not window.commands.back_up.isEnabled()  # on a server: pg_dump, not Back up
    assert window.workspace.can_edit and window.commands.rename.isEnabled()


def test_a_failure_to_connect_is_a_message_and_the_open_database_stays(
    open_window, small_db, fake_dialogs, monkeypatch
):
    path, aid = small_db
    window = open_window(path)

    def refuse(url: str) -> Store:
        raise DatabaseUnavailable("Cannot reach the server db.example.org: connection refused.")

    monkeypatch.setattr(database_commands, "open_store", refuse)
    fake_dialogs.answer("shared_database", SERVER)
    window.commands.open_shared_database.trigger()
    assert fake_dialogs.messages() == ["Cannot reach the server db.example.org: connection refused."]
    assert window.databases.database == str(path.resolve()) or Path(window.databases.database) == path.resolve()
    assert window.workspace.assessment_id == aid
    window.go_to("PROS-2")
    assert window.item_page.editor.law.isEnabled()


def test_cancelling_the_dialog_opens_nothing(open_window, small_db, monkeypatch):
    path, aid = small_db
    window = open_window(path)
    monkeypatch.setattr(database_commands, "open_store", lambda url: pytest.fail("nothing should be opened"))
    window.commands.open_shared_database.trigger()
    assert window.workspace.assessment_id == aid


@pytest.fixture
def viewer_window(open_window, small_db, fake_dialogs, monkeypatch):
    path, _ = small_db
    window = open_window(path)
    monkeypatch.setattr(database_commands, "open_store", opener(path, read_only_reason=VIEWER))
    fake_dialogs.answer("shared_database", SERVER)
    window.commands.open_shared_database.trigger()
    assert not window.workspace.can_edit
    return window


def test_a_viewer_sees_every_editing_control_off_and_why(viewer_window):
    window = viewer_window
    window.go_to("PROS-1.i")
    editor, evidence = window.item_page.editor, window.item_page.evidence
    assert window.workspace.read_only and window.workspace.read_only_reason == str(VIEWER)
    for widget in (editor.law, editor.practice, editor.na, editor.priority, editor.date.button):
        assert not widget.isEnabled()
    for edit in (editor.rationale, editor.next_action, editor.assistance, editor.date.edit):
        assert edit.isReadOnly()
    for button in (evidence.add_files, evidence.add_link, evidence.add_citation, evidence.remove):
        assert not button.isEnabled()
    banner = window.item_page.banner
    assert banner.isVisibleTo(window.item_page) and banner.text() == str(VIEWER)
    actions = window.commands
    for action in (
        actions.new_assessment,
        actions.new_round,
        actions.rename,
        actions.mark_final,
        actions.reopen,
        actions.import_contribution,
        actions.restore,
        actions.reset_demo,
    ):
        assert not action.isEnabled(), action.text()
    for action in (actions.export_report, actions.find, actions.open_database, actions.open_shared_database):
        assert action.isEnabled(), action.text()
    assert "Read-only" in window.status_label.text()


def read_finding(path, aid):
    store = open_store(path)
    try:
        with store.session() as session:
            return findings.of_assessment(session, aid)
    finally:
        store.close()


def test_a_viewer_cannot_write_anything(viewer_window, small_db, fake_dialogs, tmp_path):
    path, aid = small_db
    window = viewer_window
    before = stored(path, aid, "PROS-1.i")
    window.go_to("PROS-1.i")
    editor = window.item_page.editor
    editor.law.setCurrentIndex(editor.law.findData(0))
    editor.rationale.setPlainText("Changed by a viewer")
    window.edits.flush()
    evidence = window.item_page.evidence
    attachment = tmp_path / "law.txt"
    attachment.write_text("text", "utf-8")
    fake_dialogs.answer("evidence_files", [str(attachment)])
    evidence.choose_files()
    evidence.attach([str(attachment)])
    fake_dialogs.answer("confirm", True, True)

    def approve(dialog):
        dialog.name.setText("A viewer")
        dialog.force.setChecked(True)
        return True

    fake_dialogs.answer("ask", approve)
    window.judgement.approve()
    window.judgement.write_finding("", "", "Written by a viewer")
    window.assessments.rename()
    window.assessments.new_assessment()
    assert stored(path, aid, "PROS-1.i") == before
    assert stored_evidence(path, aid, "PROS-1.i") == []
    assert stored_assessment(path, aid).status == "draft"
    assert read_finding(path, aid) == {}
    assert not fake_dialogs.called("new_assessment") and not fake_dialogs.called("rename_assessment")
    assert fake_dialogs.messages()[-1] == str(VIEWER)
    assert window.history.stack.count() == 0
