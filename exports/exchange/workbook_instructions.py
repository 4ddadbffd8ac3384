"""The first sheet of a contribution workbook: what it is, for whom, how to fill it in and the scale, in the
workbook's language.

Spreadsheet programs do not grow a row to fit wrapped text in merged cells, so each row is given the height its
text needs (counting wide characters, such as Chinese, twice).
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from dataclasses import dataclass
from typing import Any

from openpyxl.styles import Alignment, Font

import framework as fw
from assess.fields import INSTITUTIONS, NA_JUSTIFICATION, NOT_APPLICABLE
from exports.exchange.workbook_words import Words

TITLE = Font(bold=True, size=14)
BOLD = Font(bold=True)
CENTRED = Alignment(horizontal="center", vertical="top")
WIDTHS = {"A": 8, "B": 30, "C": 80}
LINE_POINTS = 15
MAX_ROW_POINTS = 409


@dataclass(frozen=True)
class Sent:
    """What the instructions say about the workbook."""

    assessment: str
    institution: str | None
    sent_on: dt.date
    items: int
    framework: str


def wrapped(words: Words) -> Alignment:
    """Text wrapped in its cell from the top, read right to left in a right-to-left language."""
    return Alignment(wrap_text=True, vertical="top", readingOrder=2 if words.rtl else 0)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def height(text: str, columns: float) -> float:
    """The points a row needs to show ``text`` wrapped in cells ``columns`` characters wide (at most the 409 points
    a spreadsheet row can be)."""
    usable = max(columns * 1.1, 1)  # a column is as wide as so many digits; letters are narrower on average
    lines = sum(max(1, math.ceil(_width(part) / usable)) for part in text.split("\n"))
    return min(lines * LINE_POINTS + 4, MAX_ROW_POINTS)


def _paragraph(sheet: Any, row: int, text: str, wrap: Alignment, first: str = "A", font: Font | None = None) -> None:
    sheet[f"{first}{row}"] = text
    sheet[f"{first}{row}"].data_type = "s"
    sheet[f"{first}{row}"].alignment = wrap
    if font is not None:
        sheet[f"{first}{row}"].font = font
    sheet.merge_cells(f"{first}{row}:C{row}")
    span = sum(width for column, width in WIDTHS.items() if column >= first)
    sheet.row_dimensions[row].height = height(text, span)


def fill(sheet: Any, words: Words, sent: Sent, scale: fw.Scale, lang: str) -> None:
    """Write the instructions on ``sheet``."""
    wrap = wrapped(words)
    sheet.title = words("sheet_instructions")[:31]
    sheet.sheet_view.rightToLeft = words.rtl
    sheet.sheet_view.showGridLines = False
    for column, width in WIDTHS.items():
        sheet.column_dimensions[column].width = width
    _paragraph(sheet, 1, words("title", assessment=sent.assessment), wrap, font=TITLE)
    _paragraph(sheet, 2, words("intro"), wrap)
    facts = [
        (words("fact_assessment"), sent.assessment),
        (words("fact_institution"), sent.institution or words("no_institution")),
        (words("fact_sent"), sent.sent_on.isoformat()),
        (words("fact_items"), str(sent.items)),
        (words("fact_framework"), sent.framework),
    ]
    row = 4
    for label, value in facts:
        sheet[f"B{row}"] = label
        sheet[f"B{row}"].font = BOLD
        sheet[f"B{row}"].alignment = wrap
        sheet[f"C{row}"] = value
        sheet[f"C{row}"].data_type = "s"
        sheet[f"C{row}"].alignment = wrap
        sheet.row_dimensions[row].height = height(value, WIDTHS["C"])
        row += 1
    row += 1
    _paragraph(sheet, row, words("how_heading"), wrap, font=BOLD)
    row += 1
    names = {
        "responses": words("sheet_responses"),
        "evidence": words("sheet_evidence"),
        "na": words.na,
        "na_column": words.field(NOT_APPLICABLE),
        "justification": words.field(NA_JUSTIFICATION),
        "institutions": words.field(INSTITUTIONS),
        "priorities": ", ".join(words.priorities()),
        "example": words("date_example"),
    }
    steps = ("rows", "scores", "na", "institutions", "priority", "evidence", "structure", "return")
    for number, step in enumerate(steps, start=1):
        sheet[f"A{row}"] = number
        sheet[f"A{row}"].alignment = CENTRED
        _paragraph(sheet, row, words(f"step_{step}", **names), wrap, "B")
        row += 1
    row += 1
    _paragraph(sheet, row, words("scale_heading"), wrap, font=BOLD)
    row += 1
    for column, key in zip("ABC", ("scale_level", "scale_label", "scale_description"), strict=True):
        sheet[f"{column}{row}"] = words(key)
        sheet[f"{column}{row}"].font = BOLD
    for level in scale.levels:
        row += 1
        description = fw.pick(level.description, lang)
        sheet[f"A{row}"] = level.value
        sheet[f"A{row}"].alignment = CENTRED
        sheet[f"B{row}"] = fw.pick(level.label, lang)
        sheet[f"B{row}"].alignment = wrap
        sheet[f"C{row}"] = description
        sheet[f"C{row}"].alignment = wrap
        sheet.row_dimensions[row].height = height(description, WIDTHS["C"])
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
