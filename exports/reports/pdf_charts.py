"""The report's two charts, drawn with ReportLab's own graphics (vector, no extra dependency).

- per-pillar mean scores, law and institutions beside practice, against the target;
- law against practice: how many items sit at each pair of scores, so the items whose
  practice lags their law (below the diagonal) stand out.

Every label is set in the embedded report font: ReportLab's chart default, Helvetica, is not
embedded and has no glyphs beyond Latin-1.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from exports.reports import fonts, pdf_draw, wording
from exports.reports.model import ReportData
from exports.reports.pdf_style import INK, LAW, MUTED, NAVY, PRACTICE, RULE, TARGET


def short_title(title: str, width: int = 16) -> str:
    """A pillar title broken into at most three lines of about ``width`` characters (longer lines where three of
    that width would not hold it: a label is never cut), for a chart label."""
    words = title.split()
    while True:
        lines: list[str] = []
        for word in words:
            if lines and len(lines[-1]) + 1 + len(word) <= width:
                lines[-1] += " " + word
            else:
                lines.append(word)
        if len(lines) <= 3:
            return "\n".join(lines)
        width += 4


def pillar_chart(data: ReportData, width: float) -> Drawing:
    """Grouped bars: mean score per chapter in law and in practice, with the target as a dashed line."""
    fonts.register()
    w = wording.of(data)
    height = 200.0
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 52
    chart.width, chart.height = width - 44, height - 80
    chapters = tuple(reversed(data.chapters)) if w.rtl else data.chapters  # read from the right in Arabic
    chart.data = [
        [c.summary.law_mean for c in chapters],
        [c.summary.practice_mean for c in chapters],
    ]
    low, high = data.info.scale_min, data.info.scale_max
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = low, high, 1
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = MUTED
    chart.categoryAxis.categoryNames = [c.code for c in chapters]
    chart.categoryAxis.visibleLabels = False  # drawn below in the fonts each script needs
    chart.categoryAxis.strokeColor = MUTED
    chart.barSpacing = 1.5
    chart.groupSpacing = 10
    chart.bars[0].fillColor = LAW
    chart.bars[1].fillColor = PRACTICE
    chart.bars.strokeColor = None
    chart.barLabelFormat = w.decimal
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 6
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 5
    drawing.add(chart)
    span = high - low or 1
    step = chart.width / max(len(chapters), 1)
    for index, part in enumerate(chapters):  # each pillar's own target across its bars
        y = chart.y + chart.height * (wording.pillar_target(data, part.code) - low) / span
        left = chart.x + step * index + 2
        drawing.add(Line(left, y, left + step - 4, y, strokeColor=TARGET, strokeWidth=0.9, strokeDashArray=[3, 2]))
    for index, part in enumerate(chapters):
        centre = chart.x + step * (index + 0.5)
        for line, words in enumerate(short_title(part.short_title).split("\n")):
            drawing.add(pdf_draw.label(centre, chart.y - 12 - line * 8, words, 6.5, INK, "middle"))
    legend = [(LAW, w.law(data)), (PRACTICE, w.practice(data))]
    target_label = w("chart_target", target=w.number(data.info.target))
    legend_width = (
        sum(13 + pdf_draw.width(label, 7.5) + 18 for _, label in legend) + 18 + pdf_draw.width(target_label, 7.5)
    )
    x = chart.x + chart.width - legend_width if w.rtl else chart.x
    top = height - 12
    for colour, label in legend:
        drawing.add(Rect(x, top, 9, 7, fillColor=colour, strokeColor=None))
        drawing.add(pdf_draw.label(x + 13, top + 0.5, label, 7.5, INK))
        x += 13 + pdf_draw.width(label, 7.5) + 18
    drawing.add(Line(x, top + 3.5, x + 14, top + 3.5, strokeColor=TARGET, strokeWidth=0.8, strokeDashArray=[3, 2]))
    drawing.add(pdf_draw.label(x + 18, top + 0.5, target_label, 7.5, INK))
    return drawing


def score_pairs(data: ReportData) -> dict[tuple[int, int], int]:
    """How many items have each (law, practice) pair of scores; items with a score missing or N/A are left out."""
    counts: dict[tuple[int, int], int] = {}
    for row in data.items:
        r = row.state.response
        if r.law is not None and r.practice is not None and not r.not_applicable:
            counts[(r.law, r.practice)] = counts.get((r.law, r.practice), 0) + 1
    return counts


def matrix_chart(data: ReportData, width: float) -> Drawing:
    """A grid of law score (across) against practice score (up); each cell shows how many items have that pair."""
    fonts.register()
    w = wording.of(data)
    low, high = data.info.scale_min, data.info.scale_max
    steps = high - low + 1
    counts = score_pairs(data)
    most = max(counts.values(), default=1)
    size = min(30.0, (width - 220) / steps)
    height = size * steps + 48
    drawing = Drawing(width, height, initialFontName=fonts.REGULAR)
    left, bottom = 64.0, 34.0
    for law in range(low, high + 1):
        for practice in range(low, high + 1):
            count = counts.get((law, practice), 0)
            x = left + (law - low) * size
            y = bottom + (practice - low) * size
            shade = colors.linearlyInterpolatedColor(colors.HexColor("#f4f7fb"), NAVY, 0, 1, count / most)
            drawing.add(
                Rect(x, y, size, size, fillColor=shade if count else colors.white, strokeColor=RULE, strokeWidth=0.4)
            )
            if count:
                ink = colors.white if count / most > 0.45 else INK
                drawing.add(
                    String(
                        x + size / 2,
                        y + size / 2 - 3,
                        str(count),
                        fontName=fonts.REGULAR,
                        fontSize=8,
                        fillColor=ink,
                        textAnchor="middle",
                    )
                )
    for value in range(low, high + 1):
        offset = (value - low) * size + size / 2
        drawing.add(
            String(
                left + offset,
                bottom - 10,
                str(value),
                fontName=fonts.REGULAR,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
        drawing.add(
            String(
                left - 6,
                bottom + offset - 2.5,
                str(value),
                fontName=fonts.REGULAR,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    drawing.add(
        Line(
            left,
            bottom,
            left + size * steps,
            bottom + size * steps,
            strokeColor=TARGET,
            strokeWidth=0.6,
            strokeDashArray=[2, 2],
        )
    )
    drawing.add(pdf_draw.label(left + size * steps / 2, bottom - 24, w.law(data), 7.5, INK, "middle"))
    drawing.add(pdf_draw.label(left - 22, bottom + size * steps + 8, w.practice(data), 7.5, INK))
    note_x = left + size * steps + 16
    behind = sum(n for (law, practice), n in counts.items() if practice < law)
    ahead = sum(n for (law, practice), n in counts.items() if practice > law)
    level = sum(n for (law, practice), n in counts.items() if practice == law)
    for line, (label, value) in enumerate(
        ((w("matrix_behind"), behind), (w("matrix_level"), level), (w("matrix_ahead"), ahead))
    ):
        y = bottom + size * steps - 12 - line * 14
        drawing.add(String(note_x, y, w.number(value), fontName=fonts.BOLD, fontSize=9, fillColor=NAVY))
        drawing.add(pdf_draw.label(note_x + 22, y, label, 7.5, INK))
    return drawing
