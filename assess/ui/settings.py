"""The window's own settings (layout, recent databases, last assessment) in an INI file.

They live in the user's data directory, next to the database, never in the system's
registry, so that tests (which move the data directory) never touch a user's real settings.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from assess.paths import data_dir

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings(str(data_dir() / "window.ini"), QSettings.Format.IniFormat)


def recent_databases() -> list[str]:
    value = settings().value("recent/databases", [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return []
    return [str(v) for v in value if str(v)]


def remember_database(path: str) -> None:
    """Put ``path`` first in the recent list and make it the one opened next time."""
    store = settings()
    recent = [path, *(p for p in recent_databases() if p != path)][:MAX_RECENT]
    store.setValue("recent/databases", recent)
    store.setValue("last/database", path)
    store.sync()


def last_database() -> str | None:
    value = settings().value("last/database")
    return str(value) if value else None


def _key(database: str) -> str:
    return "last/assessment/" + hashlib.sha1(Path(database).as_posix().encode("utf-8")).hexdigest()[:16]


def last_assessment(database: str) -> int | None:
    value = settings().value(_key(database))
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def remember_assessment(database: str, assessment_id: int) -> None:
    store = settings()
    store.setValue(_key(database), assessment_id)
    store.sync()


def presentation_mode() -> bool:
    return str(settings().value("view/presentation", "false")).lower() == "true"


def set_presentation_mode(on: bool) -> None:
    store = settings()
    store.setValue("view/presentation", on)
    store.sync()


def navigator_shown() -> bool:
    return str(settings().value("view/navigator", "true")).lower() == "true"


def set_navigator_shown(shown: bool) -> None:
    store = settings()
    store.setValue("view/navigator", shown)
    store.sync()


def layout(name: str) -> QByteArray | None:
    value = settings().value(f"layout/{name}")
    return value if isinstance(value, QByteArray) else None


def save_layout(name: str, value: QByteArray) -> None:
    store = settings()
    store.setValue(f"layout/{name}", value)
    store.sync()


def language() -> str | None:
    """The language picked in View > Language (None: follow the system)."""
    value = settings().value("view/language")
    return str(value) if value else None


def set_language(code: str | None) -> None:
    store = settings()
    if code:
        store.setValue("view/language", code)
    else:
        store.remove("view/language")
    store.sync()


def walkthrough_pending() -> bool:
    """Whether the first-run walkthrough should open at start (until the user says not to)."""
    return str(settings().value("help/walkthrough", "show")) != "done"


def set_walkthrough_pending(pending: bool) -> None:
    store = settings()
    store.setValue("help/walkthrough", "show" if pending else "done")
    store.sync()
