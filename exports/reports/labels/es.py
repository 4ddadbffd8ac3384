"""The report in Spanish (see :mod:`exports.reports.labels.en` for what each message is)."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "status_gap": "Brecha",
    "status_scored": "Cumplido",
    "status_partial": "Puntuado en parte",
    "status_na": "N/A",
    "status_unscored": "Sin puntuar",
    "priority_high": "alta",
    "priority_medium": "media",
    "priority_low": "baja",
    "kind_file": "Archivo",
    "kind_link": "Enlace",
    "kind_citation": "Cita jurídica",
    "change_improved": "mejora",
    "change_regressed": "retroceso",
    "change_mixed": "evolución dispar",
    "change_unchanged": "sin cambios",
    "change_newly scored": "puntuado por primera vez",
    "change_no longer scored": "ya no puntuado",
    "change_changed": "modificado",
    "change_new item": "elemento nuevo",
    "assessment_final": "definitiva",
    "assessment_draft": "borrador",
    "no_institution": "Sin institución asignada",
    "overall": "Total",
    "law": "En la legislación y las instituciones",
    "practice": "En la práctica",
    "yes": "sí",
    "no": "no",
    "watermark": "BORRADOR",
    "header_draft": "BORRADOR: no citar",
    "header_final": "Versión definitiva",
    "header": "Informe de brechas · {status}",
    "footer": "{framework} {version} · generado el {date}",
    "page_of": "Página {number} de {total}",
    "document_title": "Informe de brechas: {label}",
    "cover_kicker": "AUTOEVALUACIÓN NACIONAL · PROTOCOLO DE LAS NACIONES UNIDAS CONTRA LA TRATA DE PERSONAS",
    "cover_title": "Informe de brechas y plan de acción",
    "fact_framework": "Marco",
    "fact_framework_value": "{title} (versión {version})",
    "fact_assessment": "Evaluación",
    "fact_status": "Estado",
    "fact_status_draft": "Borrador: no citar",
    "fact_status_final": "Versión definitiva",
    "fact_target": "Meta",
    "fact_target_value": "{target} ({label}) en una escala de {low} a {high}",
    "fact_items": "Elementos evaluados",
    "fact_items_value": "{assessable} elementos, {complete} completos",
    "fact_date": "Fecha del presente informe",
    "fact_changed": "Último cambio",
    "fact_compared": "Comparación con",
    "draft_note": (
        "Este informe se ha impreso a partir de una evaluación en estado de **borrador**: las puntuaciones y las "
        "notas aún pueden cambiar. La marca BORRADOR desaparece cuando la evaluación se marca como definitiva."
    ),
    "restricted": (
        "**Distribución restringida.** Esta edición incluye pruebas marcadas como sensibles. No debe distribuirse "
        "fuera del órgano nacional de coordinación."
    ),
    "contents": "Índice",
    "contents_field": "Haga clic aquí con el botón derecho y elija «Actualizar campos» para mostrar el índice.",
    "summary": "Resumen",
    "figure_complete": "completos: {complete} de {assessable} elementos ({na} no aplicables)",
    "figure_mean": "puntuación media {dimension} (elementos puntuados: {count})",
    "figure_gaps": "brechas: prioridad alta {high}, media {medium}, baja {low}, sin prioridad {none}",
    "summary_line": (
        "Grado de avance {percent} ({complete} de {assessable} elementos) · puntuación media {law} {law_mean} · "
        "puntuación media {practice} {practice_mean} · brechas: {gaps} (prioridad alta {high}, media {medium}, "
        "baja {low}, sin prioridad {none})"
    ),
    "narrative_items": (
        "De los {assessable} elementos evaluables, {complete} están completos y {missing} aún no tienen puntuación."
    ),
    "narrative_items_na": (
        "De los {assessable} elementos evaluables, {complete} están completos ({na} de ellos no aplicables) y "
        "{missing} aún no tienen puntuación."
    ),
    "narrative_gaps": "Elementos por debajo de la meta de {target}: {gaps}.",
    "narrative_lag": (
        "En {lagging} de los {both} elementos puntuados en ambas dimensiones, la práctica va por detrás de la "
        "legislación."
    ),
    "narrative_progress": (
        "Cambios desde {previous}. Elementos que mejoraron: {improved}; que retrocedieron: {regressed}; brechas nuevas: "
        "{new}; brechas cerradas: {closed} (véase el informe de progreso)."
    ),
    "by_pillar": "Puntuaciones y brechas por pilar",
    "chart_heading": "Puntuaciones por pilar",
    "chart_note": (
        "Puntuación media por pilar en la escala de {low} a {high}; los elementos no aplicables se excluyen de las "
        "medias."
    ),
    "chart_target": "Meta ({target})",
    "matrix_heading": "Legislación frente a práctica",
    "matrix_note": (
        "Cada casilla cuenta los elementos con ese par de puntuaciones. Los elementos situados por debajo de la "
        "diagonal tienen una base jurídica e institucional que aún no funciona en la práctica."
    ),
    "matrix_behind": "elementos con la práctica por detrás de la legislación",
    "matrix_level": "elementos con la práctica al nivel de la legislación",
    "matrix_ahead": "elementos con la práctica por delante de la legislación",
    "largest": "Las diez brechas principales",
    "no_gaps": "Ningún elemento está por debajo de la meta.",
    "gap_note": (
        "Brecha: la meta ({target}) menos la menor de las dos puntuaciones. La lista completa figura en el registro "
        "de brechas."
    ),
    "col_pillar": "Pilar",
    "col_items": "Elementos",
    "col_complete": "Completos",
    "col_na": "N/A",
    "col_law": "Legislación",
    "col_practice": "Práctica",
    "col_gaps": "Brechas",
    "col_high": "Alta",
    "col_medium": "Media",
    "col_low": "Baja",
    "col_high_priority": "Prioridad alta",
    "col_code": "Código",
    "col_item": "Elemento",
    "col_gap": "Brecha",
    "col_priority": "Prioridad",
    "col_responsible": "Responsables",
    "col_institution": "Institución responsable",
    "col_target_date": "Fecha prevista",
    "col_next_action": "Próximo paso",
    "col_assistance": "Asistencia técnica necesaria",
    "col_law_before": "Legislación antes",
    "col_law_now": "Legislación ahora",
    "col_practice_before": "Práctica antes",
    "col_practice_now": "Práctica ahora",
    "col_gaps_before": "Brechas antes",
    "col_gaps_now": "Brechas ahora",
    "col_change": "Cambio",
    "col_law_was": "Legislación antes",
    "col_practice_was": "Práctica antes",
    "col_gap_was": "Brecha antes",
    "col_gap_now": "Brecha ahora",
    "col_kind": "Tipo",
    "col_evidence": "Prueba",
    "col_evidence_hash": "Prueba y huella SHA-256",
    "col_reference": "SHA-256 o referencia",
    "col_bytes": "Bytes",
    "col_score": "Puntuación",
    "col_level": "Nivel",
    "col_meaning": "Significado",
    "register": "Registro de brechas",
    "register_intro": (
        "Todos los elementos por debajo de la meta de {target}, ordenados por prioridad (alta, media, baja, "
        "ninguna), luego por la magnitud de la brecha y luego en el orden del marco. Brecha: la meta menos la "
        "menor de las dos puntuaciones."
    ),
    "actions": "Plan de acción por institución responsable",
    "actions_intro": (
        "Para cada institución, los elementos a su cargo que están por debajo de la meta o tienen un próximo paso, "
        "por fecha prevista. Un elemento con varias instituciones responsables figura en cada una de ellas."
    ),
    "no_actions": "No se ha registrado ninguna acción.",
    "no_date": "sin fecha",
    "assistance": "Necesidades de asistencia técnica",
    "no_assistance": "No se ha registrado ninguna necesidad de asistencia técnica.",
    "assistance_intro": (
        "Elementos para los que se indica asistencia técnica que ayudaría a cerrar la brecha: {count}. Por pilar y "
        "luego elemento por elemento, primero las brechas:"
    ),
    "chapter_line": (
        "elementos: {assessable} · completos: {complete} · no aplicables: {na} · media {law}: {law_mean} · media "
        "{practice}: {practice_mean} · brechas: {gaps}"
    ),
    "not_applicable": "No aplicable",
    "not_applicable_because": "No aplicable: {reason}",
    "not_scored": "sin puntuar",
    "why_na": "Motivo de «no aplicable»",
    "rationale": "Justificación",
    "responsible": "Responsables",
    "next_action": "Próximo paso",
    "assistance_needed": "Asistencia técnica necesaria",
    "gap": "Brecha",
    "priority": "Prioridad",
    "target_date": "Fecha prevista",
    "evidence": "Pruebas",
    "sensitive": "sensible",
    "sensitive_mark": "[sensible]",
    "file_size": "{size} bytes",
    "see_also": "Véase también (tabla de correspondencias): {codes}",
    "progress": "Informe de progreso",
    "progress_intro": "Cambios desde {previous} ({status}), elemento por elemento y por pilar.",
    "improved": "Mejoraron ({count})",
    "regressed": "Retrocedieron ({count})",
    "new_gaps": "Brechas nuevas ({count})",
    "closed_gaps": "Brechas cerradas ({count})",
    "every_item": "Todos los elementos",
    "every_item_count": "Todos los elementos ({count})",
    "none": "Ninguno.",
    "annex": "Anexo de pruebas",
    "annex_intro": (
        "Todas las pruebas registradas, por elemento. Los archivos se guardan con su huella SHA-256: calcúlela para "
        "una copia del archivo (sha256sum en Linux, shasum -a 256 en macOS, Get-FileHash en Windows PowerShell) y "
        "compárela con la que figura aquí para comprobar que es el archivo en el que se basó la evaluación."
    ),
    "withheld_one": "{count} prueba marcada como sensible no figura en esta edición.",
    "withheld_other": "{count} pruebas marcadas como sensibles no figuran en esta edición.",
    "no_evidence": "No se ha adjuntado ninguna prueba.",
    "methodology": "Metodología",
    "method_opening": (
        "La lista de verificación es el documento «{framework}» ({key}, versión {version}), citado textualmente "
        "con su fuente en cada elemento. Cada elemento evaluable recibe dos puntuaciones en la misma escala: {law} "
        "(¿existe la base jurídica e institucional?) y {practice} (¿se aplica y funciona?)."
    ),
    "scale": "La escala",
    "aggregation": "Cómo se agregan las puntuaciones",
    "rule_complete": (
        "Un elemento está completo cuando es no aplicable o cuando tiene puntuación en todas las dimensiones en que "
        "se puntúa."
    ),
    "rule_means": (
        "La puntuación de un pilar en una dimensión es la media de las puntuaciones otorgadas en esa dimensión; se "
        "excluyen los elementos no aplicables y las dimensiones aún sin puntuar, de modo que una media nunca cuenta "
        "como cero una puntuación que falta. La puntuación general es la media de todos los elementos, calculada de "
        "la misma manera."
    ),
    "rule_target": (
        "La meta es {target} ({label}). La brecha de un elemento es la meta menos la menor de sus dos puntuaciones; "
        "el elemento es una brecha cuando esa diferencia es mayor que cero."
    ),
    "rule_order": (
        "Las brechas se ordenan por prioridad (alta, media, baja y luego ninguna), luego por su magnitud y luego en "
        "el orden del marco."
    ),
    "rule_na": (
        "Marcar un elemento como no aplicable exige una justificación escrita, que se imprime con el elemento. Un "
        "elemento no aplicable cuenta como completo, nunca es una brecha y no entra en ninguna media."
    ),
    "confidentiality": "Pruebas y confidencialidad",
    "confidentiality_text": (
        "Los archivos de prueba se guardan dentro de la base de datos de la evaluación y se identifican por su "
        "huella SHA-256, que figura en el anexo de pruebas. Las pruebas marcadas como sensibles se excluyen del "
        "informe, salvo que se genere con la opción de incluirlas, en cuyo caso la portada lo indica."
    ),
    "sheet_actions": "Plan de acción",
    "sheet_responses": "Respuestas",
    "sheet_evidence": "Pruebas",
    "workbook_title": "Plan de acción: {label}",
    "column_assessment_id": "N.º de evaluación",
    "column_country": "País",
    "column_assessment": "Evaluación",
    "column_period": "Período",
    "column_assessment_status": "Estado de la evaluación",
    "column_framework": "Marco",
    "column_framework_version": "Versión del marco",
    "column_code": "Código",
    "column_chapter": "Capítulo",
    "column_chapter_title": "Título del capítulo",
    "column_text": "Texto",
    "column_source": "Fuente",
    "column_status": "Estado",
    "column_law": "Legislación",
    "column_practice": "Práctica",
    "column_not_applicable": "No aplicable",
    "column_na_justification": "Motivo de «no aplicable»",
    "column_target": "Meta",
    "column_gap_law": "Brecha (legislación)",
    "column_gap_practice": "Brecha (práctica)",
    "column_gap": "Brecha",
    "column_rationale": "Justificación",
    "column_institutions": "Instituciones",
    "column_institution": "Institución",
    "column_pillar": "Pilar",
    "column_item": "Elemento",
    "column_priority": "Prioridad",
    "column_target_date": "Fecha prevista",
    "column_next_action": "Próximo paso",
    "column_technical_assistance": "Asistencia técnica",
    "column_evidence_count": "Número de pruebas",
    "column_evidence": "Pruebas",
    "column_updated_by": "Modificado por",
    "column_updated_at": "Modificado el",
    "column_kind": "Tipo",
    "column_name": "Nombre",
    "column_description": "Descripción",
    "column_reference": "Referencia",
    "column_sha256": "SHA-256",
    "column_size": "Tamaño (bytes)",
    "column_sensitive": "Sensible",
    "column_added_by": "Añadida por",
    "column_added_at": "Añadida el",
}

TERMS = {
    "In law and institutions": "En la legislación y las instituciones",
    "In practice": "En la práctica",
    "Not in place": "Inexistente",
    "Initial or planned": "Incipiente o prevista",
    "Partially in place": "Parcialmente establecida",
    "Largely in place": "Establecida en gran medida",
    "Fully in place": "Plenamente establecida",
    "Nothing exists yet: no law, institution, procedure or activity addresses the measure.": (
        "Aún no existe nada: ninguna ley, institución, procedimiento o actividad aborda la medida."
    ),
    "The measure is planned, drafted or being piloted, but not yet adopted or working.": (
        "La medida está prevista, en preparación o en fase piloto, pero aún no se ha adoptado ni funciona."
    ),
    "Some elements exist, with important gaps in coverage, resources or application.": (
        "Existen algunos elementos, con brechas importantes de cobertura, recursos o aplicación."
    ),
    "The measure exists and works for the most part, with minor gaps.": (
        "La medida existe y funciona en su mayor parte, con brechas menores."
    ),
    "The measure is fully in place and works as intended.": (
        "La medida está plenamente establecida y funciona como se prevé."
    ),
}

MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
LONG_DATE = "{day} de {month} de {year}"
SHORT_DATE = "{day:02d}/{month:02d}/{year}"
GROUP = "\u00a0"
DECIMAL = ","
PERCENT = "{value}\u00a0%"
