"""Problems with the database file or server that the user must be told about, not our bugs."""

from __future__ import annotations

from assess.messages import UserMessage


class StoreError(UserMessage):
    """A database problem explained in words a user can act on."""


class NotADatabase(StoreError):
    pass


class NewerDatabase(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class DatabaseUnavailable(StoreError):
    """The file cannot be created or written, or the server cannot be reached."""


class DatabaseCorrupt(StoreError):
    pass


class PermissionDenied(StoreError):
    """The database server refused: the user may only read, or has no access at all."""


class UpgradeNotAllowed(StoreError):
    """The schema needs upgrading and only the database owner may do that (``assess server setup``)."""
