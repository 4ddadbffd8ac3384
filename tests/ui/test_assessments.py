"""Assessments: create, start a new round, switch, rename, approve as final and take back to draft (with a reason)."""

from __future__ import annotations

import pytest

from assess import assessments
from assess.ui.new_assessment_dialog import NewAssessment, NewAssessmentDialog, NewAssessmentRequest
from db import open_store
from framework import load_builtin
from tests.ui.helpers import stored, stored_assessment


@pytest.fixture
def window(open_window, small_db):
    path, _ = small_db
    return open_window(path)


def all_assessments(path) -> list[assessments.AssessmentInfo]:
    store = open_store(path)
    with store.session() as session:
        found = assessments.list_all(session)
    store.close()
    return found


def test_new_assessment_form_asks_for_country_title_period_and_framework(window, fake_dialogs, small_db):
    path, _ = small_db
    window.commands.new_assessment.trigger()
    [(_, request)] = fake_dialogs.called("new_assessment")
    assert [f.key for f in request.frameworks] == ["unodc-ffa-2009"]
    dialog = NewAssessmentDialog(request)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # country and title are required
    dialog.country.setText("Republic of Meridia")
    dialog.title.setText("National assessment")
    dialog.period.setText("Baseline 2026")
    assert ok.isEnabled()
    answer = dialog.answer()
    assert answer == NewAssessment(
        "Republic of Meridia", "National assessment", "Baseline 2026", "unodc-ffa-2009", load_builtin().version, None
    )
    dialog.deleteLater()
    fake_dialogs.answer("new_assessment", answer)
    window.commands.new_assessment.trigger()
    created = all_assessments(path)[-1]
    assert (created.country, created.period, created.framework_key) == (
        "Republic of Meridia",
        "Baseline 2026",
        "unodc-ffa-2009",
    )
    assert window.workspace.assessment_id == created.id
    assert window.switcher.count() == 2


def test_a_new_round_starts_from_the_previous_one(window, fake_dialogs, small_db):
    path, first = small_db
    window.commands.new_round.trigger()
    [(_, request)] = fake_dialogs.called("new_assessment")
    assert request.previous_id == first
    dialog = NewAssessmentDialog(request)
    assert dialog.previous.currentData() == first and not dialog.framework.isEnabled()
    assert dialog.country.text() == "Testland"
    dialog.title.setText("Review")
    dialog.period.setText("2028")
    answer = dialog.answer()
    dialog.deleteLater()
    fake_dialogs.answer("new_assessment", answer)
    window.commands.new_round.trigger()
    second = all_assessments(path)[-1]
    assert second.previous_id == first and second.title == "Review"
    assert stored(path, second.id, "PROS-1.i").law == 4  # carried forward
    assert window.workspace.assessment_id == second.id
    assert window.navigator.current_code() == "PROS-1"
    window.go_to("PROS-1.i")
    assert window.item_page.editor.law.currentData() == 4


def test_switching_between_assessments(window, small_db, fake_dialogs):
    _, first = small_db
    fake_dialogs.answer("new_assessment", NewAssessment("Other", "Second", "", None, None, None))
    window.commands.new_assessment.trigger()
    second = window.workspace.assessment_id
    assert second != first
    window.switch_menu.aboutToShow.emit()
    labels = [a.text() for a in window.switch_menu.actions()]
    assert labels == ["Testland: National assessment (Baseline 2026)", "Other: Second"]
    window.switch_menu.actions()[0].trigger()
    assert window.workspace.assessment_id == first
    window.go_to("PROS-1.i")
    assert window.item_page.editor.law.currentData() == 4


def test_rename(window, small_db, fake_dialogs):
    from assess.ui.new_assessment_dialog import Names, RenameDialog

    path, aid = small_db
    dialog = RenameDialog(window.workspace.assessment)
    assert (dialog.country.text(), dialog.title.text(), dialog.period.text()) == (
        "Testland",
        "National assessment",
        "Baseline 2026",
    )
    dialog.deleteLater()
    fake_dialogs.answer("rename_assessment", Names("Testland", "National assessment", "Baseline 2027"))
    window.commands.rename.trigger()
    assert stored_assessment(path, aid).period == "Baseline 2027"
    assert window.switcher.currentText().endswith("(Baseline 2027)")


def approve(fake_dialogs, name: str = "Jane Doe") -> None:
    """Answer the next approval dialog: approved by ``name``, as it is (items are still unscored)."""

    def fill(dialog):
        dialog.name.setText(name)
        dialog.force.setChecked(True)
        return True

    fake_dialogs.answer("ask", fill)


def test_approving_final_asks_and_makes_everything_read_only(window, small_db, fake_dialogs):
    path, aid = small_db
    window.go_to("PROS-1.i")
    window.commands.mark_final.trigger()  # the dialog answers Cancel
    assert stored_assessment(path, aid).status == "draft"
    approve(fake_dialogs)
    window.commands.mark_final.trigger()
    assert stored_assessment(path, aid).status == "final"
    page = window.item_page
    assert page.banner.isVisibleTo(window) and "Back to draft" in page.banner.text()
    editor = page.editor
    assert not editor.law.isEnabled() and not editor.priority.isEnabled() and not editor.na.isEnabled()
    assert editor.rationale.isReadOnly()
    assert not window.commands.rename.isEnabled() and window.commands.reopen.isEnabled()
    assert "read-only" in window.status_label.text()
    editor.rationale.setPlainText("typed anyway")
    assert not window.edits.pending
    assert stored(path, aid, "PROS-1.i").rationale == "Offence in the Penal Code since 2016"


def test_back_to_draft_asks_why_and_makes_it_editable(window, small_db, fake_dialogs):
    path, aid = small_db
    approve(fake_dialogs)
    window.commands.mark_final.trigger()
    window.commands.reopen.trigger()  # no answer queued: Cancel
    assert stored_assessment(path, aid).status == "final"

    def why(dialog):
        dialog.reason.setText("Scores revised after the workshop")
        return True

    fake_dialogs.answer("ask", why)
    window.commands.reopen.trigger()
    assert stored_assessment(path, aid).status == "draft"
    assert not window.item_page.banner.isVisibleTo(window)
    window.go_to("PROS-3")
    window.item_page.editor.law.setCurrentIndex(2)
    assert stored(path, aid, "PROS-3").law == 1


def test_new_assessment_request_lists_existing_assessments(window):
    request = NewAssessmentRequest(window.workspace.list_frameworks(), window.databases.assessments())
    dialog = NewAssessmentDialog(request)
    assert dialog.previous.count() == 2
    dialog.deleteLater()
