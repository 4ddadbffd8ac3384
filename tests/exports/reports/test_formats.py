"""The editable document, the workbook, CSV and JSON, read back with the libraries a reader's tools use."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import docx
import openpyxl
import pytest

from assess import scoring
from db import Store
from exports.reports.tabular import CSV_COLUMNS, FORMAT
from exports.reports.writer import export
from tests.exports.conftest import ARABIC, BASELINE, CHINESE, FORMULA, REVIEW, RUSSIAN, file_hashes


@pytest.fixture(scope="module")
def files(shared_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("formats")
    with shared_store.session() as session:
        yield {
            fmt: export(session, REVIEW, folder / f"review.{fmt}", compare=BASELINE)
            for fmt in ("docx", "xlsx", "csv", "json")
        }


@pytest.fixture(scope="module")
def states(shared_store: Store) -> dict[str, scoring.ItemState]:
    with shared_store.session() as session:
        return {s.code: s for s in scoring.item_states(session, REVIEW)}


def test_docx_has_the_report_as_headings_paragraphs_and_tables(
    files: dict[str, Path], states: dict[str, scoring.ItemState], shared_store: Store
) -> None:
    document = docx.Document(str(files["docx"]))
    headings = [p.text for p in document.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    for title in (
        "Executive summary",
        "Gap register",
        "Prosecution",
        "Protection",
        "Prevention",
        "Recommendations of the Working Group on Trafficking in Persons",
        "Action plan by responsible institution",
        "Technical assistance needs",
        "Progress report",
        "Evidence annex",
        "Methodology",
    ):
        assert title in headings, title
    assert any(h.startswith("PROS-1.i — ") for h in headings)
    paragraphs = [p.text for p in document.paragraphs]
    assert RUSSIAN in paragraphs and CHINESE in paragraphs and ARABIC in paragraphs
    arabic = next(p for p in document.paragraphs if p.text == ARABIC)
    assert arabic._p.pPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    gaps = [s.code for s in states.values() if s.status == "gap"]
    assert set(gaps) <= cells
    ordinary, sensitive = file_hashes(shared_store, REVIEW)
    assert ordinary <= cells
    assert not sensitive & cells
    assert "DRAFT" in paragraphs
    assert "DRAFT" in document.sections[0].header.paragraphs[0].text


def test_xlsx_sheets_have_frozen_headers_filters_and_the_responses(
    files: dict[str, Path], states: dict[str, scoring.ItemState]
) -> None:
    book = openpyxl.load_workbook(files["xlsx"])
    assert book.sheetnames == ["Action plan", "Responses", "Evidence"]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    responses = book["Responses"]
    header = [c.value for c in responses[1]]
    assert header[0] == "Assessment ID" and len(header) == len(CSV_COLUMNS)
    rows = {row[CSV_COLUMNS.index("code")]: row for row in responses.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == set(states)
    law, practice, rationale = (CSV_COLUMNS.index(c) for c in ("law", "practice", "rationale"))
    for code, state in states.items():
        assert rows[code][law] == state.response.law
        assert rows[code][practice] == state.response.practice
    assert rows["PROS-1.i"][rationale] == RUSSIAN
    plan = book["Action plan"]
    cells = [row for row in plan.iter_rows(min_row=2, values_only=True)]
    assert {row[2] for row in cells} >= {code for code, s in states.items() if s.status == "gap"}
    formula = next(c for row in plan.iter_rows(min_row=2) for c in row if c.value == FORMULA)
    assert formula.data_type == "s"


WORDS = {"not_scored": "Not scored", "partly_scored": "Partly scored", "meets_target": "Meets target", "gap": "Gap",
         "not_applicable": "N/A"}  # fmt: skip


def test_csv_in_french_says_states_in_words_with_their_codes_beside(shared_store: Store, tmp_path: Path) -> None:
    with shared_store.session() as session:
        path = export(session, REVIEW, tmp_path / "r.csv", lang="fr")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    gap = next(r for r in rows if r["state_code"] == "gap")
    assert gap["state"] == "Lacune" and gap["severity"] in ("mineure", "majeure", "critique")
    assert {r["assessment_status"] for r in rows} == {"projet"}
    assert {r["priority"] for r in rows if r["priority_code"] == "high"} == {"élevée"}


def test_csv_round_trip(files: dict[str, Path], states: dict[str, scoring.ItemState]) -> None:
    with files["csv"].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [r["code"] for r in rows] == list(states)
    for row in rows:
        state = states[row["code"]]
        r = state.response
        assert row["law"] == ("" if r.law is None else str(r.law))
        assert row["practice"] == ("" if r.practice is None else str(r.practice))
        assert row["state_code"] == state.status and row["severity_code"] == (state.severity or "")
        assert row["state"] == WORDS[state.status]
        assert row["priority_code"] == (r.priority or "") and row["priority"] == (r.priority or "")
        assert (row["assessment_status"], row["assessment_status_code"]) == ("draft", "draft")
        assert row["rationale"] == r.rationale
        assert row["institutions"] == "; ".join(r.institutions)
        assert row["not_applicable"] == ("yes" if r.not_applicable else "no")
    assert files["csv"].read_bytes().startswith(b"\xef\xbb\xbf")


def test_json_round_trip(files: dict[str, Path], states: dict[str, scoring.ItemState], shared_store: Store) -> None:
    document = json.loads(files["json"].read_text(encoding="utf-8"))
    assert document["format"] == FORMAT and document["format_version"] == 1
    assert document["assessment"]["id"] == REVIEW
    assert [i["code"] for i in document["items"]] == list(states)
    by_code = {i["code"]: i for i in document["items"]}
    assert by_code["PROT-2"]["response"]["rationale"] == ARABIC
    for code, state in states.items():
        assert by_code[code]["response"]["law"] == state.response.law
        assert (by_code[code]["state"], by_code[code]["severity"]) == (state.status, state.severity)
    hashes = {e["sha256"] for i in document["items"] for e in i["evidence"] if e["kind"] == "file"}
    ordinary, sensitive = file_hashes(shared_store, REVIEW)
    assert hashes == ordinary
    assert not hashes & sensitive
    assert document["withheld_sensitive_evidence"] >= 1
    assert document["comparison"]["previous"]["id"] == BASELINE
    assert {i["change"] for i in document["comparison"]["items"]} >= {"improved", "regressed"}
