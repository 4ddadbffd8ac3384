"""File > Open shared database: the form for a database on a PostgreSQL server.

It asks for the server, port, database, user, an optional password (never saved) and whether to insist on an
encrypted connection, and builds the URL with :func:`assess.server.server_url`; the window opens it
(:mod:`assess.ui.database_commands`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from assess.errors import InvalidInput
from assess.server import server_url
from assess.ui import errors

DEFAULT_PORT = 5432
PGPASS_PLACES = "~/.pgpass; Windows: %APPDATA%\\postgresql\\pgpass.conf"


def _line(name: str, hint: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(hint)
    return edit


class SharedDatabaseDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open shared database"))
        intro = QLabel(
            self.tr("A database on a PostgreSQL server, shared by the team. Ask its administrator for these.")
        )
        intro.setWordWrap(True)
        self.host = _line(self.tr("Server"), self.tr("for example: {example}").format(example="db.example.org"))
        self.port = QSpinBox()
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = _line(self.tr("Database"), self.tr("for example: {example}").format(example="assess"))
        self.user = _line(self.tr("User name"))
        self.password = _line(self.tr("Password"), self.tr("optional"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.tls = QCheckBox(self.tr("&Encrypted connection only"))
        self.tls.setChecked(True)
        note = QLabel(
            self.tr(
                "The password is never saved. To avoid typing it each time, put it in your PostgreSQL password "
                "file ({places}) and leave this field empty."
            ).format(places=PGPASS_PLACES)
        )
        note.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("sharedDatabaseProblem")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tls)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._check)
        self._check()
        self.resize(520, self.sizeHint().height())

    def _check(self) -> None:
        ready = all(edit.text().strip() for edit in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def url(self) -> str:
        """The connection URL of what the form holds; raises :class:`InvalidInput` for a bad entry."""
        return server_url(
            self.host.text(),
            self.database.text(),
            self.user.text(),
            port=self.port.value(),
            password=self.password.text() or None,
            sslmode="require" if self.tls.isChecked() else None,
        )

    def accept(self) -> None:
        try:
            self.url()
        except InvalidInput as exc:
            self.problem.setText(errors.text_of(exc))
            self.problem.setVisible(True)
            return
        super().accept()
