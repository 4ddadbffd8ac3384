"""The front and body of the editable document, in the order of the PDF report (see :mod:`exports.word`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_BREAK

from exports import word_back, wording
from exports.model import ItemRow, ReportData, detail

if TYPE_CHECKING:
    from exports.word import Writer

KINDS = {"file": "File", "link": "Link", "citation": "Legal citation"}


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def cover(w: Writer) -> None:
    data = w.data
    w.para("NATIONAL SELF-ASSESSMENT · UN TRAFFICKING IN PERSONS PROTOCOL", size=8)
    w.para(data.info.country, "Title")
    w.para(data.info.title + (f" ({data.info.period})" if data.info.period else ""), "Subtitle")
    w.para("Gap report and action plan", size=14)
    facts = wording.cover_facts(data)
    w.table(None, facts, [4.5, w.text_width - 4.5])
    if data.draft:
        w.para("DRAFT", bold=True, size=28)
        w.para(wording.DRAFT_NOTE)
    if data.include_sensitive:
        w.para(wording.RESTRICTED, bold=True)
    contents = w.doc.add_paragraph()
    contents.add_run().add_break(WD_BREAK.PAGE)
    w.para("Contents", "TOC Heading")
    toc = w.doc.add_paragraph()
    w.field(toc, 'TOC \\o "1-2" \\h \\z \\u', "Right-click here and choose Update Field to show the contents.")


def summary(w: Writer) -> None:
    data = w.data
    o = data.overall
    w.doc.add_page_break()
    w.heading("Executive summary")
    p = o.by_priority
    w.para(
        f"Completion {o.completion:.0%} ({o.complete} of {o.assessable} items) · mean score {data.law_label.lower()} "
        f"{_mean(o.law_mean)} · mean score {data.practice_label.lower()} {_mean(o.practice_mean)} · {o.gaps} gaps "
        f"({p.get('high', 0)} high, {p.get('medium', 0)} medium, {p.get('low', 0)} low, {p.get('none', 0)} without "
        "priority)",
        bold=True,
    )
    w.para(wording.narrative(data))
    w.heading("Scores and gaps by pillar", 2)
    rows = []
    for s in [c.summary for c in data.chapters] + [o]:
        pr = s.by_priority
        rows.append(
            [
                s.title,
                s.assessable,
                s.complete,
                s.not_applicable,
                _mean(s.law_mean),
                _mean(s.practice_mean),
                s.gaps,
                pr.get("high", 0),
                pr.get("medium", 0),
                pr.get("low", 0),
            ]
        )
    w.table(
        ["Pillar", "Items", "Complete", "N/A", "Law", "Practice", "Gaps", "High", "Medium", "Low"],
        rows,
        [w.text_width - 13.5, 1.2, 1.6, 1.1, 1.2, 1.6, 1.2, 1.2, 1.6, 1.2][:10],
    )
    w.heading("The ten largest gaps", 2)
    if data.largest:
        w.table(
            ["Code", "Item", "Law", "Practice", "Gap", "Priority", "Responsible"],
            _gap_rows(data.largest),
            [1.8, w.text_width - 11.4, 1.1, 1.5, 1.1, 1.6, 4.3],
        )
    else:
        w.para("No item is below the target.")


def _gap_rows(rows: tuple[ItemRow, ...], wide: bool = False) -> list[list[object]]:
    result: list[list[object]] = []
    for row in rows:
        r = row.state.response
        line: list[object] = [
            row.code,
            row.short,
            _score(r.law),
            _score(r.practice),
            row.state.gap,
            r.priority or "–",
            ", ".join(r.institutions) or "–",
        ]
        if wide:
            line += [r.target_date.isoformat() if r.target_date else "–", r.technical_assistance or "–"]
        result.append(line)
    return result


def register(w: Writer) -> None:
    data = w.data
    w.landscape(True)
    w.heading("Gap register")
    w.para(wording.register_intro(data), size=8)
    if not data.gaps:
        w.para("No item is below the target.")
        return
    w.table(
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
        ],
        _gap_rows(data.gaps, wide=True),
        [1.8, 7.4, 1.0, 1.4, 1.0, 1.5, 4.2, 2.0, 5.4],
    )


def _item(w: Writer, data: ReportData, row: ItemRow) -> None:
    r = row.state.response
    w.heading(f"{row.code} — {row.status_label}", 3)
    w.para(row.text, "Quote")
    w.para(row.source, size=7.5)
    if r.not_applicable:
        w.para(f"Not applicable: {r.na_justification}")
    else:
        scores = [
            f"{data.law_label}: {_score(r.law)} ({data.label(r.law)})"
            if r.law is not None
            else f"{data.law_label}: not scored",
            f"{data.practice_label}: {_score(r.practice)} ({data.label(r.practice)})"
            if r.practice is not None
            else f"{data.practice_label}: not scored",
        ]
        if row.status == "gap":
            scores.append(f"Gap: {row.state.gap}")
        if r.priority:
            scores.append(f"Priority: {r.priority}")
        if r.target_date:
            scores.append(f"Target date: {r.target_date.isoformat()}")
        w.para(" · ".join(scores), bold=True, size=9)
    for label, value in (
        ("Rationale", r.rationale),
        ("Responsible", "; ".join(r.institutions)),
        ("Next action", r.next_action),
        ("Technical assistance needed", r.technical_assistance),
    ):
        if value:
            w.para(label, bold=True, size=8)
            w.para(value)
    if row.evidence:
        w.para("Evidence", bold=True, size=8)
        for e in row.evidence:
            extra = f" — SHA-256 {e.sha256}" if e.sha256 else (f" — {detail(e)}" if detail(e) != e.label else "")
            w.para(
                f"{KINDS.get(e.kind, e.kind)}: {e.label}{extra}" + (" [sensitive]" if e.sensitive else ""),
                "List Bullet",
            )
    if row.links:
        w.para(f"See also (cross-walk): {', '.join(row.links)}", size=8)


def chapters(w: Writer) -> None:
    data = w.data
    w.landscape(False)
    for number, part in enumerate(data.chapters):
        if number:
            w.doc.add_page_break()
        w.heading(part.title)
        if part.intro:
            w.para(part.intro, "Quote")
        shown: tuple[tuple[str, str], ...] = ()
        for row in part.items:
            for depth, ancestor in enumerate(row.ancestors):
                if depth < len(shown) and shown[depth] == ancestor:
                    continue
                if depth == 0:
                    w.heading(f"{ancestor[0].split('-')[-1]}. {ancestor[1]}", 2)
                else:
                    w.para(ancestor[1], "Quote")
            shown = row.ancestors
            _item(w, data, row)


def write_all(w: Writer) -> None:
    for part in (cover, summary, register, chapters, *word_back.PARTS):
        part(w)
    w.doc.core_properties.title = f"Gap report: {w.data.info.label}"
    w.doc.core_properties.author = "Assess"
