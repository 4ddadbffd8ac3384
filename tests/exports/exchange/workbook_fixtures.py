"""Shared by the workbook tests: a workbook filled in as an institution would, saved again by LibreOffice Calc, and
looked at cell by cell."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

META = "assess"


def document_of(path: Path) -> dict[str, Any]:
    """The JSON document of a workbook's hidden sheet."""
    book = load_workbook(path, read_only=True)
    try:
        text = "".join(row[0] for row in book[META].iter_rows(max_col=1, values_only=True) if row[0])
    finally:
        book.close()
    data: dict[str, Any] = json.loads(text)
    return data


def responses_sheet(book: Any) -> Any:
    return book.worksheets[1]


def cell_of(path: Path, code: str, key: str) -> str:
    """The address of the cell of item ``code`` in the column ``key`` (a field's name, "sent:<field>", "text"...)."""
    keys = document_of(path)["columns"]
    book = load_workbook(path)
    sheet = responses_sheet(book)
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    return str(sheet.cell(rows[code], keys.index(key) + 1).coordinate)


def filled(sent: Path, out: Path, answers: dict[tuple[str, str], object]) -> Path:
    """The workbook as the institution sends it back: each ``answers[(code, key)]`` typed into its cell (a text
    starting with "=" is typed as a formula, as a spreadsheet program takes it)."""
    keys = document_of(sent)["columns"]
    book = load_workbook(sent)
    sheet = responses_sheet(book)
    rows = {sheet.cell(r, 1).value: r for r in range(2, sheet.max_row + 1)}
    for (code, key), value in answers.items():
        sheet.cell(rows[code], keys.index(key) + 1).value = value
    book.save(out)
    return out


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice is not installed (soffice not on PATH): the round trip through Calc is not tested")
    return found


def resaved_by_libreoffice(path: Path, folder: Path) -> Path:
    """``path`` opened and saved again as .xlsx by LibreOffice Calc, headless, with a profile of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / "profile"
    command = [
        soffice(),
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "xlsx:Calc Office Open XML",
        "--outdir",
        str(folder),
        str(path),
    ]
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    saved = folder / path.name
    assert saved.exists(), f"LibreOffice wrote no {saved.name}"
    return saved
