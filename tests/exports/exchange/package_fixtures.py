"""Shared by the package, merge and backup tests: the demo database as the secretariat's, and package surgery."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import warnings
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from assess import demo
from db import Store, open_store
from db.store import sqlite_backup

MOL = "Ministry of Labour and Social Protection (Labour Inspectorate)"
REVIEW = 2  # the demo's draft round, "Review 2026"
BASELINE = 1  # final


_templates: dict[Path, Path] = {}


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once per test session (each module that imports this fixture shares it)."""
    session = tmp_path_factory.getbasetemp()
    if session not in _templates:
        folder = tmp_path_factory.mktemp("demo-template")
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("ASSESS_DATA_DIR", str(folder / "data"))
            _templates[session] = demo.demo_database(folder / "demo.sqlite")
    return _templates[session]


@pytest.fixture
def secretariat(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    """The secretariat's database: a fresh copy of the demo."""
    path = tmp_path / "secretariat.sqlite"
    sqlite_backup(demo_template, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.fixture
def focal(tmp_path: Path) -> Iterator[Store]:
    """A focal point's database, empty."""
    store = open_store(tmp_path / "focal.sqlite")
    yield store
    store.close()


def fingerprint(path: Path) -> str:
    """A digest of every row of every table: equal digests, equal databases."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for table in tables:
            digest.update(table.encode())
            for row in connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid'):
                digest.update(repr(row).encode())
    finally:
        connection.close()
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def manifest_of(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(members(path)["manifest.json"])
    return data


def responses_of(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(members(path)["responses.json"])
    return data


def relist(files: dict[str, bytes]) -> dict[str, bytes]:
    """Make the manifest list every member as it now is (so that only the change under test is wrong)."""
    manifest = json.loads(files["manifest.json"])
    manifest["members"] = [
        {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in files.items()
        if name != "manifest.json"
    ]
    return {**files, "manifest.json": json.dumps(manifest).encode()}


def build_zip(
    target: Path,
    entries: list[tuple[str | zipfile.ZipInfo, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write a ZIP holding exactly ``entries`` (duplicates and odd names included)."""
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names; here they are the point
        with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
            for name, data in entries:
                archive.writestr(name, data)
    target.write_bytes(buffer.getvalue())
    return target


def rewrite(source: Path, target: Path, change: Callable[[dict[str, bytes]], dict[str, bytes]]) -> Path:
    files = change(members(source))
    return build_zip(target, list(files.items()))
