"""监测一章的中文用语。"""

from __future__ import annotations

LABELS: dict[str, str] = {
    "monitoring": "监测：业务指标",
    "monitoring_intro": (
        "《行动框架》第五节指出，业务指标用于衡量执行情况并帮助监测随时间的变化。本章按支柱逐一列出每项指标"
        "各期记录的数字及其分类、来源和质量说明。"
    ),
    "monitoring_counts": "{indicators} 项指标中已有 {recorded} 项记录了数字；有数字的期数：{periods}，从 {first} 至 {last}。",
    "monitoring_none": "尚未记录任何数字。请在窗口中（概览，监测）或用 assess data 命令记录。",
    "monitoring_suggested": "标有 * 的指标为建议指标：{note}",
    "monitoring_own": "标有 † 的指标由工作组为本次评估添加。",
    "monitoring_periods_shown": "各表列出最近 {count} 期；工作簿和 JSON 导出文件包含全部数字。",
    "monitoring_pillar": "{pillar}：指标",
    "data_gaps": "数据空白",
    "data_gaps_intro": "{total} 项指标中有 {count} 项没有 {period}（有数字的最近一期）的总数：",
    "no_data_gaps": "每项指标都有 {period}（有数字的最近一期）的总数。",
    "col_indicator": "指标",
    "col_last_figure": "最近数字",
    "col_target": "目标",
    "unit_count": "数量",
    "unit_percentage": "%",
    "unit_currency": "金额",
    "unit_days": "天数",
    "unit_yes-no": "是/否",
    "figure_yes": "是",
    "figure_no": "否",
    "target_met": "已达到",
    "target_not_met": "未达到",
    "trend_caption": "各期总数",
    "breakdown_caption": "{period} 的分类",
    "figures_source": "来源（{period}）",
    "figures_note": "质量说明（{period}）",
    "informs": "涉及 {codes}。",
    "mismatch": "{period}：按{dimension}分类的合计为 {sum}，而非总数 {total}。",
    "mismatch_no_total": "{period}：有按{dimension}的分类（合计 {sum}），但没有总数。",
    "narrative_changes": "在各项业务指标中，最近两期总数之间变化最大的是：{changes}。",
    "change_rose": "{name}从 {before}（{before_period}）升至 {after}（{after_period}）",
    "change_fell": "{name}从 {before}（{before_period}）降至 {after}（{after_period}）",
    "list_separator": "；",
    "narrative_data_gaps": "{total} 项指标中有 {count} 项没有 {period} 的数字。",
    "monitoring_rules": "如何解读这些数字",
    "rule_latest": (
        "指标的最近数字是其有总数的最后一期（按该期最后一天计）的总数；其变化为该总数减去前一个总数，前一个"
        "总数不为零时，也以占前一个总数的比例表示。"
    ),
    "rule_gaps": "最近一期是记录有任何数字的最后一期；恰好在该期没有总数的指标即为数据空白。",
    "rule_breakdowns": (
        "分类每次按一个维度进行。对于数量和金额，各类别合计不等于总数的分类按记录原样列出并加以标注；比例、"
        "平均数和是/否数字不作加总。"
    ),
    "rule_targets": "以升高为好时，最近总数不低于目标即为达到；以降低为好时，不高于目标即为达到；其他情况下须等于目标。",
    "rule_changes": "执行摘要列出最近总数相对前一个总数变化最大的指标，先列以升高或降低为好的指标。",
    "sheet_figures": "指标数字",
    "column_indicator": "指标",
    "column_indicator_name": "名称",
    "column_unit": "单位",
    "column_dimension": "维度",
    "column_category": "类别",
    "column_category_label": "类别名称",
    "column_value": "数字",
    "column_quality_note": "质量说明",
}
