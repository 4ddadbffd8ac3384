"""Which command each item of the main window's menus carries out.

The actions (:mod:`assess.ui.menus`) only say what the user asked for; here each is connected to the object of
the window that carries it out: a group of commands (databases, assessments, judgement, reports, parts sent,
contributions imported, backups, workshops, help) or the window itself (undo, moving between items and panes,
closing).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from assess.ui.navigator import Direction

if TYPE_CHECKING:
    from assess.ui.main_window import MainWindow


def connect_menus(window: MainWindow) -> None:
    """Connect every action of ``window.commands`` to what carries it out, and the language and presentation
    actions both ways (the workshop's commands check the action of what is shown)."""
    a, databases, assessments, workshop = window.commands, window.databases, window.assessments, window.workshop
    for action, slot in (
        (a.new_assessment, assessments.new_assessment),
        (a.new_round, assessments.new_round),
        (a.new_database, assessments.new_database),
        (a.rename, assessments.rename),
        (a.mark_final, window.judgement.approve),
        (a.reopen, window.judgement.reopen),
        (a.targets, window.judgement.edit_targets),
        (a.methodology, window.judgement.edit_methodology),
        (a.open_database, databases.choose_database),
        (a.open_shared_database, databases.open_shared_database),
        (a.open_demo, databases.open_demo),
        (a.export_report, window.reports.export_report),
        (a.send_part, window.parts.send_part),
        (a.import_contribution, window.imports.import_contribution),
        (a.back_up, window.backups.back_up),
        (a.restore, window.backups.restore_backup),
        (a.reset_demo, workshop.reset_demo),
        (a.walkthrough, workshop.show_walkthrough),
        (a.close_window, window.close),
        (a.quit, window.close),
        (a.undo, window.undo),
        (a.redo, window.redo),
        (a.find, window.focus_filter),
        (a.next_item, lambda: window.step(Direction.NEXT)),
        (a.previous_item, lambda: window.step(Direction.PREVIOUS)),
        (a.show_item, window.show_item_tab),
        (a.show_overview, window.show_overview_tab),
        (a.next_pane, window.next_pane),
        (a.shortcuts, window.help.show_shortcuts),
        (a.open_logs, window.help.open_log_folder),
        (a.about, window.help.about),
    ):
        action.triggered.connect(_ignoring_checked(slot))
    a.presentation.triggered.connect(workshop.set_presentation)
    a.show_navigator.triggered.connect(window.show_navigator)
    workshop.presentationChanged.connect(a.presentation.setChecked)
    for code, action in a.language.items():
        action.triggered.connect(_ignoring_checked(partial(workshop.choose_language, code)))
    workshop.languageShown.connect(a.check_language)
    a.check_language(window.lang)


def _ignoring_checked(slot: Callable[[], object]) -> Callable[..., None]:
    """A slot for ``triggered``, which passes whether the action is checked to those that take it."""

    def run(*_checked: object) -> None:
        slot()

    return run
