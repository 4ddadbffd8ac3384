"""Keyboard, accessible names, presentation mode, the system's theme and language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from assess.ui import settings
from assess.ui.app import install_translations
from assess.ui.workshop_commands import PRESENTATION_SCALE


@pytest.fixture
def window(open_window, demo_db):
    window = open_window(demo_db)
    window.go_to("PROS-1.i")
    return window


CONTROLS = (QAbstractButton, QAbstractItemView, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit)


def test_every_control_has_an_accessible_name(window):
    unnamed = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QDateEdit)):
            continue  # the editor inside a combo box or date field: the field is named
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_every_menu_and_command_is_reachable_from_the_keyboard(window):
    for action in window.menuBar().actions():
        assert "&" in action.text(), action.text()
        for entry in action.menu().actions():
            assert entry.isSeparator() or "&" in entry.text() or entry.menu(), entry.text()
    shortcuts = {
        a.shortcut().toString() for a in window.findChildren(type(window.commands.undo)) if not a.shortcut().isEmpty()
    }
    assert {"Ctrl+Z", "Ctrl+F", "Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+1", "Ctrl+2", "F6"} <= shortcuts


def test_find_and_f6_move_the_focus(window, qtbot):
    window.activateWindow()
    window.commands.find.trigger()
    assert QApplication.focusWidget() is window.navigator.search
    window.navigator.tree.setFocus()
    window.commands.next_pane.trigger()
    assert QApplication.focusWidget() is window.item_page.editor.law
    window.commands.next_pane.trigger()
    assert QApplication.focusWidget() is window.item_page.evidence.table
    window.commands.next_pane.trigger()
    assert QApplication.focusWidget() is window.navigator.tree


def test_tab_moves_through_the_editor(window, qtbot):
    editor = window.item_page.editor
    editor.rationale.setFocus()
    qtbot.keyClick(editor.rationale, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor.rationale  # Tab leaves the text box, it types no tab


def test_presentation_mode_enlarges_the_type_and_is_remembered(window, open_window, demo_db):
    base = QApplication.font().pointSizeF()
    window.commands.presentation.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base * PRESENTATION_SCALE)
    QApplication.processEvents()
    assert window.item_page.editor.rationale.font().pointSizeF() == pytest.approx(base * PRESENTATION_SCALE)
    assert settings.presentation_mode()
    window.close()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    again = open_window(demo_db)
    assert again.commands.presentation.isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(base * PRESENTATION_SCALE)
    again.commands.presentation.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert not settings.presentation_mode()


def test_assess_demo_present_starts_in_presentation_mode_without_remembering_it(open_window, demo_db):
    base = QApplication.font().pointSizeF()
    window = open_window(demo_db, demo=True, present=True)
    assert QApplication.font().pointSizeF() == pytest.approx(base * PRESENTATION_SCALE)
    assert not settings.presentation_mode()
    window.close()


def test_colours_follow_the_system_palette(window):
    dark = QPalette(QApplication.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
    previous = QApplication.palette()
    QApplication.setPalette(dark)
    try:
        model = window.navigator.model
        principle = model.index_of("GP-1")
        assert model.data(principle, Qt.ItemDataRole.ForegroundRole).color() == QColor("#9aa0a6")
        window.commands.show_overview.trigger()
        window.overview.chart.grab()  # draws with the palette's text colours
    finally:
        QApplication.setPalette(previous)


def test_right_to_left_languages_mirror_the_window(open_window, demo_db):
    try:
        window = open_window(demo_db, lang="ar")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.workspace.lang == "ar"
        window.go_to("PROS-1.i")
        assert "criminal offence" in window.item_page.header.text.text()  # English until the text is translated
    finally:
        install_translations(QApplication.instance(), "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
