"""Short texts drawn straight onto the page or into a chart: running header and footer, watermark,
page numbers and chart labels, in any script.

Each text is shaped and put in display order when it holds Arabic (one line, never wrapped), then
cut into runs by the font that has each letter, so Cyrillic, Arabic and Chinese print with real glyphs.
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Group, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from exports.reports import fonts, rtl


def runs(text: str, base: str = fonts.REGULAR) -> list[tuple[str, str]]:
    """``text`` in display order, cut into (font, piece) runs."""
    return fonts.runs(rtl.visual(text), base)


def width(text: str, size: float, base: str = fonts.REGULAR) -> float:
    return float(sum(stringWidth(piece, font, size) for font, piece in runs(text, base)))


def draw(
    canvas: Any, x: float, y: float, text: str, size: float, base: str = fonts.REGULAR, align: str = "left"
) -> None:
    """Draw ``text`` with its left edge (``align`` "left"), right edge ("right") or centre ("centre") at ``x``."""
    pieces = runs(text, base)
    total = sum(stringWidth(piece, font, size) for font, piece in pieces)
    start = x - total if align == "right" else x - total / 2 if align == "centre" else x
    for font, piece in pieces:
        canvas.setFont(font, size)
        canvas.drawString(start, y, piece)
        start += stringWidth(piece, font, size)


def label(
    x: float, y: float, text: str, size: float, colour: Any, anchor: str = "start", base: str = fonts.REGULAR
) -> Group:
    """A chart label (``anchor`` "start", "middle" or "end", as ReportLab's String has it)."""
    pieces = runs(text, base)
    total = sum(stringWidth(piece, font, size) for font, piece in pieces)
    start = x - total if anchor == "end" else x - total / 2 if anchor == "middle" else x
    group = Group()
    for font, piece in pieces:
        group.add(String(start, y, piece, fontName=font, fontSize=size, fillColor=colour))
        start += stringWidth(piece, font, size)
    return group


__all__ = ["draw", "label", "runs", "width"]
