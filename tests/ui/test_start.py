"""Starting: the last assessment, else the welcome page; `assess demo`; databases that cannot be opened."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from assess import assessments
from assess.cli import main as cli
from assess.paths import default_database
from assess.ui import settings
from assess.ui.main_window import MainWindow
from assess.ui.new_assessment_dialog import NewAssessment
from db import open_store


def test_first_start_shows_the_welcome_page(open_window, isolated_data_dir):
    window = open_window(None)
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.new.isVisible() and window.welcome.open.isVisible()
    assert window.welcome.demo.isVisible()
    assert window.databases.database == str(default_database())
    assert default_database().exists()
    assert str(isolated_data_dir) in window.databases.database


def test_welcome_new_assessment_creates_it_and_opens_it(open_window, fake_dialogs):
    fake_dialogs.answer(
        "new_assessment",
        NewAssessment("Republic of Testland", "National assessment", "Baseline 2026", None, None, None),
    )
    window = open_window(None)
    window.welcome.new.click()
    store = open_store(default_database())
    with store.session() as session:
        [info] = assessments.list_all(session)
    store.close()
    assert (info.country, info.title, info.period) == ("Republic of Testland", "National assessment", "Baseline 2026")
    assert window.workspace.assessment_id == info.id
    assert window.pages.currentWidget() is window.splitter
    assert "Republic of Testland" in window.windowTitle()


def test_start_reopens_the_last_assessment(open_window, demo_db):
    window = open_window(demo_db)
    draft = window.workspace.assessment
    assert draft is not None and draft.status == "draft" and draft.title == "Review 2026"
    baseline = next(a for a in window.databases.assessments() if a.status == "final")
    window.switcher.setCurrentIndex(window.switcher.findData(baseline.id))
    window.switcher.activated.emit(window.switcher.currentIndex())
    assert window.workspace.assessment_id == baseline.id
    window.close()
    again = open_window(None)
    assert again.databases.database == str(demo_db)
    assert again.workspace.assessment_id == baseline.id
    assert settings.recent_databases()[0] == str(demo_db)


def test_recent_databases_are_offered_on_the_welcome_page(open_window, small_db, tmp_path, fake_dialogs):
    path, _ = small_db
    window = open_window(path)
    window.close()
    other = tmp_path / "empty.sqlite"
    window = open_window(other)
    assert window.pages.currentWidget() is window.welcome
    recent = [window.welcome.recent.item(i).text() for i in range(window.welcome.recent.count())]
    assert recent == [str(other), str(path)]
    window.welcome.recent.itemActivated.emit(window.welcome.recent.item(1))
    assert window.databases.database == str(path)
    assert window.workspace.assessment is not None


def test_the_demo_button_opens_a_throwaway_copy(open_window, monkeypatch, demo_db):
    from assess import demo

    monkeypatch.setattr(demo, "open_demo_copy", lambda: demo_db)
    window = open_window(None)
    window.welcome.demo.click()
    assert window.workspace.assessment is not None
    assert window.workspace.assessment.title == "Review 2026"
    assert "demo" in window.windowTitle()
    assert str(demo_db) not in settings.recent_databases()


def test_assess_demo_runs_the_app_on_a_fresh_copy(qapp, monkeypatch, demo_db):
    from assess import demo

    monkeypatch.setattr(demo, "open_demo_copy", lambda: demo_db)
    seen = []

    started = time.monotonic()

    def close_it() -> None:
        """Close the full window once it stands in place of the starting one (give up after 30 s)."""
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        for widget in shown:
            seen.append(widget.windowTitle())
            widget.close()
        if not shown and time.monotonic() - started > 30:
            QApplication.closeAllWindows()
        elif not shown:
            QTimer.singleShot(10, close_it)

    QTimer.singleShot(0, close_it)
    assert cli.main(["demo"]) == 0
    assert seen and "Review 2026" in seen[0] and "demo" in seen[0]


def test_a_corrupt_database_is_explained_and_left_alone(open_window, tmp_path, fake_dialogs):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x13" * 5000)
    before = broken.read_bytes()
    window = open_window(broken)
    [(_, title, text)] = fake_dialogs.called("error")
    assert title == "Cannot open the database"
    assert "damaged" in text and "backup" in text
    assert broken.read_bytes() == before
    assert window.pages.currentWidget() is window.welcome


def test_a_database_from_a_newer_release_is_refused(open_window, small_db, fake_dialogs):
    path, _ = small_db
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.commit()
    connection.close()
    open_window(path)
    [(_, _, text)] = fake_dialogs.called("error")
    assert "newer release" in text


def test_a_file_that_is_not_a_database_is_refused(open_window, tmp_path, fake_dialogs):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database")
    fake_dialogs.answer("open_database", str(text_file))
    window = open_window(None)
    window.commands.open_database.trigger()
    [(_, _, text)] = fake_dialogs.called("error")
    assert "not an Assess database" in text
    assert text_file.read_text() == "not a database"


def test_opening_a_database_from_the_file_menu(open_window, small_db, fake_dialogs):
    path, assessment_id = small_db
    fake_dialogs.answer("open_database", str(path))
    window = open_window(None)
    window.commands.open_database.trigger()
    assert window.workspace.assessment_id == assessment_id
    assert window.navigator.current_code() == "PROS-1"
    assert window.item_page.header.title.text().startswith("PROS-1")


def test_window_layout_is_remembered(open_window, small_db, qtbot):
    path, _ = small_db
    window = open_window(path)
    window.resize(700, 500)  # the offscreen screen is 800 pixels wide
    window.splitter.setSizes([320, 460])
    size, sizes = window.size(), window.splitter.sizes()
    window.close()
    again = open_window(path)
    assert again.size() == size and size.height() == 500
    assert again.splitter.sizes() == sizes


def test_keyboard_focus_starts_in_the_tree(open_window, small_db, qtbot):
    path, _ = small_db
    window = open_window(path)
    window.navigator.tree.setFocus()
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_Down)
    assert window.navigator.current_code() == "PROS-1.i"
    assert window.item_page.editor.law.currentData() == 4


def test_the_demo_copy_is_thrown_away_when_the_window_closes(open_window, demo_db):
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="assess-demo-"))
    copy = folder / "meridia-demo.sqlite"
    shutil.copy(demo_db, copy)
    window = open_window(copy, demo=True)
    assert window.databases.demo and "demo" in window.windowTitle()
    assert window.workspace.assessment.title == "Review 2026"
    window.close()
    assert not folder.exists()
    assert str(copy) not in settings.recent_databases()
