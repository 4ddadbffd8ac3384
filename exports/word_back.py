"""The back of the editable document: action plan, technical assistance, progress, evidence annex, methodology."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exports import wording
from exports.model import detail

if TYPE_CHECKING:
    from exports.word import Writer

KINDS = {"file": "File", "link": "Link", "citation": "Legal citation"}


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def _mean(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def action_plan(w: Writer) -> None:
    data = w.data
    w.landscape(True)
    w.heading("Action plan by responsible institution")
    w.para(wording.ACTION_INTRO, size=8)
    for group in data.actions:
        w.heading(group.institution, 2)
        rows = []
        for row in group.items:
            r = row.state.response
            rows.append(
                [
                    r.target_date.isoformat() if r.target_date else "no date",
                    row.code,
                    row.short,
                    row.state.gap if row.status == "gap" else "–",
                    r.priority or "–",
                    r.next_action or "–",
                    r.technical_assistance or "–",
                ]
            )
        w.table(
            ["Target date", "Code", "Item", "Gap", "Priority", "Next action", "Technical assistance needed"],
            rows,
            [2.0, 1.8, 7.0, 1.0, 1.6, 6.2, 6.1],
        )


def assistance(w: Writer) -> None:
    data = w.data
    w.landscape(False)
    w.heading("Technical assistance needs")
    if not data.assistance:
        w.para("No technical assistance needs have been recorded.")
        return
    w.table(
        ["Code", "Item", "Priority", "Responsible", "Technical assistance needed"],
        [
            [
                r.code,
                r.short,
                r.state.response.priority or "–",
                ", ".join(r.state.response.institutions) or "–",
                r.state.response.technical_assistance,
            ]
            for r in data.assistance
        ],
        [1.8, w.text_width - 13.3, 1.5, 4.0, 6.0],
    )


def progress(w: Writer) -> None:
    c = w.data.comparison
    if c is None:
        return
    w.doc.add_page_break()
    w.heading("Progress report")
    w.para(f"Change since {c.previous.label} ({c.previous.status}), per pillar and item by item.")
    w.table(
        ["Pillar", "Law before", "Law now", "Practice before", "Practice now", "Gaps before", "Gaps now"],
        [
            [
                p.title,
                _mean(p.before.law_mean if p.before else None),
                _mean(p.after.law_mean),
                _mean(p.before.practice_mean if p.before else None),
                _mean(p.after.practice_mean),
                p.before.gaps if p.before else "–",
                p.after.gaps,
            ]
            for p in c.pillars
        ],
        [w.text_width - 10.2, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7][:7],
    )
    for title, items in (
        ("Improved", c.improved),
        ("Regressed", c.regressed),
        ("New gaps", c.new_gaps),
        ("Gaps closed", c.closed_gaps),
        ("Every item", c.items),
    ):
        w.heading(f"{title} ({len(items)})", 2)
        if not items:
            w.para("None.")
            continue
        rows = []
        for i in items:
            b = i.before.response if i.before else None
            rows.append(
                [
                    i.code,
                    _score(b.law if b else None),
                    _score(i.after.response.law),
                    _score(b.practice if b else None),
                    _score(i.after.response.practice),
                    i.before.gap if i.before else "–",
                    i.after.gap,
                    i.change,
                ]
            )
        w.table(
            ["Code", "Law was", "Law now", "Practice was", "Practice now", "Gap was", "Gap now", "Change"],
            rows,
            [2.0, 1.6, 1.6, 1.9, 1.9, 1.6, 1.6, w.text_width - 12.2],
        )


def annex_and_methodology(w: Writer) -> None:
    data = w.data
    w.doc.add_page_break()
    w.heading("Evidence annex")
    w.para(wording.ANNEX_INTRO)
    if data.withheld:
        w.para(wording.withheld(data))
    w.table(
        ["Item", "Kind", "Evidence", "SHA-256 or reference", "Bytes"],
        [
            [
                e.item_code,
                KINDS.get(e.kind, e.kind),
                e.label + (f" — {e.description}" if e.description else "") + (" [sensitive]" if e.sensitive else ""),
                e.sha256 or detail(e),
                f"{e.size:,}" if e.sha256 else "",
            ]
            for e in data.evidence
        ],
        [1.6, 1.9, w.text_width - 13.0, 8.0, 1.5],
    )
    w.doc.add_page_break()
    w.heading("Methodology")
    opening, rules = wording.methodology(data)
    w.para(opening)
    w.heading("The scale", 2)
    w.table(
        ["Score", "Level", "Meaning"],
        [[s.value, s.label, s.description] for s in data.scale],
        [1.3, 3.5, w.text_width - 4.8],
    )
    w.heading("How scores aggregate", 2)
    for rule in rules:
        w.para(rule, "List Bullet")
    w.heading("Evidence and confidentiality", 2)
    w.para(wording.CONFIDENTIALITY)


PARTS = (action_plan, assistance, progress, annex_and_methodology)
