<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Attaching evidence</source>
        <translation>Ajout de justificatifs</translation>
    </message>
    <message>
        <source>Attaching {name} ({number} of {total}) to {code}…</source>
        <translation>Ajout de {name} ({number} sur {total}) à {code}…</translation>
    </message>
    <message>
        <source>Cancelled: the file being attached was not added.</source>
        <translation>Annulé&#xa0;: le fichier en cours d&apos;ajout n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers justificatifs</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Ajouter un &amp;lien…</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Add &amp;citation…</source>
        <translation>Ajouter une &amp;référence juridique…</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>Ajouter une référence juridique</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>Ouvrir le justificatif sélectionné</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Supprimer le justificatif sélectionné</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <source>Added on {when} by {who}</source>
        <translation>Ajouté le {when} par {who}</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Supprimer un justificatif</translation>
    </message>
    <message>
        <source>Remove {name} from {code}? You can undo this with Edit &gt; Undo.</source>
        <translation>Supprimer {name} de {code}&#xa0;? Vous pourrez revenir en arrière avec Édition &gt; Annuler.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre des justificatifs</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… et {n} autre(s)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>&amp;Sensible (par exemple noms de victimes ou adresses de foyers d&apos;accueil)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History of the item</source>
        <translation>Historique de l&apos;élément</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>Note en droit et dans les institutions</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>Note dans la pratique</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Why N/A</source>
        <translation>Motif «&#xa0;sans objet&#xa0;»</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>Institutions responsables</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Assistance technique</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Justificatif ajouté</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Justificatif supprimé</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contribution</source>
        <translation>Importer une contribution</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Établi à partir de&#xa0;:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institution&#xa0;:</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non précisée)</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Rédigé par&#xa0;:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Items: {items} · Evidence: {evidence}</source>
        <translation>Éléments&#xa0;: {items} · Justificatifs&#xa0;: {evidence}</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>protégé par mot de passe</translation>
    </message>
    <message>
        <source>scrubbed: no sensitive evidence, no names of people</source>
        <translation>épuré&#xa0;: sans justificatifs sensibles ni noms de personnes</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment, {label}</source>
        <translation>&amp;Fusionner dans l&apos;évaluation ouverte, {label}</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment</source>
        <translation>&amp;Fusionner dans l&apos;évaluation ouverte</translation>
    </message>
    <message>
        <source>Merge into the open assessment</source>
        <translation>Fusionner dans l&apos;évaluation ouverte</translation>
    </message>
    <message>
        <source>Import as a &amp;new assessment</source>
        <translation>Importer comme &amp;nouvelle évaluation</translation>
    </message>
    <message>
        <source>Import as a new assessment</source>
        <translation>Importer comme nouvelle évaluation</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the package, keeps the ones made here, and shows every item changed on both sides for you to choose. A new assessment holds the package as it is.</source>
        <translation>La fusion reprend les modifications apportées dans le paquet, conserve celles faites ici et présente chaque élément modifié des deux côtés pour que vous choisissiez. Une nouvelle évaluation reprend le paquet tel quel.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>InstitutionPicker</name>
    <message>
        <source>Responsible institutions</source>
        <translation>Institutions responsables</translation>
    </message>
    <message>
        <source>Tick the institutions responsible for this item (Space ticks the current one).</source>
        <translation>Cochez les institutions responsables de cet élément (la barre d&apos;espace coche l&apos;institution en cours).</translation>
    </message>
    <message>
        <source>Add an institution…</source>
        <translation>Ajouter une institution…</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nouvelle institution</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the institution</source>
        <translation>Ajouter l&apos;institution</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Rationale and plan</source>
        <translation>Justification et plan d&apos;action</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sans priorité</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définie</translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation>A une échéance</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>Assistance technique nécessaire</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>J&amp;ustification&#xa0;:</translation>
    </message>
    <message>
        <source>Responsible &amp;institutions:</source>
        <translation>&amp;Institutions responsables&#xa0;:</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>Pri&amp;orité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation>Prochaine é&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>Technical a&amp;ssistance needed:</source>
        <translation>&amp;Assistance technique nécessaire&#xa0;:</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>institutions responsables</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>prochaine étape</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>assistance technique</translation>
    </message>
    <message>
        <source>{what} of {code}</source>
        <translation>{what} ({code})</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Text of the item</source>
        <translation>Texte de l&apos;élément</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Éléments liés</translation>
    </message>
    <message>
        <source>Guiding principles and cross-cutting challenges</source>
        <translation>Principes directeurs et problèmes transversaux</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Draws on: {list}</source>
        <translation>S&apos;appuie sur&#xa0;: {list}</translation>
    </message>
    <message>
        <source>Linked items (cross-walk):</source>
        <translation>Éléments liés (table de correspondance)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Justificatifs</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Addressed to {who}: shown as context, not scored as a national measure.</source>
        <translation>Adressé à {who}&#xa0;: affiché pour contexte, non noté comme mesure nationale.</translation>
    </message>
    <message>
        <source>Context: this part of the framework is not scored. Its items are in the tree.</source>
        <translation>Contexte&#xa0;: cette partie du cadre n&apos;est pas notée. Ses éléments figurent dans l&apos;arborescence.</translation>
    </message>
    <message>
        <source>&amp;Evidence ({count})</source>
        <translation>&amp;Justificatifs ({count})</translation>
    </message>
    <message>
        <source>This assessment is final, so it is read-only. To change it, reopen it as a draft: Assessment &gt; Reopen as draft.</source>
        <translation>Cette évaluation est définitive et donc en lecture seule. Pour la modifier, rouvrez-la comme projet&#xa0;: Évaluation &gt; Rouvrir comme projet.</translation>
    </message>
</context>
<context>
    <name>ItemTree</name>
    <message>
        <source>Not yet scored</source>
        <translation>Pas encore noté</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>Noté en partie</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Noté</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>In law and institutions · in practice</source>
        <translation>En droit et dans les institutions · dans la pratique</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexte</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} items complete ({percent}%)</source>
        <translation>{title}
{done} éléments complets sur {total} ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <source>{text}
Context: not scored</source>
        <translation>{text}
Contexte&#xa0;: non noté</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>law and institutions {law}, practice {practice}</source>
        <translation>droit et institutions {law}, pratique {practice}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link</source>
        <translation>Ajouter un lien</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>Ajouter une référence juridique</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Référence juridique</translation>
    </message>
    <message>
        <source>for example: Penal Code, art. 188(2)</source>
        <translation>par exemple&#xa0;: Code pénal, art. 188, par. 2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Sensitive</source>
        <translation>&amp;Sensible</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nom (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Évaluation ouverte</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> Évaluation&#xa0;: </translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source> (demo: a throwaway copy)</source>
        <translation> (démo&#xa0;: copie jetable)</translation>
    </message>
    <message>
        <source>Final: read-only</source>
        <translation>Définitive&#xa0;: lecture seule</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Base de données en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir&#xa0;: {what}</translation>
    </message>
    <message>
        <source> [final]</source>
        <translation> [définitive]</translation>
    </message>
    <message>
        <source>About Assess</source>
        <translation>À propos d&apos;Assess</translation>
    </message>
    <message>
        <source>Assess {version}: a self-assessment of national implementation of the UN Trafficking in Persons Protocol, on the UNODC Framework for Action and the Working Group recommendations.

It works fully offline. Problems are logged to {log}.</source>
        <translation>Assess {version}&#xa0;: auto-évaluation de la mise en œuvre nationale du Protocole des Nations Unies relatif à la traite des personnes, selon le Cadre d&apos;action de l&apos;ONUDC et les recommandations du Groupe de travail.

Le logiciel fonctionne entièrement hors ligne. Les problèmes sont consignés dans {log}.</translation>
    </message>
    <message>
        <source>Unsaved edit</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Your last edit could not be saved (see the message before). Close anyway and lose it?</source>
        <translation>Votre dernière modification n&apos;a pas pu être enregistrée (voir le message précédent). Fermer quand même et la perdre&#xa0;?</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Fermer et la perdre</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>New &amp;round from this assessment…</source>
        <translation>Nouveau &amp;cycle à partir de cette évaluation…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Nouvelle &amp;base de données…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Mark &amp;final…</source>
        <translation>Marquer comme &amp;définitive…</translation>
    </message>
    <message>
        <source>Reopen as &amp;draft…</source>
        <translation>Rouvrir comme pro&amp;jet…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find items…</source>
        <translation>Rec&amp;hercher des éléments…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Élément &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Élément &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Élément</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>Open s&amp;hared database…</source>
        <translation>Ouvrir une base de données p&amp;artagée…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Next p&amp;ane</source>
        <translation>&amp;Volet suivant</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;Reset the demo…</source>
        <translation>&amp;Réinitialiser la démo…</translation>
    </message>
    <message>
        <source>&amp;Walkthrough</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier du &amp;journal</translation>
    </message>
    <message>
        <source>&amp;About Assess</source>
        <translation>À &amp;propos d&apos;Assess</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Send &amp;part to an institution…</source>
        <translation>Envoyer une &amp;partie à une institution…</translation>
    </message>
    <message>
        <source>&amp;Import contribution…</source>
        <translation>&amp;Importer une contribution…</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>&amp;Passer à</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>Dé&amp;mo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>This database is on a server: back it up and restore it there, with pg_dump and pg_restore.</source>
        <translation>Cette base de données se trouve sur un serveur&#xa0;: sauvegardez-la et restaurez-la sur le serveur, avec pg_dump et pg_restore.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Impossible d&apos;ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>{path} already exists; open it with File &gt; Open a database.</source>
        <translation>{path} existe déjà&#xa0;; ouvrez-la avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>Impossible d&apos;ouvrir la démo</translation>
    </message>
    <message>
        <source>Mark {label} final? A final assessment is read-only: nobody can change its scores, notes or evidence until it is reopened as a draft.</source>
        <translation>Marquer {label} comme définitive&#xa0;? Une évaluation définitive est en lecture seule&#xa0;: personne ne peut en modifier les notes, les observations ni les justificatifs tant qu&apos;elle n&apos;a pas été rouverte comme projet.</translation>
    </message>
    <message>
        <source>Mark final</source>
        <translation>Marquer comme définitive</translation>
    </message>
    <message>
        <source>Reopen {label} as a draft? Its scores, notes and evidence can then be changed again; every change is recorded in the history.</source>
        <translation>Rouvrir {label} comme projet&#xa0;? Ses notes, observations et justificatifs pourront de nouveau être modifiés&#xa0;; chaque modification est consignée dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Rouvrir comme projet</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Assess will be in {language} the next time it starts.</source>
        <translation>Assess s&apos;affichera en {language} au prochain démarrage.</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Réinitialiser la démo</translation>
    </message>
    <message>
        <source>Put the demo back as it was? Every change made to it since it opened (scores, notes, evidence) is thrown away. Your own databases are not touched.</source>
        <translation>Remettre la démo dans son état initial&#xa0;? Toutes les modifications apportées depuis son ouverture (notes, observations, justificatifs) seront perdues. Vos propres bases de données ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Cannot reset the demo</source>
        <translation>Impossible de réinitialiser la démo</translation>
    </message>
    <message>
        <source>The demo is back as it was.</source>
        <translation>La démo a été remise dans son état initial.</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Assess (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <source>Back up and restore work on a database file. Back up a PostgreSQL database with pg_dump.</source>
        <translation>La sauvegarde et la restauration portent sur un fichier de base de données. Sauvegardez une base PostgreSQL avec pg_dump.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Sauvegardé dans {path}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>The database was copied to {path}.

Assessments: {count} · Size: {size}</source>
        <translation>La base de données a été copiée dans {path}.

Évaluations&#xa0;: {count} · Taille&#xa0;: {size}</translation>
    </message>
    <message>
        <source>Copying the database to {name}…</source>
        <translation>Copie de la base de données dans {name}…</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>Sauvegarde impossible</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Replace everything in {database} with the backup {backup}?

Assessments in the backup: {count} · Newest change: {when} · Size: {size}

The database as it is now is kept as a copy beside it.</source>
        <translation>Remplacer tout le contenu de {database} par la sauvegarde {backup}&#xa0;?

Évaluations dans la sauvegarde&#xa0;: {count} · Modification la plus récente&#xa0;: {when} · Taille&#xa0;: {size}

La base de données dans son état actuel est conservée en copie à côté.</translation>
    </message>
    <message>
        <source>Wait until the evidence files are attached, then restore again.</source>
        <translation>Attendez que les fichiers justificatifs soient joints, puis relancez la restauration.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {path}.</source>
        <translation>La base de données dans son état antérieur est conservée dans {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {path}</source>
        <translation>Sauvegarde {path} restaurée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The database now holds the backup {path}. Assessments: {count}</source>
        <translation>La base de données contient désormais la sauvegarde {path}. Évaluations&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restauration de {name}…</translation>
    </message>
    <message>
        <source>Package written to {path}</source>
        <translation>Paquet écrit dans {path}</translation>
    </message>
    <message>
        <source>Protected by the password you typed (it was not saved: keep it safe).</source>
        <translation>Protégé par le mot de passe saisi (il n&apos;a pas été enregistré&#xa0;: conservez-le en lieu sûr).</translation>
    </message>
    <message>
        <source>Not protected by a password.</source>
        <translation>Non protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>Scrubbed: no sensitive evidence, no names of people.</source>
        <translation>Épuré&#xa0;: sans justificatifs sensibles ni noms de personnes.</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Paquet écrit</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
Items: {items} · Evidence: {evidence} · Size: {size}</source>
        <translation>{path}

Destinataire&#xa0;: {institution}
Éléments&#xa0;: {items} · Justificatifs&#xa0;: {evidence} · Taille&#xa0;: {size}</translation>
    </message>
    <message>
        <source>(no institution named)</source>
        <translation>(aucune institution précisée)</translation>
    </message>
    <message>
        <source>Cancelled: no package was written.</source>
        <translation>Annulé&#xa0;: aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the package</source>
        <translation>Impossible d&apos;écrire le paquet</translation>
    </message>
    <message>
        <source>Send part to an institution</source>
        <translation>Envoyer une partie à une institution</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Rapport écrit dans {path}</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <source>The report was written to {path}. Open it now?</source>
        <translation>Le rapport a été écrit dans {path}. L&apos;ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Impossible d&apos;écrire le rapport</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Assess packages (*.assess);;All files (*)</source>
        <translation>Paquets Assess (*.assess);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import contribution</source>
        <translation>Importer une contribution</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation>Impossible d&apos;importer le paquet</translation>
    </message>
    <message>
        <source>No assessment is open: open the one the part was sent from to merge.</source>
        <translation>Aucune évaluation n&apos;est ouverte&#xa0;: ouvrez celle dont la partie a été envoyée pour fusionner.</translation>
    </message>
    <message>
        <source>{label} is final: reopen it as a draft to merge into it.</source>
        <translation>{label} est définitive&#xa0;: rouvrez-la comme projet pour y fusionner le paquet.</translation>
    </message>
    <message>
        <source>The package was made from another assessment ({label}): import it as a new one.</source>
        <translation>Le paquet a été établi à partir d&apos;une autre évaluation ({label})&#xa0;: importez-le comme nouvelle évaluation.</translation>
    </message>
    <message>
        <source>Imported {file} as a new assessment: {label}</source>
        <translation>{file} importé comme nouvelle évaluation&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Importing {name} as a new assessment…</source>
        <translation>Importation de {name} comme nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Cannot merge the package</source>
        <translation>Impossible de fusionner le paquet</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Rien à fusionner</translation>
    </message>
    <message>
        <source>{file} brings nothing new for {label}; later changes of yours stay as they are ({kept}). Nothing was changed.</source>
        <translation>{file} n&apos;apporte rien de nouveau pour {label}&#xa0;; vos modifications ultérieures restent telles quelles ({kept}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Merging {file} ({origin}) into {label}</source>
        <translation>Fusion de {file} ({origin}) dans {label}</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>Fusion annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Merged {file}. Edit &gt; Undo cannot take a merge back: the undo history was cleared.</source>
        <translation>{file} fusionné. Édition &gt; Annuler ne peut pas défaire une fusion&#xa0;: l&apos;historique d&apos;annulation a été effacé.</translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>Contribution fusionnée</translation>
    </message>
    <message>
        <source>Merged {file} into {label}.

Changes taken from the package: {taken}
Conflicts settled for theirs: {theirs} · for yours: {mine}
Your later changes kept: {kept}
Evidence added: {evidence}
Items changed: {items}

The history of each item records these changes with the origin: {origin}.</source>
        <translation>{file} fusionné dans {label}.

Modifications reprises du paquet&#xa0;: {taken}
Conflits tranchés en faveur de leur version&#xa0;: {theirs} · de la vôtre&#xa0;: {mine}
Vos modifications ultérieures conservées&#xa0;: {kept}
Justificatifs ajoutés&#xa0;: {evidence}
Éléments modifiés&#xa0;: {items}

L&apos;historique de chaque élément consigne ces modifications avec leur origine&#xa0;: {origin}.</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>Fusionner une contribution</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Fusion de {name}…</translation>
    </message>
    <message>
        <source>Open shared database</source>
        <translation>Ouvrir une base de données partagée</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <source>Cannot open the shared database</source>
        <translation>Impossible d&apos;ouvrir la base de données partagée</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>Notes ou sans objet</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>Note en droit et dans les institutions</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>Note dans la pratique</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>Motif «&#xa0;sans objet&#xa0;»</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>Institutions responsables</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>Assistance technique nécessaire</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>N/A: {why}</source>
        <translation>Sans objet&#xa0;: {why}</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(non noté)</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>droit {law}, pratique {practice}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>Fusionner une contribution</translation>
    </message>
    <message>
        <source>To take: {taken} · In conflict: {conflicts} · Yours kept: {kept} · Evidence to add: {evidence}</source>
        <translation>À reprendre&#xa0;: {taken} · En conflit&#xa0;: {conflicts} · Vos modifications conservées&#xa0;: {kept} · Justificatifs à ajouter&#xa0;: {evidence}</translation>
    </message>
    <message>
        <source>Take all &amp;mine</source>
        <translation>Tout garder de ma &amp;version</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Tout prendre de &amp;leur version</translation>
    </message>
    <message>
        <source>Changed both here and in the package: choose which to keep</source>
        <translation>Modifié ici et dans le paquet&#xa0;: choisissez la version à garder</translation>
    </message>
    <message>
        <source>Merged without conflict</source>
        <translation>Fusionné sans conflit</translation>
    </message>
    <message>
        <source>Edit &gt; Undo cannot take a merge back: merging clears the undo history. The history of each item records every change the merge makes, with where it came from.</source>
        <translation>Édition &gt; Annuler ne peut pas défaire une fusion&#xa0;: la fusion efface l&apos;historique d&apos;annulation. L&apos;historique de chaque élément consigne chaque modification apportée par la fusion, avec sa provenance.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Ici (ma version)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>À garder</translation>
    </message>
    <message>
        <source>Keep for {code}, {field}</source>
        <translation>Version à garder pour {code}, {field}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Settled: {settled} of {total}</source>
        <translation>Tranchés&#xa0;: {settled} sur {total}</translation>
    </message>
    <message>
        <source>Changes merged without conflict</source>
        <translation>Modifications fusionnées sans conflit</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>Ici actuellement</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>Taken from the package</source>
        <translation>Repris du paquet</translation>
    </message>
    <message>
        <source>Yours kept</source>
        <translation>Votre version conservée</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Nothing but the conflicts above</source>
        <translation>Rien d&apos;autre que les conflits ci-dessus</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Filter by code, text or notes (Ctrl+F)</source>
        <translation>Filtrer par code, texte ou observations (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texte du filtre</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Not yet scored</source>
        <translation>Pas encore notés</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>Notés en partie</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Scored, no gap</source>
        <translation>Notés, sans lacune</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Filtrer par priorité</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toutes priorités</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Priorité élevée</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>Priorité moyenne</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Priorité faible</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sans priorité</translation>
    </message>
    <message>
        <source>Filter by responsible institution</source>
        <translation>Filtrer par institution responsable</translation>
    </message>
    <message>
        <source>Items of the framework</source>
        <translation>Éléments du cadre</translation>
    </message>
    <message>
        <source>Any institution</source>
        <translation>Toutes institutions</translation>
    </message>
    <message>
        <source>{shown} of {total} assessable items shown</source>
        <translation>{shown} éléments évaluables affichés sur {total}</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>Pays ou entité</translation>
    </message>
    <message>
        <source>for example: Republic of Meridia</source>
        <translation>par exemple&#xa0;: République de Méridia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>for example: National assessment</source>
        <translation>par exemple&#xa0;: Évaluation nationale</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>for example: Baseline 2026</source>
        <translation>par exemple&#xa0;: Référence 2026</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Nothing: start with an empty checklist</source>
        <translation>Aucun&#xa0;: commencer avec une liste vierge</translation>
    </message>
    <message>
        <source>A new round from {label}</source>
        <translation>Un nouveau cycle à partir de {label}</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>&amp;Pays ou entité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>Point de &amp;départ&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Cadre&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>The new round starts with the previous round&apos;s scores, notes, institutions and evidence.</source>
        <translation>Le nouveau cycle reprend les notes, observations, institutions et justificatifs du cycle précédent.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overall completion</source>
        <translation>Avancement global</translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation>%p&#xa0;% effectué</translation>
    </message>
    <message>
        <source>Largest gaps, by priority</source>
        <translation>Principales lacunes, par priorité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>&lt;b&gt;Largest gaps, by priority&lt;/b&gt; (click one to open the item)</source>
        <translation>&lt;b&gt;Principales lacunes, par priorité&lt;/b&gt; (cliquez sur l&apos;une d&apos;elles pour ouvrir l&apos;élément)</translation>
    </message>
    <message>
        <source>{complete} of {assessable} items complete, {na} of them N/A. {gaps} gaps below the target of {target}: {high} high, {medium} medium, {low} low priority, {none} without a priority.</source>
        <translation>Éléments complets&#xa0;: {complete} sur {assessable}, dont {na} sans objet. Lacunes sous la cible de {target}&#xa0;: {gaps}, dont {high} de priorité élevée, {medium} de priorité moyenne, {low} de priorité faible et {none} sans priorité.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the assessment</source>
        <translation>Renommer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>Pays ou entité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>&amp;Pays ou entité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Document PDF (.pdf)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Classeur Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tableau CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>Données JSON (.json)</translation>
    </message>
    <message>
        <source>A report on &lt;b&gt;{label}&lt;/b&gt;.</source>
        <translation>Un rapport sur &lt;b&gt;{label}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Aucune comparaison</translation>
    </message>
    <message>
        <source>{label} (progress since then)</source>
        <translation>{label} (progrès depuis lors)</translation>
    </message>
    <message>
        <source>&amp;Include evidence marked sensitive</source>
        <translation>&amp;Inclure les justificatifs marqués comme sensibles</translation>
    </message>
    <message>
        <source>Include sensitive evidence</source>
        <translation>Inclure les justificatifs sensibles</translation>
    </message>
    <message>
        <source>The report will list sensitive evidence (for example names of victims or shelter addresses). Share it only with people allowed to see it.</source>
        <translation>Le rapport répertoriera des justificatifs sensibles (par exemple noms de victimes ou adresses de foyers d&apos;accueil). Ne le communiquez qu&apos;aux personnes autorisées à les voir.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Reports ({patterns})</source>
        <translation>Rapports ({patterns})</translation>
    </message>
    <message>
        <source>Data for a spreadsheet or another program: it has no pages, so no paper size.</source>
        <translation>Données pour un tableur ou un autre logiciel&#xa0;: sans pages, donc sans format de papier.</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>Note en droit et dans les institutions</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>Note dans la pratique</translation>
    </message>
    <message>
        <source>In &amp;law and institutions:</source>
        <translation>En &amp;droit et dans les institutions&#xa0;:</translation>
    </message>
    <message>
        <source>In &amp;practice:</source>
        <translation>Dans la &amp;pratique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>Sans o&amp;bjet</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Why the item does not apply</source>
        <translation>Pourquoi l&apos;élément est sans objet</translation>
    </message>
    <message>
        <source>Why does the item not apply? (required)</source>
        <translation>Pourquoi l&apos;élément est-il sans objet&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>An item is only N/A with a justification: say why it does not apply.</source>
        <translation>Un élément ne peut être déclaré sans objet qu&apos;avec un motif&#xa0;: indiquez pourquoi il ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— non noté —</translation>
    </message>
    <message>
        <source>&lt;small&gt;The scale:&lt;/small&gt;</source>
        <translation>&lt;small&gt;Le barème&#xa0;:&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores per pillar</source>
        <translation>Notes par pilier</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>En droit et dans les institutions</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>Dans la pratique</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>{complete} of {assessable} complete</source>
        <translation>{complete} sur {assessable} complets</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
</context>
<context>
    <name>SendPartDialog</name>
    <message>
        <source>Send part to an institution</source>
        <translation>Envoyer une partie à une institution</translation>
    </message>
    <message>
        <source>A package with part of {label}, for an institution to fill in with Assess and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>Un paquet contenant une partie de {label}, qu&apos;une institution complète avec Assess puis renvoie. Importez ce qui revient avec Fichier &gt; Importer une contribution.</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Institution responsable</translation>
    </message>
    <message>
        <source>Any: do not narrow by institution</source>
        <translation>Toutes&#xa0;: ne pas restreindre par institution</translation>
    </message>
    <message>
        <source>None ticked: the part the assessment was received as.</source>
        <translation>Aucun pilier coché&#xa0;: la partie telle que l&apos;évaluation a été reçue.</translation>
    </message>
    <message>
        <source>None ticked: every pillar.</source>
        <translation>Aucun pilier coché&#xa0;: tous les piliers.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>Optional. The password is not saved anywhere: give it to the institution another way than the package (by phone, not in the same e-mail).</source>
        <translation>Facultatif. Le mot de passe n&apos;est enregistré nulle part&#xa0;: communiquez-le à l&apos;institution par un autre moyen que le paquet (par téléphone, pas dans le même courriel).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>&amp;Scrub: leave out sensitive evidence and the names of people</source>
        <translation>É&amp;purer&#xa0;: exclure les justificatifs sensibles et les noms de personnes</translation>
    </message>
    <message>
        <source>Scrub</source>
        <translation>Épurer</translation>
    </message>
    <message>
        <source>For sharing outside government. Institution names stay; free text (rationales, next actions) is kept as written.</source>
        <translation>Pour un partage hors de l&apos;administration. Les noms des institutions restent&#xa0;; le texte libre (justifications, prochaines étapes) est conservé tel quel.</translation>
    </message>
    <message>
        <source>Assess packages (*.assess);;All files (*)</source>
        <translation>Paquets Assess (*.assess);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution&#xa0;:</translation>
    </message>
    <message>
        <source>Pillars:</source>
        <translation>Piliers&#xa0;:</translation>
    </message>
    <message>
        <source>Package holds:</source>
        <translation>Contenu du paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write package</source>
        <translation>É&amp;crire le paquet</translation>
    </message>
    <message>
        <source>Items: {items} · Evidence: {evidence} · Files: {files} ({size})</source>
        <translation>Éléments&#xa0;: {items} · Justificatifs&#xa0;: {evidence} · Fichiers&#xa0;: {files} ({size})</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Open shared database</source>
        <translation>Ouvrir une base de données partagée</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server, shared by the team. Ask its administrator for these.</source>
        <translation>Une base de données sur un serveur PostgreSQL, partagée par l&apos;équipe. Demandez ces informations à son administrateur.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port du serveur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>for example: {example}</source>
        <translation>par exemple&#xa0;: {example}</translation>
    </message>
    <message>
        <source>&amp;Encrypted connection only</source>
        <translation>Connexion &amp;chiffrée uniquement</translation>
    </message>
    <message>
        <source>The password is never saved. To avoid typing it each time, put it in your PostgreSQL password file ({places}) and leave this field empty.</source>
        <translation>Le mot de passe n&apos;est jamais enregistré. Pour ne pas avoir à le saisir à chaque fois, placez-le dans votre fichier de mots de passe PostgreSQL ({places}) et laissez ce champ vide.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Walkthrough</source>
        <translation>Visite guidée</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again when Assess starts</source>
        <translation>&amp;Ne plus afficher au démarrage d&apos;Assess</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Pillars and measures</source>
        <translation>Piliers et mesures</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checklist is the UNODC Framework for Action: five &lt;b&gt;pillars&lt;/b&gt; (prosecution, protection, prevention, national cooperation and coordination, international cooperation and coordination), each made of &lt;b&gt;measures&lt;/b&gt;, and the 23 &lt;b&gt;recommendations&lt;/b&gt; of the Working Group on Trafficking in Persons.&lt;/p&gt;&lt;p&gt;They are in the tree on the left, each with its state and its scores. The guiding principles and cross-cutting challenges are there too, as context: they are not scored.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow the tree; Ctrl+PgDown moves to the next item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La liste de contrôle est le Cadre d&apos;action de l&apos;ONUDC&#xa0;: cinq &lt;b&gt;piliers&lt;/b&gt; (poursuites, protection, prévention, coopération et coordination nationales, coopération et coordination internationales), composés chacun de &lt;b&gt;mesures&lt;/b&gt;, auxquels s&apos;ajoutent les 23 &lt;b&gt;recommandations&lt;/b&gt; du Groupe de travail sur la traite des personnes.&lt;/p&gt;&lt;p&gt;Ils figurent dans l&apos;arborescence à gauche, chacun avec son état et ses notes. Les principes directeurs et les problèmes transversaux y figurent aussi, pour contexte&#xa0;: ils ne sont pas notés.&lt;/p&gt;&lt;p&gt;Saisissez un texte dans la zone de filtre (Ctrl+F) ou choisissez un état, une priorité ou une institution pour restreindre l&apos;arborescence&#xa0;; Ctrl+PgDown passe à l&apos;élément suivant.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Scoring an item</source>
        <translation>Noter un élément</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each item gets two scores on the same scale, from 0 (not in place) to 4 (fully in place): &lt;b&gt;in law and institutions&lt;/b&gt; (is the legal and institutional basis there?) and &lt;b&gt;in practice&lt;/b&gt; (is it implemented and working?). The two often differ: that is the point.&lt;/p&gt;&lt;p&gt;If an item does not apply to your country, tick &lt;b&gt;N/A&lt;/b&gt; and say why: an N/A needs a justification.&lt;/p&gt;&lt;p&gt;Below the scores, write the rationale, the responsible institutions, the priority, a target date, the next action and the technical assistance needed. Every change is saved the moment you make it; Edit &amp;gt; Undo takes it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque élément reçoit deux notes sur le même barème, de 0 (inexistant) à 4 (pleinement en place)&#xa0;: &lt;b&gt;en droit et dans les institutions&lt;/b&gt; (le fondement juridique et institutionnel existe-t-il&#xa0;?) et &lt;b&gt;dans la pratique&lt;/b&gt; (est-il appliqué et efficace&#xa0;?). Les deux diffèrent souvent&#xa0;: c&apos;est tout l&apos;intérêt de l&apos;exercice.&lt;/p&gt;&lt;p&gt;Si un élément ne s&apos;applique pas à votre pays, cochez &lt;b&gt;Sans objet&lt;/b&gt; et indiquez pourquoi&#xa0;: ce choix doit être motivé.&lt;/p&gt;&lt;p&gt;Sous les notes, indiquez la justification, les institutions responsables, la priorité, une échéance, la prochaine étape et l&apos;assistance technique nécessaire. Chaque modification est enregistrée dès qu&apos;elle est faite&#xa0;; Édition &amp;gt; Annuler permet de revenir en arrière.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Evidence&lt;/b&gt; tab under the item holds what the scores rest on: files (laws, circulars, statistics, memoranda of understanding), links and legal citations.&lt;/p&gt;&lt;p&gt;Add files with &lt;b&gt;Add files…&lt;/b&gt; or drag them onto the item. They are stored inside the database and checked by their SHA-256 fingerprint. Mark a file &lt;b&gt;sensitive&lt;/b&gt; when it names victims or shelters: it is then left out of the reports unless you ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;onglet &lt;b&gt;Justificatifs&lt;/b&gt;, sous l&apos;élément, contient ce sur quoi reposent les notes&#xa0;: fichiers (lois, circulaires, statistiques, mémorandums d&apos;accord), liens et références juridiques.&lt;/p&gt;&lt;p&gt;Ajoutez des fichiers avec &lt;b&gt;Ajouter des fichiers…&lt;/b&gt; ou faites-les glisser sur l&apos;élément. Ils sont stockés dans la base de données et vérifiés grâce à leur empreinte SHA-256. Marquez un fichier comme &lt;b&gt;sensible&lt;/b&gt; lorsqu&apos;il nomme des victimes ou des foyers d&apos;accueil&#xa0;: il est alors exclu des rapports, sauf si vous demandez à l&apos;inclure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gaps and the overview</source>
        <translation>Lacunes et vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>&lt;p&gt;An item is a &lt;b&gt;gap&lt;/b&gt; when the lower of its two scores is below the target. Choose &lt;b&gt;Gaps&lt;/b&gt; in the state filter to see only those.&lt;/p&gt;&lt;p&gt;View &amp;gt; Overview (Ctrl+2) shows how far the assessment has come, the mean scores of each pillar in law and in practice against the target, and the largest gaps by priority; click a gap to open the item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un élément constitue une &lt;b&gt;lacune&lt;/b&gt; lorsque la plus basse de ses deux notes est inférieure à la cible. Choisissez &lt;b&gt;Lacunes&lt;/b&gt; dans le filtre d&apos;état pour n&apos;afficher qu&apos;elles.&lt;/p&gt;&lt;p&gt;Affichage &amp;gt; Vue d&apos;ensemble (Ctrl+2) montre l&apos;avancement de l&apos;évaluation, les notes moyennes de chaque pilier en droit et dans la pratique par rapport à la cible, et les principales lacunes par priorité&#xa0;; cliquez sur une lacune pour ouvrir l&apos;élément.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Printing the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>&lt;p&gt;The gap report (PDF) lists the gaps by priority, the action plan by institution, the technical assistance needed and the evidence, with the methodology. &lt;b&gt;File &amp;gt; Export report…&lt;/b&gt; (Ctrl+E) writes it in the window&apos;s language: choose PDF, a Word document to edit or an Excel workbook with the action plan, and a previous round to report progress against.&lt;/p&gt;&lt;p&gt;The same report from the command line, for instance in a script:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;When the team agrees, Assessment &amp;gt; Mark final takes the DRAFT mark off the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le rapport sur les lacunes (PDF) présente les lacunes par priorité, le plan d&apos;action par institution, l&apos;assistance technique nécessaire et les justificatifs, avec la méthodologie. &lt;b&gt;Fichier &amp;gt; Exporter le rapport…&lt;/b&gt; (Ctrl+E) le produit dans la langue de la fenêtre. Choisissez un PDF, un document Word à retoucher ou un classeur Excel avec le plan d&apos;action, et un cycle antérieur pour rendre compte des progrès.&lt;/p&gt;&lt;p&gt;Le même rapport en ligne de commande, par exemple dans un script&#xa0;:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Lorsque l&apos;équipe est d&apos;accord, Évaluation &amp;gt; Marquer comme définitive retire la mention PROJET du rapport.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source>Take stock of how your country implements the UN Trafficking in Persons Protocol: score each measure of the UNODC Framework for Action and the Working Group recommendations, attach the evidence, and see the gaps.</source>
        <translation>Faites le point sur la mise en œuvre, par votre pays, du Protocole des Nations Unies relatif à la traite des personnes&#xa0;: notez chaque mesure du Cadre d&apos;action de l&apos;ONUDC et des recommandations du Groupe de travail, joignez les justificatifs et repérez les lacunes.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>Ouvrir la &amp;démo</translation>
    </message>
    <message>
        <source>A fictional country&apos;s assessment in two rounds, on a throwaway copy.</source>
        <translation>L&apos;évaluation d&apos;un pays fictif en deux cycles, sur une copie jetable.</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>Évaluations de cette base de données</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de données récentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Assessments in this database&lt;/b&gt;</source>
        <translation>&lt;b&gt;É&amp;valuations de cette base de données&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Recent databases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bases de données &amp;récentes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitive</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>None yet: create one with New assessment.</source>
        <translation>Aucune pour l&apos;instant&#xa0;: créez-en une avec Nouvelle évaluation.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Created {label}</source>
        <translation>{label} créée</translation>
    </message>
    <message>
        <source>Rename the assessment</source>
        <translation>Renommer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Saved: the assessment is now called {label}</source>
        <translation>Enregistré&#xa0;: l&apos;évaluation s&apos;appelle désormais {label}</translation>
    </message>
    <message>
        <source>Mark the assessment final</source>
        <translation>Marquer l&apos;évaluation comme définitive</translation>
    </message>
    <message>
        <source>Reopen the assessment as a draft</source>
        <translation>Rouvrir l&apos;évaluation comme projet</translation>
    </message>
    <message>
        <source>Saved: the assessment is final</source>
        <translation>Enregistré&#xa0;: l&apos;évaluation est définitive</translation>
    </message>
    <message>
        <source>Saved: reopened as a draft</source>
        <translation>Enregistré&#xa0;: rouverte comme projet</translation>
    </message>
    <message>
        <source>Not saved: the database could not be written. The edit is kept and tried again.</source>
        <translation>Non enregistré&#xa0;: impossible d&apos;écrire dans la base de données. La modification est conservée et sera de nouveau tentée.</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>Enregistré&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>Ajouter le justificatif {name}</translation>
    </message>
    <message>
        <source>Saved: {name} added to {code}</source>
        <translation>Enregistré&#xa0;: {name} ajouté à {code}</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>Supprimer le justificatif {name}</translation>
    </message>
    <message>
        <source>Saved: {name} removed from {code}</source>
        <translation>Enregistré&#xa0;: {name} supprimé de {code}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Assess ran into an unexpected problem. Your saved work is safe: every edit is saved the moment it is made.

The details were written to:
{path}

Please send that file to your support contact. You can carry on working.</source>
        <translation>Assess a rencontré un problème inattendu. Votre travail enregistré est en sécurité&#xa0;: chaque modification est enregistrée dès qu&apos;elle est faite.

Les détails ont été écrits dans&#xa0;:
{path}

Veuillez envoyer ce fichier à votre contact d&apos;assistance. Vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Assess (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Ajouter des fichiers justificatifs</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>That password is wrong. Type the password of {name} again:</source>
        <translation>Ce mot de passe est incorrect. Saisissez de nouveau le mot de passe de {name}&#xa0;:</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Password:</source>
        <translation>{name} est protégé par un mot de passe. Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Someone else saved this item at the same moment; your edit was not saved. Look at the current value and make it again.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cet élément au même moment&#xa0;; votre modification n&apos;a pas été enregistrée. Vérifiez la valeur actuelle et refaites-la.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problème de base de données</translation>
    </message>
    <message>
        <source>Framework problem</source>
        <translation>Problème de cadre</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Impossible</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} Go</translation>
    </message>
</context>
</TS>
