"""A file to write, as a form shows it: the path, which can be typed, and a button for the save-file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from assess.ui import dialogs


class FileField(QWidget):
    changed = Signal(str)  # the path as it is now (typed or chosen)

    def __init__(self, title: str, filters: str, suggested: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.filters = title, filters
        self.edit = QLineEdit(suggested)
        self.edit.setAccessibleName(self.tr("File"))
        self.edit.setMinimumWidth(360)
        self.edit.textChanged.connect(self.changed)
        self.choose = QPushButton(self.tr("C&hoose…"))
        self.choose.setAccessibleName(self.tr("Choose the file"))
        self.choose.clicked.connect(self.browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.choose)

    def browse(self) -> None:
        chosen = dialogs.save_file(self, self.title, self.path(), self.filters)
        if chosen:
            self.edit.setText(chosen)

    def path(self) -> str:
        return self.edit.text().strip()

    def set_path(self, path: str) -> None:
        self.edit.setText(path)

    def suffix(self) -> str:
        return Path(self.path()).suffix.lower().lstrip(".")

    def with_suffix(self, suffix: str) -> None:
        """Give the file name the extension ``suffix`` (replacing the one it has)."""
        text = self.path()
        if not text:
            return
        path = Path(text)
        self.edit.setText(str(path.with_suffix(f".{suffix}")) if path.name else text)
