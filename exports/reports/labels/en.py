"""The report's labels, headings and prose in English: the source every other language translates.

Each key names one message; ``{name}`` marks a value filled in when the report is written. A key
ending in ``_one`` or ``_other`` (and, for some languages, ``_zero``, ``_two``, ``_few``, ``_many``) is
one plural form of the message named without it. ``**text**`` is printed in bold where the format allows.
"""

from __future__ import annotations

LABELS: dict[str, str] = {
    # --- statuses, priorities, kinds, changes -----------------------------------------------------------------
    "status_not_scored": "Not scored",
    "status_partly_scored": "Partly scored",
    "status_meets_target": "Meets target",
    "status_gap": "Gap",
    "status_not_applicable": "N/A",
    "severity_minor": "minor",
    "severity_major": "major",
    "severity_critical": "critical",
    "gap_severity": "Gap, {severity}",
    "priority_high": "high",
    "priority_medium": "medium",
    "priority_low": "low",
    "kind_file": "File",
    "kind_link": "Link",
    "kind_citation": "Legal citation",
    "change_improved": "improved",
    "change_regressed": "regressed",
    "change_mixed": "mixed",
    "change_unchanged": "unchanged",
    "change_newly scored": "newly scored",
    "change_no longer scored": "no longer scored",
    "change_changed": "changed",
    "change_new item": "new item",
    "assessment_final": "final",
    "assessment_draft": "draft",
    "no_institution": "No institution assigned",
    "overall": "Overall",
    "law": "In law and institutions",
    "practice": "In practice",
    "yes": "yes",
    "no": "no",
    # --- running header, footer, watermark ----------------------------------------------------------------------
    "watermark": "DRAFT",
    "header_draft": "DRAFT: not for citation",
    "header_final": "Final",
    "header": "Gap report · {status}",
    "footer": "{framework} {version} · generated {date}",
    "page_of": "Page {number} of {total}",
    "document_title": "Gap report: {label}",
    # --- cover and contents -------------------------------------------------------------------------------------
    "cover_kicker": "NATIONAL SELF-ASSESSMENT · UN TRAFFICKING IN PERSONS PROTOCOL",
    "cover_title": "Gap report and action plan",
    "fact_framework": "Framework",
    "fact_framework_value": "{title} (version {version})",
    "fact_assessment": "Assessment",
    "fact_status": "Status",
    "fact_status_draft": "Draft: not for citation",
    "fact_status_final": "Final",
    "fact_target": "Target",
    "fact_target_value": "{target} ({label}) on a scale of {low} to {high}",
    "fact_items": "Items assessed",
    "fact_items_value_one": "{count} item, {complete} complete",
    "fact_items_value_other": "{count} items, {complete} complete",
    "fact_approved": "Approved by",
    "fact_date": "Date of this report",
    "fact_changed": "Last change",
    "fact_compared": "Compared with",
    "draft_note": (
        "This report is printed from a **draft** assessment: scores and notes may still change. The DRAFT mark "
        "disappears once the assessment is marked final."
    ),
    "restricted": (
        "**Restricted.** This edition lists evidence marked sensitive. Do not circulate it beyond the national "
        "coordinating body."
    ),
    "contents": "Contents",
    "contents_field": "Right-click here and choose Update Field to show the contents.",
    # --- executive summary --------------------------------------------------------------------------------------
    "summary": "Executive summary",
    "figure_complete_one": "complete: {complete} of {count} item (N/A: {na})",
    "figure_complete_other": "complete: {complete} of {count} items (N/A: {na})",
    "figure_mean_one": "mean score {dimension} ({count} item)",
    "figure_mean_other": "mean score {dimension} ({count} items)",
    "figure_gaps": "gaps: critical {critical}, major {major}, minor {minor}",
    "summary_line_one": (
        "Completion {percent} ({complete} of {count} item) · mean score {law} {law_mean} · mean score "
        "{practice} {practice_mean} · gaps: {gaps} (critical {critical}, major {major}, minor {minor})"
    ),
    "summary_line_other": (
        "Completion {percent} ({complete} of {count} items) · mean score {law} {law_mean} · mean score "
        "{practice} {practice_mean} · gaps: {gaps} (critical {critical}, major {major}, minor {minor})"
    ),
    "narrative_scope_one": "The assessment covers {count} assessable item.",
    "narrative_scope_other": "The assessment covers {count} assessable items.",
    "narrative_scored_one": "{count} of them is scored in full.",
    "narrative_scored_other": "{count} of them are scored in full.",
    "narrative_missing_one": "{count} still needs scores.",
    "narrative_missing_other": "{count} still need scores.",
    "narrative_na_one": "{count} does not apply.",
    "narrative_na_other": "{count} do not apply.",
    "narrative_gaps_one": "{count} item falls short of its target (critical {critical}, major {major}, minor {minor}).",
    "narrative_gaps_other": (
        "{count} items fall short of their targets (critical {critical}, major {major}, minor {minor})."
    ),
    "narrative_no_gaps": "Every item scored in full meets its target.",
    "narrative_met_one": "{count} item meets its target.",
    "narrative_met_other": "{count} items meet their targets.",
    "narrative_largest_one": "The largest gap is {count} level below the target: {codes}.",
    "narrative_largest_other": "The largest gap is {count} levels below the target: {codes}.",
    "narrative_most_gaps_one": "{pillar} has the most gaps: {count} item.",
    "narrative_most_gaps_other": "{pillar} has the most gaps: {count} items.",
    "narrative_lag_one": "Practice lags behind law in {count} item ({share} of those scored in both dimensions).",
    "narrative_lag_other": "Practice lags behind law in {count} items ({share} of those scored in both dimensions).",
    "narrative_lag_widest": "The distance between law and practice is widest in {pillar} ({law} against {practice}).",
    "narrative_improved_one": "Since {previous}, {count} item has improved and {regressed} regressed.",
    "narrative_improved_other": "Since {previous}, {count} items have improved and {regressed} regressed.",
    "narrative_closed_one": "{count} gap has been closed; new gaps: {new} (see the progress report).",
    "narrative_closed_other": "{count} gaps have been closed; new gaps: {new} (see the progress report).",
    "and_more": "and {count} more",
    "findings": "Key findings",
    "finding_overall": "Overall",
    "no_findings": "The team has not written its key findings yet.",
    "in_numbers": "What the numbers say",
    "chapter_finding": "Key finding",
    "chart_text": "In figures: {values}.",
    "chart_value": "{pillar}: {law} {law_mean}, {practice} {practice_mean}, target {target}",
    "matrix_text": "In figures: {behind}: {behind_count}; {level}: {level_count}; {ahead}: {ahead_count}.",
    "by_pillar": "Scores and gaps by pillar",
    "chart_heading": "Scores by pillar",
    "chart_note": "Mean score per pillar on the scale {low}-{high}; N/A items are left out of the means.",
    "chart_target": "Target ({target})",
    "matrix_heading": "Law against practice",
    "matrix_note": (
        "Each square counts the items with that pair of scores. Items below the diagonal have a legal and "
        "institutional basis that is not yet working in practice."
    ),
    "matrix_behind": "items with practice behind law",
    "matrix_level": "items with practice level with law",
    "matrix_ahead": "items with practice ahead of law",
    "largest": "The ten largest gaps",
    "no_gaps": "No item is below the target.",
    "gap_note": "Gap: the target ({target}) minus the lower of the two scores. The full list is in the gap register.",
    # --- table columns ------------------------------------------------------------------------------------------
    "col_pillar": "Pillar",
    "col_items": "Items",
    "col_complete": "Complete",
    "col_na": "N/A",
    "col_law": "Law",
    "col_practice": "Practice",
    "col_gaps": "Gaps",
    "col_high": "High",
    "col_medium": "Medium",
    "col_low": "Low",
    "col_high_priority": "High priority",
    "col_code": "Code",
    "col_item": "Item",
    "col_gap": "Gap",
    "col_severity": "Severity",
    "col_target": "Target",
    "col_state": "State",
    "col_applies_to": "Applies to",
    "col_reason": "Reason",
    "col_when": "Date",
    "col_status": "Status",
    "col_by": "By",
    "col_note": "Note",
    "col_critical": "Critical",
    "col_major": "Major",
    "col_minor": "Minor",
    "col_priority": "Priority",
    "col_responsible": "Responsible",
    "col_institution": "Responsible institution",
    "col_target_date": "Target date",
    "col_next_action": "Next action",
    "col_assistance": "Technical assistance needed",
    "col_law_before": "Law before",
    "col_law_now": "Law now",
    "col_practice_before": "Practice before",
    "col_practice_now": "Practice now",
    "col_gaps_before": "Gaps before",
    "col_gaps_now": "Gaps now",
    "col_change": "Change",
    "col_law_was": "Law was",
    "col_practice_was": "Practice was",
    "col_gap_was": "Gap was",
    "col_gap_now": "Gap now",
    "col_kind": "Kind",
    "col_evidence": "Evidence",
    "col_evidence_hash": "Evidence and SHA-256 fingerprint",
    "col_reference": "SHA-256 or reference",
    "col_bytes": "Bytes",
    "col_score": "Score",
    "col_level": "Level",
    "col_meaning": "Meaning",
    # --- gap register, action plan, technical assistance --------------------------------------------------------
    "register": "Gap register",
    "register_intro": (
        "Every item below the target of {target}, ordered by priority (high, medium, low, none), then by the size "
        "of the gap, then in framework order. Gap: the target minus the lower of the two scores."
    ),
    "actions": "Action plan by responsible institution",
    "actions_intro": (
        "For each institution, the items it is responsible for that are below target or have a next action, by "
        "target date. An item with several responsible institutions appears under each of them."
    ),
    "no_actions": "No actions have been recorded.",
    "no_date": "no date",
    "assistance": "Technical assistance needs",
    "no_assistance": "No technical assistance needs have been recorded.",
    "assistance_intro_one": (
        "{count} item names technical assistance that would help close the gap. By pillar, and then item by item, "
        "gaps first:"
    ),
    "assistance_intro_other": (
        "{count} items name technical assistance that would help close the gap. By pillar, and then item by item, "
        "gaps first:"
    ),
    # --- chapters -----------------------------------------------------------------------------------------------
    "chapter_line_one": (
        "{count} item · complete {complete} · N/A {na} · mean {law} {law_mean} · mean {practice} "
        "{practice_mean} · gaps {gaps} · target {target}"
    ),
    "chapter_line_other": (
        "{count} items · complete {complete} · N/A {na} · mean {law} {law_mean} · mean {practice} "
        "{practice_mean} · gaps {gaps} · target {target}"
    ),
    "target": "Target",
    "target_own": "{target}, set for this item: {reason}",
    "target_branch": "{target}, set for {code}: {reason}",
    "not_applicable": "Not applicable",
    "not_applicable_because": "Not applicable: {reason}",
    "not_scored": "not scored",
    "why_na": "Why not applicable",
    "rationale": "Rationale",
    "responsible": "Responsible",
    "next_action": "Next action",
    "assistance_needed": "Technical assistance needed",
    "gap": "Gap",
    "priority": "Priority",
    "target_date": "Target date",
    "evidence": "Evidence",
    "sensitive": "sensitive",
    "sensitive_mark": "[sensitive]",
    "file_size": "{size} bytes",
    "see_also": "See also (cross-walk): {codes}",
    # --- progress -----------------------------------------------------------------------------------------------
    "progress": "Progress report",
    "progress_intro": "Change since {previous} ({status}), item by item and per pillar.",
    "improved": "Improved ({count})",
    "regressed": "Regressed ({count})",
    "new_gaps": "New gaps ({count})",
    "closed_gaps": "Gaps closed ({count})",
    "every_item": "Every item",
    "every_item_count": "Every item ({count})",
    "none": "None.",
    # --- evidence annex and methodology -------------------------------------------------------------------------
    "annex": "Evidence annex",
    "annex_intro": (
        "Every piece of evidence on record, by item. Files are stored with their SHA-256 fingerprint: compute it "
        "for a copy of the file (sha256sum on Linux, shasum -a 256 on macOS, Get-FileHash in Windows PowerShell) "
        "and compare it with the one printed here to check that it is the file the assessment relied on."
    ),
    "withheld_one": "{count} piece of evidence marked sensitive is not listed in this edition.",
    "withheld_other": "{count} pieces of evidence marked sensitive are not listed in this edition.",
    "no_evidence": "No evidence has been attached.",
    "methodology": "Methodology",
    "method_opening": (
        "The checklist is the {framework} ({key}, version {version}), quoted verbatim with its source on every "
        "item. Each assessable item is scored twice on the same scale: {law} (is the legal and institutional basis "
        "there?) and {practice} (is it implemented and working?)."
    ),
    "scale": "The scale",
    "aggregation": "How scores aggregate",
    "rule_complete": "An item is complete when it is N/A, or when every dimension it is scored on has a score.",
    "rule_means": (
        "A pillar's score in a dimension is the mean of the scores given in that dimension; items marked N/A and "
        "dimensions not yet scored are left out, so a mean never counts a missing score as zero. The overall score "
        "is the mean over all items in the same way."
    ),
    "rule_target": (
        "The target is {target} ({label}), unless a pillar, a branch or an item has a target of its own, set with a "
        "reason (see Targets). An item scored in every dimension meets its target when its lower score reaches it; "
        "otherwise it is a gap of the target minus that score: minor for 1 level, major for 2, critical for 3 or "
        "more. An item scored in one dimension only is partly scored and not yet judged."
    ),
    "targets": "Targets",
    "targets_intro": "Every item's target is {target} ({label}), except where it is set otherwise below.",
    "targets_reason": "Why: {reason}",
    "targets_default": "The whole assessment",
    "process": "How the assessment was made",
    "process_participants": "Who took part",
    "process_meetings": "Meetings and workshops",
    "process_sources": "Sources consulted",
    "process_agreement": "How the scores were agreed",
    "process_none": "The team has not recorded how the assessment was made.",
    "approval": "Approval",
    "approval_intro": "This assessment was approved as final on the date below. It is read-only until it is reopened.",
    "approval_body": "Issuing body",
    "approval_by": "Approved by",
    "approval_role": "Capacity",
    "approval_date": "Date of approval",
    "approval_framework": "Framework",
    "approval_forced": (
        "Approved as it was, although some items were not fully scored or some key findings were not written."
    ),
    "revisions": "Revision history of the assessment's status",
    "revision_final": "Approved as final by {name}",
    "revision_draft": "Back to draft: {reason}",
    "revision_recorded": "Marked final (before approvals were recorded)",
    "signature": "Signature",
    "signature_date": "Date",
    "rule_order": (
        "Gaps are ordered by priority (high, medium, low, then none), then by the size of the gap, then in the "
        "order of the framework."
    ),
    "rule_na": (
        "N/A (not applicable) needs a written justification, printed with the item. An N/A item counts as complete, "
        "is never a gap, and does not enter any mean."
    ),
    "confidentiality": "Evidence and confidentiality",
    "confidentiality_text": (
        "Evidence files are stored inside the assessment database and identified by their SHA-256 fingerprint, "
        "printed in the evidence annex. Evidence marked sensitive is left out of the report unless it is produced "
        "with the option to include it; such an edition says so on its cover."
    ),
    # --- the workbook -------------------------------------------------------------------------------------------
    "sheet_actions": "Action plan",
    "sheet_responses": "Responses",
    "sheet_evidence": "Evidence",
    "workbook_title": "Action plan: {label}",
}

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

COLUMN_HEADINGS = {
    "assessment_id": "Assessment ID",
    "country": "Country or entity",
    "assessment": "Assessment",
    "period": "Period",
    "assessment_status": "Assessment status",
    "framework": "Framework",
    "framework_version": "Framework version",
    "code": "Code",
    "chapter": "Chapter",
    "chapter_title": "Chapter title",
    "text": "Item text",
    "source": "Source",
    "state": "State",
    "state_code": "State (code)",
    "severity": "Severity",
    "severity_code": "Severity (code)",
    "priority_code": "Priority (code)",
    "assessment_status_code": "Assessment status (code)",
    "target_from": "Target set on",
    "target_reason": "Reason for the target",
    "law": "Law score",
    "practice": "Practice score",
    "not_applicable": "Not applicable",
    "na_justification": "Why not applicable",
    "target": "Target",
    "gap_law": "Gap in law",
    "gap_practice": "Gap in practice",
    "gap": "Gap",
    "rationale": "Rationale",
    "institutions": "Responsible institutions",
    "institution": "Institution",
    "pillar": "Pillar",
    "item": "Item",
    "priority": "Priority",
    "target_date": "Target date",
    "next_action": "Next action",
    "technical_assistance": "Technical assistance",
    "evidence_count": "Evidence count",
    "evidence": "Evidence",
    "updated_by": "Updated by",
    "updated_at": "Updated at (UTC)",
    "kind": "Kind",
    "name": "Name",
    "description": "Description",
    "reference": "Reference",
    "sha256": "SHA-256 fingerprint",
    "size": "Size (bytes)",
    "sensitive": "Sensitive",
    "added_by": "Added by",
    "added_at": "Added at (UTC)",
}
"""The heading of each column of the workbook's sheets (keyed by the machine names of the CSV export)."""

LABELS.update({f"column_{name}": heading for name, heading in COLUMN_HEADINGS.items()})
