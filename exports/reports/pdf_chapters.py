"""The body of the PDF report: one chapter per pillar, and one for the Working Group recommendations.

An item is a handful of paragraphs rather than a table, so a long chapter flows across pages
cheaply; text a user typed goes through :func:`exports.reports.pdf_style.text` for fonts and direction.
"""

from __future__ import annotations

from typing import Any

from assess.evidence import EvidenceView
from exports.reports import fonts, rtl, wording
from exports.reports.model import Chapter, ItemRow, ReportData, detail
from exports.reports.pdf_runs import Run, Runs
from exports.reports.pdf_style import (
    BAD,
    GOOD,
    MET_SHADE,
    MUTED,
    PRIORITY_COLOURS,
    ROOM_FOR_A_CHAPTER,
    SEVERITY_SHADES,
    heading,
    lead,
    new_page,
    rtl_layout,
    style,
    text,
)

STATUS_COLOURS = {
    "gap": BAD,
    "meets_target": GOOD,
    "not_applicable": MUTED,
    "not_scored": MUTED,
    "partly_scored": PRIORITY_COLOURS["medium"],
}


def _fields(pairs: list[tuple[str, str]], name: str = "small") -> list[Any]:
    """Labelled values, each a paragraph with its label run in (no inline bold: see :func:`item_block`)."""
    story: list[Any] = []
    for label, value in pairs:
        if value:
            story += lead(label, value, name)
    return story


def _scores(data: ReportData, row: ItemRow) -> list[tuple[str, str, bool]]:
    """(label, value, in red) for the line under an item's source: its scores, gap, priority and date."""
    w = wording.of(data)
    r = row.state.response
    if r.not_applicable:
        return [(w("not_applicable"), "", False)]
    parts = []
    for label, value in ((w.law(data), r.law), (w.practice(data), r.practice)):
        level = w.framework_text(data.label(value))
        parts.append((label, f"{value} ({level})" if value is not None else w("not_scored"), False))
    parts.append((w("target"), wording.target_note(data, row), False))
    if row.state.severity is not None:
        parts.append((w("gap"), f"{row.state.gap} ({w.severity(row.state.severity)})", True))
    if r.priority:
        parts.append((w("priority"), w.priority(r.priority), False))
    if r.target_date:
        parts.append((w("target_date"), w.date(r.target_date), False))
    return parts


def _scores_line(parts: list[tuple[str, str, bool]], colon: str) -> Runs:
    """The scores as "**Label:** value", the gap in red, joined by " · " (a line may break after a dot)."""
    look = style("small")
    ink, size = look.textColor, look.fontSize
    # no-break spaces: a label is not cut ("Target / date:") and stays with its colon (French "Écart :") and
    # with the first word of its value
    mark = colon.rstrip().replace(" ", "\xa0")
    space = colon[len(colon.rstrip()) :].replace(" ", "\xa0")
    runs: list[Run] = []
    for label, value, red in parts:
        if runs:
            runs.append(("\xa0\xa0·\xa0 ", fonts.REGULAR, size, ink))
        if not value:
            runs.append((label, fonts.BOLD, size, ink))
            continue
        runs.append((label.replace(" ", "\xa0") + mark, fonts.BOLD, size, ink))
        runs.append((space + value, fonts.REGULAR, size, BAD if red else ink))
    return Runs(runs, look)


def _evidence(data: ReportData, line: EvidenceView) -> list[str]:
    """One piece of evidence as its parts: "File: name", what it points at, description, fingerprint, sensitive."""
    w = wording.of(data)
    parts = [line.label]
    if detail(line) and detail(line) != line.label:
        parts.append(detail(line))
    if line.description:
        parts.append(line.description)
    if line.kind == "file":
        parts.append(f"SHA-256 {line.sha256} ({w('file_size', size=w.number(line.size))})")
    if line.sensitive:
        parts.append(w("sensitive"))
    return parts


def _title(data: ReportData, row: ItemRow) -> Runs:
    """The item's shaded title line: its code and its state, in small capitals in the state's colour."""
    look = rtl.variant(style("item"), right=rtl_layout())
    shade = SEVERITY_SHADES.get(row.state.severity or "") or (MET_SHADE if row.status == "meets_target" else None)
    if shade is not None:  # the shade says it at a glance; the word beside it says it to everyone
        look = look.clone(f"{look.name}-{row.state.severity or row.status}", backColor=shade)
    state = rtl.visual(wording.of(data).state(row).upper(), True)
    code: Run = (row.code, fonts.BOLD, look.fontSize, look.textColor)
    gap: Run = (" \xa0 ", fonts.BOLD, look.fontSize, look.textColor)
    badge: Run = (state, fonts.BOLD, 8, STATUS_COLOURS[row.status])
    return Runs([badge, gap, code] if rtl_layout() else [code, gap, badge], look)


def item_block(data: ReportData, row: ItemRow) -> list[Any]:
    """One item: a shaded title line, its verbatim text, source and scores, then what the team wrote.

    ReportLab wraps and draws a paragraph of one style several times faster than one with inline ``<b>``,
    ``<font>`` or ``<br/>``, so there is no inline markup here: the title and the line of scores are laid out
    by :class:`exports.reports.pdf_runs.Runs`, and each label (rationale, responsible, evidence...) is run in before
    its value as the paragraph's bullet (:func:`exports.reports.pdf_style.lead`).
    """
    w = wording.of(data)
    r = row.state.response
    title = _title(data, row)
    title.keepWithNext = True
    story: list[Any] = [title, text(row.text, "quote")]
    scores = _scores(data, row)
    story.append(text(row.source, "source"))
    if rtl_layout() or any(rtl.has_arabic(label + value) for label, value, _ in scores):
        # Arabic is shaped and reordered line by line, which styled runs cannot be: plain text, no bold
        shown = [f"{label}{w.colon}{value}" if value else label for label, value, _ in scores]
        story.append(text(" · ".join(shown), "small"))
    else:
        story.append(_scores_line(scores, w.colon))
    if r.not_applicable:
        story += _fields([(w("why_na"), r.na_justification)])
    if r.rationale:
        story += lead(w("rationale"), r.rationale, "body")
    story += _fields(
        [
            (w("responsible"), "; ".join(r.institutions)),
            (w("next_action"), r.next_action),
            (w("assistance_needed"), r.technical_assistance),
        ]
    )
    for index, line in enumerate(row.evidence):
        entry = f"• {w.kind(line.kind)}{w.colon}" + " — ".join(_evidence(data, line))
        name = "small-alert" if line.sensitive else "small"
        story += lead(w("evidence"), entry, name) if index == 0 else [text(entry, name)]
    if row.links:
        story.append(text(w("see_also", codes=", ".join(row.links)), "muted"))
    return story


def chapter(data: ReportData, part: Chapter, first: bool = True) -> list[Any]:
    w = wording.of(data)
    s = part.summary
    story: list[Any] = [*new_page(unless_room=None if first else ROOM_FOR_A_CHAPTER), heading(part.title)]
    if part.intro:
        story.append(text(part.intro, "quote"))
    story.append(
        text(
            w.plural(
                "chapter_line",
                s.assessable,
                target=w.number(wording.pillar_target(data, part.code)),
                complete=w.number(s.complete),
                na=w.number(s.not_applicable),
                law=w.in_prose(w.law(data)),
                law_mean=w.decimal(s.law_mean),
                practice=w.in_prose(w.practice(data)),
                practice_mean=w.decimal(s.practice_mean),
                gaps=w.number(s.gaps),
            ),
            "muted",
        )
    )
    if part.finding:
        story += lead(w("chapter_finding"), part.finding.replace("\n", " "), "body")
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
    for number, part in enumerate(data.chapters):
        story += chapter(data, part, first=number == 0)
    return story
