"""Turning any exception into what the user should see: a clear message, or a calm note and a log entry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from assess.errors import AssessError, Cancelled, StaleEdit
from assess.logs import log_unexpected
from assess.messages import UserMessage, UserText
from assess.ui import dialogs
from db import StoreError
from db.errors import explain
from framework import FrameworkError

USER_ERRORS = (AssessError, StoreError, FrameworkError)


def for_user(exc: BaseException, label: str) -> BaseException:
    """A driver error as a :class:`StoreError` about the user's database; other errors unchanged."""
    if isinstance(exc, StaleDataError):
        return StaleEdit(
            QCoreApplication.translate(
                "errors",
                "Someone else saved this item at the same moment; your edit was not saved. Look at the current value and make it again.",
            )
        )
    if isinstance(exc, OperationalError | DatabaseError):
        return explain(exc, label)
    return exc


def localized(value: object) -> str:
    """``value`` in the window's language: a core message template translated, its fields filled in."""
    if not isinstance(value, UserText):
        return str(value)
    fields = {name: localized(field) for name, field in value.params.items()}
    template = QCoreApplication.translate("core", value.template)
    if not fields:
        return template
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: the English is still right
        return value.template.format(**fields)


def text_of(exc: BaseException) -> str:
    """What the user reads for ``exc``, in the window's language where it is a core message."""
    return localized(exc.text) if isinstance(exc, UserMessage) else str(exc)


def title_for(exc: BaseException) -> str:
    if isinstance(exc, StaleEdit):
        return QCoreApplication.translate("errors", "Changed by someone else")
    if isinstance(exc, StoreError):
        return QCoreApplication.translate("errors", "Database problem")
    if isinstance(exc, FrameworkError):
        return QCoreApplication.translate("errors", "Framework problem")
    return QCoreApplication.translate("errors", "Not possible")


def show(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show ``exc``: its own message for a user error, a calm note naming the log file for a bug."""
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, USER_ERRORS):
        dialogs.error(parent, title or title_for(exc), text_of(exc))
        return
    dialogs.unexpected(parent, log_unexpected(exc))
