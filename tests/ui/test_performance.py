"""A synthetic framework of 2,000 items: opening, moving, saving and filtering work (speed: benchmarks/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

import framework as fw
from assess import assessments, frameworks, responses
from benchmarks.synthetic import synthetic_document
from db import open_store


@pytest.fixture(scope="module")
def large_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("large") / "large.sqlite"
    store = open_store(path)
    with store.session() as session:
        record, _ = frameworks.import_framework(session, fw.load_document(synthetic_document(), "synthetic"))
        info = assessments.create(session, country="Largeland", title="Stress", framework_key=record.key)
    store.close()
    return path, info.id


def test_two_thousand_items_open_move_save_and_filter(open_window, large_template, qtbot, tmp_path):
    """The 2,000-item assessment works end to end; how fast is measured in benchmarks/, not here."""
    import shutil

    path = tmp_path / "large.sqlite"
    shutil.copy(large_template[0], path)
    window = open_window(path)
    window.resize(780, 700)
    qtbot.waitExposed(window)
    assert len(window.workspace.states) == 2100
    tree = window.navigator.tree
    tree.setFocus()
    window.navigator.select("P1-1.1")
    for _ in range(100):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert window.navigator.current_code() != "P1-1.1"
    code = window.navigator.current_code()
    window.item_page.editor.law.setCurrentIndex(3)
    check = open_store(path)
    try:
        with check.session() as session:
            saved = responses.get(session, window.workspace.assessment_id, code).law
    finally:
        check.close()
    assert saved is not None and saved == window.item_page.editor.law.currentData()
    window.navigator.status.setCurrentIndex(window.navigator.status.findData("not_scored"))
    assert len(window.navigator.matching()) == 2099
