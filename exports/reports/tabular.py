"""All responses of an assessment as CSV (one row per item) and JSON (the whole assessment).

Both are documented field by field in ``docs/report-formats.md``. The JSON reuses the shapes
of ``assess show --json`` (:mod:`assess.jsonshapes`), wrapped with what identifies the export, with
every time in UTC marked ``Z``; its published schema is ``docs/schema/assess-responses-1.schema.json``.
CSV is written as UTF-8 with a byte-order mark, so that spreadsheet programs open Cyrillic,
Arabic or Chinese text correctly, and a cell that a spreadsheet would take for a formula is written
with a leading apostrophe (:func:`neutralised`); the JSON is the lossless machine format.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import IO, Any

from assess.jsonshapes import assessment_json, state_json, status_json, summary_json, targets_json
from exports.reports import wording
from exports.reports.model import ItemRow, ReportData, detail

FORMAT = "assess-responses"
FORMAT_VERSION = 1

CSV_COLUMNS = (
    "assessment_id",
    "country",
    "assessment",
    "period",
    "assessment_status",
    "assessment_status_code",
    "framework",
    "framework_version",
    "code",
    "chapter",
    "chapter_title",
    "text",
    "source",
    "state",
    "state_code",
    "law",
    "practice",
    "not_applicable",
    "na_justification",
    "target",
    "target_from",
    "target_reason",
    "gap_law",
    "gap_practice",
    "gap",
    "severity",
    "severity_code",
    "rationale",
    "institutions",
    "priority",
    "priority_code",
    "target_date",
    "next_action",
    "technical_assistance",
    "evidence_count",
    "evidence",
    "updated_by",
    "updated_at",
)


def _blank(value: object) -> object:
    return "" if value is None else value


def csv_row(data: ReportData, row: ItemRow, titles: dict[str, str]) -> dict[str, object]:
    """One item as a row: states, priorities and statuses in words in the report's language, each with its stable
    code (``gap``, ``high``, ``final``) in a column of its own for programs."""
    s = row.state
    r = s.response
    info = data.info
    w = wording.of(data)
    return {
        "assessment_id": info.id,
        "country": info.country,
        "assessment": info.title,
        "period": info.period,
        "assessment_status": w.assessment_status(info.status),
        "assessment_status_code": info.status,
        "framework": info.framework_key,
        "framework_version": info.framework_version,
        "code": row.code,
        "chapter": row.chapter,
        "chapter_title": titles.get(row.chapter, ""),
        "text": row.text,
        "source": row.source,
        "state": w.status(s.status),
        "state_code": s.status,
        "law": _blank(r.law),
        "practice": _blank(r.practice),
        "not_applicable": "yes" if r.not_applicable else "no",
        "na_justification": r.na_justification,
        "target": s.target,
        "target_from": s.target_from,
        "target_reason": s.target_reason,
        "gap_law": _blank(s.gap_law),
        "gap_practice": _blank(s.gap_practice),
        "gap": s.gap,
        "severity": w.severity(s.severity) if s.severity else "",
        "severity_code": s.severity or "",
        "rationale": r.rationale,
        "institutions": "; ".join(r.institutions),
        "priority": w.priority(r.priority) if r.priority else "",
        "priority_code": r.priority or "",
        "target_date": r.target_date.isoformat() if r.target_date else "",
        "next_action": r.next_action,
        "technical_assistance": r.technical_assistance,
        "evidence_count": len(row.evidence),
        "evidence": " | ".join(
            f"{e.kind}: {e.label}" + (f" (sha256 {e.sha256})" if e.sha256 else f" ({detail(e)})" if detail(e) else "")
            for e in row.evidence
        ),
        "updated_by": r.updated_by,
        "updated_at": r.updated_at.isoformat() if r.updated_at else "",
    }


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
"""What a spreadsheet program reads as the start of a formula in a CSV cell (OWASP, "CSV Injection"; the tab and
carriage return too, and the full-width forms some spreadsheets also accept)."""


def neutralised(value: object) -> object:
    """A text cell that would start a formula, with an apostrophe before it (OWASP's advice for CSV files)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(data: ReportData, handle: IO[str]) -> None:
    titles = {c.code: c.title for c in data.chapters}
    writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in data.items:
        writer.writerow({column: neutralised(value) for column, value in csv_row(data, row, titles).items()})


def as_json(data: ReportData) -> dict[str, Any]:
    assessment = assessment_json(data.info)
    assessment["framework"]["title"] = data.framework_title
    assessment["scale"]["levels"] = [
        {"value": level.value, "label": level.label, "description": level.description} for level in data.scale
    ]
    document: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "generated": data.generated.isoformat(),
        "language": data.lang,
        "assessment": assessment,
        "include_sensitive": data.include_sensitive,
        "withheld_sensitive_evidence": data.withheld,
        "summary": {
            "pillars": [summary_json(c.summary) for c in data.chapters],
            "overall": summary_json(data.overall),
        },
        "targets": targets_json(data.targets),
        "findings": [
            {"pillar": None, "text": data.finding} if data.finding else None,
            *({"pillar": c.code, "text": c.finding} for c in data.chapters if c.finding),
        ],
        "status_history": [status_json(e) for e in data.history],
        "methodology": data.methodology.to_json(),
        "items": [],
    }
    document["findings"] = [f for f in document["findings"] if f is not None]
    for row in data.items:
        item = state_json(row.state, list(row.evidence))
        item["source"] = row.source
        item["links"] = list(row.links)
        document["items"].append(item)
    if data.comparison is not None:
        c = data.comparison
        document["comparison"] = {
            "previous": assessment_json(c.previous),
            "items": [
                {
                    "code": change.code,
                    "change": change.change,
                    "new_gap": change.new_gap,
                    "closed_gap": change.closed_gap,
                    "before": None
                    if change.before is None
                    else {
                        "law": change.before.response.law,
                        "practice": change.before.response.practice,
                        "not_applicable": change.before.response.not_applicable,
                        "gap": change.before.gap,
                    },
                }
                for change in c.items
            ],
        }
    return document


TIMES = frozenset({"created_at", "updated_at", "added_at", "at"})
"""The fields that hold a moment in time (the others hold dates)."""


def zoned(node: Any) -> Any:
    """``node`` with every time (ISO 8601, stored in UTC) written with its zone: ``2026-05-01T09:30:00Z``."""
    if isinstance(node, dict):
        return {
            key: _utc(value) if key in TIMES and isinstance(value, str) else zoned(value) for key, value in node.items()
        }
    if isinstance(node, list):
        return [zoned(value) for value in node]
    return node


def _utc(stamp: str) -> str:
    moment = dt.datetime.fromisoformat(stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat() + "Z"


def write_json(data: ReportData, handle: IO[str]) -> None:
    json.dump(zoned(as_json(data)), handle, ensure_ascii=False, indent=2)
    handle.write("\n")


def write_csv_file(data: ReportData, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        write_csv(data, handle)


def write_json_file(data: ReportData, path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        write_json(data, handle)


__all__ = [
    "CSV_COLUMNS",
    "as_json",
    "neutralised",
    "write_csv",
    "write_csv_file",
    "write_json",
    "write_json_file",
    "zoned",
]
