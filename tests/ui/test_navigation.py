"""The item tree: structure, states, completion, filters, keyboard, and the cross-walk links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from assess import scoring
from assess.scoring import Filters
from db import open_store


@pytest.fixture
def window(open_window, demo_db):
    return open_window(demo_db)


def roots(model):
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def visible_codes(navigator) -> set[str]:
    return set(navigator.matching())


def test_tree_holds_pillars_recommendations_and_context(window):
    model = window.navigator.model
    assert roots(model) == [
        "Prosecution",
        "Protection",
        "Prevention",
        "National cooperation and coordination",
        "International cooperation and coordination",
        "Recommendations of the Working Group on Trafficking in Persons",
        "Guiding principles",
        "Main cross-cutting challenges in the fight against trafficking in persons",
    ]
    prosecution = model.index(0, 0)
    assert model.index(0, 0, prosecution).data().startswith("PROS-1  Develop or strengthen")
    principles = model.index(6, 0)
    assert model.rowCount(principles) == 9
    assert model.index(0, 1, principles).data() == "context"
    assert model.index(0, 0, principles).data(Qt.ItemDataRole.FontRole).italic()


def test_states_and_pillar_completion_match_the_database(window, demo_db):
    ws = window.workspace
    store = open_store(demo_db)
    with store.session() as session:
        overview = scoring.overview(session, ws.assessment_id)
        states = {s.code: (s.status, s.severity) for s in scoring.item_states(session, ws.assessment_id)}
    store.close()
    model = window.navigator.model
    labels = {"not_scored": "Not yet scored", "partly_scored": "Partly scored", "meets_target": "Meets target",
              "not_applicable": "N/A"}  # fmt: skip
    for code, (status, severity) in states.items():
        assert model.index_of(code, 1).data() == (f"Gap, {severity}" if severity else labels[status])
    assert {severity for _, severity in states.values()} >= {"minor", "major"}
    for row, summary in enumerate(overview.pillars[:5]):
        assert model.index(row, 1).data() == f"{summary.complete} of {summary.assessable}"


def test_arrow_keys_move_between_items_and_the_editor_follows(window, qtbot):
    nav = window.navigator
    nav.select("PROS-1.i")
    nav.tree.setFocus()
    qtbot.keyClick(nav.tree, Qt.Key.Key_Down)
    assert nav.current_code() == "PROS-1.ii"
    assert window.item_page.header.title.text().startswith("PROS-1.ii")
    state = window.workspace.state("PROS-1.ii")
    assert window.item_page.editor.law.currentData() == state.response.law
    qtbot.keyClick(nav.tree, Qt.Key.Key_Up)
    qtbot.keyClick(nav.tree, Qt.Key.Key_Up)
    assert nav.current_code() == "PROS-1"


def test_next_and_previous_item_from_anywhere(window, qtbot):
    window.go_to("PROS-5")
    window.item_page.editor.rationale.setFocus()
    window.commands.next_item.trigger()
    assert window.navigator.current_code() == "PROT-1"  # skips the Protection pillar heading
    window.commands.previous_item.trigger()
    assert window.navigator.current_code() == "PROS-5"


@pytest.mark.parametrize(
    ("status", "priority", "institution", "text"),
    [
        (("not_scored",), (), None, None),
        (("gap",), (), None, None),
        ((), ("high",), None, None),
        ((), (), "Border Guard Service", None),
        ((), (), None, "regulation"),
        (("gap",), ("high",), "Prosecutor General's Office", None),
    ],
)
def test_filters_show_what_the_core_selects(window, demo_db, status, priority, institution, text):
    nav = window.navigator
    nav.status.setCurrentIndex(nav.status.findData(status[0]) if status else 0)
    nav.priority.setCurrentIndex(nav.priority.findData(priority[0]) if priority else 0)
    nav.institution.setCurrentIndex(nav.institution.findData(institution) if institution else 0)
    nav.search.setText(text or "")
    filters = Filters(statuses=status, priorities=priority, institution=institution, text=text)
    store = open_store(demo_db)
    with store.session() as session:
        expected = {s.code for s in scoring.select_items(session, window.workspace.assessment_id, filters)}
    store.close()
    assert expected, "the demo should have items for every filter"
    assert visible_codes(nav) == expected
    assert nav.count.text().startswith(f"{len(expected)} of ")


def test_an_item_leaves_the_filter_when_the_user_moves_on(window, qtbot):
    nav = window.navigator
    nav.status.setCurrentIndex(nav.status.findData("not_scored"))
    first = min(visible_codes(nav), key=lambda c: nav.model.position[c])
    nav.select(first)
    window.item_page.editor.law.setCurrentIndex(2)
    assert nav._visible(first)  # still there while it is being edited
    window.commands.next_item.trigger()
    qtbot.waitUntil(lambda: not nav._visible(first))
    assert nav.current_code() != first


def test_selecting_a_filtered_out_item_clears_the_filters(window):
    nav = window.navigator
    nav.search.setText("no item says this")
    assert visible_codes(nav) == set()
    window.go_to("PROT-4")
    assert nav.current_code() == "PROT-4" and nav.search.text() == ""


def test_a_cross_walk_link_jumps_to_the_linked_item(window):
    window.go_to("WG-16.a")
    header = window.item_page.header
    assert header.links.isVisibleTo(window) and "NAT-2" in header.links.text()
    header.links.linkActivated.emit("item:NAT-2")
    assert window.navigator.current_code() == "NAT-2"
    assert "WG-16" in window.item_page.header.links.text()


def test_guiding_principles_are_shown_as_context(window):
    window.go_to("PROS-1")
    header = window.item_page.header
    assert "Human rights-based approach" in header.principles.text()
    header.principles.linkActivated.emit("item:GP-1")
    assert window.navigator.current_code() == "GP-1"
    assert window.item_page.context.isVisibleTo(window)
    assert not window.item_page.editor.isVisibleTo(window)
    assert not window.item_page.tabs.isVisibleTo(window)


def test_recommendations_addressed_to_others_are_context(window):
    window.go_to("WG-4")
    assert "Secretariat" in window.item_page.context.text()
    assert window.navigator.model.index_of("WG-4", 1).data() == "context"


def test_the_tree_reads_no_database_while_painting(window, monkeypatch):
    import assess.ui.workspace as workspace_module

    def refuse(*args, **kwargs):
        raise AssertionError("the tree asked the database")

    monkeypatch.setattr(workspace_module.Workspace, "session", refuse)
    model = window.navigator.model

    def walk(parent: QModelIndex) -> int:
        count = 0
        for row in range(model.rowCount(parent)):
            for column in (0, 1):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole):
                    index.data(role)
            count += 1 + walk(model.index(row, 0, parent))
        return count

    assert walk(QModelIndex()) == len(window.workspace.framework.items)
    window.navigator.tree.viewport().grab()
    monkeypatch.undo()


# --- the filter box and what the item pane shows -----------------------------------------------------------------


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down])
def test_enter_or_down_in_the_filter_box_goes_to_the_first_match(window, qtbot, key):
    nav = window.navigator
    window.show()
    window.go_to("PROS-2")
    window.commands.find.trigger()
    qtbot.keyClicks(nav.search, "victims")
    first = nav.matching()[0]
    qtbot.keyClick(nav.search, key)
    assert nav.current_code() == first
    assert window.item_page.code == first
    assert nav.tree.hasFocus()


def test_the_item_pane_never_shows_an_item_the_filters_hide(window):
    nav = window.navigator
    window.go_to("PROS-1.i")
    nav.search.setText("identification")
    assert "PROS-1.i" not in nav.matching()
    assert window.item_page.code == nav.current_code() == nav.matching()[0]
    nav.search.setText("no item says this")
    assert not window.item_page.code
    assert not window.item_page.editor.isVisibleTo(window)
    assert "No item matches the filters" in window.item_page.context.text()
    nav.search.setText("")
    assert window.item_page.code == nav.current_code() and nav.current_code() is not None


def test_partly_scored_counts_every_item_scored_in_one_dimension(open_window, small_db):
    path, _ = small_db
    window = open_window(path)
    nav = window.navigator
    assert window.workspace.state("PREV-1").response.practice is None  # only a law score, of 1: below target
    nav.status.setCurrentIndex(nav.status.findData("partly_scored"))
    assert "PREV-1" in nav.matching()
    shown = [window.workspace.state(c) for c in nav.matching()]
    assert all(s.status == "partly_scored" and s.severity is None for s in shown)
    assert all(not s.complete and (s.response.law, s.response.practice) != (None, None) for s in shown)


def test_a_cross_walk_link_gives_its_reason_and_where_the_source_cites_the_two_together(window):
    window.go_to("WG-14")
    text = window.item_page.header.links.text()
    assert "PROS-1.iv" in text and "(same request)" in text
    assert "Cited together: section I.E, footnote 46." in text


def test_a_title_written_for_the_checklist_is_marked_as_not_in_the_source(window):
    window.go_to("CC-4")
    assert "Title written for this checklist; it is not in the source." in window.item_page.header.source.text()
    window.go_to("CC-3")
    assert "written for this checklist" not in window.item_page.header.source.text()
