"""The gap report as an editable Word document (python-docx), for officials to edit before tabling.

It holds what the PDF holds, as real headings (Word's navigation pane and contents work on
them), paragraphs and tables; the two charts of the executive summary are PNG pictures drawn
with Pillow (:mod:`exports.reports.chart_png`), each with a caption. Runs are marked with their
direction, size and language for every script (:mod:`exports.reports.word_text`), and the document's
properties and languages are the report's (:mod:`exports.reports.word_meta`). The page numbers and the
table of contents are Word fields; the contents are written in with their entries and the page on which
each heading falls (:class:`exports.reports.word_text.PageCount`), so a program that does not update fields
on opening still shows them, and Word's "Update field" rebuilds them.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from PIL import Image

from exports.reports import chart_png, fonts, rtl, word_meta, word_parts, wording
from exports.reports.model import ReportData
from exports.reports.word_text import PageCount, add_runs, fit, right_to_left

PAPERS = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Cm(21.59), Cm(27.94))}
NAVY = RGBColor(0x17, 0x37, 0x5E)
MARGIN_CM = 1.9
# (size, space before, space after, line spacing, bold) of the template's styles, for PageCount
LOOKS = {
    None: (10.0, 0.0, 10.0, PageCount.LINE, False),
    "Title": (28.0, 0.0, 15.0, 1.0, False),
    "Subtitle": (12.0, 0.0, 10.0, PageCount.LINE, False),
    "Caption": (9.0, 0.0, 10.0, 1.0, True),
    "Quote": (10.0, 0.0, 10.0, PageCount.LINE, False),
    "List Bullet": (10.0, 0.0, 0.0, PageCount.LINE, False),
    "TOC Heading": (14.0, 24.0, 0.0, PageCount.LINE, True),
    1: (14.0, 24.0, 0.0, PageCount.LINE, True),
    2: (13.0, 10.0, 0.0, PageCount.LINE, True),
    3: (11.0, 10.0, 0.0, PageCount.LINE, True),
}


class Writer:
    """A document being written, with the few building blocks every part uses."""

    def __init__(self, data: ReportData, paper: str) -> None:
        fonts.register()  # the page count measures text with the report's fonts
        self.data = data
        self.w = wording.of(data)
        self.doc: Any = Document()
        self.width, self.height = PAPERS[paper]
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(10)
        size_cs = OxmlElement("w:szCs")
        size_cs.set(qn("w:val"), "20")
        normal.element.get_or_add_rPr().find(qn("w:sz")).addnext(size_cs)
        section = self.doc.sections[0]
        section.page_width, section.page_height = self.width, self.height
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(MARGIN_CM))
        self.pages = PageCount(float(self.height.cm) - 2 * MARGIN_CM, self.text_width)
        self.contents: list[tuple[int, str, str, int]] = []  # (level, title, bookmark, page)
        self.contents_heading: Any = None  # the paragraph the contents follow (see table_of_contents)
        self._header_footer(section)
        settings = self.doc.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        settings.append(update)

    def _header_footer(self, section: Any) -> None:
        info, w = self.data.info, self.w
        status = w("header", status=w("header_draft") if self.data.draft else w("header_final"))
        self.para(f"{info.label} · {status}", holder=section.header, size=8)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.LEFT if w.rtl else WD_ALIGN_PARAGRAPH.RIGHT
        if w.rtl:
            right_to_left(footer)
        pattern = w("page_of", number="\0PAGE\0", total="\0NUMPAGES\0")
        for piece in pattern.split("\0"):
            if piece in ("PAGE", "NUMPAGES"):
                self.field(footer, piece)
            elif piece:
                add_runs(footer, piece, in_rtl=w.rtl, size=8)

    @staticmethod
    def field(paragraph: Any, instruction: str, placeholder: str = "1") -> None:
        """A Word field (PAGE, NUMPAGES ...) in ``paragraph``, showing ``placeholder`` until it is updated."""
        Writer.field_begin(paragraph, instruction)
        shown = paragraph.add_run(placeholder)
        shown.font.size = Pt(8)
        Writer.field_end(paragraph)

    @staticmethod
    def field_begin(paragraph: Any, instruction: str) -> None:
        run = paragraph.add_run()
        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        code = OxmlElement("w:instrText")
        code.set(qn("xml:space"), "preserve")
        code.text = f" {instruction} "
        separate = OxmlElement("w:fldChar")
        separate.set(qn("w:fldCharType"), "separate")
        run._r.extend([begin, code, separate])

    @staticmethod
    def field_end(paragraph: Any) -> None:
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        paragraph.add_run()._r.append(end)

    def para(
        self,
        value: str,
        style: str | None = None,
        *,
        holder: Any = None,
        bold: bool = False,
        size: float | None = None,
        colour: RGBColor | None = None,
    ) -> Any:
        """A paragraph of plain text; right-to-left in an Arabic report or when the text starts in Arabic."""
        target = holder if holder is not None else self.doc
        if holder is not None and len(holder.paragraphs) == 1 and not holder.paragraphs[0].text:
            paragraph = holder.paragraphs[0]
            if style:
                paragraph.style = style
        else:
            paragraph = target.add_paragraph(style=style)
        in_rtl = self._direction(paragraph, value)
        add_runs(paragraph, value, in_rtl=in_rtl, size=size, bold=bold, colour=colour)
        if holder is None:
            size_, before, after, line, bold_ = LOOKS.get(style, LOOKS[None])
            self.pages.paragraph(value, (size or size_, before, after, line, bold or bold_))
        return paragraph

    def _direction(self, paragraph: Any, value: str) -> bool:
        """In an Arabic report (or for text starting in Arabic) the paragraph runs right to left, aligned right."""
        if self.w.rtl or rtl.is_rtl(value):
            right_to_left(paragraph)
            if paragraph.alignment is None:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            return True
        return False

    def picture(self, png: bytes, caption: str, alt: str) -> Any:
        """A chart picture (PNG) the width of :data:`exports.reports.chart_png.WIDTH_CM`, centred, with ``alt`` as its
        alternative text (what a screen reader says), a caption below and the same text after it for every reader."""
        shape = self.doc.add_picture(io.BytesIO(png), width=Cm(chart_png.WIDTH_CM))
        properties = shape._inline.docPr
        properties.set("descr", alt)
        properties.set("title", caption)
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        with Image.open(io.BytesIO(png)) as image:
            self.pages.add(chart_png.WIDTH_CM * image.height / image.width + 0.6)
        made = self.para(caption, "Caption")
        self.para(alt, size=8)
        return made

    def heading(self, value: str, level: int = 1) -> Any:
        """A heading; chapters and sections (levels 1 and 2) are listed in the contents."""
        look = LOOKS[level]
        if self.pages.used + (look[0] * look[3] + look[1] + 30) / 72 * 2.54 > self.pages.height:
            self.pages.new_page()  # a heading is kept with what follows it
        paragraph = self.doc.add_heading("", level=level)
        in_rtl = self._direction(paragraph, value)
        if level <= 2:
            mark = f"_Toc{len(self.contents) + 1:05d}"
            start = OxmlElement("w:bookmarkStart")
            start.set(qn("w:id"), str(len(self.contents) + 1))
            start.set(qn("w:name"), mark)
            paragraph._p.append(start)
        add_runs(paragraph, value, in_rtl=in_rtl)
        if level <= 2:
            end = OxmlElement("w:bookmarkEnd")
            end.set(qn("w:id"), str(len(self.contents) + 1))
            paragraph._p.append(end)
            self.contents.append((level, value, mark, self.pages.page))
        self.pages.paragraph(value, look)
        return paragraph

    def table(self, header: Sequence[str] | None, rows: Sequence[Sequence[object]], widths: Sequence[float]) -> Any:
        """A table with a repeating, shaded header row (unless ``header`` is None); ``widths`` in centimetres,
        widened where a header word, a date or a code would not fit."""
        texts = [["" if value is None else str(value) for value in values] for values in rows]
        widths = fit(list(header or []), texts, list(widths))
        table = self.doc.add_table(rows=0, cols=len(widths))
        table.style = "Table Grid"
        table.autofit = False
        if self.w.rtl:  # columns run from the right, as an Arabic reader expects
            table._tbl.tblPr.append(OxmlElement("w:bidiVisual"))
        sizes = [Cm(width) for width in widths]
        for column, size in zip(table.columns, sizes, strict=True):
            column.width = size
        if header is not None:
            self._header_row(table, header, sizes)
            self.pages.row(list(header), widths, 8)
        for values in texts:
            cells = table.add_row().cells
            for cell, value, size in zip(cells, values, sizes, strict=True):
                cell.width = size
                self.para(value, holder=cell, size=8)
            self.pages.row(values, widths, 8)
        self.pages.add(10 / 72 * 2.54)
        return table

    def _header_row(self, table: Any, header: Sequence[str], sizes: list[Any]) -> None:
        head = table.add_row()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        head._tr.get_or_add_trPr().append(repeat)
        for cell, label, size in zip(head.cells, header, sizes, strict=True):
            cell.width = size
            self.para(label, holder=cell, bold=True, size=8, colour=RGBColor(0xFF, 0xFF, 0xFF))
            shade = OxmlElement("w:shd")
            shade.set(qn("w:val"), "clear")
            shade.set(qn("w:fill"), "17375E")
            cell._tc.get_or_add_tcPr().append(shade)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        self.pages.new_page()

    def landscape(self, on: bool) -> None:
        """Continue on a new page, in landscape (for the wide tables) or back in portrait."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE if on else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (self.height, self.width) if on else (self.width, self.height)
        across = float((self.height if on else self.width).cm) - 2 * MARGIN_CM
        self.pages.new_page(float((self.width if on else self.height).cm) - 2 * MARGIN_CM, across)

    @property
    def text_width(self) -> float:
        """Width between the margins of a portrait page, in centimetres."""
        return float(self.width.cm) - 2 * MARGIN_CM

    def table_of_contents(self, after: Any) -> None:
        """The contents field after the paragraph ``after``, written in with every chapter and section and its page.

        The contents are on their own page(s) before the chapters; when they take more than one page, every
        page number after them moves on by as many pages.
        """
        styles = [self._toc_style(level) for level in (1, 2)]
        entry = (10 * PageCount.LINE + 3) / 72 * 2.54
        extra = max(0, int(len(self.contents) * entry // self.pages.height))
        anchor = after
        for index, (level, title, mark, page) in enumerate(self.contents):
            paragraph = self.doc.add_paragraph(style=styles[level - 1])
            anchor._p.addnext(paragraph._p)
            anchor = paragraph
            in_rtl = self._direction(paragraph, title)
            if index == 0:
                self.field_begin(paragraph, 'TOC \\o "1-2" \\h \\z \\u')
            add_runs(paragraph, title, in_rtl=in_rtl)
            paragraph.add_run("\t")
            self.field_begin(paragraph, f"PAGEREF {mark} \\h")
            add_runs(paragraph, str(page + extra), in_rtl=False)
            self.field_end(paragraph)
            if index == len(self.contents) - 1:
                self.field_end(paragraph)

    def _toc_style(self, level: int) -> str:
        name = f"TOC {level}"
        try:
            style = self.doc.styles[name]
        except KeyError:
            style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.doc.styles["Normal"]
            style.paragraph_format.space_after = Pt(3)
            style.paragraph_format.left_indent = Cm(0.5 * (level - 1))
            style.font.bold = level == 1
            style.paragraph_format.tab_stops.add_tab_stop(
                Cm(self.text_width - 0.1), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
            )
        return str(name)


def _author(data: ReportData) -> str:
    entry = data.approved
    if entry is not None and entry.approval is not None and entry.approval.body:
        return entry.approval.body
    return data.info.country


def write_docx(data: ReportData, path: Path, paper: str = "a4") -> None:
    writer = Writer(data, paper)
    word_parts.write_all(writer)
    w = writer.w
    word_meta.set_languages(writer.doc, w)
    word_meta.set_properties(
        writer.doc,
        title=w("document_title", label=data.info.label),
        author=_author(data),
        subject=data.framework_title,
        w=w,
        now=dt.datetime.now(dt.UTC),
    )
    writer.doc.save(str(path))
