"""كلمات فصل الرصد باللغة العربية."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "monitoring": "الرصد: المؤشرات التشغيلية",
    "monitoring_intro": (
        "يذكر الفرع الخامس من إطار العمل أن المؤشرات التشغيلية تقيس التنفيذ وتساعد على رصد التغير بمرور الوقت. "
        "ويعرض هذا الفصل، ركيزةً ركيزة، الأرقام المسجلة لكل مؤشر فترةً فترة، مع تصنيفاتها ومصادرها وملاحظات "
        "جودتها."
    ),
    "monitoring_counts": "سُجِّلت أرقام لـ {recorded} من أصل {indicators} مؤشراً؛ عدد الفترات التي لها أرقام: {periods}، من {first} إلى {last}.",
    "monitoring_none": "لم تُسجَّل أي أرقام بعد. سجّلوها في النافذة (النظرة العامة، الرصد) أو بالأمر assess data.",
    "monitoring_suggested": "المؤشرات المعلَّمة بعلامة * اقتراحات: {note}",
    "monitoring_own": "المؤشرات المعلَّمة بعلامة † أضافها الفريق إلى هذا التقييم.",
    "monitoring_periods_shown": "تعرض الجداول آخر {count} فترات؛ ويتضمن المصنف وملف JSON المصدَّر جميع الأرقام.",
    "monitoring_pillar": "{pillar}: المؤشرات",
    "data_gaps": "البيانات الناقصة",
    "data_gaps_intro": "ليس لدى {count} من أصل {total} مؤشراً مجموع عن {period}، وهي آخر فترة لها أرقام:",
    "no_data_gaps": "لكل مؤشر مجموع عن {period}، وهي آخر فترة لها أرقام.",
    "col_indicator": "المؤشر",
    "col_last_figure": "آخر رقم",
    "col_target": "الهدف",
    "unit_count": "عدد",
    "unit_percentage": "%",
    "unit_currency": "مبلغ",
    "unit_days": "أيام",
    "unit_yes-no": "نعم/لا",
    "figure_yes": "نعم",
    "figure_no": "لا",
    "target_met": "تحقق",
    "target_not_met": "لم يتحقق",
    "trend_caption": "مجموع كل فترة",
    "breakdown_caption": "تصنيفات {period}",
    "figures_source": "المصدر ({period})",
    "figures_note": "ملاحظة عن الجودة ({period})",
    "informs": "يتعلق بـ {codes}.",
    "mismatch": "{period}: مجموع التصنيف حسب {dimension} هو {sum}، لا المجموع {total}.",
    "mismatch_no_total": "{period}: تصنيف حسب {dimension} (مجموعه {sum}) دون مجموع كلي.",
    "narrative_changes": "من بين المؤشرات التشغيلية، كانت أكبر التغيرات بين آخر مجموعين لها: {changes}.",
    "change_rose": "ارتفع مؤشر {name} من {before} ({before_period}) إلى {after} ({after_period})",
    "change_fell": "انخفض مؤشر {name} من {before} ({before_period}) إلى {after} ({after_period})",
    "list_separator": "؛ ",
    "narrative_data_gaps": "ليس لدى {count} من أصل {total} مؤشراً رقم عن {period}.",
    "monitoring_rules": "كيف تُقرأ هذه الأرقام",
    "rule_latest": (
        "آخر رقم للمؤشر هو مجموع آخر فترة له (بحسب آخر يوم فيها) لها مجموع؛ وتغيره هو هذا المجموع مطروحاً منه "
        "المجموع السابق، ويُعطى أيضاً نسبةً من المجموع السابق إذا لم يكن صفراً."
    ),
    "rule_gaps": (
        "آخر فترة هي آخر فترة سُجِّل عنها أي رقم؛ والمؤشر الذي ليس له مجموع عن هذه الفترة بالذات يُعدّ من البيانات الناقصة."
    ),
    "rule_breakdowns": (
        "يكون التصنيف حسب بُعد واحد في كل مرة. وفي الأعداد والمبالغ، يُطبع التصنيف الذي لا تبلغ فئاته المجموع كما "
        "سُجِّل ويُنبَّه إليه؛ أما النسب والمتوسطات وأرقام نعم/لا فلا تُجمع."
    ),
    "rule_targets": (
        "يتحقق الهدف حين يكون آخر مجموع مساوياً له أو أعلى منه إذا كان الارتفاع هو الأفضل، ومساوياً له أو أدنى منه "
        "إذا كان الانخفاض هو الأفضل، ومساوياً له في غير ذلك."
    ),
    "rule_changes": (
        "يذكر الملخص التنفيذي المؤشرات التي تغير آخر مجموع لها أكثر من غيرها نسبةً إلى المجموع السابق، مبتدئاً "
        "بتلك التي يكون فيها الارتفاع أو الانخفاض هو الأفضل."
    ),
    "sheet_figures": "أرقام المؤشرات",
    "column_indicator": "المؤشر",
    "column_indicator_name": "الاسم",
    "column_unit": "الوحدة",
    "column_dimension": "البُعد",
    "column_category": "الفئة",
    "column_category_label": "اسم الفئة",
    "column_value": "الرقم",
    "column_quality_note": "ملاحظة عن الجودة",
}
