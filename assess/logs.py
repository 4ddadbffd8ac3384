"""Unexpected errors go to a log file in the user's data directory, never to the user's screen."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from assess.paths import log_dir


def log_file() -> Path:
    return log_dir() / "assess.log"


def log_unexpected(exc: BaseException) -> Path:
    """Append the traceback of ``exc`` to the log; return the log's path (or a note if it cannot be written)."""
    path = log_file()
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        return Path("(the log file could not be written)")
    return path
