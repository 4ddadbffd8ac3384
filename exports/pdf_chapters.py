"""The body of the PDF report: one chapter per pillar, and one for the Working Group recommendations.

An item is a handful of paragraphs rather than a table, so a long chapter flows across pages
cheaply; text a user typed goes through :func:`exports.pdf_style.text` for fonts and direction.
"""

from __future__ import annotations

from typing import Any

from assess.evidence import EvidenceView
from exports import fonts, rtl
from exports.model import Chapter, ItemRow, ReportData, detail
from exports.pdf_style import (
    BAD,
    GOOD,
    MUTED,
    PRIORITY_COLOURS,
    heading,
    markup,
    mean,
    new_page,
    safe,
    text,
)

MUTED_HEX = "#5b6675"
STATUS_COLOURS = {"gap": BAD, "scored": GOOD, "na": MUTED, "unscored": MUTED, "partial": PRIORITY_COLOURS["medium"]}
KIND_LABELS = {"file": "File", "link": "Link", "citation": "Legal citation"}


def _fields(pairs: list[tuple[str, str]], name: str = "small") -> list[Any]:
    """Labelled values as one paragraph (lines joined); a value in Arabic gets a paragraph of its own."""
    story: list[Any] = []
    lines: list[str] = []
    for label, value in pairs:
        if not value:
            continue
        if rtl.has_arabic(value):
            if lines:
                story.append(markup("<br/>".join(lines), name))
                lines = []
            story += [markup(label.upper(), "label"), text(value, name)]
        else:
            lines.append(f"<b>{label}:</b> {safe(value)}")
    if lines:
        story.append(markup("<br/>".join(lines), name))
    return story


def _scores(data: ReportData, row: ItemRow) -> str:
    r = row.state.response
    if r.not_applicable:
        return "<b>Not applicable</b>"
    parts = []
    for label, value in ((data.law_label, r.law), (data.practice_label, r.practice)):
        shown = f"{value} ({data.label(value)})" if value is not None else "not scored"
        parts.append(f"<b>{label}:</b> {shown}")
    if row.status == "gap":
        parts.append(f'<b>Gap:</b> <font color="#b83a2e">{row.state.gap}</font>')
    if r.priority:
        parts.append(f"<b>Priority:</b> {r.priority}")
    if r.target_date:
        parts.append(f"<b>Target date:</b> {r.target_date.isoformat()}")
    return " &nbsp;·&nbsp; ".join(parts)


def _evidence(line: EvidenceView) -> str:
    parts = [f"<b>{KIND_LABELS.get(line.kind, line.kind)}:</b> {safe(line.label)}"]
    if detail(line) and detail(line) != line.label:
        parts.append(safe(detail(line)))
    if line.description:
        parts.append(safe(line.description))
    if line.kind == "file":
        parts.append(f"SHA-256 {line.sha256[:16]}… ({line.size:,} bytes)")
    if line.sensitive:
        parts.append('<font color="#b83a2e">sensitive</font>')
    return "• " + " — ".join(parts)


def item_block(data: ReportData, row: ItemRow) -> list[Any]:
    """One item: a shaded title line, its verbatim text, source and scores, then what the team wrote."""
    r = row.state.response
    colour = STATUS_COLOURS[row.status].hexval().replace("0x", "#")
    title = markup(f'{row.code} &nbsp; <font size="8" color="{colour}">{row.status_label.upper()}</font>', "item")
    title.keepWithNext = True
    story: list[Any] = [
        title,
        text(row.text, "quote"),
        markup(f'<font color="{MUTED_HEX}" size="7.5">{safe(row.source)}</font><br/>{_scores(data, row)}', "small"),
    ]
    if r.not_applicable:
        story += _fields([("Why not applicable", r.na_justification)])
    if r.rationale:
        if rtl.has_arabic(r.rationale):
            story += [markup("RATIONALE", "label"), text(r.rationale, "body")]
        else:
            story.append(
                markup(
                    f'<font name="{fonts.BOLD}" size="7" color="{MUTED_HEX}">RATIONALE</font><br/>{safe(r.rationale)}',
                    "body",
                )
            )
    story += _fields(
        [
            ("Responsible", "; ".join(r.institutions)),
            ("Next action", r.next_action),
            ("Technical assistance needed", r.technical_assistance),
        ]
    )
    lines = [_evidence(line) for line in row.evidence]
    if row.links:
        lines.append(f'<font color="{MUTED_HEX}"><b>See also</b> (cross-walk): {", ".join(row.links)}</font>')
    if lines:
        heading = f'<font name="{fonts.BOLD}" size="7" color="{MUTED_HEX}">EVIDENCE</font><br/>' if row.evidence else ""
        story.append(markup(heading + "<br/>".join(lines), "small"))
    return story


def chapter(data: ReportData, part: Chapter) -> list[Any]:
    s = part.summary
    story: list[Any] = [*new_page(), heading(part.title)]
    if part.intro:
        story.append(text(part.intro, "quote"))
    story.append(
        markup(
            f"{s.assessable} items · {s.complete} complete · {s.not_applicable} N/A · mean {data.law_label.lower()} "
            f"{mean(s.law_mean)} · mean {data.practice_label.lower()} {mean(s.practice_mean)} · {s.gaps} gaps",
            "muted",
        )
    )
    shown: tuple[tuple[str, str], ...] = ()
    for row in part.items:
        if row.ancestors != shown:
            for depth, (code, title) in enumerate(row.ancestors):
                if depth < len(shown) and shown[depth] == (code, title):
                    continue
                if depth == 0:
                    story.append(heading(f"{code.split('-')[-1]}. {title}", 1))
                else:
                    story.append(text(title, "quote"))
            shown = row.ancestors
        story += item_block(data, row)
    return story


def chapters(data: ReportData) -> list[Any]:
    story: list[Any] = []
    for part in data.chapters:
        story += chapter(data, part)
    return story
