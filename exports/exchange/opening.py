"""Opening a contribution that came back, whichever way it travelled: an exchange package, or a workbook filled in
with a spreadsheet program. The file's extension decides (.xlsx, and the spreadsheet formats a workbook may have
been saved in by mistake, are read as workbooks, so that they get a workbook's advice); both give a checked
:class:`~assess.merge.Contribution`, merged the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from db import Store
from exports.exchange.read import Package, open_package
from exports.exchange.workbook_read import FilledWorkbook, open_workbook

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")

Opened = Package | FilledWorkbook


def is_workbook(path: str | Path) -> bool:
    return Path(path).suffix.lower() in SPREADSHEET_SUFFIXES


def open_contribution(
    path: str | Path,
    store: Store,
    password: str | None = None,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Opened:
    """The package or workbook at ``path``, checked (a workbook is checked against the frameworks in ``store``)."""
    if is_workbook(path):
        with store.session() as session:
            return open_workbook(path, session)
    return open_package(path, password, progress=progress)
