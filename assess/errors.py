"""Errors the user caused or can fix, each with a message that says what is wrong and what to do."""

from __future__ import annotations


class AssessError(Exception):
    """Bad input or a refused action; the message is shown to the user as it is."""


class NotFound(AssessError):
    pass


class InvalidInput(AssessError):
    pass


class ReadOnly(AssessError):
    """The assessment is final, or the user may only read."""


class StaleEdit(AssessError):
    """Someone else saved the same response since it was read."""


class TooLarge(AssessError):
    pass


class Cancelled(AssessError):
    pass
