"""The first-run walkthrough: short pages on the workflow, from the pillars to the printed report, each beside a
picture of the part of the window it describes, taken from the window as it is.

It opens on the first start (until the user ticks "Don't show this again" or reads to the end) and
from Help > Walkthrough. It is a dialog of the main window (kept above it, not modal): a trainer can leave it
open beside the window and try each step as it is explained. Its pages follow what is on screen: before an
assessment is open, it starts with the welcome page and says where the tree will be.
"""

from __future__ import annotations

import html
import shlex
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QPixmap
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

PICTURE_WIDTH, PICTURE_HEIGHT = 340, 360
Pictures = Callable[[], dict[str, QWidget]]  # the parts of the window on screen now, by name


@dataclass(frozen=True)
class Context:
    """What the pages speak of: the window's language, its database and assessment (None: the welcome page)."""

    lang: str
    database: str | None
    assessment_id: int | None


@dataclass(frozen=True)
class Page:
    title: str
    text: str  # rich text
    picture: str | None  # the part of the window shown beside it (a key of the pictures), if any


class Walkthrough(QDialog):
    def __init__(self, parent: QWidget, pictures: Pictures) -> None:
        super().__init__(parent)
        self.setObjectName("walkthrough")
        self.setWindowTitle(self.tr("Walkthrough"))
        self.setModal(False)
        self.pictures = pictures
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
        self.shown: list[Page] = []
        self.resize(760, 460)

    # --- the pages ------------------------------------------------------------------------------------------

    def _report_command(self, context: Context) -> str:
        command = ["assess"]
        if context.database and context.database != str(default_database()):
            command += ["--db", context.database]
        command += ["--lang", context.lang, "report", str(context.assessment_id or 1), "--out", "gap-report.pdf"]
        return shlex.join(command)

    def contents(self, context: Context) -> list[Page]:
        """The pages for what is on screen: an assessment open, or the welcome page first."""
        open_now = context.assessment_id is not None
        tree = (
            self.tr(
                "<p>They are in the tree on the left, each with its state and its scores. The guiding principles "
                "and cross-cutting challenges are there too, as context: they are not scored.</p>"
                "<p>Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow "
                "the tree; Enter goes to the first item found, Ctrl+PgDown to the next item. F9 hides the tree "
                "to give the item the whole width.</p>"
            )
            if open_now
            else self.tr(
                "<p>Once an assessment is open, they are in a tree on the left of the window, each with its state "
                "and its scores; the guiding principles and cross-cutting challenges are there too, as context.</p>"
            )
        )
        pages = [] if open_now else [self._welcome()]
        pages += [
            Page(
                self.tr("Pillars and measures"),
                self.tr(
                    "<p>The checklist is the UNODC Framework for Action: five <b>pillars</b> (prosecution, "
                    "protection, prevention, national cooperation and coordination, international cooperation and "
                    "coordination), each made of <b>measures</b>, and the 23 <b>recommendations</b> of the Working "
                    "Group on Trafficking in Persons.</p>"
                )
                + tree,
                "tree",
            ),
            Page(
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
                "scores",
            ),
            Page(
                self.tr("Evidence"),
                self.tr(
                    "<p>The <b>Evidence</b> tab under the item holds what the scores rest on: files (laws, "
                    "circulars, statistics, memoranda of understanding), links and legal citations.</p>"
                    "<p>Add files with <b>Add files…</b> or drag them onto the item. They are stored inside the "
                    "database and checked by their SHA-256 fingerprint. Mark a file <b>sensitive</b> when it "
                    "names victims or shelters: it is then left out of the reports unless you ask for it.</p>"
                ),
                "evidence",
            ),
            Page(
                self.tr("Gaps and the overview"),
                self.tr(
                    "<p>An item is a <b>gap</b> when the lower of its two scores is below the target. Choose "
                    "<b>Gaps</b> in the state filter to see only those.</p>"
                    "<p>View &gt; Overview (Ctrl+2) shows how far the assessment has come, the mean scores of "
                    "each pillar in law and in practice against the target, and the largest gaps by priority; "
                    "click a gap to open the item.</p>"
                ),
                "overview",
            ),
            Page(
                self.tr("Printing the report"),
                self.tr(
                    "<p>The gap report (PDF) lists the gaps by priority, the action plan by institution, the "
                    "technical assistance needed and the evidence, with the methodology. <b>File &gt; Export "
                    "report…</b> (Ctrl+E) writes it in the window's language: choose PDF, a Word document to edit "
                    "or an Excel workbook with the action plan, and a previous round to report progress against.</p>"
                    "<p>The same report from the command line, for instance in a script:</p>"
                    "<p><code>{command}</code></p>"
                    "<p>When the team agrees, Assessment &gt; Mark final takes the DRAFT mark off the report.</p>"
                ).format(command=html.escape(self._report_command(context))),
                None,
            ),
        ]
        return pages

    def _welcome(self) -> Page:
        return Page(
            self.tr("Where to start"),
            self.tr(
                "<p>No assessment is open yet. On the welcome page, <b>New assessment…</b> starts one for your "
                "country, <b>Open a database…</b> opens one a colleague sent you, and <b>Open the demo</b> opens "
                "a fictional country's assessment to try everything on (a throwaway copy).</p>"
                "<p>The next pages show what you will find once an assessment is open.</p>"
            ),
            "welcome",
        )

    def _page(self, page: Page, parts: dict[str, QWidget]) -> QWidget:
        label = QLabel(page.text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label, 1)
        part = parts.get(page.picture or "")
        if part is not None and part.width() > 0 and part.height() > 0:
            picture = QLabel()
            picture.setObjectName("walkthroughPicture")
            picture.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            picture.setPixmap(self._picture_of(part))
            picture.setAccessibleName(self.tr("Picture of this part of the window"))
            picture.setFrameShape(QLabel.Shape.StyledPanel)
            row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        return box

    def _picture_of(self, part: QWidget) -> QPixmap:
        """``part`` as it is on screen, at half its size at least so that its words stay legible: a wide part is
        cut at its trailing edge, a tall one at its bottom."""
        shot = part.grab(part.childrenRect())
        scale = max(PICTURE_WIDTH / max(shot.width(), 1), 0.5)
        shot = shot.scaledToWidth(round(shot.width() * min(scale, 1.0)), Qt.TransformationMode.SmoothTransformation)
        width, height = min(shot.width(), PICTURE_WIDTH), min(shot.height(), PICTURE_HEIGHT)
        left = shot.width() - width if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else 0
        return shot.copy(left, 0, width, height)

    def start(self, context: Context) -> None:
        """Open (or bring forward) the walkthrough at its first page, its pages as the window is now."""
        while self.pages.count():
            old = self.pages.widget(0)
            if old is None:
                break
            self.pages.removeWidget(old)
            old.deleteLater()
        self.shown = self.contents(context)
        self.titles = [page.title for page in self.shown]
        parts = self.pictures()
        for page in self.shown:
            self.pages.addWidget(self._page(page, parts))
        self.never.setChecked(not settings.walkthrough_pending())
        self.go(0)
        self.show()
        self.bring_forward()

    def bring_forward(self) -> None:
        """Above the window it belongs to (called whenever that window is raised, as it is at start)."""
        if self.isVisible():
            self.raise_()
            self.activateWindow()

    def page_text(self) -> str:
        """The text of the page shown (rich text)."""
        return self.shown[self.pages.currentIndex()].text if self.shown else ""

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
