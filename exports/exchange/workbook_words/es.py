"""A contribution workbook in Spanish (see :mod:`exports.exchange.workbook_words.en` for what each text is)."""

from __future__ import annotations

WORDS: dict[str, str] = {
    "sheet_instructions": "Instrucciones",
    "sheet_responses": "Respuestas",
    "sheet_evidence": "Pruebas",
    "heading_code": "Código",
    "heading_text": "Elemento (texto literal)",
    "heading_source": "Fuente",
    "field_law": "Puntuación en la legislación y las instituciones",
    "field_practice": "Puntuación en la práctica",
    "field_not_applicable": "No aplicable",
    "field_na_justification": "Motivo de «no aplicable»",
    "field_rationale": "Justificación",
    "field_institutions": "Instituciones responsables",
    "field_priority": "Prioridad",
    "field_target_date": "Fecha prevista",
    "field_next_action": "Próximo paso",
    "field_technical_assistance": "Asistencia técnica necesaria",
    "evidence_item": "Elemento",
    "evidence_kind": "Tipo",
    "evidence_name": "Nombre",
    "evidence_description": "Descripción",
    "evidence_reference": "Enlace o referencia",
    "evidence_sha256": "SHA-256",
    "kind_file": "Archivo",
    "kind_link": "Enlace",
    "kind_citation": "Referencia jurídica",
    "no_evidence": "La secretaría no tiene para estos elementos ninguna prueba que pueda enumerarse aquí.",
    "na": "No aplicable",
    "priority_high": "alta",
    "priority_medium": "media",
    "priority_low": "baja",
    "date_example": "2026-12-31",
    "prompt_score": "Elija un nivel de {low} a {high} (la escala figura en la hoja «{instructions}»). Déjelo vacío si "
    "todavía no puede valorarlo.",
    "error_score": "Elija de la lista un nivel de {low} a {high}.",
    "prompt_flag": "Elija «{na}» si el elemento no se aplica a su país; de lo contrario, deje la celda vacía.",
    "error_flag": "Elija «{na}» de la lista o deje la celda vacía.",
    "prompt_priority": "Elija {priorities} de la lista.",
    "error_priority": "Elija una prioridad de la lista.",
    "prompt_date": "Escriba una fecha, por ejemplo {example}.",
    "error_date": "Esta celda admite una fecha, por ejemplo {example}.",
    "prompt_names": "Separe las instituciones con punto y coma (;).",
    "title": "Contribución a {assessment}",
    "intro": "La secretaría le pide que responda a los elementos siguientes en nombre de su institución y que le "
    "devuelva este libro. Basta con una hoja de cálculo (Excel o LibreOffice Calc): la secretaría incorpora sus "
    "respuestas a la evaluación con Assess.",
    "fact_assessment": "Evaluación",
    "fact_institution": "Destinatario",
    "fact_sent": "Enviado el",
    "fact_items": "Elementos",
    "fact_framework": "Marco",
    "no_institution": "(ninguna institución designada)",
    "how_heading": "Cómo completar este libro",
    "step_rows": "Responda en la hoja «{responses}», una fila por elemento. Las columnas grises (código, texto del "
    "elemento, fuente) son la propia lista de verificación y están bloqueadas: escriba solo en las columnas blancas.",
    "step_scores": "Dé a cada elemento dos puntuaciones en la escala siguiente: en la legislación y las instituciones "
    "(¿existe la base jurídica e institucional?) y en la práctica (¿se aplica y funciona?). Elíjalas de la lista de "
    "cada celda; deje una puntuación vacía si todavía no puede valorarla.",
    "step_na": "Si un elemento no se aplica, elija «{na}» en la columna «{na_column}», deje vacías las dos "
    "puntuaciones e indique el motivo en la columna «{justification}».",
    "step_institutions": "Indique las instituciones responsables en la columna «{institutions}», separadas por punto "
    "y coma (;).",
    "step_priority": "Elija la prioridad de la lista ({priorities}). Escriba la fecha prevista como fecha, por "
    "ejemplo {example}.",
    "step_evidence": "Las pruebas que tiene la secretaría se enumeran a título informativo en la hoja «{evidence}»; "
    "las pruebas marcadas como confidenciales nunca figuran en ella. Envíe los documentos nuevos a la secretaría por "
    "separado, indicando el código del elemento: el libro no transporta archivos.",
    "step_structure": "No añada, elimine, cambie de nombre ni mueva columnas u hojas, y no modifique los códigos de "
    "los elementos. Puede ordenar y filtrar las filas y ensanchar las columnas.",
    "step_return": "Guarde el libro en el mismo formato (Libro de Excel, .xlsx; en LibreOffice Calc, mantenga el "
    "formato de Excel si se le pregunta) y devuélvalo a la secretaría. Todo lo que escriba se comprueba al "
    "importarlo; nada de lo que contenga el libro puede modificar la propia lista de verificación.",
    "scale_heading": "La escala",
    "scale_level": "Nivel",
    "scale_label": "Significado",
    "scale_description": "Descripción",
}
