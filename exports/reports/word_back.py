"""The back of the editable document: action plan, technical assistance, progress, evidence annex, methodology."""

from __future__ import annotations

from typing import TYPE_CHECKING

from exports.reports import record, wording
from exports.reports.model import detail

if TYPE_CHECKING:
    from exports.reports.word import Writer


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def _columns(w: Writer, *names: str) -> list[str]:
    return [w.w(f"col_{name}") for name in names]


def action_plan(w: Writer) -> None:
    data, t = w.data, w.w
    w.landscape(True)
    w.heading(t("actions"))
    w.para(t("actions_intro"), size=8)
    for group in data.actions:
        w.heading(t.institution(group.institution), 2)
        rows = []
        for row in group.items:
            r = row.state.response
            rows.append(
                [
                    t.date(r.target_date) if r.target_date else t("no_date"),
                    row.code,
                    row.text,
                    f"{row.state.gap} {t.severity(row.state.severity)}" if row.state.severity else "–",
                    t.priority(r.priority),
                    r.next_action or "–",
                    r.technical_assistance or "–",
                ]
            )
        w.table(
            _columns(w, "target_date", "code", "item", "gap", "priority", "next_action", "assistance"),
            rows,
            [2.0, 1.8, 7.0, 1.0, 1.6, 6.2, 6.1],
        )


def assistance(w: Writer) -> None:
    data, t = w.data, w.w
    w.landscape(False)
    w.heading(t("assistance"))
    if not data.assistance:
        w.para(t("no_assistance"))
        return
    w.table(
        _columns(w, "code", "item", "priority", "responsible", "assistance"),
        [
            [
                r.code,
                r.text,
                t.priority(r.state.response.priority),
                ", ".join(r.state.response.institutions) or "–",
                r.state.response.technical_assistance,
            ]
            for r in data.assistance
        ],
        [1.8, w.text_width - 13.3, 1.5, 4.0, 6.0],
    )


def progress(w: Writer) -> None:
    c, t = w.data.comparison, w.w
    if c is None:
        return
    w.page_break()
    w.heading(t("progress"))
    w.para(t("progress_intro", previous=c.previous.label, status=t.assessment_status(c.previous.status)))
    w.table(
        _columns(w, "pillar", "law_before", "law_now", "practice_before", "practice_now", "gaps_before", "gaps_now"),
        [
            [
                t.pillar(p.code, p.title),
                t.decimal(p.before.law_mean if p.before else None),
                t.decimal(p.after.law_mean),
                t.decimal(p.before.practice_mean if p.before else None),
                t.decimal(p.after.practice_mean),
                t.number(p.before.gaps) if p.before else "–",
                t.number(p.after.gaps),
            ]
            for p in c.pillars
        ],
        [w.text_width - 10.2, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7],
    )
    for key, items in (
        ("improved", c.improved),
        ("regressed", c.regressed),
        ("new_gaps", c.new_gaps),
        ("closed_gaps", c.closed_gaps),
        ("every_item_count", c.items),
    ):
        w.heading(t(key, count=t.number(len(items))), 2)
        if not items:
            w.para(t("none"))
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
                    t.change(i.change),
                ]
            )
        w.table(
            _columns(w, "code", "law_was", "law_now", "practice_was", "practice_now", "gap_was", "gap_now", "change"),
            rows,
            [2.0, 1.6, 1.6, 1.9, 1.9, 1.6, 1.6, w.text_width - 12.2],
        )


def annex_and_methodology(w: Writer) -> None:
    data, t = w.data, w.w
    w.page_break()
    w.heading(t("annex"))
    w.para(t("annex_intro"))
    if data.withheld:
        w.para(wording.withheld(data))
    w.table(
        _columns(w, "item", "kind", "evidence", "reference", "bytes"),
        [
            [
                e.item_code,
                t.kind(e.kind),
                e.label
                + (f" — {e.description}" if e.description else "")
                + (f" {t('sensitive_mark')}" if e.sensitive else ""),
                e.sha256 or detail(e),
                t.number(e.size) if e.sha256 else "",
            ]
            for e in data.evidence
        ],
        [1.6, 1.9, w.text_width - 13.0, 8.0, 1.5],
    )
    w.page_break()
    w.heading(t("methodology"))
    opening, rules = record.methodology(data)
    w.heading(t("process"), 2)
    parts = record.process(data)
    if not parts:
        w.para(t("process_none"))
    for title, lines in parts:
        w.heading(title, 3)
        for line in lines:
            w.para(line, "List Bullet" if len(lines) > 1 else None)
    w.heading(t("scale"), 2)
    w.para(opening)
    w.table(
        _columns(w, "score", "level", "meaning"),
        [[s.value, t.framework_text(s.label), t.framework_text(s.description)] for s in data.scale],
        [1.3, 3.5, w.text_width - 4.8],
    )
    w.heading(t("aggregation"), 2)
    for rule in rules:
        w.para(rule, "List Bullet")
    w.heading(t("targets"), 2)
    w.para(t("targets_intro", target=t.number(data.info.target), label=t.framework_text(data.label(data.info.target))))
    w.table(_columns(w, "applies_to", "target", "reason"), record.targets(data), [3.0, 3.5, w.text_width - 6.5])
    w.heading(t("confidentiality"), 2)
    w.para(t("confidentiality_text"))


PARTS = (action_plan, assistance, progress, annex_and_methodology)
