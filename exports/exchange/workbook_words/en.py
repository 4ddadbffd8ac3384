"""A contribution workbook in English: the source every other language translates.

Keys: ``sheet_*`` name the sheets; ``heading_*`` and ``field_*`` head the columns of the responses sheet (one
``field_*`` per field of :data:`assess.fields.FIELDS`); ``na`` and ``priority_*`` are the drop-down choices (no
commas: a drop-down list is written comma-separated); ``prompt_*`` and ``error_*`` are what a cell says when it is
selected and when a value outside its list is typed (at most 255 characters); the rest is the instructions sheet.
"""

from __future__ import annotations

WORDS: dict[str, str] = {
    # --- sheets and columns ---------------------------------------------------------------------------------------
    "sheet_instructions": "Instructions",
    "sheet_responses": "Responses",
    "sheet_evidence": "Evidence",
    "heading_code": "Code",
    "heading_text": "Item (verbatim text)",
    "heading_source": "Source",
    "field_law": "Score in law and institutions",
    "field_practice": "Score in practice",
    "field_not_applicable": "N/A",
    "field_na_justification": "N/A justification",
    "field_rationale": "Rationale",
    "field_institutions": "Responsible institutions",
    "field_priority": "Priority",
    "field_target_date": "Target date",
    "field_next_action": "Next action",
    "field_technical_assistance": "Technical assistance needed",
    "evidence_item": "Item",
    "evidence_kind": "Kind",
    "evidence_name": "Name",
    "evidence_description": "Description",
    "evidence_reference": "Link or citation",
    "evidence_sha256": "SHA-256",
    "kind_file": "File",
    "kind_link": "Link",
    "kind_citation": "Legal citation",
    "no_evidence": "The secretariat holds no evidence for these items that may be listed here.",
    # --- choices, prompts and errors of the answer cells ----------------------------------------------------------
    "na": "N/A",
    "priority_high": "high",
    "priority_medium": "medium",
    "priority_low": "low",
    "date_example": "2026-12-31",
    "prompt_score": "Choose a level from {low} to {high} (the scale is on the sheet “{instructions}”). Leave it empty "
    "if you cannot judge it yet.",
    "error_score": "Choose a level from {low} to {high} from the list.",
    "prompt_flag": "Choose “{na}” if the item does not apply to your country; otherwise leave the cell empty.",
    "error_flag": "Choose “{na}” from the list, or leave the cell empty.",
    "prompt_priority": "Choose {priorities} from the list.",
    "error_priority": "Choose a priority from the list.",
    "prompt_date": "Type a date, for example {example}.",
    "error_date": "This cell takes a date, for example {example}.",
    "prompt_names": "Separate several institutions with semicolons (;).",
    # --- the instructions sheet -----------------------------------------------------------------------------------
    "title": "Contribution to {assessment}",
    "intro": "The secretariat asks you to answer the items below for your institution and to send this workbook "
    "back. You need only a spreadsheet program (Excel or LibreOffice Calc): the secretariat merges your answers into "
    "the assessment with Assess.",
    "fact_assessment": "Assessment",
    "fact_institution": "Sent to",
    "fact_sent": "Sent on",
    "fact_items": "Items",
    "fact_framework": "Framework",
    "no_institution": "(no institution named)",
    "how_heading": "How to fill in this workbook",
    "step_rows": "Answer on the sheet “{responses}”, one row per item. The grey columns (code, item text, source) "
    "are the checklist itself and are locked: type only in the white columns.",
    "step_scores": "Give each item two scores on the scale below: in law and institutions (is the legal and "
    "institutional basis there?) and in practice (is it implemented and working?). Choose them from the list in each "
    "cell; leave a score empty if you cannot judge it yet.",
    "step_na": "If an item does not apply, choose “{na}” in the column “{na_column}”, leave both scores empty and say "
    "why in the column “{justification}”.",
    "step_institutions": "Name the responsible institutions in the column “{institutions}”, separated by "
    "semicolons (;).",
    "step_priority": "Choose the priority from the list ({priorities}). Type the target date as a date, for example "
    "{example}.",
    "step_evidence": "The evidence the secretariat holds is listed on the sheet “{evidence}” for reference; evidence "
    "marked sensitive is never listed. Send new documents to the secretariat separately, naming the item code: the "
    "workbook carries no files.",
    "step_structure": "Do not add, delete, rename or move columns or sheets, and do not change item codes. You may "
    "sort and filter the rows and widen the columns.",
    "step_return": "Save the workbook in the same format (Excel Workbook, .xlsx; in LibreOffice Calc keep the Excel "
    "format when asked) and send it back to the secretariat. Everything you type is checked when it is imported; "
    "nothing in the workbook can change the checklist itself.",
    "scale_heading": "The scale",
    "scale_level": "Level",
    "scale_label": "Meaning",
    "scale_description": "Description",
}
