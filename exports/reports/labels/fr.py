"""The report in French (see :mod:`exports.reports.labels.en` for what each message is)."""

from __future__ import annotations

_ = "\u00a0"  # the no-break space French puts before : ; ? ! and inside « »

LABELS: dict[str, str] = {
    "status_gap": "Lacune",
    "status_scored": "Atteint",
    "status_partial": "Noté en partie",
    "status_na": "S.O.",
    "status_unscored": "Non noté",
    "priority_high": "élevée",
    "priority_medium": "moyenne",
    "priority_low": "faible",
    "kind_file": "Fichier",
    "kind_link": "Lien",
    "kind_citation": "Référence juridique",
    "change_improved": "amélioration",
    "change_regressed": "recul",
    "change_mixed": "évolution contrastée",
    "change_unchanged": "inchangé",
    "change_newly scored": "noté pour la première fois",
    "change_no longer scored": "plus noté",
    "change_changed": "modifié",
    "change_new item": "nouvel élément",
    "assessment_final": "définitive",
    "assessment_draft": "projet",
    "no_institution": "Aucune institution désignée",
    "overall": "Ensemble",
    "law": "En droit et dans les institutions",
    "practice": "Dans la pratique",
    "yes": "oui",
    "no": "non",
    "watermark": "PROJET",
    "header_draft": f"PROJET{_}: ne pas citer",
    "header_final": "Version définitive",
    "header": "Rapport sur les lacunes · {status}",
    "footer": "{framework} {version} · établi le {date}",
    "page_of": "Page {number} sur {total}",
    "document_title": f"Rapport sur les lacunes{_}: {{label}}",
    "cover_kicker": "AUTO-ÉVALUATION NATIONALE · PROTOCOLE DES NATIONS UNIES RELATIF À LA TRAITE DES PERSONNES",
    "cover_title": "Rapport sur les lacunes et plan d'action",
    "fact_framework": "Cadre",
    "fact_framework_value": "{title} (version {version})",
    "fact_assessment": "Évaluation",
    "fact_status": "Statut",
    "fact_status_draft": f"Projet{_}: ne pas citer",
    "fact_status_final": "Version définitive",
    "fact_target": "Cible",
    "fact_target_value": "{target} ({label}) sur une échelle de {low} à {high}",
    "fact_items": "Éléments évalués",
    "fact_items_value": "{assessable} éléments, dont {complete} complets",
    "fact_date": "Date du présent rapport",
    "fact_changed": "Dernière modification",
    "fact_compared": "Comparaison avec",
    "draft_note": (
        f"Le présent rapport est imprimé à partir d'une évaluation à l'état de **projet**{_}: les notes et les "
        "observations peuvent encore changer. La mention PROJET disparaît lorsque l'évaluation est marquée comme "
        "définitive."
    ),
    "restricted": (
        "**Diffusion restreinte.** La présente édition répertorie des justificatifs marqués comme sensibles. Ne pas "
        "la diffuser en dehors de l'organe national de coordination."
    ),
    "contents": "Table des matières",
    "contents_field": "Cliquez ici avec le bouton droit et choisissez «\u00a0Mettre à jour les champs\u00a0» pour afficher la table des matières.",
    "summary": "Résumé",
    "figure_complete": f"complets{_}: {{complete}} éléments sur {{assessable}} (dont {{na}} sans objet)",
    "figure_mean": f"note moyenne {{dimension}} (éléments notés{_}: {{count}})",
    "figure_gaps": (
        f"lacunes{_}: priorité élevée {{high}}, moyenne {{medium}}, faible {{low}}, sans priorité {{none}}"
    ),
    "summary_line": (
        "Avancement {percent} ({complete} éléments sur {assessable}) · note moyenne {law} {law_mean} · note moyenne "
        f"{{practice}} {{practice_mean}} · lacunes{_}: {{gaps}} (priorité élevée {{high}}, moyenne {{medium}}, "
        "faible {low}, sans priorité {none})"
    ),
    "narrative_items": (
        "Sur les {assessable} éléments à évaluer, {complete} sont complets et {missing} doivent encore être notés."
    ),
    "narrative_items_na": (
        "Sur les {assessable} éléments à évaluer, {complete} sont complets (dont {na} sans objet) et {missing} "
        "doivent encore être notés."
    ),
    "narrative_gaps": f"Éléments en deçà de la cible de {{target}}{_}: {{gaps}}.",
    "narrative_lag": (
        "Pour {lagging} des {both} éléments notés dans les deux dimensions, la pratique est en retrait par rapport "
        "au droit."
    ),
    "narrative_progress": (
        f"Évolution depuis {{previous}}{_}— éléments en progrès{_}: {{improved}}{_}; en recul{_}: {{regressed}}{_}; "
        f"nouvelles lacunes{_}: {{new}}{_}; lacunes comblées{_}: {{closed}} (voir le rapport d'étape)."
    ),
    "by_pillar": "Notes et lacunes par pilier",
    "chart_heading": "Notes par pilier",
    "chart_note": (
        f"Note moyenne par pilier sur l'échelle de {{low}} à {{high}}{_}; les éléments sans objet sont exclus des "
        "moyennes."
    ),
    "chart_target": "Cible ({target})",
    "matrix_heading": "Droit et pratique",
    "matrix_note": (
        "Chaque case compte les éléments ayant ce couple de notes. Sous la diagonale figurent les éléments dont le "
        "fondement juridique et institutionnel existe mais ne fonctionne pas encore dans la pratique."
    ),
    "matrix_behind": "éléments où la pratique est en retrait sur le droit",
    "matrix_level": "éléments où la pratique est au niveau du droit",
    "matrix_ahead": "éléments où la pratique devance le droit",
    "largest": "Les dix principales lacunes",
    "no_gaps": "Aucun élément n'est en deçà de la cible.",
    "gap_note": (
        f"Lacune{_}: la cible ({{target}}) moins la plus basse des deux notes. La liste complète figure dans le "
        "registre des lacunes."
    ),
    "col_pillar": "Pilier",
    "col_items": "Éléments",
    "col_complete": "Complets",
    "col_na": "S.O.",
    "col_law": "Droit",
    "col_practice": "Pratique",
    "col_gaps": "Lacunes",
    "col_high": "Élevée",
    "col_medium": "Moyenne",
    "col_low": "Faible",
    "col_high_priority": "Priorité élevée",
    "col_code": "Code",
    "col_item": "Élément",
    "col_gap": "Lacune",
    "col_priority": "Priorité",
    "col_responsible": "Responsables",
    "col_institution": "Institution responsable",
    "col_target_date": "Échéance",
    "col_next_action": "Prochaine étape",
    "col_assistance": "Assistance technique nécessaire",
    "col_law_before": "Droit avant",
    "col_law_now": "Droit actuel",
    "col_practice_before": "Pratique avant",
    "col_practice_now": "Pratique actuelle",
    "col_gaps_before": "Lacunes avant",
    "col_gaps_now": "Lacunes actuelles",
    "col_change": "Évolution",
    "col_law_was": "Droit avant",
    "col_practice_was": "Pratique avant",
    "col_gap_was": "Lacune avant",
    "col_gap_now": "Lacune actuelle",
    "col_kind": "Type",
    "col_evidence": "Justificatif",
    "col_evidence_hash": "Justificatif et empreinte SHA-256",
    "col_reference": "SHA-256 ou référence",
    "col_bytes": "Octets",
    "col_score": "Note",
    "col_level": "Niveau",
    "col_meaning": "Signification",
    "register": "Registre des lacunes",
    "register_intro": (
        "Tous les éléments en deçà de la cible de {target}, classés par priorité (élevée, moyenne, faible, aucune), "
        f"puis par ampleur de la lacune, puis dans l'ordre du cadre. Lacune{_}: la cible moins la plus basse des "
        "deux notes."
    ),
    "actions": "Plan d'action par institution responsable",
    "actions_intro": (
        "Pour chaque institution, les éléments dont elle est responsable qui sont en deçà de la cible ou ont une "
        "prochaine étape, par échéance. Un élément relevant de plusieurs institutions figure sous chacune d'elles."
    ),
    "no_actions": "Aucune action n'a été consignée.",
    "no_date": "sans date",
    "assistance": "Besoins d'assistance technique",
    "no_assistance": "Aucun besoin d'assistance technique n'a été consigné.",
    "assistance_intro": (
        f"Éléments pour lesquels une assistance technique aiderait à combler la lacune{_}: {{count}}. Par pilier, "
        f"puis élément par élément, lacunes en premier{_}:"
    ),
    "chapter_line": (
        f"éléments{_}: {{assessable}} · complets{_}: {{complete}} · sans objet{_}: {{na}} · moyenne {{law}}{_}: "
        f"{{law_mean}} · moyenne {{practice}}{_}: {{practice_mean}} · lacunes{_}: {{gaps}}"
    ),
    "not_applicable": "Sans objet",
    "not_applicable_because": f"Sans objet{_}: {{reason}}",
    "not_scored": "non noté",
    "why_na": "Motif «\u00a0sans objet\u00a0»",
    "rationale": "Justification",
    "responsible": "Responsables",
    "next_action": "Prochaine étape",
    "assistance_needed": "Assistance technique nécessaire",
    "gap": "Lacune",
    "priority": "Priorité",
    "target_date": "Échéance",
    "evidence": "Justificatifs",
    "sensitive": "sensible",
    "sensitive_mark": "[sensible]",
    "file_size": "{size} octets",
    "see_also": f"Voir aussi (table de correspondance){_}: {{codes}}",
    "progress": "Rapport d'étape",
    "progress_intro": "Évolution depuis {previous} ({status}), élément par élément et par pilier.",
    "improved": "En progrès ({count})",
    "regressed": "En recul ({count})",
    "new_gaps": "Nouvelles lacunes ({count})",
    "closed_gaps": "Lacunes comblées ({count})",
    "every_item": "Tous les éléments",
    "every_item_count": "Tous les éléments ({count})",
    "none": "Aucun.",
    "annex": "Annexe des justificatifs",
    "annex_intro": (
        "Tous les justificatifs consignés, par élément. Les fichiers sont conservés avec leur empreinte SHA-256"
        f"{_}: calculez-la pour une copie du fichier (sha256sum sous Linux, shasum -a 256 sous macOS, Get-FileHash "
        "dans Windows PowerShell) et comparez-la à celle imprimée ici pour vérifier qu'il s'agit bien du fichier "
        "sur lequel s'est fondée l'évaluation."
    ),
    "withheld_one": "{count} justificatif marqué comme sensible ne figure pas dans la présente édition.",
    "withheld_other": "{count} justificatifs marqués comme sensibles ne figurent pas dans la présente édition.",
    "no_evidence": "Aucun justificatif n'a été joint.",
    "methodology": "Méthodologie",
    "method_opening": (
        "La liste de contrôle est le document «\u00a0{framework}\u00a0» ({key}, version {version}), cité "
        "textuellement avec sa source pour chaque élément. Chaque élément à évaluer reçoit deux notes sur la même "
        f"échelle{_}: {{law}} (le fondement juridique et institutionnel existe-t-il{_}?) et {{practice}} "
        f"(est-il appliqué et efficace{_}?)."
    ),
    "scale": "L'échelle de notation",
    "aggregation": "Agrégation des notes",
    "rule_complete": (
        "Un élément est complet lorsqu'il est sans objet, ou lorsque chacune des dimensions sur lesquelles il est "
        "noté a reçu une note."
    ),
    "rule_means": (
        "La note d'un pilier dans une dimension est la moyenne des notes attribuées dans cette dimension"
        f"{_}; les éléments sans objet et les dimensions non encore notées en sont exclus, de sorte qu'une moyenne "
        "ne compte jamais une note manquante comme un zéro. La note globale est la moyenne de l'ensemble des "
        "éléments, calculée de la même manière."
    ),
    "rule_target": (
        "La cible est {target} ({label}). La lacune d'un élément est la cible moins la plus basse de ses deux notes"
        f"{_}; l'élément constitue une lacune lorsque ce chiffre est supérieur à zéro."
    ),
    "rule_order": (
        "Les lacunes sont classées par priorité (élevée, moyenne, faible, puis aucune), puis par ampleur, puis dans "
        "l'ordre du cadre."
    ),
    "rule_na": (
        "Un élément sans objet doit être accompagné d'une justification écrite, imprimée avec l'élément. Il compte "
        "comme complet, ne constitue jamais une lacune et n'entre dans aucune moyenne."
    ),
    "confidentiality": "Justificatifs et confidentialité",
    "confidentiality_text": (
        "Les fichiers justificatifs sont conservés dans la base de données de l'évaluation et identifiés par leur "
        "empreinte SHA-256, imprimée dans l'annexe des justificatifs. Les justificatifs marqués comme sensibles "
        "sont exclus du rapport, sauf s'il est produit avec l'option qui les inclut, ce qu'indique alors sa "
        "couverture."
    ),
    "sheet_actions": "Plan d'action",
    "sheet_responses": "Réponses",
    "sheet_evidence": "Justificatifs",
    "workbook_title": f"Plan d'action{_}: {{label}}",
    "column_assessment_id": "N° d'évaluation",
    "column_country": "Pays",
    "column_assessment": "Évaluation",
    "column_period": "Période",
    "column_assessment_status": "Statut de l'évaluation",
    "column_framework": "Cadre",
    "column_framework_version": "Version du cadre",
    "column_code": "Code",
    "column_chapter": "Chapitre",
    "column_chapter_title": "Titre du chapitre",
    "column_text": "Texte",
    "column_source": "Source",
    "column_status": "État",
    "column_law": "Droit",
    "column_practice": "Pratique",
    "column_not_applicable": "Sans objet",
    "column_na_justification": "Motif «\u00a0sans objet\u00a0»",
    "column_target": "Cible",
    "column_gap_law": "Lacune (droit)",
    "column_gap_practice": "Lacune (pratique)",
    "column_gap": "Lacune",
    "column_rationale": "Justification",
    "column_institutions": "Institutions",
    "column_institution": "Institution",
    "column_pillar": "Pilier",
    "column_item": "Élément",
    "column_priority": "Priorité",
    "column_target_date": "Échéance",
    "column_next_action": "Prochaine étape",
    "column_technical_assistance": "Assistance technique",
    "column_evidence_count": "Nombre de justificatifs",
    "column_evidence": "Justificatifs",
    "column_updated_by": "Modifié par",
    "column_updated_at": "Modifié le",
    "column_kind": "Type",
    "column_name": "Nom",
    "column_description": "Description",
    "column_reference": "Référence",
    "column_sha256": "SHA-256",
    "column_size": "Taille (octets)",
    "column_sensitive": "Sensible",
    "column_added_by": "Ajouté par",
    "column_added_at": "Ajouté le",
}

TERMS = {
    "In law and institutions": "En droit et dans les institutions",
    "In practice": "Dans la pratique",
    "Not in place": "Inexistant",
    "Initial or planned": "Amorcé ou prévu",
    "Partially in place": "Partiellement en place",
    "Largely in place": "Largement en place",
    "Fully in place": "Pleinement en place",
    "Nothing exists yet: no law, institution, procedure or activity addresses the measure.": (
        f"Rien n'existe encore{_}: aucune loi, institution, procédure ni activité ne porte sur la mesure."
    ),
    "The measure is planned, drafted or being piloted, but not yet adopted or working.": (
        "La mesure est prévue, en cours d'élaboration ou à l'essai, mais n'est pas encore adoptée ni opérationnelle."
    ),
    "Some elements exist, with important gaps in coverage, resources or application.": (
        "Certains éléments existent, avec d'importantes lacunes de couverture, de moyens ou d'application."
    ),
    "The measure exists and works for the most part, with minor gaps.": (
        "La mesure existe et fonctionne pour l'essentiel, avec des lacunes mineures."
    ),
    "The measure is fully in place and works as intended.": (
        "La mesure est pleinement en place et fonctionne comme prévu."
    ),
}

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
DAY_NAMES = {1: "1er"}
LONG_DATE = "{day} {month} {year}"
SHORT_DATE = "{day:02d}/{month:02d}/{year}"
GROUP = "\u00a0"
DECIMAL = ","
COLON = "\u00a0: "
PERCENT = "{value}\u00a0%"
