"""The store: SQLAlchemy models, opening and migrating databases (SQLite or PostgreSQL)."""

from db.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseUnavailable,
    NewerDatabase,
    NotADatabase,
    PermissionDenied,
    StoreError,
    UpgradeNotAllowed,
)
from db.store import Store, open_store

__all__ = [
    "DatabaseCorrupt",
    "DatabaseLocked",
    "DatabaseUnavailable",
    "NewerDatabase",
    "NotADatabase",
    "PermissionDenied",
    "Store",
    "StoreError",
    "UpgradeNotAllowed",
    "open_store",
]
