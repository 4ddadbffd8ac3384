"""The monitoring chapter's charts, drawn with ReportLab's own graphics (vector) in the embedded report font:

- an indicator's trend: the total of each period as a bar, with its target as a dashed line named at the end of
  the chart, in a margin no bar stands in (so that the name never covers a bar's figure);
- an indicator's breakdowns in one period: per dimension, a bar per category with its figure.

In a right-to-left report the periods run from the right and the bars grow leftwards, as an Arabic reader expects.
The editable document draws the same charts as pictures (:mod:`exports.reports.monitoring_png`) from the same
geometry (:func:`trend_bars`, :func:`breakdown_rows`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect

from assess.figures import Figures
from assess.monitoring import Series
from exports.reports import fonts, monitoring_text, pdf_draw
from exports.reports.model import ReportData
from exports.reports.pdf_style import INK, MUTED, NAVY, RULE, TARGET
from exports.reports.wording import of
from framework import pick

TREND_PERIODS = 8
"""The most periods a trend chart shows (the last ones)."""
ROW = 10.0
"""The height of one category's bar, in points."""


@dataclass(frozen=True)
class Bar:
    """One bar of a trend chart, in points from the chart's bottom left: where it stands and what it says."""

    x: float
    width: float
    height: float
    value: str
    label: str


def target_label(data: ReportData, s: Series) -> str | None:
    """What names the target's line ("Target: 0"), or None when the indicator has no target."""
    if s.indicator.target is None:
        return None
    w = of(data)
    return f"{w('col_target')}{w.colon}{monitoring_text.figure(w, s.indicator, s.indicator.target)}"


def trend_bars(
    data: ReportData, s: Series, width: float, plot: float, margin: float = 0.0
) -> tuple[list[Bar], float | None]:
    """The bars of ``s``'s last totals across ``width`` less ``margin`` (kept free at the end: the right, or the left
    right to left), up to ``plot`` points high; and the target's height."""
    w = of(data)
    totals = s.totals[-TREND_PERIODS:]
    goal = s.indicator.target
    top = max([float(v) for _, v in totals] + ([float(goal)] if goal is not None else []) + [1.0])
    step = (width - margin) / max(len(totals), 1)
    start = margin if w.rtl else 0.0
    bars = []
    for index, (when, value) in enumerate(totals):
        place = len(totals) - 1 - index if w.rtl else index
        bars.append(
            Bar(
                x=start + step * place + step * 0.2,
                width=step * 0.6,
                height=plot * float(value) / top,
                value=monitoring_text.figure(w, s.indicator, value),
                label=monitoring_text.period(w, when),
            )
        )
    return bars, plot * float(goal) / top if goal is not None else None


def trend(data: ReportData, s: Series, width: float, height: float = 120.0) -> Drawing:
    fonts.register()
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
    bottom, room = 16.0, height - 30.0
    label = target_label(data, s)
    margin = pdf_draw.width(label, 6.5) + 6 if label is not None else 0.0
    bars, target = trend_bars(data, s, width, room, margin)
    drawing.add(Line(0, bottom, width, bottom, strokeColor=MUTED, strokeWidth=0.6))
    for bar in bars:
        drawing.add(Rect(bar.x, bottom, bar.width, max(bar.height, 0.5), fillColor=NAVY, strokeColor=None))
        drawing.add(pdf_draw.label(bar.x + bar.width / 2, bottom + bar.height + 3, bar.value, 6.5, INK, "middle"))
        drawing.add(pdf_draw.label(bar.x + bar.width / 2, bottom - 10, bar.label, 6.5, MUTED, "middle"))
    if target is not None and label is not None:
        y = bottom + target
        drawing.add(Line(0, y, width, y, strokeColor=TARGET, strokeWidth=0.8, strokeDashArray=[3, 2]))
        w = of(data)
        drawing.add(pdf_draw.label(0 if w.rtl else width, y + 2.5, label, 6.5, MUTED, "start" if w.rtl else "end"))
    return drawing


def breakdown_rows(data: ReportData, s: Series, figures: Figures) -> list[tuple[str, list[tuple[str, Decimal]]]]:
    """Per dimension with figures in ``figures``: its label, and each category's label and figure, in order."""
    found = []
    for dimension in s.indicator.disaggregations:
        given = figures.by(dimension.id)
        if given:
            rows = [(pick(c.label, data.lang), given[c.id]) for c in dimension.categories if c.id in given]
            found.append((pick(dimension.label, data.lang), rows))
    return found


def fitted(text: str, room: float, size: float = 6.5) -> tuple[str, float]:
    """``text`` at the size that fits ``room`` points: smaller type rather than a label cut short."""
    width = pdf_draw.width(text, size)
    if width <= room:
        return text, size
    return text, size * room / width


def breakdown_height(data: ReportData, s: Series, figures: Figures) -> float:
    return sum(12 + ROW * len(rows) for _, rows in breakdown_rows(data, s, figures))


def breakdowns(data: ReportData, s: Series, figures: Figures, width: float) -> Drawing:
    """One block per dimension: its name, then a bar per category scaled to the dimension's largest figure."""
    fonts.register()
    w = of(data)
    height = breakdown_height(data, s, figures)
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
    label_room, value_room = width * 0.42, 34.0
    bar_room = width - label_room - value_room
    y = height
    for caption, rows in breakdown_rows(data, s, figures):
        y -= 10
        caption, size = fitted(caption, width, 7)
        drawing.add(
            pdf_draw.label(width if w.rtl else 0, y, caption, size, NAVY, "end" if w.rtl else "start", fonts.BOLD)
        )
        y -= 2
        most = max((float(v) for _, v in rows), default=1.0) or 1.0
        for label, value in rows:
            y -= ROW
            length = bar_room * float(value) / most
            text = monitoring_text.figure(w, s.indicator, value)
            label, size = fitted(label, label_room - 4)
            if w.rtl:
                drawing.add(pdf_draw.label(width, y + 2, label, size, INK, "end"))
                start = width - label_room
                drawing.add(Rect(start - length, y + 1.5, max(length, 0.5), ROW - 3, fillColor=NAVY, strokeColor=None))
                drawing.add(pdf_draw.label(start - length - 3, y + 2, text, 6.5, INK, "end"))
            else:
                drawing.add(pdf_draw.label(0, y + 2, label, size, INK))
                drawing.add(Rect(label_room, y + 1.5, max(length, 0.5), ROW - 3, fillColor=NAVY, strokeColor=None))
                drawing.add(pdf_draw.label(label_room + length + 3, y + 2, text, 6.5, INK))
        drawing.add(Line(0, y, width, y, strokeColor=RULE, strokeWidth=0.3))
    return drawing
