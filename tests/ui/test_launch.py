"""Starting the app: a window on screen at once, the full window in its place once the rest is loaded."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from assess.errors import AssessError
from assess.ui import launch
from assess.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def started(qtbot):
    """``launch.begin`` as ``assess`` calls it; every window it made is closed afterwards."""
    made = []
    failures = []

    def starter(db, **kwargs):
        kwargs.setdefault("lang", "en")
        kwargs.setdefault("demo", False)
        kwargs.setdefault("present", False)
        starting = launch.begin(db, on_failure=lambda: failures.append(1), **kwargs)
        made.append(starting)
        return starting, failures

    yield starter
    for starting in made:
        if starting.window_opened is not None:
            starting.window_opened.close()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, launch.StartingWindow | MainWindow):
            widget.close()
    qtbot.wait(0)


def full_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_the_window_is_shown_first_and_the_assessment_opens_in_it_after(started, small_db, qtbot, monkeypatch):
    monkeypatch.setattr("assess.ui.settings.walkthrough_pending", lambda: False)
    path, aid = small_db
    starting, failures = started(str(path))
    assert starting.isVisible() and full_windows() == []  # on screen before anything is opened
    assert path.name in starting.findChild(QLabel, "startingMessage").text()
    qtbot.waitUntil(lambda: starting.window_opened is not None, timeout=10_000)
    window = starting.window_opened
    assert window.isVisible() and not starting.isVisible()
    assert window.workspace.assessment_id == aid and window.workspace.states
    assert failures == []


def test_assess_demo_makes_its_copy_after_the_window_is_shown(started, fresh_demo, qtbot, monkeypatch):
    monkeypatch.setattr("assess.ui.settings.walkthrough_pending", lambda: False)
    starting, _ = started(None, demo=True)
    assert fresh_demo == []  # nothing copied before the first paint
    message = starting.findChild(QLabel, "startingMessage")
    assert message.text() == "Opening the demo assessment…"
    message.ensurePolished()
    assert message.alignment() == Qt.AlignmentFlag.AlignCenter  # set by its style sheet, not by a flag
    qtbot.waitUntil(lambda: starting.window_opened is not None, timeout=10_000)
    window = starting.window_opened
    assert window.databases.demo and Path(window.databases.database) == fresh_demo[0].resolve()
    assert window.commands.demo_menu.menuAction().isVisible()


def test_a_demo_that_cannot_be_made_is_explained_and_no_window_stays(started, fake_dialogs, qtbot, monkeypatch):
    from assess import demo

    def full_disk() -> Path:
        raise AssessError("No space left in {folder}; free some space and start again.", folder="/tmp")

    monkeypatch.setattr(demo, "open_demo_copy", full_disk)
    starting, failures = started(None, demo=True)
    qtbot.waitUntil(lambda: failures == [1], timeout=10_000)
    [(_, _title, message)] = fake_dialogs.called("error")
    assert message == "No space left in /tmp; free some space and start again."
    assert not starting.isVisible() and full_windows() == []


def test_closing_the_window_while_it_loads_opens_nothing(started, small_db, qtbot, monkeypatch):
    quits = []
    monkeypatch.setattr(launch.QApplication, "quit", lambda: quits.append(1))
    path, _ = small_db
    starting, failures = started(str(path))
    starting.close()
    qtbot.wait(700)  # past the fallback timer
    assert starting.window_opened is None and full_windows() == [] and quits == [1] and failures == []


def test_nothing_but_qt_is_loaded_when_the_first_window_is_painted(tmp_path):
    """The point of the starting window: the data layer is imported after the user sees a window."""
    script = textwrap.dedent(
        """
        import json, sys
        from PySide6.QtCore import QEvent, QObject, QTimer
        from assess.ui import launch

        seen = {}

        class Watch(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint and not seen and isinstance(watched, launch.StartingWindow):
                    seen["loaded"] = sorted(
                        m for m in ("sqlalchemy", "db", "framework", "assess.assessments", "assess.ui.main_window")
                        if m in sys.modules
                    )
                return False

        app = launch.application()
        watch = Watch()
        app.installEventFilter(watch)
        starting = launch.begin(sys.argv[1], lang="en", demo=False, present=False, on_failure=lambda: app.exit(1))
        def check():
            if starting.window_opened is not None:
                seen["opened"] = type(starting.window_opened).__name__
                starting.window_opened.close()
                app.quit()
            else:
                QTimer.singleShot(20, check)
        QTimer.singleShot(20, check)
        app.exec()
        print(json.dumps(seen))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASSESS_DATA_DIR": str(tmp_path / "data")}
    db = tmp_path / "empty.sqlite"
    done = subprocess.run(
        [sys.executable, "-c", script, str(db)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"loaded": [], "opened": "MainWindow"}


def test_the_first_window_fits_a_small_screen(monkeypatch):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    class Small:
        def availableGeometry(self):
            return QRect(0, 0, 1280, 770)

    monkeypatch.setattr(QGuiApplication, "primaryScreen", staticmethod(lambda: Small()))
    size = launch.first_size()
    assert size.width() <= 1280 and size.height() <= 770 and size.width() > 1000


def test_run_app_holds_the_starting_window_while_the_app_runs(monkeypatch, small_db, qtbot):
    """Nothing else refers to the starting window: were it let go, a garbage collection would delete it
    and the app would end at once with no window."""
    import gc

    seen = []

    def run_events(app):
        gc.collect()
        seen.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, launch.StartingWindow))
        for widget in seen:
            widget.close()
        return 0

    monkeypatch.setattr(launch.QApplication, "exec", run_events)
    path, _ = small_db
    assert launch.run_app(str(path), lang="en", demo=False, present=False) == 0
    assert len(seen) == 1


def test_the_walkthrough_stays_above_the_window_that_is_raised_at_start(started, small_db, qtbot, monkeypatch):
    from assess.ui.walkthrough import Walkthrough

    monkeypatch.setattr("assess.ui.settings.walkthrough_pending", lambda: True)
    raised = []
    original = MainWindow.raise_
    monkeypatch.setattr(Walkthrough, "raise_", lambda self: raised.append("walkthrough"))

    def raise_window(self):
        raised.append("window")
        original(self)

    monkeypatch.setattr(MainWindow, "raise_", raise_window)
    path, _ = small_db
    starting, _ = started(str(path))
    qtbot.waitUntil(lambda: starting.window_opened is not None, timeout=10_000)
    window = starting.window_opened
    qtbot.waitUntil(lambda: window.workshop.walkthrough is not None)  # once the window has been painted
    tour = window.workshop.walkthrough
    assert tour.isVisible()
    assert tour.parent() is window  # a dialog of the window: window managers keep it above it
    assert tour.windowHandle().transientParent() is window.windowHandle()
    assert "window" in raised and raised[-1] == "walkthrough"
    tour.close()


def test_what_waits_for_the_first_paint_runs_once_after_it_and_never_for_a_window_closed_first(qtbot):
    from PySide6.QtWidgets import QMainWindow

    painted, ran = [], []
    shown = QMainWindow()
    qtbot.addWidget(shown)
    shown.paintEvent = lambda event: painted.append(len(ran))
    launch.after_first_paint(shown, lambda: ran.append("shown"))
    assert ran == []
    shown.show()
    qtbot.waitUntil(lambda: ran == ["shown"])
    assert painted and painted[0] == 0  # painted before it ran
    shown.update()
    qtbot.wait(50)
    assert ran == ["shown"]  # once

    closed = QMainWindow()
    qtbot.addWidget(closed)
    launch.after_first_paint(closed, lambda: ran.append("closed"))
    closed.show()
    closed.close()
    qtbot.wait(launch._FirstPaint.FALLBACK_MS + 100)
    assert ran == ["shown"]


@pytest.mark.parametrize(
    "template",
    [
        "postgresql+psycopg://ann:{secret}@127.0.0.1:{port}/assess",
        "postgresql+psycopg://ann@127.0.0.1:{port}/assess?password={secret}",
    ],
)
def test_a_password_in_the_url_is_shown_nowhere_while_connecting_or_failing(started, fake_dialogs, qtbot, template):
    with socket.socket() as free:  # a port where no server answers: the connection is refused at once
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    secret = "Tr1cky:p@ss"
    starting, _ = started(template.format(secret=secret, port=port))
    shown = starting.findChild(QLabel, "startingMessage").text()
    assert "***" in shown and "ann" in shown and "p@ss" not in shown and "Tr1cky" not in shown
    qtbot.waitUntil(lambda: fake_dialogs.called("error") != [], timeout=20_000)
    [(_, _title, message)] = fake_dialogs.called("error")
    assert "Cannot connect" in message and "***" in message, message
    assert "Tr1cky" not in message and "p@ss" not in message
