"""The gap report as an editable Word document (python-docx), for officials to edit before tabling.

It holds what the PDF holds, as real headings (Word's navigation pane and contents work on
them), paragraphs and tables; the two charts of the executive summary are PNG pictures drawn
with Pillow (:mod:`exports.reports.chart_png`), each with a caption.
Arabic paragraphs are marked right-to-left so Word shapes and orders them itself; the page
numbers and the table of contents are Word fields, refreshed when the document is opened.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from exports.reports import chart_png, rtl, word_parts, wording
from exports.reports.model import ReportData

PAPERS = {"a4": (Cm(21.0), Cm(29.7)), "letter": (Cm(21.59), Cm(27.94))}
NAVY = RGBColor(0x17, 0x37, 0x5E)


class Writer:
    """A document being written, with the few building blocks every part uses."""

    def __init__(self, data: ReportData, paper: str) -> None:
        self.data = data
        self.w = wording.of(data)
        self.doc: Any = Document()
        self.width, self.height = PAPERS[paper]
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(10)
        section = self.doc.sections[0]
        section.page_width, section.page_height = self.width, self.height
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(1.9))
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
            footer._p.get_or_add_pPr().insert(0, OxmlElement("w:bidi"))
        pattern = w("page_of", number="\0PAGE\0", total="\0NUMPAGES\0")
        for piece in pattern.split("\0"):
            if piece in ("PAGE", "NUMPAGES"):
                self.field(footer, piece)
            elif piece:
                run = footer.add_run(piece)
                run.font.size = Pt(8)
                if rtl.has_arabic(piece):
                    run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))

    @staticmethod
    def field(paragraph: Any, instruction: str, placeholder: str = "1") -> None:
        """A Word field (PAGE, NUMPAGES, TOC ...) in ``paragraph``."""
        run = paragraph.add_run()
        begin = OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        code = OxmlElement("w:instrText")
        code.set(qn("xml:space"), "preserve")
        code.text = f" {instruction} "
        separate = OxmlElement("w:fldChar")
        separate.set(qn("w:fldCharType"), "separate")
        run._r.extend([begin, code, separate])
        shown = paragraph.add_run(placeholder)
        shown.font.size = Pt(8)
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
        """A paragraph of plain text; right-to-left when the text starts in Arabic."""
        target = holder if holder is not None else self.doc
        if holder is not None and len(holder.paragraphs) == 1 and not holder.paragraphs[0].text:
            paragraph = holder.paragraphs[0]
            if style:
                paragraph.style = style
        else:
            paragraph = target.add_paragraph(style=style)
        run = paragraph.add_run(value)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
        self._direction(paragraph, run, value)
        return paragraph

    def _direction(self, paragraph: Any, run: Any, value: str) -> None:
        """Arabic runs marked right to left; in an Arabic report (or for text starting in Arabic) the paragraph too."""
        if rtl.has_arabic(value):
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
        if (self.w.rtl or rtl.is_rtl(value)) and paragraph.alignment is None:
            paragraph._p.get_or_add_pPr().insert(0, OxmlElement("w:bidi"))
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def picture(self, png: bytes, caption: str) -> Any:
        """A chart picture (PNG) the width of :data:`exports.reports.chart_png.WIDTH_CM`, centred, with a caption below."""
        self.doc.add_picture(io.BytesIO(png), width=Cm(chart_png.WIDTH_CM))
        self.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        return self.para(caption, "Caption")

    def heading(self, value: str, level: int = 1) -> Any:
        paragraph = self.doc.add_heading("", level=level)
        self._direction(paragraph, paragraph.add_run(value), value)
        return paragraph

    def table(self, header: Sequence[str] | None, rows: Sequence[Sequence[object]], widths: Sequence[float]) -> Any:
        """A table with a repeating, shaded header row (unless ``header`` is None); ``widths`` in centimetres."""
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
        for values in rows:
            cells = table.add_row().cells
            for cell, value, size in zip(cells, values, sizes, strict=True):
                cell.width = size
                self.para("" if value is None else str(value), holder=cell, size=8)
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

    def landscape(self, on: bool) -> None:
        """Continue on a new page, in landscape (for the wide tables) or back in portrait."""
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE if on else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (self.height, self.width) if on else (self.width, self.height)

    @property
    def text_width(self) -> float:
        """Width between the margins of a portrait page, in centimetres."""
        return float(self.width.cm) - 3.8


def write_docx(data: ReportData, path: Path, paper: str = "a4") -> None:
    writer = Writer(data, paper)
    word_parts.write_all(writer)
    writer.doc.save(str(path))
