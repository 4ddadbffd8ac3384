"""Writing a contribution workbook: the part of an assessment an institution answers for, as an .xlsx file that a
ministry without Assess fills in with Excel or LibreOffice Calc and sends back to be merged.

The part is chosen as a package's is (:func:`exports.exchange.write.gather`, scrubbed: no sensitive evidence, no
names of people). Its columns and their validations come from the fields of a response
(:func:`exports.exchange.workbook_spec.columns`, :mod:`exports.exchange.workbook_cells`). The answers as they are
now are written twice: in the editable answer columns, and in the hidden, locked ``sent:`` columns that are the
base of the three-way merge when the workbook comes back. The file is written beside the target under a temporary
name, readable by its owner only, and renamed when complete.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy.orm import Session

import assess
import framework as fw
from assess import assessments, frameworks
from assess.errors import InvalidInput
from assess.fields import Field, Kind
from assess.merge import Fields
from assess.messages import UserText
from db import Store
from db.models import utcnow
from exports.exchange import workbook_cells, workbook_instructions
from exports.exchange.spec import timestamp
from exports.exchange.workbook_spec import (
    CELL_CHARS,
    CODE,
    FORMAT,
    FORMAT_VERSION,
    META_SHEET,
    SOURCE,
    TEXT,
    Column,
    columns,
)
from exports.exchange.workbook_words import Words, words
from exports.exchange.write import Part, gather

HEADER = Font(bold=True, color="FFFFFF")
LOCKED_HEADER = PatternFill("solid", fgColor="44546A")
ANSWER_HEADER = PatternFill("solid", fgColor="17375E")
LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
DATE_FORMAT = "yyyy-mm-dd"
FIXED_WIDTHS = {CODE: 11, TEXT: 50, SOURCE: 30}
EDITABLE = Protection(locked=False)
WRAP = Alignment(wrap_text=True, vertical="top")
"""Data is read in the direction of its own script (a checklist text in English, an answer in Arabic)."""
ITEM_TEXT = UserText("item text")
EVIDENCE = UserText("evidence")


@dataclass(frozen=True)
class WorkbookResult:
    path: Path
    items: int
    evidence: int
    size: int
    institution: str | None
    language: str


def _fit(code: str, what: object, text: str) -> str:
    """``text`` as a cell can hold it, or a refusal naming the item and the field."""
    if len(text) > CELL_CHARS:
        raise InvalidInput(
            "The {field} of {code} is {length} characters long; a spreadsheet cell holds at most {limit}. Shorten "
            "it, or send this part as a package. No workbook was written.",
            field=what,
            code=code,
            length=f"{len(text):,}",
            limit=f"{CELL_CHARS:,}",
        )
    if ILLEGAL_CHARACTERS_RE.search(text):
        raise InvalidInput(
            "The {field} of {code} holds a control character that a spreadsheet cannot hold. Remove it, or send "
            "this part as a package. No workbook was written.",
            field=what,
            code=code,
        )
    return text


def _put(sheet: Any, row: int, column: int, value: object) -> Any:
    """Put ``value`` in a cell; text always as text, so that a text starting with "=" is never a formula."""
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


def _validation(column: Column, words: Words, scale: tuple[int, int], instructions: str) -> DataValidation | None:
    assert column.field is not None
    rule = workbook_cells.rule(column.field)
    if not rule.prompt:
        return None
    values = {
        "low": scale[0],
        "high": scale[1],
        "instructions": instructions,
        "na": words.na,
        "priorities": ", ".join(words.priorities()),
        "example": words("date_example"),
    }
    title = words.field(column.field)[:32]
    prompt = words(f"prompt_{rule.prompt}", **values)[:255]
    if rule.choices is not None:
        listed = ",".join(rule.choices(words, scale))
        check = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
    elif rule.date:
        check = DataValidation(type="date", operator="between", formula1="DATE(1900,1,1)", formula2="DATE(9999,12,31)")
        check.allow_blank = True
    else:  # free text with a hint: no check, only the prompt
        check = DataValidation(allow_blank=True)
    check.promptTitle, check.prompt, check.showInputMessage = title, prompt, True
    if rule.choices is not None or rule.date:
        check.errorTitle, check.errorStyle, check.showErrorMessage = title, "stop", True
        check.error = words(f"error_{rule.prompt}", **values)[:225]
    return check


def _header(sheet: Any, layout: Sequence[Column], words: Words) -> None:
    for number, column in enumerate(layout, start=1):
        cell = _put(sheet, 1, number, column.heading(words))
        cell.font = HEADER
        cell.fill = ANSWER_HEADER if column.answer else LOCKED_HEADER
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        letter = get_column_letter(number)
        if column.field is None:
            sheet.column_dimensions[letter].width = FIXED_WIDTHS[column.key]
        else:
            sheet.column_dimensions[letter].width = workbook_cells.rule(column.field).width
            sheet.column_dimensions[letter].hidden = column.sent
    sheet.row_dimensions[1].height = 48


def _responses(sheet: Any, part: Part, framework: fw.Framework, words: Words, lang: str) -> None:
    layout = columns()
    scale = (int(part.manifest["assessment"]["scale"]["min"]), int(part.manifest["assessment"]["scale"]["max"]))
    sheet.title = words("sheet_responses")[:31]
    sheet.sheet_view.rightToLeft = words.rtl
    _header(sheet, layout, words)
    entries = part.responses["items"]
    for row, entry in enumerate(entries, start=2):
        code = entry["code"]
        item = framework.item(code)
        fields = Fields.from_json(entry["response"])
        fixed = {
            CODE: code,
            TEXT: _fit(code, ITEM_TEXT, fw.pick(item.text, lang)),
            SOURCE: item.source.cite(framework.documents),
        }
        points = workbook_instructions.LINE_POINTS + 4.0
        for number, column in enumerate(layout, start=1):
            if column.field is None:
                cell = _put(sheet, row, number, fixed[column.key])
                cell.fill, cell.alignment = LOCKED_FILL, WRAP
                points = max(points, workbook_instructions.height(fixed[column.key], FIXED_WIDTHS[column.key]))
                continue
            rule = workbook_cells.rule(column.field)
            value = _shown(column.field, getattr(fields, column.field.name), words, code)
            cell = _put(sheet, row, number, value)
            if rule.date:
                cell.number_format = DATE_FORMAT
            if column.answer:
                cell.protection = EDITABLE
                cell.alignment = WRAP if rule.text else workbook_instructions.CENTRED
                if isinstance(value, str):
                    points = max(points, workbook_instructions.height(value, rule.width))
        sheet.row_dimensions[row].height = points
    last = len(entries) + 1
    instructions = words("sheet_instructions")
    for number, column in enumerate(layout, start=1):
        if column.answer and (check := _validation(column, words, scale, instructions)) is not None:
            letter = get_column_letter(number)
            check.add(f"{letter}2:{letter}{last}")
            sheet.add_data_validation(check)
    visible = sum(1 for c in layout if not c.sent)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(visible)}{last}"
    _protect(sheet)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 2  # the answers beside the items, readable when printed
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_title_cols = "A:A"


def _shown(field: Field, value: object, words: Words, code: str) -> object:
    shown = workbook_cells.rule(field).shown(value, words)
    if isinstance(shown, str) and field.kind in (Kind.TEXT, Kind.NAMES):
        return _fit(code, field.label, shown)
    return shown


def _protect(sheet: Any) -> None:
    """Lock every cell but the answers. The password is random and kept nowhere: the sheet is not to be unlocked
    (sorting, filtering and widening columns stay allowed)."""
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = protection.formatRows = protection.sort = protection.autoFilter = False
    protection.password = secrets.token_urlsafe(18)


def _evidence(sheet: Any, part: Part, words: Words) -> int:
    sheet.title = words("sheet_evidence")[:31]
    sheet.sheet_view.rightToLeft = words.rtl
    keys = ("item", "kind", "name", "description", "reference", "sha256")
    widths = (11, 14, 36, 48, 40, 66)
    for number, (key, width) in enumerate(zip(keys, widths, strict=True), start=1):
        cell = _put(sheet, 1, number, words(f"evidence_{key}"))
        cell.font, cell.fill = HEADER, LOCKED_HEADER
        sheet.column_dimensions[get_column_letter(number)].width = width
    row = 1
    for entry in part.responses["items"]:
        code = entry["code"]
        for proof in entry["evidence"]:
            if proof["sensitive"]:  # gathered scrubbed already; never listed, whatever changes upstream
                continue
            row += 1
            values = (
                code,
                words(f"kind_{proof['kind']}"),
                _fit(code, EVIDENCE, proof["name"]),
                _fit(code, EVIDENCE, proof["description"]),
                _fit(code, EVIDENCE, proof["url"] or proof["citation"]),
                proof["sha256"],
            )
            for number, value in enumerate(values, start=1):
                _put(sheet, row, number, value or None).alignment = WRAP
            sheet.row_dimensions[row].height = max(
                workbook_instructions.height(value, width) for value, width in zip(values, widths, strict=True)
            )
    if row == 1:
        _put(sheet, 2, 1, words("no_evidence"))
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    _protect(sheet)
    return row - 1


def _document(sheet: Any, document: dict[str, Any]) -> None:
    """The workbook's document, as JSON in column A of the hidden sheet (split where a cell would overflow)."""
    sheet.title = META_SHEET
    text = json.dumps(document, ensure_ascii=False, sort_keys=True)
    for row, start in enumerate(range(0, len(text), CELL_CHARS), start=1):
        _put(sheet, row, 1, text[start : start + CELL_CHARS])
    sheet.sheet_state = "veryHidden"
    _protect(sheet)


def build(
    session: Session,
    assessment_id: int | str,
    *,
    pillars: tuple[str, ...] = (),
    items: tuple[str, ...] = (),
    responsible: str | None = None,
    lang: str | None = None,
) -> tuple[Any, Part, int]:
    """The workbook for the chosen part (not saved yet), the part, and how many pieces of evidence it lists."""
    part = gather(session, assessment_id, pillars=pillars, items=items, responsible=responsible, scrub=True)
    assessment = assessments.get(session, assessment_id)
    framework = frameworks.loaded(assessment.framework)
    chosen = words(lang)
    now = utcnow()
    identity = part.manifest["assessment"]
    book = Workbook()
    instructions = workbook_instructions.Sent(
        assessment=f"{identity['country']}: {identity['title']}"
        + (f" ({identity['period']})" if identity["period"] else ""),
        institution=part.manifest["institution"],
        sent_on=now.date(),
        items=len(part.codes),
        framework=f"{fw.pick(framework.title, chosen.code)} ({framework.version})",
    )
    workbook_instructions.fill(book.active, chosen, instructions, framework.scale, chosen.code)
    _responses(book.create_sheet(), part, framework, chosen, chosen.code)
    listed = _evidence(book.create_sheet(), part, chosen)
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timestamp(now),
        "application": f"Assess {assess.__version__}",
        "language": chosen.code,
        "institution": part.manifest["institution"],
        "assessment": identity,
        "selection": part.manifest["selection"],
        "base": {"taken_at": timestamp(now)},
        "columns": [c.key for c in columns()],
        "items": part.codes,
    }
    _document(book.create_sheet(), document)
    book.active = 0
    book.security = WorkbookProtection(workbookPassword=secrets.token_urlsafe(18), lockStructure=True)
    book.properties.title = chosen("title", assessment=instructions.assessment)
    book.properties.creator = "Assess"
    book.properties.language = chosen.code
    return book, part, listed


def export_workbook(
    store: Store,
    assessment_id: int | str,
    out: str | Path,
    *,
    pillars: tuple[str, ...] = (),
    items: tuple[str, ...] = (),
    responsible: str | None = None,
    lang: str | None = None,
    overwrite: bool = False,
) -> WorkbookResult:
    """Write the workbook file ``out``; it appears only once complete."""
    path = Path(out).expanduser()
    if path.exists() and not overwrite:
        raise InvalidInput("{path} already exists; choose a new file name (nothing was overwritten).", path=path)
    if path.is_dir():
        raise InvalidInput("{path} is a folder; give the name of the workbook file to write.", path=path)
    with store.session() as session:
        book, part, listed = build(
            session, assessment_id, pillars=pillars, items=items, responsible=responsible, lang=lang
        )
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        os.close(handle)
    except OSError as exc:
        raise InvalidInput("Cannot write {path}: {reason}.", path=path, reason=exc.strerror or str(exc)) from None
    partial = Path(name)
    try:
        book.save(str(partial))
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)
    except OSError as exc:
        raise InvalidInput("Cannot write {path}: {reason}.", path=path, reason=exc.strerror or str(exc)) from None
    finally:
        partial.unlink(missing_ok=True)
    return WorkbookResult(
        path=path,
        items=len(part.codes),
        evidence=listed,
        size=path.stat().st_size,
        institution=part.manifest["institution"],
        language=words(lang).code,
    )
