"""Where Assess keeps its files: the user's data directory (platformdirs), or ASSESS_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Assess"


def data_dir() -> Path:
    override = os.environ.get("ASSESS_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return path


def default_database() -> Path:
    return data_dir() / "assess.sqlite"


def log_dir() -> Path:
    return data_dir() / "logs"
