"""The back of the PDF report: the progress report against a previous round, the evidence annex and the methodology."""

from __future__ import annotations

from typing import Any

from assess.evidence import EvidenceView
from assess.progress import ItemChange
from exports.reports import record, wording
from exports.reports.model import ReportData, detail
from exports.reports.pdf_front import gap_header
from exports.reports.pdf_style import (
    ROOM_FOR_A_CHAPTER,
    cell,
    heading,
    markup,
    new_page,
    score,
    section,
    table,
    text,
)


def _change_rows(data: ReportData, items: tuple[ItemChange, ...]) -> list[list[Any]]:
    w = wording.of(data)
    rows: list[list[Any]] = []
    for change in items:
        b = change.before.response if change.before else None
        a = change.after.response
        rows.append(
            [
                change.code,
                cell(change.text),
                score(b.law if b else None),
                score(a.law),
                score(b.practice if b else None),
                score(a.practice),
                str(change.before.gap) if change.before else "–",
                str(change.after.gap),
                cell(w.change(change.change)),
            ]
        )
    return rows


def progress(data: ReportData, width: float) -> list[Any]:
    c = data.comparison
    if c is None:
        return []
    w = wording.of(data)
    story: list[Any] = [*new_page(unless_room=ROOM_FOR_A_CHAPTER), heading(w("progress"))]  # after assistance, portrait
    story.append(text(w("progress_intro", previous=c.previous.label, status=w.assessment_status(c.previous.status))))
    columns = ("pillar", "law_before", "law_now", "change", "practice_before", "practice_now", "change")
    rows: list[list[Any]] = [gap_header(data, *columns, "gaps_before", "gaps_now")]
    for p in c.pillars:
        before = p.before
        rows.append(
            [
                cell(w.pillar(p.code, p.title)),
                w.decimal(before.law_mean if before else None),
                w.decimal(p.after.law_mean),
                w.signed(p.law_delta),
                w.decimal(before.practice_mean if before else None),
                w.decimal(p.after.practice_mean),
                w.signed(p.practice_delta),
                w.number(before.gaps) if before else "–",
                w.number(p.after.gaps),
            ]
        )
    story.append(table(rows, [width - 296, 34, 34, 34, 40, 40, 34, 40, 40], numeric=range(1, 9)))
    header = gap_header(
        data, "code", "item", "law_was", "law_now", "practice_was", "practice_now", "gap_was", "gap_now", "change"
    )
    fixed = [34, 34, 40, 40, 34, 34, 62]
    widths = [46, width - 46 - sum(fixed), *fixed]
    for key, items in (
        ("improved", c.improved),
        ("regressed", c.regressed),
        ("new_gaps", c.new_gaps),
        ("closed_gaps", c.closed_gaps),
    ):
        story += section(w(key, count=w.number(len(items))))
        rows = _change_rows(data, items)
        story.append(table([header, *rows], widths, numeric=range(2, 8)) if items else text(w("none")))
    story += section(w("every_item"))
    story.append(table([header, *_change_rows(data, c.items)], widths, numeric=range(2, 8)))
    return story


def evidence_annex(data: ReportData, width: float) -> list[Any]:
    w = wording.of(data)
    story: list[Any] = [*new_page(unless_room=ROOM_FOR_A_CHAPTER), heading(w("annex"))]
    story.append(text(w("annex_intro")))
    if data.withheld:
        story.append(text(wording.withheld(data), "small"))
    if not data.evidence:
        story.append(text(w("no_evidence")))
        return story
    rows: list[list[Any]] = [gap_header(data, "item", "kind", "evidence_hash", "bytes")]
    for line in data.evidence:
        rows.append(
            [
                line.item_code,
                cell(w.kind(line.kind)),
                _annex_entry(data, line),
                w.number(line.size) if line.size else "",
            ]
        )
    story.append(table(rows, [46, 52, width - 150, 52], extra=[("ALIGN", (3, 0), (3, -1), "RIGHT")]))
    return story


def _annex_entry(data: ReportData, line: EvidenceView) -> list[Any]:
    """What identifies one piece of evidence: its name, what it is, and its fingerprint or reference."""
    w = wording.of(data)
    entry: list[Any] = [text(line.label + (f" {w('sensitive_mark')}" if line.sensitive else ""), "cell")]
    if line.description:
        entry.append(text(line.description, "cell-muted"))
    if line.kind == "file":
        entry.append(markup(f"SHA-256 {line.sha256}", "hash"))
    elif detail(line) and detail(line) != line.label:
        entry.append(text(detail(line), "cell-muted"))
    return entry


def methodology(data: ReportData, width: float) -> list[Any]:
    w = wording.of(data)
    opening, rules = record.methodology(data)
    story: list[Any] = [*new_page(unless_room=ROOM_FOR_A_CHAPTER), heading(w("methodology"))]
    story.append(heading(w("process"), 1))
    parts = record.process(data)
    if not parts:
        story.append(text(w("process_none"), "muted"))
    for title, lines in parts:
        story.append(heading(title, 2, toc=False))
        story += [text(("• " + line) if len(lines) > 1 else line) for line in lines]
    story.append(heading(w("scale"), 1))
    story.append(text(opening))
    rows: list[list[Any]] = [gap_header(data, "score", "level", "meaning")]
    rows += [
        [str(level.value), cell(w.framework_text(level.label)), cell(w.framework_text(level.description))]
        for level in data.scale
    ]
    story.append(table(rows, [36, 110, width - 146], numeric=(0,)))
    story.append(heading(w("aggregation"), 1))
    story += [text("• " + line) for line in rules]
    story.append(heading(w("targets"), 1))
    story.append(
        text(
            w("targets_intro", target=w.number(data.info.target), label=w.framework_text(data.label(data.info.target)))
        )
    )
    rows = [gap_header(data, "applies_to", "target", "reason")]
    rows += [[cell(code), cell(level), cell(reason or "–")] for code, level, reason in record.targets(data)]
    story.append(table(rows, [90, 110, width - 200]))
    story += [heading(w("confidentiality"), 1), text(w("confidentiality_text"))]
    return story
