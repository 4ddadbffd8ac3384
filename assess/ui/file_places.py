"""Where the window suggests writing files (reports, packages, backups), how it reads the name the user gave,
and asking before a file is replaced."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QWidget

from assess.ui import dialogs, settings


def file_name(label: str) -> str:
    """A file name made from an assessment's label: "Republic of Meridia: Review 2026 (2026)" -> "Republic-of-Meridia-Review-2026-2026"."""
    return re.sub(r"[^\w]+", "-", label).strip("-") or "assessment"


def last_folder(kind: str, fallback: Path | None = None) -> Path:
    """The folder the user last wrote a file of ``kind`` to, else ``fallback``, else their documents."""
    value = settings.settings().value(f"files/{kind}")
    if value and Path(str(value)).is_dir():
        return Path(str(value))
    if fallback is not None:
        return fallback
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(kind: str, path: Path) -> None:
    store = settings.settings()
    store.setValue(f"files/{kind}", str(path.parent))
    store.sync()


def target_path(text: str, folder: Path, suffix: str | None = None) -> Path:
    """The file the user named: relative to ``folder`` unless absolute, with ``suffix`` when it has none."""
    path = Path(text).expanduser()
    if not path.is_absolute():
        path = folder / path
    if suffix and not path.suffix:
        path = path.with_name(f"{path.name}.{suffix}")
    return path


def may_replace(parent: QWidget, path: Path) -> bool:
    """Ask before a file the user chose is written over."""
    return dialogs.confirm(
        parent,
        QCoreApplication.translate("MainWindow", "Replace the file?"),
        QCoreApplication.translate("MainWindow", "{path} already exists. Replace it?").format(path=path),
        QCoreApplication.translate("MainWindow", "Replace"),
    )
