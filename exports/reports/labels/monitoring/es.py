"""Las palabras del capítulo de seguimiento en español."""

from __future__ import annotations

LABELS: dict[str, str] = {
    "monitoring": "Seguimiento: indicadores operacionales",
    "monitoring_intro": (
        "La sección V del Marco de Acción señala que los indicadores operacionales miden la aplicación y ayudan a "
        "seguir los cambios a lo largo del tiempo. Este capítulo presenta, pilar por pilar, las cifras registradas "
        "para cada indicador, período por período, con sus desgloses, fuentes y notas de calidad."
    ),
    "monitoring_counts": "Hay cifras registradas para {recorded} de los {indicators} indicadores; períodos con cifras: {periods}, de {first} a {last}.",
    "monitoring_none": (
        "Todavía no se ha registrado ninguna cifra. Regístrelas en la ventana (Resumen, Seguimiento) o con: "
        "assess data."
    ),
    "monitoring_suggested": "Los indicadores marcados con * son sugerencias: {note}",
    "monitoring_own": "Los indicadores marcados con † los añadió el equipo a esta evaluación.",
    "monitoring_periods_shown": (
        "Los cuadros muestran los últimos {count} períodos; el libro de cálculo y la exportación JSON contienen "
        "todas las cifras."
    ),
    "monitoring_pillar": "{pillar}: indicadores",
    "data_gaps": "Datos que faltan",
    "data_gaps_intro": ("{count} de {total} indicadores no tienen total para {period}, el último período con cifras:"),
    "no_data_gaps": "Todos los indicadores tienen un total para {period}, el último período con cifras.",
    "col_indicator": "Indicador",
    "col_last_figure": "Última cifra",
    "col_target": "Meta",
    "unit_count": "número",
    "unit_percentage": "%",
    "unit_currency": "importe",
    "unit_days": "días",
    "unit_yes-no": "sí/no",
    "figure_yes": "sí",
    "figure_no": "no",
    "target_met": "alcanzada",
    "target_not_met": "no alcanzada",
    "trend_caption": "El total de cada período",
    "breakdown_caption": "Desgloses de {period}",
    "figures_source": "Fuente ({period})",
    "figures_note": "Nota de calidad ({period})",
    "informs": "Informa {codes}.",
    "mismatch": "{period}: el desglose por {dimension} suma {sum}, no el total de {total}.",
    "mismatch_no_total": "{period}: un desglose por {dimension} (que suma {sum}) pero ningún total.",
    "narrative_changes": (
        "Entre los indicadores operacionales, los mayores cambios entre sus dos últimos totales: {changes}."
    ),
    "change_rose": "{name} subió de {before} ({before_period}) a {after} ({after_period})",
    "change_fell": "{name} bajó de {before} ({before_period}) a {after} ({after_period})",
    "list_separator": "; ",
    "narrative_data_gaps": "{count} de {total} indicadores no tienen cifra para {period}.",
    "monitoring_rules": "Cómo se leen estas cifras",
    "rule_latest": (
        "La última cifra de un indicador es el total de su último período (según el último día del período) que "
        "tiene total; su cambio es ese total menos el anterior, expresado también como proporción del total "
        "anterior cuando este no es cero."
    ),
    "rule_gaps": (
        "El último período es el último para el que se ha registrado alguna cifra; un indicador sin total para "
        "exactamente ese período es un dato que falta."
    ),
    "rule_breakdowns": (
        "Los desgloses se hacen por una dimensión a la vez. En los números y los importes, un desglose cuyas "
        "categorías no suman el total se imprime tal como se registró y se señala; las proporciones, los promedios "
        "y las cifras de sí/no no se suman."
    ),
    "rule_targets": (
        "Una meta se alcanza cuando el último total es igual o superior a ella si conviene que suba, igual o "
        "inferior si conviene que baje, e igual a ella en los demás casos."
    ),
    "rule_changes": (
        "El resumen ejecutivo nombra los indicadores cuyo último total más cambió en proporción del anterior, "
        "primero aquellos en los que conviene que suba o que baje."
    ),
    "sheet_figures": "Cifras de los indicadores",
    "column_indicator": "Indicador",
    "column_indicator_name": "Nombre",
    "column_unit": "Unidad",
    "column_dimension": "Dimensión",
    "column_category": "Categoría",
    "column_category_label": "Nombre de la categoría",
    "column_value": "Cifra",
    "column_quality_note": "Nota de calidad",
}
