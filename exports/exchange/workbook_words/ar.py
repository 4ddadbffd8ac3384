"""A contribution workbook in Arabic, laid out right to left (see :mod:`exports.exchange.workbook_words.en` for
what each text is)."""

from __future__ import annotations

RIGHT_TO_LEFT = True

WORDS: dict[str, str] = {
    "sheet_instructions": "التعليمات",
    "sheet_responses": "الإجابات",
    "sheet_evidence": "الأدلة",
    "heading_code": "الرمز",
    "heading_text": "البند (النص الحرفي)",
    "heading_source": "المصدر",
    "field_law": "الدرجة في القانون والمؤسسات",
    "field_practice": "الدرجة في الممارسة",
    "field_not_applicable": "لا ينطبق",
    "field_na_justification": "سبب عدم الانطباق",
    "field_rationale": "التعليل",
    "field_institutions": "المؤسسات المسؤولة",
    "field_priority": "الأولوية",
    "field_target_date": "الموعد المستهدف",
    "field_next_action": "الإجراء التالي",
    "field_technical_assistance": "المساعدة التقنية المطلوبة",
    "evidence_item": "البند",
    "evidence_kind": "النوع",
    "evidence_name": "الاسم",
    "evidence_description": "الوصف",
    "evidence_reference": "الرابط أو الإحالة",
    "evidence_sha256": "SHA-256",
    "kind_file": "ملف",
    "kind_link": "رابط",
    "kind_citation": "إحالة قانونية",
    "no_evidence": "لا تملك الأمانة لهذه البنود أي أدلة يمكن إدراجها هنا.",
    "na": "لا ينطبق",
    "priority_high": "عالية",
    "priority_medium": "متوسطة",
    "priority_low": "منخفضة",
    "date_example": "2026-12-31",
    "prompt_score": "اختر مستوى من {low} إلى {high} (السلم مبيَّن في ورقة «{instructions}»). اترك الخلية فارغة إذا "
    "لم تتمكن من التقييم بعد.",
    "error_score": "اختر من القائمة مستوى من {low} إلى {high}.",
    "prompt_flag": "اختر «{na}» إذا كان البند لا ينطبق على بلدك؛ وإلا فاترك الخلية فارغة.",
    "error_flag": "اختر «{na}» من القائمة أو اترك الخلية فارغة.",
    "prompt_priority": "اختر من القائمة: {priorities}.",
    "error_priority": "اختر أولوية من القائمة.",
    "prompt_date": "اكتب تاريخًا، مثل {example}.",
    "error_date": "هذه الخلية تقبل تاريخًا، مثل {example}.",
    "prompt_names": "افصل بين المؤسسات بفاصلة منقوطة (;).",
    "title": "مساهمة في {assessment}",
    "intro": "تطلب منك الأمانة الإجابة عن البنود أدناه باسم مؤسستك وإعادة هذا المصنف إليها. يكفيك برنامج جداول "
    "بيانات (Excel أو LibreOffice Calc): تدمج الأمانة إجاباتك في التقييم باستخدام Assess.",
    "fact_assessment": "التقييم",
    "fact_institution": "أُرسل إلى",
    "fact_sent": "تاريخ الإرسال",
    "fact_items": "عدد البنود",
    "fact_framework": "الإطار",
    "no_institution": "(لم تُحدَّد مؤسسة)",
    "how_heading": "طريقة ملء هذا المصنف",
    "step_rows": "أجب في ورقة «{responses}»، صفًّا لكل بند. الأعمدة الرمادية (الرمز ونص البند والمصدر) هي قائمة "
    "المراجعة نفسها وهي مقفلة: اكتب في الأعمدة البيضاء فقط.",
    "step_scores": "أعطِ كل بند درجتين على السلم أدناه: في القانون والمؤسسات (هل الأساس القانوني والمؤسسي قائم؟) "
    "وفي الممارسة (هل يُطبَّق التدبير ويعمل؟). اخترهما من القائمة في كل خلية؛ واترك الدرجة فارغة إذا لم تتمكن من "
    "التقييم بعد.",
    "step_na": "إذا كان البند لا ينطبق، فاختر «{na}» في عمود «{na_column}»، واترك الدرجتين فارغتين، واذكر السبب في "
    "عمود «{justification}».",
    "step_institutions": "اذكر المؤسسات المسؤولة في عمود «{institutions}»، مفصولة بفاصلة منقوطة (;).",
    "step_priority": "اختر الأولوية من القائمة ({priorities}). واكتب الموعد المستهدف بصيغة تاريخ، مثل {example}.",
    "step_evidence": "الأدلة التي تحتفظ بها الأمانة مدرجة للاطلاع في ورقة «{evidence}»؛ ولا تُدرج فيها أبدًا الأدلة "
    "الموسومة بأنها حساسة. أرسل المستندات الجديدة إلى الأمانة على حدة مع ذكر رمز البند: المصنف لا يحمل ملفات.",
    "step_structure": "لا تُضف أعمدة أو أوراقًا ولا تحذفها ولا تُعِد تسميتها ولا تنقلها، ولا تغيّر رموز البنود. "
    "يمكنك فرز الصفوف وتصفيتها وتوسيع الأعمدة.",
    "step_return": "احفظ المصنف بالصيغة نفسها (مصنف Excel، ‎.xlsx؛ وفي LibreOffice Calc احتفظ بصيغة Excel عند "
    "السؤال) وأعده إلى الأمانة. كل ما تكتبه يُتحقَّق منه عند الاستيراد؛ ولا يمكن لأي شيء في المصنف أن يغيّر قائمة "
    "المراجعة نفسها.",
    "scale_heading": "السلم",
    "scale_level": "المستوى",
    "scale_label": "المعنى",
    "scale_description": "الوصف",
}
