"""The back of the PDF report: the progress report against a previous round, the evidence annex and the methodology."""

from __future__ import annotations

from typing import Any

from assess.evidence import EvidenceView
from exports import wording
from exports.compare import ItemChange
from exports.model import ReportData, detail, shorten
from exports.pdf_chapters import KIND_LABELS
from exports.pdf_style import cell, head, heading, markup, mean, new_page, score, section, table, text


def _change_rows(items: tuple[ItemChange, ...]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for change in items:
        b = change.before.response if change.before else None
        a = change.after.response
        rows.append(
            [
                change.code,
                cell(shorten(change.text)),
                score(b.law if b else None),
                score(a.law),
                score(b.practice if b else None),
                score(a.practice),
                str(change.before.gap) if change.before else "–",
                str(change.after.gap),
                change.change,
            ]
        )
    return rows


def progress(data: ReportData, width: float) -> list[Any]:
    c = data.comparison
    if c is None:
        return []
    story: list[Any] = [*new_page(), heading("Progress report")]
    story.append(text(f"Change since {c.previous.label} ({c.previous.status}), item by item and per pillar."))
    rows: list[list[Any]] = [
        head(
            [
                "Pillar",
                "Law before",
                "Law now",
                "Change",
                "Practice before",
                "Practice now",
                "Change",
                "Gaps before",
                "Gaps now",
            ]
        )
    ]
    for p in c.pillars:
        before = p.before
        rows.append(
            [
                cell(p.title),
                mean(before.law_mean if before else None),
                mean(p.after.law_mean),
                _delta(p.law_delta),
                mean(before.practice_mean if before else None),
                mean(p.after.practice_mean),
                _delta(p.practice_delta),
                str(before.gaps) if before else "–",
                str(p.after.gaps),
            ]
        )
    story.append(table(rows, [width - 296, 34, 34, 34, 40, 40, 34, 40, 40], numeric=range(1, 9)))
    header = head(
        ["Code", "Item", "Law was", "Law now", "Practice was", "Practice now", "Gap was", "Gap now", "Change"]
    )
    fixed = [34, 34, 40, 40, 34, 34, 62]
    widths = [46, width - 46 - sum(fixed), *fixed]
    for title, items in (
        ("Improved", c.improved),
        ("Regressed", c.regressed),
        ("New gaps", c.new_gaps),
        ("Gaps closed", c.closed_gaps),
    ):
        story += section(f"{title} ({len(items)})")
        story.append(table([header, *_change_rows(items)], widths, numeric=range(2, 8)) if items else text("None."))
    story += section("Every item")
    story.append(table([header, *_change_rows(c.items)], widths, numeric=range(2, 8)))
    return story


def _delta(value: float | None) -> str:
    return "–" if value is None else f"{value:+.1f}"


def evidence_annex(data: ReportData, width: float) -> list[Any]:
    story: list[Any] = [*new_page(), heading("Evidence annex")]
    story.append(text(wording.ANNEX_INTRO))
    if data.withheld:
        story.append(text(wording.withheld(data), "small"))
    if not data.evidence:
        story.append(text("No evidence has been attached."))
        return story
    rows: list[list[Any]] = [head(["Item", "Kind", "Evidence and SHA-256 fingerprint", "Bytes"])]
    for line in data.evidence:
        rows.append(
            [
                line.item_code,
                KIND_LABELS.get(line.kind, line.kind),
                _annex_entry(line),
                f"{line.size:,}" if line.size else "",
            ]
        )
    story.append(table(rows, [46, 52, width - 150, 52], extra=[("ALIGN", (3, 0), (3, -1), "RIGHT")]))
    return story


def _annex_entry(line: EvidenceView) -> list[Any]:
    """What identifies one piece of evidence: its name, what it is, and its fingerprint or reference."""
    entry: list[Any] = [text(line.label + (" [sensitive]" if line.sensitive else ""), "cell")]
    if line.description:
        entry.append(text(line.description, "cell-muted"))
    if line.kind == "file":
        entry.append(markup(f"SHA-256 {line.sha256}", "hash"))
    elif detail(line) and detail(line) != line.label:
        entry.append(text(detail(line), "cell-muted"))
    return entry


def methodology(data: ReportData, width: float) -> list[Any]:
    opening, rules = wording.methodology(data)
    story: list[Any] = [*new_page(), heading("Methodology"), text(opening)]
    story.append(heading("The scale", 1))
    rows: list[list[Any]] = [head(["Score", "Level", "Meaning"])]
    rows += [[str(level.value), cell(level.label), cell(level.description)] for level in data.scale]
    story.append(table(rows, [36, 110, width - 146], numeric=(0,)))
    story.append(heading("How scores aggregate", 1))
    story += [text("• " + line) for line in rules]
    story += [heading("Evidence and confidentiality", 1), text(wording.CONFIDENTIALITY)]
    return story
