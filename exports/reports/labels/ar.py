"""The report in Arabic, laid out right to left (see :mod:`exports.reports.labels.en` for what each message is).

Numbers are written in the digits of United Nations Arabic documents (0-9), months with both their
Levantine and their Egyptian names ("أيار/مايو"), as in those documents.
"""

from __future__ import annotations

RIGHT_TO_LEFT = True

LABELS: dict[str, str] = {
    "status_gap": "ثغرة",
    "status_scored": "مستوفى",
    "status_partial": "مقيَّم جزئيًا",
    "status_na": "لا ينطبق",
    "status_unscored": "غير مقيَّم",
    "priority_high": "عالية",
    "priority_medium": "متوسطة",
    "priority_low": "منخفضة",
    "kind_file": "ملف",
    "kind_link": "رابط",
    "kind_citation": "إحالة قانونية",
    "change_improved": "تحسُّن",
    "change_regressed": "تراجُع",
    "change_mixed": "تغيُّر متباين",
    "change_unchanged": "دون تغيير",
    "change_newly scored": "قُيِّم لأول مرة",
    "change_no longer scored": "لم يعد مقيَّمًا",
    "change_changed": "تغيَّر",
    "change_new item": "بند جديد",
    "assessment_final": "نهائي",
    "assessment_draft": "مسودة",
    "no_institution": "لم تُحدَّد مؤسسة",
    "overall": "المجموع",
    "law": "في القانون والمؤسسات",
    "practice": "في الممارسة",
    "yes": "نعم",
    "no": "لا",
    "watermark": "مسودة",
    "header_draft": "مسودة: لا يُستشهد بها",
    "header_final": "نسخة نهائية",
    "header": "تقرير الثغرات · {status}",
    "footer": "{framework} {version} · أُعدّ في {date}",
    "page_of": "الصفحة {number} من {total}",
    "document_title": "تقرير الثغرات: {label}",
    "cover_kicker": "التقييم الذاتي الوطني · بروتوكول الأمم المتحدة بشأن الاتجار بالأشخاص",
    "cover_title": "تقرير الثغرات وخطة العمل",
    "fact_framework": "الإطار",
    "fact_framework_value": "{title} (الإصدار {version})",
    "fact_assessment": "التقييم",
    "fact_status": "الحالة",
    "fact_status_draft": "مسودة: لا يُستشهد بها",
    "fact_status_final": "نسخة نهائية",
    "fact_target": "الهدف",
    "fact_target_value": "{target} ({label}) على سلّم من {low} إلى {high}",
    "fact_items": "البنود المقيَّمة",
    "fact_items_value": "العدد: {assessable}، المكتمل منها: {complete}",
    "fact_date": "تاريخ هذا التقرير",
    "fact_changed": "آخر تغيير",
    "fact_compared": "المقارنة مع",
    "draft_note": (
        "طُبع هذا التقرير من تقييم لا يزال **مسودة**: قد تتغير الدرجات والملاحظات. وتختفي علامة «مسودة» "
        "بمجرد اعتماد التقييم كنسخة نهائية."
    ),
    "restricted": ("**تداول محدود.** تتضمن هذه النسخة أدلة مصنفة بأنها حسّاسة. لا تُتداول خارج الهيئة الوطنية للتنسيق."),
    "contents": "المحتويات",
    "contents_field": "انقر هنا بزر الماوس الأيمن واختر «تحديث الحقل» لعرض المحتويات.",
    "summary": "موجز تنفيذي",
    "figure_complete": "البنود المكتملة: {complete} من أصل {assessable} (منها {na} لا ينطبق)",
    "figure_mean": "متوسط الدرجة {dimension} (البنود المقيَّمة: {count})",
    "figure_gaps": "الثغرات: أولوية عالية {high}، متوسطة {medium}، منخفضة {low}، بلا أولوية {none}",
    "summary_line": (
        "نسبة الإنجاز {percent} (البنود المكتملة: {complete} من أصل {assessable}) · متوسط الدرجة {law}: {law_mean} · متوسط "
        "الدرجة {practice}: {practice_mean} · الثغرات: {gaps} (أولوية عالية {high}، متوسطة {medium}، منخفضة "
        "{low}، بلا أولوية {none})"
    ),
    "narrative_items": (
        "عدد البنود القابلة للتقييم: {assessable}، المكتمل منها: {complete}، والبنود التي لا تزال تحتاج إلى "
        "درجات: {missing}."
    ),
    "narrative_items_na": (
        "عدد البنود القابلة للتقييم: {assessable}، المكتمل منها: {complete} (منها {na} لا ينطبق)، والبنود التي "
        "لا تزال تحتاج إلى درجات: {missing}."
    ),
    "narrative_gaps": "البنود التي تقل عن الهدف المحدد ({target}): {gaps}.",
    "narrative_lag": "من بين البنود المقيَّمة في البعدين كليهما ({both})، تتخلف الممارسة عن القانون في {lagging}.",
    "narrative_progress": (
        "التغيُّر منذ {previous} — البنود التي تحسَّنت: {improved}، والتي تراجعت: {regressed}، والثغرات الجديدة: {new}، "
        "والثغرات التي سُدَّت: {closed} (انظر تقرير التقدم المحرز)."
    ),
    "by_pillar": "الدرجات والثغرات حسب الركيزة",
    "chart_heading": "الدرجات حسب الركيزة",
    "chart_note": "متوسط الدرجة لكل ركيزة على السلّم من {low} إلى {high}؛ ولا تدخل البنود التي لا تنطبق في المتوسطات.",
    "chart_target": "الهدف ({target})",
    "matrix_heading": "القانون مقابل الممارسة",
    "matrix_note": (
        "يبيّن كل مربع عدد البنود الحاصلة على هذا الزوج من الدرجات. والبنود الواقعة تحت القطر لها أساس قانوني "
        "ومؤسسي لم يُفعَّل بعد في الممارسة."
    ),
    "matrix_behind": "بنود تتخلف فيها الممارسة عن القانون",
    "matrix_level": "بنود تتساوى فيها الممارسة والقانون",
    "matrix_ahead": "بنود تسبق فيها الممارسة القانون",
    "largest": "أكبر عشر ثغرات",
    "no_gaps": "لا يوجد بند دون الهدف المحدد.",
    "gap_note": "الثغرة: الهدف المحدد ({target}) مطروحًا منه أدنى الدرجتين. وترد القائمة الكاملة في سجل الثغرات.",
    "col_pillar": "الركيزة",
    "col_items": "البنود",
    "col_complete": "المكتملة",
    "col_na": "لا ينطبق",
    "col_law": "القانون",
    "col_practice": "الممارسة",
    "col_gaps": "الثغرات",
    "col_high": "عالية",
    "col_medium": "متوسطة",
    "col_low": "منخفضة",
    "col_high_priority": "أولوية عالية",
    "col_code": "الرمز",
    "col_item": "البند",
    "col_gap": "الثغرة",
    "col_priority": "الأولوية",
    "col_responsible": "الجهات المسؤولة",
    "col_institution": "المؤسسة المسؤولة",
    "col_target_date": "الموعد المستهدف",
    "col_next_action": "الإجراء التالي",
    "col_assistance": "المساعدة التقنية المطلوبة",
    "col_law_before": "القانون سابقًا",
    "col_law_now": "القانون حاليًا",
    "col_practice_before": "الممارسة سابقًا",
    "col_practice_now": "الممارسة حاليًا",
    "col_gaps_before": "الثغرات سابقًا",
    "col_gaps_now": "الثغرات حاليًا",
    "col_change": "التغيُّر",
    "col_law_was": "القانون سابقًا",
    "col_practice_was": "الممارسة سابقًا",
    "col_gap_was": "الثغرة سابقًا",
    "col_gap_now": "الثغرة حاليًا",
    "col_kind": "النوع",
    "col_evidence": "الدليل",
    "col_evidence_hash": "الدليل وبصمته SHA-256",
    "col_reference": "SHA-256 أو المرجع",
    "col_bytes": "البايتات",
    "col_score": "الدرجة",
    "col_level": "المستوى",
    "col_meaning": "المعنى",
    "register": "سجل الثغرات",
    "register_intro": (
        "جميع البنود التي تقل عن الهدف المحدد ({target})، مرتبةً حسب الأولوية (عالية، متوسطة، منخفضة، بلا "
        "أولوية)، ثم حسب حجم الثغرة، ثم حسب ترتيب الإطار. الثغرة: الهدف المحدد مطروحًا منه أدنى الدرجتين."
    ),
    "actions": "خطة العمل حسب المؤسسة المسؤولة",
    "actions_intro": (
        "لكل مؤسسة، البنود التي تقع ضمن مسؤوليتها وتقل عن الهدف أو لها إجراء تالٍ، مرتبةً حسب الموعد "
        "المستهدف. ويرد البند الذي تتعدد المؤسسات المسؤولة عنه تحت كل واحدة منها."
    ),
    "no_actions": "لم تُسجَّل أي إجراءات.",
    "no_date": "بلا موعد",
    "assistance": "الاحتياجات من المساعدة التقنية",
    "no_assistance": "لم تُسجَّل أي احتياجات من المساعدة التقنية.",
    "assistance_intro": (
        "البنود التي حُدِّدت لها مساعدة تقنية تساعد على سدّ الثغرة: {count}. حسب الركيزة، ثم بندًا بندًا، بدءًا بالثغرات:"
    ),
    "chapter_line": (
        "البنود: {assessable} · المكتملة: {complete} · لا ينطبق: {na} · متوسط الدرجة {law}: {law_mean} · "
        "متوسط الدرجة {practice}: {practice_mean} · الثغرات: {gaps}"
    ),
    "not_applicable": "لا ينطبق",
    "not_applicable_because": "لا ينطبق: {reason}",
    "not_scored": "بلا درجة",
    "why_na": "سبب عدم الانطباق",
    "rationale": "التعليل",
    "responsible": "الجهات المسؤولة",
    "next_action": "الإجراء التالي",
    "assistance_needed": "المساعدة التقنية المطلوبة",
    "gap": "الثغرة",
    "priority": "الأولوية",
    "target_date": "الموعد المستهدف",
    "evidence": "الأدلة",
    "sensitive": "حسّاس",
    "sensitive_mark": "[حسّاس]",
    "file_size": "{size} بايت",
    "see_also": "انظر أيضًا (جدول المطابقة): {codes}",
    "progress": "تقرير التقدم المحرز",
    "progress_intro": "التغيُّر منذ {previous} ({status})، بندًا بندًا وحسب الركيزة.",
    "improved": "تحسَّن ({count})",
    "regressed": "تراجع ({count})",
    "new_gaps": "ثغرات جديدة ({count})",
    "closed_gaps": "ثغرات سُدَّت ({count})",
    "every_item": "جميع البنود",
    "every_item_count": "جميع البنود ({count})",
    "none": "لا شيء.",
    "annex": "مرفق الأدلة",
    "annex_intro": (
        "جميع الأدلة المسجلة، حسب البند. تُحفظ الملفات مع بصمتها SHA-256: احسبها لنسخة من الملف (sha256sum في "
        "Linux، وshasum -a 256 في macOS، وGet-FileHash في Windows PowerShell) وقارنها بالبصمة المطبوعة هنا للتحقق "
        "من أنه الملف الذي استند إليه التقييم."
    ),
    "withheld_other": "الأدلة المصنفة بأنها حسّاسة وغير المدرجة في هذه النسخة: {count}.",
    "no_evidence": "لم تُرفق أي أدلة.",
    "methodology": "المنهجية",
    "method_opening": (
        "القائمة المرجعية هي «{framework}» ({key}، الإصدار {version})، ويُقتبس نص كل بند حرفيًا مع مصدره. ويُمنح "
        "كل بند قابل للتقييم درجتين على السلّم نفسه: {law} (هل الأساس القانوني والمؤسسي موجود؟) و{practice} "
        "(هل يُطبَّق ويؤدي غرضه؟)."
    ),
    "scale": "سلّم الدرجات",
    "aggregation": "كيفية تجميع الدرجات",
    "rule_complete": "يكتمل البند إذا كان لا ينطبق، أو إذا مُنح درجة في كل بُعد يُقيَّم فيه.",
    "rule_means": (
        "درجة الركيزة في بُعد ما هي متوسط الدرجات الممنوحة في ذلك البُعد؛ وتُستبعد البنود التي لا تنطبق والأبعاد "
        "التي لم تُمنح درجات بعد، فلا يُحتسب أي متوسط درجةً ناقصةً على أنها صفر. والدرجة الإجمالية هي متوسط "
        "جميع البنود محسوبًا بالطريقة نفسها."
    ),
    "rule_target": (
        "الهدف المحدد هو {target} ({label}). وثغرة البند هي الهدف مطروحًا منه أدنى درجتيه؛ ويُعَدّ البند ثغرة "
        "إذا كانت هذه القيمة أكبر من صفر."
    ),
    "rule_order": (
        "تُرتَّب الثغرات حسب الأولوية (عالية، متوسطة، منخفضة، ثم بلا أولوية)، ثم حسب حجم الثغرة، ثم حسب ترتيب الإطار."
    ),
    "rule_na": (
        "يتطلب وصف البند بأنه لا ينطبق تعليلًا مكتوبًا يُطبع مع البند. ويُعَدّ البند الذي لا ينطبق مكتملًا، "
        "ولا يكون ثغرة أبدًا، ولا يدخل في أي متوسط."
    ),
    "confidentiality": "الأدلة والسرية",
    "confidentiality_text": (
        "تُحفظ ملفات الأدلة داخل قاعدة بيانات التقييم وتُعرَّف ببصمتها SHA-256 المطبوعة في مرفق الأدلة. "
        "وتُستبعد الأدلة المصنفة بأنها حسّاسة من التقرير ما لم يُعَدّ مع خيار إدراجها، وعندئذٍ يُشار إلى ذلك "
        "على غلافه."
    ),
    "sheet_actions": "خطة العمل",
    "sheet_responses": "الإجابات",
    "sheet_evidence": "الأدلة",
    "workbook_title": "خطة العمل: {label}",
    "column_assessment_id": "رقم التقييم",
    "column_country": "البلد",
    "column_assessment": "التقييم",
    "column_period": "الفترة",
    "column_assessment_status": "حالة التقييم",
    "column_framework": "الإطار",
    "column_framework_version": "إصدار الإطار",
    "column_code": "الرمز",
    "column_chapter": "الفصل",
    "column_chapter_title": "عنوان الفصل",
    "column_text": "النص",
    "column_source": "المصدر",
    "column_status": "الحالة",
    "column_law": "القانون",
    "column_practice": "الممارسة",
    "column_not_applicable": "لا ينطبق",
    "column_na_justification": "سبب عدم الانطباق",
    "column_target": "الهدف",
    "column_gap_law": "الثغرة (القانون)",
    "column_gap_practice": "الثغرة (الممارسة)",
    "column_gap": "الثغرة",
    "column_rationale": "التعليل",
    "column_institutions": "المؤسسات",
    "column_institution": "المؤسسة",
    "column_pillar": "الركيزة",
    "column_item": "البند",
    "column_priority": "الأولوية",
    "column_target_date": "الموعد المستهدف",
    "column_next_action": "الإجراء التالي",
    "column_technical_assistance": "المساعدة التقنية",
    "column_evidence_count": "عدد الأدلة",
    "column_evidence": "الأدلة",
    "column_updated_by": "عدّله",
    "column_updated_at": "تاريخ التعديل",
    "column_kind": "النوع",
    "column_name": "الاسم",
    "column_description": "الوصف",
    "column_reference": "المرجع",
    "column_sha256": "SHA-256",
    "column_size": "الحجم (بايت)",
    "column_sensitive": "حسّاس",
    "column_added_by": "أضافه",
    "column_added_at": "تاريخ الإضافة",
}

TERMS = {
    "In law and institutions": "في القانون والمؤسسات",
    "In practice": "في الممارسة",
    "Not in place": "غير قائم",
    "Initial or planned": "في مرحلة أولية أو مخطَّط له",
    "Partially in place": "قائم جزئيًا",
    "Largely in place": "قائم إلى حد كبير",
    "Fully in place": "قائم بالكامل",
    "Nothing exists yet: no law, institution, procedure or activity addresses the measure.": (
        "لا يوجد شيء بعد: لا قانون ولا مؤسسة ولا إجراء ولا نشاط يتناول التدبير."
    ),
    "The measure is planned, drafted or being piloted, but not yet adopted or working.": (
        "التدبير مخطَّط له أو قيد الصياغة أو التجريب، لكنه لم يُعتمد أو يُفعَّل بعد."
    ),
    "Some elements exist, with important gaps in coverage, resources or application.": (
        "توجد بعض العناصر، مع ثغرات مهمة في النطاق أو الموارد أو التطبيق."
    ),
    "The measure exists and works for the most part, with minor gaps.": (
        "التدبير موجود ويؤدي غرضه في معظمه، مع ثغرات طفيفة."
    ),
    "The measure is fully in place and works as intended.": "التدبير قائم بالكامل ويؤدي غرضه على النحو المنشود.",
}

MONTHS = (
    "كانون الثاني/يناير",
    "شباط/فبراير",
    "آذار/مارس",
    "نيسان/أبريل",
    "أيار/مايو",
    "حزيران/يونيه",
    "تموز/يوليه",
    "آب/أغسطس",
    "أيلول/سبتمبر",
    "تشرين الأول/أكتوبر",
    "تشرين الثاني/نوفمبر",
    "كانون الأول/ديسمبر",
)
LONG_DATE = "{day} {month} {year}"
SHORT_DATE = "{day:02d}/{month:02d}/{year}"
LOWER_IN_PROSE = False
