"""Help > Open the log folder and Help > About Assess (the walkthrough is with the workshop commands)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from assess.logs import log_file
from assess.ui import dialogs

translate = QCoreApplication.translate


class HelpCommands(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window

    def open_log_folder(self) -> None:
        folder = log_file().parent
        folder.mkdir(parents=True, exist_ok=True)
        dialogs.open_external(folder)

    def about(self) -> None:
        from assess import __version__

        dialogs.info(
            self.window,
            translate("MainWindow", "About Assess"),
            translate(
                "MainWindow",
                "Assess {version}: a self-assessment of national implementation of the UN Trafficking in "
                "Persons Protocol, on the UNODC Framework for Action and the Working Group recommendations.\n\n"
                "It works fully offline. Problems are logged to {log}.",
            ).format(version=__version__, log=log_file()),
        )
