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
from assess.ui import dialogs, languages, settings
from assess.ui.evidence_io import clear_opened
from assess.ui.main_window import MainWindow

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


def install_translations(app: QApplication, lang: str) -> str:
    """Qt's own texts and ours in ``lang`` (a code such as "fr", "fr_CA" or "zh_CN"), its locale's formats,
    and the right-to-left layout for Arabic; the language code the window then uses ("fr", "zh")."""
    code = languages.normalise(lang) or "en"
    locale = languages.locale_for(code)
    QLocale.setDefault(locale)
    while _translators:
        app.removeTranslator(_translators.pop())
    if code != "en":
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
        ours = QTranslator(app)
        if ours.load(languages.translation_file(code), str(languages.TRANSLATIONS)):
            app.installTranslator(ours)
            _translators.append(ours)
    right_to_left = languages.right_to_left(code)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    return code


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An error nobody caught: log it, and tell the user calmly where the details are. Never a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    exc.__traceback__ = tb
    path = log_unexpected(exc)
    with contextlib.suppress(Exception):  # if even the message fails, the log still holds the details
        dialogs.unexpected(QApplication.activeWindow(), path)


def start(
    db: str | None,
    lang: str | None = None,
    demo: bool = False,
    present: bool = False,
    walkthrough: bool | None = None,
) -> MainWindow:
    """Build the window, open the database (the given one, else the last one used) and show it.

    ``lang`` None: the language picked in the window, else the system's. ``walkthrough`` None: open the
    first-run walkthrough unless the user has said not to show it again.
    """
    app = application()
    code = install_translations(app, languages.chosen(lang))
    clear_opened()
    window = MainWindow(code)
    window.relaunch = relaunch
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
    if settings.walkthrough_pending() if walkthrough is None else walkthrough:
        window.show_walkthrough()
    return window


def relaunch(old: MainWindow, lang: str) -> MainWindow | None:
    """The window again in another language, on the same database, assessment and item; None if the
    last edit could not be saved (the old window then stays as it was).

    The old window hands its throwaway demo copy over, so the demo is not deleted when it closes.
    """
    if not old.flush():
        return None
    app = application()
    old.normal_look()  # the new window takes the normal look as its own, then presents like the old one
    code = install_translations(app, lang)
    window = MainWindow(code)
    window.relaunch = relaunch
    database, demo, item = old.database, old.demo, old.navigator.current_code()
    assessment = old.workspace.assessment_id
    presenting = old.commands.presentation.isChecked()
    window.demo_copies, old.demo_copies = set(old.demo_copies), set()
    old.save_layout()
    window.restoreGeometry(old.saveGeometry())
    if database is not None:
        window.open_database(database, remember=not demo, open_last=False)
        window.open_assessment(assessment)
        if item:
            window.go_to(item)
    window.show()
    old.close()
    window.set_presentation(presenting, remember=False)  # closing the old window put the normal look back
    window.raise_()
    window.activateWindow()
    return window


def run_app(db: str | None, lang: str | None, demo: bool, present: bool) -> int:
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
