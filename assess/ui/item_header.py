"""What an item says: its code and kind, its verbatim text and source, the guiding principles it
draws on, and its cross-walk links (click one to go to the linked item)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from assess.ui.formats import isolate, labelled, listed
from assess.ui.workspace import Workspace
from framework import Link, LinkReason, TextField, pick

TITLE_SCALE = 1.3


class WrappedLabel(QLabel):
    """A word-wrapped rich-text label that keeps the height its text needs at its current width.

    A layout can hand a wrapped QLabel the height it needed at another width, cutting off its
    last lines (seen: the third cross-walk link hidden in the French window).
    """

    def _fit(self) -> None:
        if self.wordWrap() and self.width() > 0:
            needed = self.heightForWidth(self.width())
            if needed > 0 and needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def setText(self, text: str) -> None:
        if text and self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # a paragraph that starts with a code or an English text still runs right to left in an Arabic window
            text = f'<div dir="rtl">{text}</div>'
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def _label(object_name: str, *, wrap: bool = True, selectable: bool = False) -> QLabel:
    label = WrappedLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText)
    if selectable:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
    return label


class ItemHeader(QWidget):
    linkActivated = Signal(str)  # an item code

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.title = _label("itemTitle", selectable=True)
        self._fit_title_font()
        self.source = _label("itemSource", selectable=True)
        self.source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.lead = _label("itemLead", selectable=True)
        self.lead.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.text = _label("itemText", selectable=True)
        self.text.setAccessibleName(self.tr("Text of the item"))
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setBackgroundRole(QPalette.ColorRole.Base)
        box.setAutoFillBackground(True)
        inner = QVBoxLayout(box)
        inner.addWidget(self.lead)
        inner.addWidget(self.text)
        self.links = _label("itemLinks")
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.setAccessibleName(self.tr("Linked items"))
        self.links.linkActivated.connect(self._follow)
        self.principles = _label("itemPrinciples")
        self.principles.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.principles.setAccessibleName(self.tr("Guiding principles and cross-cutting challenges"))
        self.principles.linkActivated.connect(self._follow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.source, box, self.principles, self.links):
            layout.addWidget(widget)

    def _fit_title_font(self) -> None:
        """The heading larger than the text, whatever the type size (presentation mode changes it)."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        font.setBold(True)
        self.title.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_title_font()
        super().changeEvent(event)

    def _follow(self, href: str) -> None:
        if href.startswith("item:"):
            self.linkActivated.emit(href[5:])

    def _link(self, code: str, caption: str = "") -> str:
        text = html.escape(isolate(f"{code} {caption}".strip()))
        return f'<a href="item:{html.escape(code)}">{text}</a>'

    def show_item(self, code: str) -> None:
        framework = self.workspace.framework
        if framework is None or not framework.has(code):
            for label in (self.title, self.source, self.lead, self.text, self.links, self.principles):
                label.clear()
            return
        lang = self.workspace.lang
        item = framework.item(code)
        kind = pick(framework.kinds.get(item.kind), lang) or item.kind
        root = framework.root_of(code)
        where = "" if root.code == code else f" · {html.escape(pick(root.title, lang) or root.code)}"
        title = pick(item.title, lang)
        # Codes and texts that may be in English (the checklist's own language) are isolated: in an Arabic line
        # they keep their order and the punctuation around them stays where it is written.
        heading = (
            f"{html.escape(isolate(code))}  {html.escape(isolate(title))}"
            if title and item.parent
            else html.escape(isolate(title or code))
        )
        self.title.setText(f"{heading}<br><span style='font-weight:normal'>{html.escape(kind)}{where}</span>")
        source = self.tr("Source: {source}").format(source=html.escape(isolate(item.source.cite(framework.documents))))
        # a title or text the checklist's authors wrote is never passed off as the source's words
        if TextField.TITLE in item.editorial:
            source += "<br>" + html.escape(self.tr("Title written for this checklist; it is not in the source."))
        if TextField.TEXT in item.editorial:
            source += "<br>" + html.escape(
                self.tr("Text written for this checklist; it is not quoted from the source.")
            )
        self.source.setText(source)
        parent = framework.item(item.parent) if item.parent else None
        lead = pick(parent.text, lang) if parent is not None and parent.kind not in ("pillar", "section") else ""
        self.lead.setVisible(bool(lead))
        # the whole line in its own direction: "WG-5: States parties should", not ":WG-5 States parties should"
        self.lead.setText(html.escape(isolate(labelled(parent.code, lead))) if lead and parent is not None else "")
        text = pick(item.text, lang)
        self.text.setText(html.escape(isolate(text or title)).replace("\n", "<br>"))
        tags = [t for t in item.tags if framework.has(t)]
        self.principles.setVisible(bool(tags))
        entries = []
        for tag in tags:
            context = framework.item(tag)
            kind = (pick(framework.kinds.get(context.kind), lang) or context.kind).lower()
            entries.append(
                self.tr("{item} ({kind})").format(
                    item=self._link(tag, pick(context.title, lang)), kind=html.escape(kind)
                )
            )
        self.principles.setText(self.tr("Draws on: {list}").format(list=listed(entries)))
        links = framework.crosswalk_of(code)
        self.links.setVisible(bool(links))
        # each line whole: the code, its colon and the note, in the note's direction
        rows = [
            isolate(labelled(self._link(link.other(code)), self._why(link, item.source.document))) for link in links
        ]
        self.links.setText(self.tr("Linked items (cross-walk):") + "<br>" + "<br>".join(rows))

    def _why(self, link: Link, document: str) -> str:
        """A cross-walk link's reason in a word, its note, and where the source cites the two together (without
        the document's title when it is ``document``, the one the item's source line names)."""
        reasons = {
            LinkReason.SAME_REQUEST: self.tr("same request"),
            LinkReason.MEANS: self.tr("a means"),
            LinkReason.PREREQUISITE: self.tr("a prerequisite"),
        }
        note = isolate(pick(link.note, self.workspace.lang))  # an English note keeps its order in an Arabic line
        text = self.tr("({reason}) {note}").format(reason=reasons[link.reason], note=note) if link.reason else note
        framework = self.workspace.framework
        if link.citation is not None and framework is not None:
            where = link.citation.cite(framework.documents)
            if link.citation.document == document:
                where = where.removeprefix(framework.documents.get(document, document) + ", ")
            text += " " + self.tr("Cited together: {source}.").format(source=isolate(where))
        return html.escape(text)
