"""The window's figures: an item's indicators with their trends, the monitoring tab, the grid (typed, pasted,
cleared), Undo and Redo, indicators of the team's own; what the database holds afterwards."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

from assess import approval, figures, indicators, own_indicators
from assess.figures import TOTAL
from assess.ui.figure_grid import Kind
from db import open_store
from tests.ui.helpers import stored_history


def held(path: Path, aid: int, code: str, period: str) -> figures.Figures:
    store = open_store(path)
    try:
        with store.session() as session:
            return figures.get(session, aid, code, period)
    finally:
        store.close()


@pytest.fixture
def demo_window(open_window, demo_db):
    return open_window(demo_db)


@pytest.fixture
def window(open_window, small_db):
    path, _ = small_db
    return open_window(path)


def cell(grid, label: str, period: str):
    model = grid.grid
    row = next(i for i, r in enumerate(model.rows) if r.label == label and r.kind is not Kind.HEADER)
    column = next(i for i, p in enumerate(model.periods) if p.key == period)
    return model.index(row, column)


def test_the_item_page_shows_the_indicators_that_inform_the_item(demo_window):
    demo_window.go_to("PROT-2")
    panel = demo_window.item_indicators
    assert panel.isVisible()
    shown = [line.name.text() for line in panel.lines if line.name.isVisible()]
    assert shown == ["OI-PROS-6  Training sessions held*", "OI-PROT-1  Victims identified*"]
    victims = panel.lines[1]
    assert victims.latest.text() == "74 (2025)"
    assert victims.trend.accessibleDescription().startswith("2019: 31; 2020: 22")
    assert panel.note.text().startswith("* Suggested by Assess, the application")
    victims.open.click()
    assert demo_window.tabs.currentWidget() is demo_window.monitoring
    assert demo_window.monitoring.detail.title.text() == "<h3>OI-PROT-1  Victims identified</h3>"
    demo_window.go_to("NAT-2")
    first = next(line.name.text() for line in panel.lines if line.name.isVisible())
    assert first == "OI-NAT-2  Meetings of the national coordinating body*"
    demo_window.go_to("GP")  # context: no indicator
    assert not panel.isVisible()


def test_the_monitoring_tab_lists_every_indicator_with_its_trend(demo_window):
    demo_window.show_indicator("OWN-HOTLINE")
    page = demo_window.monitoring
    assert page.summary.text() == (
        "Indicators with figures: 26 of 26, from 2019 to 2025 · without a total for 2025: 0 · breakdowns that do "
        "not add up: 1"
    )
    rows = [page.list.topLevelItem(0).child(i).text(0) for i in range(page.list.topLevelItem(0).childCount())]
    assert rows[0] == "OI-PROS-1  Persons investigated*"
    assert page.list.currentItem().text(3) == "600: not met"  # latest against target at a glance
    assert rows[4] == "OI-PROS-5  Victims prosecuted for offences committed as a result of being trafficked*"
    assert page.list.topLevelItem(0).child(4).text(3) == "0: met"
    assert page.list.topLevelItem(0).child(0).text(3) == ""  # no target
    detail = page.detail
    assert detail.latest.text() == "Latest: 496 (2025) · +186 (+60%) on 2024 · target 600: not met"
    assert detail.suggestion.text() == "† Added by your team to this assessment."
    assert detail.edit_own.isVisible() and detail.remove_own.isVisible()
    assert detail.breakdown.accessibleDescription() == "Female: 290; Male: 171; Not known: 35"
    demo_window.show_indicator("OI-PROT-1")
    assert "2019: the breakdown by age adds up to 30, not to the total 31." in detail.flags.text()
    total = cell(detail.grid, "Total", "2019")
    assert detail.grid.grid.data(total, Qt.ItemDataRole.ToolTipRole) == (
        "OI-PROT-1 2019: the breakdown by age adds up to 30, not to the total 31."
    )


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_the_trend_names_its_target_beside_the_bars_not_over_them(demo_window, direction):
    demo_window.show_indicator("OI-PROS-5")  # target 0, met in 2025: its name would stand where the 0 is written
    chart = demo_window.monitoring.detail.trend
    chart.setLayoutDirection(direction)
    start, step = chart.columns()
    room = chart.fontMetrics().horizontalAdvance(chart.target_label())
    assert chart.target_label() == "target 0" and room > 0
    bars = (start, start + step * len(chart.totals))  # the columns of the periods, figures included
    free = chart.width() - (bars[1] - bars[0])
    assert free >= room
    assert bars == ((free, chart.width()) if direction == Qt.LayoutDirection.RightToLeft else (0, chart.width() - free))


def test_a_figure_typed_in_the_grid_is_saved_undone_and_redone(window, small_db):
    path, aid = small_db
    window.show_indicator("OI-PROT-4")
    grid = window.monitoring.detail.grid
    detail = window.monitoring.detail
    detail.new_period.setText("2025")
    detail.add_period.click()
    assert [p.key for p in grid.grid.periods] == ["2025"]
    assert grid.grid.setData(cell(grid, "Total", "2025"), "7")
    assert grid.grid.setData(cell(grid, "Female", "2025"), "5")
    stored = held(path, aid, "OI-PROT-4", "2025")
    assert (stored.total, stored.by("sex")) == (7, {"female": 5})
    assert "OI-PROT-4 2025: the breakdown by sex adds up to 5, not to the total 7." in detail.flags.text()
    assert [c.field for c in stored_history(path, aid, "OI-PROT-4")][:2] == ["2025: sex=female", "2025: total"]
    assert window.commands.undo.text() == "&Undo Figures of OI-PROT-4"
    window.commands.undo.trigger()
    assert held(path, aid, "OI-PROT-4", "2025").by("sex") == {}
    window.commands.undo.trigger()
    assert held(path, aid, "OI-PROT-4", "2025").empty
    window.commands.redo.trigger()
    assert held(path, aid, "OI-PROT-4", "2025").total == 7
    assert grid.grid.data(cell(grid, "Total", "2025")) == "7"


def test_a_figure_saved_changes_its_indicators_row_and_leaves_the_others_as_they_are(window, small_db):
    page = window.monitoring
    window.show_indicator("OI-PROT-4")
    row, other = page.list.currentItem(), page._rows["OI-PROT-1"]
    assert row.text(2) == "–"
    detail = page.detail
    detail.new_period.setText("2025")
    detail.add_period.click()
    assert detail.grid.grid.setData(cell(detail.grid, "Total", "2025"), "7")
    assert page._rows["OI-PROT-4"] is row and page._rows["OI-PROT-1"] is other  # not built again
    assert row.text(2) == "7 (2025)" and page.list.currentItem() is row
    assert page.summary.text().startswith("Indicators with figures: 1 of ")
    window.show_indicator("OI-PROT-1")  # chosen in the list as it is
    assert page.list.currentItem() is other and "OI-PROT-1  Victims identified" in page.detail.title.text()


def test_a_block_pasted_from_a_spreadsheet_is_one_change(window, small_db, fake_dialogs):
    path, aid = small_db
    window.show_indicator("OI-PROT-4")
    detail = window.monitoring.detail
    for year in ("2023", "2024"):
        detail.new_period.setText(year)
        detail.add_period.click()
    grid = detail.grid
    grid.setCurrentIndex(cell(grid, "Total", "2023"))
    QGuiApplication.clipboard().setText("3\t1,204\n2\t800\n")  # Total, then the first age band; thousands as shown
    grid.setFocus()
    grid.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier))
    assert held(path, aid, "OI-PROT-4", "2023").values == {TOTAL: 3, ("age", "0-11"): 2}
    assert held(path, aid, "OI-PROT-4", "2024").values == {TOTAL: Decimal(1204), ("age", "0-11"): 800}
    window.commands.undo.trigger()
    assert held(path, aid, "OI-PROT-4", "2023").empty and held(path, aid, "OI-PROT-4", "2024").empty
    grid.setCurrentIndex(cell(grid, "Total", "2023"))
    QGuiApplication.clipboard().setText("3\tmany\n")
    grid.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier))
    (refusal,) = fake_dialogs.called("error")
    assert "'many' is not a number" in refusal[2] and refusal[2].endswith("Nothing was saved.")
    assert held(path, aid, "OI-PROT-4", "2023").empty
    QGuiApplication.clipboard().setText("1\t2\t3\t4\n")
    grid.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier))
    assert "Add the periods first" in fake_dialogs.called("error")[-1][2]


def test_a_figure_the_unit_refuses_is_not_saved(window, small_db, fake_dialogs):
    path, aid = small_db
    window.show_indicator("OI-NAT-4")
    detail = window.monitoring.detail
    detail.new_period.setText("2025")
    detail.add_period.click()
    assert not detail.grid.grid.setData(cell(detail.grid, "Total", "2025"), "140")
    assert "a percentage must lie between 0 and 100" in fake_dialogs.called("error")[0][2]
    assert held(path, aid, "OI-NAT-4", "2025").empty
    detail.new_period.setText("last year")
    detail.add_period.click()
    assert "'last year' is not a period" in fake_dialogs.called("error")[1][2]


def test_delete_clears_the_selected_figures(demo_window, demo_db):
    demo_window.show_indicator("OI-PREV-1")
    grid = demo_window.monitoring.detail.grid
    grid.setCurrentIndex(cell(grid, "Total", "2025"))
    grid.selectionModel().select(cell(grid, "Total", "2025"), grid.selectionModel().SelectionFlag.ClearAndSelect)
    grid.keyPressEvent(QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier))
    assert held(demo_db, 2, "OI-PREV-1", "2025").total is None


def test_an_own_indicator_is_added_from_the_window_and_undone(window, small_db, fake_dialogs):
    path, aid = small_db
    store = open_store(path)
    try:
        with store.session() as session:
            framework = indicators.of_assessment(session, aid).framework
    finally:
        store.close()
    definition = own_indicators.check(
        framework,
        code="OWN-1",
        name="Hotline calls",
        unit="count",
        measures=["PREV-1"],
        disaggregations=[("sex", None)],
    )
    fake_dialogs.answer("own_indicator", definition)
    window.show_indicator("OI-PREV-1")
    window.monitoring.add_own.click()
    (request,) = fake_dialogs.called("own_indicator")
    assert request[1].item == "PREV-1"  # the new indicator informs the item of the one shown, unless changed
    store = open_store(path)
    try:
        with store.session() as session:
            assert indicators.of_assessment(session, aid).get("OWN-1").name == {"und": "Hotline calls"}
    finally:
        store.close()
    assert window.monitoring.detail.title.text() == "<h3>OWN-1  Hotline calls</h3>"
    window.go_to("PREV-1")
    assert "OWN-1  Hotline calls†" in [line.name.text() for line in window.item_indicators.lines]
    window.commands.undo.trigger()
    store = open_store(path)
    try:
        with store.session() as session:
            assert not indicators.of_assessment(session, aid).has("OWN-1")
    finally:
        store.close()


def test_a_final_assessment_shows_its_figures_read_only(open_window, demo_db):
    store = open_store(demo_db)
    try:
        with store.session() as session:
            approval.mark_final(session, 2, approval.Approval("Jane Doe"), force=True)
    finally:
        store.close()
    window = open_window(demo_db)
    window.show_indicator("OI-PROT-1")
    detail = window.monitoring.detail
    index = cell(detail.grid, "Total", "2025")
    assert not detail.grid.grid.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not detail.add_period.isEnabled() and not window.monitoring.add_own.isEnabled()
    assert not window.monitoring.sheets.import_button.isEnabled() and window.monitoring.sheets.export_button.isEnabled()
    assert not detail.grid.grid.paste(index, "5")  # the grid takes no paste either


def test_on_a_projector_sized_window_the_indicators_names_keep_a_third_of_the_list(demo_window):
    demo_window.resize(1280, 720)
    demo_window.show_indicator("OI-PROS-1")
    header = demo_window.monitoring.list.header()
    widths = [header.sectionSize(column) for column in range(4)]
    assert widths[0] >= demo_window.monitoring.list.viewport().width() / 3, widths  # the names keep the room
