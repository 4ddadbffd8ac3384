"""A contribution workbook in French (see :mod:`exports.exchange.workbook_words.en` for what each text is)."""

from __future__ import annotations

_ = "\u00a0"  # the no-break space French puts before : ; ? ! and inside « »

WORDS: dict[str, str] = {
    "sheet_instructions": "Mode d'emploi",
    "sheet_responses": "Réponses",
    "sheet_evidence": "Justificatifs",
    "heading_code": "Code",
    "heading_text": "Élément (texte original)",
    "heading_source": "Source",
    "field_law": "Note en droit et dans les institutions",
    "field_practice": "Note dans la pratique",
    "field_not_applicable": "Sans objet",
    "field_na_justification": f"Motif «{_}sans objet{_}»",
    "field_rationale": "Justification",
    "field_institutions": "Institutions responsables",
    "field_priority": "Priorité",
    "field_target_date": "Échéance",
    "field_next_action": "Prochaine étape",
    "field_technical_assistance": "Assistance technique nécessaire",
    "evidence_item": "Élément",
    "evidence_kind": "Type",
    "evidence_name": "Nom",
    "evidence_description": "Description",
    "evidence_reference": "Lien ou référence",
    "evidence_sha256": "SHA-256",
    "kind_file": "Fichier",
    "kind_link": "Lien",
    "kind_citation": "Référence juridique",
    "no_evidence": "Le secrétariat ne détient pour ces éléments aucun justificatif qui puisse être listé ici.",
    "na": "Sans objet",
    "priority_high": "élevée",
    "priority_medium": "moyenne",
    "priority_low": "faible",
    "date_example": "2026-12-31",
    "prompt_score": f"Choisissez un niveau de {{low}} à {{high}} (l'échelle figure dans la feuille «{_}{{instructions}}{_}»). "
    "Laissez vide si vous ne pouvez pas encore en juger.",
    "error_score": "Choisissez dans la liste un niveau de {low} à {high}.",
    "prompt_flag": f"Choisissez «{_}{{na}}{_}» si l'élément ne s'applique pas à votre pays{_}; sinon, laissez la cellule vide.",
    "error_flag": f"Choisissez «{_}{{na}}{_}» dans la liste, ou laissez la cellule vide.",
    "prompt_priority": "Choisissez {priorities} dans la liste.",
    "error_priority": "Choisissez une priorité dans la liste.",
    "prompt_date": "Saisissez une date, par exemple {example}.",
    "error_date": "Cette cellule attend une date, par exemple {example}.",
    "prompt_names": "Séparez les institutions par des points-virgules (;).",
    "title": "Contribution à {assessment}",
    "intro": "Le secrétariat vous demande de répondre aux éléments ci-dessous pour votre institution et de lui renvoyer "
    f"ce classeur. Un tableur suffit (Excel ou LibreOffice Calc){_}: le secrétariat intègre vos réponses à "
    "l'évaluation avec Assess.",
    "fact_assessment": "Évaluation",
    "fact_institution": "Destinataire",
    "fact_sent": "Envoyé le",
    "fact_items": "Éléments",
    "fact_framework": "Cadre",
    "no_institution": "(aucune institution désignée)",
    "how_heading": "Comment remplir ce classeur",
    "step_rows": f"Répondez dans la feuille «{_}{{responses}}{_}», une ligne par élément. Les colonnes grises (code, "
    f"texte de l'élément, source) sont la liste de contrôle elle-même et sont verrouillées{_}: ne saisissez que dans "
    "les colonnes blanches.",
    "step_scores": f"Donnez à chaque élément deux notes sur l'échelle ci-dessous{_}: en droit et dans les institutions "
    f"(la base juridique et institutionnelle existe-t-elle{_}?) et dans la pratique (la mesure est-elle appliquée et "
    f"efficace{_}?). Choisissez-les dans la liste de chaque cellule{_}; laissez une note vide si vous ne pouvez pas "
    "encore en juger.",
    "step_na": f"Si un élément ne s'applique pas, choisissez «{_}{{na}}{_}» dans la colonne «{_}{{na_column}}{_}», "
    f"laissez les deux notes vides et indiquez pourquoi dans la colonne «{_}{{justification}}{_}».",
    "step_institutions": f"Indiquez les institutions responsables dans la colonne «{_}{{institutions}}{_}», séparées "
    "par des points-virgules (;).",
    "step_priority": "Choisissez la priorité dans la liste ({priorities}). Saisissez l'échéance sous forme de date, "
    "par exemple {example}.",
    "step_evidence": f"Les justificatifs que détient le secrétariat sont listés pour information dans la feuille «{_}"
    f"{{evidence}}{_}»{_}; les justificatifs marqués sensibles n'y figurent jamais. Envoyez les nouveaux documents "
    f"séparément au secrétariat, en indiquant le code de l'élément{_}: le classeur ne transporte aucun fichier.",
    "step_structure": "N'ajoutez, ne supprimez, ne renommez ni ne déplacez aucune colonne ni aucune feuille, et ne "
    "modifiez pas les codes des éléments. Vous pouvez trier et filtrer les lignes et élargir les colonnes.",
    "step_return": f"Enregistrez le classeur dans le même format (Classeur Excel, .xlsx{_}; dans LibreOffice Calc, "
    "conservez le format Excel si la question est posée) et renvoyez-le au secrétariat. Tout ce que vous saisissez "
    f"est vérifié à l'importation{_}; rien dans le classeur ne peut modifier la liste de contrôle elle-même.",
    "scale_heading": "L'échelle",
    "scale_level": "Niveau",
    "scale_label": "Signification",
    "scale_description": "Description",
}
