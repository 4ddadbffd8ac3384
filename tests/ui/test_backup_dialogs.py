"""File > Back up and File > Restore: a checked copy of the open database, and an earlier state put back."""

from __future__ import annotations

from pathlib import Path

from assess import backup
from db import Store
from tests.ui.helpers import stored


def test_back_up_writes_a_checked_copy_while_the_database_is_open(open_window, small_db, fake_dialogs, tmp_path):
    path, aid = small_db
    window = open_window(path)
    window.edits.typed("PROS-2", {"rationale": "Typed just before the backup"})  # still waiting for the pause
    target = tmp_path / "copies" / "small-backup.sqlite"
    target.parent.mkdir()
    fake_dialogs.answer("save_file", str(target))
    window.commands.back_up.trigger()
    found = backup.inspect(target)
    assert found.assessments == 1
    assert stored(target, aid, "PROS-2").rationale == "Typed just before the backup"
    [(_parent, title, text)] = fake_dialogs.called("info")
    assert title == "Backup made" and str(target) in text and "\n\n1 assessment, " in text
    assert window.workspace.has_store and window.workspace.assessment_id == aid  # still working
    [args] = fake_dialogs.called("save_file")
    assert args[2].endswith(".sqlite") and Path(args[2]).name.startswith("small-backup-")


def test_an_existing_backup_is_replaced_only_when_the_user_says_so(open_window, small_db, fake_dialogs, tmp_path):
    path, _ = small_db
    window = open_window(path)
    target = tmp_path / "backup.sqlite"
    target.write_bytes(b"an older backup")
    fake_dialogs.answer("save_file", str(target), str(target))
    fake_dialogs.answer("confirm", False, True)
    window.commands.back_up.trigger()
    assert target.read_bytes() == b"an older backup"
    window.commands.back_up.trigger()
    assert backup.inspect(target).assessments == 1


def test_restore_brings_back_an_earlier_score_and_keeps_the_database_as_it_was(
    open_window, small_db, fake_dialogs, tmp_path
):
    path, aid = small_db
    window = open_window(path)
    window.go_to("PROS-2")
    earlier = tmp_path / "earlier.sqlite"
    backup.make_backup(path, earlier)
    window.edits.make("PROS-1.i", {"law": 1})
    assert stored(path, aid, "PROS-1.i").law == 1
    fake_dialogs.answer("open_file", str(earlier))
    fake_dialogs.answer("confirm", True)
    window.commands.restore.trigger()
    [(_parent, title, question, button)] = fake_dialogs.called("confirm")
    assert title == "Restore from a backup" and button == "Restore"
    assert "The backup holds 1 assessment, last changed" in question and str(earlier) in question
    assert stored(path, aid, "PROS-1.i").law == 4  # the backup's score
    [kept] = tmp_path.glob("small.before-restore-*.sqlite")
    assert stored(kept, aid, "PROS-1.i").law == 1  # the database as it was
    # the window works on the restored database, on the same assessment and item
    assert window.workspace.state("PROS-1.i").response.law == 4
    assert window.workspace.assessment_id == aid and window.navigator.current_code() == "PROS-2"
    window.edits.make("PROS-1.i", {"practice": 3})
    assert stored(path, aid, "PROS-1.i").practice == 3
    [(_parent, title, text)] = fake_dialogs.called("info")
    assert title == "Backup restored" and str(kept) in text


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(open_window, small_db, fake_dialogs, tmp_path):
    path, aid = small_db
    window = open_window(path)
    other = tmp_path / "notes.sqlite"
    other.write_text("not a database")
    fake_dialogs.answer("open_file", str(other))
    window.commands.restore.trigger()
    [(_parent, title, text)] = fake_dialogs.called("error")
    assert title == "Cannot restore" and "not an Assess database" in text
    assert not fake_dialogs.called("confirm")
    assert window.workspace.assessment_id == aid and stored(path, aid, "PROS-1.i").law == 4


def test_back_up_and_restore_are_off_for_a_database_on_a_server(open_window, small_db, monkeypatch):
    path, _ = small_db
    window = open_window(path)
    assert window.commands.back_up.isEnabled() and window.commands.restore.isEnabled()
    monkeypatch.setattr(Store, "is_sqlite", property(lambda self: False))
    window._refresh_actions()
    for action in (window.commands.back_up, window.commands.restore):
        assert not action.isEnabled() and "pg_dump" in action.toolTip()
