"""Les mots du chapitre de suivi en français."""

from __future__ import annotations

_ = "\u00a0"  # the no-break space French puts before : ; ? ! and inside « »

LABELS: dict[str, str] = {
    "monitoring": f"Suivi{_}: indicateurs opérationnels",
    "monitoring_intro": (
        "La section V du Cadre d'action indique que les indicateurs opérationnels mesurent la mise en œuvre et "
        "aident à suivre l'évolution dans le temps. Ce chapitre présente, pilier par pilier, les chiffres "
        "enregistrés pour chaque indicateur, période par période, avec leurs ventilations, leurs sources et leurs "
        "notes de qualité."
    ),
    "monitoring_counts": f"Des chiffres sont enregistrés pour {{recorded}} des {{indicators}} indicateurs{_}; périodes chiffrées{_}: {{periods}}, de {{first}} à {{last}}.",
    "monitoring_none": (
        "Aucun chiffre n'a encore été enregistré. Saisissez-les dans la fenêtre (Vue d'ensemble, Suivi) ou avec"
        f"{_}: assess data."
    ),
    "monitoring_suggested": f"Les indicateurs marqués * sont des suggestions{_}: {{note}}",
    "monitoring_own": "Les indicateurs marqués † ont été ajoutés par l'équipe à cette évaluation.",
    "monitoring_periods_shown": (
        f"Les tableaux montrent les {{count}} dernières périodes{_}; le classeur et l'export JSON contiennent tous "
        "les chiffres."
    ),
    "monitoring_pillar": f"{{pillar}}{_}: indicateurs",
    "data_gaps": "Données manquantes",
    "data_gaps_intro": (
        f"{{count}} indicateurs sur {{total}} n'ont pas de total pour {{period}}, la dernière période chiffrée{_}:"
    ),
    "no_data_gaps": "Chaque indicateur a un total pour {period}, la dernière période chiffrée.",
    "col_indicator": "Indicateur",
    "col_last_figure": "Dernier chiffre",
    "col_target": "Cible",
    "unit_count": "nombre",
    "unit_percentage": "%",
    "unit_currency": "montant",
    "unit_days": "jours",
    "unit_yes-no": "oui/non",
    "figure_yes": "oui",
    "figure_no": "non",
    "target_met": "atteinte",
    "target_not_met": "non atteinte",
    "trend_caption": "Le total de chaque période",
    "breakdown_caption": "Ventilations de {period}",
    "figures_source": "Source ({period})",
    "figures_note": "Note de qualité ({period})",
    "informs": "Renseigne {codes}.",
    "mismatch": f"{{period}}{_}: la ventilation par {{dimension}} donne {{sum}}, et non le total {{total}}.",
    "mismatch_no_total": f"{{period}}{_}: une ventilation par {{dimension}} (soit {{sum}}) mais pas de total.",
    "narrative_changes": (
        "Parmi les indicateurs opérationnels, les plus fortes variations entre leurs deux derniers totaux"
        f"{_}: {{changes}}."
    ),
    "change_rose": "{name} est passé de {before} ({before_period}) à {after} ({after_period})",
    "change_fell": "{name} est tombé de {before} ({before_period}) à {after} ({after_period})",
    "list_separator": f"{_}; ",
    "narrative_data_gaps": "{count} indicateurs sur {total} n'ont pas de chiffre pour {period}.",
    "monitoring_rules": "Comment lire ces chiffres",
    "rule_latest": (
        "Le dernier chiffre d'un indicateur est le total de sa dernière période (d'après le dernier jour de la "
        "période) qui a un total. Sa variation est ce total moins le précédent, donnée aussi en proportion du "
        "total précédent lorsque celui-ci n'est pas nul."
    ),
    "rule_gaps": (
        "La dernière période est la dernière pour laquelle un chiffre est enregistré. Un indicateur sans total pour "
        "exactement cette période est une donnée manquante."
    ),
    "rule_breakdowns": (
        "Les ventilations se font selon une dimension à la fois. Pour les nombres et les montants, une ventilation "
        "dont les catégories ne donnent pas le total est imprimée telle qu'enregistrée et signalée. Les parts, les "
        "moyennes et les chiffres oui/non ne sont pas additionnés."
    ),
    "rule_targets": (
        "Une cible est atteinte lorsque le dernier total lui est égal ou supérieur si une hausse est souhaitable, "
        "égal ou inférieur si une baisse est souhaitable, et égal dans les autres cas."
    ),
    "rule_changes": (
        "Le résumé analytique cite les indicateurs dont le dernier total a le plus varié en proportion du précédent, "
        "en commençant par ceux pour lesquels une hausse ou une baisse est souhaitable."
    ),
    "sheet_figures": "Chiffres des indicateurs",
    "column_indicator": "Indicateur",
    "column_indicator_name": "Nom",
    "column_unit": "Unité",
    "column_dimension": "Dimension",
    "column_category": "Catégorie",
    "column_category_label": "Nom de la catégorie",
    "column_value": "Chiffre",
    "column_quality_note": "Note de qualité",
}
