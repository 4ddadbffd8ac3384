"""The window's text fields stop at the limits the services and packages hold to (:mod:`assess.limits`).

A one-line field gets its ``maxLength``; a multi-line field, which has none, is cut back to the limit
when a paste or typing goes past it, keeping the cursor, and the window says so: the text that is
saved is all the text there is, and a package written from it can always be read back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from assess.ui import formats


def limit_line(edit: QLineEdit, limit: int) -> QLineEdit:
    edit.setMaxLength(limit)
    return edit


def limit_plain(edit: QPlainTextEdit, limit: int, say: Callable[[str], None] | None = None) -> QPlainTextEdit:
    """Keep ``edit`` to ``limit`` characters; ``say`` tells the user when text past it was not taken. Connect this
    before anything else listens to the field's changes, so that they see the text as kept."""

    def keep_to_limit() -> None:
        text = edit.toPlainText()
        if len(text) <= limit:
            return
        position = edit.textCursor().position()
        edit.setPlainText(text[:limit])
        cursor = edit.textCursor()
        cursor.setPosition(min(position, limit), QTextCursor.MoveMode.MoveAnchor)
        edit.setTextCursor(cursor)
        if say is not None:
            say(
                QCoreApplication.translate(
                    "TextLimits", "{field} may hold at most {limit} characters; the text past them was not taken."
                ).format(field=edit.accessibleName(), limit=formats.number(limit))
            )

    edit.textChanged.connect(keep_to_limit)
    return edit
