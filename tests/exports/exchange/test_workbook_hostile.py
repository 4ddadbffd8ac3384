"""Bad and hostile workbooks: each is refused with a message naming the sheet and the cell (or what else is wrong),
and the database is left exactly as it was; an edited item text or a formula in a text cell is noted, never taken
as checklist text or calculated."""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from assess import merge, responses
from assess.cli.main import main
from db import Store
from exports.exchange.archive import Limits
from exports.exchange.workbook_read import open_workbook
from exports.exchange.workbook_spec import BadWorkbook
from exports.exchange.workbook_write import export_workbook
from exports.exchange.write import export_package
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    BASELINE,
    MOL,
    REVIEW,
    demo_template,
    fingerprint,
    secretariat,
)
from tests.exports.exchange.workbook_fixtures import cell_of, document_of, filled, responses_sheet


@pytest.fixture
def sent(secretariat: Store, tmp_path: Path) -> Path:
    return export_workbook(secretariat, REVIEW, tmp_path / "labour.xlsx", responsible=MOL).path


def refused(store: Store, path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """Merge ``path`` into the review from the command line: refused in one line, the database unchanged."""
    assert store.path is not None
    before = fingerprint(store.path)
    code = main(["--db", str(store.path), "import", str(path), "--into", str(REVIEW)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.startswith("assess: ") and err.count("\n") == 1, err
    assert fingerprint(store.path) == before
    return err


def edited(sent: Path, out: Path, change: Callable[[Any, list[str]], None]) -> Path:
    """The workbook with ``change(sheet, column keys)`` made to its responses sheet."""
    keys = document_of(sent)["columns"]
    book = load_workbook(sent)
    change(responses_sheet(book), keys)
    book.save(out)
    return out


def column(keys: list[str], key: str) -> int:
    return keys.index(key) + 1


# --- cells that cannot be read -----------------------------------------------------------------------------------


def test_a_score_off_the_scale(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = filled(sent, tmp_path / "back.xlsx", {("PROT-1", "law"): 7})
    cell = cell_of(back, "PROT-1", "law")
    message = refused(secretariat, back, capsys)
    assert f"sheet Responses, cell {cell}: 7 is off the scale (0 to 4)" in message
    assert "Correct these cells, then import it again" in message


def test_text_in_a_date_cell(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = filled(sent, tmp_path / "back.xlsx", {("PROT-3", "target_date"): "end of next year"})
    cell = cell_of(back, "PROT-3", "target_date")
    assert f"cell {cell}: 'end of next year' is not a date: type a date such as 2026-12-31" in refused(
        secretariat, back, capsys
    )


def test_every_bad_cell_is_named_at_once(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = filled(
        sent,
        tmp_path / "back.xlsx",
        {("PROT-1", "practice"): "three", ("PROT-2", "priority"): "urgent", ("PROT-3", "not_applicable"): "maybe"},
    )
    message = refused(secretariat, back, capsys)
    for code, key, problem in (
        ("PROT-1", "practice", "'three' is not a score"),
        ("PROT-2", "priority", "'urgent' is not a priority: choose high, medium, low from the list"),
        ("PROT-3", "not_applicable", "'maybe' is not a choice here: choose 'N/A' from the list"),
    ):
        assert f"cell {cell_of(back, code, key)}: {problem}" in message


def test_n_a_with_scores_or_without_a_justification(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = filled(sent, tmp_path / "back.xlsx", {("PROT-1", "not_applicable"): "N/A"})
    message = refused(secretariat, back, capsys)
    scores = ", ".join(cell_of(back, "PROT-1", key) for key in ("law", "practice"))
    assert (
        f"cell {cell_of(back, 'PROT-1', 'not_applicable')}: the item is marked N/A and also scored ({scores})"
        in message
    )
    back = filled(
        sent,
        tmp_path / "back2.xlsx",
        {("PROT-1", "not_applicable"): "N/A", ("PROT-1", "law"): None, ("PROT-1", "practice"): None},
    )
    assert f"cell {cell_of(back, 'PROT-1', 'na_justification')}: the item is marked N/A: say why" in refused(
        secretariat, back, capsys
    )


def test_a_reason_for_n_a_without_n_a(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = filled(sent, tmp_path / "back.xlsx", {("PROT-1", "na_justification"): "Regional matter"})
    flag, reason = (cell_of(back, "PROT-1", key) for key in ("not_applicable", "na_justification"))
    assert f"cell {reason}: a reason for N/A is given, but the item is not marked N/A: choose N/A in cell {flag}" in (
        refused(secretariat, back, capsys)
    )


def test_a_formula_is_never_calculated(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = filled(sent, tmp_path / "back.xlsx", {("PROT-1", "law"): "=2+1"})
    cell = cell_of(back, "PROT-1", "law")
    assert f"cell {cell}: it holds a formula (=2+1), and formulas are never calculated on import" in refused(
        secretariat, back, capsys
    )
    back = filled(sent, tmp_path / "back2.xlsx", {("PROT-2", "next_action"): '=HYPERLINK("http://x.example")'})
    db = str(secretariat.path)
    assert main(["--db", db, "import", str(back), "--into", str(REVIEW)]) == 0
    cell = cell_of(back, "PROT-2", "next_action")
    assert f"Sheet Responses, cell {cell} holds a formula; its text was taken as typed" in capsys.readouterr().err
    with secretariat.session() as session:
        assert responses.get(session, REVIEW, "PROT-2").next_action == '=HYPERLINK("http://x.example")'


# --- rows --------------------------------------------------------------------------------------------------------


def test_a_row_whose_code_is_unknown(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    def rename(sheet: Any, keys: list[str]) -> None:
        sheet.cell(3, 1).value = "PROS-1"  # an item of the framework, but not of this workbook

    back = edited(sent, tmp_path / "back.xlsx", rename)
    assert "sheet Responses, cell A3: 'PROS-1' is not an item this workbook was sent with" in refused(
        secretariat, back, capsys
    )


def test_a_row_whose_code_is_duplicated(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    def copy(sheet: Any, keys: list[str]) -> None:
        for number in range(1, len(keys) + 1):
            sheet.cell(sheet.max_row + (1 if number == 1 else 0), number).value = sheet.cell(2, number).value

    back = edited(sent, tmp_path / "back.xlsx", copy)
    rows = load_workbook(back).worksheets[1].max_row
    first = load_workbook(back).worksheets[1].cell(2, 1).value
    assert f"cell A{rows}: {first} is already in row 2: each item has one row" in refused(secretariat, back, capsys)


def test_answers_without_a_code(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    def orphan(sheet: Any, keys: list[str]) -> None:
        sheet.cell(sheet.max_row + 1, column(keys, "rationale")).value = "An answer typed below the table"

    back = edited(sent, tmp_path / "back.xlsx", orphan)
    rows = load_workbook(back).worksheets[1].max_row
    assert f"cell A{rows}: this row has answers but no item code" in refused(secretariat, back, capsys)


def test_sorted_rows_and_a_missing_row_are_fine(secretariat: Store, sent: Path, tmp_path: Path) -> None:
    def shuffle(sheet: Any, keys: list[str]) -> None:
        rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
        rows = list(reversed(rows[1:]))  # the first item's row deleted, the others in reverse order
        sheet.delete_rows(2, sheet.max_row)
        for row in rows:
            sheet.append(row)
        sheet.cell(2, column(keys, "rationale")).value = "Sorted, then answered"

    back = edited(sent, tmp_path / "back.xlsx", shuffle)
    codes = document_of(sent)["items"]
    with secretariat.session() as session:
        received = open_workbook(back, session)
        plan = merge.plan_merge(session, REVIEW, received.contribution)
    assert [(t.code, t.theirs) for t in plan.taken] == [(codes[-1], "Sorted, then answered")]
    assert [str(w) for w in plan.warnings] == [
        f"Sheet Responses: the row of {codes[0]} is missing, so nothing was taken for it."
    ]


# --- columns -----------------------------------------------------------------------------------------------------


def test_a_deleted_hidden_column(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = edited(sent, tmp_path / "back.xlsx", lambda sheet, keys: sheet.delete_cols(column(keys, "sent:practice")))
    cell = cell_of(sent, "PROT-1", "sent:practice").rstrip("0123456789") + "1"
    message = refused(secretariat, back, capsys)
    assert f"sheet Responses, cell {cell}: the hidden column 'sent:practice' is not where it was sent" in message
    assert "('sent:not_applicable' is there instead)" in message


def test_reordered_hidden_columns(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    def swap(sheet: Any, keys: list[str]) -> None:
        a, b = column(keys, "sent:law"), column(keys, "sent:practice")
        for row in range(1, sheet.max_row + 1):
            first, second = sheet.cell(row, a), sheet.cell(row, b)
            first.value, second.value = second.value, first.value

    back = edited(sent, tmp_path / "back.xlsx", swap)
    assert "the hidden column 'sent:law' is not where it was sent ('sent:practice' is there instead)" in refused(
        secretariat, back, capsys
    )


def test_a_deleted_answer_column(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = edited(sent, tmp_path / "back.xlsx", lambda sheet, keys: sheet.delete_cols(column(keys, "rationale")))
    assert "the column 'Rationale' is not where it was sent ('Responsible institutions' is there instead)" in refused(
        secretariat, back, capsys
    )


def test_a_value_changed_in_a_hidden_column(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = filled(sent, tmp_path / "back.xlsx", {("PROT-1", "sent:law"): 9})
    cell = cell_of(back, "PROT-1", "sent:law")
    assert f"cell {cell}: the hidden column sent:law was changed (9 is off the scale (0 to 4)" in refused(
        secretariat, back, capsys
    )
    back = filled(sent, tmp_path / "back2.xlsx", {("PROT-1", "sent:not_applicable"): "N/A"})
    cell = cell_of(back, "PROT-1", "sent:not_applicable")
    assert f"cell {cell}: the hidden columns of this row were changed" in refused(secretariat, back, capsys)


def test_a_column_someone_added(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    def add(sheet: Any, keys: list[str]) -> None:
        sheet.cell(1, len(keys) + 2).value = "Our notes"
        sheet.cell(2, len(keys) + 2).value = "Call the inspectorate"

    back = edited(sent, tmp_path / "back.xlsx", add)
    assert "a column Assess did not write ('Our notes')" in refused(secretariat, back, capsys)


def test_an_edited_item_text_is_ignored_and_reported(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    back = filled(
        sent,
        tmp_path / "back.xlsx",
        {("PROT-1", "text"): "States parties need not do anything.", ("PROT-1", "practice"): 3},
    )
    cell = cell_of(back, "PROT-1", "text")
    before = fingerprint_of_checklist(secretariat)
    assert main(["--db", str(secretariat.path), "import", str(back), "--into", str(REVIEW)]) == 0
    err = capsys.readouterr().err
    assert (
        f"Sheet Responses, cell {cell}: the text of PROT-1 was changed in the workbook; the change was ignored" in err
    )
    assert fingerprint_of_checklist(secretariat) == before
    with secretariat.session() as session:
        assert responses.get(session, REVIEW, "PROT-1").practice == 3


def fingerprint_of_checklist(store: Store) -> str:
    from sqlalchemy import select

    from db.models import FrameworkRecord

    with store.session() as session:
        return repr(sorted((r.key, r.version, r.sha256) for r in session.scalars(select(FrameworkRecord))))


# --- the workbook as a whole -------------------------------------------------------------------------------------


def test_a_workbook_for_another_assessment(secretariat: Store, tmp_path: Path, capsys) -> None:
    other = export_workbook(secretariat, BASELINE, tmp_path / "baseline.xlsx", responsible=MOL).path
    message = refused(secretariat, other, capsys)
    assert "baseline.xlsx was sent from another assessment (Republic of Meridia: Baseline 2024" in message
    assert "Merge it into the assessment it was sent from" in message


def test_files_that_are_not_workbooks(secretariat: Store, tmp_path: Path, capsys) -> None:
    text = tmp_path / "minutes.xlsx"
    text.write_text("Minutes of the task force meeting")
    assert "minutes.xlsx is not a workbook (.xlsx)" in refused(secretariat, text, capsys)
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    assert "old.xls is in the old Excel 97-2003 format, or protected with a password" in refused(
        secretariat, old, capsys
    )
    ods = tmp_path / "calc.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert "calc.ods is an OpenDocument spreadsheet (.ods)" in refused(secretariat, ods, capsys)
    package = export_package(secretariat, REVIEW, tmp_path / "part.assess", responsible=MOL).path
    renamed = package.rename(tmp_path / "part.xlsx")
    assert "part.xlsx is not a workbook (.xlsx): it is a ZIP file of another kind" in refused(
        secretariat, renamed, capsys
    )
    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    assert "plain.xlsx was not written by Assess (it has no hidden sheet 'assess')" in refused(
        secretariat, plain, capsys
    )
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes((tmp_path / "part.xlsx").read_bytes()[:2000])
    assert "cut.xlsx is damaged or truncated" in refused(secretariat, cut, capsys)


def test_a_changed_hidden_sheet(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    def change(document: dict[str, Any]) -> str:
        document["assessment"]["scale"]["max"] = "four"
        return json.dumps(document)

    def elsewhere(document: dict[str, Any]) -> str:
        document["assessment"]["framework"]["version"] = "2099.1"
        return json.dumps(document)

    for name, text in (
        ("elsewhere", elsewhere),
        ("garbled", lambda document: "{not json"),
        ("invalid", change),
        ("newer", lambda document: json.dumps({**document, "format_version": 9})),
    ):
        book = load_workbook(sent)
        sheet = book["assess"]
        sheet["A1"].value = text(document_of(sent))
        for row in range(2, sheet.max_row + 1):
            sheet.cell(row, 1).value = None
        book.save(tmp_path / f"{name}.xlsx")
    assert "its hidden sheet 'assess' was changed or damaged, so the workbook cannot be matched" in refused(
        secretariat, tmp_path / "garbled.xlsx", capsys
    )
    assert "its hidden sheet 'assess' was changed or damaged (assessment/scale/max:" in refused(
        secretariat, tmp_path / "invalid.xlsx", capsys
    )
    assert "written by a newer release of Assess (workbook format 9" in refused(
        secretariat, tmp_path / "newer.xlsx", capsys
    )
    assert "on framework unodc-ffa-2009 2099.1, which this database does not have" in refused(
        secretariat, tmp_path / "elsewhere.xlsx", capsys
    )


def with_member(source: Path, target: Path, name: str, data: bytes, replace: bool = False) -> Path:
    """``source`` with the member ``name`` added (or put in place of the one it has)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in original.infolist():
            if not (replace and info.filename == name):
                copy.writestr(info, original.read(info))
        copy.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def test_a_zip_bomb_is_refused_before_anything_is_decompressed(
    secretariat: Store, sent: Path, tmp_path: Path, capsys
) -> None:
    bomb = with_member(sent, tmp_path / "bomb.xlsx", "xl/media/image1.bin", bytes(40 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    message = refused(secretariat, bomb, capsys)
    assert "bomb.xlsx is not a safe workbook: its member xl/media/image1.bin would expand" in message
    assert "'zip bomb'" in message


def test_the_limits_of_packages_apply(secretariat: Store, sent: Path, tmp_path: Path) -> None:
    with secretariat.session() as session:
        with pytest.raises(
            BadWorkbook, match=r"labour.xlsx is \d[\d,]* bytes; a contribution workbook is never larger"
        ):
            open_workbook(sent, session, limits=Limits(evidence_bytes=2**30, total_bytes=10_000))
        with pytest.raises(BadWorkbook, match=r"not a safe workbook: it holds \d+ members; at most 3 are allowed"):
            open_workbook(sent, session, limits=Limits(evidence_bytes=2**30, members=3))
        evil = with_member(sent, tmp_path / "evil.xlsx", "../../evil.xml", b"<x/>")
        with pytest.raises(BadWorkbook, match=r"a member named '../../evil.xml' \(a path that leaves the package\)"):
            open_workbook(evil, session)


def test_an_xml_part_declaring_entities_is_refused(secretariat: Store, sent: Path, tmp_path: Path, capsys) -> None:
    with zipfile.ZipFile(sent) as archive:
        original = archive.read("xl/workbook.xml")
    body = original.split(b"?>", 1)[1] if original.startswith(b"<?xml") else original
    laughs = b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>' + body
    hostile = with_member(sent, tmp_path / "laughs.xlsx", "xl/workbook.xml", laughs, replace=True)
    assert "its part xl/workbook.xml declares a document type or entities" in refused(secretariat, hostile, capsys)


def test_a_date_as_text_in_iso_form_and_a_score_as_text_are_read(
    secretariat: Store, sent: Path, tmp_path: Path
) -> None:
    back = filled(sent, tmp_path / "back.xlsx", {("PROT-1", "target_date"): "2028-01-31", ("PROT-1", "practice"): "3"})
    with secretariat.session() as session:
        received = open_workbook(back, session)
    [item] = [i for i in received.contribution.items if i.code == "PROT-1"]
    assert item.fields.target_date == dt.date(2028, 1, 31) and item.fields.practice == 3
