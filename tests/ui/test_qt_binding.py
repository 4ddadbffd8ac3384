"""The installed Qt binding keeps Python's reference counts straight over a long session.

PySide6 6.12 on Python 3.11 drops a reference to None on every call that returns nothing;
after enough clicks the process dies with "Fatal Python error: none_dealloc". pyproject.toml
keeps such a release off Python 3.11, and this test fails if one slips in.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QComboBox


def test_void_calls_leave_the_reference_count_of_none_alone(qtbot) -> None:
    combo = QComboBox()
    check = QCheckBox()
    qtbot.addWidget(combo)
    qtbot.addWidget(check)
    combo.addItem("not scored", None)
    combo.addItem("1", 1)
    before = sys.getrefcount(None)
    for _ in range(200):
        combo.setCurrentIndex(1)
        combo.setCurrentIndex(0)
        combo.currentData()
        check.setChecked(True)
        check.setChecked(False)
    assert abs(sys.getrefcount(None) - before) < 50
