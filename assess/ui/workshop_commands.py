"""What the window offers for workshops and for readers of other languages: presentation mode (larger
type and a high-contrast palette for a projector), Demo > Reset, the language menu and the first-run
walkthrough.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTranslator, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from assess.ui import dialogs, errors, languages, settings
from assess.ui.database_commands import DatabaseCommands, remove_demo_copy
from assess.ui.look import high_contrast
from assess.ui.workspace import Workspace

if TYPE_CHECKING:
    from assess.ui.walkthrough import Pictures, Walkthrough

translate = QCoreApplication.translate

PRESENTATION_SCALE = 1.5

# Said in the language just chosen (see in_language), so that the reader who chose it can read it.
LANGUAGE = str(QT_TRANSLATE_NOOP("MainWindow", "Language"))
LANGUAGE_LATER = str(QT_TRANSLATE_NOOP("MainWindow", "Assess will be in {language} the next time it starts."))


class WorkshopCommands(QObject):
    presentationChanged = Signal(bool)  # presentation mode was turned on or off
    languageShown = Signal(str)  # the language the window is in (after the user picked one)

    def __init__(
        self,
        window: QWidget,
        workspace: Workspace,
        databases: DatabaseCommands,
        *,
        lang: str,
        relaunch: Callable[[str], bool] | None = None,
        pictures: Pictures | None = None,
    ) -> None:
        """``relaunch(code)`` makes the window again in another language (False if it could not); ``pictures()``
        gives the parts of the window the walkthrough shows beside its pages."""
        super().__init__(window)
        self.window, self.workspace, self.databases = window, workspace, databases
        self.lang, self.relaunch = lang, relaunch
        self.pictures: Pictures = pictures or dict
        self.base_font = QFont(QApplication.font())
        self.base_palette = QPalette(QApplication.palette())
        self.presenting = False
        self.walkthrough: Walkthrough | None = None

    # --- presentation mode ----------------------------------------------------------------------------------

    def set_presentation(self, on: bool, *, remember: bool = True) -> None:
        """Larger type and high contrast for a projector (View > Presentation mode); remembered for next time."""
        self.presenting = on
        font = QFont(self.base_font)
        if on:
            font.setPointSizeF(font.pointSizeF() * PRESENTATION_SCALE)
        QApplication.setFont(font)
        QApplication.setPalette(high_contrast(self.base_palette) if on else self.base_palette)
        if remember:
            settings.set_presentation_mode(on)
        self.presentationChanged.emit(on)

    def normal_look(self) -> None:
        """The type and colours the application had before this window changed them."""
        QApplication.setFont(self.base_font)
        QApplication.setPalette(self.base_palette)

    # --- the demo -------------------------------------------------------------------------------------------

    def reset_demo(self) -> bool:
        """Demo > Reset: a fresh copy of the demo in place of this one, after asking; the old copy is deleted."""
        databases = self.databases
        if not databases.demo:
            return False
        if not dialogs.confirm(
            self.window,
            translate("MainWindow", "Reset the demo"),
            translate(
                "MainWindow",
                "Put the demo back as it was? Every change made to it since it opened (scores, notes, evidence) "
                "is thrown away. Your own databases are not touched.",
            ),
            translate("MainWindow", "Reset the demo"),
        ):
            return False
        try:
            from assess import demo

            fresh = str(Path(demo.open_demo_copy()).resolve())
        except Exception as exc:
            errors.show(self.window, exc, translate("MainWindow", "Cannot reset the demo"))
            return False
        old = databases.database
        if not databases.open_demo_copy(fresh):
            databases.demo_copies.discard(fresh)
            remove_demo_copy(fresh)
            return False
        if old is not None and old != fresh:
            databases.demo_copies.discard(old)
            remove_demo_copy(old)
        self.workspace.say(translate("MainWindow", "The demo is back as it was."))
        return True

    # --- language -------------------------------------------------------------------------------------------

    def choose_language(self, code: str) -> None:
        """View > Language: remembered for next time, and the window shown again in it at once."""
        settings.set_language(code)
        if code == self.lang:
            self.languageShown.emit(code)
            return
        if self.relaunch is None or not self.relaunch(code):
            self.languageShown.emit(self.lang)
            dialogs.info(
                self.window,
                in_language(code, LANGUAGE),
                in_language(code, LANGUAGE_LATER).format(language=languages.LANGUAGES.get(code, code)),
            )

    # --- the walkthrough ------------------------------------------------------------------------------------

    def show_walkthrough(self) -> None:
        """Help > Walkthrough (and the first start): the short tour of the workflow."""
        from assess.ui.walkthrough import Context, Walkthrough

        if self.walkthrough is None:
            self.walkthrough = Walkthrough(self.window, self.pictures)
            self.walkthrough.finished.connect(self._walkthrough_closed)
        self.walkthrough.start(Context(self.lang, self.databases.database, self.workspace.assessment_id))

    def bring_walkthrough_forward(self) -> None:
        """The window was raised (at start): the walkthrough goes back above it."""
        if self.walkthrough is not None:
            self.walkthrough.bring_forward()

    def _walkthrough_closed(self) -> None:
        if self.walkthrough is not None:
            self.walkthrough.deleteLater()
            self.walkthrough = None

    def close(self) -> None:
        """The window closes: the walkthrough with it, and the application's look as it was."""
        if self.walkthrough is not None:
            self.walkthrough.close()
        self.normal_look()


def in_language(code: str, source: str) -> str:
    """``source`` (a message of the MainWindow context) in the language ``code``, whatever the window's language."""
    translator = QTranslator()
    if code != "en" and translator.load(languages.translation_file(code), str(languages.TRANSLATIONS)):
        return translator.translate("MainWindow", source) or source
    return source
