"""The wide tables of the PDF report: gap register, action plan by institution, technical assistance.

Each table repeats its header row on every page; long ones are ReportLab ``LongTable``s, which
keep the row heights measured once instead of measuring the rest again at every page break.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Spacer

from exports import wording
from exports.model import ItemRow, ReportData
from exports.pdf_front import gap_rows, priority_colours
from exports.pdf_style import cell, head, heading, new_page, section, table, text


def rows_table(
    header: list[Any],
    rows: Sequence[list[Any]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    colour_rows: tuple[ItemRow, ...] = (),
    colour_column: int | None = None,
) -> Any:
    """``rows`` under ``header``, with the priority column (if any) coloured by priority."""
    extra = priority_colours(colour_rows, colour_column) if colour_column is not None else []
    return table([header, *rows], widths, numeric=numeric, extra=extra)


def gap_register(data: ReportData, width: float) -> list[Any]:
    story: list[Any] = [*new_page("landscape"), heading("Gap register")]
    story.append(text(wording.register_intro(data), "muted"))
    story.append(Spacer(1, 4))
    if not data.gaps:
        story.append(text("No item is below the target."))
        return story
    header = head(
        [
            "Code",
            "Item",
            "Law",
            "Practice",
            "Gap",
            "Priority",
            "Responsible institution",
            "Target date",
            "Technical assistance needed",
        ]
    )
    fixed = [46, 26, 36, 24, 44, 150, 52, 160]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    story.append(
        rows_table(
            header, gap_rows(data.gaps, with_ta=True), widths, numeric=(2, 3, 4), colour_rows=data.gaps, colour_column=5
        )
    )
    return story


def action_plan(data: ReportData, width: float) -> list[Any]:
    story: list[Any] = [*new_page("landscape"), heading("Action plan by responsible institution")]
    story.append(text(wording.ACTION_INTRO, "muted"))
    if not data.actions:
        story.append(text("No actions have been recorded."))
        return story
    header = head(["Target date", "Code", "Item", "Gap", "Priority", "Next action", "Technical assistance needed"])
    fixed = [52, 46, 24, 44, 210, 150]
    widths = [fixed[0], fixed[1], width - sum(fixed), *fixed[2:]]
    for group in data.actions:
        story += section(group.institution)
        rows = []
        for row in group.items:
            r = row.state.response
            rows.append(
                [
                    r.target_date.isoformat() if r.target_date else "no date",
                    row.code,
                    cell(row.short),
                    str(row.state.gap) if row.status == "gap" else "–",
                    r.priority or "–",
                    cell(r.next_action or "–"),
                    cell(r.technical_assistance or "–"),
                ]
            )
        story.append(rows_table(header, rows, widths, numeric=(3,), colour_rows=group.items, colour_column=4))
    return story


def assistance(data: ReportData, width: float) -> list[Any]:
    story: list[Any] = [*new_page(), heading("Technical assistance needs")]
    if not data.assistance:
        story.append(text("No technical assistance needs have been recorded."))
        return story
    per_chapter = []
    for chapter in data.chapters:
        mine = [r for r in data.assistance if r.chapter == chapter.code]
        if mine:
            high = sum(1 for r in mine if r.state.response.priority == "high")
            per_chapter.append([cell(chapter.title), str(len(mine)), str(high)])
    story.append(
        text(
            f"{len(data.assistance)} items name technical assistance that would help close the gap. "
            "By pillar, and then item by item, gaps first:"
        )
    )
    story.append(
        table([head(["Pillar", "Items", "High priority"]), *per_chapter], [width - 130, 50, 80], numeric=(1, 2))
    )
    story.append(Spacer(1, 8))
    header = head(["Code", "Item", "Priority", "Responsible", "Technical assistance needed"])
    fixed = [46, 44, 110, 170]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    rows = []
    for row in data.assistance:
        r = row.state.response
        rows.append(
            [
                row.code,
                cell(row.short),
                r.priority or "–",
                cell(", ".join(r.institutions) or "–"),
                cell(r.technical_assistance),
            ]
        )
    story.append(rows_table(header, rows, widths, colour_rows=data.assistance, colour_column=2))
    return story
