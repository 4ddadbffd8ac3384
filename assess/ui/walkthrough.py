"""The first-run walkthrough: five short pages on the workflow, from the pillars to the printed report.

It opens on the first start (until the user ticks "Don't show this again" or reads to the end) and
from Help > Walkthrough. It is not modal: a trainer can leave it open beside the window and try each
step as it is explained.
"""

from __future__ import annotations

import html
import shlex

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assess.paths import default_database
from assess.ui import formats, settings


class Walkthrough(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkthrough")
        self.setWindowTitle(self.tr("Walkthrough"))
        self.setModal(False)
        self.heading = QLabel()
        self.heading.setObjectName("walkthroughHeading")
        self.heading.setWordWrap(True)
        self.pages = QStackedWidget()
        self.step = QLabel()
        self.step.setObjectName("walkthroughStep")
        self.never = QCheckBox(self.tr("&Don't show this again when Assess starts"))
        self.back = QPushButton(self.tr("&Back"))
        self.next = QPushButton(self.tr("&Next"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.back.clicked.connect(lambda: self.go(self.pages.currentIndex() - 1))
        self.next.clicked.connect(self._next)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.step)
        buttons.addStretch(1)
        for button in (self.back, self.next, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.never)
        layout.addLayout(buttons)
        self.titles: list[str] = []
        self.resize(640, 440)

    # --- the pages ------------------------------------------------------------------------------------------

    def _texts(self, assessment_id: int | None) -> list[tuple[str, str]]:
        window = self.parent()
        lang = getattr(window, "lang", "en")
        database = getattr(window, "database", None)
        command = ["assess"]
        if database and database != str(default_database()):
            command += ["--db", database]
        command += ["--lang", lang, "report", str(assessment_id or 1), "--out", "gap-report.pdf"]
        line = shlex.join(command)
        return [
            (
                self.tr("Pillars and measures"),
                self.tr(
                    "<p>The checklist is the UNODC Framework for Action: five <b>pillars</b> (prosecution, "
                    "protection, prevention, national cooperation and coordination, international cooperation and "
                    "coordination), each made of <b>measures</b>, and the 23 <b>recommendations</b> of the Working "
                    "Group on Trafficking in Persons.</p>"
                    "<p>They are in the tree on the left, each with its state and its scores. The guiding principles "
                    "and cross-cutting challenges are there too, as context: they are not scored.</p>"
                    "<p>Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow "
                    "the tree; Ctrl+PgDown moves to the next item.</p>"
                ),
            ),
            (
                self.tr("Scoring an item"),
                self.tr(
                    "<p>Each item gets two scores on the same scale, from 0 (not in place) to 4 (fully in place): "
                    "<b>in law and institutions</b> (is the legal and institutional basis there?) and <b>in "
                    "practice</b> (is it implemented and working?). The two often differ: that is the point.</p>"
                    "<p>If an item does not apply to your country, tick <b>N/A</b> and say why: an N/A needs a "
                    "justification.</p>"
                    "<p>Below the scores, write the rationale, the responsible institutions, the priority, a target "
                    "date, the next action and the technical assistance needed. Every change is saved the moment "
                    "you make it; Edit &gt; Undo takes it back.</p>"
                ),
            ),
            (
                self.tr("Evidence"),
                self.tr(
                    "<p>The <b>Evidence</b> tab under the item holds what the scores rest on: files (laws, "
                    "circulars, statistics, memoranda of understanding), links and legal citations.</p>"
                    "<p>Add files with <b>Add files…</b> or drag them onto the item. They are stored inside the "
                    "database and checked by their SHA-256 fingerprint. Mark a file <b>sensitive</b> when it "
                    "names victims or shelters: it is then left out of the reports unless you ask for it.</p>"
                ),
            ),
            (
                self.tr("Gaps and the overview"),
                self.tr(
                    "<p>An item is a <b>gap</b> when the lower of its two scores is below the target. Choose "
                    "<b>Gaps</b> in the state filter to see only those.</p>"
                    "<p>View &gt; Overview (Ctrl+2) shows how far the assessment has come, the mean scores of "
                    "each pillar in law and in practice against the target, and the largest gaps by priority; "
                    "click a gap to open the item.</p>"
                ),
            ),
            (
                self.tr("Printing the report"),
                self.tr(
                    "<p>The gap report (PDF) lists the gaps by priority, the action plan by institution, the "
                    "technical assistance needed and the evidence, with the methodology. <b>File &gt; Export "
                    "report…</b> (Ctrl+E) writes it in the window's language: choose PDF, a Word document to edit "
                    "or an Excel workbook with the action plan, and a previous round to report progress against.</p>"
                    "<p>The same report from the command line, for instance in a script:</p>"
                    "<p><code>{command}</code></p>"
                    "<p>When the team agrees, Assessment &gt; Mark final takes the DRAFT mark off the report.</p>"
                ).format(command=html.escape(line)),
            ),
        ]

    def start(self, assessment_id: int | None = None) -> None:
        """Open (or bring forward) the walkthrough at its first page."""
        while self.pages.count():
            page = self.pages.widget(0)
            if page is None:
                break
            self.pages.removeWidget(page)
            page.deleteLater()
        self.titles = []
        for title, text in self._texts(assessment_id):
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.pages.addWidget(label)
            self.titles.append(title)
        self.never.setChecked(not settings.walkthrough_pending())
        self.go(0)
        self.show()
        self.raise_()
        self.activateWindow()

    def go(self, index: int) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.pages.setCurrentIndex(index)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setText(self.titles[index])
        self.step.setText(
            self.tr("Step {number} of {total}").format(
                number=formats.number(index + 1), total=formats.number(self.pages.count())
            )
        )
        self.back.setEnabled(index > 0)
        last = index == self.pages.count() - 1
        self.next.setText(self.tr("&Done") if last else self.tr("&Next"))
        self.next.setDefault(True)
        self.next.setFocus()

    def _next(self) -> None:
        if self.pages.currentIndex() == self.pages.count() - 1:
            self.never.setChecked(True)  # read to the end: not shown at start again
            self.close()
        else:
            self.go(self.pages.currentIndex() + 1)

    def done(self, result: int) -> None:
        settings.set_walkthrough_pending(not self.never.isChecked())
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.set_walkthrough_pending(not self.never.isChecked())
        super().closeEvent(event)
