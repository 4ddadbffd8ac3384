"""Contents and page numbers in one layout pass: the numbers are forms filled in when the PDF is saved.

ReportLab's own table of contents lays the whole document out two or three times, until the
page numbers it prints stop moving. Here the headings are known before layout (they are in the
story), so the contents take their final height at once; each page number in them, and each
"Page X of Y" in the footers, is a small form XObject that is drawn when the document is saved
and the numbers are known. One pass, whatever the length of the report.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from exports.reports import fonts, pdf_draw, rtl
from exports.reports.pdf_style import INK, MUTED, NAVY, rtl_layout, style


def collect(story: Iterable[Any]) -> list[tuple[int, str, str]]:
    """(level, title, key) of every heading in ``story``, in order; each heading is given its key."""
    found: list[tuple[int, str, str]] = []

    def walk(items: Iterable[Any]) -> None:
        for flowable in items:
            entry = getattr(flowable, "toc_entry", None)
            if entry is not None:
                key = f"h{len(found) + 1}"
                flowable.toc_key = key
                found.append((entry[0], entry[1], key))
            inner = getattr(flowable, "_content", None)
            if isinstance(inner, list):
                walk(inner)

    walk(story)
    return found


def page_form(number: int) -> str:
    return f"pg{number}"


def entry_form(key: str) -> str:
    return f"toc_{key}"


class ContentsLine(Flowable):  # type: ignore[misc]
    """One line of the contents: the linked title, a dotted leader and the page number (a form)."""

    def __init__(self, level: int, title: str, key: str) -> None:
        super().__init__()
        self.key = key
        self.level = level
        self.title = title
        self.rtl = rtl_layout()
        look = style(f"toc{min(level, 1)}")
        if self.rtl:  # the title on the right, indented from the right, the page number on the left
            look = rtl.variant(look, right=True)
            self.para: Paragraph = rtl.paragraph(title, look, right=True)
            self.para.style = look.clone(look.name + "-indent", leftIndent=0, rightIndent=look.leftIndent)
        else:
            self.para = Paragraph(f'<a href="#{key}">{fonts.markup(title)}</a>', look)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        _, height = self.para.wrap(availWidth - 36, availHeight)
        self.height = height
        return availWidth, height

    def draw(self) -> None:
        canvas = self.canv
        font = self.para.style
        baseline = font.leading * 0.25
        lines = self.para.getActualLineWidths0()
        single = pdf_draw.width(self.title, font.fontSize, font.fontName)
        last = single if len(lines) == 1 else lines[-1]
        if self.rtl:
            self.para.drawOn(canvas, 36, 0)
            canvas.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)
        else:
            self.para.drawOn(canvas, 0, 0)
            last += font.leftIndent
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.6)
        canvas.setDash(0.6, 2.4)
        if self.rtl:
            end = self.width - last - font.rightIndent
            if end - 30 > 8:
                canvas.line(26, baseline, end - 6, baseline)
            canvas.translate(0, baseline)
        else:
            if self.width - 30 > last + 8:
                canvas.line(last + 6, baseline, self.width - 26, baseline)
            canvas.translate(self.width, baseline)
        canvas.doForm(entry_form(self.key))
        canvas.restoreState()


def lines(entries: list[tuple[int, str, str]]) -> list[ContentsLine]:
    return [ContentsLine(level, title, key) for level, title, key in entries]


class NumberingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that, when saved, fills in the page-number forms the contents and footers show."""

    toc_keys: tuple[str, ...] = ()
    page_align = "right"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = fonts.REGULAR
        super().__init__(*args, **kwargs)
        self.toc_pages: dict[str, int] = {}

    def save(self) -> None:
        total = self.getPageNumber() - 1
        label = getattr(self, "page_label", lambda n, t: f"Page {n} of {t}")
        for number in range(1, total + 1):
            self._form(page_form(number), label(number, total), 7.5, NAVY)
        for key in self.toc_keys:
            page = self.toc_pages.get(key)
            bold = key in getattr(self, "toc_bold", ())
            self._form(entry_form(key), str(page) if page else "", 10 if bold else 9, INK, bold)
        super().save()

    def _form(self, name: str, text: str, size: float, colour: Any, bold: bool = False) -> None:
        """A form holding ``text`` that ends at its origin (starts there, in a right-to-left report)."""
        left = self.page_align == "left"
        self.beginForm(name, lowerx=-4 if left else -400, lowery=-4, upperx=400 if left else 4, uppery=size + 4)
        self.setFillColor(colour)
        pdf_draw.draw(self, 0, 0, text, size, fonts.BOLD if bold else fonts.REGULAR, align="left" if left else "right")
        self.endForm()
