"""The JSON shapes the command line prints with --json (documented in docs/cli-json.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from assess.approval import StatusEntry
from assess.assessments import AssessmentInfo
from assess.audit import Change
from assess.evidence import EvidenceView
from assess.fields import ResponseView, json_of
from assess.findings import FindingView
from assess.frameworks import FrameworkInfo
from assess.scoring import ItemState, Overview, Summary
from assess.targets import Targets
from framework import Framework, Item, pick


def assessment_json(a: AssessmentInfo) -> dict[str, Any]:
    return {
        "id": a.id,
        "country": a.country,
        "title": a.title,
        "period": a.period,
        "framework": {"id": a.framework_key, "version": a.framework_version},
        "status": a.status,
        "scale": {"min": a.scale_min, "max": a.scale_max},
        "target": a.target,
        "target_reason": a.target_reason,
        "previous_id": a.previous_id,
        "created_at": a.created_at.isoformat(),
        "updated_at": a.updated_at.isoformat(),
    }


def response_json(r: ResponseView) -> dict[str, Any]:
    return {
        **json_of(r),
        "updated_by": r.updated_by,
        "updated_at": r.updated_at.isoformat() if r.updated_at else None,
        "version": r.version,
    }


def evidence_json(e: EvidenceView) -> dict[str, Any]:
    return {
        "id": e.id,
        "item": e.item_code,
        "kind": e.kind,
        "name": e.name,
        "description": e.description,
        "url": e.url,
        "citation": e.citation,
        "sha256": e.sha256,
        "size": e.size,
        "sensitive": e.sensitive,
        "added_by": e.added_by,
        "added_at": e.added_at.isoformat(),
    }


def state_json(s: ItemState, attached: list[EvidenceView] | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": s.code,
        "pillar": s.pillar,
        "text": s.text,
        "state": s.status,
        "complete": s.complete,
        "target": s.target,
        "target_from": s.target_from or None,
        "target_reason": s.target_reason,
        "gap": s.gap,
        "severity": s.severity,
        "gap_law": s.gap_law,
        "gap_practice": s.gap_practice,
        "response": response_json(s.response),
    }
    if attached is not None:
        data["evidence"] = [evidence_json(e) for e in attached]
    return data


def summary_json(s: Summary) -> dict[str, Any]:
    return {
        "code": s.code,
        "title": s.title,
        "assessable": s.assessable,
        "complete": s.complete,
        "completion": round(s.completion, 4),
        "not_applicable": s.not_applicable,
        "gaps": s.gaps,
        "gaps_by_priority": s.by_priority,
        "gaps_by_severity": s.by_severity,
        "states": s.by_state,
        "law_mean": None if s.law_mean is None else round(s.law_mean, 4),
        "practice_mean": None if s.practice_mean is None else round(s.practice_mean, 4),
    }


def overview_json(o: Overview) -> dict[str, Any]:
    return {"pillars": [summary_json(p) for p in o.pillars], "overall": summary_json(o.overall)}


def targets_json(t: Targets) -> dict[str, Any]:
    return {
        "level": t.level,
        "reason": t.reason,
        "overrides": [{"code": o.code, "level": o.level, "reason": o.reason} for o in t.overrides.values()],
    }


def findings_json(written: dict[str, FindingView], scopes: tuple[str, ...]) -> list[dict[str, Any]]:
    return [
        {
            "pillar": scope or None,
            "text": written[scope].text,
            "updated_by": written[scope].updated_by,
            "updated_at": _iso(written[scope].updated_at),
        }
        for scope in scopes
        if scope in written
    ]


def _iso(moment: dt.datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def status_json(entry: StatusEntry) -> dict[str, Any]:
    a = entry.approval
    return {
        "at": entry.at.isoformat(),
        "user": entry.user,
        "status": entry.status,
        "approved_by": a.approved_by if a else None,
        "role": a.role if a else None,
        "body": a.body if a else None,
        "approved_on": a.approved_on.isoformat() if a and a.approved_on else None,
        "reason": entry.reason,
        "forced": entry.forced,
    }


def change_json(c: Change) -> dict[str, Any]:
    return {
        "at": c.at.isoformat(),
        "user": c.user,
        "item": c.item_code,
        "entity": c.entity,
        "field": c.field,
        "old": c.old,
        "new": c.new,
        "origin": c.origin,
    }


def framework_info_json(f: FrameworkInfo) -> dict[str, Any]:
    return {
        "id": f.key,
        "version": f.version,
        "title": f.title,
        "items": f.items,
        "assessable": f.assessable,
        "assessments": f.assessments,
        "builtin": f.builtin,
        "received": f.received,
    }


def framework_json(framework: Framework, lang: str) -> dict[str, Any]:
    return {
        "id": framework.id,
        "version": framework.version,
        "title": pick(framework.title, lang),
        "items": [item_json(framework, item, lang) for item in framework.items],
    }


def item_json(framework: Framework, item: Item, lang: str) -> dict[str, Any]:
    return {
        "code": item.code,
        "kind": item.kind,
        "parent": item.parent,
        "title": pick(item.title, lang),
        "text": pick(item.text, lang),
        "assessable": item.assessable,
        "addressee": item.addressee,
        "tags": list(item.tags),
        "source": item.source.cite(framework.documents),
        "links": [code for code, _ in framework.links(item.code)],
    }
