"""The full window: :func:`start` builds and shows it on a database without running the event loop
(tests call it; :mod:`assess.ui.launch` calls it once its starting window is painted), and
:func:`relaunch` makes it again in another language.
"""

from __future__ import annotations

from pathlib import Path

from assess.paths import default_database
from assess.ui import languages, settings
from assess.ui.edits import saved_or_given_up
from assess.ui.evidence_io import clear_opened
from assess.ui.launch import application, excepthook, install_translations
from assess.ui.main_window import MainWindow

__all__ = ["application", "excepthook", "install_translations", "relaunch", "start"]


def start(
    db: str | None,
    *,
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
    window = MainWindow(code, relaunch=relaunch)
    if present:
        window.workshop.set_presentation(True, remember=False)
    databases = window.databases
    if db is not None and demo:
        databases.open_demo_copy(db)
    elif db is not None:
        databases.open_database(db)
    else:
        last = settings.last_database()
        if last and (Path(last).exists() or "://" in last):
            databases.open_database(last)
        else:
            databases.open_database(str(default_database()))
    window.show()
    if settings.walkthrough_pending() if walkthrough is None else walkthrough:
        window.workshop.show_walkthrough()
    return window


def relaunch(old: MainWindow, lang: str) -> MainWindow | None:
    """The window again in another language, on the same database, assessment and item; None if the
    last edit could not be saved (the old window then stays as it was).

    The old window hands its throwaway demo copy over, so the demo is not deleted when it closes.
    """
    if not saved_or_given_up(old, old.edits):
        return None
    app = application()
    old.workshop.normal_look()  # the new window takes the normal look as its own, then presents like the old one
    old.save_layout()  # the new window lays itself out the same way
    code = install_translations(app, lang)
    window = MainWindow(code, relaunch=relaunch)
    database, demo, item = old.databases.database, old.databases.demo, old.navigator.current_code()
    assessment = old.workspace.assessment_id
    presenting = old.workshop.presenting
    filters, tab, lower_tab = old.navigator.filter_state(), old.tabs.currentIndex(), old.item_page.tabs.currentIndex()
    window.databases.demo_copies = old.databases.hand_over_demo()
    window.restoreGeometry(old.saveGeometry())
    if database is not None:
        window.databases.open_database(database, remember=not demo, open_last=False)
        window.databases.open_assessment(assessment)
        window.navigator.set_filter_state(filters)
        if item:
            window.go_to(item)
        window.tabs.setCurrentIndex(tab)
        window.item_page.tabs.setCurrentIndex(lower_tab)
    window.show()
    old.close()
    window.workshop.set_presentation(presenting, remember=False)  # closing the old window put the normal look back
    window.raise_()
    window.activateWindow()
    return window
