"""Someone else saved the item being edited: the window shows both versions and the user's is never thrown away.

The other person is another copy of Assess on the same database (tests/ui/helpers.update_elsewhere), which
saves between the moment the window read the item and the moment it saves the user's edit.
"""

from __future__ import annotations

import pytest

from assess.ui.conflict_dialog import MERGED, MINE, THEIRS, ConflictDialog
from assess.ui.conflicts import Conflict, Part
from tests.ui.helpers import stored, stored_history, update_elsewhere

MINE_TEXT = "Penal Code art. 188 in force since 2016; first convictions in 2024"
THEIRS_TEXT = "Penal Code art. 188 (2016), amended 2025"


@pytest.fixture
def window(open_window, small_db):
    return open_window(small_db[0])


def write_over_theirs(window, small_db, code: str = "PROS-2") -> tuple[str, int]:
    """The user types a rationale; meanwhile a colleague saves another one; then the user's is saved."""
    path, aid = small_db
    window.go_to(code)
    window.item_page.editor.rationale.setPlainText(MINE_TEXT)  # typed, not saved yet (a pause in typing saves it)
    update_elsewhere(path, aid, code, rationale=THEIRS_TEXT)
    window.edits.flush()
    return str(path), aid


def the_conflict(fake_dialogs) -> Conflict:
    [(_parent, conflict)] = fake_dialogs.called("resolve_conflict")
    return conflict


def test_both_texts_are_shown_and_keeping_mine_saves_it_over_theirs(window, small_db, fake_dialogs):
    fake_dialogs.answer("resolve_conflict", lambda _parent, conflict: {"rationale": dict(conflict.parts[0].mine)})
    path, aid = write_over_theirs(window, small_db)
    conflict = the_conflict(fake_dialogs)
    assert (conflict.code, conflict.by) == ("PROS-2", "colleague")
    [part] = conflict.parts
    assert (part.key, part.mine, part.theirs) == ("rationale", {"rationale": MINE_TEXT}, {"rationale": THEIRS_TEXT})
    assert stored(path, aid, "PROS-2").rationale == MINE_TEXT
    assert window.item_page.editor.rationale.toPlainText() == MINE_TEXT
    saved = [(c.user, c.new) for c in stored_history(path, aid, "PROS-2") if c.field == "rationale"]
    assert saved[:2] == [("tester", MINE_TEXT), ("colleague", THEIRS_TEXT)], "both are in the history"
    window.commands.undo.trigger()  # Undo goes back to theirs
    assert stored(path, aid, "PROS-2").rationale == THEIRS_TEXT


def test_taking_theirs_leaves_mine_one_undo_away(window, small_db, fake_dialogs):
    fake_dialogs.answer("resolve_conflict", lambda _parent, conflict: {"rationale": None})
    path, aid = write_over_theirs(window, small_db)
    editor = window.item_page.editor
    assert stored(path, aid, "PROS-2").rationale == THEIRS_TEXT
    assert editor.rationale.toPlainText() == THEIRS_TEXT
    assert editor.notes_state.text().startswith("Not saved: kept colleague's version of PROS-2; yours is one Undo")
    assert window.commands.undo.text().endswith("taking colleague's version of PROS-2")
    window.commands.undo.trigger()
    assert stored(path, aid, "PROS-2").rationale == MINE_TEXT
    assert editor.rationale.toPlainText() == MINE_TEXT
    window.commands.redo.trigger()
    assert stored(path, aid, "PROS-2").rationale == THEIRS_TEXT


def test_closing_the_dialog_takes_theirs_and_keeps_mine_in_undo(window, small_db, fake_dialogs):
    path, aid = write_over_theirs(window, small_db)  # the stand-in dialog answers None, as closing it does
    assert stored(path, aid, "PROS-2").rationale == THEIRS_TEXT
    window.commands.undo.trigger()
    assert stored(path, aid, "PROS-2").rationale == MINE_TEXT


def test_merging_by_hand(window, small_db, fake_dialogs):
    merged = "Penal Code art. 188 (2016, amended 2025); first convictions in 2024"
    fake_dialogs.answer("resolve_conflict", lambda _parent, _conflict: {"rationale": {"rationale": merged}})
    path, aid = write_over_theirs(window, small_db)
    assert stored(path, aid, "PROS-2").rationale == merged
    window.commands.undo.trigger()
    assert stored(path, aid, "PROS-2").rationale == THEIRS_TEXT


def test_what_the_other_did_not_change_is_saved_without_asking(window, small_db, fake_dialogs):
    path, aid = small_db
    window.go_to("PROS-2")
    editor = window.item_page.editor
    editor.rationale.setPlainText(MINE_TEXT)
    update_elsewhere(path, aid, "PROS-2", practice=1, priority="high")  # other fields than mine
    window.edits.flush()
    assert fake_dialogs.called("resolve_conflict") == []
    now = stored(path, aid, "PROS-2")
    assert (now.rationale, now.practice, now.priority) == (MINE_TEXT, 1, "high")
    assert editor.practice.currentData() == 1 and editor.rationale.toPlainText() == MINE_TEXT


def test_the_scores_conflict_as_one_part(window, small_db, fake_dialogs):
    path, aid = small_db
    window.go_to("PROS-3")
    editor = window.item_page.editor
    update_elsewhere(path, aid, "PROS-3", not_applicable=True, na_justification="No such courts")
    editor.law.setCurrentIndex(editor.law.findData(2))
    [part] = the_conflict(fake_dialogs).parts
    assert part.key == "scores" and not part.text
    assert (part.mine["law"], part.mine["not_applicable"]) == (2, False)
    assert (part.theirs["not_applicable"], part.theirs["na_justification"]) == (True, "No such courts")
    assert stored(path, aid, "PROS-3").not_applicable


def test_the_dialog_shows_both_and_asks_for_every_part(qtbot):
    conflict = Conflict(
        "PROS-2",
        "a_haddad",
        None,
        (
            Part("rationale", {"rationale": MINE_TEXT}, {"rationale": THEIRS_TEXT}),
            Part("priority", {"priority": "high"}, {"priority": "low"}),
        ),
    )
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    texts = {edit.toPlainText() for edit in dialog.findChildren(type(dialog.merged["rationale"])) if edit.isReadOnly()}
    assert {MINE_TEXT, THEIRS_TEXT, "High", "Low"} <= texts
    save = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not save.isEnabled() and "merged" not in {b.objectName() for b in dialog.groups["priority"].buttons()}
    dialog.choose("rationale", MERGED)
    assert dialog.merged["rationale"].isVisibleTo(dialog)
    assert dialog.merged["rationale"].toPlainText() == f"{THEIRS_TEXT}\n\n{MINE_TEXT}"  # starts with both
    assert not save.isEnabled()
    dialog.choose("priority", THEIRS)
    assert save.isEnabled()
    dialog.choose("rationale", MERGED, "edited by hand")
    assert dialog.choice() == {"rationale": {"rationale": "edited by hand"}, "priority": None}
    dialog.take_all(MINE)
    assert dialog.choice() == {"rationale": {"rationale": MINE_TEXT}, "priority": {"priority": "high"}}
    assert not dialog.merged["rationale"].isVisibleTo(dialog)
