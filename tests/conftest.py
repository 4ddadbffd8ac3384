"""Shared fixtures: every test gets its own data directory and database; nothing touches the user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from db import Store, open_store


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's data directory at a fresh temporary folder for every test."""
    data = tmp_path_factory.mktemp("assess-data")
    monkeypatch.setenv("ASSESS_DATA_DIR", str(data))
    monkeypatch.setenv("ASSESS_USER", "tester")
    monkeypatch.delenv("ASSESS_MAX_EVIDENCE_MB", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "assess.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = open_store(db_path)
    yield opened
    opened.close()
