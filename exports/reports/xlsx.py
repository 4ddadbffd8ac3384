"""The action plan and all responses as an Excel workbook (openpyxl), for ministries to sort and filter.

Sheets: "Action plan" (one row per item and responsible institution, by institution then date),
"Responses" (every item, the CSV columns) and "Evidence" (every piece of evidence with its SHA-256).
Each sheet has its header row frozen and filters on. Text a user typed is always stored as text,
never as a formula, even when it starts with "=".

Sheet names, column headings and the words in the action plan and evidence sheets are in the report's
language, and an Arabic workbook's sheets run right to left; the "Responses" sheet keeps the values of
the CSV export (codes such as "gap" or "high"), which programs read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from exports.reports import wording
from exports.reports.model import ReportData, detail
from exports.reports.tabular import CSV_COLUMNS, csv_row

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="17375E")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
WIDE = {
    "text": 60,
    "rationale": 60,
    "next_action": 45,
    "technical_assistance": 45,
    "evidence": 50,
    "item": 60,
    "institutions": 35,
    "institution": 35,
    "source": 40,
    "na_justification": 30,
    "description": 45,
}


def _sheet(
    book: Any,
    words: wording.Wording,
    title: str,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    first: bool = False,
) -> Any:
    sheet = book.active if first else book.create_sheet()
    sheet.title = title[:31]  # Excel's limit on sheet names
    sheet.sheet_view.rightToLeft = words.rtl
    sheet.append([words(f"column_{c}") for c in columns])
    for cell in sheet[1]:
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = WRAP
    count = 1
    for values in rows:
        sheet.append(list(values))
        count += 1
        for cell in sheet[count]:
            if isinstance(cell.value, str):
                cell.data_type = "s"
                cell.alignment = WRAP if len(cell.value) > 30 else TOP
            elif hasattr(cell.value, "isoformat"):
                cell.number_format = "yyyy-mm-dd"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDE.get(column, max(10, len(column) + 3))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count}"
    return sheet


ACTION_COLUMNS = (
    "institution",
    "target_date",
    "code",
    "pillar",
    "item",
    "status",
    "law",
    "practice",
    "gap",
    "priority",
    "next_action",
    "technical_assistance",
)


def _action_rows(data: ReportData) -> Iterable[list[Any]]:
    w = wording.of(data)
    titles = {c.code: c.short_title for c in data.chapters}
    for group in data.actions:
        for row in group.items:
            r = row.state.response
            yield [
                w.institution(group.institution),
                r.target_date,
                row.code,
                titles.get(row.chapter, row.chapter),
                row.text,
                w.status(row.status),
                r.law,
                r.practice,
                row.state.gap,
                w.priority(r.priority) if r.priority else "",
                r.next_action,
                r.technical_assistance,
            ]


EVIDENCE_COLUMNS = (
    "code",
    "kind",
    "name",
    "description",
    "reference",
    "sha256",
    "size",
    "sensitive",
    "added_by",
    "added_at",
)


def _evidence_rows(data: ReportData) -> Iterable[list[Any]]:
    w = wording.of(data)
    for e in data.evidence:
        yield [
            e.item_code,
            w.kind(e.kind),
            e.label,
            e.description,
            detail(e),
            e.sha256,
            e.size if e.sha256 else None,
            w("yes") if e.sensitive else w("no"),
            e.added_by,
            e.added_at.replace(tzinfo=None),
        ]


def _typed(values: dict[str, object]) -> list[object]:
    """A CSV row with numbers as numbers and empty cells empty."""
    result: list[object] = []
    for column in CSV_COLUMNS:
        value = values[column]
        result.append(None if value == "" else value)
    return result


def write_xlsx(data: ReportData, path: Path) -> None:
    w = wording.of(data)
    book = Workbook()
    _sheet(book, w, w("sheet_actions"), ACTION_COLUMNS, _action_rows(data), first=True)
    titles = {c.code: c.title for c in data.chapters}
    rows = (_typed(csv_row(data, row, titles)) for row in data.items)
    _sheet(book, w, w("sheet_responses"), CSV_COLUMNS, rows)
    _sheet(book, w, w("sheet_evidence"), EVIDENCE_COLUMNS, _evidence_rows(data))
    book.properties.title = w("workbook_title", label=data.info.label)
    book.properties.creator = "Assess"
    book.save(str(path))
