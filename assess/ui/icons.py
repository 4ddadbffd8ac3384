"""Small state icons drawn with QPainter (no image files): an item's state and a branch's completion.

The colours read on light and dark backgrounds alike; every icon goes with a text, so colour
is never the only cue.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

SIZE = 32  # drawn large, scaled down by the view: sharp on high-DPI screens

COLORS = {
    "not_scored": QColor("#8a8f98"),
    "partly_scored": QColor("#3d7fd1"),
    "meets_target": QColor("#2e9d5a"),
    "not_applicable": QColor("#8a8f98"),
    "gap": QColor("#d9534f"),
}
SEVERITY_SHADES = {
    "minor": QColor("#fbf1d5"),
    "major": QColor("#f8d9b5"),
    "critical": QColor("#f1b9b2"),
}
"""The shade behind a gap by its severity; the word (minor, major, critical) is always beside it."""
LAW = QColor("#3d7fd1")
PRACTICE = QColor("#e0892b")


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def status_icon(status: str) -> QIcon:
    pixmap, painter = _canvas()
    color = COLORS.get(status, COLORS["not_scored"])
    box = QRectF(5, 5, SIZE - 10, SIZE - 10)
    painter.setPen(QPen(color, 3))
    if status == "not_scored":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
    elif status == "partly_scored":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setBrush(color)
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif status == "not_applicable":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.drawLine(9, SIZE - 9, SIZE - 9, 9)
    else:
        painter.setBrush(color)
        painter.drawEllipse(box)
    painter.end()
    return QIcon(pixmap)


def completion_icon(fraction: float) -> QIcon:
    return _completion(round(max(0.0, min(fraction, 1.0)) * 8))


@cache
def _completion(eighths: int) -> QIcon:
    pixmap, painter = _canvas()
    color = COLORS["meets_target"]
    box = QRectF(5, 5, SIZE - 10, SIZE - 10)
    painter.setPen(QPen(color, 3))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(box)
    if eighths:
        painter.setBrush(color)
        painter.drawPie(box, 90 * 16, -eighths * 45 * 16)
    painter.end()
    return QIcon(pixmap)
