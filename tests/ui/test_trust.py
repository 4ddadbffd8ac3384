"""What the window does with input it cannot trust: links it will not open, text past its limit, sensitive
evidence it will not send without a password."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest

from assess import evidence, limits
from assess.ui.send_part_dialog import SendPartDialog
from db import open_store
from exports.exchange.read import open_package
from tests.ui.helpers import stored

REVIEW = 2  # the demo's draft round


@pytest.mark.parametrize(
    "url", ["javascript:alert(document.cookie)", "file:///etc/passwd", "\\\\fileserver\\victims\\statement.docx"]
)
def test_open_refuses_a_link_that_is_not_a_web_or_mail_address_and_says_why(
    open_window, small_db, fake_dialogs, url: str
) -> None:
    path, aid = small_db
    with contextlib.closing(sqlite3.connect(path)) as connection:  # a database from before the rule, or another's
        (response,) = connection.execute(
            "SELECT id FROM responses WHERE assessment_id = ? AND item_code = 'PROT-4'", (aid,)
        ).fetchone()
        connection.execute(
            "INSERT INTO evidence (response_id, kind, name, description, url, citation, sha256, size, sensitive, "
            "added_by, added_at) VALUES (?, 'link', 'Statement', '', ?, '', '', 0, 0, 'someone', '2026-01-01')",
            (response, url),
        )
        connection.commit()
    window = open_window(path)
    window.go_to("PROT-4")
    panel = window.item_page.evidence
    panel.table.setCurrentItem(panel.table.topLevelItem(0))
    panel.table.itemActivated.emit(panel.table.topLevelItem(0), 0)
    assert fake_dialogs.called("open_external") == []
    [(_, _, text)] = fake_dialogs.called("error")
    assert "is not a web or e-mail address" in text and "http://, https:// or mailto:" in text


def test_a_note_stops_at_its_limit_and_the_window_says_so(open_window, small_db, qtbot) -> None:
    path, aid = small_db
    window = open_window(path)
    window.go_to("PREV-1")
    editor = window.item_page.editor
    said: list[str] = []
    window.workspace.said.connect(said.append)
    editor.rationale.setFocus()
    editor.rationale.insertPlainText("x" * (limits.NOTE + 25))
    assert len(editor.rationale.toPlainText()) == limits.NOTE
    assert any("at most 100,000 characters" in line for line in said), said
    editor.next_action.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: stored(path, aid, "PREV-1").rationale == "x" * limits.NOTE, timeout=10_000)
    assert editor.na_reason.maxLength() == limits.NOTE
    assert editor.institutions.new.maxLength() == limits.INSTITUTION


def test_send_part_without_a_password_leaves_sensitive_evidence_out_and_says_how_much(
    open_window, demo_db, fake_dialogs, tmp_path: Path
) -> None:
    window = open_window(demo_db)
    target = tmp_path / "everything.assess"

    def fill(parent, request):
        dialog = SendPartDialog(request, parent)
        try:
            dialog.file.set_path(str(target))
            return dialog.options()
        finally:
            dialog.deleteLater()

    fake_dialogs.answer("send_part", fill)
    window.commands.send_part.trigger()
    with open_package(target) as package:
        carried = [proof for item in package.contribution.items for proof in item.evidence]
    assert carried and not any(proof.sensitive for proof in carried)
    [(_parent, title, text)] = fake_dialogs.called("info")
    assert title == "Package written"
    sensitive = [e for e in stored_evidence_of(demo_db) if e.sensitive]
    assert sensitive and f"Left out {len(sensitive)} sensitive evidence" in text and "protected by a password" in text


def stored_evidence_of(db: Path) -> list[evidence.EvidenceView]:
    store = open_store(db)
    try:
        with store.session() as session:
            return evidence.list_for(session, REVIEW)
    finally:
        store.close()
