<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>EvidenceFiles</name>
    <message>
        <source>Attaching evidence</source>
        <translation>Adjuntando pruebas</translation>
    </message>
    <message>
        <source>Attaching {name} ({number} of {total}) to {code}…</source>
        <translation>Adjuntando {name} ({number} de {total}) a {code}…</translation>
    </message>
    <message>
        <source>Cancelled: the file being attached was not added.</source>
        <translation>Cancelado: el archivo que se estaba adjuntando no se añadió.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Añadir archivos de prueba</translation>
    </message>
    <message>
        <source>Add &amp;link…</source>
        <translation>Añadir &amp;enlace…</translation>
    </message>
    <message>
        <source>Add a link</source>
        <translation>Añadir un enlace</translation>
    </message>
    <message>
        <source>Add &amp;citation…</source>
        <translation>Añadir &amp;cita jurídica…</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>Añadir una cita jurídica</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>Abrir la prueba seleccionada</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Quitar la prueba seleccionada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita jurídica</translation>
    </message>
    <message>
        <source>Added on {when} by {who}</source>
        <translation>Añadida el {when} por {who}</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar una prueba</translation>
    </message>
    <message>
        <source>Remove {name} from {code}? You can undo this with Edit &gt; Undo.</source>
        <translation>¿Quitar {name} de {code}? Puede deshacerlo con Edición &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Adjuntar pruebas</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… y {n} más</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>&amp;Sensible (por ejemplo, nombres de víctimas o direcciones de centros de acogida)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History of the item</source>
        <translation>Historial del elemento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>Puntuación en la legislación y las instituciones</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>Puntuación en la práctica</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Why N/A</source>
        <translation>Motivo de «no aplicable»</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>Instituciones responsables</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Asistencia técnica</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Prueba añadida</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Prueba quitada</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contribution</source>
        <translation>Importar una contribución</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Made from:</source>
        <translation>Creado a partir de:</translation>
    </message>
    <message>
        <source>Institution:</source>
        <translation>Institución:</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(sin indicar)</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Redactado por:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Contenido:</translation>
    </message>
    <message>
        <source>Items: {items} · Evidence: {evidence}</source>
        <translation>Elementos: {items} · Pruebas: {evidence}</translation>
    </message>
    <message>
        <source>password-protected</source>
        <translation>protegido con contraseña</translation>
    </message>
    <message>
        <source>scrubbed: no sensitive evidence, no names of people</source>
        <translation>depurado: sin pruebas sensibles ni nombres de personas</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment, {label}</source>
        <translation>&amp;Fusionar en la evaluación abierta, {label}</translation>
    </message>
    <message>
        <source>&amp;Merge into the open assessment</source>
        <translation>&amp;Fusionar en la evaluación abierta</translation>
    </message>
    <message>
        <source>Merge into the open assessment</source>
        <translation>Fusionar en la evaluación abierta</translation>
    </message>
    <message>
        <source>Import as a &amp;new assessment</source>
        <translation>Importar como &amp;nueva evaluación</translation>
    </message>
    <message>
        <source>Import as a new assessment</source>
        <translation>Importar como nueva evaluación</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the package, keeps the ones made here, and shows every item changed on both sides for you to choose. A new assessment holds the package as it is.</source>
        <translation>La fusión incorpora los cambios hechos en el paquete, conserva los hechos aquí y muestra cada elemento modificado en ambos lados para que usted elija. Una evaluación nueva recoge el paquete tal como está.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>InstitutionPicker</name>
    <message>
        <source>Responsible institutions</source>
        <translation>Instituciones responsables</translation>
    </message>
    <message>
        <source>Tick the institutions responsible for this item (Space ticks the current one).</source>
        <translation>Marque las instituciones responsables de este elemento (la barra espaciadora marca la actual).</translation>
    </message>
    <message>
        <source>Add an institution…</source>
        <translation>Añadir una institución…</translation>
    </message>
    <message>
        <source>New institution</source>
        <translation>Nueva institución</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the institution</source>
        <translation>Añadir la institución</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Rationale and plan</source>
        <translation>Justificación y plan de acción</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sin prioridad</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Has a target date</source>
        <translation>Tiene fecha prevista</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>Asistencia técnica necesaria</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Responsible &amp;institutions:</source>
        <translation>&amp;Instituciones responsables:</translation>
    </message>
    <message>
        <source>Pri&amp;ority:</source>
        <translation>Pri&amp;oridad:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Fecha prevista:</translation>
    </message>
    <message>
        <source>Ne&amp;xt action:</source>
        <translation>Pró&amp;ximo paso:</translation>
    </message>
    <message>
        <source>Technical a&amp;ssistance needed:</source>
        <translation>A&amp;sistencia técnica necesaria:</translation>
    </message>
    <message>
        <source>scores</source>
        <translation>puntuaciones</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>responsible institutions</source>
        <translation>instituciones responsables</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>fecha prevista</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>próximo paso</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>asistencia técnica</translation>
    </message>
    <message>
        <source>{what} of {code}</source>
        <translation>{what} de {code}</translation>
    </message>
</context>
<context>
    <name>ItemHeader</name>
    <message>
        <source>Text of the item</source>
        <translation>Texto del elemento</translation>
    </message>
    <message>
        <source>Linked items</source>
        <translation>Elementos vinculados</translation>
    </message>
    <message>
        <source>Guiding principles and cross-cutting challenges</source>
        <translation>Principios rectores y problemas transversales</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Draws on: {list}</source>
        <translation>Se basa en: {list}</translation>
    </message>
    <message>
        <source>Linked items (cross-walk):</source>
        <translation>Elementos vinculados (tabla de correspondencias):</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Pruebas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Addressed to {who}: shown as context, not scored as a national measure.</source>
        <translation>Dirigida a {who}: se muestra como contexto y no se puntúa como medida nacional.</translation>
    </message>
    <message>
        <source>Context: this part of the framework is not scored. Its items are in the tree.</source>
        <translation>Contexto: esta parte del marco no se puntúa. Sus elementos figuran en el árbol.</translation>
    </message>
    <message>
        <source>&amp;Evidence ({count})</source>
        <translation>&amp;Pruebas ({count})</translation>
    </message>
    <message>
        <source>This assessment is final, so it is read-only. To change it, reopen it as a draft: Assessment &gt; Reopen as draft.</source>
        <translation>Esta evaluación es definitiva y, por tanto, de solo lectura. Para modificarla, reábrala como borrador: Evaluación &gt; Reabrir como borrador.</translation>
    </message>
</context>
<context>
    <name>ItemTree</name>
    <message>
        <source>Not yet scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>Puntuado en parte</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuado</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
</context>
<context>
    <name>ItemTreeModel</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>In law and institutions · in practice</source>
        <translation>En la legislación y las instituciones · en la práctica</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>context</source>
        <translation>contexto</translation>
    </message>
    <message>
        <source>{title}
{done} of {total} items complete ({percent}%)</source>
        <translation>{title}
{done} de {total} elementos completos ({percent} %)</translation>
    </message>
    <message>
        <source>{text}
Context: not scored</source>
        <translation>{text}
Contexto: no se puntúa</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>law and institutions {law}, practice {practice}</source>
        <translation>legislación e instituciones {law}, práctica {practice}</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Add a link</source>
        <translation>Añadir un enlace</translation>
    </message>
    <message>
        <source>Add a legal citation</source>
        <translation>Añadir una cita jurídica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Cita jurídica</translation>
    </message>
    <message>
        <source>for example: Penal Code, art. 188(2)</source>
        <translation>por ejemplo: Código Penal, art. 188, párr. 2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Citation:</source>
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nombre (opcional):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Descri&amp;pción:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Evaluación abierta</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> Evaluación: </translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>Assess</translation>
    </message>
    <message>
        <source> (demo: a throwaway copy)</source>
        <translation> (demo: copia desechable)</translation>
    </message>
    <message>
        <source>Final: read-only</source>
        <translation>Definitiva: solo lectura</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Base de datos de solo lectura</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Deshacer: {what}</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rehacer: {what}</translation>
    </message>
    <message>
        <source> [final]</source>
        <translation> [definitiva]</translation>
    </message>
    <message>
        <source>About Assess</source>
        <translation>Acerca de Assess</translation>
    </message>
    <message>
        <source>Assess {version}: a self-assessment of national implementation of the UN Trafficking in Persons Protocol, on the UNODC Framework for Action and the Working Group recommendations.

It works fully offline. Problems are logged to {log}.</source>
        <translation>Assess {version}: autoevaluación de la aplicación nacional del Protocolo de las Naciones Unidas contra la trata de personas, basada en el Marco de Acción de la UNODC y en las recomendaciones del Grupo de Trabajo.

Funciona totalmente sin conexión. Los problemas se registran en {log}.</translation>
    </message>
    <message>
        <source>Unsaved edit</source>
        <translation>Cambio sin guardar</translation>
    </message>
    <message>
        <source>Your last edit could not be saved (see the message before). Close anyway and lose it?</source>
        <translation>No se pudo guardar su último cambio (véase el mensaje anterior). ¿Cerrar de todos modos y perderlo?</translation>
    </message>
    <message>
        <source>Close and lose it</source>
        <translation>Cerrar y perderlo</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>New &amp;round from this assessment…</source>
        <translation>Nuevo &amp;ciclo a partir de esta evaluación…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>A&amp;brir una base de datos…</translation>
    </message>
    <message>
        <source>New &amp;database…</source>
        <translation>Nueva base de &amp;datos…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Mark &amp;final…</source>
        <translation>Marcar como de&amp;finitiva…</translation>
    </message>
    <message>
        <source>Reopen as &amp;draft…</source>
        <translation>Reabrir como &amp;borrador…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find items…</source>
        <translation>&amp;Buscar elementos…</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Elemento &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Elemento &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;Elemento</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Vista general</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>Abrir la de&amp;mo</translation>
    </message>
    <message>
        <source>Open s&amp;hared database…</source>
        <translation>Abrir una base de datos comp&amp;artida…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>Next p&amp;ane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;Reset the demo…</source>
        <translation>&amp;Restablecer la demo…</translation>
    </message>
    <message>
        <source>&amp;Walkthrough</source>
        <translation>&amp;Visita guiada</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>&amp;About Assess</source>
        <translation>&amp;Acerca de Assess</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>E&amp;xportar informe…</translation>
    </message>
    <message>
        <source>Send &amp;part to an institution…</source>
        <translation>Enviar una &amp;parte a una institución…</translation>
    </message>
    <message>
        <source>&amp;Import contribution…</source>
        <translation>&amp;Importar una contribución…</translation>
    </message>
    <message>
        <source>Back &amp;up…</source>
        <translation>Copia de seg&amp;uridad…</translation>
    </message>
    <message>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>E&amp;valuación</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>C&amp;ambiar a</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ve&amp;r</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>This database is on a server: back it up and restore it there, with pg_dump and pg_restore.</source>
        <translation>Esta base de datos está en un servidor: haga la copia de seguridad y la restauración allí, con pg_dump y pg_restore.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>No se puede abrir la evaluación</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>{path} already exists; open it with File &gt; Open a database.</source>
        <translation>{path} ya existe; ábrala con Archivo &gt; Abrir una base de datos.</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>No se puede abrir la demo</translation>
    </message>
    <message>
        <source>Mark {label} final? A final assessment is read-only: nobody can change its scores, notes or evidence until it is reopened as a draft.</source>
        <translation>¿Marcar {label} como definitiva? Una evaluación definitiva es de solo lectura: nadie puede modificar sus puntuaciones, notas ni pruebas hasta que se reabra como borrador.</translation>
    </message>
    <message>
        <source>Mark final</source>
        <translation>Marcar como definitiva</translation>
    </message>
    <message>
        <source>Reopen {label} as a draft? Its scores, notes and evidence can then be changed again; every change is recorded in the history.</source>
        <translation>¿Reabrir {label} como borrador? Sus puntuaciones, notas y pruebas podrán volver a modificarse; cada cambio queda registrado en el historial.</translation>
    </message>
    <message>
        <source>Reopen as draft</source>
        <translation>Reabrir como borrador</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Assess will be in {language} the next time it starts.</source>
        <translation>Assess se mostrará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Reset the demo</source>
        <translation>Restablecer la demo</translation>
    </message>
    <message>
        <source>Put the demo back as it was? Every change made to it since it opened (scores, notes, evidence) is thrown away. Your own databases are not touched.</source>
        <translation>¿Devolver la demo a su estado inicial? Se descartarán todos los cambios hechos desde que se abrió (puntuaciones, notas, pruebas). Sus propias bases de datos no se modifican.</translation>
    </message>
    <message>
        <source>Cannot reset the demo</source>
        <translation>No se puede restablecer la demo</translation>
    </message>
    <message>
        <source>The demo is back as it was.</source>
        <translation>La demo ha vuelto a su estado inicial.</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Assess (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Back up and restore work on a database file. Back up a PostgreSQL database with pg_dump.</source>
        <translation>La copia de seguridad y la restauración funcionan con un archivo de base de datos. Haga la copia de una base de datos PostgreSQL con pg_dump.</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Hacer una copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Copia de seguridad guardada en {path}</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad hecha</translation>
    </message>
    <message>
        <source>The database was copied to {path}.

Assessments: {count} · Size: {size}</source>
        <translation>La base de datos se ha copiado en {path}.

Evaluaciones: {count} · Tamaño: {size}</translation>
    </message>
    <message>
        <source>Copying the database to {name}…</source>
        <translation>Copiando la base de datos en {name}…</translation>
    </message>
    <message>
        <source>Cannot back up</source>
        <translation>No se puede hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar a partir de una copia de seguridad</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>No se puede restaurar</translation>
    </message>
    <message>
        <source>Replace everything in {database} with the backup {backup}?

Assessments in the backup: {count} · Newest change: {when} · Size: {size}

The database as it is now is kept as a copy beside it.</source>
        <translation>¿Reemplazar todo el contenido de {database} por la copia de seguridad {backup}?

Evaluaciones en la copia: {count} · Cambio más reciente: {when} · Tamaño: {size}

La base de datos en su estado actual se conserva como copia junto a ella.</translation>
    </message>
    <message>
        <source>Wait until the evidence files are attached, then restore again.</source>
        <translation>Espere a que se adjunten los archivos de prueba y vuelva a restaurar.</translation>
    </message>
    <message>
        <source>The database as it was is kept at {path}.</source>
        <translation>La base de datos en su estado anterior se conserva en {path}.</translation>
    </message>
    <message>
        <source>Restored the backup {path}</source>
        <translation>Copia de seguridad {path} restaurada</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The database now holds the backup {path}. Assessments: {count}</source>
        <translation>La base de datos contiene ahora la copia de seguridad {path}. Evaluaciones: {count}</translation>
    </message>
    <message>
        <source>Restoring {name}…</source>
        <translation>Restaurando {name}…</translation>
    </message>
    <message>
        <source>Package written to {path}</source>
        <translation>Paquete guardado en {path}</translation>
    </message>
    <message>
        <source>Protected by the password you typed (it was not saved: keep it safe).</source>
        <translation>Protegido con la contraseña que escribió (no se ha guardado: consérvela en lugar seguro).</translation>
    </message>
    <message>
        <source>Not protected by a password.</source>
        <translation>No está protegido con contraseña.</translation>
    </message>
    <message>
        <source>Scrubbed: no sensitive evidence, no names of people.</source>
        <translation>Depurado: sin pruebas sensibles ni nombres de personas.</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Paquete guardado</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
Items: {items} · Evidence: {evidence} · Size: {size}</source>
        <translation>{path}

Para: {institution}
Elementos: {items} · Pruebas: {evidence} · Tamaño: {size}</translation>
    </message>
    <message>
        <source>(no institution named)</source>
        <translation>(sin institución indicada)</translation>
    </message>
    <message>
        <source>Cancelled: no package was written.</source>
        <translation>Cancelado: no se ha guardado ningún paquete.</translation>
    </message>
    <message>
        <source>Cannot write the package</source>
        <translation>No se puede guardar el paquete</translation>
    </message>
    <message>
        <source>Send part to an institution</source>
        <translation>Enviar una parte a una institución</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Guardando {name}…</translation>
    </message>
    <message>
        <source>Report written to {path}</source>
        <translation>Informe guardado en {path}</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>The report was written to {path}. Open it now?</source>
        <translation>El informe se ha guardado en {path}. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>No se puede guardar el informe</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Assess packages (*.assess);;All files (*)</source>
        <translation>Paquetes de Assess (*.assess);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import contribution</source>
        <translation>Importar una contribución</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Cancelado: no se ha importado nada.</translation>
    </message>
    <message>
        <source>Cannot import the package</source>
        <translation>No se puede importar el paquete</translation>
    </message>
    <message>
        <source>No assessment is open: open the one the part was sent from to merge.</source>
        <translation>No hay ninguna evaluación abierta: abra aquella desde la que se envió la parte para fusionar.</translation>
    </message>
    <message>
        <source>{label} is final: reopen it as a draft to merge into it.</source>
        <translation>{label} es definitiva: reábrala como borrador para fusionar en ella.</translation>
    </message>
    <message>
        <source>The package was made from another assessment ({label}): import it as a new one.</source>
        <translation>El paquete se creó a partir de otra evaluación ({label}): impórtelo como evaluación nueva.</translation>
    </message>
    <message>
        <source>Imported {file} as a new assessment: {label}</source>
        <translation>{file} importado como evaluación nueva: {label}</translation>
    </message>
    <message>
        <source>Importing {name} as a new assessment…</source>
        <translation>Importando {name} como evaluación nueva…</translation>
    </message>
    <message>
        <source>Cannot merge the package</source>
        <translation>No se puede fusionar el paquete</translation>
    </message>
    <message>
        <source>Nothing to merge</source>
        <translation>Nada que fusionar</translation>
    </message>
    <message>
        <source>{file} brings nothing new for {label}; later changes of yours stay as they are ({kept}). Nothing was changed.</source>
        <translation>{file} no aporta nada nuevo para {label}; sus cambios posteriores se mantienen ({kept}). No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Merging {file} ({origin}) into {label}</source>
        <translation>Fusión de {file} ({origin}) en {label}</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>Fusión cancelada: no se ha modificado nada.</translation>
    </message>
    <message>
        <source>Merged {file}. Edit &gt; Undo cannot take a merge back: the undo history was cleared.</source>
        <translation>{file} fusionado. Edición &gt; Deshacer no puede revertir una fusión: se ha borrado el historial de deshacer.</translation>
    </message>
    <message>
        <source>Contribution merged</source>
        <translation>Contribución fusionada</translation>
    </message>
    <message>
        <source>Merged {file} into {label}.

Changes taken from the package: {taken}
Conflicts settled for theirs: {theirs} · for yours: {mine}
Your later changes kept: {kept}
Evidence added: {evidence}
Items changed: {items}

The history of each item records these changes with the origin: {origin}.</source>
        <translation>{file} fusionado en {label}.

Cambios tomados del paquete: {taken}
Conflictos resueltos a favor de su versión: {theirs} · de la suya: {mine}
Cambios posteriores suyos conservados: {kept}
Pruebas añadidas: {evidence}
Elementos modificados: {items}

El historial de cada elemento registra estos cambios con su origen: {origin}.</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>Fusionar una contribución</translation>
    </message>
    <message>
        <source>Merging {name}…</source>
        <translation>Fusionando {name}…</translation>
    </message>
    <message>
        <source>Open shared database</source>
        <translation>Abrir una base de datos compartida</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <source>Cannot open the shared database</source>
        <translation>No se puede abrir la base de datos compartida</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>Puntuaciones o no aplicable</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>Puntuación en la legislación y las instituciones</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>Puntuación en la práctica</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>Motivo de «no aplicable»</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Responsible institutions</source>
        <translation>Instituciones responsables</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Fecha prevista</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Technical assistance needed</source>
        <translation>Asistencia técnica necesaria</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>N/A: {why}</source>
        <translation>No aplicable: {why}</translation>
    </message>
    <message>
        <source>(not scored)</source>
        <translation>(sin puntuar)</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>legislación {law}, práctica {practice}</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Merge contribution</source>
        <translation>Fusionar una contribución</translation>
    </message>
    <message>
        <source>To take: {taken} · In conflict: {conflicts} · Yours kept: {kept} · Evidence to add: {evidence}</source>
        <translation>Por incorporar: {taken} · En conflicto: {conflicts} · Suyos conservados: {kept} · Pruebas por añadir: {evidence}</translation>
    </message>
    <message>
        <source>Take all &amp;mine</source>
        <translation>Quedarse con toda &amp;mi versión</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Tomar toda &amp;su versión</translation>
    </message>
    <message>
        <source>Changed both here and in the package: choose which to keep</source>
        <translation>Modificado aquí y en el paquete: elija qué versión conservar</translation>
    </message>
    <message>
        <source>Merged without conflict</source>
        <translation>Fusionado sin conflictos</translation>
    </message>
    <message>
        <source>Edit &gt; Undo cannot take a merge back: merging clears the undo history. The history of each item records every change the merge makes, with where it came from.</source>
        <translation>Edición &gt; Deshacer no puede revertir una fusión: al fusionar se borra el historial de deshacer. El historial de cada elemento registra cada cambio que hace la fusión, con su procedencia.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>Tal como se envió</translation>
    </message>
    <message>
        <source>Here (mine)</source>
        <translation>Aquí (mi versión)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Su versión</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Keep for {code}, {field}</source>
        <translation>Versión que se conserva para {code}, {field}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <source>Settled: {settled} of {total}</source>
        <translation>Resueltos: {settled} de {total}</translation>
    </message>
    <message>
        <source>Changes merged without conflict</source>
        <translation>Cambios fusionados sin conflictos</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>Aquí ahora</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>En el paquete</translation>
    </message>
    <message>
        <source>Taken from the package</source>
        <translation>Tomado del paquete</translation>
    </message>
    <message>
        <source>Yours kept</source>
        <translation>Se conserva el suyo</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Nothing but the conflicts above</source>
        <translation>Nada más que los conflictos de arriba</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Filter by code, text or notes (Ctrl+F)</source>
        <translation>Filtrar por código, texto o notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Texto del filtro</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Not yet scored</source>
        <translation>Sin puntuar</translation>
    </message>
    <message>
        <source>Partly scored</source>
        <translation>Puntuados en parte</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Brechas</translation>
    </message>
    <message>
        <source>Scored, no gap</source>
        <translation>Puntuados, sin brecha</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Filter by priority</source>
        <translation>Filtrar por prioridad</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioridad alta</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>Prioridad media</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Prioridad baja</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sin prioridad</translation>
    </message>
    <message>
        <source>Filter by responsible institution</source>
        <translation>Filtrar por institución responsable</translation>
    </message>
    <message>
        <source>Items of the framework</source>
        <translation>Elementos del marco</translation>
    </message>
    <message>
        <source>Any institution</source>
        <translation>Cualquier institución</translation>
    </message>
    <message>
        <source>{shown} of {total} assessable items shown</source>
        <translation>Se muestran {shown} de {total} elementos evaluables</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>País o entidad</translation>
    </message>
    <message>
        <source>for example: Republic of Meridia</source>
        <translation>por ejemplo: República de Meridia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>for example: National assessment</source>
        <translation>por ejemplo: Evaluación nacional</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>for example: Baseline 2026</source>
        <translation>por ejemplo: Línea de base 2026</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Comenzar a partir de</translation>
    </message>
    <message>
        <source>Nothing: start with an empty checklist</source>
        <translation>Nada: empezar con una lista de verificación vacía</translation>
    </message>
    <message>
        <source>A new round from {label}</source>
        <translation>Un nuevo ciclo a partir de {label}</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>&amp;País o entidad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Comenzar a partir de:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Marco:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>The new round starts with the previous round&apos;s scores, notes, institutions and evidence.</source>
        <translation>El nuevo ciclo parte de las puntuaciones, notas, instituciones y pruebas del ciclo anterior.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overall completion</source>
        <translation>Grado de avance general</translation>
    </message>
    <message>
        <source>%p% complete</source>
        <translation>%p % completado</translation>
    </message>
    <message>
        <source>Largest gaps, by priority</source>
        <translation>Brechas principales, por prioridad</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Legislación</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>&lt;b&gt;Largest gaps, by priority&lt;/b&gt; (click one to open the item)</source>
        <translation>&lt;b&gt;Brechas principales, por prioridad&lt;/b&gt; (haga clic en una para abrir el elemento)</translation>
    </message>
    <message>
        <source>{complete} of {assessable} items complete, {na} of them N/A. {gaps} gaps below the target of {target}: {high} high, {medium} medium, {low} low priority, {none} without a priority.</source>
        <translation>Elementos completos: {complete} de {assessable}, de ellos {na} no aplicables. Brechas por debajo de la meta de {target}: {gaps}; de prioridad alta: {high}, media: {medium}, baja: {low}, sin prioridad: {none}.</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the assessment</source>
        <translation>Cambiar el nombre de la evaluación</translation>
    </message>
    <message>
        <source>Country or entity</source>
        <translation>País o entidad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>&amp;Country or entity:</source>
        <translation>&amp;País o entidad:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>P&amp;eríodo:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Documento PDF (.pdf)</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento de Word (.docx)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>Tabla CSV (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>Datos JSON (.json)</translation>
    </message>
    <message>
        <source>A report on &lt;b&gt;{label}&lt;/b&gt;.</source>
        <translation>Un informe sobre &lt;b&gt;{label}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <source>{label} (progress since then)</source>
        <translation>{label} (progreso desde entonces)</translation>
    </message>
    <message>
        <source>&amp;Include evidence marked sensitive</source>
        <translation>&amp;Incluir las pruebas marcadas como sensibles</translation>
    </message>
    <message>
        <source>Include sensitive evidence</source>
        <translation>Incluir las pruebas sensibles</translation>
    </message>
    <message>
        <source>The report will list sensitive evidence (for example names of victims or shelter addresses). Share it only with people allowed to see it.</source>
        <translation>El informe incluirá pruebas sensibles (por ejemplo, nombres de víctimas o direcciones de centros de acogida). Compártalo solo con personas autorizadas a verlas.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Reports ({patterns})</source>
        <translation>Informes ({patterns})</translation>
    </message>
    <message>
        <source>Data for a spreadsheet or another program: it has no pages, so no paper size.</source>
        <translation>Datos para una hoja de cálculo u otro programa: no tiene páginas, así que no lleva tamaño de papel.</translation>
    </message>
</context>
<context>
    <name>ScoreBox</name>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Score in law and institutions</source>
        <translation>Puntuación en la legislación y las instituciones</translation>
    </message>
    <message>
        <source>Score in practice</source>
        <translation>Puntuación en la práctica</translation>
    </message>
    <message>
        <source>In &amp;law and institutions:</source>
        <translation>En la &amp;legislación y las instituciones:</translation>
    </message>
    <message>
        <source>In &amp;practice:</source>
        <translation>En la prác&amp;tica:</translation>
    </message>
    <message>
        <source>&amp;Not applicable</source>
        <translation>&amp;No aplicable</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Why the item does not apply</source>
        <translation>Por qué el elemento no es aplicable</translation>
    </message>
    <message>
        <source>Why does the item not apply? (required)</source>
        <translation>¿Por qué no es aplicable el elemento? (obligatorio)</translation>
    </message>
    <message>
        <source>An item is only N/A with a justification: say why it does not apply.</source>
        <translation>Un elemento solo puede marcarse como no aplicable si se justifica: indique por qué no es aplicable.</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— sin puntuar —</translation>
    </message>
    <message>
        <source>&lt;small&gt;The scale:&lt;/small&gt;</source>
        <translation>&lt;small&gt;La escala:&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <source>Scores per pillar</source>
        <translation>Puntuaciones por pilar</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>En la legislación y las instituciones</translation>
    </message>
    <message>
        <source>In practice</source>
        <translation>En la práctica</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>{complete} of {assessable} complete</source>
        <translation>{complete} de {assessable} completos</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
</context>
<context>
    <name>SendPartDialog</name>
    <message>
        <source>Send part to an institution</source>
        <translation>Enviar una parte a una institución</translation>
    </message>
    <message>
        <source>A package with part of {label}, for an institution to fill in with Assess and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>Un paquete con una parte de {label}, para que una institución lo complete con Assess y lo devuelva. Importe lo que reciba con Archivo &gt; Importar una contribución.</translation>
    </message>
    <message>
        <source>Responsible institution</source>
        <translation>Institución responsable</translation>
    </message>
    <message>
        <source>Any: do not narrow by institution</source>
        <translation>Cualquiera: no filtrar por institución</translation>
    </message>
    <message>
        <source>None ticked: the part the assessment was received as.</source>
        <translation>Ninguno marcado: la parte tal como se recibió la evaluación.</translation>
    </message>
    <message>
        <source>None ticked: every pillar.</source>
        <translation>Ninguno marcado: todos los pilares.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir la contraseña</translation>
    </message>
    <message>
        <source>Optional. The password is not saved anywhere: give it to the institution another way than the package (by phone, not in the same e-mail).</source>
        <translation>Opcional. La contraseña no se guarda en ningún sitio: comuníquela a la institución por otro medio distinto del paquete (por teléfono, no en el mismo correo electrónico).</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>&amp;Scrub: leave out sensitive evidence and the names of people</source>
        <translation>&amp;Depurar: excluir las pruebas sensibles y los nombres de personas</translation>
    </message>
    <message>
        <source>Scrub</source>
        <translation>Depurar</translation>
    </message>
    <message>
        <source>For sharing outside government. Institution names stay; free text (rationales, next actions) is kept as written.</source>
        <translation>Para compartir fuera de la administración pública. Se mantienen los nombres de las instituciones; el texto libre (justificaciones, próximos pasos) se conserva tal como está escrito.</translation>
    </message>
    <message>
        <source>Assess packages (*.assess);;All files (*)</source>
        <translation>Paquetes de Assess (*.assess);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>Pillars:</source>
        <translation>Pilares:</translation>
    </message>
    <message>
        <source>Package holds:</source>
        <translation>Contenido del paquete:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Write package</source>
        <translation>&amp;Guardar paquete</translation>
    </message>
    <message>
        <source>Items: {items} · Evidence: {evidence} · Files: {files} ({size})</source>
        <translation>Elementos: {items} · Pruebas: {evidence} · Archivos: {files} ({size})</translation>
    </message>
</context>
<context>
    <name>SharedDatabaseDialog</name>
    <message>
        <source>Open shared database</source>
        <translation>Abrir una base de datos compartida</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server, shared by the team. Ask its administrator for these.</source>
        <translation>Una base de datos en un servidor PostgreSQL, compartida por el equipo. Pida estos datos a su administrador.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>for example: {example}</source>
        <translation>por ejemplo: {example}</translation>
    </message>
    <message>
        <source>&amp;Encrypted connection only</source>
        <translation>Solo conexión &amp;cifrada</translation>
    </message>
    <message>
        <source>The password is never saved. To avoid typing it each time, put it in your PostgreSQL password file ({places}) and leave this field empty.</source>
        <translation>La contraseña nunca se guarda. Para no tener que escribirla cada vez, póngala en su archivo de contraseñas de PostgreSQL ({places}) y deje este campo vacío.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>Walkthrough</name>
    <message>
        <source>Walkthrough</source>
        <translation>Visita guiada</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this again when Assess starts</source>
        <translation>&amp;No volver a mostrar al iniciar Assess</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Pillars and measures</source>
        <translation>Pilares y medidas</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checklist is the UNODC Framework for Action: five &lt;b&gt;pillars&lt;/b&gt; (prosecution, protection, prevention, national cooperation and coordination, international cooperation and coordination), each made of &lt;b&gt;measures&lt;/b&gt;, and the 23 &lt;b&gt;recommendations&lt;/b&gt; of the Working Group on Trafficking in Persons.&lt;/p&gt;&lt;p&gt;They are in the tree on the left, each with its state and its scores. The guiding principles and cross-cutting challenges are there too, as context: they are not scored.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow the tree; Ctrl+PgDown moves to the next item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La lista de verificación es el Marco de Acción de la UNODC: cinco &lt;b&gt;pilares&lt;/b&gt; (enjuiciamiento, protección, prevención, cooperación y coordinación nacionales, cooperación y coordinación internacionales), cada uno compuesto por &lt;b&gt;medidas&lt;/b&gt;, y las 23 &lt;b&gt;recomendaciones&lt;/b&gt; del Grupo de Trabajo sobre la Trata de Personas.&lt;/p&gt;&lt;p&gt;Figuran en el árbol de la izquierda, cada uno con su estado y sus puntuaciones. También aparecen, como contexto, los principios rectores y los problemas transversales, que no se puntúan.&lt;/p&gt;&lt;p&gt;Escriba en el cuadro de filtro (Ctrl+F) o elija un estado, una prioridad o una institución para acotar el árbol; Ctrl+PgDown pasa al elemento siguiente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Scoring an item</source>
        <translation>Puntuar un elemento</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each item gets two scores on the same scale, from 0 (not in place) to 4 (fully in place): &lt;b&gt;in law and institutions&lt;/b&gt; (is the legal and institutional basis there?) and &lt;b&gt;in practice&lt;/b&gt; (is it implemented and working?). The two often differ: that is the point.&lt;/p&gt;&lt;p&gt;If an item does not apply to your country, tick &lt;b&gt;N/A&lt;/b&gt; and say why: an N/A needs a justification.&lt;/p&gt;&lt;p&gt;Below the scores, write the rationale, the responsible institutions, the priority, a target date, the next action and the technical assistance needed. Every change is saved the moment you make it; Edit &amp;gt; Undo takes it back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cada elemento recibe dos puntuaciones en la misma escala, de 0 (inexistente) a 4 (plenamente establecido): &lt;b&gt;en la legislación y las instituciones&lt;/b&gt; (¿existe la base jurídica e institucional?) y &lt;b&gt;en la práctica&lt;/b&gt; (¿se aplica y funciona?). A menudo difieren, y eso es precisamente lo que se quiere ver.&lt;/p&gt;&lt;p&gt;Si un elemento no es aplicable a su país, marque &lt;b&gt;No aplicable&lt;/b&gt; e indique el motivo: esta opción exige una justificación.&lt;/p&gt;&lt;p&gt;Debajo de las puntuaciones, anote la justificación, las instituciones responsables, la prioridad, una fecha prevista, el próximo paso y la asistencia técnica necesaria. Cada cambio se guarda en el momento; Edición &amp;gt; Deshacer lo revierte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;Evidence&lt;/b&gt; tab under the item holds what the scores rest on: files (laws, circulars, statistics, memoranda of understanding), links and legal citations.&lt;/p&gt;&lt;p&gt;Add files with &lt;b&gt;Add files…&lt;/b&gt; or drag them onto the item. They are stored inside the database and checked by their SHA-256 fingerprint. Mark a file &lt;b&gt;sensitive&lt;/b&gt; when it names victims or shelters: it is then left out of the reports unless you ask for it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La pestaña &lt;b&gt;Pruebas&lt;/b&gt;, debajo del elemento, reúne aquello en lo que se basan las puntuaciones: archivos (leyes, circulares, estadísticas, memorandos de entendimiento), enlaces y citas jurídicas.&lt;/p&gt;&lt;p&gt;Añada archivos con &lt;b&gt;Añadir archivos…&lt;/b&gt; o arrástrelos sobre el elemento. Se guardan dentro de la base de datos y se verifican mediante su huella SHA-256. Marque un archivo como &lt;b&gt;sensible&lt;/b&gt; cuando mencione a víctimas o centros de acogida: así quedará fuera de los informes, salvo que pida incluirlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Gaps and the overview</source>
        <translation>Brechas y vista general</translation>
    </message>
    <message>
        <source>&lt;p&gt;An item is a &lt;b&gt;gap&lt;/b&gt; when the lower of its two scores is below the target. Choose &lt;b&gt;Gaps&lt;/b&gt; in the state filter to see only those.&lt;/p&gt;&lt;p&gt;View &amp;gt; Overview (Ctrl+2) shows how far the assessment has come, the mean scores of each pillar in law and in practice against the target, and the largest gaps by priority; click a gap to open the item.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un elemento es una &lt;b&gt;brecha&lt;/b&gt; cuando la menor de sus dos puntuaciones está por debajo de la meta. Elija &lt;b&gt;Brechas&lt;/b&gt; en el filtro de estado para ver solo esos elementos.&lt;/p&gt;&lt;p&gt;Ver &amp;gt; Vista general (Ctrl+2) muestra el grado de avance de la evaluación, las puntuaciones medias de cada pilar en la legislación y en la práctica frente a la meta, y las brechas principales por prioridad; haga clic en una brecha para abrir el elemento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Printing the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>&lt;p&gt;The gap report (PDF) lists the gaps by priority, the action plan by institution, the technical assistance needed and the evidence, with the methodology. &lt;b&gt;File &amp;gt; Export report…&lt;/b&gt; (Ctrl+E) writes it in the window&apos;s language: choose PDF, a Word document to edit or an Excel workbook with the action plan, and a previous round to report progress against.&lt;/p&gt;&lt;p&gt;The same report from the command line, for instance in a script:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;When the team agrees, Assessment &amp;gt; Mark final takes the DRAFT mark off the report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El informe de brechas (PDF) presenta las brechas por prioridad, el plan de acción por institución, la asistencia técnica necesaria y las pruebas, junto con la metodología. &lt;b&gt;Archivo &amp;gt; Exportar informe…&lt;/b&gt; (Ctrl+E) lo genera en el idioma de la ventana: elija PDF, un documento de Word para editar o un libro de Excel con el plan de acción, y un ciclo anterior para informar sobre el progreso.&lt;/p&gt;&lt;p&gt;El mismo informe desde la línea de órdenes, por ejemplo en un script:&lt;/p&gt;&lt;p&gt;&lt;code&gt;{command}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Cuando el equipo esté de acuerdo, Evaluación &amp;gt; Marcar como definitiva quita la marca BORRADOR del informe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Paso {number} de {total}</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminar</translation>
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
        <translation>Haga balance de cómo aplica su país el Protocolo de las Naciones Unidas contra la trata de personas: puntúe cada medida del Marco de Acción de la UNODC y las recomendaciones del Grupo de Trabajo, adjunte las pruebas y vea las brechas.</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>A&amp;brir una base de datos…</translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>Abrir la de&amp;mo</translation>
    </message>
    <message>
        <source>A fictional country&apos;s assessment in two rounds, on a throwaway copy.</source>
        <translation>La evaluación de un país ficticio en dos ciclos, en una copia desechable.</translation>
    </message>
    <message>
        <source>Assessments in this database</source>
        <translation>Evaluaciones de esta base de datos</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>Bases de datos recientes</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Assessments in this database&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Evaluaciones de esta base de datos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Recent databases&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bases de datos &amp;recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>None yet: create one with New assessment.</source>
        <translation>Ninguna todavía: cree una con Nueva evaluación.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Created {label}</source>
        <translation>Creada: {label}</translation>
    </message>
    <message>
        <source>Rename the assessment</source>
        <translation>Cambiar el nombre de la evaluación</translation>
    </message>
    <message>
        <source>Saved: the assessment is now called {label}</source>
        <translation>Guardado: la evaluación se llama ahora {label}</translation>
    </message>
    <message>
        <source>Mark the assessment final</source>
        <translation>Marcar la evaluación como definitiva</translation>
    </message>
    <message>
        <source>Reopen the assessment as a draft</source>
        <translation>Reabrir la evaluación como borrador</translation>
    </message>
    <message>
        <source>Saved: the assessment is final</source>
        <translation>Guardado: la evaluación es definitiva</translation>
    </message>
    <message>
        <source>Saved: reopened as a draft</source>
        <translation>Guardado: reabierta como borrador</translation>
    </message>
    <message>
        <source>Not saved: the database could not be written. The edit is kept and tried again.</source>
        <translation>No guardado: no se pudo escribir en la base de datos. El cambio se conserva y se volverá a intentar.</translation>
    </message>
    <message>
        <source>Saved: {what}</source>
        <translation>Guardado: {what}</translation>
    </message>
    <message>
        <source>Add evidence {name}</source>
        <translation>Añadir la prueba {name}</translation>
    </message>
    <message>
        <source>Saved: {name} added to {code}</source>
        <translation>Guardado: {name} añadido a {code}</translation>
    </message>
    <message>
        <source>Remove evidence {name}</source>
        <translation>Quitar la prueba {name}</translation>
    </message>
    <message>
        <source>Saved: {name} removed from {code}</source>
        <translation>Guardado: {name} quitado de {code}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Assess ran into an unexpected problem. Your saved work is safe: every edit is saved the moment it is made.

The details were written to:
{path}

Please send that file to your support contact. You can carry on working.</source>
        <translation>Assess ha tenido un problema inesperado. Su trabajo guardado está a salvo: cada cambio se guarda en el momento en que se hace.

Los detalles se han escrito en:
{path}

Envíe ese archivo a su contacto de asistencia técnica. Puede seguir trabajando.</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Assess databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Assess (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>Añadir archivos de prueba</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>That password is wrong. Type the password of {name} again:</source>
        <translation>La contraseña no es correcta. Vuelva a escribir la contraseña de {name}:</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Password:</source>
        <translation>{name} está protegido con contraseña. Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Someone else saved this item at the same moment; your edit was not saved. Look at the current value and make it again.</source>
        <translation>Otra persona guardó este elemento al mismo tiempo; su cambio no se ha guardado. Revise el valor actual y vuelva a hacerlo.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problema con la base de datos</translation>
    </message>
    <message>
        <source>Framework problem</source>
        <translation>Problema con el marco</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>No es posible</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
</context>
</TS>
