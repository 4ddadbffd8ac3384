"""Fixtures for the window's tests: no dialog ever blocks, background work runs at once, nothing is left behind.

- every function of :mod:`assess.ui.dialogs` is replaced by a recorder that returns scripted answers;
- :func:`assess.ui.tasks.run_task` runs synchronously unless a test asks for real threads;
- a test fails when it leaves a visible window, unfinished background work or a running timer of ours,
  or when the window showed the "unexpected error" message without the test expecting it.
"""

from __future__ import annotations

import inspect
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from assess import assessments, responses
from assess.ui import dialogs, tasks, timers
from db import open_store
from tests.assess.shared_server import shared  # noqa: F401 (a database on the test server with roles of its own)

DEFAULTS: dict[str, Any] = {
    "error": None,
    "info": None,
    "unexpected": None,
    "confirm": False,
    "open_database": None,
    "new_database": None,
    "shared_database": None,
    "evidence_files": [],
    "file_details": None,
    "evidence_details": None,
    "link_or_citation": None,
    "new_assessment": None,
    "rename_assessment": None,
    "open_external": True,
    "save_file": None,
    "open_file": None,
    "password": None,
    "report_options": None,
    "send_part": None,
    "import_choice": None,
    "merge_choices": None,
    "own_indicator": None,
    "resolve_conflict": None,
    "ask": False,
    "shortcuts": None,
}


class FakeDialogs:
    """Records every dialog the window asked for; answers from a script, else a harmless default (cancel)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.answers: dict[str, list[Any]] = {}
        self.expect_unexpected = False

    def answer(self, name: str, *values: Any) -> None:
        """Queue answers for ``name``; a callable answer is called with the dialog's arguments."""
        assert name in DEFAULTS, name
        self.answers.setdefault(name, []).extend(values)

    def called(self, name: str) -> list[tuple[Any, ...]]:
        return [args for n, args in self.calls if n == name]

    def messages(self) -> list[str]:
        return [str(args[2]) for n, args in self.calls if n in ("error", "info")]

    def fake(self, name: str) -> Callable[..., Any]:
        def stand_in(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args + tuple(kwargs.values())))
            queue = self.answers.get(name)
            if queue:
                value = queue.pop(0)
                return value(*args) if callable(value) else value
            return DEFAULTS[name]

        return stand_in


@pytest.fixture(autouse=True)
def fake_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeDialogs]:
    fake = FakeDialogs()
    public = {
        name
        for name, fn in inspect.getmembers(dialogs, inspect.isfunction)
        if fn.__module__ == dialogs.__name__ and not name.startswith("_")
    }
    assert public == set(DEFAULTS), f"give the new dialog functions a default here: {public ^ set(DEFAULTS)}"
    for name in public:
        monkeypatch.setattr(dialogs, name, fake.fake(name))
    yield fake
    shown = fake.called("unexpected")
    if shown and not fake.expect_unexpected:
        log = shown[0][1]
        details = Path(log).read_text("utf-8")[-3000:] if Path(log).exists() else ""
        pytest.fail(f"the window reported an unexpected error:\n{details}")


@pytest.fixture(autouse=True)
def sync_tasks() -> Iterator[None]:
    previous = tasks.set_runner(tasks.run_sync)
    yield
    tasks.set_runner(previous)


@pytest.fixture
def threaded_tasks() -> Iterator[None]:
    previous = tasks.set_runner(tasks.run_threaded)
    yield
    tasks.set_runner(previous)


@pytest.fixture(autouse=True)
def nothing_left_behind(qapp: QApplication) -> Iterator[None]:
    """Fail the test that leaves a visible window, background work or one of our timers running."""
    yield
    qapp.processEvents()
    problems = []
    windows = [w for w in qapp.topLevelWidgets() if w.isVisible()]
    if windows:
        problems.append(f"windows left open: {[type(w).__name__ + ' ' + w.windowTitle() for w in windows]}")
        for window in windows:
            window.close()
    if tasks.busy():
        problems.append("background work still running")
        tasks.wait(10_000)
        qapp.processEvents()
    running = timers.running()
    if running:
        problems.append(f"{len(running)} timer(s) still running")
        for timer in running:
            timer.stop()
    if problems:
        pytest.fail("; ".join(problems))


# --- data ---------------------------------------------------------------------------------------------------


def make_small_database(path: Path) -> int:
    """An assessment on the built-in framework with a few items scored; its id."""
    store = open_store(path)
    try:
        with store.session() as session:
            info = assessments.create(session, country="Testland", title="National assessment", period="Baseline 2026")
        with store.session() as session:
            responses.update(
                session,
                info.id,
                "PROS-1.i",
                law=4,
                practice=2,
                rationale="Offence in the Penal Code since 2016",
                institutions=["Ministry of Justice"],
                priority="high",
            )
            responses.update(session, info.id, "PROS-2", law=4, practice=4, institutions=["Prosecutor General"])
            responses.update(session, info.id, "PROT-1", not_applicable=True, na_justification="No such system here")
            responses.update(session, info.id, "PREV-1", law=1, priority="low", next_action="Draft a policy")
        return info.id
    finally:
        store.close()


@pytest.fixture
def small_db(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "small.sqlite"
    return path, make_small_database(path)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test session through the demo module."""
    from assess import demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    store = open_store(path)
    try:
        demo.build_demo(store)
    finally:
        store.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, copy)
    return copy


@pytest.fixture
def open_window(qtbot: Any) -> Iterator[Callable[..., Any]]:
    """Start the window on a database as ``assess`` does; closed (and checked closed) after the test."""
    from assess.ui.app import start

    opened = []

    def opener(db: Path | str | None, **kwargs: Any) -> Any:
        kwargs.setdefault("lang", "en")  # whatever the machine's locale; tests of languages say which
        kwargs.setdefault("walkthrough", False)  # the first-run walkthrough only where a test asks for it
        window = start(str(db) if db is not None else None, **kwargs)
        qtbot.addWidget(window)
        opened.append(window)
        return window

    yield opener
    for window in opened:
        window.close()


@pytest.fixture
def fresh_demo(monkeypatch, demo_template, tmp_path):
    """``assess.demo.open_demo_copy`` handing out copies of the session's demo (no rebuild per test)."""
    from assess import demo

    made = []

    def copy() -> Path:
        target = tmp_path / f"copy-{len(made)}" / "meridia-demo.sqlite"
        target.parent.mkdir()
        shutil.copy(demo_template, target)
        made.append(target)
        return target

    monkeypatch.setattr(demo, "open_demo_copy", copy)
    return made
