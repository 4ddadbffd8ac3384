"""The editable document's monitoring chapter, in the order of the PDF's (:mod:`exports.reports.pdf_monitoring`):
what is recorded, the data gaps, per pillar a table of totals across the last periods, each indicator's trend and
breakdowns as pictures (:mod:`exports.reports.monitoring_png`) with its source, quality note and any breakdown that
does not add up, and how the figures are read."""

from __future__ import annotations

from typing import TYPE_CHECKING

from assess.monitoring import Series
from exports.reports import monitoring_png, monitoring_text
from framework import pick

if TYPE_CHECKING:
    from exports.reports.word import Writer


def chapter(w: Writer) -> None:
    data, t = w.data, w.w
    read = data.monitoring
    if read is None or not read.recorded:  # an assessment that records no figure gets no empty chapter
        return
    w.landscape(False)
    w.heading(t("monitoring"))
    for index, line in enumerate(monitoring_text.opening(data, read)):
        w.para(line, size=None if index == 0 else 8.5)
    w.heading(t("data_gaps"), 3)
    w.para(monitoring_text.gaps_intro(data, read))
    if read.gaps:
        w.table(
            [t("col_code"), t("col_indicator"), t("col_last_figure")],
            [[s.code, monitoring_text.name(data, s.indicator), monitoring_text.last_figure(t, s)] for s in read.gaps],
            [2.2, w.text_width - 6.2, 4.0],
        )
    shown = monitoring_text.shown_periods(read)
    framework = read.indicators.framework
    for pillar, series in read.by_pillar().items():
        w.heading(t("monitoring_pillar", pillar=pick(framework.item(pillar).title, data.lang) or pillar), 3)
        rows = []
        for s in series:
            totals = []
            for when in shown:
                held = s.at(when)
                totals.append(monitoring_text.figure(t, s.indicator, held.total if held is not None else None))
            name = f"{monitoring_text.titled(data, s.indicator)} ({monitoring_text.unit(t, s.indicator)})"
            rows.append([name, *totals, monitoring_text.change(t, s), monitoring_text.target(t, s)])
        points = [monitoring_text.column_width([row[i] for row in rows], 8, 36.0) for i in range(1, len(shown) + 1)]
        fixed = [p / 72 * 2.54 for p in points] + [2.2, 1.8]
        w.table(
            [t("col_indicator"), *(monitoring_text.period(t, p) for p in shown), t("col_change"), t("col_target")],
            rows,
            [w.text_width - sum(fixed), *fixed],
        )
        for s in series:
            if s.figures:
                _indicator(w, s)
    w.heading(t("monitoring_rules"), 3)
    for rule in monitoring_text.rules(data):
        w.para(rule, size=8.5)


def _indicator(w: Writer, s: Series) -> None:
    data, t = w.data, w.w
    w.para(monitoring_text.titled(data, s.indicator), bold=True, size=10.5)
    w.para(f"{monitoring_text.unit(t, s.indicator)} · {t('informs', codes=', '.join(s.indicator.measures))}", size=8)
    w.picture(monitoring_png.trend(data, s), t("trend_caption"), monitoring_text.trend_text(data, s))
    broken = monitoring_text.latest_broken_down(s)
    if broken is not None:
        w.picture(
            monitoring_png.breakdowns(data, s, broken),
            t("breakdown_caption", period=monitoring_text.period(t, broken.period)),
            monitoring_text.breakdown_text(data, s, broken),
        )
    last = s.figures[-1]
    when = monitoring_text.period(t, last.period)
    for label, value in ((t("figures_source", period=when), last.source), (t("figures_note", period=when), last.note)):
        if value:
            w.para(label, bold=True, size=8)
            w.para(value, size=9)
    for m in s.mismatches:
        w.para(monitoring_text.mismatch(t, s.indicator, m), size=8.5)
