"""The report in French (see :mod:`exports.reports.labels.en` for what each message is)."""

from __future__ import annotations

_ = "\u00a0"  # the no-break space French puts before : ; ? ! and inside « »

LABELS: dict[str, str] = {
    "status_gap": "Lacune",
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
    "withheld_many": "{count} de justificatifs marqués comme sensibles ne figurent pas dans la présente édition.",
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
    # --- targets, findings, approval (the judgement of an assessment) ---------------------------------------
    "status_not_scored": "Non noté",
    "status_partly_scored": "Noté en partie",
    "status_meets_target": "Cible atteinte",
    "status_not_applicable": "S.O.",
    "severity_minor": "mineure",
    "severity_major": "majeure",
    "severity_critical": "critique",
    "gap_severity": "Lacune {severity}",
    "fact_items_value_one": "{count} élément (complets\u00a0: {complete})",
    "fact_items_value_many": "{count} d'éléments (complets\u00a0: {complete})",
    "fact_items_value_other": "{count} éléments (complets\u00a0: {complete})",
    "fact_approved": "Approuvée par",
    "figure_complete_one": "complets\u00a0: {complete} sur {count} élément (S.O.\u00a0: {na})",
    "figure_complete_many": "complets\u00a0: {complete} sur {count} d'éléments (S.O.\u00a0: {na})",
    "figure_complete_other": "complets\u00a0: {complete} sur {count} éléments (S.O.\u00a0: {na})",
    "figure_mean_one": "note moyenne {dimension} ({count} élément noté)",
    "figure_mean_many": "note moyenne {dimension} ({count} d'éléments notés)",
    "figure_mean_other": "note moyenne {dimension} ({count} éléments notés)",
    "figure_gaps": "lacunes critiques\u00a0: {critical}, majeures\u00a0: {major}, mineures\u00a0: {minor}",
    "summary_line_one": "Avancement {percent} ({complete} sur {count} élément) · note moyenne {law} {law_mean} · note moyenne {practice} {practice_mean} · lacunes\u00a0: {gaps} (critiques\u00a0: {critical}, majeures\u00a0: {major}, mineures\u00a0: {minor})",
    "summary_line_many": "Avancement {percent} ({complete} sur {count} d'éléments) · note moyenne {law} {law_mean} · note moyenne {practice} {practice_mean} · lacunes\u00a0: {gaps} (critiques\u00a0: {critical}, majeures\u00a0: {major}, mineures\u00a0: {minor})",
    "summary_line_other": "Avancement {percent} ({complete} sur {count} éléments) · note moyenne {law} {law_mean} · note moyenne {practice} {practice_mean} · lacunes\u00a0: {gaps} (critiques\u00a0: {critical}, majeures\u00a0: {major}, mineures\u00a0: {minor})",
    "narrative_scope_one": "L'évaluation porte sur {count} élément évaluable.",
    "narrative_scope_many": "L'évaluation porte sur {count} d'éléments évaluables.",
    "narrative_scope_other": "L'évaluation porte sur {count} éléments évaluables.",
    "narrative_scored_one": "{count} d'entre eux est entièrement noté.",
    "narrative_scored_many": "{count} d'entre eux sont entièrement notés.",
    "narrative_scored_other": "{count} d'entre eux sont entièrement notés.",
    "narrative_missing_one": "{count} doit encore être noté.",
    "narrative_missing_many": "{count} doivent encore être notés.",
    "narrative_missing_other": "{count} doivent encore être notés.",
    "narrative_na_one": "{count} est sans objet.",
    "narrative_na_many": "{count} sont sans objet.",
    "narrative_na_other": "{count} sont sans objet.",
    "narrative_gaps_one": "{count} élément n'atteint pas sa cible (lacunes critiques\u00a0: {critical}, majeures\u00a0: {major}, mineures\u00a0: {minor}).",
    "narrative_gaps_many": "{count} d'éléments n'atteignent pas leur cible (lacunes critiques\u00a0: {critical}, majeures\u00a0: {major}, mineures\u00a0: {minor}).",
    "narrative_gaps_other": "{count} éléments n'atteignent pas leur cible (lacunes critiques\u00a0: {critical}, majeures\u00a0: {major}, mineures\u00a0: {minor}).",
    "narrative_no_gaps": "Tous les éléments entièrement notés atteignent leur cible.",
    "narrative_met_one": "{count} élément atteint sa cible.",
    "narrative_met_many": "{count} d'éléments atteignent leur cible.",
    "narrative_met_other": "{count} éléments atteignent leur cible.",
    "narrative_largest_one": "La lacune la plus importante est de {count} niveau sous la cible\u00a0: {codes}.",
    "narrative_largest_many": "La lacune la plus importante est de {count} de niveaux sous la cible\u00a0: {codes}.",
    "narrative_largest_other": "La lacune la plus importante est de {count} niveaux sous la cible\u00a0: {codes}.",
    "narrative_most_gaps_one": "Le pilier «\u00a0{pillar}\u00a0» compte le plus de lacunes\u00a0: {count} élément.",
    "narrative_most_gaps_many": "Le pilier «\u00a0{pillar}\u00a0» compte le plus de lacunes\u00a0: {count} d'éléments.",
    "narrative_most_gaps_other": "Le pilier «\u00a0{pillar}\u00a0» compte le plus de lacunes\u00a0: {count} éléments.",
    "narrative_lag_one": "La pratique est en retard sur le droit pour {count} élément ({share} des éléments notés dans les deux dimensions).",
    "narrative_lag_many": "La pratique est en retard sur le droit pour {count} d'éléments ({share} des éléments notés dans les deux dimensions).",
    "narrative_lag_other": "La pratique est en retard sur le droit pour {count} éléments ({share} des éléments notés dans les deux dimensions).",
    "narrative_lag_widest": "L'écart entre le droit et la pratique est le plus grand dans le pilier «\u00a0{pillar}\u00a0» ({law} contre {practice}).",
    "narrative_improved_one": "Depuis {previous}, {count} élément s'est amélioré (en recul\u00a0: {regressed}).",
    "narrative_improved_many": "Depuis {previous}, {count} d'éléments se sont améliorés (en recul\u00a0: {regressed}).",
    "narrative_improved_other": "Depuis {previous}, {count} éléments se sont améliorés (en recul\u00a0: {regressed}).",
    "narrative_closed_one": "{count} lacune a été comblée\u00a0; nouvelles lacunes\u00a0: {new} (voir le rapport d'avancement).",
    "narrative_closed_many": "{count} de lacunes ont été comblées\u00a0; nouvelles lacunes\u00a0: {new} (voir le rapport d'avancement).",
    "narrative_closed_other": "{count} lacunes ont été comblées\u00a0; nouvelles lacunes\u00a0: {new} (voir le rapport d'avancement).",
    "and_more": "et {count} autres",
    "findings": "Principales conclusions",
    "finding_overall": "Ensemble",
    "no_findings": "L'équipe n'a pas encore rédigé ses principales conclusions.",
    "in_numbers": "Ce que disent les chiffres",
    "chapter_finding": "Principale conclusion",
    "chart_text": "En chiffres\u00a0: {values}.",
    "chart_value": "{pillar}\u00a0: {law} {law_mean}, {practice} {practice_mean}, cible {target}",
    "matrix_text": "En chiffres\u00a0: {behind}\u00a0: {behind_count}\u00a0; {level}\u00a0: {level_count}\u00a0; {ahead}\u00a0: {ahead_count}.",
    "col_severity": "Gravité",
    "col_target": "Cible",
    "col_state": "État",
    "col_applies_to": "S'applique à",
    "col_reason": "Motif",
    "col_when": "Date",
    "col_status": "Statut",
    "col_by": "Par",
    "col_note": "Note",
    "col_critical": "Critiques",
    "col_major": "Majeures",
    "col_minor": "Mineures",
    "assistance_intro_one": "{count} élément mentionne une assistance technique qui aiderait à combler la lacune. Par pilier, puis élément par élément, lacunes d'abord\u00a0:",
    "assistance_intro_many": "{count} d'éléments mentionnent une assistance technique qui aiderait à combler la lacune. Par pilier, puis élément par élément, lacunes d'abord\u00a0:",
    "assistance_intro_other": "{count} éléments mentionnent une assistance technique qui aiderait à combler la lacune. Par pilier, puis élément par élément, lacunes d'abord\u00a0:",
    "chapter_line_one": "{count} élément · complets {complete} · S.O. {na} · moyenne {law} {law_mean} · moyenne {practice} {practice_mean} · lacunes {gaps} · cible {target}",
    "chapter_line_many": "{count} d'éléments · complets {complete} · S.O. {na} · moyenne {law} {law_mean} · moyenne {practice} {practice_mean} · lacunes {gaps} · cible {target}",
    "chapter_line_other": "{count} éléments · complets {complete} · S.O. {na} · moyenne {law} {law_mean} · moyenne {practice} {practice_mean} · lacunes {gaps} · cible {target}",
    "target": "Cible",
    "target_own": "{target}, fixée pour cet élément\u00a0: {reason}",
    "target_branch": "{target}, fixée pour {code}\u00a0: {reason}",
    "rule_target": "La cible est {target} ({label}), sauf lorsqu'un pilier, une branche ou un élément a sa propre cible, fixée avec un motif (voir Cibles). Un élément noté dans toutes ses dimensions atteint sa cible lorsque sa note la plus basse l'atteint\u00a0; sinon, il présente une lacune égale à la cible moins cette note\u00a0: mineure pour 1 niveau, majeure pour 2, critique pour 3 ou plus. Un élément noté dans une seule dimension est noté en partie et n'est pas encore jugé.",
    "targets": "Cibles",
    "targets_intro": "La cible de chaque élément est {target} ({label}), sauf lorsqu'elle est fixée autrement ci-dessous.",
    "targets_reason": "Motif\u00a0: {reason}",
    "targets_default": "L'ensemble de l'évaluation",
    "process": "Déroulement de l'évaluation",
    "process_participants": "Participants",
    "process_meetings": "Réunions et ateliers",
    "process_sources": "Sources consultées",
    "process_agreement": "Comment les notes ont été arrêtées",
    "process_none": "L'équipe n'a pas consigné le déroulement de l'évaluation.",
    "approval": "Approbation",
    "approval_intro": "La présente évaluation a été approuvée en version définitive à la date ci-dessous. Elle est en lecture seule jusqu'à sa réouverture.",
    "approval_body": "Organe émetteur",
    "approval_by": "Approuvée par",
    "approval_role": "Qualité",
    "approval_date": "Date d'approbation",
    "approval_framework": "Cadre",
    "approval_forced": "Approuvée en l'état, bien que certains éléments n'aient pas été entièrement notés ou que certaines conclusions n'aient pas été rédigées.",
    "revisions": "Historique des changements de statut de l'évaluation",
    "revision_final": "Approuvée en version définitive par {name}",
    "revision_draft": "Retour au projet\u00a0: {reason}",
    "revision_recorded": "Marquée définitive (avant l'enregistrement des approbations)",
    "signature": "Signature",
    "signature_date": "Date",
    "column_state": "État",
    "column_state_code": "État (code)",
    "column_severity": "Gravité",
    "column_severity_code": "Gravité (code)",
    "column_priority_code": "Priorité (code)",
    "column_assessment_status_code": "Statut de l'évaluation (code)",
    "column_target_from": "Cible fixée sur",
    "column_target_reason": "Motif de la cible",
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
