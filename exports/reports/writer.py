"""Writing a report file: pick the format, gather the data once, write it all or nothing.

A report is written to a temporary file in the target folder and moved over the target only
once it is complete (``os.replace``, atomic on one file system), so a failure of any kind (an
unwritable folder, a full disk, a bug) leaves no half-written file behind and an existing
report of the same name untouched. Every failure the user can fix is an :class:`AssessError`
with a message that says what is wrong.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from assess.errors import AssessError, InvalidInput
from assess.paths import replaced_when_written
from exports.reports import pdf, tabular, word, xlsx
from exports.reports.model import ReportData, gather

FORMATS = ("pdf", "docx", "xlsx", "csv", "json")
PAPERS = tuple(pdf.PAPERS)


def format_for(target: Path, explicit: str | None = None) -> str:
    """The format asked for, else the one the file name's extension names."""
    if explicit:
        chosen = explicit.lower().lstrip(".")
        if chosen not in FORMATS:
            raise InvalidInput(
                "Unknown report format {format}; use one of {formats}.",
                format=repr(explicit),
                formats=", ".join(FORMATS),
            )
        return chosen
    suffix = target.suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise InvalidInput(
        "Cannot tell the report format from the file name {name}; end it in .pdf, .docx, .xlsx, .csv or "
        ".json, or give --format.",
        name=repr(target.name),
    )


def check_target(target: Path) -> Path:
    """``target`` made absolute, or a clear error when no report can be written there."""
    target = target.expanduser().absolute()
    if target.is_dir():
        raise InvalidInput(
            "{path} is a folder; give the name of the report file to write, e.g. {example}",
            path=target,
            example=target / "report.pdf",
        )
    folder = target.parent
    if not folder.exists():
        raise InvalidInput(
            "The folder {folder} does not exist; create it first or choose another place.", folder=folder
        )
    if not folder.is_dir():
        raise InvalidInput("{folder} is not a folder; choose another place for the report.", folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput("Cannot write in {folder} (permission denied); choose another folder.", folder=folder)
    return target


def _writer(fmt: str, paper: str) -> Callable[[ReportData, Path], None]:
    if fmt == "pdf":
        return lambda data, path: pdf.write_pdf(data, path, paper)
    if fmt == "docx":
        return lambda data, path: word.write_docx(data, path, paper)
    if fmt == "xlsx":
        return xlsx.write_xlsx
    if fmt == "csv":
        return tabular.write_csv_file
    return tabular.write_json_file


def _failure(exc: OSError, target: Path) -> AssessError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return AssessError(
            "The disk is full: {name} could not be written and nothing was left behind. "
            "Free some space or choose another drive.",
            name=target.name,
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return AssessError(
            "Cannot write {path} (permission denied; is the file open in another program?). Nothing was changed.",
            path=target,
        )
    return AssessError(
        "Cannot write {path}: {reason}. Nothing was changed.", path=target, reason=exc.strerror or str(exc)
    )


def write(data: ReportData, target: str | Path, fmt: str | None = None, *, paper: str = "a4") -> Path:
    """Write ``data`` to ``target`` in ``fmt`` (from the extension when None); all or nothing."""
    path = check_target(Path(target))
    fmt = format_for(path, fmt)
    if paper not in pdf.PAPERS:
        raise InvalidInput("Unknown paper size {paper}; use a4 or letter.", paper=repr(paper))
    try:
        with replaced_when_written(path) as partial:
            _writer(fmt, paper)(data, partial)
            with partial.open("rb") as written:
                os.fsync(written.fileno())
    except OSError as exc:
        raise _failure(exc, path) from None
    return path


def export(
    session: Session,
    assessment_id: int | str,
    target: str | Path,
    fmt: str | None = None,
    *,
    lang: str = "en",
    compare: int | str | None = None,
    paper: str = "a4",
    include_sensitive: bool = False,
) -> Path:
    """Gather the report on ``assessment_id`` and write it to ``target``; return the path written."""
    path = check_target(Path(target))
    format_for(path, fmt)
    data = gather(session, assessment_id, lang=lang, compare=compare, include_sensitive=include_sensitive)
    return write(data, path, fmt, paper=paper)
