"""The PDF gap report: page templates, running header and footer, contents, and the build.

The story (what is printed, in order) is assembled by :mod:`exports.reports.pdf_front`,
:mod:`exports.reports.pdf_register`, :mod:`exports.reports.pdf_chapters` and :mod:`exports.reports.pdf_back`; this module lays it out on pages:
a cover, portrait pages, and landscape pages for the wide tables (gap register, action plan).
Every page carries a DRAFT watermark over its content until the assessment is final, and
"page X of Y". The contents' page numbers and the footers' "page X of Y" are filled in when the
PDF is saved (:mod:`exports.reports.pdf_contents`), so the document is laid out once.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from exports.reports import (
    chart_png,
    fonts,
    pdf_back,
    pdf_chapters,
    pdf_contents,
    pdf_draw,
    pdf_front,
    pdf_meta,
    pdf_register,
    rtl,
    wording,
)
from exports.reports.model import ReportData
from exports.reports.pdf_contents import page_form
from exports.reports.pdf_style import MUTED, NAVY, RULE, right_to_left, style

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm


@cache
def _watermark_picture(mark: str) -> tuple[ImageReader, float, float]:
    png, width, height = chart_png.text_png(mark, 120.0, (0xB8, 0x3A, 0x2E), 0.09)
    return ImageReader(io.BytesIO(png)), width, height


def _watermark(canvas: Canvas, data: ReportData) -> None:
    """DRAFT across the page, as a picture: a reader copying text from the page does not get it.

    The picture is put in a form once per document and the form drawn on each page (placing the picture
    itself on every page would decode it again each time)."""
    if not data.draft:
        return
    width, height = canvas._pagesize
    picture, w, h = _watermark_picture(wording.of(data)("watermark"))
    scale = min(1.0, (max(width, height) * 0.95) / w)
    name = f"watermark{round(scale * 1000)}"
    made = canvas.__dict__.setdefault("watermarks", set())
    if name not in made:
        canvas.beginForm(name, lowerx=-w, lowery=-h - 40, upperx=w, uppery=h)
        canvas.drawImage(picture, -w * scale / 2, -40 - h * scale / 4, w * scale, h * scale, mask="auto")
        canvas.endForm()
        made.add(name)
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45 if height > width else 30)
    canvas.doForm(name)
    canvas.restoreState()


def _header_title(data: ReportData) -> Paragraph:
    """The running header's title (country, assessment, period): one paragraph, drawn again on every page."""
    w = wording.of(data)
    title = f"{data.info.country} · {data.info.heading}"
    return rtl.paragraph(title, style("header"), ltr=not w.rtl, right=w.rtl)


def _header(canvas: Canvas, data: ReportData, line: Paragraph) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - MARGIN + 10, width - MARGIN, height - MARGIN + 10)
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    w = wording.of(data)
    room = width * 0.62
    line.wrapOn(canvas, room, 20)
    line.drawOn(canvas, width - MARGIN - room if w.rtl else MARGIN, height - MARGIN + 12)
    status = w("header", status=w("header_draft") if data.draft else w("header_final"))
    if w.rtl:
        pdf_draw.draw(canvas, MARGIN, height - MARGIN + 14, status, 7.5)
    else:
        pdf_draw.draw(canvas, width - MARGIN, height - MARGIN + 14, status, 7.5, align="right")
    canvas.restoreState()


def _footer(canvas: Canvas, data: ReportData) -> None:
    """Framework and date on the left; "Page X of Y" on the right (a form, filled in on save)."""
    width, _ = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, MARGIN - 8, width - MARGIN, MARGIN - 8)
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    info = data.info
    w = wording.of(data)
    line = w("footer", framework=info.framework_key, version=info.framework_version, date=w.long_date(data.generated))
    if w.rtl:
        pdf_draw.draw(canvas, width - MARGIN, MARGIN - 18, line, 7.5, align="right")
        canvas.translate(MARGIN, MARGIN - 18)
    else:
        pdf_draw.draw(canvas, MARGIN, MARGIN - 18, line, 7.5)
        canvas.translate(width - MARGIN, MARGIN - 18)
    canvas.doForm(page_form(canvas.getPageNumber()))
    canvas.restoreState()


class _Report(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, target: str, data: ReportData, paper: tuple[float, float]) -> None:
        super().__init__(
            target,
            pagesize=paper,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=wording.of(data)("document_title", label=data.info.label),
            author=_author(data),
            subject=data.framework_title,
            creator="Assess",
            initialFontName=fonts.REGULAR,
            lang=wording.of(data).tag,
        )
        self.data = data
        wide = landscape(paper)

        def frame(size: tuple[float, float], name: str) -> Frame:
            return Frame(
                MARGIN,
                MARGIN,
                size[0] - 2 * MARGIN,
                size[1] - 2 * MARGIN,
                id=name,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )

        title = _header_title(data)

        def page(canvas: Canvas, doc: Any) -> None:
            _header(canvas, data, title)
            _footer(canvas, data)

        def overlay(canvas: Canvas, _doc: Any) -> None:
            _watermark(canvas, data)

        def cover(canvas: Canvas, _doc: Any) -> None:
            canvas.saveState()
            canvas.setFillColor(NAVY)
            canvas.rect(0, paper[1] - 14 * mm, paper[0], 14 * mm, stroke=0, fill=1)
            canvas.restoreState()

        self.addPageTemplates(
            [
                PageTemplate("cover", [frame(paper, "cover")], onPage=cover, onPageEnd=overlay, pagesize=paper),
                PageTemplate("portrait", [frame(paper, "portrait")], onPage=page, onPageEnd=overlay, pagesize=paper),
                PageTemplate("landscape", [frame(wide, "landscape")], onPage=page, onPageEnd=overlay, pagesize=wide),
            ]
        )
        self.portrait_width = paper[0] - 2 * MARGIN
        self.landscape_width = wide[0] - 2 * MARGIN
        self._keys = 0
        self.contents: list[tuple[int, str, str]] = []

    def afterFlowable(self, flowable: Any) -> None:
        key = getattr(flowable, "toc_key", None)
        if key is None:
            return
        level, title = flowable.toc_entry
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)
        self.canv.toc_pages[key] = self.page

    def handle_documentBegin(self) -> None:
        w = wording.of(self.data)
        self.canv.page_label = lambda number, total: w("page_of", number=w.number(number), total=w.number(total))
        self.canv.page_align = "left" if w.rtl else "right"
        self.canv.toc_keys = tuple(key for _, _, key in self.contents)
        self.canv.toc_bold = frozenset(key for level, _, key in self.contents if level == 0)
        self.canv._doc.Catalog.Metadata = pdf_meta.xmp(
            title=self.title,
            author=self.author,
            subject=self.subject,
            tag=w.tag,
            now=dt.datetime.now(dt.UTC),
        )
        super().handle_documentBegin()


def _author(data: ReportData) -> str:
    """Who issues the report: the body that approved it, else the country or entity assessed."""
    entry = data.approved
    if entry is not None and entry.approval is not None and entry.approval.body:
        return entry.approval.body
    return data.info.country


def write_pdf(data: ReportData, target: str | Path, paper: str = "a4") -> None:
    """Write the gap report for ``data`` to ``target`` (a path the caller may replace on success)."""
    fonts.register()
    with right_to_left(wording.of(data).rtl):
        _build(data, target, paper)


def _build(data: ReportData, target: str | Path, paper: str) -> None:
    doc = _Report(str(target), data, PAPERS[paper])
    story: list[Any] = []
    story += pdf_front.cover(data)
    body: list[Any] = []
    approval = pdf_front.approval_page(data, doc.portrait_width)
    body += pdf_front.summary(data, doc.portrait_width)
    body += pdf_register.gap_register(data, doc.landscape_width)
    body += pdf_chapters.chapters(data)
    body += pdf_register.action_plan(data, doc.landscape_width)
    body += pdf_register.assistance(data, doc.portrait_width)
    if data.comparison is not None:
        body += pdf_back.progress(data, doc.portrait_width)
    body += pdf_back.evidence_annex(data, doc.portrait_width)
    body += pdf_back.methodology(data, doc.portrait_width)
    doc.contents = pdf_contents.collect([*approval, *body])
    story += approval
    story += pdf_front.contents_page(data, pdf_contents.lines(doc.contents))
    story += body
    # ReportLab drops each flowable from ``story`` once it is on a page; a second list holding them all would keep
    # every laid-out paragraph alive to the end, and the garbage collector would go through them again and again.
    del body
    doc.build(story, canvasmaker=pdf_contents.NumberingCanvas)
