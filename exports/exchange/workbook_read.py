"""Opening a contribution workbook that came back: every check before anything is used, then a
:class:`~assess.merge.Contribution` that merges as a package's does.

A workbook comes from outside and went through hands and programs we do not know. In order: its size; that it is
a ZIP file at all (an old .xls, a password-protected workbook or an OpenDocument file each get their own advice);
the ZIP checks a package gets (:func:`exports.exchange.archive.check_entries`: member names, count, sizes,
compression ratios); no XML member declaring a DTD or entities; then openpyxl reads it, read-only and without
calculating anything; its hidden document (format, version, schema); its sheet of responses, whose headings must be
the columns it was written with, in order (hidden ones included); and every row, cell by cell
(:mod:`exports.exchange.workbook_cells`). Every cell that cannot be read is named (sheet and cell) in one
:class:`~exports.exchange.workbook_spec.BadWorkbook`; a changed item text or source is ignored and noted. Nothing is
written anywhere.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

import framework as fw
from assess import frameworks
from assess.errors import InvalidInput
from assess.merge import Contribution, IncomingItem, Medium, Selection
from assess.merge.received import identity_from_json
from db.models import FrameworkRecord
from exports.exchange.archive import WORKBOOK, ZIP_ERRORS, Limits, check_entries
from exports.exchange.spec import READ_BLOCK, BadPackage, NewerPackage, parse_timestamp
from exports.exchange.workbook_rows import Sheet, rows_of
from exports.exchange.workbook_spec import (
    CELL_CHARS,
    FORMAT,
    FORMAT_VERSION,
    LIMITS,
    META_SHEET,
    BadWorkbook,
    columns_of,
    problem_with,
)
from exports.exchange.workbook_words import words

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How an old .xls file, and a workbook protected with a password (Excel encrypts it inside one), begin."""
MAX_DOCUMENT_CELLS = 16


@dataclass
class FilledWorkbook:
    """A checked workbook; it holds nothing open (closing is for symmetry with a package)."""

    path: Path
    contribution: Contribution
    encrypted: bool = False

    def __enter__(self) -> FilledWorkbook:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        pass


def _data(path: Path, label: str, limits: Limits) -> bytes:
    if not path.exists():
        raise InvalidInput("{path} does not exist; check the path.", path=path)
    if not path.is_file():
        raise InvalidInput("{path} is not a file.", path=path)
    try:
        size = path.stat().st_size
        if size > limits.total_bytes:
            raise BadWorkbook(
                "{label} is {size} bytes; a contribution workbook is never larger than {limit} bytes. Nothing was "
                "imported.",
                label=label,
                size=f"{size:,}",
                limit=f"{limits.total_bytes:,}",
            )
        with path.open("rb") as handle:
            data = b"".join(iter(lambda: handle.read(READ_BLOCK), b""))
    except OSError as exc:
        raise InvalidInput("{path} cannot be read: {reason}.", path=path, reason=exc.strerror or str(exc)) from None
    if data.startswith(OLE2):
        raise BadWorkbook(
            "{label} is in the old Excel 97-2003 format, or protected with a password. Save it as an Excel Workbook "
            "(.xlsx) without a password, and import that file. Nothing was imported.",
            label=label,
        )
    if not data.startswith(b"PK"):
        raise BadWorkbook(
            "{label} is not a workbook (.xlsx). Import the workbook the secretariat sent, filled in and saved as an "
            "Excel Workbook (.xlsx). Nothing was imported.",
            label=label,
        )
    return data


def _check_archive(data: bytes, label: str, limits: Limits) -> None:
    """The ZIP checks of a package, then the parts of a workbook, then no DTD in any XML part."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS:
        raise BadWorkbook(
            "{label} is damaged or truncated (it is not a complete workbook). Ask for the file again; nothing was "
            "imported.",
            label=label,
        ) from None
    with archive:
        try:
            entries = check_entries(archive, label, limits, WORKBOOK)
        except BadPackage as exc:
            raise BadWorkbook(exc.text) from None
        if "mimetype" in entries and "[Content_Types].xml" not in entries:
            raise BadWorkbook(
                "{label} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) (in LibreOffice "
                "Calc: File > Save As, file type Excel 2007-365) and import that file. Nothing was imported.",
                label=label,
            )
        if "[Content_Types].xml" not in entries or "xl/workbook.xml" not in entries:
            raise BadWorkbook(
                "{label} is not a workbook (.xlsx): it is a ZIP file of another kind. Nothing was imported.",
                label=label,
            )
        for name in entries:
            if name.endswith((".xml", ".rels")) and _declares_entities(archive, name):
                raise BadWorkbook(
                    "{label} is not a safe workbook: its part {name} declares a document type or entities, which "
                    "spreadsheet programs never write. Nothing was imported.",
                    label=label,
                    name=name,
                )


def _declares_entities(archive: zipfile.ZipFile, name: str) -> bool:
    """Whether an XML part holds ``<!DOCTYPE`` or ``<!ENTITY`` (read in blocks, within the caps already checked)."""
    tail = b""
    try:
        with archive.open(name) as member:
            while block := member.read(READ_BLOCK):
                seen = (tail + block).upper()
                if b"<!DOCTYPE" in seen or b"<!ENTITY" in seen:
                    return True
                tail = block[-16:]
    except ZIP_ERRORS:
        return True  # a part that cannot be read is refused like one that is unsafe
    return False


def _load(data: bytes, label: str) -> Any:
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    except Exception as exc:  # openpyxl reports a broken part with whatever its parser raised
        raise BadWorkbook(
            "{label} could not be read as a workbook ({error}). Save it again as an Excel Workbook (.xlsx), or ask "
            "for the file again. Nothing was imported.",
            label=label,
            error=f"{type(exc).__name__}: {str(exc)[:200]}",
        ) from None


def _document(book: Any, label: str) -> dict[str, Any]:
    if META_SHEET not in book.sheetnames:
        raise BadWorkbook(
            "{label} was not written by Assess (it has no hidden sheet {sheet}). Only a workbook written with Send "
            "part to an institution (or assess export ... --out FILE.xlsx) can be imported. Nothing was imported.",
            label=label,
            sheet=repr(META_SHEET),
        )
    parts = []
    for row in book[META_SHEET].iter_rows(min_row=1, max_row=MAX_DOCUMENT_CELLS, max_col=1, values_only=True):
        if row and isinstance(row[0], str):
            parts.append(row[0][:CELL_CHARS])
    try:
        document = json.loads("".join(parts))
    except (ValueError, RecursionError):
        document = None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BadWorkbook(
            "{label}: its hidden sheet {sheet} was changed or damaged, so the workbook cannot be matched to its "
            "assessment. Ask the secretariat for a new workbook. Nothing was imported.",
            label=label,
            sheet=repr(META_SHEET),
        )
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerPackage(
            "This workbook was written by a newer release of Assess (workbook format {version}; this release reads "
            "format {supported}). Install the newer release to import it; nothing was changed.",
            version=version,
            supported=FORMAT_VERSION,
        )
    problem = problem_with(document)
    if problem is not None:
        raise BadWorkbook(
            "{label}: its hidden sheet {sheet} was changed or damaged ({problem}). Ask the secretariat for a new "
            "workbook. Nothing was imported.",
            label=label,
            sheet=repr(META_SHEET),
            problem=problem,
        )
    return document


def _framework(session: Session, document: dict[str, Any], label: str) -> fw.Framework:
    """The framework the workbook's assessment uses, as this database holds it (looked up, never added)."""
    key, version = document["assessment"]["framework"]["id"], document["assessment"]["framework"]["version"]
    record = session.scalar(
        select(FrameworkRecord).where(FrameworkRecord.key == key, FrameworkRecord.version == version)
    )
    if record is None:
        raise BadWorkbook(
            "{label} was sent from an assessment on framework {framework} {version}, which this database does not "
            "have: merge it into the assessment it was sent from, in the database it was sent from. Nothing was "
            "imported.",
            label=label,
            framework=key,
            version=version,
        )
    return frameworks.loaded(record)


def _no_files(sha256: str) -> Iterator[bytes]:
    raise BadWorkbook("A workbook carries no evidence files.")


def open_workbook(path: str | Path, session: Session, *, limits: Limits = LIMITS) -> FilledWorkbook:
    """Open and check the workbook at ``path``; ``session`` gives the framework its items are checked against."""
    file = Path(path).expanduser()
    label = file.name
    data = _data(file, label, limits)
    _check_archive(data, label, limits)
    book = _load(data, label)
    try:
        document = _document(book, label)
        framework = _framework(session, document, label)
        chosen = words(document["language"])
        layout = columns_of(document["columns"])
        if layout is None:
            raise BadWorkbook(
                "{label}: its hidden sheet {sheet} lists columns this release does not read. Ask the secretariat for "
                "a new workbook. Nothing was imported.",
                label=label,
                sheet=repr(META_SHEET),
            )
        name = chosen("sheet_responses")[:31]
        if name not in book.sheetnames:
            raise BadWorkbook(
                "{label} has no sheet {sheet}, where the answers are: a sheet was renamed or deleted. Nothing was "
                "imported.",
                label=label,
                sheet=repr(name),
            )
        identity = identity_from_json(document["assessment"])
        sheet = Sheet(name, book[name], layout, chosen, (identity.scale_min, identity.scale_max))
        found = rows_of(sheet, label, framework, document["items"])
    finally:
        book.close()
    items = tuple(
        IncomingItem(code=row.code, fields=row.theirs, base=row.sent, base_version=None, evidence=())
        for row in found.rows
    )
    selection = document["selection"]
    created_at = parse_timestamp(document["created_at"])
    contribution = Contribution(
        identity=identity,
        institution=document["institution"],
        source=label,
        base_taken_at=parse_timestamp(document["base"]["taken_at"]),
        selection=Selection(tuple(selection["pillars"]), tuple(selection["items"]), selection["responsible"]),
        items=items,
        framework=framework,
        scrubbed=True,
        read_evidence=_no_files,
        medium=Medium.WORKBOOK,
        sent_at=created_at,
        notes=found.notes,
    )
    return FilledWorkbook(file, contribution)


__all__ = ["FilledWorkbook", "open_workbook"]
