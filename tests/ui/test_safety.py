"""Nothing is lost on closing, and an unexpected error is logged, never shown as a traceback."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QStandardPaths

from assess import responses
from assess.logs import log_file
from assess.ui import app as ui_app
from assess.ui import launch, settings
from tests.ui.helpers import stored


@pytest.fixture
def window(open_window, small_db):
    path, _ = small_db
    return open_window(path)


def test_every_edit_is_in_the_database_before_the_window_closes(window, small_db):
    path, aid = small_db
    window.go_to("PROS-5")
    editor = window.item_page.editor
    editor.law.setCurrentIndex(editor.law.findData(2))
    assert stored(path, aid, "PROS-5").law == 2  # saved the moment it was made: a crash now loses nothing
    editor.rationale.setPlainText("Typed just before closing")
    editor.date.edit.setText("31/01/2028")
    editor.date.edit.textEdited.emit("31/01/2028")  # typed: waits for the pause in typing
    window.close()
    view = stored(path, aid, "PROS-5")
    assert view.rationale == "Typed just before closing" and view.target_date == dt.date(2028, 1, 31)


def test_an_unexpected_error_is_logged_and_explained_calmly(window, small_db, fake_dialogs, monkeypatch):
    path, aid = small_db
    fake_dialogs.expect_unexpected = True

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a bug in the core")

    monkeypatch.setattr(responses, "save", broken)
    window.go_to("PROS-5")
    editor = window.item_page.editor
    editor.law.setCurrentIndex(2)
    [(_, where)] = fake_dialogs.called("unexpected")
    assert where == log_file()
    text = where.read_text("utf-8")
    assert "ZeroDivisionError: a bug in the core" in text and "Traceback" in text
    assert fake_dialogs.called("error") == []  # no traceback, no raw message on screen
    chosen = editor.law.currentData()
    assert chosen is not None and window.edits.kept() == ["PROS-5"]  # the choice stays, kept with its item
    assert stored(path, aid, "PROS-5").law is None
    window.go_to("PROS-6")  # tried again at the next move: the same bug, and no second message
    assert len(fake_dialogs.called("unexpected")) == 1 and window.edits.kept() == ["PROS-5"]
    monkeypatch.undo()  # the bug gone (a later release, say): the kept choice is saved at the next try
    window.edits.flush()
    assert stored(path, aid, "PROS-5").law == chosen and not window.edits.pending


def test_the_excepthook_logs_and_shows_the_calm_message(fake_dialogs):
    fake_dialogs.expect_unexpected = True
    try:
        raise KeyError("missing")
    except KeyError as exc:
        ui_app.excepthook(type(exc), exc, exc.__traceback__)
    [(_, where)] = fake_dialogs.called("unexpected")
    assert "KeyError: 'missing'" in where.read_text("utf-8")


def test_run_app_installs_the_hook_only_while_it_runs(monkeypatch):
    import sys

    seen = []
    monkeypatch.setattr(launch, "begin", lambda *args, **kwargs: seen.append(sys.excepthook))
    monkeypatch.setattr(launch.QApplication, "exec", lambda self: 0)
    before = sys.excepthook
    assert launch.run_app(None, lang="en", demo=False, present=False) == 0
    assert seen == [launch.excepthook] and sys.excepthook is before


def _files_under(folders: list[Path]) -> dict[str, tuple[int, int]]:
    """Every file under ``folders`` with its size and time of last change."""
    found = {}
    for folder in folders:
        if folder.is_dir():
            for path in folder.rglob("*"):
                with contextlib.suppress(OSError):
                    if path.is_file():
                        status = path.stat()
                        found[str(path)] = (status.st_size, status.st_mtime_ns)
    return found


def test_a_window_session_leaves_the_real_home_untouched(open_window, small_db, isolated_data_dir, qtbot):
    pwd = pytest.importorskip("pwd")
    real_home = Path(pwd.getpwuid(os.getuid()).pw_dir)
    watched = [real_home / ".local" / "share" / "Assess", real_home / ".config"]
    before = _files_under(watched)
    path, _ = small_db
    window = open_window(path)
    window.commands.presentation.trigger()  # remembered in the window's settings
    window.commands.presentation.trigger()
    window.go_to("PROS-2")
    window.close()  # the layout is saved
    assert Path(settings.settings().fileName()).is_relative_to(isolated_data_dir)
    for location in (
        QStandardPaths.StandardLocation.HomeLocation,
        QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.GenericConfigLocation,
        QStandardPaths.StandardLocation.DocumentsLocation,
    ):
        assert not Path(QStandardPaths.writableLocation(location)).is_relative_to(real_home), location
    assert not Path(platformdirs.user_data_dir("Assess")).is_relative_to(real_home)
    assert _files_under(watched) == before
