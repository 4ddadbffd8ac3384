"""The report in Russian (see :mod:`exports.reports.labels.en` for what each message is)."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "status_gap": "Пробел",
    "status_scored": "Достигнуто",
    "status_partial": "Баллы частично",
    "status_na": "Н/П",
    "status_unscored": "Без баллов",
    "priority_high": "высокий",
    "priority_medium": "средний",
    "priority_low": "низкий",
    "kind_file": "Файл",
    "kind_link": "Ссылка",
    "kind_citation": "Ссылка на норму права",
    "change_improved": "улучшение",
    "change_regressed": "ухудшение",
    "change_mixed": "разнонаправленно",
    "change_unchanged": "без изменений",
    "change_newly scored": "баллы выставлены впервые",
    "change_no longer scored": "баллы сняты",
    "change_changed": "изменено",
    "change_new item": "новый пункт",
    "assessment_final": "окончательная",
    "assessment_draft": "проект",
    "no_institution": "Учреждение не назначено",
    "overall": "Итого",
    "law": "Законодательство и институты",
    "practice": "Практика",
    "yes": "да",
    "no": "нет",
    "watermark": "ПРОЕКТ",
    "header_draft": "ПРОЕКТ: не для цитирования",
    "header_final": "Окончательный вариант",
    "header": "Отчёт о пробелах · {status}",
    "footer": "{framework} {version} · составлено {date}",
    "page_of": "Страница {number} из {total}",
    "document_title": "Отчёт о пробелах: {label}",
    "cover_kicker": "НАЦИОНАЛЬНАЯ САМООЦЕНКА · ПРОТОКОЛ ООН О ТОРГОВЛЕ ЛЮДЬМИ",
    "cover_title": "Отчёт о пробелах и план действий",
    "fact_framework": "Рамочный документ",
    "fact_framework_value": "{title} (версия {version})",
    "fact_assessment": "Оценка",
    "fact_status": "Статус",
    "fact_status_draft": "Проект: не для цитирования",
    "fact_status_final": "Окончательный вариант",
    "fact_target": "Целевой уровень",
    "fact_target_value": "{target} ({label}) по шкале от {low} до {high}",
    "fact_items": "Оцениваемые пункты",
    "fact_items_value": "всего: {assessable}, заполнено: {complete}",
    "fact_date": "Дата отчёта",
    "fact_changed": "Последнее изменение",
    "fact_compared": "Сравнение с",
    "draft_note": (
        "Этот отчёт напечатан по оценке в статусе **проекта**: баллы и записи ещё могут измениться. Пометка "
        "ПРОЕКТ исчезает, когда оценка отмечена как окончательная."
    ),
    "restricted": (
        "**Для ограниченного распространения.** В этом издании перечислены материалы, отмеченные как "
        "конфиденциальные. Не распространяйте его за пределами национального координационного органа."
    ),
    "contents": "Содержание",
    "contents_field": "Щёлкните здесь правой кнопкой мыши и выберите «Обновить поле», чтобы показать содержание.",
    "summary": "Резюме",
    "figure_complete": "заполнено: {complete} из {assessable} пунктов (неприменимых: {na})",
    "figure_mean": "средний балл: {dimension} (пунктов с баллом: {count})",
    "figure_gaps": "пробелы: высокий приоритет — {high}, средний — {medium}, низкий — {low}, без приоритета — {none}",
    "summary_line": (
        "Заполнено {percent} ({complete} из {assessable} пунктов) · средний балл ({law}): {law_mean} · средний балл "
        "({practice}): {practice_mean} · пробелов: {gaps} (высокий приоритет — {high}, средний — {medium}, "
        "низкий — {low}, без приоритета — {none})"
    ),
    "narrative_items": (
        "Оцениваемых пунктов: {assessable}; из них заполнено: {complete}, ещё требуют выставления баллов: {missing}."
    ),
    "narrative_items_na": (
        "Оцениваемых пунктов: {assessable}; из них заполнено: {complete} (в том числе неприменимых: {na}), ещё "
        "требуют выставления баллов: {missing}."
    ),
    "narrative_gaps": "Пунктов ниже целевого уровня {target}: {gaps}.",
    "narrative_lag": (
        "Из пунктов, оценённых по обоим измерениям ({both}), практика отстаёт от законодательства в {lagging}."
    ),
    "narrative_progress": (
        "По сравнению с оценкой «{previous}»: улучшение — {improved}, ухудшение — {regressed}, новых пробелов — "
        "{new}, устранённых пробелов — {closed} (см. отчёт о ходе работы)."
    ),
    "by_pillar": "Баллы и пробелы по компонентам",
    "chart_heading": "Баллы по компонентам",
    "chart_note": (
        "Средний балл по каждому компоненту по шкале от {low} до {high}; неприменимые пункты в средние значения не "
        "включаются."
    ),
    "chart_target": "Целевой уровень ({target})",
    "matrix_heading": "Законодательство и практика",
    "matrix_note": (
        "В каждой клетке указано число пунктов с данной парой баллов. Пункты ниже диагонали имеют правовую и "
        "институциональную основу, которая ещё не действует на практике."
    ),
    "matrix_behind": "практика отстаёт от законодательства",
    "matrix_level": "практика на уровне законодательства",
    "matrix_ahead": "практика опережает законодательство",
    "largest": "Десять крупнейших пробелов",
    "no_gaps": "Ни один пункт не находится ниже целевого уровня.",
    "gap_note": (
        "Пробел: целевой уровень ({target}) минус меньший из двух баллов. Полный перечень приведён в реестре пробелов."
    ),
    "col_pillar": "Компонент",
    "col_items": "Пункты",
    "col_complete": "Заполнено",
    "col_na": "Н/П",
    "col_law": "Закон",
    "col_practice": "Практика",
    "col_gaps": "Пробелы",
    "col_high": "Высокий",
    "col_medium": "Средний",
    "col_low": "Низкий",
    "col_high_priority": "Высокий приоритет",
    "col_code": "Код",
    "col_item": "Пункт",
    "col_gap": "Пробел",
    "col_priority": "Приоритет",
    "col_responsible": "Ответственные",
    "col_institution": "Ответственное учреждение",
    "col_target_date": "Срок",
    "col_next_action": "Следующий шаг",
    "col_assistance": "Необходимая техническая помощь",
    "col_law_before": "Закон: было",
    "col_law_now": "Закон: стало",
    "col_practice_before": "Практика: было",
    "col_practice_now": "Практика: стало",
    "col_gaps_before": "Пробелы: было",
    "col_gaps_now": "Пробелы: стало",
    "col_change": "Изменение",
    "col_law_was": "Закон: было",
    "col_practice_was": "Практика: было",
    "col_gap_was": "Пробел: было",
    "col_gap_now": "Пробел: стало",
    "col_kind": "Вид",
    "col_evidence": "Материал",
    "col_evidence_hash": "Материал и отпечаток SHA-256",
    "col_reference": "SHA-256 или ссылка",
    "col_bytes": "Байты",
    "col_score": "Балл",
    "col_level": "Уровень",
    "col_meaning": "Значение",
    "register": "Реестр пробелов",
    "register_intro": (
        "Все пункты ниже целевого уровня {target} в порядке приоритета (высокий, средний, низкий, без приоритета), "
        "затем по величине пробела, затем в порядке рамочного документа. Пробел: целевой уровень минус меньший из "
        "двух баллов."
    ),
    "actions": "План действий по ответственным учреждениям",
    "actions_intro": (
        "Для каждого учреждения — пункты, за которые оно отвечает и которые ниже целевого уровня или имеют "
        "следующий шаг, по срокам. Пункт с несколькими ответственными учреждениями приводится у каждого из них."
    ),
    "no_actions": "Действия не зафиксированы.",
    "no_date": "без срока",
    "assistance": "Потребности в технической помощи",
    "no_assistance": "Потребности в технической помощи не зафиксированы.",
    "assistance_intro": (
        "Пунктов, по которым указана техническая помощь для устранения пробела: {count}. По компонентам, затем по "
        "пунктам, начиная с пробелов:"
    ),
    "chapter_line": (
        "пунктов: {assessable} · заполнено: {complete} · неприменимых: {na} · средний балл ({law}): {law_mean} · "
        "средний балл ({practice}): {practice_mean} · пробелов: {gaps}"
    ),
    "not_applicable": "Неприменимо",
    "not_applicable_because": "Неприменимо: {reason}",
    "not_scored": "без балла",
    "why_na": "Причина неприменимости",
    "rationale": "Обоснование",
    "responsible": "Ответственные",
    "next_action": "Следующий шаг",
    "assistance_needed": "Необходимая техническая помощь",
    "gap": "Пробел",
    "priority": "Приоритет",
    "target_date": "Срок",
    "evidence": "Материалы",
    "sensitive": "конфиденциально",
    "sensitive_mark": "[конфиденциально]",
    "file_size": "{size} байт",
    "see_also": "См. также (таблица соответствия): {codes}",
    "progress": "Отчёт о ходе работы",
    "progress_intro": "Изменения по сравнению с оценкой «{previous}» ({status}): по пунктам и по компонентам.",
    "improved": "Улучшение ({count})",
    "regressed": "Ухудшение ({count})",
    "new_gaps": "Новые пробелы ({count})",
    "closed_gaps": "Устранённые пробелы ({count})",
    "every_item": "Все пункты",
    "every_item_count": "Все пункты ({count})",
    "none": "Нет.",
    "annex": "Приложение: подтверждающие материалы",
    "annex_intro": (
        "Все зарегистрированные материалы по пунктам. Файлы хранятся вместе с отпечатком SHA-256: вычислите его для "
        "копии файла (sha256sum в Linux, shasum -a 256 в macOS, Get-FileHash в Windows PowerShell) и сравните с "
        "приведённым здесь, чтобы убедиться, что это тот самый файл, на который опиралась оценка."
    ),
    "withheld_one": "{count} материал, отмеченный как конфиденциальный, в это издание не включён.",
    "withheld_few": "{count} материала, отмеченных как конфиденциальные, в это издание не включены.",
    "withheld_many": "{count} материалов, отмеченных как конфиденциальные, в это издание не включены.",
    "withheld_other": "Материалов, отмеченных как конфиденциальные и не включённых в это издание: {count}.",
    "no_evidence": "Материалы не приложены.",
    "methodology": "Методология",
    "method_opening": (
        "Контрольный перечень — это документ «{framework}» ({key}, версия {version}); текст каждого пункта "
        "приводится дословно с указанием источника. Каждый оцениваемый пункт получает два балла по одной шкале: "
        "{law} (есть ли правовая и институциональная основа?) и {practice} (применяется ли она и действует ли?)."
    ),
    "scale": "Шкала",
    "aggregation": "Как сводятся баллы",
    "rule_complete": (
        "Пункт считается заполненным, если он неприменим или если по каждому измерению, по которому он "
        "оценивается, выставлен балл."
    ),
    "rule_means": (
        "Балл компонента по измерению — это среднее баллов, выставленных по этому измерению; неприменимые пункты "
        "и измерения без баллов не учитываются, поэтому недостающий балл никогда не считается нулём. Общий балл — "
        "среднее по всем пунктам, рассчитанное так же."
    ),
    "rule_target": (
        "Целевой уровень — {target} ({label}). Пробел пункта — это целевой уровень минус меньший из двух его "
        "баллов; пункт считается пробелом, если эта величина больше нуля."
    ),
    "rule_order": (
        "Пробелы упорядочены по приоритету (высокий, средний, низкий, затем без приоритета), затем по величине "
        "пробела, затем в порядке рамочного документа."
    ),
    "rule_na": (
        "Отметка «неприменимо» требует письменного обоснования, которое печатается вместе с пунктом. Неприменимый "
        "пункт считается заполненным, никогда не является пробелом и не входит ни в одно среднее значение."
    ),
    "confidentiality": "Материалы и конфиденциальность",
    "confidentiality_text": (
        "Файлы материалов хранятся в базе данных оценки и идентифицируются по отпечатку SHA-256, приведённому в "
        "приложении. Материалы, отмеченные как конфиденциальные, в отчёт не включаются, если только он не "
        "сформирован с соответствующим параметром; в таком случае это указывается на обложке."
    ),
    "sheet_actions": "План действий",
    "sheet_responses": "Ответы",
    "sheet_evidence": "Материалы",
    "workbook_title": "План действий: {label}",
    "column_assessment_id": "№ оценки",
    "column_country": "Страна",
    "column_assessment": "Оценка",
    "column_period": "Период",
    "column_assessment_status": "Статус оценки",
    "column_framework": "Рамочный документ",
    "column_framework_version": "Версия рамочного документа",
    "column_code": "Код",
    "column_chapter": "Глава",
    "column_chapter_title": "Название главы",
    "column_text": "Текст",
    "column_source": "Источник",
    "column_status": "Состояние",
    "column_law": "Законодательство",
    "column_practice": "Практика",
    "column_not_applicable": "Неприменимо",
    "column_na_justification": "Причина неприменимости",
    "column_target": "Целевой уровень",
    "column_gap_law": "Пробел (законодательство)",
    "column_gap_practice": "Пробел (практика)",
    "column_gap": "Пробел",
    "column_rationale": "Обоснование",
    "column_institutions": "Учреждения",
    "column_institution": "Учреждение",
    "column_pillar": "Компонент",
    "column_item": "Пункт",
    "column_priority": "Приоритет",
    "column_target_date": "Срок",
    "column_next_action": "Следующий шаг",
    "column_technical_assistance": "Техническая помощь",
    "column_evidence_count": "Число материалов",
    "column_evidence": "Материалы",
    "column_updated_by": "Кем изменено",
    "column_updated_at": "Когда изменено",
    "column_kind": "Вид",
    "column_name": "Название",
    "column_description": "Описание",
    "column_reference": "Ссылка",
    "column_sha256": "SHA-256",
    "column_size": "Размер (байт)",
    "column_sensitive": "Конфиденциально",
    "column_added_by": "Кем добавлено",
    "column_added_at": "Когда добавлено",
}

TERMS = {
    "In law and institutions": "Законодательство и институты",
    "In practice": "Практика",
    "Not in place": "Отсутствует",
    "Initial or planned": "Начато или запланировано",
    "Partially in place": "Частично реализовано",
    "Largely in place": "В основном реализовано",
    "Fully in place": "Полностью реализовано",
    "Nothing exists yet: no law, institution, procedure or activity addresses the measure.": (
        "Пока ничего нет: ни один закон, институт, процедура или мероприятие не касается этой меры."
    ),
    "The measure is planned, drafted or being piloted, but not yet adopted or working.": (
        "Мера запланирована, разрабатывается или проходит апробацию, но ещё не принята и не действует."
    ),
    "Some elements exist, with important gaps in coverage, resources or application.": (
        "Отдельные элементы существуют, но со значительными пробелами в охвате, ресурсах или применении."
    ),
    "The measure exists and works for the most part, with minor gaps.": (
        "Мера существует и в основном действует, с незначительными пробелами."
    ),
    "The measure is fully in place and works as intended.": (
        "Мера полностью реализована и действует так, как предусмотрено."
    ),
}

MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
LONG_DATE = "{day} {month} {year}\u00a0г."
SHORT_DATE = "{day:02d}.{month:02d}.{year}"
GROUP = "\u00a0"
DECIMAL = ","
PERCENT = "{value}\u00a0%"
LOWER_IN_PROSE = True


def PLURAL(count: int) -> str:
    if count % 10 == 1 and count % 100 != 11:
        return "one"
    if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
        return "few"
    return "many"
