"""File > Send part to an institution and File > Import contribution: the package written, the package read back
as a new assessment or merged, with its conflicts settled one by one in the side-by-side view."""

from __future__ import annotations

from pathlib import Path

import pytest

from assess import assessments, evidence, merge, responses
from assess.ui import tasks
from assess.ui.import_dialog import ImportDialog
from assess.ui.merge_dialog import MergeDialog
from assess.ui.progress import ProgressDialog
from assess.ui.send_part_dialog import SendPartDialog
from db import open_store
from exports.exchange.read import open_package
from exports.exchange.write import export_package, gather
from tests.ui.helpers import stored, stored_history, update_elsewhere

REVIEW = 2  # the demo's draft round
MOL = "Ministry of Labour and Social Protection (Labour Inspectorate)"
ORIGIN = f"contribution from {MOL}"


def part_codes(db: Path, **choice) -> list[str]:
    store = open_store(db)
    try:
        with store.session() as session:
            return gather(session, REVIEW, **choice).codes
    finally:
        store.close()


def send(db: Path, out: Path, password: str | None = None) -> Path:
    """The secretariat sends the Labour Inspectorate its part (through the service, as the command line does)."""
    store = open_store(db)
    try:
        return export_package(store, REVIEW, out, responsible=MOL, password=password).path
    finally:
        store.close()


def filled_in_at_the_ministry(sent: Path, folder: Path) -> Path:
    """The focal point imports the part, changes three items and adds a link, and sends it back."""
    store = open_store(folder / "ministry.sqlite")
    try:
        with open_package(sent) as package, store.session() as session:
            theirs = merge.import_new(session, package.contribution, user="t.mensah").id
        with store.session() as session:
            responses.update(session, theirs, "PROT-1", practice=3, user="t.mensah")
            responses.update(
                session, theirs, "PROT-2", rationale="Ministry: the screening form is in use", user="t.mensah"
            )
            responses.update(session, theirs, "PROT-3", next_action="Ministry: name the last two focal points")
            evidence.add_link(session, theirs, "PROT-3", "https://labour.example/focal-points", name="Focal points")
        return export_package(store, theirs, folder / "back.assess").path
    finally:
        store.close()


# --- sending a part -----------------------------------------------------------------------------------------


def test_send_part_writes_a_password_protected_package_with_the_institutions_items(
    open_window, demo_db, fake_dialogs, tmp_path
):
    window = open_window(demo_db)
    target = tmp_path / "labour.assess"
    seen = {}

    def fill(parent, request):
        dialog = SendPartDialog(request, parent)
        try:
            seen["everything"] = dialog.preview.text()
            dialog.institution.setCurrentIndex(dialog.institution.findData(MOL))
            seen["preview"] = dialog.preview.text()
            seen["suggested"] = Path(dialog.file.path()).name
            dialog.password.setText("s3cret words")
            dialog.again.setText("s3cret word")
            seen["mismatch"] = dialog.buttons.buttons()[0].isEnabled(), dialog.mismatch.isHidden()
            dialog.again.setText("s3cret words")
            dialog.file.set_path(str(target))
            return dialog.options()
        finally:
            dialog.deleteLater()

    fake_dialogs.answer("send_part", fill)
    window.commands.send_part.trigger()
    expected = part_codes(demo_db, responsible=MOL)
    assert seen["everything"].startswith("61 items, ")
    assert seen["preview"].startswith(f"{len(expected)} items, ")
    assert seen["suggested"] == "Ministry-of-Labour-and-Social-Protection-Labour-Inspectorate.assess"
    assert seen["mismatch"] == (False, False)
    with open_package(target, password="s3cret words") as package:
        contribution = package.contribution
        assert package.encrypted and contribution.institution == MOL
        assert [item.code for item in contribution.items] == expected
    [(_parent, title, text)] = fake_dialogs.called("info")
    assert title == "Package written" and f"\n{len(expected)} items, " in text and "password" in text


def test_send_part_by_pillar_scrubbed(open_window, demo_db, fake_dialogs, tmp_path):
    window = open_window(demo_db)
    target = tmp_path / "prosecution.assess"

    def fill(parent, request):
        dialog = SendPartDialog(request, parent)
        try:
            dialog.pillars["PROS"].setChecked(True)
            dialog.scrub.setChecked(True)
            dialog.file.set_path(str(target))
            return dialog.options()
        finally:
            dialog.deleteLater()

    fake_dialogs.answer("send_part", fill)
    window.commands.send_part.trigger()
    with open_package(target) as package:
        contribution = package.contribution
        assert contribution.scrubbed and not package.encrypted
        assert [item.code for item in contribution.items] == part_codes(demo_db, pillars=("PROS",))
        assert not any(proof.sensitive for item in contribution.items for proof in item.evidence)


def test_cancel_stops_the_package_and_leaves_no_file(open_window, demo_db, fake_dialogs, tmp_path):
    window = open_window(demo_db)
    target = tmp_path / "labour.assess"
    pending = []

    def later(fn, on_done, on_error, progress=None):
        control = tasks.TaskControl(progress)
        pending.append((fn, on_done, on_error, control))
        return control

    def fill(parent, request):
        dialog = SendPartDialog(request, parent)  # its preview is read at once, as before it
        dialog.file.set_path(str(target))
        dialog.deleteLater()
        tasks.set_runner(later)  # the package itself is written later, step by step here
        return dialog.options()

    fake_dialogs.answer("send_part", fill)
    previous = tasks.set_runner(tasks.run_sync)
    try:
        window.commands.send_part.trigger()
    finally:
        tasks.set_runner(previous)
    [dialog] = window.findChildren(ProgressDialog)
    [(fn, on_done, on_error, control)] = pending
    dialog.cancel_button.click()
    assert control.cancelled() and dialog.label.text() == "Cancelling…"
    assert not dialog.closing  # it stays until the work has really stopped
    try:
        on_done(fn(control))
    except Exception as exc:
        on_error(exc)
    assert dialog.closing
    assert not target.exists() and not list(tmp_path.glob("*.part"))
    assert "Cancelled: no package was written." in window.saved_label.text()
    assert not fake_dialogs.called("error")


# --- importing ----------------------------------------------------------------------------------------------


def test_import_as_a_new_assessment(open_window, small_db, demo_db, fake_dialogs, tmp_path):
    path, first = small_db
    sent = send(demo_db, tmp_path / "labour.assess")
    window = open_window(path)
    seen = {}

    def choose(parent, summary):
        dialog = ImportDialog(summary, parent)
        seen["merge"] = dialog.merge.isEnabled()
        seen["why"] = summary.merge_refused
        seen["institution"] = summary.institution
        dialog.deleteLater()
        return dialog.answer()

    fake_dialogs.answer("open_file", str(sent))
    fake_dialogs.answer("import_choice", choose)
    window.commands.import_contribution.trigger()
    assert seen["merge"] is False and "another assessment" in seen["why"] and seen["institution"] == MOL
    created = window.workspace.assessment
    assert created is not None and created.id != first
    assert created.label == "Republic of Meridia: Review 2026"
    assert stored(path, created.id, "PROT-1").practice == stored(demo_db, REVIEW, "PROT-1").practice
    store = open_store(path)
    try:
        with store.session() as session:
            assert assessments.count(session) == 2
    finally:
        store.close()
    assert "Imported labour.assess as a new assessment" in window.saved_label.text()


def test_a_wrong_password_is_asked_again_then_the_right_one_opens_it(
    open_window, small_db, demo_db, fake_dialogs, tmp_path
):
    path, _ = small_db
    sent = send(demo_db, tmp_path / "labour.assess", password="s3cret")
    window = open_window(path)
    fake_dialogs.answer("open_file", str(sent))
    fake_dialogs.answer("password", "guess", "s3cret")
    fake_dialogs.answer("import_choice", "new")
    window.commands.import_contribution.trigger()
    assert [args[1:] for args in fake_dialogs.called("password")] == [("labour.assess", False), ("labour.assess", True)]
    assert len(fake_dialogs.called("import_choice")) == 1
    assert window.workspace.assessment.label == "Republic of Meridia: Review 2026"
    assert not fake_dialogs.called("error")


def test_a_damaged_package_is_a_clear_message(open_window, small_db, fake_dialogs, tmp_path):
    path, first = small_db
    broken = tmp_path / "broken.assess"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    window = open_window(path)
    fake_dialogs.answer("open_file", str(broken))
    window.commands.import_contribution.trigger()
    [(_parent, title, text)] = fake_dialogs.called("error")
    assert title == "Cannot import the package" and "broken.assess" in text
    assert window.workspace.assessment_id == first


# --- merging ------------------------------------------------------------------------------------------------


SENT: dict[str, str] = {}  # PROT-2's rationale as it was sent out


@pytest.fixture
def returned(demo_db, tmp_path) -> Path:
    """The Labour Inspectorate's part, changed at the ministry; PROT-1 and PROT-2 changed here too meanwhile."""
    SENT["PROT-2"] = stored(demo_db, REVIEW, "PROT-2").rationale
    back = filled_in_at_the_ministry(send(demo_db, tmp_path / "labour.assess"), tmp_path)
    update_elsewhere(demo_db, REVIEW, "PROT-1", practice=1)
    update_elsewhere(demo_db, REVIEW, "PROT-2", rationale="Secretariat: screening is still partial")
    return back


def test_a_merge_shows_the_conflicts_side_by_side_and_takes_the_choice_for_each(
    open_window, demo_db, returned, fake_dialogs
):
    window = open_window(demo_db)
    window.go_to("WG-14")
    seen = {}

    def settle(parent, plan, title):
        dialog = MergeDialog(plan, title, parent)
        try:
            seen["rows"] = dialog.conflict_rows()
            seen["changes"] = dialog.change_rows()
            seen["ready before"] = dialog.buttons.buttons()[0].isEnabled()
            dialog.choose(0, "theirs")
            dialog.choose(1, "mine")
            seen["ready after"] = dialog.buttons.buttons()[0].isEnabled()
            return dialog.answer()
        finally:
            dialog.deleteLater()

    fake_dialogs.answer("open_file", str(returned))
    fake_dialogs.answer("import_choice", "merge")
    fake_dialogs.answer("merge_choices", settle)
    window.commands.import_contribution.trigger()
    assert seen["rows"][0] == ("PROT-1", "Score in practice", "2", "1", "3")
    assert seen["rows"][1][:2] == ("PROT-2", "Rationale")
    assert seen["rows"][1][2:] == (
        SENT["PROT-2"],
        "Secretariat: screening is still partial",
        "Ministry: the screening form is in use",
    )
    assert len(seen["rows"]) == 2
    assert ["PROT-3", "Next action", "Taken from the package"] in [row[:3] for row in seen["changes"]]
    assert ["PROT-3", "Evidence", "Added", "", "Focal points"] in seen["changes"]
    assert (seen["ready before"], seen["ready after"]) == (False, True)
    assert stored(demo_db, REVIEW, "PROT-1").practice == 3  # theirs
    assert stored(demo_db, REVIEW, "PROT-2").rationale == "Secretariat: screening is still partial"  # mine
    assert stored(demo_db, REVIEW, "PROT-3").next_action == "Ministry: name the last two focal points"
    origins = {(c.item_code, c.field, c.origin) for c in stored_history(demo_db, REVIEW) if c.origin}
    assert ("PROT-1", "practice_score", ORIGIN) in origins
    assert ("PROT-3", "next_action", ORIGIN) in origins
    assert not any(code == "PROT-2" and field == "rationale" for code, field, _ in origins)
    # the window reads the merged assessment again, stays on the item, and says Undo cannot take it back
    assert window.workspace.state("PROT-1").response.practice == 3
    assert window.navigator.current_code() == "WG-14"
    assert window.history.stack.count() == 0 and not window.commands.undo.isEnabled()
    assert "undo history was cleared" in window.saved_label.text()
    [(_parent, title, text)] = fake_dialogs.called("info")
    assert (
        title == "Contribution merged"
        and "1 conflict settled for the received version\n1 conflict settled for your own version" in text
    )


def test_take_all_theirs_settles_every_conflict(open_window, demo_db, returned, fake_dialogs):
    window = open_window(demo_db)

    def all_theirs(parent, plan, title):
        dialog = MergeDialog(plan, title, parent)
        dialog.all_theirs.click()
        dialog.deleteLater()
        return dialog.answer()

    fake_dialogs.answer("open_file", str(returned))
    fake_dialogs.answer("import_choice", "merge")
    fake_dialogs.answer("merge_choices", all_theirs)
    window.commands.import_contribution.trigger()
    assert stored(demo_db, REVIEW, "PROT-1").practice == 3
    assert stored(demo_db, REVIEW, "PROT-2").rationale == "Ministry: the screening form is in use"


def test_a_cancelled_merge_changes_nothing(open_window, demo_db, returned, fake_dialogs):
    window = open_window(demo_db)
    window.edits.make("PROS-1.i", {"next_action": "Before the merge"})
    fake_dialogs.answer("open_file", str(returned))
    fake_dialogs.answer("import_choice", "merge")  # merge_choices answers None: Cancel
    window.commands.import_contribution.trigger()
    assert stored(demo_db, REVIEW, "PROT-1").practice == 1
    assert stored(demo_db, REVIEW, "PROT-3").next_action != "Ministry: name the last two focal points"
    assert window.history.stack.count() == 1  # nothing happened: the user's undo history stays
    assert "Merge cancelled" in window.saved_label.text()
