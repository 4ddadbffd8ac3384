"""Errors the user caused or can fix, each with a message that says what is wrong and what to do."""

from __future__ import annotations

from assess.fields import ResponseView
from assess.messages import UserMessage, UserText


class AssessError(UserMessage):
    """Bad input or a refused action, with a message the user reads (an English template and its fields)."""


class NotFound(AssessError):
    pass


class InvalidInput(AssessError):
    pass


class ReadOnly(AssessError):
    """The assessment is final, or the user may only read."""


class StaleEdit(AssessError):
    """Someone else saved the same response since it was read; ``current`` is what it holds now."""

    def __init__(self, message: str | UserText, /, current: ResponseView | None = None, **params: object) -> None:
        super().__init__(message, **params)
        self.current = current


class TooLarge(AssessError):
    pass


class Cancelled(AssessError):
    pass
