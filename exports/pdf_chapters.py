"""The body of the PDF report: one chapter per pillar, and one for the Working Group recommendations.

An item is a handful of paragraphs rather than a table, so a long chapter flows across pages
cheaply; text a user typed goes through :func:`exports.pdf_style.text` for fonts and direction.
"""

from __future__ import annotations

from typing import Any

from assess.evidence import EvidenceView
from exports import fonts, rtl, wording
from exports.model import Chapter, ItemRow, ReportData, detail
from exports.pdf_style import (
    BAD,
    GOOD,
    MUTED,
    PRIORITY_COLOURS,
    heading,
    labelled,
    markup,
    new_page,
    rtl_layout,
    safe,
    text,
)

STATUS_COLOURS = {"gap": BAD, "scored": GOOD, "na": MUTED, "unscored": MUTED, "partial": PRIORITY_COLOURS["medium"]}


def _fields(pairs: list[tuple[str, str]], name: str = "small") -> list[Any]:
    """Labelled values: each label a small paragraph of its own over its value (no inline bold: see
    :func:`item_block`)."""
    story: list[Any] = []
    for label, value in pairs:
        if value:
            story += [text(label.upper(), "label"), text(value, name)]
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
    if row.status == "gap":
        parts.append((w("gap"), str(row.state.gap), True))
    if r.priority:
        parts.append((w("priority"), w.priority(r.priority), False))
    if r.target_date:
        parts.append((w("target_date"), w.date(r.target_date), False))
    return parts


def _scores_markup(parts: list[tuple[str, str, bool]], colon: str) -> str:
    mark, space = colon.rstrip(), colon[len(colon.rstrip()) :]
    shown = []
    for label, value, red in parts:
        if not value:
            shown.append(f"<b>{safe(label)}</b>")
        else:
            shown.append(
                f"<b>{safe(label)}{safe(mark)}</b>{space}"
                + (f'<font color="#b83a2e">{safe(value)}</font>' if red else safe(value))
            )
    return " &nbsp;·&nbsp; ".join(shown)


def _evidence(data: ReportData, line: EvidenceView) -> list[str]:
    """One piece of evidence as its parts: "File: name", what it points at, description, fingerprint, sensitive."""
    w = wording.of(data)
    parts = [line.label]
    if detail(line) and detail(line) != line.label:
        parts.append(detail(line))
    if line.description:
        parts.append(line.description)
    if line.kind == "file":
        parts.append(f"SHA-256 {line.sha256[:16]}… ({w('file_size', size=w.number(line.size))})")
    if line.sensitive:
        parts.append(w("sensitive"))
    return parts


def _title(data: ReportData, row: ItemRow) -> Any:
    """The item's shaded title line: its code and its state, in the state's colour."""
    w = wording.of(data)
    colour = STATUS_COLOURS[row.status].hexval().replace("0x", "#")
    state = w.status(row.status).upper()
    shown = fonts.markup(rtl.visual(state, True), fonts.BOLD)
    badge = f'<font size="8" color="{colour}">{shown}</font>'
    line = f"{badge} &nbsp; {row.code}" if rtl_layout() else f"{row.code} &nbsp; {badge}"
    return markup(line, "item")


def item_block(data: ReportData, row: ItemRow) -> list[Any]:
    """One item: a shaded title line, its verbatim text, source and scores, then what the team wrote.

    Everything but the title and the line of scores is a paragraph of one style: the labels (rationale,
    responsible, evidence...) are small paragraphs of their own rather than inline bold, as ReportLab wraps
    a single-style paragraph several times faster than one with inline ``<b>``, ``<font>`` or ``<br/>``.
    """
    w = wording.of(data)
    r = row.state.response
    title = _title(data, row)
    title.keepWithNext = True
    story: list[Any] = [title, text(row.text, "quote")]
    scores = _scores(data, row)
    story.append(text(row.source, "source"))
    if rtl_layout() or any(rtl.has_arabic(label + value) for label, value, _ in scores):
        plain = [(label, value) for label, value, _ in scores if value]
        story.append(labelled(plain, "small", separator=" · ", colon=w.colon) if plain else text(scores[0][0], "small"))
    else:
        story.append(markup(_scores_markup(scores, w.colon), "small"))
    if r.not_applicable:
        story += _fields([(w("why_na"), r.na_justification)])
    if r.rationale:
        story += [text(w("rationale").upper(), "label"), text(r.rationale, "body")]
    story += _fields(
        [
            (w("responsible"), "; ".join(r.institutions)),
            (w("next_action"), r.next_action),
            (w("assistance_needed"), r.technical_assistance),
        ]
    )
    if row.evidence:
        story.append(text(w("evidence").upper(), "label"))
        for line in row.evidence:
            shown = f"• {w.kind(line.kind)}{w.colon}" + " — ".join(_evidence(data, line))
            story.append(text(shown, "small-alert" if line.sensitive else "small"))
    if row.links:
        story.append(text(w("see_also", codes=", ".join(row.links)), "muted"))
    return story


def chapter(data: ReportData, part: Chapter) -> list[Any]:
    w = wording.of(data)
    s = part.summary
    story: list[Any] = [*new_page(), heading(part.title)]
    if part.intro:
        story.append(text(part.intro, "quote"))
    story.append(
        text(
            w(
                "chapter_line",
                assessable=w.number(s.assessable),
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
