"""The wide tables of the PDF report: gap register, action plan by institution, technical assistance.

Each table repeats its header row on every page; long ones are ReportLab ``LongTable``s, which
keep the row heights measured once instead of measuring the rest again at every page break.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Spacer

from exports.reports import wording
from exports.reports.model import ItemRow, ReportData
from exports.reports.pdf_front import gap_header, gap_rows, priority_colours, severity_shades
from exports.reports.pdf_style import cell, heading, new_page, section, table, text


def rows_table(
    header: list[Any],
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    colour_rows: tuple[ItemRow, ...] = (),
    colour_column: int | None = None,
    shade_column: int | None = None,
) -> Any:
    """``rows`` under ``header``, with the priority column (if any) coloured by priority and the gap column (if
    any) shaded by severity."""
    extra = priority_colours(colour_rows, colour_column) if colour_column is not None else []
    if shade_column is not None:
        extra += severity_shades(colour_rows, shade_column)
    return table([header, *rows], widths, numeric=numeric, extra=extra)


def gap_register(data: ReportData, width: float) -> list[Any]:
    w = wording.of(data)
    story: list[Any] = [*new_page("landscape"), heading(w("register"))]
    story.append(text(wording.register_intro(data), "muted"))
    story.append(Spacer(1, 4))
    if not data.gaps:
        story.append(text(w("no_gaps")))
        return story
    header = gap_header(
        data, "code", "item", "law", "practice", "target", "gap", "priority", "institution", "target_date", "assistance"
    )
    fixed = [46, 26, 36, 32, 50, 44, 130, 52, 150]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    story.append(
        rows_table(
            header,
            gap_rows(data, data.gaps, with_ta=True),
            widths,
            numeric=(2, 3, 4),
            colour_rows=data.gaps,
            colour_column=6,
            shade_column=5,
        )
    )
    return story


def action_plan(data: ReportData, width: float) -> list[Any]:
    w = wording.of(data)
    story: list[Any] = [*new_page("landscape"), heading(w("actions"))]
    story.append(text(w("actions_intro"), "muted"))
    if not data.actions:
        story.append(text(w("no_actions")))
        return story
    header = gap_header(data, "target_date", "code", "item", "gap", "priority", "next_action", "assistance")
    fixed = [52, 46, 50, 44, 200, 140]
    widths = [fixed[0], fixed[1], width - sum(fixed), *fixed[2:]]
    for group in data.actions:
        story += section(w.institution(group.institution))
        rows = []
        for row in group.items:
            r = row.state.response
            rows.append(
                [
                    cell(w.date(r.target_date) if r.target_date else w("no_date")),
                    row.code,
                    cell(row.text),
                    cell(f"{row.state.gap} {w.severity(row.state.severity)}") if row.state.severity else "–",
                    cell(w.priority(r.priority)),
                    cell(r.next_action or "–"),
                    cell(r.technical_assistance or "–"),
                ]
            )
        story.append(
            rows_table(header, rows, widths, numeric=(3,), colour_rows=group.items, colour_column=4, shade_column=3)
        )
    return story


def assistance(data: ReportData, width: float) -> list[Any]:
    w = wording.of(data)
    story: list[Any] = [*new_page(), heading(w("assistance"))]
    if not data.assistance:
        story.append(text(w("no_assistance")))
        return story
    per_chapter = []
    for chapter in data.chapters:
        mine = [r for r in data.assistance if r.chapter == chapter.code]
        if mine:
            high = sum(1 for r in mine if r.state.response.priority == "high")
            per_chapter.append([cell(chapter.title), w.number(len(mine)), w.number(high)])
    story.append(text(w.plural("assistance_intro", len(data.assistance))))
    story.append(
        table(
            [gap_header(data, "pillar", "items", "high_priority"), *per_chapter], [width - 130, 50, 80], numeric=(1, 2)
        )
    )
    story.append(Spacer(1, 8))
    header = gap_header(data, "code", "item", "priority", "responsible", "assistance")
    fixed = [46, 44, 110, 170]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    rows = []
    for row in data.assistance:
        r = row.state.response
        rows.append(
            [
                row.code,
                cell(row.text),
                cell(w.priority(r.priority)),
                cell(", ".join(r.institutions) or "–"),
                cell(r.technical_assistance),
            ]
        )
    story.append(rows_table(header, rows, widths, colour_rows=data.assistance, colour_column=2))
    return story
