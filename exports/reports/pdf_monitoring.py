"""The PDF report's monitoring chapter: the operational indicators and their figures over time.

It opens with what the indicators are and what is recorded, then the data gaps (indicators with no total for the
latest period), then per pillar a table of every indicator's totals across the last periods with its change and
target, and for each indicator with figures its trend chart, the breakdowns of its latest period broken down,
its source and quality note and any breakdown that does not add up; it ends with how the figures are read.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from assess.monitoring import Monitoring, Series
from exports.reports import fonts, monitoring_charts, monitoring_text
from exports.reports.model import ReportData
from exports.reports.pdf_style import cell, head, heading, lead, new_page, rtl_layout, table, text
from exports.reports.wording import of
from framework import pick


def _section(title: str) -> list[Any]:
    """A section of the chapter (not listed in the contents, which list the chapter itself), kept with the short
    table or paragraph after it."""
    return [heading(title, 1, toc=False)]


def chapter(data: ReportData, width: float) -> list[Any]:
    """The chapter, when any figure is recorded (an assessment that records none gets no empty chapter)."""
    read = data.monitoring
    if read is None or not read.recorded:
        return []
    w = of(data)
    story: list[Any] = [*new_page(), heading(w("monitoring"))]
    story += [
        text(line, "muted" if index else "body") for index, line in enumerate(monitoring_text.opening(data, read))
    ]
    story += _section(w("data_gaps"))
    story.append(text(monitoring_text.gaps_intro(data, read)))
    if read.gaps:
        rows = [
            [s.code, cell(monitoring_text.name(data, s.indicator)), cell(monitoring_text.last_figure(w, s))]
            for s in read.gaps
        ]
        header = head([w("col_code"), w("col_indicator"), w("col_last_figure")])
        story.append(table([header, *rows], [56, width - 156, 100]))
    framework = read.indicators.framework
    for pillar, series in read.by_pillar().items():
        story += _section(w("monitoring_pillar", pillar=pick(framework.item(pillar).title, data.lang) or pillar))
        story.append(_pillar_table(data, read, series, width))
        for s in series:
            if s.figures:
                story.append(Spacer(1, 6))
                story.append(KeepTogether(_indicator(data, s, width)))
    story += _section(w("monitoring_rules"))
    story += [text(rule, "small") for rule in monitoring_text.rules(data)]
    return story


def _pillar_table(data: ReportData, read: Monitoring, series: tuple[Series, ...], width: float) -> Table:
    w = of(data)
    shown = monitoring_text.shown_periods(read)
    header = head(
        [w("col_indicator"), *(monitoring_text.period(w, p) for p in shown), w("col_change"), w("col_target")]
    )
    rows = []
    for s in series:
        totals = []
        for when in shown:
            held = s.at(when)
            totals.append(monitoring_text.figure(w, s.indicator, held.total if held is not None else None))
        name = f"{monitoring_text.titled(data, s.indicator)} ({monitoring_text.unit(w, s.indicator)})"
        rows.append([cell(name), *totals, cell(monitoring_text.change(w, s)), cell(monitoring_text.target(w, s))])
    fixed = [monitoring_text.column_width([row[i] for row in rows], 7.5, 30.0) for i in range(1, len(shown) + 1)]
    fixed += [62.0, 54.0]
    return table([header, *rows], [width - sum(fixed), *fixed], numeric=range(1, len(shown) + 1))


def _indicator(data: ReportData, s: Series, width: float) -> list[Any]:
    w = of(data)
    block: list[Any] = [heading(monitoring_text.titled(data, s.indicator), 2, toc=False)]
    block.append(
        text(f"{monitoring_text.unit(w, s.indicator)} · {w('informs', codes=', '.join(s.indicator.measures))}", "muted")
    )
    half = (width - 12) / 2
    chart = monitoring_charts.trend(data, s, half)
    broken = monitoring_text.latest_broken_down(s)
    if broken is not None:
        parts = [
            [text(w("trend_caption"), "muted"), chart],
            [
                text(w("breakdown_caption", period=monitoring_text.period(w, broken.period)), "muted"),
                monitoring_charts.breakdowns(data, s, broken, half),
            ],
        ]
        if rtl_layout():
            parts.reverse()
        row = Table([parts], colWidths=[half + 6, half + 6])
        row.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        block.append(row)
    else:
        block += [text(w("trend_caption"), "muted"), chart]
    last = s.figures[-1]
    when = monitoring_text.period(w, last.period)
    if last.source:
        block += lead(w("figures_source", period=when), last.source)
    if last.note:
        block += lead(w("figures_note", period=when), last.note)
    block += [text(monitoring_text.mismatch(w, s.indicator, m), "small-alert") for m in s.mismatches]
    return block
