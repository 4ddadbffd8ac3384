"""The report's own prose, shared by the PDF and the editable document so that both say the same."""

from __future__ import annotations

from exports.model import ReportData

ANNEX_INTRO = (
    "Every piece of evidence on record, by item. Files are stored with their SHA-256 fingerprint: compute it for a "
    "copy of the file (sha256sum on Linux, shasum -a 256 on macOS, Get-FileHash in Windows PowerShell) and compare "
    "it with the one printed here to check that it is the file the assessment relied on."
)
ACTION_INTRO = (
    "For each institution, the items it is responsible for that are below target or have a next action, by target "
    "date. An item with several responsible institutions appears under each of them."
)
CONFIDENTIALITY = (
    "Evidence files are stored inside the assessment database and identified by their SHA-256 fingerprint, printed "
    "in the evidence annex. Evidence marked sensitive is left out of the report unless it is produced with the option "
    "to include it; such an edition says so on its cover."
)
RESTRICTED = (
    "Restricted. This edition lists evidence marked sensitive. Do not circulate it beyond the national coordinating "
    "body."
)
DRAFT_NOTE = (
    "This report is printed from a draft assessment: scores and notes may still change. The DRAFT mark disappears "
    "once the assessment is marked final."
)


def register_intro(data: ReportData) -> str:
    return (
        f"Every item below the target of {data.info.target}, ordered by priority (high, medium, low, none), then by "
        "the size of the gap, then in framework order. Gap: the target minus the lower of the two scores."
    )


def withheld(data: ReportData) -> str:
    n = data.withheld
    if not n:
        return ""
    return f"{n} piece{'s' if n != 1 else ''} of evidence marked sensitive {'are' if n != 1 else 'is'} not listed in this edition."


def narrative(data: ReportData) -> str:
    """The executive summary in three or four sentences."""
    o = data.overall
    both = [
        r.state.response
        for r in data.items
        if r.state.response.law is not None
        and r.state.response.practice is not None
        and not r.state.response.not_applicable
    ]
    lagging = sum(1 for r in both if (r.practice or 0) < (r.law or 0))
    parts = [
        f"Of the {o.assessable} assessable items, {o.complete} are complete"
        + (f" ({o.not_applicable} of them not applicable)" if o.not_applicable else "")
        + f" and {o.assessable - o.complete} still need scores.",
        f"{o.gaps} items are below the target of {data.info.target}.",
    ]
    if both:
        parts.append(f"In {lagging} of the {len(both)} items scored in both dimensions, practice lags behind law.")
    if data.comparison is not None:
        c = data.comparison
        parts.append(
            f"Since {c.previous.label}: {len(c.improved)} items improved, {len(c.regressed)} regressed, "
            f"{len(c.new_gaps)} new gaps opened and {len(c.closed_gaps)} closed (see the progress report)."
        )
    return " ".join(parts)


def methodology(data: ReportData) -> tuple[str, list[str]]:
    """The opening paragraph of the methodology and its rules on aggregation, one string each."""
    info = data.info
    opening = (
        f"The checklist is the {data.framework_title} ({info.framework_key}, version {info.framework_version}), "
        "quoted verbatim with its source on every item. Each assessable item is scored twice on the same scale: "
        f"{data.law_label.lower()} (is the legal and institutional basis there?) and {data.practice_label.lower()} "
        "(is it implemented and working?)."
    )
    rules = [
        "An item is complete when it is N/A, or when every dimension it is scored on has a score.",
        "A pillar's score in a dimension is the mean of the scores given in that dimension; items marked N/A and "
        "dimensions not yet scored are left out, so a mean never counts a missing score as zero. The overall score "
        "is the mean over all items in the same way.",
        f"The target is {info.target} ({data.label(info.target)}). An item's gap is the target minus the lower of its "
        "two scores; the item is a gap when that is above zero.",
        "Gaps are ordered by priority (high, medium, low, then none), then by the size of the gap, then in the "
        "order of the framework.",
        "N/A (not applicable) needs a written justification, printed with the item. An N/A item counts as complete, "
        "is never a gap, and does not enter any mean.",
    ]
    return opening, rules


def cover_facts(data: ReportData) -> list[tuple[str, str]]:
    info = data.info
    facts = [
        ("Framework", f"{data.framework_title} (version {info.framework_version})"),
        ("Assessment", info.title + (f", {info.period}" if info.period else "")),
        ("Status", "Draft: not for citation" if data.draft else "Final"),
        ("Target", f"{info.target} ({data.label(info.target)}) on a scale of {info.scale_min} to {info.scale_max}"),
        ("Items assessed", f"{data.overall.assessable} items, {data.overall.complete} complete"),
        ("Date of this report", data.generated.isoformat()),
        ("Last change", info.updated_at.date().isoformat()),
    ]
    if data.comparison is not None:
        facts.append(("Compared with", data.comparison.previous.label))
    return facts
