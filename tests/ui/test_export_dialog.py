"""File > Export report: the form, the file written in the background, and the failures that leave nothing behind."""

from __future__ import annotations

import errno
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from assess.ui import tasks
from assess.ui.progress import ProgressDialog
from assess.ui.report_dialog import ReportDialog, ReportOptions
from exports.reports import xlsx

REVIEW, BASELINE = 2, 1  # the demo's draft round and the final baseline it started from


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder for the reports alone (the database lives in tmp_path)."""
    folder = tmp_path / "reports"
    folder.mkdir()
    return folder


@pytest.fixture
def window(open_window, demo_db):
    window = open_window(demo_db)
    assert window.workspace.assessment_id == REVIEW
    return window


def fill_in(path: Path, fmt: str | None = None, sensitive: bool = False, seen: list | None = None):
    """An answer to the report form that drives the real dialog, as a user would fill it in."""

    def answer(parent, request) -> ReportOptions:
        dialog = ReportDialog(request, parent)
        try:
            dialog.file.set_path(str(path))
            if fmt is not None:
                dialog.format.setCurrentIndex(dialog.format.findData(fmt))
            dialog.sensitive.setChecked(sensitive)
            if seen is not None:
                seen.append(dialog)
            return dialog.options()
        finally:
            dialog.deleteLater()

    return answer


def test_the_form_starts_from_the_previous_round_without_sensitive_evidence(window, fake_dialogs):
    seen = []

    def look(parent, request):
        dialog = ReportDialog(request, parent)
        seen.append((dialog.chosen_format(), dialog.compare.currentData(), dialog.sensitive.isChecked()))
        seen.append(dialog.warning.isHidden())
        dialog.sensitive.setChecked(True)
        seen.append(dialog.warning.isHidden())
        dialog.deleteLater()

    fake_dialogs.answer("report_options", look)
    window.commands.export_report.trigger()
    assert seen == [("pdf", BASELINE, False), True, False]
    assert not fake_dialogs.called("error")


def test_the_format_follows_the_file_name_and_the_file_name_the_format(window, fake_dialogs, tmp_path):
    def check(parent, request):
        dialog = ReportDialog(request, parent)
        try:
            dialog.file.set_path(str(tmp_path / "figures.xlsx"))
            assert dialog.chosen_format() == "xlsx" and not dialog.paper.isEnabled()
            dialog.format.setCurrentIndex(dialog.format.findData("docx"))
            assert dialog.file.path() == str(tmp_path / "figures.docx") and dialog.paper.isEnabled()
            fake_dialogs.answer("save_file", str(tmp_path / "chosen.json"))
            dialog.file.choose.click()  # the save-file dialog
            assert dialog.chosen_format() == "json"
        finally:
            dialog.deleteLater()

    fake_dialogs.answer("report_options", check)
    window.commands.export_report.trigger()
    assert fake_dialogs.called("save_file")


def test_a_pdf_report_is_written_in_the_background_and_offered_to_open(window, fake_dialogs, out):
    target = out / "review.pdf"
    fake_dialogs.answer("report_options", fill_in(target))
    fake_dialogs.answer("confirm", True)  # open it
    window.commands.export_report.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(target).pages[:6])
    assert "Review 2026" in text
    assert [args[0] for args in fake_dialogs.called("open_external")] == [target]
    assert "Report written to" in window.saved_label.text()
    assert sorted(p.name for p in out.iterdir()) == ["review.pdf"]


def test_an_excel_report_lists_every_item(window, fake_dialogs, out):
    target = out / "review.xlsx"
    fake_dialogs.answer("report_options", fill_in(target))
    window.commands.export_report.trigger()
    book = openpyxl.load_workbook(target, read_only=True)
    try:
        cells = {cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row}
    finally:
        book.close()
    assert {"PROS-1.i", "WG-14"} <= cells
    assert [args[0] for args in fake_dialogs.called("open_external")] == []  # not asked to: confirm said no


def test_a_folder_that_does_not_exist_is_a_clear_message_and_no_file(window, fake_dialogs, out):
    target = out / "missing" / "review.pdf"
    fake_dialogs.answer("report_options", fill_in(target))
    window.commands.export_report.trigger()
    [(_parent, title, text)] = fake_dialogs.called("error")
    assert title == "Cannot write the report" and "does not exist" in text
    assert not target.parent.exists() and list(out.iterdir()) == []


def test_a_full_disk_is_a_clear_message_and_leaves_no_half_written_file(window, fake_dialogs, out, monkeypatch):
    def fill_the_disk(data, path):
        Path(path).write_bytes(b"PK half a workbook")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsx, "write_xlsx", fill_the_disk)
    target = out / "review.xlsx"
    fake_dialogs.answer("report_options", fill_in(target))
    window.commands.export_report.trigger()
    [(_parent, _title, text)] = fake_dialogs.called("error")
    assert "disk is full" in text
    assert list(out.iterdir()) == []


def test_an_existing_report_is_replaced_only_when_the_user_says_so(window, fake_dialogs, out):
    target = out / "review.csv"
    target.write_text("old")
    fake_dialogs.answer("report_options", fill_in(target), fill_in(target))
    fake_dialogs.answer("confirm", False, True)  # keep it; then replace it (and do not open it)
    window.commands.export_report.trigger()
    assert target.read_text() == "old"
    window.commands.export_report.trigger()
    assert "PROS-1.i" in target.read_text("utf-8-sig")


def test_the_report_is_written_on_a_worker_thread(window, fake_dialogs, out, qtbot, threaded_tasks):
    target = out / "review.json"
    fake_dialogs.answer("report_options", fill_in(target))
    window.commands.export_report.trigger()
    qtbot.waitUntil(lambda: "Report written" in window.saved_label.text(), timeout=10_000)
    assert target.exists() and '"PROS-1.i"' in target.read_text("utf-8")


def test_a_report_cannot_stop_half_way_so_its_progress_offers_no_cancel(window, fake_dialogs, out):
    pending = []

    def later(fn, on_done, on_error, progress=None):
        if progress is None:  # a read of the database the command needs first: done at once
            return tasks.run_sync(fn, on_done, on_error)
        control = tasks.TaskControl(progress)  # the report's own work, which reports its progress: held back
        pending.append((fn, on_done, control))
        return control

    target = out / "review.csv"
    fake_dialogs.answer("report_options", fill_in(target))
    previous = tasks.set_runner(later)
    try:
        window.commands.export_report.trigger()
    finally:
        tasks.set_runner(previous)
    [dialog] = window.findChildren(ProgressDialog)
    assert dialog.cancel_button is None and dialog.label.text() == "Writing review.csv…"
    assert dialog.bar.maximum() == 0  # busy: the writer cannot tell how far it got
    dialog.reject()  # Escape
    dialog.close()
    assert not dialog.closing
    [(fn, on_done, control)] = pending
    on_done(fn(control))
    assert dialog.closing and not dialog.isVisible() and target.exists()
