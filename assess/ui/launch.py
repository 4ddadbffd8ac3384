"""The first moments of the desktop app: a window on screen at once, the rest loaded behind it.

``assess`` and ``assess demo`` call :func:`run_app`. It imports nothing but Qt and a few small
modules of ours, shows a :class:`StartingWindow` (the app's window, saying what it is opening)
and, once that has been painted, imports the data layer and the full window
(:mod:`assess.ui.app`), makes the demo copy if asked, opens the database and puts the full window
where the starting one stands. Importing SQLAlchemy and our services takes longer than Python and
Qt together, which is why the user is not made to wait for it in front of an empty screen.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QSize, QTimer, QTranslator
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from assess import __version__
from assess.ui import first_paint, languages, look, settings
from assess.urls import shown_url

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow

_translators: list[QTranslator] = []
_installed: list[str] = []  # the language whose translations are installed now


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        look.install(existing)
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Assess")
    app.setApplicationDisplayName("Assess")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Assess")
    look.install(app)
    first_paint.report_if_asked(app)
    return app


def install_translations(app: QApplication, lang: str) -> str:
    """Qt's own texts and ours in ``lang`` (a code such as "fr", "fr_CA" or "zh_CN"), its locale's formats,
    and the right-to-left layout for Arabic; the language code the window then uses ("fr", "zh")."""
    code = languages.normalise(lang) or "en"
    if _installed == [code]:  # the starting window installed it; the full window asks again
        return code
    locale = languages.locale_for(code)
    QLocale.setDefault(locale)
    _installed[:] = [code]
    while _translators:
        app.removeTranslator(_translators.pop())
    if code != "en":
        qt = QTranslator(app)
        if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
    ours = QTranslator(app)  # in English: the singular and plural of the messages with a count
    if ours.load(languages.translation_file(code), str(languages.TRANSLATIONS)):
        app.installTranslator(ours)
        _translators.append(ours)
    right_to_left = languages.right_to_left(code)
    if right_to_left != app.isRightToLeft():
        # QtCore.Qt only here: PySide builds that namespace of flags (about 12 ms) when it is first named,
        # which an English or French start need not wait for
        direction = QtCore.Qt.LayoutDirection
        app.setLayoutDirection(direction.RightToLeft if right_to_left else direction.LeftToRight)
    return code


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """An error nobody caught: log it, and tell the user calmly where the details are. Never a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    from assess.logs import log_unexpected  # here, not above: the first window must not wait for them
    from assess.ui import dialogs

    exc.__traceback__ = tb
    path = log_unexpected(exc)
    with contextlib.suppress(Exception):  # if even the message fails, the log still holds the details
        dialogs.unexpected(QApplication.activeWindow(), path)


class StartingWindow(QMainWindow):
    """The app's window while the rest of the program loads: where the full window will stand, saying
    what it opens. Once painted it calls ``then`` (once)."""

    def __init__(self, message: str, then: Callable[[], None], *, present: bool = False) -> None:
        super().__init__()
        self.setObjectName("startingWindow")
        self.setWindowTitle("Assess")
        self._then: Callable[[], None] | None = then
        self.window_opened: MainWindow | None = None  # the full window, once it stands in this one's place
        label = QLabel(message)
        label.setObjectName("startingMessage")
        label.setStyleSheet("qproperty-alignment: AlignCenter;")  # not Qt.AlignmentFlag: see install_translations
        label.setWordWrap(True)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * (1.8 if present else 1.4))
        label.setFont(font)
        self.setCentralWidget(label)
        self.resize(first_size())
        geometry = settings.layout("geometry")  # where the full window was last: it will open there
        if geometry is not None:
            self.restoreGeometry(geometry)
        # should the window never be painted (minimised, no screen), go on all the same
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._go_on)
        self._fallback.start(500)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._then is not None:
            QTimer.singleShot(0, self._go_on)  # after this paint pass, when the event loop is idle again

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._then is not None:  # closed by the user before the rest was loaded: do not open it after all
            self._then = None
            self._fallback.stop()
            QApplication.quit()
        super().closeEvent(event)

    def _go_on(self) -> None:
        self._fallback.stop()
        then, self._then = self._then, None
        if then is not None:
            then()


class _FirstPaint(QObject):
    """Calls ``then`` once, when the event loop is idle after the first paint of ``window`` (or after
    ``FALLBACK_MS`` should it never be painted: minimised, no screen)."""

    FALLBACK_MS = 500

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._go_on)
        self._fallback.start(self.FALLBACK_MS)
        self._app = application()
        self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._then is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._app.removeEventFilter(self)
            QTimer.singleShot(0, self, self._next_turn)  # after this paint pass, when the event loop is idle again
        return False

    def _next_turn(self) -> None:
        # one more turn of the event loop: what the paint itself left to do (the rest of the window's
        # updates, the start-up report of assess/ui/first_paint.py) goes first
        QTimer.singleShot(0, self, self._go_on)

    def _go_on(self) -> None:
        self._fallback.stop()
        self._app.removeEventFilter(self)
        then, self._then = self._then, None
        if then is not None and self._window.isVisible():
            then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Run ``then`` once ``window`` has been painted (not at all if it was closed first): what the user does
    not need to start working waits until the window they work in is on screen."""
    _FirstPaint(window, then)


def first_size() -> QSize:
    """The window's size on a first start: 1360 x 860, or less on a smaller screen (a 1280 x 800 laptop)."""
    wanted = QSize(1360, 860)
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() * 0.95)


def opening_message(db: str | None, *, demo: bool) -> str:
    if demo:
        return QCoreApplication.translate("launch", "Opening the demo assessment…")
    if db:
        name = shown_url(db) if "://" in db else Path(db).name  # never a password on screen
        return QCoreApplication.translate("launch", "Opening {name}…").format(name=name)
    return QCoreApplication.translate("launch", "Opening Assess…")


def begin(
    db: str | None,
    *,
    lang: str | None,
    demo: bool,
    present: bool,
    on_failure: Callable[[], None] | None = None,
) -> StartingWindow:
    """Show the starting window now; once it is painted, load the rest and put the full window in its place.

    ``demo``: ``db`` is None and a fresh throwaway copy of the demo is made then. ``on_failure`` is
    called if the full window could not be made (the reason has been shown); by default the app quits
    with status 1.
    """
    app = application()
    code = install_translations(app, languages.chosen(lang))

    def failed() -> None:
        if on_failure is not None:
            on_failure()
        else:
            app.exit(1)

    def go_on() -> None:
        window = _full_window(starting, db, code, demo=demo, present=present)
        starting.close()  # hidden; freed with the last reference to it
        if window is None:
            failed()
            return
        starting.window_opened = window
        window.raise_()
        window.activateWindow()

    starting = StartingWindow(opening_message(db, demo=demo), go_on, present=present)
    starting.show()
    return starting


def _full_window(
    starting: StartingWindow, db: str | None, code: str, *, demo: bool, present: bool
) -> MainWindow | None:
    """The full window on ``db`` (a new demo copy for ``demo``), or None after telling the user why not."""
    try:
        from assess.ui import app as full

        if demo:
            from assess import demo as demo_data

            db = str(demo_data.open_demo_copy())
        return full.start(db, lang=code, demo=demo, present=present)
    except Exception as exc:
        from assess.ui import errors

        errors.show(starting, errors.for_user(exc, shown_url(db or "")))
        return None


def run_app(db: str | None, *, lang: str | None, demo: bool, present: bool) -> int:
    """Run the desktop app until its window is closed (or Ctrl+C or SIGTERM closes it); the exit status."""
    from assess.ui.termination import ended_by_signals

    app = application()
    previous = sys.excepthook
    sys.excepthook = excepthook
    try:
        with ended_by_signals(app):
            starting = begin(
                db, lang=lang, demo=demo, present=present
            )  # held here: a window nobody holds is deleted with its object
            code = app.exec()
        from assess.ui.main_window import MainWindow

        for window in app.topLevelWidgets():  # whatever ended the loop, the throwaway demo copies go
            if isinstance(window, MainWindow):
                window.databases.close()
        del starting
        return code
    finally:
        sys.excepthook = previous
