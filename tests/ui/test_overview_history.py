"""The overview (chart, completion, largest gaps) and each item's history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assess import scoring
from db import open_store
from tests.ui.helpers import stored_history


@pytest.fixture
def window(open_window, demo_db):
    return open_window(demo_db)


def test_overview_shows_what_the_core_computes(window, demo_db, qtbot):
    window.commands.show_overview.trigger()
    page = window.overview
    store = open_store(demo_db)
    with store.session() as session:
        overview = scoring.overview(session, window.workspace.assessment_id)
        gaps = scoring.gaps(session, window.workspace.assessment_id)
    store.close()
    overall = overview.overall
    assert page.completion.value() == overall.complete and page.completion.maximum() == overall.assessable
    assert f"{overall.complete} of {overall.assessable} items complete" in page.summary.text()
    assert f"{overall.gaps} gaps" in page.summary.text()
    assert [p.code for p in page.chart.pillars] == ["PROS", "PROT", "PREV", "NAT", "INT", "WG"]
    assert page.chart.pillars[0].law_mean == overview.pillars[0].law_mean
    assert "Prosecution" in page.chart.accessibleDescription()
    shown = [page.gaps.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) for i in range(page.gaps.topLevelItemCount())]
    assert shown == [g.code for g in gaps][: len(shown)]
    assert page.gaps.topLevelItem(0).text(0) == "High"
    assert page.chart.grab().toImage().width() > 300


def test_clicking_a_gap_opens_the_item(window, qtbot):
    window.commands.show_overview.trigger()
    page = window.overview
    row = page.gaps.topLevelItem(2)
    code = row.data(0, Qt.ItemDataRole.UserRole)
    rect = page.gaps.visualItemRect(row)
    qtbot.mouseClick(page.gaps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.item_page
    assert window.navigator.current_code() == code


def test_the_overview_follows_edits(window):
    window.go_to("INT-8")  # not yet scored in the demo
    window.commands.show_overview.trigger()
    before = window.overview.completion.value()
    window.edits.make("INT-8", {"law": 4, "practice": 4})
    assert window.overview.completion.value() == before + 1


def test_history_shows_who_changed_what_and_when(window, demo_db):
    window.go_to("PROS-3")
    editor = window.item_page.editor
    editor.law.setCurrentIndex(editor.law.findData(1))
    editor.rationale.setPlainText("Staffing cut in 2026")
    window.edits.flush()
    page = window.item_page
    page.tabs.setCurrentWidget(page.history)
    table = page.history.table
    first = [table.topLevelItem(0).text(c) for c in range(5)]
    second = [table.topLevelItem(1).text(c) for c in range(5)]
    assert first[1:] == ["tester", "Rationale", first[3], "Staffing cut in 2026"]
    assert second[1:3] == ["tester", "Score in law and institutions"] and second[4] == "1"
    changes = stored_history(demo_db, window.workspace.assessment_id, "PROS-3")
    assert table.topLevelItemCount() == len(changes)
    assert {table.topLevelItem(i).text(1) for i in range(table.topLevelItemCount())} - {
        "tester"
    }  # the demo's focal points


def test_history_lists_evidence(window):
    window.go_to("PROS-1.i")
    page = window.item_page
    page.tabs.setCurrentWidget(page.history)
    texts = [page.history.table.topLevelItem(i).text(2) for i in range(page.history.table.topLevelItemCount())]
    assert "Evidence added" in texts
