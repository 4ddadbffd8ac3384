"""What the main window offers for workshops and for readers of other languages: presentation mode
(larger type and a high-contrast palette for a projector), Demo > Reset, the language menu and the
first-run walkthrough.

A mixin of :class:`assess.ui.main_window.MainWindow`, kept apart so that each module has one job.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from assess.ui import dialogs, errors, languages, settings

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow

PRESENTATION_SCALE = 1.5

# Black on white, with dark "muted" text and a strong selection: the look that carries best across a room
# on a washed-out projector. Every pair of text and background colours here has a contrast of at least 7:1.
HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#ffffff",
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#edf1f6",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.PlaceholderText: "#333333",
    QPalette.ColorRole.Button: "#f0f0f0",
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#003a8c",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0033aa",
    QPalette.ColorRole.LinkVisited: "#5b1a8f",
    QPalette.ColorRole.ToolTipBase: "#fff7c2",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#cfcfcf",
    QPalette.ColorRole.Mid: "#767676",
    QPalette.ColorRole.Dark: "#3c3c3c",
    QPalette.ColorRole.Shadow: "#000000",
}
DISABLED_TEXT = "#4d4d4d"

# Said in the language just chosen (see in_language), so that the reader who chose it can read it.
LANGUAGE = QT_TRANSLATE_NOOP("MainWindow", "Language")
LANGUAGE_LATER = QT_TRANSLATE_NOOP("MainWindow", "Assess will be in {language} the next time it starts.")


def high_contrast(base: QPalette) -> QPalette:
    """``base`` with the high-contrast colours of presentation mode."""
    palette = QPalette(base)
    for role, colour in HIGH_CONTRAST.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(DISABLED_TEXT))
    return palette


class WorkshopCommands:
    # --- presentation mode ----------------------------------------------------------------------------------

    def set_presentation(self: MainWindow, on: bool | None = None, remember: bool = True) -> None:
        """Larger type and high contrast for a projector (View > Presentation mode); remembered for next time."""
        on = self.commands.presentation.isChecked() if on is None else on
        self.commands.presentation.setChecked(on)
        font = QFont(self.base_font)
        if on:
            font.setPointSizeF(font.pointSizeF() * PRESENTATION_SCALE)
        QApplication.setFont(font)
        QApplication.setPalette(high_contrast(self.base_palette) if on else self.base_palette)
        if remember:
            settings.set_presentation_mode(on)

    def normal_look(self: MainWindow) -> None:
        """The type and colours the application had before this window changed them."""
        QApplication.setFont(self.base_font)
        QApplication.setPalette(self.base_palette)

    # --- the demo -------------------------------------------------------------------------------------------

    def reset_demo(self: MainWindow) -> bool:
        """Demo > Reset: a fresh copy of the demo in place of this one, after asking; the old copy is deleted."""
        if not self.demo:
            return False
        if not dialogs.confirm(
            self,
            QCoreApplication.translate("MainWindow", "Reset the demo"),
            QCoreApplication.translate(
                "MainWindow",
                "Put the demo back as it was? Every change made to it since it opened (scores, notes, evidence) "
                "is thrown away. Your own databases are not touched.",
            ),
            QCoreApplication.translate("MainWindow", "Reset the demo"),
        ):
            return False
        self.flush()
        try:
            from assess import demo

            fresh = str(Path(demo.open_demo_copy()).resolve())
        except Exception as exc:
            errors.show(self, exc, QCoreApplication.translate("MainWindow", "Cannot reset the demo"))
            return False
        old = self.database
        if not self.open_demo_copy(fresh):
            self.demo_copies.discard(fresh)
            return False
        if old is not None and old != fresh:
            from assess.ui.main_window import remove_demo_copy

            self.demo_copies.discard(old)
            remove_demo_copy(old)
        self.workspace.saved.emit(QCoreApplication.translate("MainWindow", "The demo is back as it was."))
        return True

    # --- language -------------------------------------------------------------------------------------------

    def choose_language(self: MainWindow, code: str) -> None:
        """View > Language: remembered for next time, and the window shown again in it at once."""
        settings.set_language(code)
        if code == self.lang:
            self.commands.check_language(code)
            return
        if self.relaunch is None or self.relaunch(self, code) is None:
            self.commands.check_language(self.lang)
            dialogs.info(
                self,
                in_language(code, LANGUAGE),
                in_language(code, LANGUAGE_LATER).format(language=languages.LANGUAGES.get(code, code)),
            )

    # --- the walkthrough ------------------------------------------------------------------------------------

    def show_walkthrough(self: MainWindow) -> None:
        """Help > Walkthrough (and the first start): the short tour of the workflow."""
        from assess.ui.walkthrough import Walkthrough

        if self.walkthrough is None:
            self.walkthrough = Walkthrough(self)
            self.walkthrough.finished.connect(self._walkthrough_closed)
        self.walkthrough.start(self.workspace.assessment_id)

    def _walkthrough_closed(self: MainWindow) -> None:
        if self.walkthrough is not None:
            self.walkthrough.deleteLater()
            self.walkthrough = None


def in_language(code: str, source: str) -> str:
    """``source`` (a message of the MainWindow context) in the language ``code``, whatever the window's language."""
    translator = QTranslator()
    if code != "en" and translator.load(languages.translation_file(code), str(languages.TRANSLATIONS)):
        return translator.translate("MainWindow", source) or source
    return source
