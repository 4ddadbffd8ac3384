"""The figures of an assessment's indicators as a sheet (CSV or XLSX) to fill in and read back, one row per figure.

Documented column by column in docs/report-formats.md ("Indicator figures"). :func:`write_template` writes every
figure recorded and, for the periods asked, an empty row for each figure still to fill in; :func:`import_sheet`
reads a filled-in sheet and records its figures through :func:`assess.figures.record_all`, all or nothing: any
problem names the row and what is wrong, and nothing is recorded. A cell left empty changes nothing (a figure is
removed in the window or with ``assess data set --clear``). The columns a person reads (names, labels, unit) are
ignored on import. The XLSX report's figures sheet has the same columns (:func:`rows`).
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from assess import assessments, figures, monitoring, periods
from assess.errors import InvalidInput, NotFound
from assess.figures import TOTAL, Cell, Change, Mismatch
from assess.monitoring import Monitoring
from assess.numbers import as_text
from assess.periods import Period
from exports.reports.tabular import neutralised
from framework import pick

COLUMNS = (
    "indicator",
    "indicator_name",
    "unit",
    "period",
    "dimension",
    "category",
    "category_label",
    "value",
    "source",
    "quality_note",
)
READ = ("indicator", "period", "dimension", "category", "value", "source", "quality_note")
"""The columns an import reads; the others are there for the person filling the sheet in."""
REQUIRED = ("indicator", "period", "value")
SHEET = "Figures"
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_ROWS = 300_000


def rows(read: Monitoring, lang: str, extra: Sequence[Period] = ()) -> Iterator[dict[str, Any]]:
    """One row per figure recorded and, for each period of ``extra``, per figure not yet recorded; figures are
    numbers (Decimal), everything else text. Source and note are on the total's row."""
    for s in read.series:
        indicator = s.indicator
        wanted = sorted({*(f.period for f in s.figures), *extra}, key=lambda p: (p.start, p.end))
        cells: list[tuple[Cell, str]] = [(TOTAL, "")]
        for dimension in indicator.disaggregations:
            cells += [((dimension.id, c.id), pick(c.label, lang)) for c in dimension.categories]
        for period in wanted:
            held = s.at(period) or figures.Figures(indicator.code, period)
            for cell, label in cells:
                value = held.values.get(cell)
                if value is None and period not in extra:
                    continue
                yield {
                    "indicator": indicator.code,
                    "indicator_name": pick(indicator.name, lang),
                    "unit": indicator.unit.value,
                    "period": period.key,
                    "dimension": cell[0],
                    "category": cell[1],
                    "category_label": label,
                    "value": value,
                    "source": held.source if cell == TOTAL else "",
                    "quality_note": held.note if cell == TOTAL else "",
                }


@dataclass(frozen=True)
class Written:
    path: Path
    rows: int
    indicators: int


def write_template(
    session: Session,
    assessment_id: int | str,
    path: Path,
    extra: Iterable[str] = (),
    *,
    lang: str = "en",
    today: dt.date | None = None,
    replace: bool = False,
) -> Written:
    """Write the sheet to ``path`` (CSV or XLSX by its extension), which must not exist yet unless ``replace`` (the
    user said so); it appears whole or not at all. With no period given and nothing recorded, the rows to fill are
    for last year."""
    target = path.expanduser().absolute()
    kind = _kind(target)
    if target.exists() and not replace:
        raise InvalidInput("{path} already exists; choose a new file name (nothing was overwritten).", path=target)
    if not target.parent.is_dir():
        raise InvalidInput("The folder {folder} does not exist; create it first.", folder=target.parent)
    assessment = assessments.get(session, assessment_id)
    read = monitoring.read(session, assessment)
    asked = [periods.parse(p) for p in extra]
    if not asked and not read.periods:
        asked = [Period.year((today or dt.date.today()).year - 1)]
    found = list(rows(read, lang, asked))
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    os.close(handle)
    partial = Path(name)
    try:
        if kind == "csv":
            _write_csv(found, partial)
        else:
            _write_xlsx(found, partial)
        os.replace(partial, target)
    except OSError as exc:
        raise InvalidInput("Cannot write {path}: {reason}.", path=target, reason=exc.strerror or str(exc)) from None
    finally:
        partial.unlink(missing_ok=True)
    return Written(target, len(found), len({row["indicator"] for row in found}))


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidInput("{name} is neither a .csv nor an .xlsx file; give one of those.", name=repr(path.name))
    return suffix[1:]


def _text(value: object) -> object:
    if isinstance(value, Decimal):
        return as_text(value)
    return "" if value is None else neutralised(value)


def _write_csv(found: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\r\n")
        writer.writeheader()
        for row in found:
            writer.writerow({column: _text(row[column]) for column in COLUMNS})


def _write_xlsx(found: list[dict[str, Any]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(list(COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in found:
        sheet.append([_cell_value(row[column]) for column in COLUMNS])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # typed text stays text, even when it starts with "="
    for letter, width in zip("ABCDEFGHIJ", (14, 40, 11, 12, 24, 18, 28, 10, 40, 40), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    book.save(str(path))


def cells(read: Monitoring, lang: str) -> Iterator[list[object]]:
    """Every figure recorded as a row of cells, numbers as numbers (the XLSX report's sheet of figures)."""
    for row in rows(read, lang):
        yield [_cell_value(row[column]) for column in COLUMNS]


def _cell_value(value: object) -> object:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value if value != "" else None


# --- reading a filled-in sheet ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Imported:
    figures: int
    """Figures the sheet gives."""
    changed: int
    """Of those, the figures that were not already recorded with the same value."""
    indicators: int
    periods: int
    mismatches: tuple[Mismatch, ...]


def import_sheet(session: Session, assessment_id: int | str, path: Path) -> Imported:
    """Record every figure of the sheet at ``path`` in the caller's transaction; all or nothing."""
    assessment = assessments.editable(session, assessment_id)
    read = monitoring.read(session, assessment)
    changes = changes_of(path, read)
    recorded = figures.record_all(session, assessment.id, changes, indicators=read.indicators)
    found = tuple(m for f in recorded for m in figures.mismatches(read.indicators.get(f.indicator), f))
    changed = 0
    for change in changes:
        held = read.get(change.indicator).at(periods.parse(change.period))
        changed += sum(1 for cell, value in change.values.items() if held is None or held.values.get(cell) != value)
    return Imported(
        figures=sum(len(c.values) for c in changes),
        changed=changed,
        indicators=len({c.indicator for c in changes}),
        periods=len({parse_key(c.period) for c in changes}),
        mismatches=found,
    )


def parse_key(period: str | Period) -> str:
    return periods.parse(period).key


def changes_of(path: Path, read: Monitoring) -> list[Change]:
    """The changes a sheet asks for, each row checked against the assessment's indicators."""
    label = path.name
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    seen: dict[tuple[str, str, Cell], int] = {}
    for line, row in _rows(path):
        code = _plain(row.get("indicator"))
        if not code and not any(_plain(v) for v in row.values()):
            continue
        try:
            indicator = read.indicators.get(code)
            period = periods.parse(_period_text(row.get("period")))
            cell = figures.check_cell(indicator, (_plain(row.get("dimension")), _plain(row.get("category"))))
            value = figures.check_value(indicator, period, cell, _number_text(row.get("value")))
            texts = {
                key: figures.check_text(_unquoted(_plain(row.get(column))), what)
                for column, key, what in (("source", "source", figures.SOURCE), ("quality_note", "note", figures.NOTE))
            }
        except (InvalidInput, NotFound) as exc:
            raise InvalidInput(
                "{file}, row {row}: {problem} Nothing was imported.", file=label, row=line, problem=exc.text
            ) from None
        entry = grouped.setdefault((code, period.key), {"values": {}, "source": None, "note": None, "rows": {}})
        for column, key in (("source", "source"), ("quality_note", "note")):
            text = texts[key]
            if text:
                if entry[key] is not None and entry[key] != text:
                    raise InvalidInput(
                        "{file}, row {row}: a different {column} for {code} {period} than on row {first}; give it "
                        "once, on the total's row. Nothing was imported.",
                        file=label,
                        row=line,
                        column=column,
                        code=code,
                        period=period.key,
                        first=entry["rows"][key],
                    )
                entry[key] = text
                entry["rows"][key] = line
        if value is None:
            continue
        first = seen.get((code, period.key, cell))
        if first is not None and entry["values"][cell] != value:
            raise InvalidInput(
                "{file}, rows {first} and {row} give two figures for the same {code} {period} {what}. Nothing was "
                "imported.",
                file=label,
                first=first,
                row=line,
                code=code,
                period=period.key,
                what=figures.cell_field(period, cell).split(": ", 1)[1],
            )
        seen[(code, period.key, cell)] = line
        entry["values"][cell] = value
    return [
        Change(code, key, entry["values"], source=entry["source"], note=entry["note"])
        for (code, key), entry in grouped.items()
        if entry["values"] or entry["source"] or entry["note"]
    ]


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _period_text(value: object) -> str:
    if isinstance(value, dt.datetime | dt.date):  # a spreadsheet took "2024-01-01" for a date
        return value.strftime("%Y-%m-%d")
    return _plain(value)


def _number_text(value: object) -> object:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, int | Decimal):
        return value
    return _plain(value)


def _unquoted(text: str) -> str:
    """A text written with the apostrophe that kept a spreadsheet from taking it for a formula, without it."""
    return text[1:] if text.startswith("'") and text[1:2] in ("=", "+", "-", "@") else text


def _rows(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number as a spreadsheet counts, the row by column name) for every row under the heading."""
    target = path.expanduser()
    if not target.is_file():
        raise InvalidInput("{path} does not exist or is not a file; check the path.", path=target)
    if target.stat().st_size > MAX_FILE_BYTES:
        raise InvalidInput(
            "{name} is larger than {limit} MB; split it into smaller sheets.",
            name=target.name,
            limit=MAX_FILE_BYTES // 2**20,
        )
    kind = _kind(target)
    lines = _csv_lines(target) if kind == "csv" else _xlsx_lines(target)
    header = next(lines, None)
    if header is None:
        raise InvalidInput("{name} is empty; fill in the template from: assess data template", name=target.name)
    names = [_plain(h).lower() for h in header]
    missing = [column for column in REQUIRED if column not in names]
    if missing:
        raise InvalidInput(
            "{name} has no column {columns} in its first row; fill in the sheet that assess data template writes.",
            name=target.name,
            columns=", ".join(missing),
        )
    where = {column: names.index(column) for column in READ if column in names}
    for number, values in enumerate(lines, start=2):
        if number > MAX_ROWS + 1:
            raise InvalidInput("{name} has more than {limit} rows; split it.", name=target.name, limit=MAX_ROWS)
        yield number, {column: values[i] if i < len(values) else None for column, i in where.items()}


def _csv_lines(path: Path) -> Iterator[list[Any]]:
    try:
        with path.open("r", encoding="utf-8-sig", newline="") as handle:
            yield from csv.reader(handle)
    except UnicodeDecodeError:
        raise InvalidInput(
            '{name} is not UTF-8 text; save it as "CSV UTF-8" and import it again.', name=path.name
        ) from None
    except csv.Error as exc:
        raise InvalidInput("{name} is not a valid CSV file ({problem}).", name=path.name, problem=str(exc)) from None


def _xlsx_lines(path: Path) -> Iterator[list[Any]]:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise InvalidInput("{name} is not an XLSX workbook (or it is damaged).", name=path.name) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InvalidInput(
            "{name} unpacks to more than {limit} MB; it is not a sheet of figures.",
            name=path.name,
            limit=MAX_UNPACKED_BYTES // 2**20,
        )
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        raise InvalidInput("{name} is not an XLSX workbook (or it is damaged).", name=path.name) from None
    try:
        sheet = book[SHEET] if SHEET in book.sheetnames else book.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            yield list(values)
    finally:
        book.close()
