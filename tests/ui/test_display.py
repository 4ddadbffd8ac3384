"""Starting and ending the window from a terminal: no display or a missing Qt library is one line and exit
status 1 (decided before Qt could abort the process); Ctrl+C and SIGTERM end ``assess demo`` cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assess.ui import display

ROOT = Path(__file__).resolve().parents[2]
WINDOW_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def assess(*words: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assess", *words], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )


def without_display(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in WINDOW_VARIABLES}
    return {**env, **extra}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb platform is Linux's")
@pytest.mark.parametrize("words", [(), ("demo",), ("--lang", "fr")])
def test_without_a_display_the_window_says_so_in_one_line_and_exits_with_1(words: tuple[str, ...]) -> None:
    done = assess(*words, env=without_display())
    assert done.returncode == 1, done
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("assess: no display could be opened: DISPLAY is not set")
    assert "cursor" not in done.stderr  # not Qt's message naming the wrong library


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb platform is Linux's")
def test_a_display_nobody_answers_at_is_named() -> None:
    done = assess(env=without_display(DISPLAY=":87"))
    assert (done.returncode, done.stderr.strip()) == (
        1,
        "assess: no display could be opened at DISPLAY=:87: no X server answers there",
    )


def test_a_missing_qt_library_is_named_with_its_debian_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")

    def refuse(path: str) -> None:
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(display, "xcb_plugin", lambda: plugin)
    monkeypatch.setattr(display, "load_library", refuse)
    problem = display.display_problem({"DISPLAY": ":0"}, "linux")
    assert problem is not None
    assert "the system library libxcb-icccm.so.4 is missing" in problem
    assert "sudo apt install libxcb-icccm4" in problem


@pytest.mark.parametrize(
    ("library", "package"),
    [("libxcb-icccm.so.4", "libxcb-icccm4"), ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"), ("libGL.so.1", "libgl1")],
)
def test_debian_packages_are_named_the_usual_way(library: str, package: str) -> None:
    assert display.debian_package(library) == package


@pytest.mark.parametrize(
    ("environ", "system"),
    [({"QT_QPA_PLATFORM": "offscreen"}, "linux"), ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"), ({}, "win32")],
)
def test_other_platforms_are_left_to_qt(environ: dict[str, str], system: str) -> None:
    assert display.display_problem(environ, system) is None


# --- ending assess demo from the terminal -----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_a_signal_ends_the_demo_and_removes_its_throwaway_copy(
    number: int, demo_template: Path, tmp_path: Path, isolated_data_dir: Path
) -> None:
    from assess.demo.template import template_path

    cached = template_path()  # the demo's cached template, so that the app does not build it again
    cached.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, cached)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temporary)}
    log = tmp_path / "stderr.txt"
    with (
        log.open("wb") as errors,
        subprocess.Popen(
            [sys.executable, "-m", "assess", "demo"], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors
        ) as app,
    ):
        try:
            deadline = time.monotonic() + 60
            while not list(temporary.glob("assess-demo-*/meridia-demo.sqlite-wal")):  # the copy is open in the window
                assert app.poll() is None and time.monotonic() < deadline, log.read_text()
                time.sleep(0.1)
            time.sleep(0.5)
            app.send_signal(number)
            status = app.wait(timeout=30)
        finally:
            if app.poll() is None:
                app.kill()
    assert status == 128 + number, log.read_text()
    assert list(temporary.iterdir()) == []
