"""The responses sheet of a returned workbook, read row by row: its headings checked against the columns it was
written with, each row matched to an item it was sent with, each answer and each value as sent read from its cell.

Rows are found by their code, so sorting or filtering them changes nothing. A cell that cannot be read, a row with
answers but no code, a code unknown to the workbook or listed twice, a value in a column Assess did not write: each
is a problem named by its sheet and cell, and all of them (up to :data:`MAX_LISTED`) refuse the workbook together,
so that the sender can correct them at once. An item text or source edited in the workbook is ignored, and noted;
so is a formula in a text cell, whose text is taken as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter

import framework as fw
from assess.fields import NA_JUSTIFICATION, NOT_APPLICABLE, SCORES
from assess.merge import Fields
from assess.messages import UserText
from exports.exchange.workbook_cells import CellProblem, Scale, as_text, blank, read
from exports.exchange.workbook_spec import CODE, EXTRA_COLUMNS, SOURCE, TEXT, BadWorkbook, Column
from exports.exchange.workbook_words import Words

MAX_LISTED = 20


@dataclass(frozen=True)
class Sheet:
    """The responses sheet as the reader sees it: its name, its cells, its columns and the words it was written
    with."""

    name: str
    cells: Any
    layout: tuple[Column, ...]
    words: Words
    scale: Scale


@dataclass(frozen=True)
class Row:
    code: str
    theirs: Fields
    sent: Fields


@dataclass(frozen=True)
class Rows:
    rows: tuple[Row, ...]
    notes: tuple[UserText, ...]


@dataclass
class _Findings:
    label: str
    sheet: str
    problems: list[UserText] = field(default_factory=list)
    notes: list[UserText] = field(default_factory=list)

    def problem(self, cell: str, problem: UserText) -> None:
        self.problems.append(
            UserText("sheet {sheet}, cell {cell}: {problem}", sheet=self.sheet, cell=cell, problem=problem)
        )

    @property
    def full(self) -> bool:
        return len(self.problems) >= MAX_LISTED

    def refuse(self) -> None:
        if not self.problems:
            return
        listed = self.problems[-1]
        for problem in reversed(self.problems[:-1]):
            listed = UserText("{first}; {rest}", first=problem, rest=listed)
        if self.full:
            raise BadWorkbook(
                "{label} cannot be imported yet, and nothing was changed. Correct these cells (and look for more of "
                "the kind), then import it again: {problems}.",
                label=self.label,
                problems=listed,
            )
        raise BadWorkbook(
            "{label} cannot be imported yet, and nothing was changed. Correct these cells, then import it again: "
            "{problems}.",
            label=self.label,
            problems=listed,
        )


def _cell(column: int, row: int) -> str:
    return f"{get_column_letter(column)}{row}"


def _same_text(a: str, b: str) -> bool:
    """The same text, however a spreadsheet program wrapped or spaced it."""
    return a.split() == b.split()


def _check_headings(sheet: Sheet, label: str, cells: Sequence[Any]) -> None:
    for index, column in enumerate(sheet.layout):
        found = as_text(cells[index].value if index < len(cells) else None).strip()
        expected = column.heading(sheet.words)
        if found == expected:
            continue
        where = _cell(index + 1, 1)
        if column.sent:
            raise BadWorkbook(
                "{label}: sheet {sheet}, cell {cell}: the hidden column {expected} is not where it was sent ({found} "
                "is there instead), so hidden columns were deleted or moved and what was sent cannot be known. Ask the "
                "secretariat for a new workbook and copy your answers into it. Nothing was imported.",
                label=label,
                sheet=sheet.name,
                cell=where,
                expected=repr(expected),
                found=repr(found),
            )
        raise BadWorkbook(
            "{label}: sheet {sheet}, cell {cell}: the column {expected} is not where it was sent ({found} is there "
            "instead): columns were deleted or moved. Put them back as they were sent, then import again. Nothing was "
            "imported.",
            label=label,
            sheet=sheet.name,
            cell=where,
            expected=repr(expected),
            found=repr(found),
        )
    for index in range(len(sheet.layout), len(cells)):
        if not blank(cells[index].value):
            raise BadWorkbook(
                "{label}: sheet {sheet}, cell {cell}: a column Assess did not write ({found}). Move what it holds into "
                "the answer columns, delete it, then import again. Nothing was imported.",
                label=label,
                sheet=sheet.name,
                cell=_cell(index + 1, 1),
                found=repr(as_text(cells[index].value).strip()),
            )


def _fields(values: dict[str, object], where: dict[str, str], findings: _Findings) -> Fields | None:
    """The answers of a row (``where``: the cell of each field), when they make a response: N/A with no scores and a
    reason, or no reason for N/A without N/A."""
    made = Fields(**values)  # type: ignore[arg-type]
    anchor = next(iter(where.values()), "")  # a workbook lacks a field's column only when written before it existed
    flag = where.get(NOT_APPLICABLE.name, anchor)
    reason = where.get(NA_JUSTIFICATION.name, flag)
    if not made.not_applicable:
        if not made.na_justification.strip():
            return made
        findings.problem(
            reason,
            UserText(
                "a reason for N/A is given, but the item is not marked N/A: choose N/A in cell {cell}, or clear this cell",
                cell=flag,
            ),
        )
        return None
    scored = [where.get(f.name, anchor) for f in SCORES if getattr(made, f.name) is not None]
    if scored:
        findings.problem(
            flag,
            UserText(
                "the item is marked N/A and also scored ({cells}): clear the scores or the N/A", cells=", ".join(scored)
            ),
        )
        return None
    if not made.na_justification.strip():
        findings.problem(reason, UserText("the item is marked N/A: say why in this cell"))
        return None
    return made


def _row(
    sheet: Sheet, code: str, number: int, values: Sequence[Any], kinds: Sequence[str], findings: _Findings
) -> Row | None:
    """The row's answers and its values as sent; None (and the problems noted) where a cell cannot be read."""
    read_here: dict[bool, dict[str, object]] = {False: {}, True: {}}
    where: dict[bool, dict[str, str]] = {False: {}, True: {}}
    before = len(findings.problems)
    for index, column in enumerate(sheet.layout):
        if column.field is None:
            continue
        cell = _cell(index + 1, number)
        formula = kinds[index] == "f"
        try:
            value = read(column.field, values[index], formula, sheet.words, sheet.scale)
        except CellProblem as exc:
            problem = exc.problem
            if column.sent:
                problem = UserText(
                    "the hidden column {column} was changed ({problem})", column=column.key, problem=problem
                )
            findings.problem(cell, problem)
            continue
        if formula and not column.sent:
            findings.notes.append(
                UserText(
                    "Sheet {sheet}, cell {cell} holds a formula; its text was taken as typed, never calculated.",
                    sheet=sheet.name,
                    cell=cell,
                )
            )
        read_here[column.sent][column.field.name] = value
        where[column.sent][column.field.name] = cell
    if len(findings.problems) > before:
        return None
    sent = _fields(read_here[True], where[True], _Findings(findings.label, findings.sheet))
    if sent is None:  # written by Assess from a valid response: someone changed the hidden columns
        hidden = where[True].get(NOT_APPLICABLE.name, next(iter(where[True].values()), ""))
        findings.problem(hidden, UserText("the hidden columns of this row were changed"))
        return None
    answer = _fields(read_here[False], where[False], findings)
    return None if answer is None else Row(code, answer, sent)


def _checklist_text(
    sheet: Sheet, number: int, values: Sequence[Any], item: fw.Item, framework: fw.Framework, findings: _Findings
) -> None:
    """Note an item text or source changed in the workbook: it is ignored, never taken as checklist text."""
    keys = [c.key for c in sheet.layout]
    expected = {TEXT: fw.pick(item.text, sheet.words.code), SOURCE: item.source.cite(framework.documents)}
    for key, text in expected.items():
        index = keys.index(key)
        if not _same_text(as_text(values[index]), text):
            findings.notes.append(
                UserText(
                    "Sheet {sheet}, cell {cell}: the {what} of {code} was changed in the workbook; the change was "
                    "ignored (the checklist stays as it is).",
                    sheet=sheet.name,
                    cell=_cell(index + 1, number),
                    what=UserText("text") if key == TEXT else UserText("source"),
                    code=item.code,
                )
            )


def rows_of(sheet: Sheet, label: str, framework: fw.Framework, sent_codes: Sequence[str]) -> Rows:
    """Every row of the responses sheet, checked; a :class:`BadWorkbook` naming every cell that cannot be read."""
    findings = _Findings(label, sheet.name)
    width = len(sheet.layout) + EXTRA_COLUMNS
    lines = sheet.cells.iter_rows(min_row=1, max_col=width)
    headings = next(lines, ())
    _check_headings(sheet, label, headings)
    known = set(sent_codes)
    first_seen: dict[str, int] = {}
    rows: list[Row] = []
    code_column = [c.key for c in sheet.layout].index(CODE)
    for number, cells in enumerate(lines, start=2):
        values = [cell.value for cell in cells]
        if all(blank(v) for v in values):
            continue
        if findings.full:
            break
        code = as_text(values[code_column]).strip()
        where = _cell(code_column + 1, number)
        if not code:
            findings.problem(where, UserText("this row has answers but no item code"))
            continue
        if code not in known:
            findings.problem(where, UserText("{code} is not an item this workbook was sent with", code=repr(code)))
            continue
        if code in first_seen:
            findings.problem(
                where,
                UserText("{code} is already in row {row}: each item has one row", code=code, row=first_seen[code]),
            )
            continue
        first_seen[code] = number
        extra = next((i for i in range(len(sheet.layout), len(values)) if not blank(values[i])), None)
        if extra is not None:
            findings.problem(_cell(extra + 1, number), UserText("a value in a column Assess did not write"))
            continue
        if framework.has(code):
            _checklist_text(sheet, number, values, framework.item(code), framework, findings)
        row = _row(sheet, code, number, values, [cell.data_type for cell in cells], findings)
        if row is not None:
            rows.append(row)
    findings.refuse()
    for code in sent_codes:
        if code not in first_seen:
            findings.notes.append(
                UserText(
                    "Sheet {sheet}: the row of {code} is missing, so nothing was taken for it.",
                    sheet=sheet.name,
                    code=code,
                )
            )
    if not rows:
        raise BadWorkbook(
            "{label} holds no answers: its sheet {sheet} has no rows of items. Nothing was imported.",
            label=label,
            sheet=sheet.name,
        )
    return Rows(tuple(rows), tuple(findings.notes))
