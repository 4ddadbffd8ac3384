"""Evidence: files by dialog or drag and drop, links and citations, opening, removing, large files in the background."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from assess import approval
from assess.ui import evidence_io
from assess.ui.dialogs import FileDetails, LinkOrCitation
from db import open_store
from tests.ui.helpers import stored_evidence


@pytest.fixture
def window(open_window, small_db):
    path, _ = small_db
    window = open_window(path)
    window.go_to("PROT-4")
    return window


def panel_rows(window) -> list[list[str]]:
    table = window.item_page.evidence.table
    columns = (0, 2, 3, 4, 5, 6, 1)  # name, kind, size, hash, sensitive, added, description
    return [[table.topLevelItem(r).text(c) for c in columns] for r in range(table.topLevelItemCount())]


def write(path: Path, size: int) -> Path:
    path.write_bytes((b"Standard operating procedures for the referral of victims. " * (size // 58 + 1))[:size])
    return path


def test_a_file_added_through_the_dialog_is_stored_and_shown(window, small_db, fake_dialogs, tmp_path):
    path, aid = small_db
    file = write(tmp_path / "NRM-SOP-2019.pdf", 5000)
    fake_dialogs.answer("evidence_files", [str(file)])
    fake_dialogs.answer("file_details", FileDetails("National Referral Mechanism SOP", True))
    window.item_page.evidence.add_files.click()
    [view] = stored_evidence(path, aid, "PROT-4")
    assert (view.kind, view.name, view.size, view.sensitive) == ("file", "NRM-SOP-2019.pdf", 5000, True)
    assert view.sha256 == hashlib.sha256(file.read_bytes()).hexdigest()
    assert view.description == "National Referral Mechanism SOP"
    headers = window.item_page.evidence.table.headerItem()
    assert [headers.text(c) for c in range(7)] == [
        "Name",
        "Description",
        "Kind",
        "Size",
        "SHA-256",
        "Sensitive",
        "Added",
    ]
    [row] = panel_rows(window)
    assert row[:5] == ["NRM-SOP-2019.pdf", "File", "4.9 KB", view.sha256[:12], "Sensitive"]
    assert "tester" in row[5] and row[6] == "National Referral Mechanism SOP"
    assert window.item_page.tabs.tabText(0) == "&Evidence (1)"
    assert "Saved" in window.saved_label.text()


def test_cancelling_the_details_adds_nothing(window, small_db, fake_dialogs, tmp_path):
    path, aid = small_db
    fake_dialogs.answer("evidence_files", [str(write(tmp_path / "a.txt", 10))])
    window.item_page.evidence.add_files.click()  # file_details answers None: cancelled
    assert stored_evidence(path, aid, "PROT-4") == []


def drop(widget, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)
    return event


def test_files_dragged_onto_the_item_are_attached(window, small_db, fake_dialogs, tmp_path, monkeypatch):
    path, aid = small_db
    checkpoints = []
    monkeypatch.setattr(type(window.workspace.store), "checkpoint", lambda store: checkpoints.append(store))
    files = [write(tmp_path / "mou.txt", 300), write(tmp_path / "statistics.csv", 200)]
    fake_dialogs.answer("file_details", FileDetails("", False))
    drop(window.item_page, files)
    assert sorted(e.name for e in stored_evidence(path, aid, "PROT-4")) == ["mou.txt", "statistics.csv"]
    assert len(panel_rows(window)) == 2
    assert checkpoints == [window.workspace.store]  # once the batch is in, not in the next edit


def test_links_and_citations(window, small_db, fake_dialogs):
    path, aid = small_db
    panel = window.item_page.evidence
    fake_dialogs.answer("link_or_citation", LinkOrCitation("link", "https://example.org/nrm", "NRM page", "", False))
    panel.add_link.click()
    fake_dialogs.answer(
        "link_or_citation", LinkOrCitation("citation", "Foreigners Act 2018, s. 47", "", "Residence permit", False)
    )
    panel.add_citation.click()
    fake_dialogs.answer("link_or_citation", LinkOrCitation("link", "not a web address", "", "", False))
    panel.add_link.click()
    [(_, _, text)] = fake_dialogs.called("error")
    assert "not a web or e-mail address" in text
    views = stored_evidence(path, aid, "PROT-4")
    assert [(v.kind, v.label) for v in views] == [("link", "NRM page"), ("citation", "Foreigners Act 2018, s. 47")]
    assert [r[:2] for r in panel_rows(window)] == [
        ["NRM page", "Link"],
        ["Foreigners Act 2018, s. 47", "Citation"],
    ]
    panel.table.setCurrentItem(panel.table.topLevelItem(0))
    panel.open.click()
    assert fake_dialogs.called("open_external")[-1] == ("https://example.org/nrm",)


def test_opening_a_file_hands_a_checked_copy_to_the_viewer(window, fake_dialogs, tmp_path, isolated_data_dir):
    file = write(tmp_path / "law.txt", 3000)
    fake_dialogs.answer("evidence_files", [str(file)])
    fake_dialogs.answer("file_details", FileDetails("", False))
    panel = window.item_page.evidence
    panel.add_files.click()
    panel.table.setCurrentItem(panel.table.topLevelItem(0))
    panel.table.itemActivated.emit(panel.table.topLevelItem(0), 0)  # Enter or double-click
    [(copy,)] = fake_dialogs.called("open_external")
    assert copy.read_bytes() == file.read_bytes() and copy.name == "law.txt"
    assert isolated_data_dir in copy.parents


def test_removing_asks_first(window, small_db, fake_dialogs):
    path, aid = small_db
    panel = window.item_page.evidence
    fake_dialogs.answer("link_or_citation", LinkOrCitation("citation", "Penal Code, art. 188", "", "", False))
    panel.add_citation.click()
    panel.table.setCurrentItem(panel.table.topLevelItem(0))
    panel.remove.click()  # the confirmation answers Cancel
    assert len(stored_evidence(path, aid, "PROT-4")) == 1
    [(_, _, text, button)] = fake_dialogs.called("confirm")
    assert "Penal Code, art. 188" in text and button == "Remove"
    fake_dialogs.answer("confirm", True)
    panel.table.setFocus()
    panel.remove_selected()
    assert stored_evidence(path, aid, "PROT-4") == []
    assert panel_rows(window) == []


def test_a_file_over_the_limit_is_refused_with_a_clear_message(window, small_db, fake_dialogs, tmp_path, monkeypatch):
    path, aid = small_db
    monkeypatch.setenv("ASSESS_MAX_EVIDENCE_MB", "0.001")
    fake_dialogs.answer("evidence_files", [str(write(tmp_path / "big.bin", 5000))])
    fake_dialogs.answer("file_details", FileDetails("", False))
    window.item_page.evidence.add_files.click()
    [(_, _, text)] = fake_dialogs.called("error")
    assert "at most" in text and "max_evidence_mb" in text
    assert stored_evidence(path, aid, "PROT-4") == []


@pytest.mark.usefixtures("threaded_tasks")
def test_a_large_file_attaches_in_the_background_with_progress(window, small_db, fake_dialogs, tmp_path, qtbot):
    path, aid = small_db
    big = write(tmp_path / "statistics-2019-2025.csv", 24 * 1024 * 1024 + 17)
    seen: list[int] = []
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: ticks.append(1))
    heartbeat.start(5)
    fake_dialogs.answer("evidence_files", [str(big)])
    fake_dialogs.answer("file_details", FileDetails("", False))
    window.item_page.evidence.add_files.click()
    attacher = window.attacher
    assert attacher.busy  # returned at once: the work goes on in the background
    attacher.progressed.connect(seen.append)
    qtbot.waitUntil(lambda: not attacher.busy, timeout=30_000)
    heartbeat.stop()
    [view] = stored_evidence(path, aid, "PROT-4")
    assert view.size == big.stat().st_size
    assert ticks, "the event loop kept running while the file was read"
    assert seen and seen[-1] >= 999
    assert attacher._dialog is None
    qtbot.waitUntil(lambda: len(panel_rows(window)) == 1, timeout=5000)  # the panel reads it again in the background


@pytest.mark.usefixtures("threaded_tasks")
def test_cancelling_a_large_file_leaves_nothing_behind(window, small_db, fake_dialogs, tmp_path, qtbot):
    path, aid = small_db
    big = write(tmp_path / "video.mp4", 40 * 1024 * 1024)
    fake_dialogs.answer("evidence_files", [str(big)])
    fake_dialogs.answer("file_details", FileDetails("", False))
    window.item_page.evidence.add_files.click()
    attacher = window.attacher
    cancel = attacher._dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    attacher.progressed.connect(lambda value: cancel.click() if value else None)
    qtbot.waitUntil(lambda: not attacher.busy, timeout=30_000)
    assert stored_evidence(path, aid, "PROT-4") == []
    assert "Cancelled" in window.saved_label.text()
    store = open_store(path)
    with store.session() as session:
        from sqlalchemy import func, select

        from db.models import Blob

        assert session.scalar(select(func.count()).select_from(Blob)) == 0
    store.close()
    assert fake_dialogs.called("error") == []


@pytest.mark.usefixtures("threaded_tasks")
def test_closing_the_window_during_an_attach_stops_it_cleanly(window, small_db, fake_dialogs, tmp_path):
    path, aid = small_db
    fake_dialogs.answer("evidence_files", [str(write(tmp_path / "big.bin", 40 * 1024 * 1024))])
    fake_dialogs.answer("file_details", FileDetails("", False))
    window.item_page.evidence.add_files.click()
    assert window.attacher.busy
    window.close()
    assert stored_evidence(path, aid, "PROT-4") == []
    assert evidence_io.tasks.wait(1000)


def test_a_final_assessment_takes_no_evidence(window, small_db, fake_dialogs, tmp_path):
    path, aid = small_db
    store = open_store(path)
    with store.session() as session:  # approved elsewhere; the window reads it on opening
        approval.mark_final(session, aid, approval.Approval("Jane Doe"), force=True)
    store.close()
    window.databases.open_assessment(aid)
    panel = window.item_page.evidence
    assert not panel.add_files.isEnabled() and not panel.add_link.isEnabled()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write(tmp_path / "x.txt", 5)))])
    enter = QDragEnterEvent(
        QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window.item_page, enter)
    assert not enter.isAccepted()


# --- after attaching: details, the full SHA-256, where files come from, no viewer --------------------------------


FIRST = FileDetails("First description", False)


def _attach(window, fake_dialogs, file):
    fake_dialogs.answer("evidence_files", [str(file)])
    fake_dialogs.answer("file_details", FIRST)
    panel = window.item_page.evidence
    panel.add_files.click()
    panel.table.setCurrentItem(panel.table.topLevelItem(0))
    return panel


def test_description_and_sensitivity_are_changed_after_attaching_and_undone(window, small_db, fake_dialogs, tmp_path):
    path, aid = small_db
    panel = _attach(window, fake_dialogs, write(tmp_path / "sop.pdf", 2000))
    fake_dialogs.answer("evidence_details", FileDetails("Standard operating procedures, 2019 edition", True))
    panel.details.click()
    [(_, shown)] = fake_dialogs.called("evidence_details")
    assert shown.name == "sop.pdf"
    [view] = stored_evidence(path, aid, "PROT-4")
    assert (view.description, view.sensitive) == ("Standard operating procedures, 2019 edition", True)
    assert panel_rows(window)[0][4] == "Sensitive"
    assert window.commands.undo.text() == "&Undo details of sop.pdf"
    window.commands.undo.trigger()
    [view] = stored_evidence(path, aid, "PROT-4")
    assert (view.description, view.sensitive) == ("First description", False)
    assert panel_rows(window)[0][6] == "First description"


def test_the_details_show_the_full_sha256_with_a_button_that_copies_it(window, fake_dialogs, tmp_path, qtbot):
    from assess.ui.evidence_dialogs import EvidenceDetailsDialog

    file = write(tmp_path / "sop.pdf", 2000)
    panel = _attach(window, fake_dialogs, file)
    view = panel.selected()
    digest = hashlib.sha256(file.read_bytes()).hexdigest()
    assert panel.table.topLevelItem(0).toolTip(4) == digest  # the whole hash over the short one
    dialog = EvidenceDetailsDialog(view, window)
    qtbot.addWidget(dialog)
    QApplication.clipboard().clear()
    dialog.copy.click()
    assert QApplication.clipboard().text() == digest
    assert any(digest == label.text() for label in dialog.findChildren(QLabel))
    panel.copy_selected_hash()  # as the table's context menu does
    assert QApplication.clipboard().text() == digest


def test_the_file_dialog_starts_in_the_documents_then_in_the_last_folder_used(window, fake_dialogs, tmp_path):
    from PySide6.QtCore import QStandardPaths

    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    folder = tmp_path / "ministry"
    folder.mkdir()
    _attach(window, fake_dialogs, write(folder / "a.txt", 10))
    _attach(window, fake_dialogs, write(folder / "b.txt", 10))
    [(_, first), (_, second)] = fake_dialogs.called("evidence_files")
    assert (first, second) == (documents, folder)


def test_when_no_program_opens_a_file_the_user_is_told_where_the_copy_is(window, fake_dialogs, tmp_path):
    panel = _attach(window, fake_dialogs, write(tmp_path / "scan.xyz", 100))
    fake_dialogs.answer("open_external", False)
    panel.open.click()
    [(_, _, text)] = fake_dialogs.called("error")
    assert "No program on this computer could open scan.xyz" in text
    [(copy,)] = fake_dialogs.called("open_external")
    assert str(copy) in text
    assert "Opening" not in window.saved_label.text()
