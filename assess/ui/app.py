"""Starting the desktop app: the QApplication, translations, the error hook, and the first window.

:func:`start` builds and shows the window without running the event loop (tests call it);
:func:`run_app` is what ``assess`` and ``assess demo`` call.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from assess import __version__
from assess.logs import log_unexpected
from assess.paths import default_database
from assess.ui import dialogs, settings
from assess.ui.evidence_io import clear_opened
from assess.ui.main_window import MainWindow

RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}
TRANSLATIONS = Path(__file__).with_name("translations")
_translators: list[QTranslator] = []


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Assess")
    app.setApplicationDisplayName("Assess")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Assess")
    return app


def install_translations(app: QApplication, lang: str) -> None:
    """Qt's own texts and ours in ``lang`` when they exist; right-to-left layout for Arabic and the like."""
    base = lang.split("-")[0].lower()
    QLocale.setDefault(QLocale(lang))
    while _translators:
        app.removeTranslator(_translators.pop())
    for name, folder in (
        (f"qtbase_{base}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"assess_{base}", str(TRANSLATIONS)),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _translators.append(translator)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if base in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight)


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An error nobody caught: log it, and tell the user calmly where the details are. Never a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    exc.__traceback__ = tb
    path = log_unexpected(exc)
    with contextlib.suppress(Exception):  # if even the message fails, the log still holds the details
        dialogs.unexpected(QApplication.activeWindow(), path)


def start(db: str | None, lang: str = "en", demo: bool = False, present: bool = False) -> MainWindow:
    """Build the window, open the database (the given one, else the last one used) and show it."""
    app = application()
    install_translations(app, lang)
    clear_opened()
    window = MainWindow(lang)
    if present:
        window.set_presentation(True, remember=False)
    if db is not None and demo:
        window.open_demo_copy(db)
    elif db is not None:
        window.open_database(db)
    else:
        last = settings.last_database()
        if last and (Path(last).exists() or "://" in last):
            window.open_database(last)
        else:
            window.open_database(str(default_database()))
    window.show()
    return window


def run_app(db: str | None, lang: str, demo: bool, present: bool) -> int:
    """Run the desktop app until its window is closed; the exit status."""
    app = application()
    previous = sys.excepthook
    sys.excepthook = excepthook
    try:
        window = start(db, lang, demo, present)
        window.raise_()
        return app.exec()
    finally:
        sys.excepthook = previous
