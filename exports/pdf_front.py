"""The front of the PDF report: cover, contents and executive summary (figures, pillars, charts, top gaps)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from exports import fonts, pdf_charts, wording
from exports.model import ItemRow, ReportData
from exports.pdf_style import (
    MUTED,
    NAVY,
    PRIORITY_COLOURS,
    RULE,
    ZEBRA,
    cell,
    head,
    heading,
    markup,
    mean,
    new_page,
    safe,
    score,
    section,
    table,
    text,
)


def cover(data: ReportData) -> list[Any]:
    info = data.info
    facts = wording.cover_facts(data)
    rows = [[markup(label, "muted"), text(value, "body")] for label, value in facts]
    details = Table(rows, colWidths=[38 * mm, 120 * mm], hAlign="LEFT")
    details.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Any] = [
        Spacer(1, 30 * mm),
        markup("NATIONAL SELF-ASSESSMENT · UN TRAFFICKING IN PERSONS PROTOCOL", "muted"),
        Spacer(1, 4 * mm),
        text(info.country, "cover-title"),
        text(info.title + (f" ({info.period})" if info.period else ""), "cover-sub"),
        markup("Gap report and action plan", "cover-sub"),
        Spacer(1, 14 * mm),
        details,
        Spacer(1, 12 * mm),
    ]
    if data.draft:
        story.append(markup(wording.DRAFT_NOTE.replace("a draft", "a <b>draft</b>"), "small"))
    if data.include_sensitive:
        story.append(
            markup(
                wording.RESTRICTED.replace("Restricted.", '<font color="#b83a2e"><b>Restricted.</b></font>'), "small"
            )
        )
    return story


def contents_page(lines: list[Any]) -> list[Any]:
    return [NextPageTemplate("portrait"), PageBreak(), heading("Contents", toc=False), *lines]


def _figures(data: ReportData, width: float) -> Table:
    o = data.overall
    p = o.by_priority
    cells = [
        (f"{o.completion:.0%}", f"complete: {o.complete} of {o.assessable} items ({o.not_applicable} N/A)"),
        (mean(o.law_mean), f"mean score {data.law_label.lower()} ({o.law_count} items)"),
        (mean(o.practice_mean), f"mean score {data.practice_label.lower()} ({o.practice_count} items)"),
        (
            str(o.gaps),
            f"gaps: {p.get('high', 0)} high, {p.get('medium', 0)} medium, {p.get('low', 0)} low, "
            f"{p.get('none', 0)} without priority",
        ),
    ]
    row = [[markup(figure, "figure"), Spacer(1, 2), markup(label, "figure-label")] for figure, label in cells]
    result = Table([row], colWidths=[width / 4] * 4)
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return result


def pillar_table(data: ReportData, width: float) -> Table:
    rows: list[list[Any]] = [
        head(["Pillar", "Items", "Complete", "N/A", "Law", "Practice", "Gaps", "High", "Medium", "Low"])
    ]
    for summary in [c.summary for c in data.chapters] + [data.overall]:
        p = summary.by_priority
        rows.append(
            [
                cell(summary.title),
                str(summary.assessable),
                f"{summary.complete} ({summary.completion:.0%})",
                str(summary.not_applicable),
                mean(summary.law_mean),
                mean(summary.practice_mean),
                str(summary.gaps),
                str(p.get("high", 0)),
                str(p.get("medium", 0)),
                str(p.get("low", 0)),
            ]
        )
    fixed = [30, 56, 26, 28, 38, 28, 28, 38, 26]
    extra = [("FONTNAME", (0, -1), (-1, -1), fonts.BOLD), ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)]
    return table(rows, [width - sum(fixed), *fixed], numeric=range(1, 10), extra=extra)


def gap_rows(rows: tuple[ItemRow, ...], with_ta: bool = False) -> list[list[Any]]:
    result: list[list[Any]] = []
    for row in rows:
        r = row.state.response
        line: list[Any] = [
            row.code,
            cell(row.short),
            score(r.law),
            score(r.practice),
            str(row.state.gap),
            r.priority or "–",
            cell(", ".join(r.institutions) or "–"),
        ]
        if with_ta:
            line += [r.target_date.isoformat() if r.target_date else "–", cell(r.technical_assistance or "–")]
        result.append(line)
    return result


def priority_colours(rows: tuple[ItemRow, ...], column: int) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = []
    for index, row in enumerate(rows, start=1):
        colour = PRIORITY_COLOURS.get(row.state.response.priority or "")
        if colour is not None:
            commands.append(("TEXTCOLOR", (column, index), (column, index), colour))
    return commands


def summary(data: ReportData, width: float) -> list[Any]:
    story: list[Any] = [*new_page(), heading("Executive summary"), _figures(data, width), Spacer(1, 8)]
    story.append(text(wording.narrative(data)))
    story += [heading("Scores and gaps by pillar", 1), pillar_table(data, width)]
    story += [
        CondPageBreak(240),
        heading("Scores by pillar", 1),
        markup(
            f"Mean score per pillar on the scale {data.info.scale_min}-{data.info.scale_max}; N/A items are left "
            "out of the means.",
            "muted",
        ),
        pdf_charts.pillar_chart(data, width),
    ]
    story.append(
        KeepTogether(
            [
                heading("Law against practice", 1),
                markup(
                    "Each square counts the items with that pair of scores. Items below the diagonal have a "
                    "legal and institutional basis that is not yet working in practice.",
                    "muted",
                ),
                Spacer(1, 4),
                pdf_charts.matrix_chart(data, width),
            ]
        )
    )
    largest = data.largest
    story += section("The ten largest gaps")
    if not largest:
        story.append(text("No item is below the target."))
    else:
        rows = [head(["Code", "Item", "Law", "Practice", "Gap", "Priority", "Responsible"]), *gap_rows(largest)]
        story.append(
            table(rows, [46, width - 306, 26, 36, 24, 44, 130], numeric=(2, 3, 4), extra=priority_colours(largest, 5))
        )
    story.append(Spacer(1, 4))
    story.append(
        markup(
            f"Gap: the target ({data.info.target}) minus the lower of the two scores. "
            "The full list is in the gap register.",
            "muted",
        )
    )
    return story


__all__ = ["MUTED", "cover", "gap_rows", "safe", "summary"]
