"""The monitoring chapter's words in English: the source every other language translates."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "monitoring": "Monitoring: operational indicators",
    "monitoring_intro": (
        "Section V of the Framework for Action says that the operational indicators measure the implementation "
        "and help monitor change over time. This chapter gives, pillar by pillar, the figures recorded for each "
        "indicator period by period, their breakdowns, sources and quality notes."
    ),
    "monitoring_counts": "Figures are recorded for {recorded} of the {indicators} indicators; periods with figures: {periods}, from {first} to {last}.",
    "monitoring_none": (
        "No figures have been recorded yet. Record them in the window (Overview, Monitoring) or with: assess data."
    ),
    "monitoring_suggested": "Indicators marked * are suggestions: {note}",
    "monitoring_own": "Indicators marked † were added by the team to this assessment.",
    "monitoring_periods_shown": "The tables show the last {count} periods; the workbook and JSON exports hold every figure.",
    "monitoring_pillar": "{pillar}: indicators",
    "data_gaps": "Data gaps",
    "data_gaps_intro": "{count} of {total} indicators have no total for {period}, the latest period with figures:",
    "no_data_gaps": "Every indicator has a total for {period}, the latest period with figures.",
    "col_indicator": "Indicator",
    "col_last_figure": "Last figure",
    "col_target": "Target",
    "unit_count": "count",
    "unit_percentage": "%",
    "unit_currency": "amount",
    "unit_days": "days",
    "unit_yes-no": "yes/no",
    "figure_yes": "yes",
    "figure_no": "no",
    "target_met": "met",
    "target_not_met": "not met",
    "trend_caption": "The total of each period",
    "breakdown_caption": "Breakdowns of {period}",
    "figures_source": "Source ({period})",
    "figures_note": "Quality note ({period})",
    "informs": "Informs {codes}.",
    "mismatch": "{period}: the breakdown by {dimension} adds up to {sum}, not to the total {total}.",
    "mismatch_no_total": "{period}: a breakdown by {dimension} (adding up to {sum}) but no total.",
    "narrative_changes": "Among the operational indicators, the largest changes between their two latest totals: {changes}.",
    "change_rose": "{name} rose from {before} ({before_period}) to {after} ({after_period})",
    "change_fell": "{name} fell from {before} ({before_period}) to {after} ({after_period})",
    "list_separator": "; ",
    "narrative_data_gaps": "{count} of {total} indicators have no figure for {period}.",
    "monitoring_rules": "How these figures are read",
    "rule_latest": (
        "An indicator's latest figure is the total of its last period (by the period's last day) that has a total; "
        "its change is that total minus the one before it, also given as a share of the earlier total when that "
        "is not zero."
    ),
    "rule_gaps": (
        "The latest period is the last period for which any figure is recorded; an indicator with no total for "
        "exactly that period is a data gap."
    ),
    "rule_breakdowns": (
        "Breakdowns are by one dimension at a time. For counts and amounts, a breakdown whose categories do not add "
        "up to the total is printed as recorded and flagged; shares, averages and yes/no figures are not added up."
    ),
    "rule_targets": (
        "A target is met when the latest total is at or above it where higher is better, at or below it where lower "
        "is better, and equal to it otherwise."
    ),
    "rule_changes": (
        "The executive summary names the indicators whose latest total changed most as a share of the one before, "
        "those where higher or lower is better first."
    ),
    "sheet_figures": "Indicator figures",
    "column_indicator": "Indicator",
    "column_indicator_name": "Name",
    "column_unit": "Unit",
    "column_dimension": "Dimension",
    "column_category": "Category",
    "column_category_label": "Category name",
    "column_value": "Figure",
    "column_quality_note": "Quality note",
}
