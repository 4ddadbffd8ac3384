"""The PDF gap report: page templates, running header and footer, contents, and the build.

The story (what is printed, in order) is assembled by :mod:`exports.pdf_front`,
:mod:`exports.pdf_register`, :mod:`exports.pdf_chapters` and :mod:`exports.pdf_back`; this module lays it out on pages:
a cover, portrait pages, and landscape pages for the wide tables (gap register, action plan).
Every page carries a DRAFT watermark over its content until the assessment is final, and
"page X of Y". The contents' page numbers and the footers' "page X of Y" are filled in when the
PDF is saved (:mod:`exports.pdf_contents`), so the document is laid out once.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from exports import fonts, pdf_back, pdf_chapters, pdf_contents, pdf_front, pdf_register, rtl
from exports.model import ReportData
from exports.pdf_contents import page_form
from exports.pdf_style import MUTED, NAVY, RULE, style

PAPERS = {"a4": A4, "letter": LETTER}
MARGIN = 18 * mm


def _watermark(canvas: Canvas, data: ReportData) -> None:
    if not data.draft:
        return
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#b83a2e"))
    canvas.setFillAlpha(0.09)
    canvas.setFont(fonts.BOLD, 120)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45 if height > width else 30)
    canvas.drawCentredString(0, -40, "DRAFT")
    canvas.restoreState()


def _header(canvas: Canvas, data: ReportData) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - MARGIN + 10, width - MARGIN, height - MARGIN + 10)
    canvas.setFont(fonts.REGULAR, 7.5)
    canvas.setFillColor(MUTED)
    left = f"{data.info.country} · {data.info.title}" + (f" · {data.info.period}" if data.info.period else "")
    line = rtl.paragraph(left, style("header"), ltr=True)
    line.wrapOn(canvas, width * 0.62, 20)
    line.drawOn(canvas, MARGIN, height - MARGIN + 12)
    status = "DRAFT: not for citation" if data.draft else "Final"
    canvas.drawRightString(width - MARGIN, height - MARGIN + 14, f"Gap report · {status}")
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
    canvas.drawString(
        MARGIN, MARGIN - 18, f"{info.framework_key} {info.framework_version} · generated {data.generated.isoformat()}"
    )
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
            title=f"Gap report: {data.info.label}",
            author=data.info.country,
            subject=data.framework_title,
            creator="Assess",
            initialFontName=fonts.REGULAR,
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

        def page(canvas: Canvas, doc: Any) -> None:
            _header(canvas, data)
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
        self.canv.toc_keys = tuple(key for _, _, key in self.contents)
        self.canv.toc_bold = frozenset(key for level, _, key in self.contents if level == 0)
        super().handle_documentBegin()


def write_pdf(data: ReportData, target: str | Path, paper: str = "a4") -> None:
    """Write the gap report for ``data`` to ``target`` (a path the caller may replace on success)."""
    fonts.register()
    doc = _Report(str(target), data, PAPERS[paper])
    story: list[Any] = []
    story += pdf_front.cover(data)
    body: list[Any] = []
    body += pdf_front.summary(data, doc.portrait_width)
    body += pdf_register.gap_register(data, doc.landscape_width)
    body += pdf_chapters.chapters(data)
    body += pdf_register.action_plan(data, doc.landscape_width)
    body += pdf_register.assistance(data, doc.portrait_width)
    if data.comparison is not None:
        body += pdf_back.progress(data, doc.portrait_width)
    body += pdf_back.evidence_annex(data, doc.portrait_width)
    body += pdf_back.methodology(data, doc.portrait_width)
    doc.contents = pdf_contents.collect(body)
    story += pdf_front.contents_page(pdf_contents.lines(doc.contents))
    story += body
    doc.build(story, canvasmaker=pdf_contents.NumberingCanvas)
