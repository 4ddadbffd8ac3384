"""Attaching a large file streams it: memory stays far below the file's size."""

from __future__ import annotations

import hashlib
import tracemalloc
from pathlib import Path

import pytest
from sqlalchemy import func, select

from assess import assessments, evidence, evidence_files
from assess.errors import TooLarge
from db import Store
from db.models import BlobChunk

SIZE = 256 * 1024 * 1024


def big_file(path: Path, size: int) -> str:
    """A file of ``size`` bytes with varied content; returns its SHA-256."""
    digest = hashlib.sha256()
    block = hashlib.sha256(b"seed").digest() * (1024 * 1024 // 32)
    with path.open("wb") as out:
        written = 0
        n = 0
        while written < size:
            chunk = bytes([n % 251]) + block[1 : min(len(block), size - written)]
            out.write(chunk)
            digest.update(chunk)
            written += len(chunk)
            n += 1
    return digest.hexdigest()


@pytest.mark.slow
def test_a_large_file_is_streamed_with_bounded_memory(store: Store, tmp_path: Path) -> None:
    source = tmp_path / "statistics-2025.bin"
    expected = big_file(source, SIZE)
    with store.session() as session:
        assessment = assessments.create(session, country="Testland", title="Baseline")
    seen: list[int] = []
    tracemalloc.start()
    try:
        added = evidence.attach_file(store, assessment.id, "PROS-2", source, progress=lambda done, _: seen.append(done))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert added.sha256 == expected
    assert added.size == SIZE
    assert peak < 24 * 1024 * 1024, f"peak Python allocation {peak / 1e6:.1f} MB while attaching {SIZE / 1e6:.0f} MB"
    assert seen == sorted(seen) and seen[-1] == SIZE
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == SIZE // evidence_files.CHUNK

    copy = tmp_path / "copy.bin"
    tracemalloc.start()
    try:
        evidence.save_copy(store, added.id, copy)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 24 * 1024 * 1024
    assert copy.stat().st_size == SIZE


def test_a_file_over_the_limit_is_refused_before_reading(store: Store, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ASSESS_MAX_EVIDENCE_MB", "1")
    source = tmp_path / "big.bin"
    with source.open("wb") as out:
        out.truncate(2 * 1024 * 1024)
    with store.session() as session:
        assessment = assessments.create(session, country="Testland", title="Baseline")
    with pytest.raises(TooLarge, match=r"at most 1 MB.*max_evidence_mb"):
        evidence.attach_file(store, assessment.id, "PROS-2", source)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(BlobChunk)) == 0
