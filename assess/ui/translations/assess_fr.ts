<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve as final</source>
        <translation>Approuver en version définitive</translation>
    </message>
    <message>
        <source>Approve {label} as final. A final assessment is read-only, and its report carries the approval page with these names instead of the DRAFT mark.</source>
        <translation>Approuver {label} en version définitive. Une évaluation définitive est en lecture seule, et son rapport comporte la page d&apos;approbation avec ces noms au lieu de la mention PROJET.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvée par</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organe</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Approuvée &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Qualité&#xa0;:</translation>
    </message>
    <message>
        <source>For the b&amp;ody:</source>
        <translation>Pour l&apos;&amp;organe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Approve it as it is all the same</source>
        <translation>L&apos;approuver en l&apos;état malgré tout</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <source>Not everything is there yet:</source>
        <translation>Tout n&apos;est pas encore prêt&#xa0;:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Not fully scored: {codes}</source>
        <translation>Pas entièrement notés&#xa0;: {codes}</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>ensemble</translation>
    </message>
    <message>
        <source>No key finding yet: {scopes}</source>
        <translation>Pas encore de conclusion principale&#xa0;: {scopes}</translation>
    </message>
</context>
<context>
    <name>AssessmentSwitcher</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Évaluation ouverte</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> Évaluation&#xa0;: </translation>
    </message>
    <message>
        <source> [final]</source>
        <translation> [définitive]</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Breakdown</source>
        <translation>Ventilation</translation>
    </message>
    <message>
        <source>No breakdown recorded for this period.</source>
        <translation>Aucune ventilation enregistrée pour cette période.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>Notes ou sans objet</translation>
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
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>{code} was changed by {user} ({when}) while you were editing it. Nothing is lost: choose for each part what to keep. What you do not keep stays one Undo away (Edit &gt; Undo).</source>
        <translation>{code} a été modifié par {user} ({when}) pendant que vous le modifiiez. Rien n&apos;est perdu&#xa0;: choisissez pour chaque partie ce qu&apos;il faut garder. Ce que vous ne gardez pas reste récupérable par une annulation (Édition &gt; Annuler).</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Tout garder de ma &amp;version</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Tout prendre de &amp;leur version</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Theirs ({user})</source>
        <translation>Leur version ({user})</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Fusionner à la main</translation>
    </message>
    <message>
        <source>Merged text of {field}</source>
        <translation>Texte fusionné&#xa0;: {field}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>taking {user}&apos;s version of {code}</source>
        <translation>reprise de la version de {user} pour {code}</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>l&apos;autre personne</translation>
    </message>
    <message>
        <source>kept {user}&apos;s version of {code}; yours is one Undo away (Edit &gt; Undo).</source>
        <translation>version de {user} conservée pour {code}&#xa0;; la vôtre revient par une annulation (Édition &gt; Annuler).</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln élément</numerusform>
            <numerusform>%Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence</source>
        <translation>
            <numerusform>%Ln justificatif</numerusform>
            <numerusform>%Ln justificatifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fichier</numerusform>
            <numerusform>%Ln fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln évaluation</numerusform>
            <numerusform>%Ln évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln later change(s) of yours kept</source>
        <translation>
            <numerusform>%Ln modification ultérieure de votre part conservée</numerusform>
            <numerusform>%Ln modifications ultérieures de votre part conservées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{local} or {iso}</source>
        <translation>{local} ou {iso}</translation>
    </message>
    <message>
        <source>Choose {name} from a calendar</source>
        <translation>Choisir {name} dans un calendrier</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>Détails du justificatif</translation>
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
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation>Référence juridique&#xa0;:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} par {who}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>&amp;Sensible (par exemple noms de victimes ou adresses de foyers)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
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
    <message>
        <source>Handed {name} to the system&apos;s viewer.</source>
        <translation>{name} transmis au lecteur du système.</translation>
    </message>
    <message>
        <source>No program on this computer opened {name}.</source>
        <translation>Aucun programme de cet ordinateur n&apos;a ouvert {name}.</translation>
    </message>
    <message>
        <source>No program on this computer could open {name}. A checked copy is at {path}: open it from there, or install a program for this kind of file.</source>
        <translation>Aucun programme de cet ordinateur n&apos;a pu ouvrir {name}. Une copie vérifiée se trouve dans {path}&#xa0;: ouvrez-la depuis cet emplacement, ou installez un programme pour ce type de fichier.</translation>
    </message>
    <message>
        <source>No program on this computer could open the link {name}.</source>
        <translation>Aucun programme de cet ordinateur n&apos;a pu ouvrir le lien {name}.</translation>
    </message>
    <message>
        <source>Cannot open the evidence</source>
        <translation>Impossible d&apos;ouvrir le justificatif</translation>
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
    <message>
        <source>De&amp;tails…</source>
        <translation>Dé&amp;tails…</translation>
    </message>
    <message>
        <source>Details of the selected evidence</source>
        <translation>Détails du justificatif sélectionné</translation>
    </message>
    <message>
        <source>Copied the SHA-256 of {name}</source>
        <translation>SHA-256 de {name} copié</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;Copier le SHA-256</translation>
    </message>
</context>
<context>
    <name>FigureEdits</name>
    <message>
        <source>Saved: {what}</source>
        <translation>Enregistré&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Add indicator {code}</source>
        <translation>Ajouter l&apos;indicateur {code}</translation>
    </message>
    <message>
        <source>Change indicator {code}</source>
        <translation>Modifier l&apos;indicateur {code}</translation>
    </message>
    <message>
        <source>Remove indicator {code}</source>
        <translation>Supprimer l&apos;indicateur {code}</translation>
    </message>
</context>
<context>
    <name>FigureGrid</name>
    <message>
        <source>Figures: periods across, the total and the categories down</source>
        <translation>Chiffres&#xa0;: les périodes en colonnes, le total et les catégories en lignes</translation>
    </message>
</context>
<context>
    <name>FigureGridModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Quality note</source>
        <translation>Note de qualité</translation>
    </message>
    <message>
        <source>{row}, {period}: {problem} Nothing was saved.</source>
        <translation>{row}, {period}&#xa0;: {problem} Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The block pasted is {rows} rows by {columns} columns; from this cell there is room for {room_rows} by {room_columns}. Add the periods first, or paste from another cell. Nothing was saved.</source>
        <translation>Le bloc collé fait {rows} lignes sur {columns} colonnes&#xa0;; à partir de cette cellule, il y a de la place pour {room_rows} sur {room_columns}. Ajoutez d&apos;abord les périodes, ou collez à partir d&apos;une autre cellule. Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre des justificatifs</translation>
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
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… et %Ln autre</numerusform>
            <numerusform>… et %Ln autres</numerusform>
        </translation>
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
    <name>FindingEditor</name>
    <message>
        <source>What the team concludes, in its own words</source>
        <translation>Ce que l&apos;équipe conclut, dans ses propres mots</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: {what}</source>
        <translation>Annulé&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rétabli&#xa0;: {what}</translation>
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
    <message>
        <source>Description of evidence</source>
        <translation>Description du justificatif</translation>
    </message>
    <message>
        <source>Evidence marked sensitive</source>
        <translation>Justificatif marqué sensible</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <source>%Ln change(s) taken from the contribution</source>
        <translation>
            <numerusform>%Ln modification reprise de la contribution</numerusform>
            <numerusform>%Ln modifications reprises de la contribution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for the received version</source>
        <translation>
            <numerusform>%Ln conflit tranché en faveur de la version reçue</numerusform>
            <numerusform>%Ln conflits tranchés en faveur de la version reçue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for your own version</source>
        <translation>
            <numerusform>%Ln conflit tranché en faveur de votre version</numerusform>
            <numerusform>%Ln conflits tranchés en faveur de votre version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence added</source>
        <translation>
            <numerusform>%Ln justificatif ajouté</numerusform>
            <numerusform>%Ln justificatifs ajoutés</numerusform>
        </translation>
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
    <message>
        <source>a workbook filled in with a spreadsheet program</source>
        <translation>un classeur rempli avec un tableur</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the workbook, keeps the ones made here, and shows every item changed on both sides for you to choose. A workbook cannot become a new assessment.</source>
        <translation>La fusion reprend les modifications faites dans le classeur, conserve celles faites ici et vous montre chaque élément modifié des deux côtés pour que vous choisissiez. Un classeur ne peut pas devenir une nouvelle évaluation.</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <source>Period of the breakdown</source>
        <translation>Période de la ventilation</translation>
    </message>
    <message>
        <source>Dimension of the breakdown</source>
        <translation>Dimension de la ventilation</translation>
    </message>
    <message>
        <source>Breakdown of</source>
        <translation>Ventilation de</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>a year, or FIRST/LAST day: 2026-01-01/2026-06-30</source>
        <translation>une année, ou PREMIER/DERNIER jour&#xa0;: 2026-01-01/2026-06-30</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Nouvelle période</translation>
    </message>
    <message>
        <source>Add &amp;period</source>
        <translation>Ajouter une &amp;période</translation>
    </message>
    <message>
        <source>&amp;Change this indicator…</source>
        <translation>&amp;Modifier cet indicateur…</translation>
    </message>
    <message>
        <source>&amp;Remove this indicator</source>
        <translation>&amp;Supprimer cet indicateur</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>pourcentage</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>{unit} · informs {items}</source>
        <translation>{unit} · renseigne {items}</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† Ajouté par votre équipe à cette évaluation.</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>Chiffres de {code}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>No total recorded yet.</source>
        <translation>Aucun total enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Latest: {value} ({period})</source>
        <translation>Dernier&#xa0;: {value} ({period})</translation>
    </message>
    <message>
        <source>{change} on {period}</source>
        <translation>{change} par rapport à {period}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>target {target}: {met}</source>
        <translation>cible {target}&#xa0;: {met}</translation>
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
        <source>Save state of the rationale and plan</source>
        <translation>État de l&apos;enregistrement de la justification et du plan</translation>
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
    <message>
        <source>Not a date: type it as {example}, or leave it empty for none.</source>
        <translation>Ce n&apos;est pas une date&#xa0;: saisissez-la sous la forme {example}, ou laissez le champ vide s&apos;il n&apos;y en a pas.</translation>
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
        <translation>Principes directeurs et défis transversaux</translation>
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
    <message>
        <source>{item} ({kind})</source>
        <translation>{item} ({kind})</translation>
    </message>
    <message>
        <source>Title written for this checklist; it is not in the source.</source>
        <translation>Titre rédigé pour cette liste ; il ne figure pas dans la source.</translation>
    </message>
    <message>
        <source>Text written for this checklist; it is not quoted from the source.</source>
        <translation>Texte rédigé pour cette liste ; il n&apos;est pas cité de la source.</translation>
    </message>
    <message>
        <source>same request</source>
        <translation>même demande</translation>
    </message>
    <message>
        <source>a means</source>
        <translation>un moyen</translation>
    </message>
    <message>
        <source>a prerequisite</source>
        <translation>une condition préalable</translation>
    </message>
    <message>
        <source>({reason}) {note}</source>
        <translation>({reason}) {note}</translation>
    </message>
    <message>
        <source>Cited together: {source}.</source>
        <translation>Cités ensemble : {source}.</translation>
    </message>
</context>
<context>
    <name>ItemIndicators</name>
    <message>
        <source>Figures…</source>
        <translation>Chiffres…</translation>
    </message>
    <message>
        <source>Operational indicators</source>
        <translation>Indicateurs opérationnels</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>pas encore de chiffres</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>Chiffres de {code}</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† Ajouté par votre équipe à cette évaluation.</translation>
    </message>
</context>
<context>
    <name>ItemJudgement</name>
    <message>
        <source>Key finding on {pillar}</source>
        <translation>Principale conclusion sur {pillar}</translation>
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
        <source>The item, its scores and notes</source>
        <translation>L&apos;élément, ses notes et ses observations</translation>
    </message>
    <message>
        <source>No item matches the filters. Clear them (or choose All items) to see every item.</source>
        <translation>Aucun élément ne correspond aux filtres. Effacez-les (ou choisissez Tous les éléments) pour voir tous les éléments.</translation>
    </message>
    <message>
        <source>This assessment is final, so it is read-only. To change it, take it back to draft: Assessment &gt; Back to draft.</source>
        <translation>Cette évaluation est définitive, donc en lecture seule. Pour la modifier, remettez-la en projet&#xa0;: Évaluation &gt; Retour au projet.</translation>
    </message>
</context>
<context>
    <name>ItemTargetDialog</name>
    <message>
        <source>Target of {code}</source>
        <translation>Cible de {code}</translation>
    </message>
    <message>
        <source>As set above it ({level})</source>
        <translation>Comme au-dessus ({level})</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>Pourquoi cette cible</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
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
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>Cible atteinte</translation>
    </message>
    <message>
        <source>Gap, minor</source>
        <translation>Lacune mineure</translation>
    </message>
    <message>
        <source>Gap, major</source>
        <translation>Lacune majeure</translation>
    </message>
    <message>
        <source>Gap, critical</source>
        <translation>Lacune critique</translation>
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
    <message>
        <source>In law and institutions</source>
        <translation>En droit et dans les institutions</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>dans la pratique</translation>
    </message>
</context>
<context>
    <name>Judgement</name>
    <message>
        <source>Change the targets</source>
        <translation>Modifier les cibles</translation>
    </message>
    <message>
        <source>Set the target of {code}</source>
        <translation>Fixer la cible de {code}</translation>
    </message>
    <message>
        <source>Saved: the targets</source>
        <translation>Enregistré&#xa0;: les cibles</translation>
    </message>
    <message>
        <source>Saved: the key finding</source>
        <translation>Enregistré&#xa0;: la principale conclusion</translation>
    </message>
    <message>
        <source>Saved: the methodology</source>
        <translation>Enregistré&#xa0;: la méthodologie</translation>
    </message>
    <message>
        <source>Saved: the assessment is approved as final</source>
        <translation>Enregistré&#xa0;: l&apos;évaluation est approuvée en version définitive</translation>
    </message>
    <message>
        <source>Saved: back to draft</source>
        <translation>Enregistré&#xa0;: retour au projet</translation>
    </message>
    <message>
        <source>Edit the key finding</source>
        <translation>Modifier la principale conclusion</translation>
    </message>
    <message>
        <source>Not yet scored.</source>
        <translation>Pas encore noté.</translation>
    </message>
    <message>
        <source>Partly scored: not judged yet.</source>
        <translation>Noté en partie&#xa0;: pas encore jugé.</translation>
    </message>
    <message>
        <source>Meets its target.</source>
        <translation>Atteint sa cible.</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <translation>Sans objet.</translation>
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
        <source>Monitoring</source>
        <translation>Suivi</translation>
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
        <source>Undo and Redo wait until your edits of {items} are saved.</source>
        <translation>Annuler et Rétablir attendent que vos modifications de {items} soient enregistrées.</translation>
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
    <message>
        <source>Close and lose them</source>
        <translation>Fermer et les perdre</translation>
    </message>
    <message>
        <source>Go on and lose them</source>
        <translation>Continuer et les perdre</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your edits of {items} could not be saved yet. {reason}

Go on and lose them, or cancel and keep them until the database can be written?</source>
        <translation>Vos modifications de {items} n&apos;ont pas encore pu être enregistrées. {reason}

Continuer et les perdre, ou annuler et les conserver jusqu&apos;à ce que la base de données puisse être écrite&#xa0;?</translation>
    </message>
    <message>
        <source>Show the &amp;navigator</source>
        <translation>Afficher le &amp;navigateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>The database was copied to {path}.</source>
        <translation>La base de données a été copiée dans {path}.</translation>
    </message>
    <message>
        <source>Replace everything in {database} with the backup {backup}?

The backup holds {assessments}, last changed {when} ({size}).

The database as it is now is kept as a copy beside it.</source>
        <translation>Remplacer tout le contenu de {database} par la sauvegarde {backup}&#xa0;?

La sauvegarde contient {assessments}, modifiées pour la dernière fois le {when} ({size}).

La base de données dans son état actuel est conservée en copie à côté.</translation>
    </message>
    <message>
        <source>The database now holds the backup {path}: {assessments}.</source>
        <translation>La base de données contient maintenant la sauvegarde {path}&#xa0;: {assessments}.</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
{contents}</source>
        <translation>{path}

Pour&#xa0;: {institution}
{contents}</translation>
    </message>
    <message>
        <source>Workbook written to {path}</source>
        <translation>Classeur écrit dans {path}</translation>
    </message>
    <message>
        <source>Workbook written</source>
        <translation>Classeur écrit</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
Items: {items} · Evidence listed: {evidence} · Size: {size}

Send it to the institution: they fill it in with Excel or LibreOffice Calc and send it back. Merge what comes back with File &gt; Import contribution.</source>
        <translation>{path}

Pour&#xa0;: {institution}
Éléments&#xa0;: {items} · Justificatifs listés&#xa0;: {evidence} · Taille&#xa0;: {size}

Envoyez-le à l&apos;institution&#xa0;: elle le remplit avec Excel ou LibreOffice Calc et le renvoie. Fusionnez ce qui revient avec Fichier &gt; Importer une contribution.</translation>
    </message>
    <message>
        <source>Cannot write the workbook</source>
        <translation>Impossible d&apos;écrire le classeur</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>Impossible d&apos;importer le classeur</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from, and cannot become a new assessment. {reason}</source>
        <translation>Un classeur est fusionné dans l&apos;évaluation dont il a été envoyé et ne peut pas devenir une nouvelle évaluation. {reason}</translation>
    </message>
    <message>
        <source>The workbook was sent from another assessment ({label}): open that one to merge it.</source>
        <translation>Le classeur a été envoyé depuis une autre évaluation ({label})&#xa0;: ouvrez celle-ci pour l&apos;y fusionner.</translation>
    </message>
    <message>
        <source>Cannot merge the workbook</source>
        <translation>Impossible de fusionner le classeur</translation>
    </message>
    <message>
        <source>{file} brings nothing new for {label} ({kept}). Nothing was changed.</source>
        <translation>{file} n&apos;apporte rien de nouveau pour {label} ({kept}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Merged {file} into {label}.</source>
        <translation>{file} fusionné dans {label}.</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>Éléments modifiés</translation>
    </message>
    <message>
        <source>The history of each item records these changes with the origin: {origin}.</source>
        <translation>L&apos;historique de chaque élément enregistre ces modifications avec leur origine&#xa0;: {origin}.</translation>
    </message>
    <message>
        <source>Contributions (*.assess *.xlsx);;Assess packages (*.assess);;Workbooks (*.xlsx);;All files (*)</source>
        <translation>Contributions (*.assess *.xlsx);;Paquets Assess (*.assess);;Classeurs (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Left out {count} sensitive evidence: sensitive evidence leaves only in a package protected by a password.</source>
        <translation>{count} justificatif(s) sensible(s) laissé(s) de côté&#xa0;: les justificatifs sensibles ne partent que dans un paquet protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>C&amp;ibles…</translation>
    </message>
    <message>
        <source>&amp;Methodology…</source>
        <translation>&amp;Méthodologie…</translation>
    </message>
    <message>
        <source>&amp;Approve as final…</source>
        <translation>&amp;Approuver en version définitive…</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>Retour au pro&amp;jet…</translation>
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
    <message numerus="yes">
        <source>%Ln change(s) to take</source>
        <translation>
            <numerusform>%Ln modification à reprendre</numerusform>
            <numerusform>%Ln modifications à reprendre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln conflit à trancher</numerusform>
            <numerusform>%Ln conflits à trancher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence to add</source>
        <translation>
            <numerusform>%Ln justificatif à ajouter</numerusform>
            <numerusform>%Ln justificatifs à ajouter</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed both here and in the workbook: choose which to keep</source>
        <translation>Modifié ici et dans le classeur&#xa0;: choisissez ce qui est conservé</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>Dans le classeur</translation>
    </message>
    <message>
        <source>Taken from the workbook</source>
        <translation>Repris du classeur</translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Who took part, one per line</source>
        <translation>Participants, un par ligne</translation>
    </message>
    <message>
        <source>Meetings and workshops, one per line: date and name</source>
        <translation>Réunions et ateliers, un par ligne&#xa0;: date et nom</translation>
    </message>
    <message>
        <source>2026-03-04 Inception workshop</source>
        <translation>2026-03-04 Atelier de lancement</translation>
    </message>
    <message>
        <source>Sources consulted, one per line</source>
        <translation>Sources consultées, une par ligne</translation>
    </message>
    <message>
        <source>How the scores were agreed</source>
        <translation>Comment les notes ont été arrêtées</translation>
    </message>
    <message>
        <source>&amp;Who took part
(one per line):</source>
        <translation>&amp;Participants
(un par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Meetings and workshops
(date and name):</source>
        <translation>&amp;Réunions et ateliers
(date et nom)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sources consulted:</source>
        <translation>&amp;Sources consultées&#xa0;:</translation>
    </message>
    <message>
        <source>How the scores were &amp;agreed:</source>
        <translation>Comment les notes ont été &amp;arrêtées&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Add an indicator of your &amp;own…</source>
        <translation>Ajouter un indicateur &amp;propre…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>No figures recorded yet: choose an indicator and type or paste its figures.</source>
        <translation>Aucun chiffre enregistré pour l&apos;instant&#xa0;: choisissez un indicateur et saisissez ou collez ses chiffres.</translation>
    </message>
    <message>
        <source>Indicators with figures: {recorded} of {total}, from {first} to {last} · without a total for {last}: {gaps} · breakdowns that do not add up: {flags}</source>
        <translation>Indicateurs chiffrés&#xa0;: {recorded} sur {total}, de {first} à {last} · sans total pour {last}&#xa0;: {gaps} · ventilations qui ne donnent pas le total&#xa0;: {flags}</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>{target}: {met}</source>
        <translation>{target}&#xa0;: {met}</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>Remove the indicator {code}? Its figures must be cleared first.</source>
        <translation>Supprimer l&apos;indicateur {code}&#xa0;? Ses chiffres doivent d&apos;abord être effacés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
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
    <message numerus="yes">
        <source>{shown} of %Ln assessable items shown</source>
        <translation>
            <numerusform>Affichés&#xa0;: {shown} sur %Ln élément évaluable</numerusform>
            <numerusform>Affichés&#xa0;: {shown} sur %Ln éléments évaluables</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>Cible atteinte</translation>
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
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln items complete</source>
        <translation>
            <numerusform>Complets&#xa0;: {complete} sur %Ln élément</numerusform>
            <numerusform>Complets&#xa0;: {complete} sur %Ln éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them N/A</source>
        <translation>
            <numerusform>dont %Ln sans objet</numerusform>
            <numerusform>dont %Ln sans objet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with high priority</source>
        <translation>
            <numerusform>%Ln de priorité élevée</numerusform>
            <numerusform>%Ln de priorité élevée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with medium priority</source>
        <translation>
            <numerusform>%Ln de priorité moyenne</numerusform>
            <numerusform>%Ln de priorité moyenne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with low priority</source>
        <translation>
            <numerusform>%Ln de priorité faible</numerusform>
            <numerusform>%Ln de priorité faible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a priority</source>
        <translation>
            <numerusform>%Ln sans priorité</numerusform>
            <numerusform>%Ln sans priorité</numerusform>
        </translation>
    </message>
    <message>
        <source>{complete}, {na}. {gaps}: {priorities}.</source>
        <translation>{complete}, {na}. {gaps}&#xa0;: {priorities}.</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>En droit et dans les institutions</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>dans la pratique</translation>
    </message>
    <message numerus="yes">
        <source>%n, minor</source>
        <translation>
            <numerusform>%n, mineure</numerusform>
            <numerusform>%n, mineure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, major</source>
        <translation>
            <numerusform>%n, majeure</numerusform>
            <numerusform>%n, majeure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, critical</source>
        <translation>
            <numerusform>%n, critique</numerusform>
            <numerusform>%n, critique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gaps below target</source>
        <translation>
            <numerusform>%Ln lacune sous la cible</numerusform>
            <numerusform>%Ln lacunes sous la cible</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall key finding</source>
        <translation>Principale conclusion d&apos;ensemble</translation>
    </message>
</context>
<context>
    <name>OwnIndicatorDialog</name>
    <message>
        <source>Change an indicator of your own</source>
        <translation>Modifier un indicateur propre</translation>
    </message>
    <message>
        <source>Add an indicator of your own</source>
        <translation>Ajouter un indicateur propre</translation>
    </message>
    <message>
        <source>Count (a whole number)</source>
        <translation>Nombre (entier)</translation>
    </message>
    <message>
        <source>Percentage (0 to 100)</source>
        <translation>Pourcentage (de 0 à 100)</translation>
    </message>
    <message>
        <source>Amount of money (say which currency in the definition)</source>
        <translation>Montant (précisez la monnaie dans la définition)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Yes or no (1 or 0)</source>
        <translation>Oui ou non (1 ou 0)</translation>
    </message>
    <message>
        <source>for example {code}</source>
        <translation>par exemple {code}</translation>
    </message>
    <message>
        <source>item codes, for example {codes}</source>
        <translation>codes d&apos;éléments, par exemple {codes}</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>Ventilé par</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>Dans un sens ou dans l&apos;autre</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus c&apos;est élevé, mieux c&apos;est</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus c&apos;est bas, mieux c&apos;est</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Définition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Informs the items:</source>
        <translation>&amp;Renseigne les éléments&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Broken down by:</source>
        <translation>&amp;Ventilé par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>C&amp;ible&#xa0;:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Se&amp;ns&#xa0;:</translation>
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
    <name>ReopenDialog</name>
    <message>
        <source>Back to draft</source>
        <translation>Retour au projet</translation>
    </message>
    <message>
        <source>Take {label} back to draft? Say why: the reason is kept in its status history.</source>
        <translation>Remettre {label} en projet&#xa0;? Dites pourquoi&#xa0;: le motif est conservé dans l&apos;historique de son statut.</translation>
    </message>
    <message>
        <source>Why it goes back to draft</source>
        <translation>Pourquoi elle retourne au projet</translation>
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
    <name>SaveState</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>Not saved yet: kept here and saved as soon as the database can be written. {reason}</source>
        <translation>Pas encore enregistré&#xa0;: conservé ici et enregistré dès que la base de données pourra être écrite. {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (the details are in the log).</source>
        <translation>Non enregistré&#xa0;: un problème est survenu (les détails sont dans le journal).</translation>
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
        <source>Save state of the scores</source>
        <translation>État de l&apos;enregistrement des notes</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— non noté —</translation>
    </message>
    <message>
        <source>{number} – {label}</source>
        <translation>{number} – {label}</translation>
    </message>
    <message>
        <source>{label}: {description}</source>
        <translation>{label}&#xa0;: {description}</translation>
    </message>
    <message>
        <source>The scale:</source>
        <translation>L&apos;échelle&#xa0;:</translation>
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
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln complete</source>
        <translation>
            <numerusform>{complete} sur %Ln complet</numerusform>
            <numerusform>{complete} sur %Ln complets</numerusform>
        </translation>
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
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Package (Assess)</source>
        <translation>Paquet (Assess)</translation>
    </message>
    <message>
        <source>Workbook (Excel, LibreOffice)</source>
        <translation>Classeur (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Langue du classeur</translation>
    </message>
    <message>
        <source>For an institution without Assess: one row per item to fill in with Excel or LibreOffice Calc, with instructions in the language chosen. A workbook lists evidence but carries no files, never lists sensitive evidence or names of people, and has no password.</source>
        <translation>Pour une institution qui n&apos;a pas Assess&#xa0;: une ligne par élément, à remplir avec Excel ou LibreOffice Calc, avec un mode d&apos;emploi dans la langue choisie. Un classeur liste les justificatifs mais ne transporte aucun fichier, ne liste jamais de justificatifs sensibles ni de noms de personnes et n&apos;a pas de mot de passe.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A workbook with part of {label}, for an institution without Assess to fill in with a spreadsheet program and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>Un classeur contenant une partie de {label}, qu&apos;une institution sans Assess remplit avec un tableur et renvoie. Importez ce qui revient avec Fichier &gt; Importer une contribution.</translation>
    </message>
    <message>
        <source>Workbook holds:</source>
        <translation>Contenu du classeur&#xa0;:</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence listed (no files)</source>
        <translation>
            <numerusform>%Ln justificatif listé (sans fichiers)</numerusform>
            <numerusform>%Ln justificatifs listés (sans fichiers)</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} ({size})</source>
        <translation>{files} ({size})</translation>
    </message>
    <message>
        <source>&amp;Write workbook</source>
        <translation>É&amp;crire le classeur</translation>
    </message>
</context>
<context>
    <name>ServerState</name>
    <message>
        <source>The database is not answering (for {seconds} seconds now). What you type is kept in this window and saved as soon as it answers.</source>
        <translation>La base de données ne répond pas (depuis {seconds}&#xa0;secondes). Ce que vous tapez est conservé dans cette fenêtre et enregistré dès qu&apos;elle répondra.</translation>
    </message>
    <message>
        <source>{reason} What you type is kept in this window and saved as soon as it can be.</source>
        <translation>{reason} Ce que vous tapez est conservé dans cette fenêtre et enregistré dès que possible.</translation>
    </message>
    <message>
        <source>State of the database</source>
        <translation>État de la base de données</translation>
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
    <name>SheetCommands</name>
    <message>
        <source>&amp;Write a sheet…</source>
        <translation>É&amp;crire une feuille…</translation>
    </message>
    <message>
        <source>Every figure and the rows to fill in, as a spreadsheet or CSV file</source>
        <translation>Tous les chiffres et les lignes à remplir, dans un classeur ou un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Read a sheet…</source>
        <translation>&amp;Lire une feuille…</translation>
    </message>
    <message>
        <source>Save the figures of a filled-in sheet</source>
        <translation>Enregistrer les chiffres d&apos;une feuille remplie</translation>
    </message>
    <message>
        <source>Write a sheet of figures</source>
        <translation>Écrire une feuille de chiffres</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>Classeurs (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sheet not written</source>
        <translation>Feuille non écrite</translation>
    </message>
    <message>
        <source>Sheet written: {path}</source>
        <translation>Feuille écrite&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Read a sheet of figures</source>
        <translation>Lire une feuille de chiffres</translation>
    </message>
    <message>
        <source>Sheet not read</source>
        <translation>Feuille non lue</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Rien à enregistrer</translation>
    </message>
    <message>
        <source>{name} holds no figures.</source>
        <translation>{name} ne contient aucun chiffre.</translation>
    </message>
    <message>
        <source>Figures from {name}</source>
        <translation>Chiffres de {name}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Up / Down (in the tree)</source>
        <translation>Haut / Bas (dans l&apos;arborescence)</translation>
    </message>
    <message>
        <source>The item above or below; the item pane follows</source>
        <translation>L&apos;élément au-dessus ou en dessous&#xa0;; le volet de l&apos;élément suit</translation>
    </message>
    <message>
        <source>Left / Right (in the tree)</source>
        <translation>Gauche / Droite (dans l&apos;arborescence)</translation>
    </message>
    <message>
        <source>Fold or unfold a pillar</source>
        <translation>Replier ou déplier un pilier</translation>
    </message>
    <message>
        <source>Enter / Down (in the filter box)</source>
        <translation>Entrée / Bas (dans la zone de filtre)</translation>
    </message>
    <message>
        <source>Go to the first item found</source>
        <translation>Aller au premier élément trouvé</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>The next or previous field, in the order on screen</source>
        <translation>Le champ suivant ou précédent, dans l&apos;ordre de l&apos;écran</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>The field, button or menu with that letter</source>
        <translation>Le champ, le bouton ou le menu portant cette lettre</translation>
    </message>
    <message>
        <source>Ctrl+Z (in a text field)</source>
        <translation>Ctrl+Z (dans un champ de texte)</translation>
    </message>
    <message>
        <source>Undo what you typed there and is not saved yet; when nothing is, the last saved edit</source>
        <translation>Annuler ce que vous y avez saisi et qui n&apos;est pas encore enregistré&#xa0;; s&apos;il n&apos;y a rien, la dernière modification enregistrée</translation>
    </message>
    <message>
        <source>Up / Down (in the target date)</source>
        <translation>Haut / Bas (dans l&apos;échéance)</translation>
    </message>
    <message>
        <source>A day later or earlier</source>
        <translation>Un jour plus tard ou plus tôt</translation>
    </message>
    <message>
        <source>Enter (in the evidence list)</source>
        <translation>Entrée (dans la liste des justificatifs)</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>Ouvrir le justificatif sélectionné</translation>
    </message>
    <message>
        <source>Delete (in the evidence list)</source>
        <translation>Suppr (dans la liste des justificatifs)</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Supprimer le justificatif sélectionné</translation>
    </message>
    <message>
        <source>Enter (in the largest gaps)</source>
        <translation>Entrée (dans les principales lacunes)</translation>
    </message>
    <message>
        <source>Open the item</source>
        <translation>Ouvrir l&apos;élément</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
</context>
<context>
    <name>TargetBox</name>
    <message>
        <source>Set &amp;target…</source>
        <translation>Fixer la &amp;cible…</translation>
    </message>
    <message>
        <source>Target {target} (the assessment&apos;s).</source>
        <translation>Cible {target} (celle de l&apos;évaluation).</translation>
    </message>
    <message>
        <source>Target {target}, set for this item: {reason}</source>
        <translation>Cible {target}, fixée pour cet élément&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Target {target}, set for {code}: {reason}</source>
        <translation>Cible {target}, fixée pour {code}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Gap of 1 level: minor.</source>
        <translation>Lacune d&apos;un niveau&#xa0;: mineure.</translation>
    </message>
    <message>
        <source>Gap of 2 levels: major.</source>
        <translation>Lacune de 2 niveaux&#xa0;: majeure.</translation>
    </message>
    <message numerus="yes">
        <source>Gap of %n levels: critical.</source>
        <translation>
            <numerusform>Lacune de %n niveau : critique.</numerusform>
            <numerusform>Lacune de %n niveaux : critique.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message>
        <source>Target of the assessment</source>
        <translation>Cible de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>Pourquoi cette cible</translation>
    </message>
    <message>
        <source>&amp;Target of the assessment:</source>
        <translation>&amp;Cible de l&apos;évaluation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Targets set on pillars, branches and items</source>
        <translation>Cibles fixées pour des piliers, des branches et des éléments</translation>
    </message>
    <message>
        <source>Pillar, branch or item</source>
        <translation>Pilier, branche ou élément</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Override for:</source>
        <translation>Cible &amp;propre à&#xa0;:</translation>
    </message>
    <message>
        <source>A pillar, a branch or an item may have a target of its own, with a reason:</source>
        <translation>Un pilier, une branche ou un élément peut avoir sa propre cible, avec un motif&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>{field} may hold at most {limit} characters; the text past them was not taken.</source>
        <translation>{field} peut contenir au plus {limit} caractères&#xa0;; le texte au-delà n&apos;a pas été pris.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Totals per period</source>
        <translation>Totaux par période</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>cible {target}</translation>
    </message>
    <message>
        <source>No totals recorded yet.</source>
        <translation>Aucun total enregistré pour l&apos;instant.</translation>
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
    <message>
        <source>&lt;p&gt;They are in the tree on the left, each with its state and its scores. The guiding principles and cross-cutting challenges are there too, as context: they are not scored.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow the tree; Enter goes to the first item found, Ctrl+PgDown to the next item. F9 hides the tree to give the item the whole width.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ils figurent dans l&apos;arborescence à gauche, chacun avec son état et ses notes. Les principes directeurs et les défis transversaux y figurent aussi, pour contexte&#xa0;: ils ne sont pas notés.&lt;/p&gt;&lt;p&gt;Saisissez un texte dans la zone de filtre (Ctrl+F) ou choisissez un état, une priorité ou une institution pour restreindre l&apos;arborescence&#xa0;; Entrée mène au premier élément trouvé, Ctrl+PgDown à l&apos;élément suivant. F9 masque l&apos;arborescence pour laisser toute la largeur à l&apos;élément.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once an assessment is open, they are in a tree on the left of the window, each with its state and its scores; the guiding principles and cross-cutting challenges are there too, as context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Une fois une évaluation ouverte, ils figurent dans une arborescence à gauche de la fenêtre, chacun avec son état et ses notes&#xa0;; les principes directeurs et les défis transversaux y figurent aussi, pour contexte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checklist is the UNODC Framework for Action: five &lt;b&gt;pillars&lt;/b&gt; (prosecution, protection, prevention, national cooperation and coordination, international cooperation and coordination), each made of &lt;b&gt;measures&lt;/b&gt;, and the 23 &lt;b&gt;recommendations&lt;/b&gt; of the Working Group on Trafficking in Persons.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La liste de contrôle est le Cadre d&apos;action de l&apos;ONUDC&#xa0;: cinq &lt;b&gt;piliers&lt;/b&gt; (poursuites, protection, prévention, coopération et coordination nationales, coopération et coordination internationales), composés chacun de &lt;b&gt;mesures&lt;/b&gt;, auxquels s&apos;ajoutent les 23 &lt;b&gt;recommandations&lt;/b&gt; du Groupe de travail sur la traite des personnes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <source>&lt;p&gt;No assessment is open yet. On the welcome page, &lt;b&gt;New assessment…&lt;/b&gt; starts one for your country, &lt;b&gt;Open a database…&lt;/b&gt; opens one a colleague sent you, and &lt;b&gt;Open the demo&lt;/b&gt; opens a fictional country&apos;s assessment to try everything on (a throwaway copy).&lt;/p&gt;&lt;p&gt;The next pages show what you will find once an assessment is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune évaluation n&apos;est encore ouverte. Sur la page d&apos;accueil, &lt;b&gt;Nouvelle évaluation…&lt;/b&gt; en commence une pour votre pays, &lt;b&gt;Ouvrir une base de données…&lt;/b&gt; ouvre celle qu&apos;un collègue vous a envoyée, et &lt;b&gt;Ouvrir la démo&lt;/b&gt; ouvre l&apos;évaluation d&apos;un pays fictif pour tout essayer (une copie jetable).&lt;/p&gt;&lt;p&gt;Les pages suivantes montrent ce que vous trouverez une fois une évaluation ouverte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Picture of this part of the window</source>
        <translation>Image de cette partie de la fenêtre</translation>
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
        <source>Saved: {what}</source>
        <translation>Enregistré&#xa0;: {what}</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. The edit stays with {code} and is saved as soon as the database can be written.</source>
        <translation>Pas encore enregistré&#xa0;: {what}. La modification reste attachée à {code} et sera enregistrée dès que la base de données pourra être écrite.</translation>
    </message>
    <message>
        <source>Not saved: {what}</source>
        <translation>Non enregistré&#xa0;: {what}</translation>
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
    <message>
        <source>details of {name}</source>
        <translation>détails de {name}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>--by names the category of a figure: give --value N (or --clear) with it.</source>
        <translation>--by désigne la catégorie d&apos;un chiffre&#xa0;: donnez --value N (ou --clear) avec lui.</translation>
    </message>
    <message>
        <source>--take settles conflicts of a merge; give it with --into ASSESSMENT.</source>
        <translation>--take sert à trancher les conflits d&apos;une fusion&#xa0;; utilisez-le avec --into ASSESSMENT.</translation>
    </message>
    <message>
        <source>1 item in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>1 élément en conflit ({codes})&#xa0;; rien n&apos;a été fusionné. Tranchez tous les conflits avec --take mine ou --take theirs, ou un par un dans la fenêtre (Fichier &gt; Importer une contribution…).</translation>
    </message>
    <message>
        <source>A legal citation needs its text, for example &apos;Penal Code, art. 188(2)&apos;.</source>
        <translation>Une référence juridique doit comporter son texte, par exemple «&#xa0;Code pénal, art. 188, par. 2&#xa0;».</translation>
    </message>
    <message>
        <source>A report font cannot be read ({error}); reinstall Assess (see README).</source>
        <translation>Impossible de lire une police du rapport ({error})&#xa0;; réinstallez Assess (voir le fichier README).</translation>
    </message>
    <message>
        <source>A role name is empty; give the login names of the people, e.g. --editor alice.</source>
        <translation>Un nom de rôle est vide&#xa0;; indiquez les identifiants de connexion des personnes, par exemple --editor alice.</translation>
    </message>
    <message>
        <source>After upgrading, {count} rows point at missing rows. The copy taken before the upgrade is {backup}; restore it and report this problem.</source>
        <translation>Après la mise à niveau, {count} lignes renvoient à des lignes manquantes. La copie faite avant la mise à niveau est enregistrée sous {backup}&#xa0;; restaurez-la et signalez ce problème.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot hold an assessment; give a file path.</source>
        <translation>Une base de données SQLite en mémoire ne peut pas contenir d&apos;évaluation&#xa0;; indiquez le chemin d&apos;un fichier.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be compared with itself; give the id of an earlier round.</source>
        <translation>L&apos;évaluation {number} ne peut pas être comparée à elle-même&#xa0;; indiquez l&apos;identifiant d&apos;un cycle antérieur.</translation>
    </message>
    <message>
        <source>Assessment {number} is final and read-only. Reopen it as a draft first (assess mark {number} draft).</source>
        <translation>L&apos;évaluation {number} est définitive et en lecture seule. Rouvrez-la d&apos;abord comme projet (assess mark {number} draft).</translation>
    </message>
    <message>
        <source>Attaching {name} was cancelled; nothing was added.</source>
        <translation>L&apos;ajout de {name} a été annulé&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Backup and restore work on an SQLite database file. Back up a PostgreSQL server with pg_dump.</source>
        <translation>La sauvegarde et la restauration portent sur un fichier de base de données SQLite. Sauvegardez un serveur PostgreSQL avec pg_dump.</translation>
    </message>
    <message>
        <source>Cannot connect to {database}: {reason}</source>
        <translation>Impossible de se connecter à {database}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot create a database in {path}: the folder is not writable.</source>
        <translation>Impossible de créer une base de données dans {path}&#xa0;: le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {problem}.</source>
        <translation>Impossible de créer le dossier {folder}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>Impossible de créer le dossier {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>Impossible de lire le fichier de mot de passe {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot restore into {file}: {problem}.</source>
        <translation>Impossible de restaurer dans {file}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Cannot tell the report format from the file name {name}; end it in .pdf, .docx, .xlsx, .csv or .json, or give --format.</source>
        <translation>Impossible de déduire le format du rapport du nom de fichier {name}&#xa0;; terminez-le par .pdf, .docx, .xlsx, .csv ou .json, ou indiquez --format.</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>Impossible d&apos;utiliser {url}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Cannot write in {folder} (permission denied); choose another folder.</source>
        <translation>Impossible d&apos;écrire dans {folder} (autorisation refusée)&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot write the demo database in {folder}: the folder is not writable.</source>
        <translation>Impossible d&apos;écrire la base de données de démo dans {folder}&#xa0;: le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write the demo database {file}: {problem}.</source>
        <translation>Impossible d&apos;écrire la base de données de démo {file}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}. Nothing was written.</source>
        <translation>Impossible d&apos;écrire {file}&#xa0;: {problem}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write {path} (permission denied; is the file open in another program?). Nothing was changed.</source>
        <translation>Impossible d&apos;écrire {path} (autorisation refusée&#xa0;; le fichier est-il ouvert dans un autre programme&#xa0;?). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was changed.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {problem}.</source>
        <translation>Impossible d&apos;écrire {target}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Database {database} holds no Assess tables; open it once with assess to create them.</source>
        <translation>La base de données {database} ne contient aucune table Assess&#xa0;; ouvrez-la une fois avec assess pour les créer.</translation>
    </message>
    <message>
        <source>Figures were changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>Des chiffres ont été modifiés ici après la préparation de la fusion&#xa0;; rien n&apos;a été fusionné. Préparez à nouveau la fusion.</translation>
    </message>
    <message>
        <source>Framework {key} version {version} is already in this database with different content. Give the changed file a new version number and import it again; assessments made on the existing version are not changed.</source>
        <translation>Le cadre {key} version {version} figure déjà dans cette base de données avec un contenu différent. Donnez un nouveau numéro de version au fichier modifié et importez-le de nouveau&#xa0;; les évaluations établies sur la version existante ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>Give either --na or --applicable, not both.</source>
        <translation>Indiquez soit --na, soit --applicable, mais pas les deux.</translation>
    </message>
    <message>
        <source>Give the database of the shared database.</source>
        <translation>Indiquez le nom de la base de données partagée.</translation>
    </message>
    <message>
        <source>Give the file or link to attach (or --citation TEXT for a legal citation).</source>
        <translation>Indiquez le fichier ou le lien à joindre (ou --citation TEXT pour une référence juridique).</translation>
    </message>
    <message>
        <source>Give the server of the shared database.</source>
        <translation>Indiquez le serveur de la base de données partagée.</translation>
    </message>
    <message>
        <source>Give the user name of the shared database.</source>
        <translation>Indiquez le nom d&apos;utilisateur de la base de données partagée.</translation>
    </message>
    <message>
        <source>Give {code} at least one category of {dimension}.</source>
        <translation>Donnez à {code} au moins une catégorie de {dimension}.</translation>
    </message>
    <message>
        <source>Lost the connection to {database} ({reason}). Check the network and try again.</source>
        <translation>La connexion à {database} a été perdue ({reason}). Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>Marking {code} N/A needs a justification: say why the item does not apply.</source>
        <translation>Pour déclarer {code} sans objet, un motif est nécessaire&#xa0;: indiquez pourquoi l&apos;élément ne s&apos;applique pas.</translation>
    </message>
    <message>
        <source>N/A ({justification})</source>
        <translation>sans objet ({justification})</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>motif «&#xa0;sans objet&#xa0;»</translation>
    </message>
    <message>
        <source>Name at least one item the indicator {code} informs (for example PROT-2); it is shown with that item and grouped under its pillar.</source>
        <translation>Indiquez au moins un élément que l&apos;indicateur {code} renseigne (par exemple PROT-2)&#xa0;; il est affiché avec cet élément et classé sous son pilier.</translation>
    </message>
    <message>
        <source>Name each dimension of {code} once.</source>
        <translation>Indiquez chaque dimension de {code} une seule fois.</translation>
    </message>
    <message>
        <source>Name each role once, as --editor, --viewer or --remove: {roles}.</source>
        <translation>Ne nommez chaque rôle qu&apos;une seule fois, avec --editor, --viewer ou --remove&#xa0;: {roles}.</translation>
    </message>
    <message>
        <source>No file was given (the path is empty, so it does not exist); give the file to attach.</source>
        <translation>Aucun fichier n&apos;a été indiqué (le chemin est vide, il n&apos;existe donc pas)&#xa0;; indiquez le fichier à joindre.</translation>
    </message>
    <message>
        <source>No framework {key} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>Aucun cadre {key} dans cette base de données (cadres connus&#xa0;: {known}). Importez-le avec&#xa0;: assess framework import FILE</translation>
    </message>
    <message>
        <source>No framework {key} version {version} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>Aucun cadre {key} version {version} dans cette base de données (cadres connus&#xa0;: {known}). Importez-le avec&#xa0;: assess framework import FILE</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: none yet).</source>
        <translation>Aucune institution nommée {name} dans cette évaluation (institutions connues&#xa0;: aucune pour l&apos;instant).</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: {known}).</source>
        <translation>Aucune institution nommée {name} dans cette évaluation (institutions connues&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>No item of the assessment matches that choice; nothing was written.</source>
        <translation>Aucun élément de l&apos;évaluation ne correspond à ce choix&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>No stored file has SHA-256 {sha256}.</source>
        <translation>Aucun fichier stocké n&apos;a l&apos;empreinte SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>Nothing to change: give --law, --practice, --na, --note, --priority, --responsible, --due, --next or --ta.</source>
        <translation>Rien à modifier&#xa0;: indiquez --law, --practice, --na, --note, --priority, --responsible, --due, --next ou --ta.</translation>
    </message>
    <message>
        <source>Nothing to record: give --value N (or --clear), --source or --note.</source>
        <translation>Rien à enregistrer&#xa0;: donnez --value N (ou --clear), --source ou --note.</translation>
    </message>
    <message>
        <source>Only file evidence has content to save.</source>
        <translation>Seuls les justificatifs de type fichier ont un contenu à enregistrer.</translation>
    </message>
    <message>
        <source>Only the owner of the Assess tables in database {database} ({owner}) or a superuser may set up its roles; you are connected as {user}.</source>
        <translation>Seul le propriétaire des tables Assess de la base de données {database} ({owner}) ou un superutilisateur peut configurer ses rôles&#xa0;; vous êtes connecté en tant que {user}.</translation>
    </message>
    <message>
        <source>Part of the stored file {sha256} is missing; the database may be damaged.</source>
        <translation>Une partie du fichier stocké {sha256} est manquante&#xa0;; la base de données est peut-être endommagée.</translation>
    </message>
    <message>
        <source>Read only: your database user {user} may read this database but not change it. To edit, ask the database owner to run: assess server setup --editor {name}</source>
        <translation>Lecture seule&#xa0;: votre utilisateur de base de données {user} peut lire cette base de données mais pas la modifier. Pour pouvoir la modifier, demandez à son propriétaire d&apos;exécuter&#xa0;: assess server setup --editor {name}</translation>
    </message>
    <message>
        <source>Someone else added {names} to this assessment at the same moment, so your edit of {code} was not saved. Make it again.</source>
        <translation>Quelqu&apos;un d&apos;autre a ajouté {names} à cette évaluation au même moment&#xa0;; votre modification de {code} n&apos;a donc pas été enregistrée. Refaites-la.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup file.</source>
        <translation>Ce fichier est la base de données elle-même&#xa0;; choisissez un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>The assessment was called {label} when the package was made.</source>
        <translation>L&apos;évaluation s&apos;appelait {label} lorsque le paquet a été établi.</translation>
    </message>
    <message>
        <source>The backup could not be made: {problem}. Nothing was written.</source>
        <translation>La sauvegarde n&apos;a pas pu être effectuée&#xa0;: {problem}. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {problem}.</source>
        <translation>La sauvegarde n&apos;a pas pu être restaurée&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>La sauvegarde doit être écrite dans un autre fichier que la base de données elle-même.</translation>
    </message>
    <message>
        <source>The code {code} is already used in this assessment (by an item or an indicator); choose another.</source>
        <translation>Le code {code} est déjà utilisé dans cette évaluation (par un élément ou un indicateur)&#xa0;; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The content of {name} is no longer stored; attach the file again.</source>
        <translation>Le contenu de {name} n&apos;est plus stocké&#xa0;; joignez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>The demo can only be built into an empty database; this one has assessments.</source>
        <translation>La démo ne peut être créée que dans une base de données vide&#xa0;; celle-ci contient des évaluations.</translation>
    </message>
    <message>
        <source>The desktop window cannot start: {problem}. Reinstall Assess (see README).</source>
        <translation>Impossible de démarrer la fenêtre de l&apos;application&#xa0;: {problem}. Réinstallez Assess (voir le fichier README).</translation>
    </message>
    <message>
        <source>The disk holding {database} is full. Free some space and try again.</source>
        <translation>Le disque qui contient {database} est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: {name} could not be written and nothing was left behind. Free some space or choose another drive.</source>
        <translation>Le disque est plein&#xa0;: {name} n&apos;a pas pu être écrit et aucun fichier partiel n&apos;a été laissé. Libérez de l&apos;espace ou choisissez un autre lecteur.</translation>
    </message>
    <message>
        <source>The disk of the server holding {database} is full. Tell the server&apos;s administrator.</source>
        <translation>Le disque du serveur qui héberge {database} est plein. Prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The evidence file {file} does not match its SHA-256 or size: it was changed or damaged after it was packaged. Nothing was imported; ask the sender for the package again.</source>
        <translation>Le fichier justificatif {file} ne correspond pas à son empreinte SHA-256 ou à sa taille&#xa0;: il a été modifié ou endommagé après sa mise en paquet. Rien n&apos;a été importé&#xa0;; demandez de nouveau le paquet à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The evidence file {file} holds more than the {size} bytes it was announced with; nothing was imported.</source>
        <translation>Le fichier justificatif {file} contient plus que les {size} octets annoncés&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The figure {value} of {code} for {period} {problem} in the unit {unit}; change or remove it first.</source>
        <translation>Le chiffre {value} de {code} pour {period} ne convient pas à l&apos;unité {unit} ({problem})&#xa0;; modifiez-le ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The figures of {code} for {period} were changed by {user} since you opened them, so your edit was not saved. Look at them and make your edit again.</source>
        <translation>Les chiffres de {code} pour {period} ont été modifiés par {user} depuis que vous les avez ouverts&#xa0;; votre modification n&apos;a donc pas été enregistrée. Regardez-les et refaites votre modification.</translation>
    </message>
    <message>
        <source>The first line of the password file {path} is empty; write the password there.</source>
        <translation>La première ligne du fichier de mot de passe {path} est vide&#xa0;; écrivez-y le mot de passe.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another place.</source>
        <translation>Le dossier {folder} n&apos;existe pas&#xa0;; créez-le d&apos;abord ou choisissez un autre emplacement.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first.</source>
        <translation>Le dossier {folder} n&apos;existe pas&#xa0;; créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The font file {pattern} is missing from {folder}; reinstall Assess (see README).</source>
        <translation>Le fichier de police {pattern} est absent de {folder}&#xa0;; réinstallez Assess (voir le fichier README).</translation>
    </message>
    <message>
        <source>The group roles {editor} and {viewer} do not exist yet and {user} may not create roles. Run setup once as a user with CREATEROLE (for example postgres), or create them: CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</source>
        <translation>Les rôles de groupe {editor} et {viewer} n&apos;existent pas encore et {user} n&apos;est pas autorisé à créer des rôles. Exécutez setup une fois avec un utilisateur disposant de CREATEROLE (par exemple postgres), ou créez-les&#xa0;: CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The indicator {code} needs a name.</source>
        <translation>L&apos;indicateur {code} doit avoir un nom.</translation>
    </message>
    <message>
        <source>The package has a figure this assessment cannot hold ({problem}); nothing was merged. Change the indicator here first.</source>
        <translation>Le paquet contient un chiffre que cette évaluation ne peut pas recevoir ({problem})&#xa0;; rien n&apos;a été fusionné. Modifiez d&apos;abord l&apos;indicateur ici.</translation>
    </message>
    <message>
        <source>The package has figures of {code}, an indicator this assessment does not have; nothing was merged.</source>
        <translation>Le paquet contient des chiffres de {code}, un indicateur que cette évaluation n&apos;a pas&#xa0;; rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>The package holds item {code}, which framework {framework} {version} in this database does not have as an assessable item; nothing was imported.</source>
        <translation>Le paquet contient l&apos;élément {code}, qui ne figure pas comme élément évaluable dans le cadre {framework} {version} de cette base de données&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The package scores {code} {value}, off this assessment&apos;s scale ({low} to {high}); nothing was merged.</source>
        <translation>Le paquet attribue à {code} la note {value}, hors du barème de cette évaluation ({low} à {high})&#xa0;; rien n&apos;a été fusionné.</translation>
    </message>
    <message>
        <source>The package&apos;s indicator {code} is defined differently here; it stays as it is here.</source>
        <translation>L&apos;indicateur {code} du paquet est défini autrement ici&#xa0;; il reste tel qu&apos;il est ici.</translation>
    </message>
    <message>
        <source>The password does not open {label} (a wrong password, or the file was altered); nothing was changed. Check the password file.</source>
        <translation>Le mot de passe ne permet pas d&apos;ouvrir {label} (mot de passe erroné ou fichier modifié)&#xa0;; rien n&apos;a été modifié. Vérifiez le fichier de mot de passe.</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>Le fichier de mot de passe {path} n&apos;est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>The period {value} ends before it starts; give the first day, then the last.</source>
        <translation>La période {value} se termine avant de commencer&#xa0;; donnez le premier jour, puis le dernier.</translation>
    </message>
    <message>
        <source>The period {value} lies outside the years {earliest} to {latest}; check the year.</source>
        <translation>La période {value} se situe hors des années {earliest} à {latest}&#xa0;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>The report font package {package} is not installed; reinstall Assess (see README).</source>
        <translation>Le paquet de polices du rapport {package} n&apos;est pas installé&#xa0;; réinstallez Assess (voir le fichier README).</translation>
    </message>
    <message>
        <source>The server holding {database} cancelled this request (it took too long, or an administrator stopped it); nothing was saved. Try again.</source>
        <translation>Le serveur qui héberge {database} a annulé cette requête (elle a pris trop de temps ou un administrateur l&apos;a interrompue)&#xa0;; rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The server holding {database} has too many connections open. Try again in a moment.</source>
        <translation>Le serveur qui héberge {database} a trop de connexions ouvertes. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The stored copy of {name} does not match its SHA-256; it was not saved.</source>
        <translation>La copie stockée de {name} ne correspond pas à son empreinte SHA-256&#xa0;; elle n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The stored evidence file {name} no longer matches its SHA-256; the database may be damaged. No package was written.</source>
        <translation>Le fichier justificatif stocké {name} ne correspond plus à son empreinte SHA-256&#xa0;; la base de données est peut-être endommagée. Aucun paquet n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The target must lie on the scale, {low} to {high}.</source>
        <translation>La cible doit se situer sur le barème, de {low} à {high}.</translation>
    </message>
    <message>
        <source>The target of {code} is refused; {problem}.</source>
        <translation>La cible de {code} est refusée&#xa0;; {problem}.</translation>
    </message>
    <message>
        <source>The {what} is required.</source>
        <translation>Le champ «&#xa0;{what}&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters; at most {limit}).</source>
        <translation>Le champ «&#xa0;{what}&#xa0;» est trop long ({length} caractères&#xa0;; {limit} au maximum).</translation>
    </message>
    <message>
        <source>The {what} score {value} is not a whole number from {low} to {high}.</source>
        <translation>La note {value} {what} n&apos;est pas un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>The {what} score {value} is off the scale; use {low} to {high}.</source>
        <translation>La note {value} {what} est hors barème&#xa0;; utilisez une valeur de {low} à {high}.</translation>
    </message>
    <message>
        <source>There is no assessment {number} in this database; see the ids with: assess list</source>
        <translation>Il n&apos;y a pas d&apos;évaluation {number} dans cette base de données&#xa0;; consultez les identifiants avec&#xa0;: assess list</translation>
    </message>
    <message>
        <source>There is no database at {target} yet; nothing was created.</source>
        <translation>Il n&apos;y a pas encore de base de données à l&apos;emplacement {target}&#xa0;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>There is no evidence {number}; it may have been removed.</source>
        <translation>Il n&apos;y a pas de justificatif {number}&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>There is no indicator {code} in this assessment (indicators: {known}). See them with: assess data show ASSESSMENT</source>
        <translation>Il n&apos;y a pas d&apos;indicateur {code} dans cette évaluation (indicateurs&#xa0;: {known}). Consultez-les avec&#xa0;: assess data show ASSESSMENT</translation>
    </message>
    <message>
        <source>There is no item {code} in {framework} {version}. Item codes look like PROS-1, PROS-1.i, PROT-5, WG-11.b; see them with: assess framework show</source>
        <translation>Il n&apos;y a pas d&apos;élément {code} dans {framework} {version}. Les codes d&apos;élément se présentent ainsi&#xa0;: PROS-1, PROS-1.i, PROT-5, WG-11.b&#xa0;; consultez-les avec&#xa0;: assess framework show</translation>
    </message>
    <message>
        <source>There is no own indicator {code} in assessment {number}.</source>
        <translation>Il n&apos;y a pas d&apos;indicateur propre {code} dans l&apos;évaluation {number}.</translation>
    </message>
    <message>
        <source>There is no role {roles} on the server. Create each person&apos;s login first, for example: CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; then run setup again.</source>
        <translation>Le rôle {roles} n&apos;existe pas sur le serveur. Créez d&apos;abord l&apos;identifiant de connexion de chaque personne, par exemple&#xa0;: CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; puis relancez setup.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Cette base de données</translation>
    </message>
    <message>
        <source>This package was written by a newer release of Assess (package format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>Ce paquet a été écrit par une version plus récente d&apos;Assess (format de paquet {version}&#xa0;; la présente version lit le format {supported}). Installez la version plus récente pour l&apos;importer&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Unknown command {command}; see assess --help.</source>
        <translation>Commande {command} inconnue&#xa0;; voir assess --help.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; use a4 or letter.</source>
        <translation>Format de papier {paper} inconnu&#xa0;; utilisez a4 ou letter.</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {choices}.</source>
        <translation>Pilier {pillars} inconnu&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {roots}.</source>
        <translation>Pilier {pillars} inconnu&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: {roots}.</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium or low.</source>
        <translation>Priorité {priority} inconnue&#xa0;; utilisez high, medium ou low.</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium, low or none.</source>
        <translation>Priorité {priority} inconnue&#xa0;; utilisez high, medium, low ou none.</translation>
    </message>
    <message>
        <source>Unknown report format {format}; use one of {formats}.</source>
        <translation>Format de rapport {format} inconnu&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: {formats}.</translation>
    </message>
    <message>
        <source>Unknown sslmode {sslmode}; use one of {modes}.</source>
        <translation>Valeur de sslmode {sslmode} inconnue&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: {modes}.</translation>
    </message>
    <message>
        <source>Unknown status {status}; use one of {statuses}.</source>
        <translation>Statut {status} inconnu&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: {statuses}.</translation>
    </message>
    <message>
        <source>Unknown unit {unit}; use one of {units}.</source>
        <translation>Unité inconnue {unit}&#xa0;; utilisez l&apos;une des suivantes&#xa0;: {units}.</translation>
    </message>
    <message>
        <source>Unsupported database {backend}: use an SQLite file path or a postgresql:// URL.</source>
        <translation>Base de données {backend} non prise en charge&#xa0;: utilisez le chemin d&apos;un fichier SQLite ou une URL postgresql://.</translation>
    </message>
    <message>
        <source>Give one --by at a time: figures are broken down by one dimension at a time (a figure for {one}, another for {other}), not by combinations.</source>
        <translation>Donnez un seul --by à la fois&#xa0;: les chiffres sont ventilés selon une dimension à la fois (un chiffre pour {one}, un autre pour {other}), pas selon des combinaisons.</translation>
    </message>
    <message>
        <source>Unknown direction {direction}; use one of {choices}.</source>
        <translation>Sens inconnu {direction}&#xa0;; utilisez l&apos;un des suivants&#xa0;: {choices}.</translation>
    </message>
    <message>
        <source>Write --by as DIMENSION=CATEGORY, for example {example}.</source>
        <translation>Écrivez --by sous la forme DIMENSION=CATÉGORIE, par exemple {example}.</translation>
    </message>
    <message>
        <source>Writing the package was cancelled; no file was written.</source>
        <translation>L&apos;écriture du paquet a été annulée&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>une barre oblique inverse</translation>
    </message>
    <message>
        <source>a count must be a whole number</source>
        <translation>une valeur de comptage doit être un nombre entier</translation>
    </message>
    <message>
        <source>a path that leaves the package</source>
        <translation>un chemin qui sort du paquet</translation>
    </message>
    <message>
        <source>a percentage must lie between 0 and 100</source>
        <translation>un pourcentage doit être compris entre 0 et 100</translation>
    </message>
    <message>
        <source>a response marked N/A must have no scores and a justification</source>
        <translation>une réponse déclarée sans objet ne doit comporter aucune note et doit être motivée</translation>
    </message>
    <message>
        <source>a suggestion is not quoted from a source; remove &quot;source&quot; or make the provenance &quot;source&quot;</source>
        <translation>une suggestion n&apos;est pas citée d&apos;une source&#xa0;; supprimez &quot;source&quot; ou indiquez la provenance &quot;source&quot;</translation>
    </message>
    <message>
        <source>a yes/no figure must be 1 (yes) or 0 (no)</source>
        <translation>une valeur oui/non doit être 1 (oui) ou 0 (non)</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>un chemin absolu</translation>
    </message>
    <message>
        <source>an empty or &apos;.&apos; path part</source>
        <translation>un segment de chemin vide ou égal à «&#xa0;.&#xa0;»</translation>
    </message>
    <message>
        <source>an item cannot be linked to itself</source>
        <translation>un élément ne peut pas être lié à lui-même</translation>
    </message>
    <message>
        <source>assess server setup is for a shared PostgreSQL database: give it with --db postgresql+psycopg://OWNER@HOST/DATABASE. An SQLite file needs no roles.</source>
        <translation>assess server setup s&apos;applique à une base de données PostgreSQL partagée&#xa0;: indiquez-la avec --db postgresql+psycopg://OWNER@HOST/DATABASE. Un fichier SQLite n&apos;a pas besoin de rôles.</translation>
    </message>
    <message>
        <source>byte {position}</source>
        <translation>octet {position}</translation>
    </message>
    <message>
        <source>characters a package member never has</source>
        <translation>des caractères qu&apos;une entrée de paquet ne comporte jamais</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>des caractères de contrôle</translation>
    </message>
    <message>
        <source>country or entity</source>
        <translation>pays ou entité</translation>
    </message>
    <message>
        <source>dimension {dimension} is listed twice</source>
        <translation>la dimension {dimension} figure deux fois</translation>
    </message>
    <message>
        <source>dimension {dimension} is not declared under dimensions</source>
        <translation>la dimension {dimension} n&apos;est pas déclarée sous dimensions</translation>
    </message>
    <message>
        <source>entries of provenance &quot;suggestion&quot; need &quot;suggestion_note&quot;, saying whose suggestions they are</source>
        <translation>les entrées de provenance &quot;suggestion&quot; exigent &quot;suggestion_note&quot;, qui dit de qui viennent ces suggestions</translation>
    </message>
    <message>
        <source>every value from {low} to {high} needs exactly one level</source>
        <translation>chaque valeur de {low} à {high} doit avoir exactement un niveau</translation>
    </message>
    <message>
        <source>expected a JSON object describing a framework</source>
        <translation>un objet JSON décrivant un cadre était attendu</translation>
    </message>
    <message>
        <source>has {count} entries; at least {limit} are needed</source>
        <translation>compte {count} entrées&#xa0;; il en faut au moins {limit}</translation>
    </message>
    <message>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>compte {count} entrées&#xa0;; {limit} au maximum sont autorisées</translation>
    </message>
    <message>
        <source>holds fields this format does not have</source>
        <translation>contient des champs que ce format ne prévoit pas</translation>
    </message>
    <message>
        <source>indicator&apos;s definition</source>
        <translation>définition de l&apos;indicateur</translation>
    </message>
    <message>
        <source>indicator&apos;s name</source>
        <translation>nom de l&apos;indicateur</translation>
    </message>
    <message>
        <source>is not a valid value here</source>
        <translation>valeur non valide à cet endroit</translation>
    </message>
    <message>
        <source>item code {code} is used twice (first at {first})</source>
        <translation>le code d&apos;élément {code} est utilisé deux fois (première occurrence&#xa0;: {first})</translation>
    </message>
    <message>
        <source>items are nested more than {limit} levels deep</source>
        <translation>les éléments sont imbriqués sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>law and institutions</source>
        <translation>en droit et dans les institutions</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>droit {law}, pratique {practice}</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}, rationale {rationale}</source>
        <translation>droit {law}, pratique {practice}, justification {rationale}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>marks the {field} as editorial, but the item has no {field}</source>
        <translation>marque {field} comme rédactionnel, mais l&apos;élément n&apos;a pas de {field}</translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation>min doit être inférieur à max</translation>
    </message>
    <message>
        <source>more than {limit} items</source>
        <translation>plus de {limit} éléments</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be {versions}, a format version this release reads</source>
        <translation>doit valoir {versions}, une version du format que la présente version d&apos;Assess lit</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>needs at least one of {names}</source>
        <translation>doit contenir au moins l&apos;un des champs suivants&#xa0;: {names}</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>prochaine étape</translation>
    </message>
    <message>
        <source>no item is assessable, so there is nothing to score</source>
        <translation>aucun élément n&apos;est évaluable&#xa0;: il n&apos;y a donc rien à noter</translation>
    </message>
    <message>
        <source>no such file; check the path</source>
        <translation>fichier introuvable&#xa0;; vérifiez le chemin d&apos;accès</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not an Assess framework file (expected &quot;format&quot;: &quot;assess-framework&quot;)</source>
        <translation>ce n&apos;est pas un fichier de cadre Assess (attendu&#xa0;: &quot;format&quot;: &quot;assess-framework&quot;)</translation>
    </message>
    <message>
        <source>not valid JSON for a framework: a number has far too many digits</source>
        <translation>JSON non valide pour un cadre&#xa0;: un nombre comporte beaucoup trop de chiffres</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>JSON non valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>not_applicable must be true or false.</source>
        <translation>not_applicable doit valoir true ou false.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>dans la pratique</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>quality note</source>
        <translation>note de qualité</translation>
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
        <source>score in law and institutions</source>
        <translation>note en droit et dans les institutions</translation>
    </message>
    <message>
        <source>score in practice</source>
        <translation>note dans la pratique</translation>
    </message>
    <message>
        <source>scores or N/A</source>
        <translation>notes ou sans objet</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>tag {tag} names no item</source>
        <translation>l&apos;étiquette {tag} ne désigne aucun élément</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>technical assistance needed</source>
        <translation>assistance technique nécessaire</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (items may be nested at most {limit} levels)</source>
        <translation>le JSON est imbriqué trop profondément (les éléments peuvent être imbriqués sur {limit} niveaux au maximum)</translation>
    </message>
    <message>
        <source>the code {code} is already used at {first}; give each indicator a code of its own</source>
        <translation>le code {code} est déjà utilisé à {first}&#xa0;; donnez à chaque indicateur un code qui lui soit propre</translation>
    </message>
    <message>
        <source>the default target must lie on the scale</source>
        <translation>la cible par défaut doit se situer sur le barème</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>impossible de lire le fichier (autorisation refusée)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>impossible de lire le fichier ({reason})</translation>
    </message>
    <message>
        <source>the file is empty; a framework file is a JSON object</source>
        <translation>le fichier est vide&#xa0;; un fichier de cadre est un objet JSON</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 JSON</source>
        <translation>le fichier n&apos;est pas un texte UTF-8&#xa0;; enregistrez-le en JSON UTF-8</translation>
    </message>
    <message>
        <source>the file is {size}; a framework file may be at most {limit}</source>
        <translation>le fichier fait {size}&#xa0;; un fichier de cadre ne peut pas dépasser {limit}</translation>
    </message>
    <message>
        <source>the provenance is &quot;source&quot; but no source is given; add &quot;source&quot; or make the provenance &quot;suggestion&quot;</source>
        <translation>la provenance est &quot;source&quot; mais aucune source n&apos;est indiquée&#xa0;; ajoutez &quot;source&quot; ou indiquez la provenance &quot;suggestion&quot;</translation>
    </message>
    <message>
        <source>the text contains an invalid character (a lone \ud800-\udfff escape); fix or remove it</source>
        <translation>le texte contient un caractère non valide (une séquence d&apos;échappement \ud800-\udfff isolée)&#xa0;; corrigez-le ou supprimez-le</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit} are allowed</source>
        <translation>le texte compte {length} caractères&#xa0;; {limit} au maximum sont autorisés</translation>
    </message>
    <message>
        <source>this is a folder, not a framework file</source>
        <translation>il s&apos;agit d&apos;un dossier, et non d&apos;un fichier de cadre</translation>
    </message>
    <message>
        <source>this is not a valid file name</source>
        <translation>ce nom de fichier n&apos;est pas valide</translation>
    </message>
    <message>
        <source>this is not an ordinary file; choose a framework .json file</source>
        <translation>ce n&apos;est pas un fichier ordinaire&#xa0;; choisissez un fichier de cadre .json</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau racine</translation>
    </message>
    <message>
        <source>unknown addressee {addressee}; declare it under addressees</source>
        <translation>destinataire {addressee} inconnu&#xa0;; déclarez-le sous addressees</translation>
    </message>
    <message>
        <source>unknown disaggregation dimension {dimension}; declare it under &quot;disaggregations&quot;</source>
        <translation>dimension de ventilation {dimension} inconnue&#xa0;; déclarez-la sous &quot;disaggregations&quot;</translation>
    </message>
    <message>
        <source>unknown kind {kind}; declare it under kinds</source>
        <translation>type {kind} inconnu&#xa0;; déclarez-le sous kinds</translation>
    </message>
    <message>
        <source>unknown source document {document}</source>
        <translation>document source {document} inconnu</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep</source>
        <translation>les valeurs sont imbriquées sur plus de {limit} niveaux</translation>
    </message>
    <message>
        <source>write a year (2024) or a range of dates, first and last day (2024-01-01/2024-06-30)</source>
        <translation>écrivez une année (2024) ou une plage de dates, premier et dernier jour (2024-01-01/2024-06-30)</translation>
    </message>
    <message>
        <source>write digits with a point for decimals, for example 1250 or 12.5</source>
        <translation>écrivez des chiffres avec un point pour les décimales, par exemple 1250 ou 12.5</translation>
    </message>
    <message>
        <source>written for format version {version}; this release reads version {supported}. Update Assess to load it</source>
        <translation>fichier écrit pour la version {version} du format, alors que la présente version d&apos;Assess lit la version {supported}. Mettez Assess à jour pour le charger</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension}</source>
        <translation>{category} n&apos;est pas une catégorie de {dimension}</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} (categories: {known}).</source>
        <translation>{category} n&apos;est pas une catégorie de {dimension} (catégories&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} for {code}; its categories are {known}.</source>
        <translation>{category} n&apos;est pas une catégorie de {dimension} pour {code}&#xa0;; ses catégories sont {known}.</translation>
    </message>
    <message>
        <source>{code} cannot be an indicator code: use 1 to 60 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a capital letter or a digit, for example OWN-1.</source>
        <translation>{code} ne peut pas être un code d&apos;indicateur&#xa0;: utilisez de 1 à 60 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une majuscule ou un chiffre, par exemple OWN-1.</translation>
    </message>
    <message>
        <source>{code} cannot be both N/A and scored; give either scores or N/A with a reason.</source>
        <translation>{code} ne peut pas être à la fois sans objet et noté&#xa0;; indiquez soit des notes, soit «&#xa0;sans objet&#xa0;» avec un motif.</translation>
    </message>
    <message>
        <source>{code} has a figure for {period} by {dimension} = {category}; remove it before leaving that category out.</source>
        <translation>{code} a un chiffre pour {period} par {dimension} = {category}&#xa0;; supprimez-le avant d&apos;écarter cette catégorie.</translation>
    </message>
    <message>
        <source>{code} has no breakdowns, only a total; record its figure without a dimension.</source>
        <translation>{code} n&apos;a pas de ventilation, seulement un total&#xa0;; enregistrez son chiffre sans dimension.</translation>
    </message>
    <message>
        <source>{code} holds figures for {count} periods; remove them before removing the indicator.</source>
        <translation>{code} contient des chiffres pour {count} périodes&#xa0;; supprimez-les avant de supprimer l&apos;indicateur.</translation>
    </message>
    <message>
        <source>{code} is an indicator of the framework; only the team&apos;s own indicators can be changed.</source>
        <translation>{code} est un indicateur du cadre&#xa0;; seuls les indicateurs propres à l&apos;équipe peuvent être modifiés.</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>{code} relève du contexte et n&apos;est pas un élément évaluable&#xa0;; indiquez des codes d&apos;éléments évaluables, tels que PROS-1.i ou WG-11.b.</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; it cannot be scored.</source>
        <translation>{code} relève du contexte et n&apos;est pas un élément évaluable&#xa0;; il ne peut pas être noté.</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>{code} n&apos;est pas un élément de ce cadre&#xa0;; indiquez des codes d&apos;éléments évaluables, tels que PROS-1.i ou WG-11.b.</translation>
    </message>
    <message>
        <source>{code} is not broken down by {dimension}; its dimensions are {known}.</source>
        <translation>{code} n&apos;est pas ventilé par {dimension}&#xa0;; ses dimensions sont {known}.</translation>
    </message>
    <message>
        <source>{code} is not one of the assessment&apos;s own indicators; only those can be changed.</source>
        <translation>{code} n&apos;est pas un indicateur propre à l&apos;évaluation&#xa0;; seuls ceux-ci peuvent être modifiés.</translation>
    </message>
    <message>
        <source>{code} names no item</source>
        <translation>{code} ne désigne aucun élément</translation>
    </message>
    <message>
        <source>{code} was changed by someone else since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>{code} a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert&#xa0;; votre modification n&apos;a donc pas été enregistrée. Contenu actuel&#xa0;: {state}. Vérifiez-le et refaites votre modification.</translation>
    </message>
    <message>
        <source>{code} was changed by {user} since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>{code} a été modifié par {user} depuis que vous l&apos;avez ouvert&#xa0;; votre modification n&apos;a donc pas été enregistrée. Contenu actuel&#xa0;: {state}. Vérifiez-le et refaites votre modification.</translation>
    </message>
    <message>
        <source>{code} was changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>{code} a été modifié ici après la préparation de la fusion&#xa0;; rien n&apos;a été fusionné. Préparez de nouveau la fusion.</translation>
    </message>
    <message>
        <source>{code} {period}, {where}: {value} is refused; {problem}.</source>
        <translation>{code} {period}, {where}&#xa0;: {value} est refusé&#xa0;; {problem}.</translation>
    </message>
    <message>
        <source>{code} {period}: a breakdown by {dimension} (adding up to {sum}) but no total.</source>
        <translation>{code} {period}&#xa0;: une ventilation par {dimension} (soit {sum}) mais pas de total.</translation>
    </message>
    <message>
        <source>{code} {period}: the breakdown by {dimension} adds up to {sum}, not to the total {total}.</source>
        <translation>{code} {period}&#xa0;: la ventilation par {dimension} donne {sum}, et non le total {total}.</translation>
    </message>
    <message>
        <source>{code}: {fields}</source>
        <translation>{code}&#xa0;: {fields}</translation>
    </message>
    <message>
        <source>{count} changes conflict and were not settled ({conflicts}); nothing was merged. Choose mine or theirs for each.</source>
        <translation>{count} modifications sont en conflit et n&apos;ont pas été tranchées ({conflicts})&#xa0;; rien n&apos;a été fusionné. Choisissez «&#xa0;Ma version&#xa0;» ou «&#xa0;Leur version&#xa0;» pour chacune.</translation>
    </message>
    <message>
        <source>{count} items in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>{count} éléments en conflit ({codes})&#xa0;; rien n&apos;a été fusionné. Tranchez tous les conflits avec --take mine ou --take theirs, ou un par un dans la fenêtre (Fichier &gt; Importer une contribution…).</translation>
    </message>
    <message>
        <source>{database} cannot be opened: {reason}.</source>
        <translation>Impossible d&apos;ouvrir {database}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{database} holds an older Assess schema ({revision}; this release needs {wanted}) that only its owner ({owner}) may upgrade; your database user is {user}. Ask the database owner to run: assess server setup --db URL. Nothing was changed.</source>
        <translation>{database} contient un schéma Assess plus ancien ({revision}&#xa0;; la présente version requiert {wanted}) que seul son propriétaire ({owner}) peut mettre à niveau&#xa0;; votre utilisateur de base de données est {user}. Demandez au propriétaire de la base de données d&apos;exécuter&#xa0;: assess server setup --db URL. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{database} holds no Assess tables yet, and your database user {user} may not create them. Ask the database owner to run: assess server setup --db URL</source>
        <translation>{database} ne contient encore aucune table Assess, et votre utilisateur de base de données {user} n&apos;est pas autorisé à les créer. Demandez au propriétaire de la base de données d&apos;exécuter&#xa0;: assess server setup --db URL</translation>
    </message>
    <message>
        <source>{database} is a database, but not an Assess database (it has tables {tables}). Choose another file; nothing was changed.</source>
        <translation>{database} est une base de données, mais pas une base de données Assess (elle contient les tables {tables}). Choisissez un autre fichier&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{database} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>{database} est occupée&#xa0;: un autre programme est en train d&apos;y écrire. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{database} is damaged or is not an Assess database. Restore it from a backup; nothing was changed.</source>
        <translation>{database} est endommagée ou n&apos;est pas une base de données Assess. Restaurez-la à partir d&apos;une sauvegarde&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{database} is read-only. Copy it somewhere you can write.</source>
        <translation>{database} est en lecture seule. Copiez-la dans un emplacement accessible en écriture.</translation>
    </message>
    <message>
        <source>{database} was written by a newer release of Assess (schema {revision}). Install the newer release to open it; nothing was changed.</source>
        <translation>{database} a été écrite par une version plus récente d&apos;Assess (schéma {revision}). Installez la version plus récente pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{database}: someone else was saving at the same moment, so this change was not saved. Try again.</source>
        <translation>{database}&#xa0;: quelqu&apos;un d&apos;autre enregistrait au même moment&#xa0;; cette modification n&apos;a donc pas été enregistrée. Réessayez.</translation>
    </message>
    <message>
        <source>{database}: the database reported an error: {reason}</source>
        <translation>{database}&#xa0;: la base de données a signalé une erreur&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{database}: the server refused ({reason}). Your database user may not do this; the database owner grants access with: assess server setup --editor USER or --viewer USER</source>
        <translation>{database}&#xa0;: le serveur a refusé ({reason}). Votre utilisateur de base de données n&apos;est pas autorisé à effectuer cette opération&#xa0;; le propriétaire de la base de données accorde l&apos;accès avec&#xa0;: assess server setup --editor USER ou --viewer USER</translation>
    </message>
    <message>
        <source>{date} is not a valid date</source>
        <translation>{date} n&apos;est pas une date valide</translation>
    </message>
    <message>
        <source>{dimension} is not a dimension of this framework (dimensions: {known}).</source>
        <translation>{dimension} n&apos;est pas une dimension de ce cadre (dimensions&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>{field} belongs to format version 2; set format_version to 2 to use it</source>
        <translation>{field} fait partie de la version 2 du format&#xa0;; mettez format_version à 2 pour l&apos;utiliser</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>le champ {field} est absent</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{file} existe déjà&#xa0;; choisissez un autre nom de fichier (rien n&apos;a été écrasé).</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name for the demo database.</source>
        <translation>{file} existe déjà&#xa0;; choisissez un autre nom de fichier pour la base de données de démo.</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>Impossible de lire {file} (autorisation refusée).</translation>
    </message>
    <message>
        <source>{file} cannot be read as a database ({problem}); nothing was changed.</source>
        <translation>Impossible de lire {file} comme base de données ({problem})&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {problem}.</source>
        <translation>Impossible de lire {file}&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>{file} does not exist or is not a file.</source>
        <translation>{file} n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>{file} does not exist; check the path.</source>
        <translation>{file} n&apos;existe pas&#xa0;; vérifiez le chemin d&apos;accès.</translation>
    </message>
    <message>
        <source>{file} is a folder; attach the files in it one by one.</source>
        <translation>{file} est un dossier&#xa0;; joignez un par un les fichiers qu&apos;il contient.</translation>
    </message>
    <message>
        <source>{file} is a folder; give the name of the backup file to write.</source>
        <translation>{file} est un dossier&#xa0;; indiquez le nom du fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database, but not an Assess database; nothing was changed.</source>
        <translation>{file} est une base de données SQLite, mais pas une base de données Assess&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} is damaged (no answer); nothing was changed.</source>
        <translation>{file} est endommagé (la vérification d&apos;intégrité n&apos;a donné aucune réponse)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); nothing was changed.</source>
        <translation>{file} est endommagé ({problem})&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} is in use by another program; close Assess there and restore again. Nothing was changed.</source>
        <translation>{file} est utilisé par un autre programme&#xa0;; fermez-y Assess et relancez la restauration. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{file} is not an Assess database (it is not an SQLite file); nothing was changed.</source>
        <translation>{file} n&apos;est pas une base de données Assess (ce n&apos;est pas un fichier SQLite)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{file} was made from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it came from, or import it as a new assessment.</source>
        <translation>{file} a été établi à partir d&apos;une autre évaluation ({label}, créée le {created} UTC), et non de l&apos;évaluation {number} ({own_label})&#xa0;; rien n&apos;a été fusionné. Fusionnez-le dans l&apos;évaluation dont il provient, ou importez-le comme nouvelle évaluation.</translation>
    </message>
    <message>
        <source>{file} was made on framework {framework} {version}, but assessment {number} uses {own_framework} {own_version}; nothing was merged. Import it as a new assessment instead.</source>
        <translation>{file} a été établi sur le cadre {framework} {version}, mais l&apos;évaluation {number} utilise {own_framework} {own_version}&#xa0;; rien n&apos;a été fusionné. Importez-le plutôt comme nouvelle évaluation.</translation>
    </message>
    <message>
        <source>{file}, at {location}: {problem}</source>
        <translation>{file}, {location}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file}, row {row}: a different {column} for {code} {period} than on row {first}; give it once, on the total&apos;s row. Nothing was imported.</source>
        <translation>{file}, ligne {row}&#xa0;: une colonne {column} différente pour {code} {period} de celle de la ligne {first}&#xa0;; donnez-la une seule fois, sur la ligne du total. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problem} Nothing was imported.</source>
        <translation>{file}, ligne {row}&#xa0;: {problem} Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{file}, rows {first} and {row} give two figures for the same {code} {period} {what}. Nothing was imported.</source>
        <translation>{file}, les lignes {first} et {row} donnent deux chiffres pour le même {code} {period} {what}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}&#xa0;; {rest}</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose another place for the report.</source>
        <translation>{folder} n&apos;est pas un dossier&#xa0;; choisissez un autre emplacement pour le rapport.</translation>
    </message>
    <message>
        <source>{id} is declared twice</source>
        <translation>{id} est déclaré deux fois</translation>
    </message>
    <message>
        <source>{item} is not an item of this assessment&apos;s framework.</source>
        <translation>{item} n&apos;est pas un élément du cadre de cette évaluation.</translation>
    </message>
    <message>
        <source>{label} has a damaged or unsupported password envelope; nothing was changed.</source>
        <translation>L&apos;enveloppe de mot de passe de {label} est endommagée ou n&apos;est pas prise en charge&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{label} has been altered or damaged (part {part} of {count} fails its authentication check). Nothing was imported; ask the sender for the file again.</source>
        <translation>{label} a été modifié ou endommagé (la partie {part} sur {count} échoue à la vérification d&apos;authenticité). Rien n&apos;a été importé&#xa0;; demandez de nouveau le fichier à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete ZIP file). Ask the sender for it again; nothing was imported.</source>
        <translation>{label} est endommagé ou tronqué (ce n&apos;est pas un fichier ZIP complet). Demandez-le de nouveau à l&apos;expéditeur&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is incomplete: it has no {member}. Nothing was imported.</source>
        <translation>{label} est incomplet&#xa0;: il ne contient pas de {member}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is incomplete: its manifest lists {name}, which is missing. Nothing was imported.</source>
        <translation>{label} est incomplet&#xa0;: son manifeste mentionne {name}, qui est absent. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is incomplete: the evidence file {name} of {code} is missing.</source>
        <translation>{label} est incomplet&#xa0;: le fichier justificatif {name} de {code} est absent.</translation>
    </message>
    <message>
        <source>{label} is not a password-protected Assess package.</source>
        <translation>{label} n&apos;est pas un paquet Assess protégé par mot de passe.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess sûr&#xa0;: il contient {count} entrées, alors que {limit} au maximum sont autorisées. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which its manifest does not list. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess sûr&#xa0;: il contient {name}, que son manifeste ne mentionne pas. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which no item refers to. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess sûr&#xa0;: il contient {name}, auquel aucun élément ne renvoie. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its manifest lists {name} twice. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess sûr&#xa0;: son manifeste mentionne deux fois {name}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its {member} is not the framework its manifest names. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess sûr&#xa0;: son entrée {member} n&apos;est pas le cadre désigné par son manifeste. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: the evidence file {name} of {code} has two different sizes. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess sûr&#xa0;: le fichier justificatif {name} de {code} a deux tailles différentes. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} holds more than it declares. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess sûr&#xa0;: {name} contient plus de données qu&apos;il n&apos;en déclare. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is not named after its SHA-256. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess sûr&#xa0;: le nom de {name} ne correspond pas à son empreinte SHA-256. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is {size} bytes, but its manifest says {declared}. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess sûr&#xa0;: {name} fait {size} octets, alors que son manifeste indique {declared}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not an Assess package (it is not a ZIP file). Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess (ce n&apos;est pas un fichier ZIP). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not an Assess package: it has no {member}. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un paquet Assess&#xa0;: il ne contient pas de {member}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is protected by a password; give the password to open it (on the command line: --password-file FILE).</source>
        <translation>{label} est protégé par un mot de passe&#xa0;; indiquez le mot de passe pour l&apos;ouvrir (en ligne de commande&#xa0;: --password-file FILE).</translation>
    </message>
    <message>
        <source>{label} is truncated (its last encrypted part is incomplete). Ask for the file again.</source>
        <translation>{label} est tronqué (sa dernière partie chiffrée est incomplète). Demandez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>{label} is truncated: its password envelope is incomplete. Ask for the file again.</source>
        <translation>{label} est tronqué&#xa0;: son enveloppe de mot de passe est incomplète. Demandez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>{label} was protected by a newer release of Assess (envelope version {version}). Install the newer release to open it; nothing was changed.</source>
        <translation>{label} a été protégé par une version plus récente d&apos;Assess (version d&apos;enveloppe {version}). Installez la version plus récente pour l&apos;ouvrir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{label}: item {code} is scored {value}, off its scale ({low} to {high}). Nothing was imported.</source>
        <translation>{label}&#xa0;: l&apos;élément {code} a la note {value}, hors de son barème ({low} à {high}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem}. Nothing was imported.</source>
        <translation>{label}&#xa0;: élément {code}&#xa0;: {problem}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}&#xa0;: le fichier justificatif {name} ne correspond pas à l&apos;empreinte SHA-256 indiquée dans son manifeste&#xa0;; le paquet a été modifié ou endommagé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} is missing.</source>
        <translation>{label}&#xa0;: le fichier justificatif {name} est absent.</translation>
    </message>
    <message>
        <source>{label}: the figures of {code}: {problem} Nothing was imported.</source>
        <translation>{label}&#xa0;: les chiffres de {code}&#xa0;: {problem} Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: the indicator {code}: {problem} Nothing was imported.</source>
        <translation>{label}&#xa0;: l&apos;indicateur {code}&#xa0;: {problem} Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: the member {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}&#xa0;: l&apos;entrée {name} ne correspond pas à l&apos;empreinte SHA-256 indiquée dans son manifeste&#xa0;; le paquet a été modifié ou endommagé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: {member} defines the indicator {code} twice, or over an item or indicator of its framework. Nothing was imported.</source>
        <translation>{label}&#xa0;: {member} définit l&apos;indicateur {code} deux fois, ou par-dessus un élément ou un indicateur de son cadre. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: {member} gives the figures of {code} for {period} twice. Nothing was imported.</source>
        <translation>{label}&#xa0;: {member} donne deux fois les chiffres de {code} pour {period}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: {member} has figures of {code}, which is no indicator of its framework or of the package. Nothing was imported.</source>
        <translation>{label}&#xa0;: {member} contient des chiffres de {code}, qui n&apos;est un indicateur ni de son cadre ni du paquet. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: {member} holds {code}, which is not an assessable item of its framework.</source>
        <translation>{label}&#xa0;: {member} contient {code}, qui n&apos;est pas un élément évaluable de son cadre.</translation>
    </message>
    <message>
        <source>{label}: {member} lists item {code} twice. Nothing was imported.</source>
        <translation>{label}&#xa0;: {member} mentionne deux fois l&apos;élément {code}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: {name} holds more than the {size} bytes its manifest says.</source>
        <translation>{label}&#xa0;: {name} contient plus que les {size} octets indiqués dans son manifeste.</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Ask the sender for the file again.</source>
        <translation>{label}&#xa0;: {name} est endommagé ({error}). Demandez de nouveau le fichier à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Nothing was imported.</source>
        <translation>{label}&#xa0;: {name} est endommagé ({error}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: {name} is not valid JSON ({error}). Nothing was imported.</source>
        <translation>{label}&#xa0;: {name} n&apos;est pas un fichier JSON valide ({error}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{member} is not part of an Assess package (it does not say format {format}).</source>
        <translation>{member} ne fait pas partie d&apos;un paquet Assess (il n&apos;indique pas le format {format}).</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem}</source>
        <translation>{member}, {where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem} (and {count} more problems)</source>
        <translation>{member}, {where}&#xa0;: {problem} (et {count} autre(s) problème(s))</translation>
    </message>
    <message>
        <source>{member}: {problem}</source>
        <translation>{member}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{member}: {problem} (and {count} more problems)</source>
        <translation>{member}&#xa0;: {problem} (et {count} autre(s) problème(s))</translation>
    </message>
    <message>
        <source>{name} grew past the size limit while it was being read; nothing was added.</source>
        <translation>{name} a dépassé la taille maximale pendant sa lecture&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it.</source>
        <translation>{name} compte plus de {limit} lignes&#xa0;; divisez-le.</translation>
    </message>
    <message>
        <source>{name} has no column {columns} in its first row; fill in the sheet that assess data template writes.</source>
        <translation>{name} n&apos;a pas de colonne {columns} dans sa première ligne&#xa0;; remplissez la feuille qu&apos;écrit assess data template.</translation>
    </message>
    <message>
        <source>{name} is a superuser or owns the Assess tables, so it can always change them and cannot be a viewer. Give each viewer a login role of their own.</source>
        <translation>{name} est un superutilisateur ou le propriétaire des tables Assess&#xa0;: il peut donc toujours les modifier et ne peut pas être lecteur. Attribuez à chaque lecteur son propre rôle de connexion.</translation>
    </message>
    <message>
        <source>{name} is empty; fill in the template from: assess data template</source>
        <translation>{name} est vide&#xa0;; remplissez le modèle obtenu avec&#xa0;: assess data template</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; split it into smaller sheets.</source>
        <translation>{name} dépasse {limit} Mo&#xa0;; divisez-le en feuilles plus petites.</translation>
    </message>
    <message>
        <source>{name} is neither a .csv nor an .xlsx file; give one of those.</source>
        <translation>{name} n&apos;est ni un fichier .csv ni un fichier .xlsx&#xa0;; donnez l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>{name} n&apos;est pas un texte UTF-8&#xa0;; enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{name} is not a valid CSV file ({problem}).</source>
        <translation>{name} n&apos;est pas un fichier CSV valide ({problem}).</translation>
    </message>
    <message>
        <source>{name} is not an XLSX workbook (or it is damaged).</source>
        <translation>{name} n&apos;est pas un classeur XLSX (ou il est endommagé).</translation>
    </message>
    <message>
        <source>{name} is required but missing</source>
        <translation>le champ obligatoire {name} est absent</translation>
    </message>
    <message>
        <source>{name} is {size}; evidence files may be at most {limit}. Attach a smaller extract, or raise the limit (max_evidence_mb in settings.json).</source>
        <translation>{name} fait {size}&#xa0;; les fichiers justificatifs ne peuvent pas dépasser {limit}. Joignez un extrait plus petit ou relevez la limite (max_evidence_mb dans settings.json).</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB; it is not a sheet of figures.</source>
        <translation>{name} occupe plus de {limit} Mo une fois décompressé&#xa0;; ce n&apos;est pas une feuille de chiffres.</translation>
    </message>
    <message>
        <source>{path} (indicator {code})</source>
        <translation>{path} (indicateur {code})</translation>
    </message>
    <message>
        <source>{path} (item {code})</source>
        <translation>{path} (élément {code})</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{path} existe déjà&#xa0;; choisissez un autre nom de fichier (rien n&apos;a été écrasé).</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>Impossible de lire {path} (autorisation refusée).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>Impossible de lire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file; check the path.</source>
        <translation>{path} n&apos;existe pas ou n&apos;est pas un fichier&#xa0;; vérifiez le chemin.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the path.</source>
        <translation>{path} n&apos;existe pas&#xa0;; vérifiez le chemin d&apos;accès.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give the path of a .sqlite file.</source>
        <translation>{path} est un dossier, et non un fichier de base de données. Indiquez le chemin d&apos;un fichier .sqlite.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the package file to write.</source>
        <translation>{path} est un dossier&#xa0;; indiquez le nom du fichier de paquet à écrire.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the report file to write, e.g. {example}</source>
        <translation>{path} est un dossier&#xa0;; indiquez le nom du fichier de rapport à écrire, par exemple {example}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>{path} is not an Assess database (it is not an SQLite file). Check the path; nothing was changed.</source>
        <translation>{path} n&apos;est pas une base de données Assess (ce n&apos;est pas un fichier SQLite). Vérifiez le chemin d&apos;accès&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is read-only. Copy it somewhere you can write, or change its permissions.</source>
        <translation>{path} est en lecture seule. Copiez-le dans un emplacement accessible en écriture ou modifiez ses autorisations.</translation>
    </message>
    <message>
        <source>{path} is too large to be a password file; put the password on its first line.</source>
        <translation>{path} est trop volumineux pour être un fichier de mot de passe&#xa0;; placez le mot de passe sur sa première ligne.</translation>
    </message>
    <message>
        <source>{period}: quality note</source>
        <translation>{period}&#xa0;: note de qualité</translation>
    </message>
    <message>
        <source>{period}: source</source>
        <translation>{period}&#xa0;: source</translation>
    </message>
    <message>
        <source>{period}: total</source>
        <translation>{period}&#xa0;: total</translation>
    </message>
    <message>
        <source>{period}: {dimension} = {category}</source>
        <translation>{period}&#xa0;: {dimension} = {category}</translation>
    </message>
    <message>
        <source>{port} is not a port number (1 to 65535).</source>
        <translation>{port} n&apos;est pas un numéro de port (1 à 65535).</translation>
    </message>
    <message>
        <source>{prefix} cannot start a role name: use lower-case letters, digits and _ (for example assess).</source>
        <translation>{prefix} ne peut pas commencer un nom de rôle&#xa0;: utilisez des lettres minuscules, des chiffres et _ (par exemple assess).</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (et {count} autre(s) problème(s))</translation>
    </message>
    <message>
        <source>{problem}. Nothing was imported.</source>
        <translation>{problem}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{problem}; remove it or check its spelling</source>
        <translation>{problem}&#xa0;; supprimez ce champ ou vérifiez son orthographe</translation>
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
        <source>{size} bytes</source>
        <translation>{size} octets</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.</source>
        <translation>{text} n&apos;est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ, par exemple 2027-06-30.</translation>
    </message>
    <message>
        <source>{url} is not a database URL; expected for example postgresql+psycopg://user@host/db</source>
        <translation>{url} n&apos;est pas une URL de base de données&#xa0;; forme attendue, par exemple&#xa0;: postgresql+psycopg://user@host/db</translation>
    </message>
    <message>
        <source>{value} has too many digits: at most {digits} before the point and {decimals} after.</source>
        <translation>{value} a trop de chiffres&#xa0;: au plus {digits} avant le point et {decimals} après.</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;pt-BR&quot;</source>
        <translation>{value} n&apos;est pas un code de langue tel que &quot;en&quot;, &quot;fr&quot; ou &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>{value} is not a number; {how}.</source>
        <translation>{value} n&apos;est pas un nombre&#xa0;; {how}.</translation>
    </message>
    <message>
        <source>{value} is not a period; {how}.</source>
        <translation>{value} n&apos;est pas une période&#xa0;; {how}.</translation>
    </message>
    <message>
        <source>{value} is not a valid time.</source>
        <translation>{value} n&apos;est pas une heure valide.</translation>
    </message>
    <message>
        <source>{value} is not an assessment id; see the ids with: assess list</source>
        <translation>{value} n&apos;est pas un identifiant d&apos;évaluation&#xa0;; consultez les identifiants avec&#xa0;: assess list</translation>
    </message>
    <message>
        <source>{value} names a day that does not exist; {how}.</source>
        <translation>{value} désigne un jour qui n&apos;existe pas&#xa0;; {how}.</translation>
    </message>
    <message>
        <source>{where}.addressee (item {code})</source>
        <translation>{where}.addressee (élément {code})</translation>
    </message>
    <message>
        <source>{where}.dimensions (item {code})</source>
        <translation>{where}.dimensions (élément {code})</translation>
    </message>
    <message>
        <source>{where}.editorial (item {code})</source>
        <translation>{where}.editorial (élément {code})</translation>
    </message>
    <message>
        <source>{where}.kind (item {code})</source>
        <translation>{where}.kind (élément {code})</translation>
    </message>
    <message>
        <source>{where}.source (item {code})</source>
        <translation>{where}.source (élément {code})</translation>
    </message>
    <message>
        <source>{where}.tags (item {code})</source>
        <translation>{where}.tags (élément {code})</translation>
    </message>
    <message>
        <source>A workbook cannot be protected by a password: the institution could not fill it in. Leave out --password-file, or send a package (.assess) instead.</source>
        <translation>Un classeur ne peut pas être protégé par un mot de passe&#xa0;: l&apos;institution ne pourrait pas le remplir. Retirez --password-file, ou envoyez plutôt un paquet (.assess).</translation>
    </message>
    <message>
        <source>A workbook carries no evidence files.</source>
        <translation>Un classeur ne transporte aucun fichier justificatif.</translation>
    </message>
    <message>
        <source>A workbook has no password; leave out --password-file.</source>
        <translation>Un classeur n&apos;a pas de mot de passe&#xa0;; retirez --password-file.</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from: give --into ASSESSMENT (assess list shows them).</source>
        <translation>Un classeur est fusionné dans l&apos;évaluation dont il a été envoyé&#xa0;: indiquez --into ÉVALUATION (assess list les affiche).</translation>
    </message>
    <message>
        <source>Assess package</source>
        <translation>paquet Assess</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell} holds a formula; its text was taken as typed, never calculated.</source>
        <translation>Feuille {sheet}, cellule {cell}&#xa0;: elle contient une formule&#xa0;; son texte a été repris tel quel, sans jamais être calculé.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell}: the {what} of {code} was changed in the workbook; the change was ignored (the checklist stays as it is).</source>
        <translation>Feuille {sheet}, cellule {cell}&#xa0;: une modification faite dans le classeur ({what} de {code}) a été ignorée (la liste de contrôle reste telle qu&apos;elle est).</translation>
    </message>
    <message>
        <source>Sheet {sheet}: the row of {code} is missing, so nothing was taken for it.</source>
        <translation>Feuille {sheet}&#xa0;: la ligne de {code} manque&#xa0;; rien n&apos;a donc été repris pour cet élément.</translation>
    </message>
    <message>
        <source>The {field} of {code} holds a control character that a spreadsheet cannot hold. Remove it, or send this part as a package. No workbook was written.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» de {code} contient un caractère de contrôle qu&apos;un tableur ne peut pas contenir. Supprimez-le, ou envoyez cette partie sous forme de paquet. Aucun classeur n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The {field} of {code} is {length} characters long; a spreadsheet cell holds at most {limit}. Shorten it, or send this part as a package. No workbook was written.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» de {code} compte {length} caractères&#xa0;; une cellule de tableur en contient au plus {limit}. Raccourcissez-le, ou envoyez cette partie sous forme de paquet. Aucun classeur n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This workbook was written by a newer release of Assess (workbook format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>Ce classeur a été écrit par une version plus récente d&apos;Assess (format de classeur {version}&#xa0;; cette version lit le format {supported}). Installez la version plus récente pour l&apos;importer&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>a reason for N/A is given, but the item is not marked N/A: choose N/A in cell {cell}, or clear this cell</source>
        <translation>un motif «&#xa0;sans objet&#xa0;» est donné, mais l&apos;élément n&apos;est pas marqué sans objet&#xa0;: choisissez «&#xa0;Sans objet&#xa0;» dans la cellule {cell}, ou videz cette cellule</translation>
    </message>
    <message>
        <source>a value in a column Assess did not write</source>
        <translation>une valeur dans une colonne qu&apos;Assess n&apos;a pas écrite</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>justificatif</translation>
    </message>
    <message>
        <source>it holds a formula ({formula}), and formulas are never calculated on import: type the value itself</source>
        <translation>elle contient une formule ({formula}), et les formules ne sont jamais calculées à l&apos;importation&#xa0;: saisissez la valeur elle-même</translation>
    </message>
    <message>
        <source>item text</source>
        <translation>texte de l&apos;élément</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: {problem}</source>
        <translation>feuille {sheet}, cellule {cell}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>the hidden column {column} was changed ({problem})</source>
        <translation>la colonne masquée {column} a été modifiée ({problem})</translation>
    </message>
    <message>
        <source>the hidden columns of this row were changed</source>
        <translation>les colonnes masquées de cette ligne ont été modifiées</translation>
    </message>
    <message>
        <source>the item is marked N/A and also scored ({cells}): clear the scores or the N/A</source>
        <translation>l&apos;élément est marqué sans objet et aussi noté ({cells})&#xa0;: effacez les notes ou la mention sans objet</translation>
    </message>
    <message>
        <source>the item is marked N/A: say why in this cell</source>
        <translation>l&apos;élément est marqué sans objet&#xa0;: indiquez pourquoi dans cette cellule</translation>
    </message>
    <message>
        <source>this row has answers but no item code</source>
        <translation>cette ligne contient des réponses mais aucun code d&apos;élément</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>classeur</translation>
    </message>
    <message>
        <source>{code} is already in row {row}: each item has one row</source>
        <translation>{code} figure déjà à la ligne {row}&#xa0;: chaque élément a une seule ligne</translation>
    </message>
    <message>
        <source>{code} is not an item this workbook was sent with</source>
        <translation>{code} n&apos;est pas un élément envoyé avec ce classeur</translation>
    </message>
    <message>
        <source>{file} was sent from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it was sent from.</source>
        <translation>{file} a été envoyé depuis une autre évaluation ({label}, créée le {created} UTC), et non depuis l&apos;évaluation {number} ({own_label})&#xa0;; rien n&apos;a été fusionné. Fusionnez-le dans l&apos;évaluation dont il a été envoyé.</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells (and look for more of the kind), then import it again: {problems}.</source>
        <translation>{label} ne peut pas encore être importé, et rien n&apos;a été modifié. Corrigez ces cellules (et cherchez-en d&apos;autres du même genre), puis importez-le à nouveau&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells, then import it again: {problems}.</source>
        <translation>{label} ne peut pas encore être importé, et rien n&apos;a été modifié. Corrigez ces cellules, puis importez-le à nouveau&#xa0;: {problems}.</translation>
    </message>
    <message>
        <source>{label} could not be read as a workbook ({error}). Save it again as an Excel Workbook (.xlsx), or ask for the file again. Nothing was imported.</source>
        <translation>{label} n&apos;a pas pu être lu comme un classeur ({error}). Enregistrez-le de nouveau comme Classeur Excel (.xlsx), ou redemandez le fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} has no sheet {sheet}, where the answers are: a sheet was renamed or deleted. Nothing was imported.</source>
        <translation>{label} n&apos;a pas de feuille {sheet}, où se trouvent les réponses&#xa0;: une feuille a été renommée ou supprimée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} holds no answers: its sheet {sheet} has no rows of items. Nothing was imported.</source>
        <translation>{label} ne contient aucune réponse&#xa0;: sa feuille {sheet} n&apos;a aucune ligne d&apos;élément. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) (in LibreOffice Calc: File &gt; Save As, file type Excel 2007-365) and import that file. Nothing was imported.</source>
        <translation>{label} est une feuille de calcul OpenDocument (.ods). Enregistrez-la comme Classeur Excel (.xlsx) (dans LibreOffice Calc&#xa0;: Fichier &gt; Enregistrer sous, type Excel 2007-365) et importez ce fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete workbook). Ask for the file again; nothing was imported.</source>
        <translation>{label} est endommagé ou tronqué (ce n&apos;est pas un classeur complet). Redemandez le fichier&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is in the old Excel 97-2003 format, or protected with a password. Save it as an Excel Workbook (.xlsx) without a password, and import that file. Nothing was imported.</source>
        <translation>{label} est à l&apos;ancien format Excel 97-2003, ou protégé par un mot de passe. Enregistrez-le comme Classeur Excel (.xlsx) sans mot de passe, et importez ce fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe workbook: its part {name} declares a document type or entities, which spreadsheet programs never write. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un classeur sûr&#xa0;: sa partie {name} déclare un type de document ou des entités, ce que les tableurs n&apos;écrivent jamais. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds a member named {name} ({why}). Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: il contient une entrée nommée {name} ({why}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds the member {name} twice. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: il contient deux fois l&apos;entrée {name}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: il contient {count} entrées, alors que {limit} au maximum sont autorisées. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} gives two different sizes. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: son entrée {name} indique deux tailles différentes. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a folder, not a file. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: son entrée {name} est un dossier, et non un fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a special file, not a file. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: son entrée {name} est un fichier spécial, et non un fichier ordinaire. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a symbolic link, not a file. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: son entrée {name} est un lien symbolique, et non un fichier. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is encrypted with a ZIP password. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: son entrée {name} est chiffrée par un mot de passe ZIP. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} overlaps another member. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: son entrée {name} chevauche une autre entrée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} uses an unsupported compression. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: son entrée {name} utilise une méthode de compression non prise en charge. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would decompress to {size} (limit {limit}). Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: son entrée {name} occuperait {size} une fois décompressée (limite&#xa0;: {limit}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would expand {ratio} times when decompressed (at most {limit} allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: son entrée {name} serait multipliée par {ratio} une fois décompressée ({limit} au maximum)&#xa0;: il s&apos;agit d&apos;une «&#xa0;bombe ZIP&#xa0;». Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would decompress to more than {limit} in all. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: ses entrées occuperaient au total plus de {limit} une fois décompressées. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would expand {ratio} times when decompressed, to {size} (at most {limit} times allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un {container} sûr&#xa0;: ses entrées seraient multipliées par {ratio} une fois décompressées, pour atteindre {size} (facteur maximal autorisé&#xa0;: {limit})&#xa0;: il s&apos;agit d&apos;une «&#xa0;bombe ZIP&#xa0;». Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx). Import the workbook the secretariat sent, filled in and saved as an Excel Workbook (.xlsx). Nothing was imported.</source>
        <translation>{label} n&apos;est pas un classeur (.xlsx). Importez le classeur envoyé par le secrétariat, rempli et enregistré comme Classeur Excel (.xlsx). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx): it is a ZIP file of another kind. Nothing was imported.</source>
        <translation>{label} n&apos;est pas un classeur (.xlsx)&#xa0;: c&apos;est un fichier ZIP d&apos;un autre type. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} is {size} bytes; a contribution workbook is never larger than {limit} bytes. Nothing was imported.</source>
        <translation>{label} fait {size} octets&#xa0;; un classeur de contribution ne dépasse jamais {limit} octets. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} was not written by Assess (it has no hidden sheet {sheet}). Only a workbook written with Send part to an institution (or assess export ... --out FILE.xlsx) can be imported. Nothing was imported.</source>
        <translation>{label} n&apos;a pas été écrit par Assess (il n&apos;a pas de feuille masquée {sheet}). Seul un classeur écrit avec Envoyer une partie à une institution (ou assess export ... --out FICHIER.xlsx) peut être importé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label} was sent from an assessment on framework {framework} {version}, which this database does not have: merge it into the assessment it was sent from, in the database it was sent from. Nothing was imported.</source>
        <translation>{label} a été envoyé depuis une évaluation fondée sur le cadre {framework} {version}, que cette base de données ne contient pas&#xa0;: fusionnez-le dans l&apos;évaluation dont il a été envoyé, dans la base de données d&apos;où il vient. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} lists columns this release does not read. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}&#xa0;: sa feuille masquée {sheet} énumère des colonnes que cette version ne lit pas. Demandez un nouveau classeur au secrétariat. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged ({problem}). Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}&#xa0;: sa feuille masquée {sheet} a été modifiée ou endommagée ({problem}). Demandez un nouveau classeur au secrétariat. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged, so the workbook cannot be matched to its assessment. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}&#xa0;: sa feuille masquée {sheet} a été modifiée ou endommagée, si bien que le classeur ne peut pas être rattaché à son évaluation. Demandez un nouveau classeur au secrétariat. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: a column Assess did not write ({found}). Move what it holds into the answer columns, delete it, then import again. Nothing was imported.</source>
        <translation>{label}&#xa0;: feuille {sheet}, cellule {cell}&#xa0;: une colonne qu&apos;Assess n&apos;a pas écrite ({found}). Déplacez son contenu dans les colonnes de réponse, supprimez-la, puis importez à nouveau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the column {expected} is not where it was sent ({found} is there instead): columns were deleted or moved. Put them back as they were sent, then import again. Nothing was imported.</source>
        <translation>{label}&#xa0;: feuille {sheet}, cellule {cell}&#xa0;: la colonne {expected} n&apos;est plus là où elle a été envoyée ({found} s&apos;y trouve)&#xa0;: des colonnes ont été supprimées ou déplacées. Remettez-les comme à l&apos;envoi, puis importez à nouveau. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the hidden column {expected} is not where it was sent ({found} is there instead), so hidden columns were deleted or moved and what was sent cannot be known. Ask the secretariat for a new workbook and copy your answers into it. Nothing was imported.</source>
        <translation>{label}&#xa0;: feuille {sheet}, cellule {cell}&#xa0;: la colonne masquée {expected} n&apos;est plus là où elle a été envoyée ({found} s&apos;y trouve)&#xa0;; des colonnes masquées ont donc été supprimées ou déplacées, et ce qui a été envoyé ne peut plus être connu. Demandez un nouveau classeur au secrétariat et recopiez-y vos réponses. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the workbook file to write.</source>
        <translation>{path} est un dossier&#xa0;; indiquez le nom du fichier de classeur à écrire.</translation>
    </message>
    <message>
        <source>{value} is not a choice here: choose {choice} from the list or leave the cell empty</source>
        <translation>{value} n&apos;est pas un choix possible ici&#xa0;: choisissez {choice} dans la liste ou laissez la cellule vide</translation>
    </message>
    <message>
        <source>{value} is not a date: type a date such as {example}</source>
        <translation>{value} n&apos;est pas une date&#xa0;: saisissez une date comme {example}</translation>
    </message>
    <message>
        <source>{value} is not a priority: choose {choices} from the list</source>
        <translation>{value} n&apos;est pas une priorité&#xa0;: choisissez {choices} dans la liste</translation>
    </message>
    <message>
        <source>{value} is not a score: choose a level from {low} to {high} from the list</source>
        <translation>{value} n&apos;est pas une note&#xa0;: choisissez dans la liste un niveau de {low} à {high}</translation>
    </message>
    <message>
        <source>{value} is off the scale ({low} to {high}): choose a level from the list</source>
        <translation>{value} est hors de l&apos;échelle ({low} à {high})&#xa0;: choisissez un niveau dans la liste</translation>
    </message>
    <message>
        <source>The package would hold {count} evidence files; a package may hold at most {limit}. Send the part in pieces (a few pillars at a time); nothing was written.</source>
        <translation>Le paquet contiendrait {count} fichiers justificatifs&#xa0;; un paquet peut en contenir au plus {limit}. Envoyez la partie en plusieurs fois (quelques piliers à la fois)&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The package&apos;s framework {framework} {version} differs from the one of that id and version in this database; nothing was imported. Ask the sender which framework they used.</source>
        <translation>Le cadre {framework} {version} du paquet diffère de celui de même identifiant et de même version dans cette base de données&#xa0;; rien n&apos;a été importé. Demandez à l&apos;expéditeur quel cadre il a utilisé.</translation>
    </message>
    <message>
        <source>The {what} holds a NUL character (\x00), which no text may hold; remove it.</source>
        <translation>Le champ « {what} » contient un caractère NUL (\x00), qu&apos;aucun texte ne peut contenir&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <source>The {what} holds a character that is not valid text ({char}), for example a byte that is not UTF-8 from a command line or a file name; retype it.</source>
        <translation>Le champ « {what} » contient un caractère qui n&apos;est pas du texte valide ({char}), par exemple un octet non UTF-8 venu d&apos;une ligne de commande ou d&apos;un nom de fichier&#xa0;; retapez-le.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path; nothing was created (assess new creates a database).</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement {path}. Vérifiez le chemin&#xa0;; rien n&apos;a été créé (assess new crée une base de données).</translation>
    </message>
    <message>
        <source>This database holds a changed copy of the built-in framework {key} {version}; Assess will not use it. Restore a backup from before the change.</source>
        <translation>Cette base de données contient une copie modifiée du cadre intégré {key} {version}&#xa0;; Assess ne l&apos;utilisera pas. Restaurez une sauvegarde antérieure à la modification.</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>une table</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>un déclencheur</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>une vue</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>un index</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>institution name</source>
        <translation>nom d&apos;institution</translation>
    </message>
    <message>
        <source>legal citation</source>
        <translation>référence juridique</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>the file holds more than {limit} JSON values, more than a framework may</source>
        <translation>le fichier contient plus de {limit} valeurs JSON, davantage qu&apos;un cadre ne peut en contenir</translation>
    </message>
    <message>
        <source>the text contains a NUL character (\u0000), which no text may hold; remove it</source>
        <translation>le texte contient un caractère NUL (\u0000), qu&apos;aucun texte ne peut contenir&#xa0;; supprimez-le</translation>
    </message>
    <message>
        <source>{database} holds {kind} named {name} that Assess did not create: it could change or erase data behind its back, so Assess will not use this database. Nothing was changed; use a backup you trust, or have it removed.</source>
        <translation>{database} contient {kind} nommé(e) {name} qu&apos;Assess n&apos;a pas créé(e)&#xa0;: cela pourrait modifier ou effacer des données à son insu, aussi Assess n&apos;utilisera pas cette base de données. Rien n&apos;a été modifié&#xa0;; utilisez une sauvegarde de confiance, ou faites-le supprimer.</translation>
    </message>
    <message>
        <source>{file} is in use by another program (process {process}); close Assess there and restore again. Nothing was changed.</source>
        <translation>{file} est utilisé par un autre programme (processus {process})&#xa0;; fermez Assess là-bas et restaurez de nouveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{key} is the id of the built-in framework; a framework of your own needs an id of its own. Change the id in the file and import it again; nothing was changed.</source>
        <translation>{key} est l&apos;identifiant du cadre intégré&#xa0;; votre propre cadre a besoin de son propre identifiant. Changez l&apos;identifiant dans le fichier et importez-le de nouveau&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{label}: a link of {code}: {problem} Nothing was imported.</source>
        <translation>{label}&#xa0;: un lien de {code}&#xa0;: {problem} Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: evidence of {code} that is not a link gives a link. Nothing was imported.</source>
        <translation>{label}&#xa0;: un justificatif de {code} qui n&apos;est pas un lien indique un lien. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem} Nothing was imported.</source>
        <translation>{label}&#xa0;: élément {code}&#xa0;: {problem} Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: {member} holds a text with a character no text may hold (a NUL or a broken character: {text}). Nothing was imported.</source>
        <translation>{label}&#xa0;: {member} contient un texte avec un caractère qu&apos;aucun texte ne peut contenir (un NUL ou un caractère cassé&#xa0;: {text}). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{label}: {member} holds more than {limit} JSON values, more than any package does. Nothing was imported.</source>
        <translation>{label}&#xa0;: {member} contient plus de {limit} valeurs JSON, davantage qu&apos;aucun paquet. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{url} is not a web or e-mail address; a link starts with http://, https:// or mailto: (links to files, shares or scripts are refused).</source>
        <translation>{url} n&apos;est pas une adresse web ou électronique&#xa0;; un lien commence par http://, https:// ou mailto: (les liens vers des fichiers, des partages ou des scripts sont refusés).</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {missing} Write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>L&apos;évaluation {number} ne peut pas encore être approuvée. {missing} Rédigez les principales conclusions (assess finding), ou approuvez-la en l&apos;état avec --force.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} Score the items, or approve it as it is with --force.</source>
        <translation>L&apos;évaluation {number} ne peut pas encore être approuvée. {unscored} Notez les éléments, ou approuvez-la en l&apos;état avec --force.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} {missing} Score the items and write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>L&apos;évaluation {number} ne peut pas encore être approuvée. {unscored} {missing} Notez les éléments et rédigez les principales conclusions (assess finding), ou approuvez-la en l&apos;état avec --force.</translation>
    </message>
    <message>
        <source>Items not fully scored: {count} ({codes}).</source>
        <translation>Éléments pas entièrement notés&#xa0;: {count} ({codes}).</translation>
    </message>
    <message>
        <source>Key findings not written for: {pillars}.</source>
        <translation>Principales conclusions non rédigées pour&#xa0;: {pillars}.</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding and those for {pillars}.</source>
        <translation>Principales conclusions non rédigées&#xa0;: la conclusion d&apos;ensemble et celles de {pillars}.</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding.</source>
        <translation>Principales conclusions non rédigées&#xa0;: la conclusion d&apos;ensemble.</translation>
    </message>
    <message>
        <source>--approved-by, --date and --force are for marking final; give --reason for draft.</source>
        <translation>--approved-by, --date et --force servent à marquer comme définitive&#xa0;; donnez --reason pour le projet.</translation>
    </message>
    <message>
        <source>--json shows the methodology; give it without the options that change it.</source>
        <translation>--json affiche la méthodologie&#xa0;; donnez-le sans les options qui la modifient.</translation>
    </message>
    <message>
        <source>--reason is for going back to draft; a final assessment records --approved-by.</source>
        <translation>--reason sert au retour au projet&#xa0;; une évaluation définitive enregistre --approved-by.</translation>
    </message>
    <message>
        <source>A line of the {what} is too long ({length} characters; at most {limit}).</source>
        <translation>Une ligne des {what} est trop longue ({length} caractères&#xa0;; {limit} au plus).</translation>
    </message>
    <message>
        <source>An override of the target needs a reason; give one, or remove the override.</source>
        <translation>Une cible propre doit avoir un motif&#xa0;; donnez-en un, ou retirez cette cible.</translation>
    </message>
    <message>
        <source>Say who approved the assessment (for example --approved-by &quot;Jane Doe&quot;).</source>
        <translation>Indiquez qui a approuvé l&apos;évaluation (par exemple --approved-by &quot;Jane Doe&quot;).</translation>
    </message>
    <message>
        <source>Say why the assessment goes back to draft (for example --reason &quot;Scores revised&quot;).</source>
        <translation>Indiquez pourquoi l&apos;évaluation retourne au projet (par exemple --reason &quot;Notes révisées&quot;).</translation>
    </message>
    <message>
        <source>Say why the target of {code} differs from the assessment&apos;s (a reason is required for an override).</source>
        <translation>Indiquez pourquoi la cible de {code} diffère de celle de l&apos;évaluation (un motif est exigé pour une cible propre).</translation>
    </message>
    <message>
        <source>The account of how scores were agreed is too long ({length} characters; at most {limit}).</source>
        <translation>Le récit de la façon dont les notes ont été arrêtées est trop long ({length} caractères&#xa0;; {limit} au plus).</translation>
    </message>
    <message>
        <source>The meeting of {day} needs a name, for example: {day} Inception workshop.</source>
        <translation>La réunion du {day} doit avoir un nom, par exemple&#xa0;: {day} Atelier de lancement.</translation>
    </message>
    <message>
        <source>The target {target} is not a whole number on the scale (or {default}).</source>
        <translation>La cible {target} n&apos;est pas un nombre entier de l&apos;échelle (ni {default}).</translation>
    </message>
    <message>
        <source>Too many {what} ({count}; at most {limit}).</source>
        <translation>Trop de {what} ({count}&#xa0;; {limit} au plus).</translation>
    </message>
    <message>
        <source>key finding</source>
        <translation>principale conclusion</translation>
    </message>
    <message>
        <source>reason for the target</source>
        <translation>motif de la cible</translation>
    </message>
    <message>
        <source>{codes} and {count} more (assess show)</source>
        <translation>{codes} et {count} de plus (assess show)</translation>
    </message>
    <message>
        <source>{code} holds no assessable item; a target cannot be set on it.</source>
        <translation>{code} ne contient aucun élément évaluable&#xa0;; on ne peut pas lui fixer de cible.</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give a pillar code such as PROS or an item code such as PROS-1.i.</source>
        <translation>{code} n&apos;est pas un élément de ce cadre&#xa0;; donnez un code de pilier comme PROS ou un code d&apos;élément comme PROS-1.i.</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{date} n&apos;est pas une date&#xa0;; écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>{scope} is not a pillar with assessable items; use one of {scopes} (or no pillar for the overall finding).</source>
        <translation>{scope} n&apos;est pas un pilier comportant des éléments évaluables&#xa0;; utilisez l&apos;un de {scopes} (ou aucun pilier pour la conclusion d&apos;ensemble).</translation>
    </message>
    <message>
        <source>{value} is not a meeting; write its date and name, for example: 2026-03-04 Inception workshop.</source>
        <translation>{value} n&apos;est pas une réunion&#xa0;; écrivez sa date et son nom, par exemple&#xa0;: 2026-03-04 Atelier de lancement.</translation>
    </message>
    <message>
        <source>Only the editors named for this assessment may change it; your database user {user} may read it. The database owner can name you: assess server setup --assessment {number} --editor {name}</source>
        <translation>Seuls les éditeurs désignés pour cette évaluation peuvent la modifier&#xa0;; votre utilisateur de base de données {user} peut la lire. Le propriétaire de la base de données peut vous désigner&#xa0;: assess server setup --assessment {number} --editor {name}</translation>
    </message>
    <message>
        <source>The server holding {database} ended this session because it stayed in the middle of a change too long (the network was slow or cut); nothing of that change was saved. Try again.</source>
        <translation>Le serveur qui héberge {database} a mis fin à cette session, restée trop longtemps au milieu d&apos;une modification (réseau lent ou coupé)&#xa0;; rien de cette modification n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>Viewers read every assessment; name only --editor or --remove with --assessment.</source>
        <translation>Les lecteurs lisent toutes les évaluations&#xa0;; avec --assessment, indiquez seulement --editor ou --remove.</translation>
    </message>
    <message>
        <source>{database} did not answer for {seconds} seconds: the network or the server is down, or very slow. Nothing of this change was saved; try again when the server answers.</source>
        <translation>{database} n&apos;a pas répondu pendant {seconds}&#xa0;secondes&#xa0;: le réseau ou le serveur est en panne, ou très lent. Rien de cette modification n&apos;a été enregistré&#xa0;; réessayez quand le serveur répondra.</translation>
    </message>
    <message>
        <source>{database}: {users} is in the middle of changing the same rows, so this change waited {seconds} seconds and was not saved. If their connection was cut, the server ends their change within {limit} seconds; try again then.</source>
        <translation>{database}&#xa0;: {users} est en train de modifier les mêmes lignes&#xa0;; cette modification a donc attendu {seconds}&#xa0;secondes et n&apos;a pas été enregistrée. Si sa connexion a été coupée, le serveur met fin à sa modification dans les {limit}&#xa0;secondes&#xa0;; réessayez alors.</translation>
    </message>
    <message>
        <source>--all-editors lifts the restriction of one assessment: give --assessment ID, and no --editor.</source>
        <translation>--all-editors lève la restriction d&apos;une évaluation&#xa0;: indiquez --assessment ID, sans --editor.</translation>
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
    <message>
        <source>{label}: {text}</source>
        <translation>{label}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Opening the demo assessment…</source>
        <translation>Ouverture de l&apos;évaluation de démo…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Opening Assess…</source>
        <translation>Ouverture d&apos;Assess…</translation>
    </message>
</context>
</TS>
