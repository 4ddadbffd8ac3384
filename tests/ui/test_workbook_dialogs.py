"""Workbooks in the window: File > Send part to an institution writes a workbook in the language chosen, and File >
Import contribution merges the workbooks that come back, conflicts side by side, or says which cell is wrong."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from assess.ui.import_dialog import ImportDialog
from assess.ui.merge_dialog import MergeDialog
from assess.ui.send_part_dialog import SendPartDialog
from db import open_store
from exports.exchange.workbook_write import export_workbook
from tests.exports.exchange.workbook_fixtures import cell_of, filled
from tests.ui.helpers import stored, stored_history

REVIEW = 2  # the demo's draft round
MOL = "Ministry of Labour and Social Protection (Labour Inspectorate)"
MOI = "Ministry of Interior (National Police)"


def sent_as_workbook(db: Path, out: Path, institution: str) -> Path:
    store = open_store(db)
    try:
        return export_workbook(store, REVIEW, out, responsible=institution).path
    finally:
        store.close()


def test_send_part_writes_a_workbook_in_the_language_chosen(open_window, demo_db, fake_dialogs, tmp_path):
    window = open_window(demo_db)
    seen = {}

    def fill(parent, request):
        dialog = SendPartDialog(request, parent)
        try:
            dialog.institution.setCurrentIndex(dialog.institution.findData(MOL))
            dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
            dialog.language.setCurrentIndex(dialog.language.findData("fr"))
            seen["preview"] = dialog.preview.text()
            seen["file"] = Path(dialog.file.path()).name
            seen["password shown"] = dialog.password.isVisibleTo(dialog)
            seen["language shown"] = dialog.language.isVisibleTo(dialog)
            seen["button"] = dialog.buttons.buttons()[0].text()
            dialog.file.set_path(str(tmp_path / "travail.xlsx"))
            return dialog.options()
        finally:
            dialog.deleteLater()

    fake_dialogs.answer("send_part", fill)
    window.commands.send_part.trigger()
    assert seen["preview"] == "21 items, 6 pieces of evidence listed (no files)"  # WG-14's sensitive file is not listed
    assert seen["file"] == "Ministry-of-Labour-and-Social-Protection-Labour-Inspectorate.xlsx"
    assert (seen["password shown"], seen["language shown"], seen["button"]) == (False, True, "&Write workbook")
    assert load_workbook(tmp_path / "travail.xlsx").sheetnames[:3] == ["Mode d'emploi", "Réponses", "Justificatifs"]
    [(_parent, title, text)] = fake_dialogs.called("info")
    assert title == "Workbook written" and "Items: 21 · Evidence listed: 6" in text and MOL in text


def test_workbooks_from_two_ministries_merge_back_with_their_conflict_side_by_side(
    open_window, demo_db, fake_dialogs, tmp_path
):
    labour = filled(
        sent_as_workbook(demo_db, tmp_path / "labour.xlsx", MOL),
        tmp_path / "labour-back.xlsx",
        {("PROT-2", "rationale"): "Labour: the form is in use", ("PROT-1", "practice"): 3},
    )
    interior = filled(
        sent_as_workbook(demo_db, tmp_path / "interior.xlsx", MOI),
        tmp_path / "interior-back.xlsx",
        {("PROT-2", "rationale"): "Interior: not yet in use", ("INT-1", "law"): 2},
    )
    as_sent = stored(demo_db, REVIEW, "PROT-2").rationale
    window = open_window(demo_db)
    seen: dict[str, object] = {}

    def choose(parent, summary):
        dialog = ImportDialog(summary, parent)
        seen.setdefault("new enabled", dialog.new.isEnabled())
        seen.setdefault("merge checked", dialog.merge.isChecked())
        dialog.deleteLater()
        return dialog.answer()

    def settle(parent, plan, title):
        dialog = MergeDialog(plan, title, parent)
        try:
            seen.setdefault("titles", []).append(title)  # type: ignore[union-attr]
            if plan.conflicts:
                seen["rows"] = dialog.conflict_rows()
                seen["changes"] = dialog.change_rows()
                dialog.choose(0, "theirs")
            return dialog.answer()
        finally:
            dialog.deleteLater()

    for path in (labour, interior):
        fake_dialogs.answer("open_file", str(path))
        fake_dialogs.answer("import_choice", choose)
        fake_dialogs.answer("merge_choices", settle)
        window.commands.import_contribution.trigger()
    assert seen["new enabled"] is False and seen["merge checked"] is True
    assert seen["rows"] == [("PROT-2", "Rationale", as_sent, "Labour: the form is in use", "Interior: not yet in use")]
    assert ["INT-1", "Score in law and institutions", "Taken from the workbook"] in [r[:3] for r in seen["changes"]]  # type: ignore[union-attr]
    assert stored(demo_db, REVIEW, "PROT-2").rationale == "Interior: not yet in use"
    assert stored(demo_db, REVIEW, "PROT-1").practice == 3 and stored(demo_db, REVIEW, "INT-1").law == 2
    origins = {c.origin for c in stored_history(demo_db, REVIEW) if c.origin.startswith("from workbook")}
    assert {o.rsplit(" on ", 1)[0] for o in origins} == {f"from workbook sent to {MOL}", f"from workbook sent to {MOI}"}
    assert not fake_dialogs.called("error")


def test_a_bad_workbook_is_a_message_naming_the_cell(open_window, demo_db, fake_dialogs, tmp_path):
    back = filled(
        sent_as_workbook(demo_db, tmp_path / "labour.xlsx", MOL), tmp_path / "back.xlsx", {("PROT-1", "law"): 7}
    )
    before = stored(demo_db, REVIEW, "PROT-1")
    window = open_window(demo_db)
    fake_dialogs.answer("open_file", str(back))
    window.commands.import_contribution.trigger()
    [(_parent, title, text)] = fake_dialogs.called("error")
    assert title == "Cannot import the workbook"
    assert f"sheet Responses, cell {cell_of(back, 'PROT-1', 'law')}: 7 is off the scale (0 to 4)" in text
    assert not fake_dialogs.called("import_choice")
    assert stored(demo_db, REVIEW, "PROT-1") == before


def test_a_workbook_is_merged_only_into_the_assessment_it_was_sent_from(
    open_window, small_db, demo_db, fake_dialogs, tmp_path
):
    path, _ = small_db
    sent = sent_as_workbook(demo_db, tmp_path / "labour.xlsx", MOL)
    window = open_window(path)
    fake_dialogs.answer("open_file", str(sent))
    window.commands.import_contribution.trigger()
    [(_parent, title, text)] = fake_dialogs.called("error")
    assert title == "Cannot import the workbook"
    assert "A workbook is merged into the assessment it was sent from, and cannot become a new assessment." in text
    assert "open that one to merge it" in text
    assert not fake_dialogs.called("import_choice")
