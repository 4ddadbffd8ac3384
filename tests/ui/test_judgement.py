"""Targets, key findings, the methodology and approval in the window: what the dialogs write, what the pages show,
and Undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from assess import approval, findings, methodology, targets
from db import open_store
from tests.ui.helpers import stored_assessment


@pytest.fixture
def window(open_window, small_db):
    path, _ = small_db
    return open_window(path)


def read(path, fn, *args):
    store = open_store(path)
    try:
        with store.session() as session:
            return fn(session, *args)
    finally:
        store.close()


def test_targets_dialog_sets_the_assessments_target_and_an_override_with_its_reason(window, small_db, fake_dialogs):
    path, aid = small_db
    assert window.workspace.state("PROS-1.i").status == "gap"  # 4 and 2 against the target of 4

    def fill(dialog):
        dialog.level.setCurrentIndex(dialog.level.findData(3))
        dialog.reason.setText("Largely in place by 2027")
        dialog.code.setCurrentText("PROS-2")
        dialog._add_row("PROS-2", 4, "")
        dialog.table.item(0, 2).setText("The offence must be complete")
        return True

    fake_dialogs.answer("ask", fill)
    window.commands.targets.trigger()
    stored = read(path, targets.of_assessment, aid)
    assert (stored.level, stored.reason) == (3, "Largely in place by 2027")
    assert stored.overrides["PROS-2"].reason == "The offence must be complete"
    state = window.workspace.state("PROS-1.i")
    assert (state.target, state.severity) == (3, "minor")
    assert window.workspace.assessment.target == 3
    tree = window.navigator.model
    assert tree.data(tree.index_of("PROS-1.i", 1)) == "Gap, minor"
    assert tree.data(tree.index_of("PROS-1.i", 1), Qt.ItemDataRole.BackgroundRole) is not None
    window.undo()
    assert read(path, targets.of_assessment, aid).level == 4
    assert read(path, targets.of_assessment, aid).overrides == {}
    assert window.workspace.state("PROS-1.i").severity == "major"


def test_an_items_own_target_from_its_page(window, small_db, fake_dialogs):
    path, aid = small_db
    window.go_to("PREV-1")
    box = window.item_page.judgement.target
    assert box.isVisibleTo(window) and "Target 4 (the assessment's)." in box.label.text()

    def fill(dialog):
        dialog.level.setCurrentIndex(dialog.level.findData(2))
        dialog.reason.setText("A pilot first")
        return True

    fake_dialogs.answer("ask", fill)
    box.button.click()
    assert read(path, targets.of_assessment, aid).overrides["PREV-1"].level == 2
    assert "set for this item: A pilot first" in box.label.text()


def test_key_findings_are_written_on_the_overview_and_a_pillars_page_and_undone(window, small_db):
    path, aid = small_db
    window.show_overview_tab()
    editor = window.overview.finding
    assert editor.isVisibleTo(window) and editor.text.toPlainText() == ""
    editor.text.setPlainText("Law is there; practice lags.")
    editor.save()
    assert read(path, findings.of_assessment, aid)[""].text == "Law is there; practice lags."
    window.go_to("PROS")
    pillar = window.item_page.judgement.finding
    assert pillar.isVisibleTo(window) and "Prosecution" in pillar.title.text()
    pillar.text.setPlainText("Few convictions.")
    pillar.save()
    assert read(path, findings.of_assessment, aid)["PROS"].text == "Few convictions."
    window.go_to("PROS-1.i")
    assert not window.item_page.judgement.finding.isVisibleTo(window)
    window.undo()
    assert "PROS" not in read(path, findings.of_assessment, aid)
    window.redo()
    assert read(path, findings.of_assessment, aid)["PROS"].text == "Few convictions."


def test_approval_lists_what_is_missing_and_needs_confirming(window, small_db, fake_dialogs):
    path, aid = small_db
    seen = {}

    def look(dialog):
        missing = dialog.findChild(QPlainTextEdit)
        seen["missing"] = missing.toPlainText() if missing is not None else ""
        seen["force"] = dialog.force.parent() is dialog
        dialog.name.setText("Jane Doe")
        dialog.role.setText("Chair")
        return True  # accepted without ticking "approve as it is": refused

    fake_dialogs.answer("ask", look)
    window.commands.mark_final.trigger()
    assert seen["force"] and "Not fully scored: PROS-1," in seen["missing"]
    assert "No key finding yet: overall, PROS" in seen["missing"]
    assert stored_assessment(path, aid).status == "draft"
    assert any("cannot be approved yet" in m for m in fake_dialogs.messages())
    assert "PROS-1" in fake_dialogs.messages()[-1]


def test_the_methodology_dialog_saves_what_the_team_recorded(window, small_db, fake_dialogs):
    path, aid = small_db

    def fill(dialog):
        dialog.participants.setPlainText("Ministry of Justice\nPolice")
        dialog.meetings.setPlainText("2026-03-04 Inception workshop")
        dialog.agreement.setPlainText("By consensus")
        return True

    fake_dialogs.answer("ask", fill)
    window.commands.methodology.trigger()
    recorded = read(path, methodology.of_assessment, aid)
    assert recorded.participants == ("Ministry of Justice", "Police")
    assert recorded.meetings[0].title == "Inception workshop" and recorded.agreement == "By consensus"


def test_a_final_assessments_history_records_the_approval(window, small_db, fake_dialogs):
    path, aid = small_db

    def fill(dialog):
        dialog.name.setText("Jane Doe")
        dialog.body.setText("Task force")
        dialog.force.setChecked(True)
        return True

    fake_dialogs.answer("ask", fill)
    window.commands.mark_final.trigger()
    [entry] = read(path, approval.history, aid)
    assert entry.approval is not None and (entry.approval.approved_by, entry.approval.body) == (
        "Jane Doe",
        "Task force",
    )
    assert entry.forced
