"""The action plan and all responses as an Excel workbook (openpyxl), for ministries to sort and filter.

Sheets: "Action plan" (one row per item and responsible institution, by institution then date),
"Responses" (every item, the CSV columns) and "Evidence" (every piece of evidence with its SHA-256).
Each sheet has its header row frozen and filters on, columns as wide as their heading's words, and prints
in landscape, one page wide, its header row repeated on every page. Dates and times are date cells. Text a
user typed is always stored as text, never as a formula, even when it starts with "=".

Sheet names, column headings and the words in the action plan and evidence sheets are in the report's
language, and an Arabic workbook's sheets run right to left; the "Responses" sheet has the columns of the CSV
export: states, priorities and statuses in words, each with its stable code ("gap", "high") in a column of its
own for programs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from exports.reports import wording
from exports.reports.model import ItemRow, ReportData, detail
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
            elif isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _width(column, words(f"column_{column}"))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    return sheet


def _width(column: str, heading: str) -> float:
    """A column's width in characters: the wide text columns as set, others as wide as the longest word of their
    heading (wrapped over two lines at most) and at least as wide as a date."""
    if column in WIDE:
        return WIDE[column]
    longest = max((len(word) for word in heading.split()), default=0)
    return float(min(40, max(12, longest + 3, len(heading) / 2 + 3)))


ACTION_COLUMNS = (
    "institution",
    "target_date",
    "code",
    "pillar",
    "item",
    "state",
    "law",
    "practice",
    "target",
    "gap",
    "severity",
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
                row.state.target,
                row.state.gap,
                w.severity(row.state.severity) if row.state.severity else "",
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
            _naive(e.added_at),
        ]


def _naive(moment: dt.datetime) -> dt.datetime:
    """A time in UTC without its zone, as a spreadsheet cell holds it (the heading says UTC)."""
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _typed(values: dict[str, object], row: ItemRow) -> list[object]:
    """A CSV row with numbers as numbers, dates and times as dates, and empty cells empty."""
    r = row.state.response
    typed: dict[str, object] = {
        "target_date": r.target_date,
        "updated_at": _naive(r.updated_at) if r.updated_at else None,
    }
    result: list[object] = []
    for column in CSV_COLUMNS:
        value = typed[column] if column in typed else values[column]
        result.append(None if value == "" else value)
    return result


def write_xlsx(data: ReportData, path: Path) -> None:
    w = wording.of(data)
    book = Workbook()
    _sheet(book, w, w("sheet_actions"), ACTION_COLUMNS, _action_rows(data), first=True)
    titles = {c.code: c.title for c in data.chapters}
    rows = (_typed(csv_row(data, row, titles), row) for row in data.items)
    _sheet(book, w, w("sheet_responses"), CSV_COLUMNS, rows)
    _sheet(book, w, w("sheet_evidence"), EVIDENCE_COLUMNS, _evidence_rows(data))
    book.properties.title = w("workbook_title", label=data.info.label)
    book.properties.creator = "Assess"
    book.save(str(path))
