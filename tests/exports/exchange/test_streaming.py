"""A package with large evidence is written and read with bounded memory, encrypted or not."""

# ruff: noqa: F811  (pytest fixtures imported from tests.exports.exchange.package_fixtures are parameters here)

from __future__ import annotations

import hashlib
import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from assess import evidence, merge, responses
from db import Store
from exports.exchange.read import open_package
from exports.exchange.write import export_package
from tests.exports.exchange.package_fixtures import (  # noqa: F401  (the fixtures are used by name)
    REVIEW,
    demo_template,
    focal,
    secretariat,
)

SIZE = 64 * 1024 * 1024
LIMIT = 24 * 1024 * 1024
T = TypeVar("T")


def peak(work: Callable[[], T]) -> tuple[T, int]:
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def varied_file(path: Path, size: int) -> str:
    """Content that deflate cannot shrink (like a scanned PDF); returns its SHA-256."""
    digest = hashlib.sha256()
    rng = random.Random(2026)
    with path.open("wb") as out:
        written = 0
        while written < size:
            block = rng.randbytes(min(1024 * 1024, size - written))
            out.write(block)
            digest.update(block)
            written += len(block)
    return digest.hexdigest()


@pytest.mark.slow
def test_large_evidence_travels_with_bounded_memory(secretariat: Store, focal: Store, tmp_path: Path) -> None:
    source = tmp_path / "case-files-scan.pdf"
    sha = varied_file(source, SIZE)
    evidence.attach_file(secretariat, REVIEW, "PROT-1", source, limit=2 * SIZE)
    with secretariat.session() as session:
        responses.update(session, REVIEW, "PROT-1", rationale="With the scanned case files")

    def write() -> Path:
        return export_package(secretariat, REVIEW, tmp_path / "big.assess", items=("PROT-1",), password="pw").path

    path, written = peak(write)
    assert written < LIMIT, f"peak {written / 1e6:.1f} MB while writing {SIZE / 1e6:.0f} MB"
    assert path.stat().st_size > SIZE // 2

    def read_and_import() -> int:
        with open_package(path, "pw") as package, focal.session() as session:
            return merge.import_new(session, package.contribution).id

    created, read = peak(read_and_import)
    assert read < LIMIT, f"peak {read / 1e6:.1f} MB while importing {SIZE / 1e6:.0f} MB"
    with focal.session() as session:
        (imported,) = [e for e in evidence.list_for(session, created) if e.kind == "file" and e.sha256 == sha]
    assert imported.size == SIZE
