"""Undo and Redo cover every edit, evidence included, from the keyboard and the Edit menu."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor

from assess import evidence
from assess.ui.dialogs import FileDetails, LinkOrCitation
from assess.ui.new_assessment_dialog import Names
from db import open_store
from tests.ui.helpers import stored, stored_assessment, stored_evidence


@pytest.fixture
def window(open_window, small_db):
    path, _ = small_db
    return open_window(path)


def test_undo_and_redo_are_in_the_edit_menu_with_their_keys(window):
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    actions = edit.actions()
    assert window.commands.undo in actions and window.commands.redo in actions
    assert QKeySequence("Ctrl+Z") in window.commands.undo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.commands.redo.shortcuts()
    assert not window.commands.undo.isEnabled()


def test_a_score_is_undone_and_redone_with_the_keyboard(window, small_db, qtbot):
    path, aid = small_db
    window.go_to("PROS-3")
    editor = window.item_page.editor
    editor.law.setCurrentIndex(editor.law.findData(2))
    assert stored(path, aid, "PROS-3").law == 2
    assert window.commands.undo.text() == "&Undo scores of PROS-3"
    window.navigator.tree.setFocus()
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(path, aid, "PROS-3").law is None
    assert editor.law.currentData() is None
    qtbot.keyClick(
        window.navigator.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert stored(path, aid, "PROS-3").law == 2
    assert editor.law.currentData() == 2


def test_na_is_undone_back_to_the_scores(window, small_db):
    path, aid = small_db
    window.go_to("PROS-1.i")
    editor = window.item_page.editor
    editor.na_reason.setText("Does not apply")
    editor.na.setChecked(True)
    assert stored(path, aid, "PROS-1.i").not_applicable
    window.commands.undo.trigger()
    view = stored(path, aid, "PROS-1.i")
    assert (view.not_applicable, view.law, view.practice) == (False, 4, 2)
    assert not editor.na.isChecked() and editor.law.currentData() == 4


def test_typing_is_one_undo_step_and_a_pending_edit_is_saved_first(window, small_db):
    path, aid = small_db
    window.go_to("PROS-3")
    editor = window.item_page.editor
    editor.rationale.setPlainText("First")
    window.edits.flush()
    editor.rationale.setPlainText("First draft")
    window.edits.flush()
    editor.rationale.setPlainText("First draft, revised")  # still waiting for the pause when Undo comes
    window.commands.undo.trigger()
    assert stored(path, aid, "PROS-3").rationale == ""
    assert editor.rationale.toPlainText() == ""
    window.commands.redo.trigger()
    assert stored(path, aid, "PROS-3").rationale == "First draft, revised"


def test_undo_shows_the_item_it_changes(window, small_db):
    path, aid = small_db
    window.go_to("PROS-3")
    window.item_page.editor.priority.setCurrentIndex(1)
    window.go_to("NAT-2")
    window.commands.undo.trigger()
    assert window.navigator.current_code() == "PROS-3"
    assert stored(path, aid, "PROS-3").priority is None


def test_institutions_are_undone(window, small_db):
    path, aid = small_db
    window.go_to("PROS-1.i")
    picker = window.item_page.editor.institutions
    picker.new.setText("Labour Inspectorate")
    picker.add_typed()
    assert "Labour Inspectorate" in stored(path, aid, "PROS-1.i").institutions
    window.commands.undo.trigger()
    assert stored(path, aid, "PROS-1.i").institutions == ("Ministry of Justice",)
    assert picker.chosen() == ["Ministry of Justice"]


def test_evidence_added_and_removed_is_undone_and_redone(window, small_db, fake_dialogs, tmp_path):
    path, aid = small_db
    file = tmp_path / "circular.pdf"
    content = b"%PDF-1.4 circular on victim identification\n" * 100
    file.write_bytes(content)
    window.go_to("PROT-2")
    fake_dialogs.answer("evidence_files", [str(file)])
    fake_dialogs.answer("file_details", FileDetails("Circular 7/2025", True))
    window.item_page.evidence.add_files.click()
    assert [e.name for e in stored_evidence(path, aid, "PROT-2")] == ["circular.pdf"]
    fake_dialogs.answer("link_or_citation", LinkOrCitation("citation", "Penal Code, art. 188", "", "", False))
    window.item_page.evidence.add_citation.click()
    assert len(stored_evidence(path, aid, "PROT-2")) == 2
    panel = window.item_page.evidence
    panel.table.setCurrentItem(panel.table.topLevelItem(0))
    fake_dialogs.answer("confirm", True)
    panel.remove.click()
    assert [e.kind for e in stored_evidence(path, aid, "PROT-2")] == ["citation"]
    window.commands.undo.trigger()  # the file comes back, content intact
    [restored] = [e for e in stored_evidence(path, aid, "PROT-2") if e.kind == "file"]
    assert restored.sensitive and restored.description == "Circular 7/2025"
    store = open_store(path)
    assert hashlib.sha256(b"".join(evidence.read_chunks(store, restored.sha256))).hexdigest() == restored.sha256
    store.close()
    window.commands.undo.trigger()  # the citation goes
    window.commands.undo.trigger()  # the file goes
    assert stored_evidence(path, aid, "PROT-2") == []
    assert panel.table.topLevelItemCount() == 0
    window.commands.redo.trigger()
    window.commands.redo.trigger()
    assert sorted(e.kind for e in stored_evidence(path, aid, "PROT-2")) == ["citation", "file"]
    assert panel.table.topLevelItemCount() == 2
    assert window.workspace.state("PROT-2").response.evidence_count == 2


def test_rename_is_undone(window, small_db, fake_dialogs):
    path, aid = small_db
    fake_dialogs.answer("rename_assessment", Names("Testland", "Mid-term review", "2027"))
    window.commands.rename.trigger()
    assert stored_assessment(path, aid).title == "Mid-term review"
    assert "Mid-term review" in window.windowTitle()
    window.commands.undo.trigger()
    assert stored_assessment(path, aid).title == "National assessment"
    assert "National assessment" in window.windowTitle()


def test_an_undo_refused_because_someone_changed_the_item_shows_both_and_loses_nothing(window, small_db, fake_dialogs):
    from tests.ui.helpers import update_elsewhere

    path, aid = small_db
    window.go_to("PROS-3")
    window.item_page.editor.law.setCurrentIndex(3)
    update_elsewhere(path, aid, "PROS-3", law=4)  # someone else changed it since
    window.commands.undo.trigger()
    [(_, conflict)] = fake_dialogs.called("resolve_conflict")
    [part] = conflict.parts
    assert conflict.by == "colleague" and (part.mine["law"], part.theirs["law"]) == (None, 4)
    assert stored(path, aid, "PROS-3").law == 4
    assert window.item_page.editor.law.currentData() == 4
    # closed without a choice: theirs stays, and what the Undo was writing is the next Undo
    assert window.commands.undo.isEnabled()
    window.commands.undo.trigger()
    assert stored(path, aid, "PROS-3").law is None
    assert window.item_page.editor.law.currentData() is None


# --- Ctrl+Z inside a field ---------------------------------------------------------------------------------------


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _ctrl_z(qtbot, widget, shift=False):
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, Qt.Key.Key_Z, modifiers)


def test_ctrl_z_in_a_field_undoes_only_its_unsaved_typing(window, small_db, qtbot):
    path, aid = small_db
    window.show()
    window.activateWindow()
    window.go_to("PROS-3")
    rationale = window.item_page.editor.rationale
    _type(qtbot, rationale, "Saved part")
    qtbot.waitUntil(lambda: stored(path, aid, "PROS-3").rationale == "Saved part")  # after the pause in typing
    _type(qtbot, rationale, " and more")
    _ctrl_z(qtbot, rationale)
    assert rationale.toPlainText() == "Saved part"  # the typing since the save, no more
    window.edits.flush()
    assert stored(path, aid, "PROS-3").rationale == "Saved part"
    assert window.commands.undo.text() == "&Undo rationale of PROS-3"  # nothing new in the history
    assert not window.commands.redo.isEnabled()


def test_ctrl_z_in_a_field_with_nothing_unsaved_undoes_the_last_saved_edit_and_says_which(window, small_db, qtbot):
    path, aid = small_db
    window.show()
    window.activateWindow()
    window.go_to("PROS-3")
    editor = window.item_page.editor
    editor.law.setCurrentIndex(editor.law.findData(2))
    _type(qtbot, editor.rationale, "Reason")
    qtbot.waitUntil(lambda: stored(path, aid, "PROS-3").rationale == "Reason")
    assert window.commands.undo.text() == "&Undo rationale of PROS-3"
    _ctrl_z(qtbot, editor.rationale)
    assert stored(path, aid, "PROS-3").rationale == ""
    assert editor.rationale.toPlainText() == ""
    assert "Undone: rationale of PROS-3" in window.saved_label.text()
    assert window.commands.undo.text() == "&Undo scores of PROS-3"
    assert window.commands.redo.text() == "&Redo rationale of PROS-3"
    _ctrl_z(qtbot, editor.rationale)  # still in the field, nothing typed: the edit before it
    assert stored(path, aid, "PROS-3").law is None
    assert "Undone: scores of PROS-3" in window.saved_label.text()
    _ctrl_z(qtbot, editor.rationale, shift=True)  # and Redo was kept for both
    _ctrl_z(qtbot, editor.rationale, shift=True)
    view = stored(path, aid, "PROS-3")
    assert (view.law, view.rationale) == (2, "Reason")
    assert "Redone: rationale of PROS-3" in window.saved_label.text()


def test_typing_after_leaving_a_field_is_an_undo_step_of_its_own(window, small_db, qtbot):
    path, aid = small_db
    window.show()
    window.activateWindow()
    window.go_to("PROS-3")
    editor = window.item_page.editor
    _type(qtbot, editor.rationale, "Typed on Monday")
    qtbot.waitUntil(lambda: stored(path, aid, "PROS-3").rationale == "Typed on Monday")
    window.navigator.tree.setFocus()  # the user leaves the rationale, and comes back later
    editor.rationale.setFocus()
    editor.rationale.moveCursor(QTextCursor.MoveOperation.End)
    _type(qtbot, editor.rationale, ", and on Friday")
    qtbot.waitUntil(lambda: stored(path, aid, "PROS-3").rationale == "Typed on Monday, and on Friday")
    window.navigator.tree.setFocus()
    _ctrl_z(qtbot, window.navigator.tree)
    assert stored(path, aid, "PROS-3").rationale == "Typed on Monday"  # not the text typed before
