"""Keyboard, accessible names, presentation mode, the system's theme and language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QTabBar, QWidget

from assess.ui import settings
from assess.ui.app import install_translations
from assess.ui.look import AA, TEXT_ON, WARNING, contrast, readable
from assess.ui.workshop_commands import PRESENTATION_SCALE


@pytest.fixture
def window(open_window, demo_db):
    window = open_window(demo_db)
    window.go_to("PROS-1.i")
    return window


def focus_walk(window, first, qtbot) -> list[QWidget]:
    """The widgets Tab visits, from ``first`` round to ``first`` again."""
    window.activateWindow()
    first.setFocus()
    visited: list[QWidget] = []
    for _ in range(200):
        widget = QApplication.focusWidget()
        assert widget is not None
        if visited and widget is first:
            return visited
        if not visited or widget is not visited[-1]:  # links inside a label take several Tabs
            visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    pytest.fail(f"Tab never came back to the first widget: {[type(w).__name__ for w in visited[-10:]]}")


def accessible_name(widget: QWidget) -> str:
    """What a screen reader announces the widget as: its accessible name, a label naming it (buddy), or the
    words on it (a button, a tab)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    buddies = [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
    if buddies:
        return buddies[0].text().replace("&", "")
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        return widget.tabText(widget.currentIndex()).replace("&", "")
    return ""


def test_tab_walks_every_focusable_widget_in_screen_order_and_each_has_a_name(window, qtbot):
    window.show()
    walk = focus_walk(window, window.switcher, qtbot)
    focusable = [
        w
        for w in window.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is window
        and not isinstance(w.parent(), QComboBox)
        and w.focusProxy() is None  # a tab widget hands the focus to its tab bar
    ]
    assert set(focusable) <= set(walk), [type(w).__name__ + " " + w.objectName() for w in set(focusable) - set(walk)]
    unnamed = [f"{type(w).__name__} {w.objectName()}" for w in walk if not accessible_name(w)]
    assert unnamed == []
    for widget in walk:  # what a screen reader hears
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None and interface.text(QAccessible.Text.Name), type(widget).__name__
    nav, editor, evidence = window.navigator, window.item_page.editor, window.item_page.evidence
    on_screen = [
        window.switcher,  # the assessment selector: first on screen, first with Tab
        nav.search,
        nav.status,
        nav.priority,
        nav.institution,
        nav.tree,
        window.tabs.tabBar(),
        editor.law,
        editor.practice,
        editor.na,
        editor.rationale,
        editor.institutions.list,
        editor.priority,
        editor.date.edit,
        editor.next_action,
        editor.assistance,
        window.item_page.tabs.tabBar(),
        evidence.table,
        evidence.add_files,
        evidence.remove,
    ]
    assert [walk.index(w) for w in on_screen] == sorted(walk.index(w) for w in on_screen)


def test_the_keyboard_focus_is_drawn_visibly(window, qtbot):
    from assess.ui.look import FocusStyle

    assert isinstance(QApplication.style(), FocusStyle)
    window.show()
    window.activateWindow()
    na = window.item_page.editor.na
    highlight = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)

    def marked(widget) -> int:
        image = widget.grab().toImage()
        return sum(
            image.pixelColor(x, y).rgb() == highlight.rgb() for x in range(image.width()) for y in range(image.height())
        )

    window.navigator.tree.setFocus()
    without = marked(na)
    window.item_page.editor.practice.setFocus()
    qtbot.keyClick(window.item_page.editor.practice, Qt.Key.Key_Tab)  # the focus moved with the keyboard
    assert na.hasFocus()
    assert marked(na) > without + 20  # a frame round the check box, in the highlight colour
    palette = QApplication.palette()
    active = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    inactive = palette.color(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight)
    assert contrast(active, inactive) > 2  # the list with the focus has the strong selection


def test_help_lists_every_keyboard_shortcut(window, fake_dialogs):
    window.commands.shortcuts.trigger()
    [(_, rows)] = fake_dialogs.called("shortcuts")
    keys = " | ".join(k for k, _ in rows)
    for action in window.findChildren(QAction):
        for shortcut in action.shortcuts():
            assert shortcut.toString(QKeySequence.SequenceFormat.NativeText) in keys, action.text()
    assert any("filter box" in k for k, _ in rows) and any("Ctrl+Z" in k for k, _ in rows)
    assert ("F9", "View > Show the navigator") in rows


# --- contrast (WCAG AA) -----------------------------------------------------------------------------------------


def test_the_grey_secondary_text_of_the_default_palette_is_made_readable():
    grey = QPalette(QApplication.palette())
    grey.setColor(QPalette.ColorRole.Window, QColor("#efefef"))
    grey.setColor(QPalette.ColorRole.PlaceholderText, QColor("#777777"))
    assert contrast(QColor("#777777"), QColor("#efefef")) < AA  # about 3.9:1, as Fusion draws it
    fixed = readable(grey)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        placeholder = fixed.color(group, QPalette.ColorRole.PlaceholderText)
        assert contrast(placeholder, fixed.color(group, QPalette.ColorRole.Window)) >= AA
    assert fixed.color(QPalette.ColorRole.Text) == grey.color(QPalette.ColorRole.Text)  # readable already: kept


@pytest.mark.parametrize("mode", ["normal", "presentation"])
def test_every_text_colour_meets_aa_in_both_palettes(window, mode):
    if mode == "presentation":
        window.commands.presentation.trigger()
    palette = QApplication.palette()
    ratio = 7.0 if mode == "presentation" else AA
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, grounds in TEXT_ON.items():
            for ground in grounds:
                found = contrast(palette.color(group, text), palette.color(group, ground))
                assert found >= ratio, (mode, group, text, ground, round(found, 2))
        selected = contrast(
            palette.color(group, QPalette.ColorRole.HighlightedText), palette.color(group, QPalette.ColorRole.Highlight)
        )
        assert selected >= AA, (mode, group)
    for ground in (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.AlternateBase):
        assert contrast(WARNING, palette.color(ground)) >= AA  # "Not saved", "Sensitive" in dark red
    if mode == "presentation":
        window.commands.presentation.trigger()


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


def test_chinese_can_be_drawn_even_where_the_system_has_no_font_for_it(window):
    from PySide6.QtGui import QFontDatabase

    from assess.ui.look import cjk_font, shipped_cjk_font

    assert shipped_cjk_font() is not None  # WenQuanYi Micro Hei, shipped with the reports
    assert cjk_font()
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems()
