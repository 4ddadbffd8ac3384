"""``assess report``: every format from the command line, and the failures that must leave nothing behind."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from assess.cli import main as cli
from db import Store
from exports.reports import pdf, writer
from exports.reports.model import ReportData
from tests.exports.conftest import BASELINE, REVIEW


def run(capsys: pytest.CaptureFixture[str], store: Store, *args: str) -> tuple[int, str, str]:
    code = cli.main(["--db", str(store.path), "report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def leftovers(folder: Path) -> list[str]:
    """The files in ``folder``, leaving out the write-ahead log of the fixture's own open database."""
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))


@pytest.mark.parametrize("fmt", ["pdf", "docx", "xlsx", "csv", "json"])
def test_each_format_from_the_extension(
    fmt: str, demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out" / f"review.{fmt}"
    out.parent.mkdir()
    code, stdout, stderr = run(capsys, demo_store, str(REVIEW), "--out", str(out))
    assert (code, stderr) == (0, "")
    assert stdout.strip() == f"Report written to {out}"
    assert out.stat().st_size > 1000
    assert leftovers(out.parent) == [out.name]


def test_format_option_paper_and_compare(demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.bin"
    code, _, stderr = run(
        capsys,
        demo_store,
        str(REVIEW),
        "--out",
        str(out),
        "--format",
        "pdf",
        "--paper",
        "letter",
        "--compare",
        str(BASELINE),
        "--include-sensitive",
    )
    assert (code, stderr) == (0, "")
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Progress report" in text and "Restricted." in text


def test_missing_assessment(demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, stderr = run(capsys, demo_store, "99", "--out", str(tmp_path / "r.pdf"))
    assert code == 1 and stdout == ""
    assert stderr.startswith("assess: There is no assessment 99") and stderr.count("\n") == 1
    assert leftovers(tmp_path) == ["demo-copy.sqlite"]


def test_compare_with_a_missing_round(demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = run(capsys, demo_store, str(REVIEW), "--out", str(tmp_path / "r.pdf"), "--compare", "42")
    assert code == 1 and "There is no assessment 42" in stderr
    assert not (tmp_path / "r.pdf").exists()


def test_target_is_a_folder(demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, stderr = run(capsys, demo_store, str(REVIEW), "--out", str(tmp_path))
    assert code == 1 and "is a folder" in stderr


def test_missing_folder_and_unknown_extension(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, stderr = run(capsys, demo_store, str(REVIEW), "--out", str(tmp_path / "nowhere" / "r.pdf"))
    assert code == 1 and "does not exist" in stderr
    code, _, stderr = run(capsys, demo_store, str(REVIEW), "--out", str(tmp_path / "r.txt"))
    assert code == 1 and "Cannot tell the report format" in stderr
    assert not (tmp_path / "r.txt").exists()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_folder_by_permissions(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, _, stderr = run(capsys, demo_store, str(REVIEW), "--out", str(locked / "r.pdf"))
    finally:
        locked.chmod(0o700)
    assert code == 1 and "permission denied" in stderr
    assert leftovers(locked) == []


def test_unwritable_folder(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    code, stdout, stderr = run(capsys, demo_store, str(REVIEW), "--out", str(folder / "r.pdf"))
    assert code == 1 and stdout == ""
    assert "permission denied" in stderr and stderr.count("\n") == 1
    assert leftovers(folder) == []


def test_disk_full_leaves_nothing_behind_and_keeps_the_old_report(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    old = folder / "review.pdf"
    old.write_bytes(b"%PDF- the report of last week")

    def half_then_full(data: ReportData, target: Path, paper: str = "a4") -> None:
        with open(target, "wb") as handle:
            handle.write(b"%PDF-1.4 half a report")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf, "write_pdf", half_then_full)
    code, _, stderr = run(capsys, demo_store, str(REVIEW), "--out", str(old))
    assert code == 1 and "The disk is full" in stderr
    assert leftovers(folder) == ["review.pdf"]
    assert old.read_bytes() == b"%PDF- the report of last week"


def test_a_bug_while_writing_leaves_no_file(demo_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(data: ReportData, target: Path, paper: str = "a4") -> None:
        Path(target).write_bytes(b"partial")
        raise RuntimeError("a bug")

    monkeypatch.setattr(pdf, "write_pdf", broken)
    with demo_store.session() as session, pytest.raises(RuntimeError):
        writer.export(session, REVIEW, tmp_path / "out.pdf")
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".*part"))


def test_a_new_empty_assessment_in_any_script_reports_in_every_format(store: Store, tmp_path: Path) -> None:
    from assess import assessments

    with store.session() as session:
        created = assessments.create(session, country="جمهورية ميريديا", title="基线评估", period="Базовый 2026")
    for fmt in ("pdf", "docx", "xlsx", "csv", "json"):
        with store.session() as session:
            written = writer.export(session, created.id, tmp_path / f"empty.{fmt}")
        assert written.stat().st_size > 500
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "empty.pdf").pages)
    assert "基线评估" in text and "Базовый 2026" in text
    assert "No item is below the target." in text
