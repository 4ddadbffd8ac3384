"""Presentation mode on the screens trainers meet (a projector at 1280 x 720, an old one at 1024 x 768): the
window fits with its status bar, scrolls where it must, and every text grows, headings included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

CHECK = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication
    from assess.ui.app import application, start

    application()
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window = start(sys.argv[1], lang=sys.argv[2], present=True, walkthrough=False)
    window.showMaximized()
    found = {"screen": [screen.width(), screen.height()], "views": {}}

    def settle():
        for _ in range(5):
            QApplication.processEvents()

    def look(name):
        settle()
        frame = window.frameGeometry()
        status = window.statusBar()
        bottom_left = status.mapTo(window, status.rect().bottomLeft())
        tree = window.navigator.tree
        header = window.item_page.header
        editor = window.item_page.editor
        evidence = window.item_page.evidence.table.header()
        names = [str(evidence.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(evidence.count())]
        cut = [
            name
            for column, name in enumerate(names)
            if column != 1 and evidence.sectionSize(column) < evidence.fontMetrics().horizontalAdvance(name)
        ]
        found["views"][name] = {
            "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "status_visible": status.isVisible() and bottom_left.y() <= window.height(),
            "title_column": tree.columnWidth(0) if window.navigator.isVisible() else None,
            "tree_width": tree.viewport().width() if window.navigator.isVisible() else None,
            "heading": header.title.font().pointSizeF(),
            "body": header.text.font().pointSizeF(),
            "hint": editor.law_hint.font().pointSizeF(),
            "evidence_headers_cut": cut,
        }

    window.go_to("WG-14")
    look("item")
    window.commands.show_overview.trigger()
    look("overview")
    window.commands.show_item.trigger()
    window.commands.show_navigator.trigger()
    look("item without the navigator")
    window.commands.show_navigator.trigger()
    window.close()
    print(json.dumps(found))
    """
)


def screens(path: Path, width: int, height: int) -> Path:
    config = {
        "screens": [
            {
                "name": "projector",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ]
    }
    path.write_text(json.dumps(config))
    return path


@pytest.mark.slow
@pytest.mark.parametrize("size", [(1280, 720), (1024, 768)], ids=["1280x720", "1024x768"])
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_presentation_mode_fits_a_projector(demo_db, tmp_path, size, lang):
    config = screens(tmp_path / "screens.json", *size)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "ASSESS_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", CHECK, str(demo_db), lang],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    width, height = found["screen"]
    assert (width, height) == [size[0], size[1]] or (width, height) == size
    for name, view in found["views"].items():
        minimum_width, minimum_height = view["minimum"]
        assert minimum_width <= width and minimum_height <= height, (name, view)
        x, y, frame_width, frame_height = view["frame"]
        assert x >= 0 and y >= 0 and x + frame_width <= width and y + frame_height <= height, (name, view)
        assert view["status_visible"], name
        assert view["heading"] > view["body"], (name, view)  # the heading stays larger than the text
        assert view["hint"] >= view["body"], (name, view)  # and the hints under the scores are not smaller
        assert view["evidence_headers_cut"] == [], (name, view)
        if view["title_column"] is not None:
            assert view["title_column"] >= view["tree_width"] * 0.4, (name, view)  # titles keep most of the tree
    assert found["views"]["item without the navigator"]["title_column"] is None
