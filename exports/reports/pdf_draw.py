"""Short texts drawn straight onto the page or into a chart: running header and footer, watermark,
page numbers and chart labels, in any script.

Each text is shaped when it holds Arabic (one line, never wrapped) and cut into runs by the font that has
each letter, so Cyrillic, Arabic and Chinese print with real glyphs; the runs are drawn in the order the
text is read, each at its place on the line (:func:`exports.reports.rtl.placed`), so that it copies as typed.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Group, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.reports import fonts, rtl


def runs(text: str, base: str = fonts.REGULAR) -> list[tuple[str, str]]:
    """``text`` in display order, cut into (font, piece) runs (for a picture, where no one copies the text)."""
    return fonts.runs(rtl.visual(text), base)


def width(text: str, size: float, base: str = fonts.REGULAR) -> float:
    return float(sum(stringWidth(piece, font, size) for font, piece in runs(text, base)))


def _pieces(text: str, size: float, base: str) -> tuple[list[rtl.Piece], float]:
    line, right_to_left = rtl.shaped(text)
    return rtl.placed(line, size, base, right_to_left)


def draw(
    canvas: Any, x: float, y: float, text: str, size: float, base: str = fonts.REGULAR, align: str = "left"
) -> None:
    """Draw ``text`` with its left edge (``align`` "left"), right edge ("right") or centre ("centre") at ``x``."""
    pieces, total = _pieces(text, size, base)
    start = x - total if align == "right" else x - total / 2 if align == "centre" else x
    if len(pieces) == 1:
        canvas.setFont(pieces[0][1], size)
        canvas.drawString(start, y, pieces[0][2])
        return
    drawn = canvas.beginText()  # one text object: a reader copying the text takes its pieces as one line
    for offset, font, piece in pieces:
        drawn.setTextOrigin(start + offset, y)
        drawn.setFont(font, size)
        drawn.textOut(piece)
    canvas.drawText(drawn)


def label(
    x: float, y: float, text: str, size: float, colour: Any, anchor: str = "start", base: str = fonts.REGULAR
) -> Group:
    """A chart label (``anchor`` "start", "middle" or "end", as ReportLab's String has it)."""
    pieces, total = _pieces(text, size, base)
    start = x - total if anchor == "end" else x - total / 2 if anchor == "middle" else x
    group = Group()
    for offset, font, piece in pieces:
        group.add(String(start + offset, y, piece, fontName=font, fontSize=size, fillColor=colour))
    return group


__all__ = ["draw", "label", "runs", "width"]
