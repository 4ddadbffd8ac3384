"""The monitoring chapter's charts as PNG pictures for the editable document, drawn with Pillow from the geometry
the PDF's charts use (:mod:`exports.reports.monitoring_charts`), in the same colours and fonts."""

from __future__ import annotations

from assess.figures import Figures
from assess.monitoring import Series
from exports.reports import monitoring_charts, monitoring_text
from exports.reports.chart_png import SCALE, WIDTH_PT, Canvas, rgb
from exports.reports.model import ReportData
from exports.reports.pdf_style import INK, MUTED, NAVY, RULE, TARGET
from exports.reports.wording import of

TREND_HEIGHT = 150.0
"""In points, at the width of :data:`exports.reports.chart_png.WIDTH_PT`."""


def trend(data: ReportData, s: Series) -> bytes:
    width, height = WIDTH_PT, TREND_HEIGHT
    canvas = Canvas(width, height, round(height * SCALE))
    bottom = 18.0
    label = monitoring_charts.target_label(data, s)
    margin = Canvas.width(label, 8) + 8 if label is not None else 0.0
    bars, target = monitoring_charts.trend_bars(data, s, width, height - 34, margin)
    canvas.line(0, bottom, width, bottom, rgb(MUTED), 0.6)
    for bar in bars:
        canvas.rect(bar.x, bottom, bar.width, max(bar.height, 0.5), rgb(NAVY))
        canvas.text(bar.x + bar.width / 2, bottom + bar.height + 3, bar.value, 8, rgb(INK), "middle")
        canvas.text(bar.x + bar.width / 2, bottom - 11, bar.label, 8, rgb(MUTED), "middle")
    if target is not None and label is not None:
        w = of(data)
        y = bottom + target
        canvas.dashed(0, y, width, y, rgb(TARGET), 0.8, (3, 2))
        canvas.text(0 if w.rtl else width, y + 3, label, 8, rgb(MUTED), "start" if w.rtl else "end")
    return canvas.png()


def breakdowns(data: ReportData, s: Series, figures: Figures) -> bytes:
    w = of(data)
    blocks = monitoring_charts.breakdown_rows(data, s, figures)
    row = 13.0
    width = WIDTH_PT
    height = sum(16 + row * len(rows) for _, rows in blocks) + 4
    canvas = Canvas(width, height, round(height * SCALE))
    label_room, value_room = width * 0.4, 50.0
    bar_room = width - label_room - value_room
    y = height
    for caption, rows in blocks:
        y -= 13
        canvas.text(width if w.rtl else 0, y, caption, 9, rgb(NAVY), "end" if w.rtl else "start", room=width)
        y -= 3
        most = max((float(v) for _, v in rows), default=1.0) or 1.0
        for label, value in rows:
            y -= row
            length = bar_room * float(value) / most
            text = monitoring_text.figure(w, s.indicator, value)
            if w.rtl:
                canvas.text(width, y + 3, label, 8, rgb(INK), "end", room=label_room - 6)
                start = width - label_room
                canvas.rect(start - length, y + 2, max(length, 0.5), row - 4, rgb(NAVY))
                canvas.text(start - length - 4, y + 3, text, 8, rgb(INK), "end")
            else:
                canvas.text(0, y + 3, label, 8, rgb(INK), room=label_room - 6)
                canvas.rect(label_room, y + 2, max(length, 0.5), row - 4, rgb(NAVY))
                canvas.text(label_room + length + 4, y + 3, text, 8, rgb(INK))
        canvas.line(0, y, width, y, rgb(RULE), 0.3)
    return canvas.png()
