"""Scoring an item in the editor: every field is saved at once, and stored changes show in the editor."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import QDate, Qt

from assess.ui import edits
from tests.ui.helpers import stored, update_elsewhere


@pytest.fixture
def window(open_window, small_db):
    path, _ = small_db
    return open_window(path)


def test_choosing_scores_saves_them(window, small_db, qtbot):
    path, aid = small_db
    window.go_to("PROS-1.ii")
    editor = window.item_page.editor
    editor.law.setFocus()
    qtbot.keyClick(editor.law, Qt.Key.Key_Down)  # from "not scored" to 0
    assert stored(path, aid, "PROS-1.ii").law == 0
    editor.practice.setCurrentIndex(editor.practice.findData(3))
    view = stored(path, aid, "PROS-1.ii")
    assert (view.law, view.practice, view.updated_by) == (0, 3, "tester")
    assert "Saved" in window.saved_label.text() and "PROS-1.ii" in window.saved_label.text()
    assert editor.practice_hint.text() and "most part" in editor.practice_hint.text()
    tree = window.navigator
    assert tree.model.index_of("PROS-1.ii", 1).data() == "Gap, critical"  # law 0 against the target of 4


def test_stored_changes_show_in_the_editor_and_the_tree(window, small_db):
    path, aid = small_db
    window.go_to("PROS-1.i")
    editor = window.item_page.editor
    window.edits.make("PROS-1.i", {"law": 1, "rationale": "Changed by a script", "priority": "low"})
    assert editor.law.currentData() == 1
    assert editor.rationale.toPlainText() == "Changed by a script"
    assert editor.priority.currentData() == "low"
    update_elsewhere(path, aid, "PROS-1.i", practice=4, next_action="Ask the ministry")
    window.workspace.reload_item("PROS-1.i")
    assert editor.practice.currentData() == 4
    assert editor.next_action.toPlainText() == "Ask the ministry"
    model = window.navigator.model
    window.edits.make("PROS-1.i", {"law": 4, "practice": 4})
    assert model.index_of("PROS-1.i", 1).data() == "Meets target"
    assert stored(path, aid, "PROS-1.i").law == 4


def test_na_needs_a_justification(window, small_db, qtbot):
    path, aid = small_db
    window.go_to("PROS-3")
    editor = window.item_page.editor
    editor.na.setChecked(True)
    assert not stored(path, aid, "PROS-3").not_applicable
    assert editor.na_hint.isVisibleTo(editor) and "justification" in editor.na_hint.text()
    assert not editor.law.isEnabled() and editor.na_reason.isEnabled()
    editor.na_reason.setFocus()
    qtbot.keyClicks(editor.na_reason, "No ports")
    qtbot.keyClick(editor.na_reason, Qt.Key.Key_Return)
    view = stored(path, aid, "PROS-3")
    assert view.not_applicable and view.na_justification == "No ports"
    assert not editor.na_hint.isVisibleTo(editor)
    assert window.navigator.model.index_of("PROS-3", 1).data() == "N/A"
    editor.na.setChecked(False)
    view = stored(path, aid, "PROS-3")
    assert not view.not_applicable and view.na_justification == ""
    assert editor.law.isEnabled()


def test_rationale_is_saved_after_a_pause_and_when_moving_on(window, small_db, qtbot):
    path, aid = small_db
    window.go_to("PROS-3")
    editor = window.item_page.editor
    editor.rationale.setFocus()
    qtbot.keyClicks(editor.rationale, "Unit set up in 2017")
    assert stored(path, aid, "PROS-3").rationale == ""  # not yet: waits for a pause in typing
    qtbot.waitUntil(lambda: stored(path, aid, "PROS-3").rationale == "Unit set up in 2017", timeout=3000)
    qtbot.keyClicks(editor.rationale, ", 19 posts filled")
    window.go_to("PROS-4")  # moving on saves at once
    assert stored(path, aid, "PROS-3").rationale == "Unit set up in 2017, 19 posts filled"
    assert not window.edits.pending


def test_text_in_any_script_is_saved(window, small_db):
    path, aid = small_db
    window.go_to("PROS-3")
    editor = window.item_page.editor
    text = "Закон о противодействии торговле людьми; قانون مكافحة الاتجار بالبشر"
    editor.assistance.setPlainText(text)  # keyClicks would abort on non-ASCII text (STACK.md)
    assert window.edits.pending
    window.close()
    assert stored(path, aid, "PROS-3").technical_assistance == text


def test_responsible_institutions_pick_and_add(window, small_db, qtbot):
    path, aid = small_db
    window.go_to("PROS-1.i")
    picker = window.item_page.editor.institutions
    names = [picker.list.item(i).text() for i in range(picker.list.count())]
    assert names == ["Ministry of Justice", "Prosecutor General"]
    picker.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert stored(path, aid, "PROS-1.i").institutions == ("Ministry of Justice", "Prosecutor General")
    picker.new.setFocus()
    qtbot.keyClicks(picker.new, "Labour Inspectorate")
    qtbot.keyClick(picker.new, Qt.Key.Key_Return)
    assert stored(path, aid, "PROS-1.i").institutions == (
        "Ministry of Justice",
        "Prosecutor General",
        "Labour Inspectorate",
    )
    combo = window.navigator.institution
    assert combo.findData("Labour Inspectorate") >= 0
    picker.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # alphabetical: Labour, Justice, Prosecutor
    assert "Ministry of Justice" not in stored(path, aid, "PROS-1.i").institutions


def test_priority_date_next_action_and_assistance(window, small_db, qtbot):
    path, aid = small_db
    window.go_to("PROS-4")
    editor = window.item_page.editor
    editor.priority.setCurrentIndex(editor.priority.findData("medium"))
    assert stored(path, aid, "PROS-4").priority == "medium"
    editor.date.calendar.clicked.emit(QDate(2027, 6, 30))  # picked from the calendar: saved at once
    assert stored(path, aid, "PROS-4").target_date == dt.date(2027, 6, 30)
    assert editor.date.edit.text() == "30/06/2027"
    editor.next_action.setFocus()
    qtbot.keyClicks(editor.next_action, "Train investigators")
    editor.assistance.setFocus()  # leaving a field saves it
    assert stored(path, aid, "PROS-4").next_action == "Train investigators"
    qtbot.keyClicks(editor.assistance, "Digital forensics course")
    window.edits.flush()
    assert stored(path, aid, "PROS-4").technical_assistance == "Digital forensics course"
    editor.date.edit.clear()  # no date
    editor.date.edit.textEdited.emit("")
    window.edits.flush()
    assert stored(path, aid, "PROS-4").target_date is None


def test_the_scale_is_explained(window):
    window.go_to("PROS-1.i")
    editor = window.item_page.editor
    legend = editor.scale.text()
    for level in ("Not in place", "Initial or planned", "Partially in place", "Largely in place", "Fully in place"):
        assert level in legend
    assert [editor.law.itemData(i) for i in range(editor.law.count())] == [None, 0, 1, 2, 3, 4]
    assert editor.law.itemData(1, Qt.ItemDataRole.ToolTipRole).startswith("Nothing exists yet")
    header = window.item_page.header
    assert "Ensure that trafficking in persons is a criminal offence" in header.text.text()
    assert "Annex III" in header.source.text() and "measure 1 (i)" in header.source.text()


def test_an_edit_made_meanwhile_elsewhere_is_not_overwritten(window, small_db, fake_dialogs):
    path, aid = small_db
    window.go_to("PROS-1.i")
    editor = window.item_page.editor
    update_elsewhere(path, aid, "PROS-1.i", law=2, user="colleague")
    editor.law.setCurrentIndex(editor.law.findData(3))
    [(_, conflict)] = fake_dialogs.called("resolve_conflict")  # both versions, the user's not saved over theirs
    assert conflict.by == "colleague" and conflict.parts[0].theirs["law"] == 2
    assert stored(path, aid, "PROS-1.i").law == 2
    assert editor.law.currentData() == 2  # shows the current value
    editor.law.setCurrentIndex(editor.law.findData(3))  # and the edit can be made again
    assert stored(path, aid, "PROS-1.i").law == 3


def test_a_busy_database_keeps_the_edit_and_says_so(open_window, small_db, fake_dialogs, monkeypatch):
    import db.store

    path, aid = small_db
    monkeypatch.setattr(db.store, "BUSY_TIMEOUT_MS", 50)  # before the window opens its connections
    window = open_window(path)
    window.go_to("PROS-3")
    editor = window.item_page.editor
    blocker = sqlite3.connect(path, timeout=0.05)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        editor.rationale.setPlainText("Written while another program held the database")
        assert not window.edits.save_all()
        [(_, _, text)] = fake_dialogs.called("error")
        assert "busy" in text
        assert editor.rationale.toPlainText() == "Written while another program held the database"
        assert "Not saved yet: rationale of PROS-3" in window.saved_label.text()
        assert editor.notes_state.text().startswith("Not saved yet") and "busy" in editor.notes_state.text()
        assert not window.edits.save_all()  # tried again: still busy, and no second message box
        assert len(fake_dialogs.called("error")) == 1
    finally:
        blocker.rollback()
        blocker.close()
    assert window.edits.save_all()
    assert stored(path, aid, "PROS-3").rationale == "Written while another program held the database"
    assert editor.notes_state.text().startswith("Saved ")
    assert edits.TYPING_PAUSE_MS <= 1000


# --- N/A, the mouse wheel and typed dates ------------------------------------------------------------------------


def test_na_keeps_the_scores_greyed_and_gives_them_back_when_unticked(window, small_db):
    path, aid = small_db
    window.go_to("PROS-1.i")  # scored 4 and 2
    editor = window.item_page.editor
    editor.na_reason.setText("No such offence here")
    editor.na.setChecked(True)
    view = stored(path, aid, "PROS-1.i")
    assert view.not_applicable and (view.law, view.practice) == (None, None)
    assert (editor.law.currentData(), editor.practice.currentData()) == (4, 2)  # still shown, greyed
    assert not editor.law.isEnabled() and not editor.practice.isEnabled()
    window.go_to("PROS-2")
    window.go_to("PROS-1.i")
    assert (editor.law.currentData(), editor.practice.currentData()) == (4, 2)
    editor.na.setChecked(False)
    view = stored(path, aid, "PROS-1.i")
    assert (view.not_applicable, view.law, view.practice) == (False, 4, 2)
    assert editor.law.isEnabled() and editor.law.currentData() == 4


def _wheel(widget, notches=-1):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_the_wheel_scrolls_the_page_past_a_score_box_without_changing_it(window, small_db):
    path, aid = small_db
    window.show()
    window.go_to("PROS-1.i")
    editor = window.item_page.editor
    window.navigator.tree.setFocus()
    for combo in (editor.law, editor.practice, editor.priority):
        before = combo.currentIndex()
        event = _wheel(combo)
        assert combo.currentIndex() == before and not event.isAccepted()  # left to the page, which scrolls
    assert stored(path, aid, "PROS-1.i").law == 4
    window.activateWindow()
    editor.law.setFocus()
    _wheel(editor.law, notches=1)  # a box with the focus takes it
    assert editor.law.currentIndex() != editor.law.findData(4)


@pytest.mark.parametrize(
    ("start", "typed"),
    [(0, "30062027"), (3, "30062027"), (5, "30/06/2027"), (0, "2027-06-30"), (4, "20270630"), (0, "30.6.2027")],
)
def test_a_full_date_typed_anywhere_in_the_field_is_that_date(window, small_db, qtbot, start, typed):
    path, aid = small_db
    window.show()
    window.go_to("PROS-4")
    editor = window.item_page.editor
    editor.date.set_value(dt.date.today())
    editor.date.edit.setFocus()
    editor.date.edit.setCursorPosition(start)  # in the middle of today's date, as a click would put it
    qtbot.keyClicks(editor.date.edit, typed)
    editor.next_action.setFocus()  # leaving the field saves it
    assert stored(path, aid, "PROS-4").target_date == dt.date(2027, 6, 30)
    assert editor.date.edit.text() == "30/06/2027"


def test_text_that_is_not_a_date_is_said_and_not_saved(window, small_db, qtbot):
    path, aid = small_db
    window.show()
    window.go_to("PROS-4")
    editor = window.item_page.editor
    editor.date.edit.setFocus()
    qtbot.keyClicks(editor.date.edit, "31/02/2027")
    assert not editor.date_hint.isVisibleTo(window)  # not while it is being typed
    editor.next_action.setFocus()
    assert editor.date_hint.isVisibleTo(window) and "Not a date" in editor.date_hint.text()
    assert stored(path, aid, "PROS-4").target_date is None
    assert editor.date.edit.text() == "31/02/2027"  # still there to be corrected
