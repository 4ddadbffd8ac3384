"""Runs of text in the editable document: direction, complex-script size, no-break dates, and where they fall.

Word lays out each run itself, but it needs to be told: Arabic runs are complex script (``w:rtl``) and take
their size and weight from ``w:szCs`` and ``w:bCs``, not ``w:sz`` and ``w:b``; a Latin phrase inside a
right-to-left paragraph is held between left-to-right marks (U+200E), or its closing full stop or bracket is
drawn on the wrong side; a date's hyphens are Word's no-break hyphens, so a date is never cut.

:class:`PageCount` follows the document as it is written and tells on which page each heading will fall, for
the table of contents Word and LibreOffice show before it is updated: it measures each paragraph, table row
and picture with the report's own fonts against the page, as a word processor fills it.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from exports.reports import fonts, rtl

LRM = "\u200e"
_NOT_ARABIC = re.compile(r"([^\u0600-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+)")
DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
_AFTER_BIDI = {
    qn(f"w:{name}")
    for name in (
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    )
}


def right_to_left(paragraph: Any) -> None:
    """Mark ``paragraph`` right to left (``w:bidi``, in its place among the paragraph's properties)."""
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is not None:
        return
    mark = OxmlElement("w:bidi")
    for index, child in enumerate(ppr):
        if child.tag in _AFTER_BIDI:
            ppr.insert(index, mark)
            return
    ppr.append(mark)


def pieces(value: str, in_rtl: bool) -> list[tuple[str, bool]]:
    """``value`` cut into (text, is Arabic) runs; in a right-to-left paragraph each Latin phrase is held between
    left-to-right marks, so that its punctuation stays where it was typed."""
    found: list[tuple[str, bool]] = []
    for part in _NOT_ARABIC.split(value):
        if not part:
            continue
        arabic = rtl.has_arabic(part)
        if in_rtl and not arabic and any(unicodedata.bidirectional(c) == "L" for c in part):
            body = part.strip()
            start = part.index(body)
            part = f"{part[:start]}{LRM}{body}{LRM}{part[start + len(body) :]}"
        found.append((part, arabic))
    return found


def add_runs(
    paragraph: Any,
    value: str,
    *,
    in_rtl: bool,
    size: float | None = None,
    bold: bool = False,
    colour: RGBColor | None = None,
) -> None:
    """``value`` as runs of ``paragraph``, each marked with its direction, size and weight for every script."""
    for text, arabic in pieces(value, in_rtl):
        run = paragraph.add_run()
        _text(run, text)
        rpr = run._r.get_or_add_rPr()
        if bold:
            run.bold = True
            rpr.get_or_add_bCs()
        if size:
            run.font.size = Pt(size)
            cs = OxmlElement("w:szCs")
            cs.set(qn("w:val"), str(round(size * 2)))
            rpr.find(qn("w:sz")).addnext(cs)
        if colour is not None:
            run.font.color.rgb = colour
        if arabic:
            rpr._add_rtl()


def _text(run: Any, text: str) -> None:
    """The run's text; in a date, Word's no-break hyphen for each hyphen."""
    if not DATE.match(text) or "-" not in text:
        run.text = text
        return
    for index, part in enumerate(text.split("-")):
        if index:
            run._r.append(OxmlElement("w:noBreakHyphen"))
        node = OxmlElement("w:t")
        node.text = part
        run._r.append(node)


def width_cm(text: str, size: float, bold: bool = False) -> float:
    """Printed width of ``text`` at ``size`` points, in centimetres (the report's own fonts)."""
    return fonts.width(text, size, fonts.BOLD if bold else fonts.REGULAR) / 72 * 2.54


def fit(header: list[str], rows: list[list[str]], widths: list[float], size: float = 8.0) -> list[float]:
    """Column widths (cm) widened so that no header word and no date or short code is cut, the room taken from
    the widest column."""
    padding = 0.45  # the cell's margins and a little slack
    sizes = list(widths)
    for column in range(len(widths)):
        words = [word for word in header[column].split()] if header else []
        need = max((width_cm(word, size, bold=True) for word in words), default=0.0)
        for row in rows:
            value = row[column]
            if DATE.match(value) or (len(value) <= 12 and " " not in value):
                need = max(need, width_cm(value, size))
        sizes[column] = max(sizes[column], need + padding)
    spare = sum(sizes) - sum(widths)
    if spare > 0:
        widest = max(range(len(widths)), key=lambda i: widths[i])
        sizes[widest] = max(sizes[widest] - spare, widths[widest] * 0.5)
    return sizes


class PageCount:
    """The page the document being written has reached, as a word processor would fill it."""

    LINE = 1.22 * 1.15  # Word's line height for the template's fonts, times the template's 1.15 spacing

    def __init__(self, height_cm: float, width_cm: float) -> None:
        self.page = 1
        self.used = 0.0
        self.height = height_cm
        self.width = width_cm

    def new_page(self, height_cm: float | None = None, width_cm: float | None = None) -> None:
        self.page += 1
        self.used = 0.0
        self.height = height_cm or self.height
        self.width = width_cm or self.width

    def add(self, height_cm: float) -> None:
        if self.used and self.used + height_cm > self.height:
            self.new_page()
        self.used += height_cm
        while self.used > self.height:
            self.page += 1
            self.used -= self.height

    @staticmethod
    def lines(text: str, size: float, room: float, bold: bool = False) -> int:
        """How many lines ``text`` takes in ``room`` centimetres (the template's fonts run a little narrower)."""
        return sum(max(1, math.ceil(width_cm(line, size, bold) * 1.0 / max(room, 0.5))) for line in text.split("\n"))

    def paragraph(self, text: str, look: tuple[float, float, float, float, bool], indent: float = 0.0) -> None:
        """A paragraph in a look: (size, space before, space after, line spacing, bold), in points."""
        size, before, after, line, bold = look
        self.add((before + self.lines(text, size, self.width - indent, bold) * size * line + after) / 72 * 2.54)

    def row(self, cells: list[str], widths: list[float], size: float) -> None:
        tallest = max(self.lines(cell, size, width - 0.38) for cell, width in zip(cells, widths, strict=True))
        self.add((tallest * size * 1.22 + 2.0) / 72 * 2.54)
