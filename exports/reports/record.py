"""The record of how the assessment was made, in the report's language: the facts a reader checks it by.

The cover's facts, the approval page and the revision history of the status, the methodology with the
team's own account of the process, and the targets with their reasons. Each is a list of plain strings
in the :class:`~exports.reports.wording.Wording` of the report, which the PDF and the editable document
lay out each in its own way.
"""

from __future__ import annotations

from exports.reports.model import ReportData
from exports.reports.wording import of


def methodology(data: ReportData) -> tuple[str, list[str]]:
    """The opening paragraph of the methodology and its rules on aggregation, one string each."""
    w = of(data)
    info = data.info
    opening = w(
        "method_opening",
        framework=data.framework_title,
        key=info.framework_key,
        version=info.framework_version,
        law=w.in_prose(w.law(data)),
        practice=w.in_prose(w.practice(data)),
    )
    rules = [
        w("rule_complete"),
        w("rule_means"),
        w("rule_target", target=w.number(info.target), label=w.framework_text(data.label(info.target))),
        w("rule_order"),
        w("rule_na"),
    ]
    return opening, rules


def process(data: ReportData) -> list[tuple[str, list[str]]]:
    """How the assessment was made, from what the team recorded: (heading, lines) for each part recorded."""
    w = of(data)
    m = data.methodology
    parts: list[tuple[str, list[str]]] = []
    if m.participants:
        parts.append((w("process_participants"), list(m.participants)))
    if m.meetings:
        parts.append((w("process_meetings"), [f"{w.long_date(x.held_on)}{w.colon}{x.title}" for x in m.meetings]))
    if m.sources:
        parts.append((w("process_sources"), list(m.sources)))
    if m.agreement:
        parts.append((w("process_agreement"), [m.agreement]))
    return parts


def targets(data: ReportData) -> list[tuple[str, str, str]]:
    """The targets as (applies to, level, reason): the assessment's, then each override in framework order."""
    w = of(data)
    t = data.targets
    label = w.framework_text(data.label(t.level))
    rows = [(w("targets_default"), f"{w.number(t.level)} ({label})", t.reason)]
    order = {row.code: n for n, row in enumerate(data.items)}
    for chapter in data.chapters:
        order.setdefault(chapter.code, -1)
    for code in sorted(t.overrides, key=lambda c: (order.get(c, 10**6), c)):
        o = t.overrides[code]
        rows.append((code, f"{w.number(o.level)} ({w.framework_text(data.label(o.level))})", o.reason))
    return rows


def approval_facts(data: ReportData) -> list[tuple[str, str]]:
    """The facts of the approval page: issuing body, approved by, capacity, date, framework."""
    w = of(data)
    entry = data.approved
    if entry is None or entry.approval is None:
        return []
    a = entry.approval
    facts = [
        (w("approval_body"), a.body or data.info.country),
        (w("approval_by"), a.approved_by or "–"),
        (w("approval_role"), a.role or "–"),
        (w("approval_date"), w.long_date(a.approved_on) if a.approved_on else w.long_date(entry.at.date())),
        (
            w("approval_framework"),
            w("fact_framework_value", title=data.framework_title, version=data.info.framework_version),
        ),
    ]
    return facts


def revisions(data: ReportData) -> list[tuple[str, str, str]]:
    """The revision history of the status as (date, who, what)."""
    w = of(data)
    rows = []
    for entry in data.history:
        if entry.approval is not None and entry.approval.approved_by:
            what = w("revision_final", name=entry.approval.approved_by)
        elif entry.status == "final":
            what = w("revision_recorded")
        else:
            what = w("revision_draft", reason=entry.reason)
        rows.append((w.date(entry.at.date()), entry.user or "–", what))
    return rows


def cover_facts(data: ReportData) -> list[tuple[str, str]]:
    """The facts on the cover: framework, assessment, status, approval, target, items, dates, comparison."""
    w = of(data)
    info = data.info
    facts = [
        (w("fact_framework"), w("fact_framework_value", title=data.framework_title, version=info.framework_version)),
        (w("fact_assessment"), info.heading),
        (w("fact_status"), w("fact_status_draft") if data.draft else w("fact_status_final")),
        (
            w("fact_target"),
            w(
                "fact_target_value",
                target=w.number(info.target),
                label=w.framework_text(data.label(info.target)),
                low=w.number(info.scale_min),
                high=w.number(info.scale_max),
            ),
        ),
        (
            w("fact_items"),
            w.plural("fact_items_value", data.overall.assessable, complete=w.number(data.overall.complete)),
        ),
        (w("fact_date"), w.long_date(data.generated)),
        (w("fact_changed"), w.long_date(info.updated_at.date())),
    ]
    entry = data.approved
    if entry is not None and entry.approval is not None and entry.approval.approved_by:
        a = entry.approval
        facts.insert(3, (w("fact_approved"), ", ".join(x for x in (a.approved_by, a.role) if x)))
    if data.comparison is not None:
        facts.append((w("fact_compared"), data.comparison.previous.label))
    return facts
