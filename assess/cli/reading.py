"""The commands that read an assessment: ``list``, ``show``, ``gaps``, ``summary`` and ``history``."""

from __future__ import annotations

import argparse

from sqlalchemy.orm import Session

from assess import approval, assessments, audit, evidence, findings, methodology, responses, scoring
from assess.cli.text import as_json, fmt, mean, shorten
from assess.jsonshapes import (
    assessment_json,
    change_json,
    findings_json,
    overview_json,
    state_json,
    status_json,
    targets_json,
)
from assess.vocabulary import EvidenceKind


def listed(session: Session, as_data: bool) -> str:
    items = assessments.list_all(session)
    if as_data:
        return as_json([assessment_json(a) for a in items])
    if not items:
        return "No assessments yet. Create one with: assess new --country C --title T"
    return "\n".join(f"{a.id:>4}  {a.status:<5}  {a.label}  [{a.framework_key} {a.framework_version}]" for a in items)


def gaps(session: Session, args: argparse.Namespace, lang: str) -> str:
    filters = scoring.Filters(pillars=tuple(args.pillar), priorities=tuple(args.priority), institution=args.responsible)
    found = scoring.gaps(session, args.assessment, filters, lang)
    if args.json:
        return as_json([state_json(s) for s in found])
    if not found:
        return "No gaps: every item scored in full meets its target."
    lines = []
    for s in found:
        r = s.response
        lines.append(
            f"{s.code:<10} gap {s.gap} {s.severity:<8}  target {s.target}  law {fmt(r.law)} practice {fmt(r.practice)}  "
            f"{r.priority or '-':<6}  {', '.join(r.institutions) or '-'}  {shorten(s.text, 60)}"
        )
    return "\n".join(lines)


def summary(session: Session, args: argparse.Namespace, lang: str) -> str:
    result = scoring.overview(session, args.assessment, lang)
    if args.json:
        return as_json(overview_json(result))
    return "\n".join(
        f"{part.title:<45} {part.complete:>3}/{part.assessable:<3} complete  "
        f"law {mean(part.law_mean)}  practice {mean(part.practice_mean)}  gaps {part.gaps}"
        for part in [*result.pillars, result.overall]
    )


def history(session: Session, args: argparse.Namespace) -> str:
    assessment = assessments.get(session, args.assessment)
    if args.item is not None:
        responses.find(session, assessment, args.item)  # an unknown item is an error, not an empty history
    changes = audit.history(session, assessment.id, args.item)
    if args.json:
        return as_json([change_json(c) for c in changes])
    return "\n".join(
        f"{c.at:%Y-%m-%d %H:%M}  {c.user:<14} {c.item_code or '-':<10} {c.field}: "
        f"{shorten(c.old or '', 30)!r} -> {shorten(c.new or '', 30)!r}"
        for c in changes
    )


def show(session: Session, args: argparse.Namespace, lang: str) -> str:
    assessment = assessments.get(session, args.assessment)
    info = assessments.info(assessment)
    by_item: dict[str, list[evidence.EvidenceView]] = {}
    for e in evidence.list_for(session, assessment.id):
        by_item.setdefault(e.item_code, []).append(e)
    card = scoring.scorecard(session, assessment.id, lang)
    states = card.states
    result = card.overview
    written = findings.read(session, assessment)
    scopes = findings.scopes(card.framework)
    changes = approval.history(session, assessment.id)
    if args.json:
        return as_json(
            {
                "assessment": assessment_json(info),
                "targets": targets_json(card.targets) if card.targets else None,
                "findings": findings_json(written, scopes),
                "status_history": [status_json(e) for e in changes],
                "methodology": methodology.read(assessment).to_json(),
                "summary": overview_json(result),
                "items": [state_json(s, by_item.get(s.code, [])) for s in states],
            }
        )
    lines = [f"{info.label} — {info.status}, target {info.target} on {info.scale_min}-{info.scale_max}"]
    made_final = approval.current(changes, info.status)
    if made_final is not None and made_final.approval is not None:
        a = made_final.approval
        role = ", ".join(x for x in (a.role, a.body) if x)
        lines.append(f"Approved by {a.approved_by}" + (f" ({role})" if role else "") + f" on {a.approved_on}")
    for scope in scopes:
        if scope in written:
            lines += ["", f"Key finding ({scope or 'overall'}):", written[scope].text]
    for s in states:
        r = s.response
        if r.not_applicable:
            scores = f"N/A ({shorten(r.na_justification, 50)})"
        else:
            scores = f"law {fmt(r.law)}  practice {fmt(r.practice)}  target {s.target}"
        state = f"{s.status}, {s.severity}" if s.severity else str(s.status)
        lines += ["", f"{s.code:<10} [{state}] {scores}", f"  {shorten(s.text, 110)}"]
        if r.rationale:
            lines.append(f"  Rationale: {r.rationale}")
        extras = [
            f"priority {r.priority}" if r.priority else "",
            f"due {r.target_date}" if r.target_date else "",
            f"responsible: {', '.join(r.institutions)}" if r.institutions else "",
        ]
        if any(extras):
            lines.append("  " + "; ".join(x for x in extras if x))
        if r.next_action:
            lines.append(f"  Next action: {r.next_action}")
        if r.technical_assistance:
            lines.append(f"  Technical assistance: {r.technical_assistance}")
        for e in by_item.get(s.code, []):
            flag = " [sensitive]" if e.sensitive else ""
            detail = (
                f"{e.size:,} bytes, sha256 {e.short_hash}" if e.kind == EvidenceKind.FILE else (e.url or e.citation)
            )
            lines.append(f"  Evidence #{e.id} {e.kind}: {e.label} ({detail}){flag}")
    o = result.overall
    lines += [
        "",
        f"Complete {o.complete}/{o.assessable}; law {mean(o.law_mean)}, practice {mean(o.practice_mean)}; "
        f"{o.gaps} gaps",
    ]
    return "\n".join(lines)
