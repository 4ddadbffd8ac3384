"""The front of the PDF report: cover, contents and executive summary (figures, pillars, charts, top gaps)."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, NextPageTemplate, PageBreak, Spacer, Table, TableStyle

from exports.reports import fonts, pdf_charts, record, rtl, wording
from exports.reports.model import ItemRow, ReportData
from exports.reports.pdf_style import (
    MUTED,
    NAVY,
    PRIORITY_COLOURS,
    RULE,
    SEVERITY_SHADES,
    ZEBRA,
    cell,
    head,
    heading,
    markup,
    new_page,
    rtl_layout,
    safe,
    score,
    section,
    table,
    text,
)


def _emphasis(note: str, colour: str | None = None) -> Any:
    """A note with its ``**emphasis**`` in bold (and ``colour``), or plain in a script markup cannot shape."""
    if rtl.has_arabic(note):
        return text(note.replace("**", ""), "small")
    pieces = note.split("**")
    bold = "<b>{}</b>" if colour is None else f'<font color="{colour}"><b>{{}}</b></font>'
    return markup("".join(bold.format(safe(p)) if n % 2 else safe(p) for n, p in enumerate(pieces)), "small")


def cover(data: ReportData) -> list[Any]:
    w = wording.of(data)
    info = data.info
    facts = record.cover_facts(data)
    rows = [[text(label, "muted"), text(value, "body")] for label, value in facts]
    widths = [38 * mm, 120 * mm]
    inner = "RIGHTPADDING" if rtl_layout() else "LEFTPADDING"
    if rtl_layout():
        rows, widths = [row[::-1] for row in rows], widths[::-1]
    details = Table(rows, colWidths=widths, hAlign="RIGHT" if rtl_layout() else "LEFT")
    details.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                (inner, (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Any] = [
        Spacer(1, 30 * mm),
        text(w("cover_kicker"), "muted"),
        Spacer(1, 4 * mm),
        text(info.country, "cover-title"),
        text(info.heading, "cover-sub"),
        text(w("cover_title"), "cover-sub"),
        Spacer(1, 14 * mm),
        details,
        Spacer(1, 12 * mm),
    ]
    if data.draft:
        story.append(_emphasis(w("draft_note")))
    if data.include_sensitive:
        story.append(_emphasis(w("restricted"), "#b83a2e"))
    return story


def approval_page(data: ReportData, width: float) -> list[Any]:
    """The page a final report opens with after its cover: who approved it, for which body, when, the revision
    history of its status, and lines for signatures. Nothing for a draft."""
    w = wording.of(data)
    facts = record.approval_facts(data)
    if data.draft or not facts:
        return []
    story: list[Any] = [NextPageTemplate("portrait"), PageBreak(), heading(w("approval")), text(w("approval_intro"))]
    rows = [[text(label, "muted"), text(value, "body")] for label, value in facts]
    story.append(table(rows, [44 * mm, width - 44 * mm], header=False, zebra=False))
    entry = data.approved
    if entry is not None and entry.forced:
        story.append(text(w("approval_forced"), "small-alert"))
    story.append(Spacer(1, 10))
    story.append(heading(w("revisions"), 1))
    history = [gap_header(data, "when", "by", "note")]
    history += [[cell(when), cell(who), cell(what)] for when, who, what in record.revisions(data)]
    story.append(table(history, [70, 110, width - 180]))
    story.append(Spacer(1, 28))
    story.append(KeepTogether(_signatures(data, width)))
    return story


def _signatures(data: ReportData, width: float) -> list[Any]:
    """Two signature lines: signature and date, with the approver's name and capacity under the first."""
    w = wording.of(data)
    entry = data.approved
    name = ""
    if entry is not None and entry.approval is not None:
        name = ", ".join(x for x in (entry.approval.approved_by, entry.approval.role) if x)
    rows = [
        ["", "", ""],
        [text(w("signature"), "muted"), "", text(w("signature_date"), "muted")],
        [text(name, "small"), "", ""],
    ]
    widths = [width * 0.55, width * 0.1, width * 0.35]
    if rtl_layout():
        rows, widths = [row[::-1] for row in rows], widths[::-1]
    lines = Table(rows, colWidths=widths, rowHeights=[30, None, None])
    first, last = (2, 0) if rtl_layout() else (0, 2)
    lines.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (first, 0), (first, 0), 0.8, NAVY),
                ("LINEBELOW", (last, 0), (last, 0), 0.8, NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [lines]


def contents_page(data: ReportData, lines: list[Any]) -> list[Any]:
    return [NextPageTemplate("portrait"), PageBreak(), heading(wording.of(data)("contents"), toc=False), *lines]


def _figures(data: ReportData, width: float) -> Table:
    w = wording.of(data)
    o = data.overall
    cells = [
        (
            w.percent(o.completion),
            w.plural("figure_complete", o.assessable, complete=w.number(o.complete), na=w.number(o.not_applicable)),
        ),
        (w.decimal(o.law_mean), w.plural("figure_mean", o.law_count, dimension=w.in_prose(w.law(data)))),
        (
            w.decimal(o.practice_mean),
            w.plural("figure_mean", o.practice_count, dimension=w.in_prose(w.practice(data))),
        ),
        (
            w.number(o.gaps),
            w("figure_gaps", **{name: w.number(o.by_severity.get(name, 0)) for name in ("critical", "major", "minor")}),
        ),
    ]
    row = [[text(figure, "figure"), Spacer(1, 2), text(label, "figure-label")] for figure, label in cells]
    if rtl_layout():
        row.reverse()
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
    w = wording.of(data)
    columns = ("pillar", "items", "complete", "target", "law", "practice", "gaps", "critical", "major", "minor")
    rows: list[list[Any]] = [head([w(f"col_{name}") for name in columns])]
    for summary in [c.summary for c in data.chapters] + [data.overall]:
        p = summary.by_severity
        target = wording.pillar_target(data, summary.code) if summary.code != "ALL" else data.info.target
        rows.append(
            [
                cell(w.pillar(summary.code, summary.title)),
                w.number(summary.assessable),
                cell(f"{w.number(summary.complete)} ({w.percent(summary.completion)})"),
                w.number(target),
                w.decimal(summary.law_mean),
                w.decimal(summary.practice_mean),
                w.number(summary.gaps),
                w.number(p.get("critical", 0)),
                w.number(p.get("major", 0)),
                w.number(p.get("minor", 0)),
            ]
        )
    fixed = [30, 56, 26, 28, 38, 28, 28, 38, 26]
    extra = [("FONTNAME", (0, -1), (-1, -1), fonts.BOLD), ("LINEABOVE", (0, -1), (-1, -1), 0.8, NAVY)]
    return table(rows, [width - sum(fixed), *fixed], numeric=range(1, 10), extra=extra)


def gap_rows(data: ReportData, rows: tuple[ItemRow, ...], with_ta: bool = False) -> list[list[Any]]:
    w = wording.of(data)
    result: list[list[Any]] = []
    for row in rows:
        r = row.state.response
        line: list[Any] = [
            row.code,
            cell(row.text),
            score(r.law),
            score(r.practice),
            str(row.state.target),
            cell(f"{row.state.gap} {w.severity(row.state.severity)}"),
            cell(w.priority(r.priority)),
            cell(", ".join(r.institutions) or "–"),
        ]
        if with_ta:
            line += [cell(w.date(r.target_date)), cell(r.technical_assistance or "–")]
        result.append(line)
    return result


def priority_colours(rows: tuple[ItemRow, ...], column: int) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = []
    for index, row in enumerate(rows, start=1):
        colour = PRIORITY_COLOURS.get(row.state.response.priority or "")
        if colour is not None:
            commands.append(("TEXTCOLOR", (column, index), (column, index), colour))
    return commands


def severity_shades(rows: tuple[ItemRow, ...], column: int) -> list[tuple[Any, ...]]:
    """The gap column shaded by severity (the word is in the cell too: never colour alone)."""
    commands: list[tuple[Any, ...]] = []
    for index, row in enumerate(rows, start=1):
        shade = SEVERITY_SHADES.get(row.state.severity or "")
        if shade is not None:
            commands.append(("BACKGROUND", (column, index), (column, index), shade))
    return commands


def gap_header(data: ReportData, *names: str) -> list[Any]:
    w = wording.of(data)
    return head([w(f"col_{name}") for name in names])


def summary(data: ReportData, width: float) -> list[Any]:
    w = wording.of(data)
    info = data.info
    story: list[Any] = [*new_page(), heading(w("summary")), _figures(data, width), Spacer(1, 8)]
    story.append(heading(w("findings"), 1))
    found = wording.findings(data)
    if not found:
        story.append(text(w("no_findings"), "muted"))
    for title, finding in found:
        story.append(heading(title, 2, toc=False))
        story += [text(paragraph) for paragraph in finding.split("\n") if paragraph.strip()]
    story.append(heading(w("in_numbers"), 1))
    story += [text(paragraph) for paragraph in wording.narrative(data)]
    story += [heading(w("by_pillar"), 1), pillar_table(data, width)]
    story += [
        CondPageBreak(260),
        heading(w("chart_heading"), 1),
        text(w("chart_note", low=w.number(info.scale_min), high=w.number(info.scale_max)), "muted"),
        pdf_charts.pillar_chart(data, width),
        text(wording.chart_text(data), "muted"),
    ]
    behind, level, ahead = wording.lag_counts(data)
    story.append(
        KeepTogether(
            [
                heading(w("matrix_heading"), 1),
                text(w("matrix_note"), "muted"),
                Spacer(1, 4),
                pdf_charts.matrix_chart(data, width),
                text(wording.matrix_text(data, behind, level, ahead), "muted"),
            ]
        )
    )
    largest = data.largest
    story += section(w("largest"))
    if not largest:
        story.append(text(w("no_gaps")))
    else:
        header = gap_header(data, "code", "item", "law", "practice", "target", "gap", "priority", "responsible")
        rows = [header, *gap_rows(data, largest)]
        extra = priority_colours(largest, 6) + severity_shades(largest, 5)
        story.append(table(rows, [46, width - 348, 26, 36, 32, 50, 44, 114], numeric=(2, 3, 4), extra=extra))
    story.append(Spacer(1, 4))
    story.append(text(w("gap_note", target=w.number(info.target)), "muted"))
    return story


__all__ = ["MUTED", "cover", "gap_rows", "safe", "summary"]
