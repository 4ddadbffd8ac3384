<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Approve as final</source>
        <translation>Aprobar como definitiva</translation>
    </message>
    <message>
        <source>Approve {label} as final. A final assessment is read-only, and its report carries the approval page with these names instead of the DRAFT mark.</source>
        <translation>Aprobar {label} como definitiva. Una evaluación definitiva es de solo lectura, y su informe lleva la página de aprobación con estos nombres en lugar de la marca BORRADOR.</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Órgano</translation>
    </message>
    <message>
        <source>Approved &amp;by:</source>
        <translation>Aprobada &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>For the b&amp;ody:</source>
        <translation>En nombre del ór&amp;gano:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Approve it as it is all the same</source>
        <translation>Aprobarla tal como está de todos modos</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>Not everything is there yet:</source>
        <translation>Aún no está todo:</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Not fully scored: {codes}</source>
        <translation>Sin puntuar por completo: {codes}</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>conjunto</translation>
    </message>
    <message>
        <source>No key finding yet: {scopes}</source>
        <translation>Aún sin conclusión principal: {scopes}</translation>
    </message>
</context>
<context>
    <name>AssessmentSwitcher</name>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Open assessment</source>
        <translation>Evaluación abierta</translation>
    </message>
    <message>
        <source> Assessment: </source>
        <translation> Evaluación: </translation>
    </message>
    <message>
        <source> [final]</source>
        <translation> [definitiva]</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>No breakdown recorded for this period.</source>
        <translation>No hay ningún desglose registrado para este período.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Scores or N/A</source>
        <translation>Puntuaciones o no aplicable</translation>
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
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>{code} was changed by {user} ({when}) while you were editing it. Nothing is lost: choose for each part what to keep. What you do not keep stays one Undo away (Edit &gt; Undo).</source>
        <translation>{user} modificó {code} ({when}) mientras usted lo editaba. No se pierde nada: elija para cada parte qué conservar. Lo que no conserve se puede recuperar con Deshacer (Edición &gt; Deshacer).</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Conservar toda la versión &amp;propia</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Tomar toda la versión &amp;recibida</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Theirs ({user})</source>
        <translation>Versión recibida ({user})</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Versión propia</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la propia</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la recibida</translation>
    </message>
    <message>
        <source>Merge by hand</source>
        <translation>Combinar a mano</translation>
    </message>
    <message>
        <source>Merged text of {field}</source>
        <translation>Texto combinado de {field}</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>taking {user}&apos;s version of {code}</source>
        <translation>tomar la versión de {user} de {code}</translation>
    </message>
    <message>
        <source>the other</source>
        <translation>la otra persona</translation>
    </message>
    <message>
        <source>kept {user}&apos;s version of {code}; yours is one Undo away (Edit &gt; Undo).</source>
        <translation>se conservó la versión de {user} de {code}; la propia se recupera con Deshacer (Edición &gt; Deshacer).</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence</source>
        <translation>
            <numerusform>%Ln prueba</numerusform>
            <numerusform>%Ln pruebas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assessment(s)</source>
        <translation>
            <numerusform>%Ln evaluación</numerusform>
            <numerusform>%Ln evaluaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln later change(s) of yours kept</source>
        <translation>
            <numerusform>%Ln cambio posterior propio conservado</numerusform>
            <numerusform>%Ln cambios posteriores propios conservados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>{local} or {iso}</source>
        <translation>{local} o {iso}</translation>
    </message>
    <message>
        <source>Choose {name} from a calendar</source>
        <translation>Elegir {name} en un calendario</translation>
    </message>
</context>
<context>
    <name>EvidenceDetailsDialog</name>
    <message>
        <source>Evidence details</source>
        <translation>Detalles de la prueba</translation>
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
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the SHA-256</source>
        <translation>Copiar el SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Citation:</source>
        <translation>Cita jurídica:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Añadida:</translation>
    </message>
    <message>
        <source>{when} by {who}</source>
        <translation>{when} por {who}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Sensitive (for example names of victims or shelter addresses)</source>
        <translation>&amp;Sensible (por ejemplo, nombres de víctimas o direcciones de albergues)</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
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
    <message>
        <source>Handed {name} to the system&apos;s viewer.</source>
        <translation>{name} se abrió con el visor del sistema.</translation>
    </message>
    <message>
        <source>No program on this computer opened {name}.</source>
        <translation>Ningún programa de este equipo abrió {name}.</translation>
    </message>
    <message>
        <source>No program on this computer could open {name}. A checked copy is at {path}: open it from there, or install a program for this kind of file.</source>
        <translation>Ningún programa de este equipo pudo abrir {name}. Hay una copia verificada en {path}: ábrala desde allí o instale un programa para este tipo de archivo.</translation>
    </message>
    <message>
        <source>No program on this computer could open the link {name}.</source>
        <translation>Ningún programa de este equipo pudo abrir el enlace {name}.</translation>
    </message>
    <message>
        <source>Cannot open the evidence</source>
        <translation>No se puede abrir la prueba</translation>
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
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;talles…</translation>
    </message>
    <message>
        <source>Details of the selected evidence</source>
        <translation>Detalles de la prueba seleccionada</translation>
    </message>
    <message>
        <source>Copied the SHA-256 of {name}</source>
        <translation>Se copió el SHA-256 de {name}</translation>
    </message>
    <message>
        <source>&amp;Copy SHA-256</source>
        <translation>&amp;Copiar el SHA-256</translation>
    </message>
</context>
<context>
    <name>FigureEdits</name>
    <message>
        <source>Saved: {what}</source>
        <translation>Guardado: {what}</translation>
    </message>
    <message>
        <source>Add indicator {code}</source>
        <translation>Añadir el indicador {code}</translation>
    </message>
    <message>
        <source>Change indicator {code}</source>
        <translation>Modificar el indicador {code}</translation>
    </message>
    <message>
        <source>Remove indicator {code}</source>
        <translation>Eliminar el indicador {code}</translation>
    </message>
</context>
<context>
    <name>FigureGrid</name>
    <message>
        <source>Figures: periods across, the total and the categories down</source>
        <translation>Cifras: los períodos en columnas, el total y las categorías en filas</translation>
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
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Quality note</source>
        <translation>Nota de calidad</translation>
    </message>
    <message>
        <source>{row}, {period}: {problem} Nothing was saved.</source>
        <translation>{row}, {period}: {problem} No se guardó nada.</translation>
    </message>
    <message>
        <source>The block pasted is {rows} rows by {columns} columns; from this cell there is room for {room_rows} by {room_columns}. Add the periods first, or paste from another cell. Nothing was saved.</source>
        <translation>El bloque pegado tiene {rows} filas por {columns} columnas; desde esta celda caben {room_rows} por {room_columns}. Añada primero los períodos o pegue desde otra celda. No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>FileDetailsDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Adjuntar pruebas</translation>
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
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… y %Ln más</numerusform>
            <numerusform>… y %Ln más</numerusform>
        </translation>
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
    <name>FindingEditor</name>
    <message>
        <source>What the team concludes, in its own words</source>
        <translation>Lo que concluye el equipo, con sus propias palabras</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Undone: {what}</source>
        <translation>Deshecho: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Rehecho: {what}</translation>
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
    <message>
        <source>Description of evidence</source>
        <translation>Descripción de la prueba</translation>
    </message>
    <message>
        <source>Evidence marked sensitive</source>
        <translation>Prueba marcada como sensible</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message numerus="yes">
        <source>%Ln change(s) taken from the contribution</source>
        <translation>
            <numerusform>%Ln cambio tomado de la contribución</numerusform>
            <numerusform>%Ln cambios tomados de la contribución</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for the received version</source>
        <translation>
            <numerusform>%Ln conflicto resuelto a favor de la versión recibida</numerusform>
            <numerusform>%Ln conflictos resueltos a favor de la versión recibida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) settled for your own version</source>
        <translation>
            <numerusform>%Ln conflicto resuelto a favor de la versión propia</numerusform>
            <numerusform>%Ln conflictos resueltos a favor de la versión propia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence added</source>
        <translation>
            <numerusform>%Ln prueba añadida</numerusform>
            <numerusform>%Ln pruebas añadidas</numerusform>
        </translation>
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
    <message>
        <source>a workbook filled in with a spreadsheet program</source>
        <translation>un libro rellenado con una hoja de cálculo</translation>
    </message>
    <message>
        <source>Merging takes the changes made in the workbook, keeps the ones made here, and shows every item changed on both sides for you to choose. A workbook cannot become a new assessment.</source>
        <translation>La combinación toma los cambios hechos en el libro, conserva los hechos aquí y le muestra cada elemento modificado en ambos lados para que elija. Un libro no puede convertirse en una nueva evaluación.</translation>
    </message>
</context>
<context>
    <name>IndicatorView</name>
    <message>
        <source>Period of the breakdown</source>
        <translation>Período del desglose</translation>
    </message>
    <message>
        <source>Dimension of the breakdown</source>
        <translation>Dimensión del desglose</translation>
    </message>
    <message>
        <source>Breakdown of</source>
        <translation>Desglose de</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>a year, or FIRST/LAST day: 2026-01-01/2026-06-30</source>
        <translation>un año, o PRIMER/ÚLTIMO día: 2026-01-01/2026-06-30</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Nuevo período</translation>
    </message>
    <message>
        <source>Add &amp;period</source>
        <translation>Añadir &amp;período</translation>
    </message>
    <message>
        <source>&amp;Change this indicator…</source>
        <translation>&amp;Modificar este indicador…</translation>
    </message>
    <message>
        <source>&amp;Remove this indicator</source>
        <translation>&amp;Eliminar este indicador</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>porcentaje</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <source>{unit} · informs {items}</source>
        <translation>{unit} · informa {items}</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† Añadido por su equipo a esta evaluación.</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>Cifras de {code}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>No total recorded yet.</source>
        <translation>Todavía no hay ningún total registrado.</translation>
    </message>
    <message>
        <source>Latest: {value} ({period})</source>
        <translation>Último: {value} ({period})</translation>
    </message>
    <message>
        <source>{change} on {period}</source>
        <translation>{change} respecto de {period}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>alcanzada</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no alcanzada</translation>
    </message>
    <message>
        <source>target {target}: {met}</source>
        <translation>meta {target}: {met}</translation>
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
        <source>Save state of the rationale and plan</source>
        <translation>Estado de guardado de la justificación y el plan</translation>
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
    <message>
        <source>Not a date: type it as {example}, or leave it empty for none.</source>
        <translation>No es una fecha: escríbala como {example} o deje el campo vacío si no hay fecha.</translation>
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
        <translation>Principios rectores y desafíos transversales</translation>
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
    <message>
        <source>{item} ({kind})</source>
        <translation>{item} ({kind})</translation>
    </message>
    <message>
        <source>Title written for this checklist; it is not in the source.</source>
        <translation>Título redactado para esta lista; no figura en la fuente.</translation>
    </message>
    <message>
        <source>Text written for this checklist; it is not quoted from the source.</source>
        <translation>Texto redactado para esta lista; no está citado de la fuente.</translation>
    </message>
    <message>
        <source>same request</source>
        <translation>misma petición</translation>
    </message>
    <message>
        <source>a means</source>
        <translation>un medio</translation>
    </message>
    <message>
        <source>a prerequisite</source>
        <translation>un requisito previo</translation>
    </message>
    <message>
        <source>({reason}) {note}</source>
        <translation>({reason}) {note}</translation>
    </message>
    <message>
        <source>Cited together: {source}.</source>
        <translation>Citados juntos: {source}.</translation>
    </message>
</context>
<context>
    <name>ItemIndicators</name>
    <message>
        <source>Figures…</source>
        <translation>Cifras…</translation>
    </message>
    <message>
        <source>Operational indicators</source>
        <translation>Indicadores operacionales</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>no figures yet</source>
        <translation>todavía sin cifras</translation>
    </message>
    <message>
        <source>Figures of {code}</source>
        <translation>Cifras de {code}</translation>
    </message>
    <message>
        <source>† Added by your team to this assessment.</source>
        <translation>† Añadido por su equipo a esta evaluación.</translation>
    </message>
</context>
<context>
    <name>ItemJudgement</name>
    <message>
        <source>Key finding on {pillar}</source>
        <translation>Conclusión principal sobre {pillar}</translation>
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
        <source>The item, its scores and notes</source>
        <translation>El elemento, sus puntuaciones y notas</translation>
    </message>
    <message>
        <source>No item matches the filters. Clear them (or choose All items) to see every item.</source>
        <translation>Ningún elemento coincide con los filtros. Bórrelos (o elija Todos los elementos) para ver todos los elementos.</translation>
    </message>
    <message>
        <source>This assessment is final, so it is read-only. To change it, take it back to draft: Assessment &gt; Back to draft.</source>
        <translation>Esta evaluación es definitiva, así que es de solo lectura. Para modificarla, devuélvala a borrador: Evaluación &gt; Volver a borrador.</translation>
    </message>
</context>
<context>
    <name>ItemTargetDialog</name>
    <message>
        <source>Target of {code}</source>
        <translation>Meta de {code}</translation>
    </message>
    <message>
        <source>As set above it ({level})</source>
        <translation>Como por encima ({level})</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>Por qué esta meta</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
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
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>Alcanza la meta</translation>
    </message>
    <message>
        <source>Gap, minor</source>
        <translation>Brecha leve</translation>
    </message>
    <message>
        <source>Gap, major</source>
        <translation>Brecha grave</translation>
    </message>
    <message>
        <source>Gap, critical</source>
        <translation>Brecha crítica</translation>
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
    <message>
        <source>In law and institutions</source>
        <translation>En la legislación y las instituciones</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>en la práctica</translation>
    </message>
</context>
<context>
    <name>Judgement</name>
    <message>
        <source>Change the targets</source>
        <translation>Cambiar las metas</translation>
    </message>
    <message>
        <source>Set the target of {code}</source>
        <translation>Fijar la meta de {code}</translation>
    </message>
    <message>
        <source>Saved: the targets</source>
        <translation>Guardado: las metas</translation>
    </message>
    <message>
        <source>Saved: the key finding</source>
        <translation>Guardado: la conclusión principal</translation>
    </message>
    <message>
        <source>Saved: the methodology</source>
        <translation>Guardado: la metodología</translation>
    </message>
    <message>
        <source>Saved: the assessment is approved as final</source>
        <translation>Guardado: la evaluación está aprobada como definitiva</translation>
    </message>
    <message>
        <source>Saved: back to draft</source>
        <translation>Guardado: vuelta a borrador</translation>
    </message>
    <message>
        <source>Edit the key finding</source>
        <translation>Editar la conclusión principal</translation>
    </message>
    <message>
        <source>Not yet scored.</source>
        <translation>Aún sin puntuar.</translation>
    </message>
    <message>
        <source>Partly scored: not judged yet.</source>
        <translation>Puntuado en parte: aún no se juzga.</translation>
    </message>
    <message>
        <source>Meets its target.</source>
        <translation>Alcanza su meta.</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <translation>No aplicable.</translation>
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
        <source>Monitoring</source>
        <translation>Seguimiento</translation>
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
        <source>Undo and Redo wait until your edits of {items} are saved.</source>
        <translation>Deshacer y Rehacer esperan a que se guarden sus cambios de {items}.</translation>
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
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar y perderlos</translation>
    </message>
    <message>
        <source>Go on and lose them</source>
        <translation>Continuar y perderlos</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Your edits of {items} could not be saved yet. {reason}

Go on and lose them, or cancel and keep them until the database can be written?</source>
        <translation>Aún no se han podido guardar sus cambios de {items}. {reason}

¿Continuar y perderlos, o cancelar y conservarlos hasta que se pueda escribir en la base de datos?</translation>
    </message>
    <message>
        <source>Show the &amp;navigator</source>
        <translation>Mostrar el &amp;navegador</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>The database was copied to {path}.</source>
        <translation>La base de datos se copió en {path}.</translation>
    </message>
    <message>
        <source>Replace everything in {database} with the backup {backup}?

The backup holds {assessments}, last changed {when} ({size}).

The database as it is now is kept as a copy beside it.</source>
        <translation>¿Reemplazar todo el contenido de {database} por la copia de seguridad {backup}?

La copia contiene {assessments}, con el último cambio el {when} ({size}).

La base de datos tal como está ahora se conserva como copia a su lado.</translation>
    </message>
    <message>
        <source>The database now holds the backup {path}: {assessments}.</source>
        <translation>La base de datos contiene ahora la copia de seguridad {path}: {assessments}.</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
{contents}</source>
        <translation>{path}

Para: {institution}
{contents}</translation>
    </message>
    <message>
        <source>Workbook written to {path}</source>
        <translation>Libro escrito en {path}</translation>
    </message>
    <message>
        <source>Workbook written</source>
        <translation>Libro escrito</translation>
    </message>
    <message>
        <source>{path}

For: {institution}
Items: {items} · Evidence listed: {evidence} · Size: {size}

Send it to the institution: they fill it in with Excel or LibreOffice Calc and send it back. Merge what comes back with File &gt; Import contribution.</source>
        <translation>{path}

Para: {institution}
Elementos: {items} · Pruebas enumeradas: {evidence} · Tamaño: {size}

Envíelo a la institución: lo completa con Excel o LibreOffice Calc y lo devuelve. Combine lo que reciba con Archivo &gt; Importar una contribución.</translation>
    </message>
    <message>
        <source>Cannot write the workbook</source>
        <translation>No se puede escribir el libro</translation>
    </message>
    <message>
        <source>Cannot import the workbook</source>
        <translation>No se puede importar el libro</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from, and cannot become a new assessment. {reason}</source>
        <translation>Un libro se combina con la evaluación desde la que se envió y no puede convertirse en una nueva evaluación. {reason}</translation>
    </message>
    <message>
        <source>The workbook was sent from another assessment ({label}): open that one to merge it.</source>
        <translation>El libro se envió desde otra evaluación ({label}): abra esa evaluación para combinarlo.</translation>
    </message>
    <message>
        <source>Cannot merge the workbook</source>
        <translation>No se puede combinar el libro</translation>
    </message>
    <message>
        <source>{file} brings nothing new for {label} ({kept}). Nothing was changed.</source>
        <translation>{file} no aporta nada nuevo para {label} ({kept}). No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Merged {file} into {label}.</source>
        <translation>{file} fusionado en {label}.</translation>
    </message>
    <message>
        <source>Items changed</source>
        <translation>Elementos modificados</translation>
    </message>
    <message>
        <source>The history of each item records these changes with the origin: {origin}.</source>
        <translation>El historial de cada elemento registra estos cambios con su origen: {origin}.</translation>
    </message>
    <message>
        <source>Contributions (*.assess *.xlsx);;Assess packages (*.assess);;Workbooks (*.xlsx);;All files (*)</source>
        <translation>Contribuciones (*.assess *.xlsx);;Paquetes de Assess (*.assess);;Libros (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Left out {count} sensitive evidence: sensitive evidence leaves only in a package protected by a password.</source>
        <translation>Se omitieron {count} pruebas sensibles: las pruebas sensibles solo salen en un paquete protegido con contraseña.</translation>
    </message>
    <message>
        <source>&amp;Targets…</source>
        <translation>Me&amp;tas…</translation>
    </message>
    <message>
        <source>&amp;Methodology…</source>
        <translation>&amp;Metodología…</translation>
    </message>
    <message>
        <source>&amp;Approve as final…</source>
        <translation>A&amp;probar como definitiva…</translation>
    </message>
    <message>
        <source>Back to &amp;draft…</source>
        <translation>Volver a &amp;borrador…</translation>
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
        <source>Take all &amp;mine</source>
        <translation>Conservar toda la versión &amp;propia</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Tomar toda la versión &amp;recibida</translation>
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
        <translation>Aquí (versión propia)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Versión recibida</translation>
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
        <translation>Versión propia</translation>
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
        <translation>Versión propia conservada</translation>
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
    <message numerus="yes">
        <source>%Ln change(s) to take</source>
        <translation>
            <numerusform>%Ln cambio por incorporar</numerusform>
            <numerusform>%Ln cambios por incorporar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to settle</source>
        <translation>
            <numerusform>%Ln conflicto por resolver</numerusform>
            <numerusform>%Ln conflictos por resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence to add</source>
        <translation>
            <numerusform>%Ln prueba por añadir</numerusform>
            <numerusform>%Ln pruebas por añadir</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed both here and in the workbook: choose which to keep</source>
        <translation>Modificado aquí y en el libro: elija qué se conserva</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>En el libro</translation>
    </message>
    <message>
        <source>Taken from the workbook</source>
        <translation>Tomado del libro</translation>
    </message>
</context>
<context>
    <name>MethodologyDialog</name>
    <message>
        <source>Methodology</source>
        <translation>Metodología</translation>
    </message>
    <message>
        <source>Who took part, one per line</source>
        <translation>Participantes, uno por línea</translation>
    </message>
    <message>
        <source>Meetings and workshops, one per line: date and name</source>
        <translation>Reuniones y talleres, uno por línea: fecha y nombre</translation>
    </message>
    <message>
        <source>2026-03-04 Inception workshop</source>
        <translation>2026-03-04 Taller de inicio</translation>
    </message>
    <message>
        <source>Sources consulted, one per line</source>
        <translation>Fuentes consultadas, una por línea</translation>
    </message>
    <message>
        <source>How the scores were agreed</source>
        <translation>Cómo se acordaron las puntuaciones</translation>
    </message>
    <message>
        <source>&amp;Who took part
(one per line):</source>
        <translation>&amp;Participantes
(uno por línea):</translation>
    </message>
    <message>
        <source>&amp;Meetings and workshops
(date and name):</source>
        <translation>&amp;Reuniones y talleres
(fecha y nombre):</translation>
    </message>
    <message>
        <source>&amp;Sources consulted:</source>
        <translation>&amp;Fuentes consultadas:</translation>
    </message>
    <message>
        <source>How the scores were &amp;agreed:</source>
        <translation>Cómo se &amp;acordaron las puntuaciones:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Add an indicator of your &amp;own…</source>
        <translation>Añadir un indicador &amp;propio…</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>No figures recorded yet: choose an indicator and type or paste its figures.</source>
        <translation>Todavía no hay cifras registradas: elija un indicador y escriba o pegue sus cifras.</translation>
    </message>
    <message>
        <source>Indicators with figures: {recorded} of {total}, from {first} to {last} · without a total for {last}: {gaps} · breakdowns that do not add up: {flags}</source>
        <translation>Indicadores con cifras: {recorded} de {total}, de {first} a {last} · sin total para {last}: {gaps} · desgloses que no suman el total: {flags}</translation>
    </message>
    <message>
        <source>{value} ({period})</source>
        <translation>{value} ({period})</translation>
    </message>
    <message>
        <source>met</source>
        <translation>alcanzada</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>no alcanzada</translation>
    </message>
    <message>
        <source>{target}: {met}</source>
        <translation>{target}: {met}</translation>
    </message>
    <message>
        <source>Remove indicator</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <source>Remove the indicator {code}? Its figures must be cleared first.</source>
        <translation>¿Eliminar el indicador {code}? Antes deben borrarse sus cifras.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
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
    <message numerus="yes">
        <source>{shown} of %Ln assessable items shown</source>
        <translation>
            <numerusform>Se muestran {shown} de %Ln elemento evaluable</numerusform>
            <numerusform>Se muestran {shown} de %Ln elementos evaluables</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets target</source>
        <translation>Alcanza la meta</translation>
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
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln items complete</source>
        <translation>
            <numerusform>Completos: {complete} de %Ln elemento</numerusform>
            <numerusform>Completos: {complete} de %Ln elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them N/A</source>
        <translation>
            <numerusform>%Ln de ellos no aplicable</numerusform>
            <numerusform>%Ln de ellos no aplicables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with high priority</source>
        <translation>
            <numerusform>%Ln de prioridad alta</numerusform>
            <numerusform>%Ln de prioridad alta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with medium priority</source>
        <translation>
            <numerusform>%Ln de prioridad media</numerusform>
            <numerusform>%Ln de prioridad media</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln with low priority</source>
        <translation>
            <numerusform>%Ln de prioridad baja</numerusform>
            <numerusform>%Ln de prioridad baja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without a priority</source>
        <translation>
            <numerusform>%Ln sin prioridad</numerusform>
            <numerusform>%Ln sin prioridad</numerusform>
        </translation>
    </message>
    <message>
        <source>{complete}, {na}. {gaps}: {priorities}.</source>
        <translation>{complete}, {na}. {gaps}: {priorities}.</translation>
    </message>
    <message>
        <source>In law and institutions</source>
        <translation>En la legislación y las instituciones</translation>
    </message>
    <message>
        <source>in practice</source>
        <translation>en la práctica</translation>
    </message>
    <message numerus="yes">
        <source>%n, minor</source>
        <translation>
            <numerusform>%n, leve</numerusform>
            <numerusform>%n, leve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, major</source>
        <translation>
            <numerusform>%n, grave</numerusform>
            <numerusform>%n, grave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, critical</source>
        <translation>
            <numerusform>%n, crítica</numerusform>
            <numerusform>%n, crítica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln gaps below target</source>
        <translation>
            <numerusform>%Ln brecha por debajo de la meta</numerusform>
            <numerusform>%Ln brechas por debajo de la meta</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall key finding</source>
        <translation>Conclusión principal de conjunto</translation>
    </message>
</context>
<context>
    <name>OwnIndicatorDialog</name>
    <message>
        <source>Change an indicator of your own</source>
        <translation>Modificar un indicador propio</translation>
    </message>
    <message>
        <source>Add an indicator of your own</source>
        <translation>Añadir un indicador propio</translation>
    </message>
    <message>
        <source>Count (a whole number)</source>
        <translation>Número (entero)</translation>
    </message>
    <message>
        <source>Percentage (0 to 100)</source>
        <translation>Porcentaje (de 0 a 100)</translation>
    </message>
    <message>
        <source>Amount of money (say which currency in the definition)</source>
        <translation>Importe (indique la moneda en la definición)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Yes or no (1 or 0)</source>
        <translation>Sí o no (1 o 0)</translation>
    </message>
    <message>
        <source>for example {code}</source>
        <translation>por ejemplo {code}</translation>
    </message>
    <message>
        <source>item codes, for example {codes}</source>
        <translation>códigos de elementos, por ejemplo {codes}</translation>
    </message>
    <message>
        <source>Broken down by</source>
        <translation>Desglosado por</translation>
    </message>
    <message>
        <source>Either way</source>
        <translation>En cualquier sentido</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Cuanto más alto, mejor</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Cuanto más bajo, mejor</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definición:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <source>&amp;Informs the items:</source>
        <translation>&amp;Informa los elementos:</translation>
    </message>
    <message>
        <source>&amp;Broken down by:</source>
        <translation>&amp;Desglosado por:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Meta:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Sen&amp;tido:</translation>
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
    <name>ReopenDialog</name>
    <message>
        <source>Back to draft</source>
        <translation>Volver a borrador</translation>
    </message>
    <message>
        <source>Take {label} back to draft? Say why: the reason is kept in its status history.</source>
        <translation>¿Devolver {label} a borrador? Indique por qué: el motivo se guarda en el historial de su estado.</translation>
    </message>
    <message>
        <source>Why it goes back to draft</source>
        <translation>Por qué vuelve a borrador</translation>
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
    <name>SaveState</name>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado a las {time}</translation>
    </message>
    <message>
        <source>Not saved yet: kept here and saved as soon as the database can be written. {reason}</source>
        <translation>Aún no guardado: se conserva aquí y se guardará en cuanto se pueda escribir en la base de datos. {reason}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Not saved: something went wrong (the details are in the log).</source>
        <translation>No guardado: algo salió mal (los detalles están en el registro).</translation>
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
        <source>Save state of the scores</source>
        <translation>Estado de guardado de las puntuaciones</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— sin puntuar —</translation>
    </message>
    <message>
        <source>{number} – {label}</source>
        <translation>{number} – {label}</translation>
    </message>
    <message>
        <source>{label}: {description}</source>
        <translation>{label}: {description}</translation>
    </message>
    <message>
        <source>The scale:</source>
        <translation>La escala:</translation>
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
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message numerus="yes">
        <source>{complete} of %Ln complete</source>
        <translation>
            <numerusform>{complete} de %Ln completo</numerusform>
            <numerusform>{complete} de %Ln completos</numerusform>
        </translation>
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
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Package (Assess)</source>
        <translation>Paquete (Assess)</translation>
    </message>
    <message>
        <source>Workbook (Excel, LibreOffice)</source>
        <translation>Libro (Excel, LibreOffice)</translation>
    </message>
    <message>
        <source>Language of the workbook</source>
        <translation>Idioma del libro</translation>
    </message>
    <message>
        <source>For an institution without Assess: one row per item to fill in with Excel or LibreOffice Calc, with instructions in the language chosen. A workbook lists evidence but carries no files, never lists sensitive evidence or names of people, and has no password.</source>
        <translation>Para una institución sin Assess: una fila por elemento para completar con Excel o LibreOffice Calc, con instrucciones en el idioma elegido. Un libro enumera las pruebas pero no transporta archivos, nunca enumera pruebas confidenciales ni nombres de personas y no tiene contraseña.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A workbook with part of {label}, for an institution without Assess to fill in with a spreadsheet program and send back. Import what comes back with File &gt; Import contribution.</source>
        <translation>Un libro con parte de {label}, para que una institución sin Assess lo complete con una hoja de cálculo y lo devuelva. Importe lo que reciba con Archivo &gt; Importar una contribución.</translation>
    </message>
    <message>
        <source>Workbook holds:</source>
        <translation>Contenido del libro:</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence listed (no files)</source>
        <translation>
            <numerusform>%Ln prueba enumerada (sin archivos)</numerusform>
            <numerusform>%Ln pruebas enumeradas (sin archivos)</numerusform>
        </translation>
    </message>
    <message>
        <source>{files} ({size})</source>
        <translation>{files} ({size})</translation>
    </message>
    <message>
        <source>&amp;Write workbook</source>
        <translation>&amp;Guardar libro</translation>
    </message>
</context>
<context>
    <name>ServerState</name>
    <message>
        <source>The database is not answering (for {seconds} seconds now). What you type is kept in this window and saved as soon as it answers.</source>
        <translation>La base de datos no responde (desde hace {seconds} segundos). Lo que escriba se conserva en esta ventana y se guardará en cuanto responda.</translation>
    </message>
    <message>
        <source>{reason} What you type is kept in this window and saved as soon as it can be.</source>
        <translation>{reason} Lo que escriba se conserva en esta ventana y se guardará en cuanto sea posible.</translation>
    </message>
    <message>
        <source>State of the database</source>
        <translation>Estado de la base de datos</translation>
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
    <name>SheetCommands</name>
    <message>
        <source>&amp;Write a sheet…</source>
        <translation>&amp;Escribir una hoja…</translation>
    </message>
    <message>
        <source>Every figure and the rows to fill in, as a spreadsheet or CSV file</source>
        <translation>Todas las cifras y las filas por completar, en un libro de cálculo o un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Read a sheet…</source>
        <translation>&amp;Leer una hoja…</translation>
    </message>
    <message>
        <source>Save the figures of a filled-in sheet</source>
        <translation>Guardar las cifras de una hoja completada</translation>
    </message>
    <message>
        <source>Write a sheet of figures</source>
        <translation>Escribir una hoja de cifras</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx);;CSV files (*.csv)</source>
        <translation>Libros de cálculo (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Sheet not written</source>
        <translation>Hoja no escrita</translation>
    </message>
    <message>
        <source>Sheet written: {path}</source>
        <translation>Hoja escrita: {path}</translation>
    </message>
    <message>
        <source>Read a sheet of figures</source>
        <translation>Leer una hoja de cifras</translation>
    </message>
    <message>
        <source>Sheet not read</source>
        <translation>Hoja no leída</translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation>Nada que guardar</translation>
    </message>
    <message>
        <source>{name} holds no figures.</source>
        <translation>{name} no contiene ninguna cifra.</translation>
    </message>
    <message>
        <source>Figures from {name}</source>
        <translation>Cifras de {name}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Up / Down (in the tree)</source>
        <translation>Arriba / Abajo (en el árbol)</translation>
    </message>
    <message>
        <source>The item above or below; the item pane follows</source>
        <translation>El elemento de arriba o de abajo; el panel del elemento lo sigue</translation>
    </message>
    <message>
        <source>Left / Right (in the tree)</source>
        <translation>Izquierda / Derecha (en el árbol)</translation>
    </message>
    <message>
        <source>Fold or unfold a pillar</source>
        <translation>Plegar o desplegar un pilar</translation>
    </message>
    <message>
        <source>Enter / Down (in the filter box)</source>
        <translation>Intro / Abajo (en el cuadro de filtro)</translation>
    </message>
    <message>
        <source>Go to the first item found</source>
        <translation>Ir al primer elemento encontrado</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Mayús+Tab</translation>
    </message>
    <message>
        <source>The next or previous field, in the order on screen</source>
        <translation>El campo siguiente o anterior, en el orden de la pantalla</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>The field, button or menu with that letter</source>
        <translation>El campo, botón o menú con esa letra</translation>
    </message>
    <message>
        <source>Ctrl+Z (in a text field)</source>
        <translation>Ctrl+Z (en un campo de texto)</translation>
    </message>
    <message>
        <source>Undo what you typed there and is not saved yet; when nothing is, the last saved edit</source>
        <translation>Deshacer lo que escribió allí y aún no se ha guardado; si no hay nada, la última edición guardada</translation>
    </message>
    <message>
        <source>Up / Down (in the target date)</source>
        <translation>Arriba / Abajo (en la fecha prevista)</translation>
    </message>
    <message>
        <source>A day later or earlier</source>
        <translation>Un día después o antes</translation>
    </message>
    <message>
        <source>Enter (in the evidence list)</source>
        <translation>Intro (en la lista de pruebas)</translation>
    </message>
    <message>
        <source>Open the selected evidence</source>
        <translation>Abrir la prueba seleccionada</translation>
    </message>
    <message>
        <source>Delete (in the evidence list)</source>
        <translation>Supr (en la lista de pruebas)</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Quitar la prueba seleccionada</translation>
    </message>
    <message>
        <source>Enter (in the largest gaps)</source>
        <translation>Intro (en las brechas principales)</translation>
    </message>
    <message>
        <source>Open the item</source>
        <translation>Abrir el elemento</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
</context>
<context>
    <name>TargetBox</name>
    <message>
        <source>Set &amp;target…</source>
        <translation>Fijar la &amp;meta…</translation>
    </message>
    <message>
        <source>Target {target} (the assessment&apos;s).</source>
        <translation>Meta {target} (la de la evaluación).</translation>
    </message>
    <message>
        <source>Target {target}, set for this item: {reason}</source>
        <translation>Meta {target}, fijada para este elemento: {reason}</translation>
    </message>
    <message>
        <source>Target {target}, set for {code}: {reason}</source>
        <translation>Meta {target}, fijada para {code}: {reason}</translation>
    </message>
    <message>
        <source>Gap of 1 level: minor.</source>
        <translation>Brecha de un nivel: leve.</translation>
    </message>
    <message>
        <source>Gap of 2 levels: major.</source>
        <translation>Brecha de 2 niveles: grave.</translation>
    </message>
    <message numerus="yes">
        <source>Gap of %n levels: critical.</source>
        <translation>
            <numerusform>Brecha de %n nivel: crítica.</numerusform>
            <numerusform>Brecha de %n niveles: crítica.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Targets</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Target of the assessment</source>
        <translation>Meta de la evaluación</translation>
    </message>
    <message>
        <source>Why this target</source>
        <translation>Por qué esta meta</translation>
    </message>
    <message>
        <source>&amp;Target of the assessment:</source>
        <translation>&amp;Meta de la evaluación:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Targets set on pillars, branches and items</source>
        <translation>Metas fijadas para pilares, ramas y elementos</translation>
    </message>
    <message>
        <source>Pillar, branch or item</source>
        <translation>Pilar, rama o elemento</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Override for:</source>
        <translation>Meta &amp;propia para:</translation>
    </message>
    <message>
        <source>A pillar, a branch or an item may have a target of its own, with a reason:</source>
        <translation>Un pilar, una rama o un elemento puede tener su propia meta, con un motivo:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>{field} may hold at most {limit} characters; the text past them was not taken.</source>
        <translation>{field} admite como máximo {limit} caracteres; el texto que los supera no se ha tomado.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Totals per period</source>
        <translation>Totales por período</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>meta {target}</translation>
    </message>
    <message>
        <source>No totals recorded yet.</source>
        <translation>Todavía no hay totales registrados.</translation>
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
    <message>
        <source>&lt;p&gt;They are in the tree on the left, each with its state and its scores. The guiding principles and cross-cutting challenges are there too, as context: they are not scored.&lt;/p&gt;&lt;p&gt;Type in the filter box (Ctrl+F) or choose a state, a priority or an institution to narrow the tree; Enter goes to the first item found, Ctrl+PgDown to the next item. F9 hides the tree to give the item the whole width.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Figuran en el árbol de la izquierda, cada uno con su estado y sus puntuaciones. También aparecen, como contexto, los principios rectores y los desafíos transversales, que no se puntúan.&lt;/p&gt;&lt;p&gt;Escriba en el cuadro de filtro (Ctrl+F) o elija un estado, una prioridad o una institución para acotar el árbol; Intro lleva al primer elemento encontrado y Ctrl+PgDown al elemento siguiente. F9 oculta el árbol para dar al elemento todo el ancho.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once an assessment is open, they are in a tree on the left of the window, each with its state and its scores; the guiding principles and cross-cutting challenges are there too, as context.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una vez abierta una evaluación, figuran en un árbol a la izquierda de la ventana, cada uno con su estado y sus puntuaciones; también aparecen, como contexto, los principios rectores y los desafíos transversales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The checklist is the UNODC Framework for Action: five &lt;b&gt;pillars&lt;/b&gt; (prosecution, protection, prevention, national cooperation and coordination, international cooperation and coordination), each made of &lt;b&gt;measures&lt;/b&gt;, and the 23 &lt;b&gt;recommendations&lt;/b&gt; of the Working Group on Trafficking in Persons.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La lista de verificación es el Marco de Acción de la UNODC: cinco &lt;b&gt;pilares&lt;/b&gt; (enjuiciamiento, protección, prevención, cooperación y coordinación nacionales, cooperación y coordinación internacionales), cada uno compuesto por &lt;b&gt;medidas&lt;/b&gt;, y las 23 &lt;b&gt;recomendaciones&lt;/b&gt; del Grupo de Trabajo sobre la Trata de Personas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Por dónde empezar</translation>
    </message>
    <message>
        <source>&lt;p&gt;No assessment is open yet. On the welcome page, &lt;b&gt;New assessment…&lt;/b&gt; starts one for your country, &lt;b&gt;Open a database…&lt;/b&gt; opens one a colleague sent you, and &lt;b&gt;Open the demo&lt;/b&gt; opens a fictional country&apos;s assessment to try everything on (a throwaway copy).&lt;/p&gt;&lt;p&gt;The next pages show what you will find once an assessment is open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Todavía no hay ninguna evaluación abierta. En la página de bienvenida, &lt;b&gt;Nueva evaluación…&lt;/b&gt; inicia una para su país, &lt;b&gt;Abrir una base de datos…&lt;/b&gt; abre la que le haya enviado un colega y &lt;b&gt;Abrir la demostración&lt;/b&gt; abre la evaluación de un país ficticio para probarlo todo (una copia desechable).&lt;/p&gt;&lt;p&gt;Las páginas siguientes muestran lo que encontrará una vez abierta una evaluación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Picture of this part of the window</source>
        <translation>Imagen de esta parte de la ventana</translation>
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
        <source>Saved: {what}</source>
        <translation>Guardado: {what}</translation>
    </message>
    <message>
        <source>Not saved yet: {what}. The edit stays with {code} and is saved as soon as the database can be written.</source>
        <translation>Aún no guardado: {what}. El cambio queda asociado a {code} y se guardará en cuanto se pueda escribir en la base de datos.</translation>
    </message>
    <message>
        <source>Not saved: {what}</source>
        <translation>No guardado: {what}</translation>
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
    <message>
        <source>details of {name}</source>
        <translation>detalles de {name}</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>--by names the category of a figure: give --value N (or --clear) with it.</source>
        <translation>--by indica la categoría de una cifra: indique --value N (o --clear) con él.</translation>
    </message>
    <message>
        <source>--take settles conflicts of a merge; give it with --into ASSESSMENT.</source>
        <translation>--take resuelve los conflictos de una fusión; úselo junto con --into ASSESSMENT.</translation>
    </message>
    <message>
        <source>1 item in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>1 elemento en conflicto ({codes}); no se ha fusionado nada. Resuélvalo con --take mine o --take theirs, o en la ventana (Archivo &gt; Importar una contribución...).</translation>
    </message>
    <message>
        <source>A legal citation needs its text, for example &apos;Penal Code, art. 188(2)&apos;.</source>
        <translation>Una cita jurídica necesita su texto, por ejemplo «Código Penal, art. 188, párr. 2».</translation>
    </message>
    <message>
        <source>A report font cannot be read ({error}); reinstall Assess (see README).</source>
        <translation>No se puede leer una de las fuentes del informe ({error}); reinstale Assess (véase README).</translation>
    </message>
    <message>
        <source>A role name is empty; give the login names of the people, e.g. --editor alice.</source>
        <translation>Hay un nombre de rol vacío; indique los nombres de inicio de sesión de las personas, por ejemplo --editor alice.</translation>
    </message>
    <message>
        <source>After upgrading, {count} rows point at missing rows. The copy taken before the upgrade is {backup}; restore it and report this problem.</source>
        <translation>Tras la actualización, {count} filas remiten a filas que no existen. La copia hecha antes de la actualización es {backup}; restáurela e informe de este problema.</translation>
    </message>
    <message>
        <source>An in-memory SQLite database cannot hold an assessment; give a file path.</source>
        <translation>Una base de datos SQLite en memoria no puede contener una evaluación; indique la ruta de un archivo.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be compared with itself; give the id of an earlier round.</source>
        <translation>La evaluación {number} no puede compararse consigo misma; indique el identificador de un ciclo anterior.</translation>
    </message>
    <message>
        <source>Assessment {number} is final and read-only. Reopen it as a draft first (assess mark {number} draft).</source>
        <translation>La evaluación {number} es definitiva y de solo lectura. Reábrala primero como borrador (assess mark {number} draft).</translation>
    </message>
    <message>
        <source>Attaching {name} was cancelled; nothing was added.</source>
        <translation>Se ha cancelado la operación de adjuntar {name}; no se ha añadido nada.</translation>
    </message>
    <message>
        <source>Backup and restore work on an SQLite database file. Back up a PostgreSQL server with pg_dump.</source>
        <translation>La copia de seguridad y la restauración funcionan con un archivo de base de datos SQLite. Haga la copia de un servidor PostgreSQL con pg_dump.</translation>
    </message>
    <message>
        <source>Cannot connect to {database}: {reason}</source>
        <translation>No se puede conectar con {database}: {reason}</translation>
    </message>
    <message>
        <source>Cannot create a database in {path}: the folder is not writable.</source>
        <translation>No se puede crear una base de datos en {path}: no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {problem}.</source>
        <translation>No se puede crear la carpeta {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {reason}.</source>
        <translation>No se puede crear la carpeta {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot read the password file {path}: {reason}.</source>
        <translation>No se puede leer el archivo de contraseña {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot restore into {file}: {problem}.</source>
        <translation>No se puede restaurar en {file}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot tell the report format from the file name {name}; end it in .pdf, .docx, .xlsx, .csv or .json, or give --format.</source>
        <translation>No se puede deducir el formato del informe a partir del nombre de archivo {name}; termínelo en .pdf, .docx, .xlsx, .csv o .json, o indique --format.</translation>
    </message>
    <message>
        <source>Cannot use {url}: {reason}</source>
        <translation>No se puede usar {url}: {reason}</translation>
    </message>
    <message>
        <source>Cannot write in {folder} (permission denied); choose another folder.</source>
        <translation>No se puede escribir en {folder} (permiso denegado); elija otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot write the demo database in {folder}: the folder is not writable.</source>
        <translation>No se puede crear la base de datos de la demo en {folder}: no se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Cannot write the demo database {file}: {problem}.</source>
        <translation>No se puede crear la base de datos de la demo {file}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot write {file}: {problem}. Nothing was written.</source>
        <translation>No se puede escribir en {file}: {problem}. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>Cannot write {path} (permission denied; is the file open in another program?). Nothing was changed.</source>
        <translation>No se puede escribir en {path} (permiso denegado; ¿está abierto el archivo en otro programa?). No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir en {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. Nothing was changed.</source>
        <translation>No se puede escribir en {path}: {reason}. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Cannot write {target}: {problem}.</source>
        <translation>No se puede escribir en {target}: {problem}.</translation>
    </message>
    <message>
        <source>Database {database} holds no Assess tables; open it once with assess to create them.</source>
        <translation>La base de datos {database} no contiene tablas de Assess; ábrala una vez con assess para crearlas.</translation>
    </message>
    <message>
        <source>Figures were changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>Se modificaron cifras aquí después de preparar la combinación; no se combinó nada. Prepare de nuevo la combinación.</translation>
    </message>
    <message>
        <source>Framework {key} version {version} is already in this database with different content. Give the changed file a new version number and import it again; assessments made on the existing version are not changed.</source>
        <translation>El marco {key}, versión {version}, ya está en esta base de datos con un contenido distinto. Asigne un nuevo número de versión al archivo modificado y vuelva a importarlo; las evaluaciones hechas con la versión existente no se modifican.</translation>
    </message>
    <message>
        <source>Give either --na or --applicable, not both.</source>
        <translation>Indique --na o --applicable, pero no ambos.</translation>
    </message>
    <message>
        <source>Give the database of the shared database.</source>
        <translation>Indique el nombre de la base de datos compartida.</translation>
    </message>
    <message>
        <source>Give the file or link to attach (or --citation TEXT for a legal citation).</source>
        <translation>Indique el archivo o el enlace que desea adjuntar (o --citation TEXT para una cita jurídica).</translation>
    </message>
    <message>
        <source>Give the server of the shared database.</source>
        <translation>Indique el servidor de la base de datos compartida.</translation>
    </message>
    <message>
        <source>Give the user name of the shared database.</source>
        <translation>Indique el nombre de usuario de la base de datos compartida.</translation>
    </message>
    <message>
        <source>Give {code} at least one category of {dimension}.</source>
        <translation>Dé a {code} al menos una categoría de {dimension}.</translation>
    </message>
    <message>
        <source>Lost the connection to {database} ({reason}). Check the network and try again.</source>
        <translation>Se ha perdido la conexión con {database} ({reason}). Compruebe la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Marking {code} N/A needs a justification: say why the item does not apply.</source>
        <translation>Para marcar {code} como no aplicable hace falta una justificación: indique por qué el elemento no es aplicable.</translation>
    </message>
    <message>
        <source>N/A ({justification})</source>
        <translation>no aplicable ({justification})</translation>
    </message>
    <message>
        <source>N/A justification</source>
        <translation>motivo de «no aplicable»</translation>
    </message>
    <message>
        <source>Name at least one item the indicator {code} informs (for example PROT-2); it is shown with that item and grouped under its pillar.</source>
        <translation>Indique al menos un elemento que informe el indicador {code} (por ejemplo PROT-2); se muestra con ese elemento y se agrupa bajo su pilar.</translation>
    </message>
    <message>
        <source>Name each dimension of {code} once.</source>
        <translation>Indique cada dimensión de {code} una sola vez.</translation>
    </message>
    <message>
        <source>Name each role once, as --editor, --viewer or --remove: {roles}.</source>
        <translation>Nombre cada rol una sola vez, con --editor, --viewer o --remove: {roles}.</translation>
    </message>
    <message>
        <source>No file was given (the path is empty, so it does not exist); give the file to attach.</source>
        <translation>No se ha indicado ningún archivo (la ruta está vacía, así que no existe); indique el archivo que desea adjuntar.</translation>
    </message>
    <message>
        <source>No framework {key} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>No existe el marco {key} en esta base de datos (conocidos: {known}). Impórtelo con: assess framework import FILE</translation>
    </message>
    <message>
        <source>No framework {key} version {version} in this database (known: {known}). Import it with: assess framework import FILE</source>
        <translation>No existe el marco {key}, versión {version}, en esta base de datos (conocidos: {known}). Impórtelo con: assess framework import FILE</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: none yet).</source>
        <translation>No hay ninguna institución llamada {name} en esta evaluación (conocidas: ninguna todavía).</translation>
    </message>
    <message>
        <source>No institution named {name} in this assessment (known: {known}).</source>
        <translation>No hay ninguna institución llamada {name} en esta evaluación (conocidas: {known}).</translation>
    </message>
    <message>
        <source>No item of the assessment matches that choice; nothing was written.</source>
        <translation>Ningún elemento de la evaluación corresponde a esa selección; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>No stored file has SHA-256 {sha256}.</source>
        <translation>Ningún archivo almacenado tiene el SHA-256 {sha256}.</translation>
    </message>
    <message>
        <source>Nothing to change: give --law, --practice, --na, --note, --priority, --responsible, --due, --next or --ta.</source>
        <translation>Nada que modificar: indique --law, --practice, --na, --note, --priority, --responsible, --due, --next o --ta.</translation>
    </message>
    <message>
        <source>Nothing to record: give --value N (or --clear), --source or --note.</source>
        <translation>Nada que registrar: indique --value N (o --clear), --source o --note.</translation>
    </message>
    <message>
        <source>Only file evidence has content to save.</source>
        <translation>Solo las pruebas de tipo archivo tienen un contenido que guardar.</translation>
    </message>
    <message>
        <source>Only the owner of the Assess tables in database {database} ({owner}) or a superuser may set up its roles; you are connected as {user}.</source>
        <translation>Solo el propietario de las tablas de Assess en la base de datos {database} ({owner}) o un superusuario puede configurar sus roles; usted está conectado como {user}.</translation>
    </message>
    <message>
        <source>Part of the stored file {sha256} is missing; the database may be damaged.</source>
        <translation>Falta una parte del archivo almacenado {sha256}; puede que la base de datos esté dañada.</translation>
    </message>
    <message>
        <source>Read only: your database user {user} may read this database but not change it. To edit, ask the database owner to run: assess server setup --editor {name}</source>
        <translation>Solo lectura: su usuario de base de datos {user} puede leer esta base de datos, pero no modificarla. Para editarla, pida al propietario de la base de datos que ejecute: assess server setup --editor {name}</translation>
    </message>
    <message>
        <source>Someone else added {names} to this assessment at the same moment, so your edit of {code} was not saved. Make it again.</source>
        <translation>Otra persona añadió {names} a esta evaluación en ese mismo momento, por lo que su cambio en {code} no se ha guardado. Vuelva a hacerlo.</translation>
    </message>
    <message>
        <source>That file is the database itself; choose a backup file.</source>
        <translation>Ese archivo es la propia base de datos; elija un archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>The assessment was called {label} when the package was made.</source>
        <translation>La evaluación se llamaba {label} cuando se creó el paquete.</translation>
    </message>
    <message>
        <source>The backup could not be made: {problem}. Nothing was written.</source>
        <translation>No se pudo hacer la copia de seguridad: {problem}. No se ha escrito nada.</translation>
    </message>
    <message>
        <source>The backup could not be restored: {problem}.</source>
        <translation>No se pudo restaurar la copia de seguridad: {problem}.</translation>
    </message>
    <message>
        <source>The backup must go to another file than the database itself.</source>
        <translation>La copia de seguridad debe guardarse en un archivo distinto de la propia base de datos.</translation>
    </message>
    <message>
        <source>The code {code} is already used in this assessment (by an item or an indicator); choose another.</source>
        <translation>El código {code} ya se usa en esta evaluación (en un elemento o un indicador); elija otro.</translation>
    </message>
    <message>
        <source>The content of {name} is no longer stored; attach the file again.</source>
        <translation>El contenido de {name} ya no está almacenado; vuelva a adjuntar el archivo.</translation>
    </message>
    <message>
        <source>The demo can only be built into an empty database; this one has assessments.</source>
        <translation>La demo solo puede crearse en una base de datos vacía; esta contiene evaluaciones.</translation>
    </message>
    <message>
        <source>The desktop window cannot start: {problem}. Reinstall Assess (see README).</source>
        <translation>No se puede iniciar la ventana de escritorio: {problem}. Reinstale Assess (véase README).</translation>
    </message>
    <message>
        <source>The disk holding {database} is full. Free some space and try again.</source>
        <translation>El disco que contiene {database} está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk is full: {name} could not be written and nothing was left behind. Free some space or choose another drive.</source>
        <translation>El disco está lleno: no se pudo escribir {name} y no ha quedado ningún archivo a medias. Libere espacio o elija otra unidad.</translation>
    </message>
    <message>
        <source>The disk of the server holding {database} is full. Tell the server&apos;s administrator.</source>
        <translation>El disco del servidor que aloja {database} está lleno. Avise al administrador del servidor.</translation>
    </message>
    <message>
        <source>The evidence file {file} does not match its SHA-256 or size: it was changed or damaged after it was packaged. Nothing was imported; ask the sender for the package again.</source>
        <translation>El archivo de prueba {file} no coincide con su SHA-256 o su tamaño: se modificó o se dañó después de empaquetarse. No se ha importado nada; pida de nuevo el paquete al remitente.</translation>
    </message>
    <message>
        <source>The evidence file {file} holds more than the {size} bytes it was announced with; nothing was imported.</source>
        <translation>El archivo de prueba {file} contiene más de los {size} bytes declarados; no se ha importado nada.</translation>
    </message>
    <message>
        <source>The figure {value} of {code} for {period} {problem} in the unit {unit}; change or remove it first.</source>
        <translation>La cifra {value} de {code} para {period} no es válida en la unidad {unit} ({problem}); modifíquela o elimínela primero.</translation>
    </message>
    <message>
        <source>The figures of {code} for {period} were changed by {user} since you opened them, so your edit was not saved. Look at them and make your edit again.</source>
        <translation>{user} modificó las cifras de {code} para {period} desde que usted las abrió, por lo que su cambio no se guardó. Revíselas y vuelva a hacer su cambio.</translation>
    </message>
    <message>
        <source>The first line of the password file {path} is empty; write the password there.</source>
        <translation>La primera línea del archivo de contraseña {path} está vacía; escriba allí la contraseña.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first or choose another place.</source>
        <translation>La carpeta {folder} no existe; créela primero o elija otro lugar.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it first.</source>
        <translation>La carpeta {folder} no existe; créela primero.</translation>
    </message>
    <message>
        <source>The font file {pattern} is missing from {folder}; reinstall Assess (see README).</source>
        <translation>Falta el archivo de fuente {pattern} en {folder}; reinstale Assess (véase README).</translation>
    </message>
    <message>
        <source>The group roles {editor} and {viewer} do not exist yet and {user} may not create roles. Run setup once as a user with CREATEROLE (for example postgres), or create them: CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</source>
        <translation>Los roles de grupo {editor} y {viewer} todavía no existen y {user} no puede crear roles. Ejecute setup una vez como un usuario con CREATEROLE (por ejemplo, postgres) o créelos: CREATE ROLE {editor} NOLOGIN; CREATE ROLE {viewer} NOLOGIN;</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se ha cancelado la importación; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>The indicator {code} needs a name.</source>
        <translation>El indicador {code} necesita un nombre.</translation>
    </message>
    <message>
        <source>The package has a figure this assessment cannot hold ({problem}); nothing was merged. Change the indicator here first.</source>
        <translation>El paquete contiene una cifra que esta evaluación no puede admitir ({problem}); no se combinó nada. Modifique primero el indicador aquí.</translation>
    </message>
    <message>
        <source>The package has figures of {code}, an indicator this assessment does not have; nothing was merged.</source>
        <translation>El paquete contiene cifras de {code}, un indicador que esta evaluación no tiene; no se combinó nada.</translation>
    </message>
    <message>
        <source>The package holds item {code}, which framework {framework} {version} in this database does not have as an assessable item; nothing was imported.</source>
        <translation>El paquete contiene el elemento {code}, que no es un elemento evaluable del marco {framework} {version} de esta base de datos; no se ha importado nada.</translation>
    </message>
    <message>
        <source>The package scores {code} {value}, off this assessment&apos;s scale ({low} to {high}); nothing was merged.</source>
        <translation>El paquete asigna a {code} la puntuación {value}, fuera de la escala de esta evaluación (de {low} a {high}); no se ha fusionado nada.</translation>
    </message>
    <message>
        <source>The package&apos;s indicator {code} is defined differently here; it stays as it is here.</source>
        <translation>El indicador {code} del paquete está definido de otro modo aquí; se mantiene como está aquí.</translation>
    </message>
    <message>
        <source>The password does not open {label} (a wrong password, or the file was altered); nothing was changed. Check the password file.</source>
        <translation>La contraseña no abre {label} (es incorrecta o el archivo se ha alterado); no se ha modificado nada. Revise el archivo de contraseña.</translation>
    </message>
    <message>
        <source>The password file {path} is not UTF-8 text.</source>
        <translation>El archivo de contraseña {path} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>The period {value} ends before it starts; give the first day, then the last.</source>
        <translation>El período {value} termina antes de empezar; indique el primer día y luego el último.</translation>
    </message>
    <message>
        <source>The period {value} lies outside the years {earliest} to {latest}; check the year.</source>
        <translation>El período {value} está fuera de los años {earliest} a {latest}; compruebe el año.</translation>
    </message>
    <message>
        <source>The report font package {package} is not installed; reinstall Assess (see README).</source>
        <translation>El paquete de fuentes de los informes, {package}, no está instalado; reinstale Assess (véase README).</translation>
    </message>
    <message>
        <source>The server holding {database} cancelled this request (it took too long, or an administrator stopped it); nothing was saved. Try again.</source>
        <translation>El servidor que aloja {database} ha cancelado esta solicitud (tardaba demasiado o un administrador la detuvo); no se ha guardado nada. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server holding {database} has too many connections open. Try again in a moment.</source>
        <translation>El servidor que aloja {database} tiene demasiadas conexiones abiertas. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>The stored copy of {name} does not match its SHA-256; it was not saved.</source>
        <translation>La copia almacenada de {name} no coincide con su SHA-256; no se ha guardado.</translation>
    </message>
    <message>
        <source>The stored evidence file {name} no longer matches its SHA-256; the database may be damaged. No package was written.</source>
        <translation>El archivo de prueba almacenado {name} ya no coincide con su SHA-256; puede que la base de datos esté dañada. No se ha guardado ningún paquete.</translation>
    </message>
    <message>
        <source>The target must lie on the scale, {low} to {high}.</source>
        <translation>La meta debe estar dentro de la escala, de {low} a {high}.</translation>
    </message>
    <message>
        <source>The target of {code} is refused; {problem}.</source>
        <translation>Se rechaza la meta de {code}; {problem}.</translation>
    </message>
    <message>
        <source>The {what} is required.</source>
        <translation>El campo «{what}» es obligatorio.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters; at most {limit}).</source>
        <translation>El campo «{what}» es demasiado largo ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>The {what} score {value} is not a whole number from {low} to {high}.</source>
        <translation>La puntuación {value} en {what} no es un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>The {what} score {value} is off the scale; use {low} to {high}.</source>
        <translation>La puntuación {value} en {what} está fuera de la escala; use un valor de {low} a {high}.</translation>
    </message>
    <message>
        <source>There is no assessment {number} in this database; see the ids with: assess list</source>
        <translation>No existe la evaluación {number} en esta base de datos; consulte los identificadores con: assess list</translation>
    </message>
    <message>
        <source>There is no database at {target} yet; nothing was created.</source>
        <translation>Todavía no hay ninguna base de datos en {target}; no se ha creado nada.</translation>
    </message>
    <message>
        <source>There is no evidence {number}; it may have been removed.</source>
        <translation>No existe la prueba {number}; puede que se haya quitado.</translation>
    </message>
    <message>
        <source>There is no indicator {code} in this assessment (indicators: {known}). See them with: assess data show ASSESSMENT</source>
        <translation>No hay ningún indicador {code} en esta evaluación (indicadores: {known}). Consúltelos con: assess data show ASSESSMENT</translation>
    </message>
    <message>
        <source>There is no item {code} in {framework} {version}. Item codes look like PROS-1, PROS-1.i, PROT-5, WG-11.b; see them with: assess framework show</source>
        <translation>No existe el elemento {code} en {framework} {version}. Los códigos de elemento tienen la forma PROS-1, PROS-1.i, PROT-5, WG-11.b; consúltelos con: assess framework show</translation>
    </message>
    <message>
        <source>There is no own indicator {code} in assessment {number}.</source>
        <translation>No hay ningún indicador propio {code} en la evaluación {number}.</translation>
    </message>
    <message>
        <source>There is no role {roles} on the server. Create each person&apos;s login first, for example: CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; then run setup again.</source>
        <translation>No existe el rol {roles} en el servidor. Cree primero el inicio de sesión de cada persona, por ejemplo: CREATE ROLE alice LOGIN PASSWORD &apos;...&apos;; después vuelva a ejecutar setup.</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>Esta base de datos</translation>
    </message>
    <message>
        <source>This package was written by a newer release of Assess (package format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>Este paquete se creó con una versión más reciente de Assess (formato de paquete {version}; esta versión lee el formato {supported}). Instale la versión más reciente para importarlo; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>Unknown command {command}; see assess --help.</source>
        <translation>Orden desconocida: {command}; consulte assess --help.</translation>
    </message>
    <message>
        <source>Unknown paper size {paper}; use a4 or letter.</source>
        <translation>Tamaño de papel desconocido: {paper}; use a4 o letter.</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {choices}.</source>
        <translation>Pilar desconocido: {pillars}; use uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>Unknown pillar {pillars}; use one of {roots}.</source>
        <translation>Pilar desconocido: {pillars}; use uno de estos: {roots}.</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium or low.</source>
        <translation>Prioridad desconocida: {priority}; use high, medium o low.</translation>
    </message>
    <message>
        <source>Unknown priority {priority}; use high, medium, low or none.</source>
        <translation>Prioridad desconocida: {priority}; use high, medium, low o none.</translation>
    </message>
    <message>
        <source>Unknown report format {format}; use one of {formats}.</source>
        <translation>Formato de informe desconocido: {format}; use uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>Unknown sslmode {sslmode}; use one of {modes}.</source>
        <translation>Valor de sslmode desconocido: {sslmode}; use uno de estos: {modes}.</translation>
    </message>
    <message>
        <source>Unknown status {status}; use one of {statuses}.</source>
        <translation>Estado desconocido: {status}; use uno de estos: {statuses}.</translation>
    </message>
    <message>
        <source>Unknown unit {unit}; use one of {units}.</source>
        <translation>Unidad desconocida {unit}; use una de estas: {units}.</translation>
    </message>
    <message>
        <source>Unsupported database {backend}: use an SQLite file path or a postgresql:// URL.</source>
        <translation>Tipo de base de datos no compatible: {backend}. Use la ruta de un archivo SQLite o una URL postgresql://.</translation>
    </message>
    <message>
        <source>Give one --by at a time: figures are broken down by one dimension at a time (a figure for {one}, another for {other}), not by combinations.</source>
        <translation>Indique un solo --by a la vez: las cifras se desglosan por una dimensión a la vez (una cifra para {one}, otra para {other}), no por combinaciones.</translation>
    </message>
    <message>
        <source>Unknown direction {direction}; use one of {choices}.</source>
        <translation>Sentido desconocido {direction}; use uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>Write --by as DIMENSION=CATEGORY, for example {example}.</source>
        <translation>Escriba --by como DIMENSIÓN=CATEGORÍA, por ejemplo {example}.</translation>
    </message>
    <message>
        <source>Writing the package was cancelled; no file was written.</source>
        <translation>Se ha cancelado la creación del paquete; no se ha guardado ningún archivo.</translation>
    </message>
    <message>
        <source>a backslash</source>
        <translation>una barra invertida</translation>
    </message>
    <message>
        <source>a count must be a whole number</source>
        <translation>un recuento debe ser un número entero</translation>
    </message>
    <message>
        <source>a path that leaves the package</source>
        <translation>una ruta que sale del paquete</translation>
    </message>
    <message>
        <source>a percentage must lie between 0 and 100</source>
        <translation>un porcentaje debe estar entre 0 y 100</translation>
    </message>
    <message>
        <source>a response marked N/A must have no scores and a justification</source>
        <translation>una respuesta marcada como no aplicable no debe tener puntuaciones y debe tener una justificación</translation>
    </message>
    <message>
        <source>a suggestion is not quoted from a source; remove &quot;source&quot; or make the provenance &quot;source&quot;</source>
        <translation>una sugerencia no se cita de una fuente; elimine &quot;source&quot; o indique la procedencia &quot;source&quot;</translation>
    </message>
    <message>
        <source>a yes/no figure must be 1 (yes) or 0 (no)</source>
        <translation>un valor sí/no debe ser 1 (sí) o 0 (no)</translation>
    </message>
    <message>
        <source>an absolute path</source>
        <translation>una ruta absoluta</translation>
    </message>
    <message>
        <source>an empty or &apos;.&apos; path part</source>
        <translation>una parte de ruta vacía o «.»</translation>
    </message>
    <message>
        <source>an item cannot be linked to itself</source>
        <translation>un elemento no puede vincularse consigo mismo</translation>
    </message>
    <message>
        <source>assess server setup is for a shared PostgreSQL database: give it with --db postgresql+psycopg://OWNER@HOST/DATABASE. An SQLite file needs no roles.</source>
        <translation>assess server setup sirve para una base de datos PostgreSQL compartida: indíquela con --db postgresql+psycopg://OWNER@HOST/DATABASE. Un archivo SQLite no necesita roles.</translation>
    </message>
    <message>
        <source>byte {position}</source>
        <translation>el byte {position}</translation>
    </message>
    <message>
        <source>characters a package member never has</source>
        <translation>caracteres que un componente de paquete nunca contiene</translation>
    </message>
    <message>
        <source>control characters</source>
        <translation>caracteres de control</translation>
    </message>
    <message>
        <source>country or entity</source>
        <translation>país o entidad</translation>
    </message>
    <message>
        <source>dimension {dimension} is listed twice</source>
        <translation>la dimensión {dimension} figura dos veces</translation>
    </message>
    <message>
        <source>dimension {dimension} is not declared under dimensions</source>
        <translation>la dimensión {dimension} no está declarada en dimensions</translation>
    </message>
    <message>
        <source>entries of provenance &quot;suggestion&quot; need &quot;suggestion_note&quot;, saying whose suggestions they are</source>
        <translation>las entradas con procedencia &quot;suggestion&quot; requieren &quot;suggestion_note&quot;, que indique de quién son esas sugerencias</translation>
    </message>
    <message>
        <source>every value from {low} to {high} needs exactly one level</source>
        <translation>cada valor de {low} a {high} necesita exactamente un nivel</translation>
    </message>
    <message>
        <source>expected a JSON object describing a framework</source>
        <translation>se esperaba un objeto JSON que describa un marco</translation>
    </message>
    <message>
        <source>has {count} entries; at least {limit} are needed</source>
        <translation>tiene {count} entradas; se necesitan al menos {limit}</translation>
    </message>
    <message>
        <source>has {count} entries; at most {limit} are allowed</source>
        <translation>tiene {count} entradas; se admiten como máximo {limit}</translation>
    </message>
    <message>
        <source>holds fields this format does not have</source>
        <translation>contiene campos que este formato no tiene</translation>
    </message>
    <message>
        <source>indicator&apos;s definition</source>
        <translation>definición del indicador</translation>
    </message>
    <message>
        <source>indicator&apos;s name</source>
        <translation>nombre del indicador</translation>
    </message>
    <message>
        <source>is not a valid value here</source>
        <translation>no es un valor válido en esta posición</translation>
    </message>
    <message>
        <source>item code {code} is used twice (first at {first})</source>
        <translation>el código de elemento {code} se usa dos veces (la primera, en {first})</translation>
    </message>
    <message>
        <source>items are nested more than {limit} levels deep</source>
        <translation>los elementos están anidados en más de {limit} niveles</translation>
    </message>
    <message>
        <source>law and institutions</source>
        <translation>la legislación y las instituciones</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}</source>
        <translation>legislación {law}, práctica {practice}</translation>
    </message>
    <message>
        <source>law {law}, practice {practice}, rationale {rationale}</source>
        <translation>legislación {law}, práctica {practice}, justificación {rationale}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>marks the {field} as editorial, but the item has no {field}</source>
        <translation>marca {field} como editorial, pero el elemento no tiene {field}</translation>
    </message>
    <message>
        <source>min must be below max</source>
        <translation>min debe ser menor que max</translation>
    </message>
    <message>
        <source>more than {limit} items</source>
        <translation>más de {limit} elementos</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be {versions}, a format version this release reads</source>
        <translation>debe ser {versions}, una versión de formato que esta versión de Assess lee</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>needs at least one of {names}</source>
        <translation>necesita al menos uno de estos campos: {names}</translation>
    </message>
    <message>
        <source>next action</source>
        <translation>próximo paso</translation>
    </message>
    <message>
        <source>no item is assessable, so there is nothing to score</source>
        <translation>ningún elemento es evaluable, así que no hay nada que puntuar</translation>
    </message>
    <message>
        <source>no such file; check the path</source>
        <translation>el archivo no existe; compruebe la ruta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not an Assess framework file (expected &quot;format&quot;: &quot;assess-framework&quot;)</source>
        <translation>no es un archivo de marco de Assess (se esperaba &quot;format&quot;: &quot;assess-framework&quot;)</translation>
    </message>
    <message>
        <source>not valid JSON for a framework: a number has far too many digits</source>
        <translation>no es un JSON válido para un marco: un número tiene demasiadas cifras</translation>
    </message>
    <message>
        <source>not valid JSON: {reason}</source>
        <translation>no es un JSON válido: {reason}</translation>
    </message>
    <message>
        <source>not_applicable must be true or false.</source>
        <translation>not_applicable debe ser true o false.</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>la práctica</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>quality note</source>
        <translation>nota de calidad</translation>
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
        <source>score in law and institutions</source>
        <translation>puntuación en la legislación y las instituciones</translation>
    </message>
    <message>
        <source>score in practice</source>
        <translation>puntuación en la práctica</translation>
    </message>
    <message>
        <source>scores or N/A</source>
        <translation>puntuaciones o no aplicable</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>source</source>
        <translation>la fuente</translation>
    </message>
    <message>
        <source>tag {tag} names no item</source>
        <translation>la etiqueta {tag} no corresponde a ningún elemento</translation>
    </message>
    <message>
        <source>target date</source>
        <translation>fecha prevista</translation>
    </message>
    <message>
        <source>technical assistance needed</source>
        <translation>asistencia técnica necesaria</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply (items may be nested at most {limit} levels)</source>
        <translation>el JSON tiene demasiados niveles de anidamiento (los elementos pueden anidarse en {limit} niveles como máximo)</translation>
    </message>
    <message>
        <source>the code {code} is already used at {first}; give each indicator a code of its own</source>
        <translation>el código {code} ya se usa en {first}; dé a cada indicador un código propio</translation>
    </message>
    <message>
        <source>the default target must lie on the scale</source>
        <translation>la meta por defecto debe estar dentro de la escala</translation>
    </message>
    <message>
        <source>the file cannot be read (permission denied)</source>
        <translation>no se puede leer el archivo (permiso denegado)</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>no se puede leer el archivo ({reason})</translation>
    </message>
    <message>
        <source>the file is empty; a framework file is a JSON object</source>
        <translation>el archivo está vacío; un archivo de marco es un objeto JSON</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as UTF-8 JSON</source>
        <translation>el archivo no es texto UTF-8; guárdelo como JSON en UTF-8</translation>
    </message>
    <message>
        <source>the file is {size}; a framework file may be at most {limit}</source>
        <translation>el archivo ocupa {size}; un archivo de marco puede ocupar como máximo {limit}</translation>
    </message>
    <message>
        <source>the provenance is &quot;source&quot; but no source is given; add &quot;source&quot; or make the provenance &quot;suggestion&quot;</source>
        <translation>la procedencia es &quot;source&quot; pero no se indica ninguna fuente; añada &quot;source&quot; o indique la procedencia &quot;suggestion&quot;</translation>
    </message>
    <message>
        <source>the text contains an invalid character (a lone \ud800-\udfff escape); fix or remove it</source>
        <translation>el texto contiene un carácter no válido (un escape \ud800-\udfff aislado); corríjalo o quítelo</translation>
    </message>
    <message>
        <source>the text is {length} characters long; at most {limit} are allowed</source>
        <translation>el texto tiene {length} caracteres; se admiten como máximo {limit}</translation>
    </message>
    <message>
        <source>this is a folder, not a framework file</source>
        <translation>es una carpeta, no un archivo de marco</translation>
    </message>
    <message>
        <source>this is not a valid file name</source>
        <translation>no es un nombre de archivo válido</translation>
    </message>
    <message>
        <source>this is not an ordinary file; choose a framework .json file</source>
        <translation>no es un archivo normal; elija un archivo de marco .json</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>unknown addressee {addressee}; declare it under addressees</source>
        <translation>destinatario desconocido: {addressee}; declárelo en addressees</translation>
    </message>
    <message>
        <source>unknown disaggregation dimension {dimension}; declare it under &quot;disaggregations&quot;</source>
        <translation>dimensión de desglose desconocida: {dimension}; declárela en &quot;disaggregations&quot;</translation>
    </message>
    <message>
        <source>unknown kind {kind}; declare it under kinds</source>
        <translation>tipo desconocido: {kind}; declárelo en kinds</translation>
    </message>
    <message>
        <source>unknown source document {document}</source>
        <translation>documento de origen desconocido: {document}</translation>
    </message>
    <message>
        <source>values are nested more than {limit} levels deep</source>
        <translation>los valores están anidados en más de {limit} niveles</translation>
    </message>
    <message>
        <source>write a year (2024) or a range of dates, first and last day (2024-01-01/2024-06-30)</source>
        <translation>escriba un año (2024) o un intervalo de fechas, primer y último día (2024-01-01/2024-06-30)</translation>
    </message>
    <message>
        <source>write digits with a point for decimals, for example 1250 or 12.5</source>
        <translation>escriba cifras con un punto para los decimales, por ejemplo 1250 o 12.5</translation>
    </message>
    <message>
        <source>written for format version {version}; this release reads version {supported}. Update Assess to load it</source>
        <translation>escrito para la versión de formato {version}; esta versión de Assess lee la versión {supported}. Actualice Assess para cargarlo</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension}</source>
        <translation>{category} no es una categoría de {dimension}</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} (categories: {known}).</source>
        <translation>{category} no es una categoría de {dimension} (categorías: {known}).</translation>
    </message>
    <message>
        <source>{category} is not a category of {dimension} for {code}; its categories are {known}.</source>
        <translation>{category} no es una categoría de {dimension} para {code}; sus categorías son {known}.</translation>
    </message>
    <message>
        <source>{code} cannot be an indicator code: use 1 to 60 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a capital letter or a digit, for example OWN-1.</source>
        <translation>{code} no puede ser un código de indicador: use de 1 a 60 letras, cifras, «.», «_» o «-», empezando por una mayúscula o una cifra, por ejemplo OWN-1.</translation>
    </message>
    <message>
        <source>{code} cannot be both N/A and scored; give either scores or N/A with a reason.</source>
        <translation>{code} no puede ser a la vez no aplicable y puntuado; indique o bien puntuaciones, o bien no aplicable con un motivo.</translation>
    </message>
    <message>
        <source>{code} has a figure for {period} by {dimension} = {category}; remove it before leaving that category out.</source>
        <translation>{code} tiene una cifra para {period} por {dimension} = {category}; elimínela antes de dejar fuera esa categoría.</translation>
    </message>
    <message>
        <source>{code} has no breakdowns, only a total; record its figure without a dimension.</source>
        <translation>{code} no tiene desgloses, solo un total; registre su cifra sin dimensión.</translation>
    </message>
    <message>
        <source>{code} holds figures for {count} periods; remove them before removing the indicator.</source>
        <translation>{code} contiene cifras para {count} períodos; elimínelas antes de eliminar el indicador.</translation>
    </message>
    <message>
        <source>{code} is an indicator of the framework; only the team&apos;s own indicators can be changed.</source>
        <translation>{code} es un indicador del marco; solo pueden modificarse los indicadores propios del equipo.</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>{code} es un elemento de contexto, no un elemento evaluable; indique códigos de elementos evaluables, como PROS-1.i o WG-11.b.</translation>
    </message>
    <message>
        <source>{code} is context, not an assessable item; it cannot be scored.</source>
        <translation>{code} es un elemento de contexto, no un elemento evaluable; no puede puntuarse.</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give assessable item codes such as PROS-1.i or WG-11.b.</source>
        <translation>{code} no es un elemento de este marco; indique códigos de elementos evaluables, como PROS-1.i o WG-11.b.</translation>
    </message>
    <message>
        <source>{code} is not broken down by {dimension}; its dimensions are {known}.</source>
        <translation>{code} no se desglosa por {dimension}; sus dimensiones son {known}.</translation>
    </message>
    <message>
        <source>{code} is not one of the assessment&apos;s own indicators; only those can be changed.</source>
        <translation>{code} no es un indicador propio de la evaluación; solo esos pueden modificarse.</translation>
    </message>
    <message>
        <source>{code} names no item</source>
        <translation>{code} no corresponde a ningún elemento</translation>
    </message>
    <message>
        <source>{code} was changed by someone else since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>Otra persona modificó {code} después de que usted lo abriera, por lo que su cambio no se ha guardado. Ahora contiene: {state}. Revíselo y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>{code} was changed by {user} since you opened it, so your edit was not saved. It now reads: {state}. Look at it and make your edit again.</source>
        <translation>{user} modificó {code} después de que usted lo abriera, por lo que su cambio no se ha guardado. Ahora contiene: {state}. Revíselo y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>{code} was changed here after the merge was prepared; nothing was merged. Prepare the merge again.</source>
        <translation>{code} se modificó aquí después de preparar la fusión; no se ha fusionado nada. Vuelva a preparar la fusión.</translation>
    </message>
    <message>
        <source>{code} {period}, {where}: {value} is refused; {problem}.</source>
        <translation>{code} {period}, {where}: se rechaza {value}; {problem}.</translation>
    </message>
    <message>
        <source>{code} {period}: a breakdown by {dimension} (adding up to {sum}) but no total.</source>
        <translation>{code} {period}: un desglose por {dimension} (que suma {sum}) pero ningún total.</translation>
    </message>
    <message>
        <source>{code} {period}: the breakdown by {dimension} adds up to {sum}, not to the total {total}.</source>
        <translation>{code} {period}: el desglose por {dimension} suma {sum}, no el total de {total}.</translation>
    </message>
    <message>
        <source>{code}: {fields}</source>
        <translation>{code}: {fields}</translation>
    </message>
    <message>
        <source>{count} changes conflict and were not settled ({conflicts}); nothing was merged. Choose mine or theirs for each.</source>
        <translation>{count} cambios están en conflicto y no se han resuelto ({conflicts}); no se ha fusionado nada. Elija «Versión propia» o «Versión recibida» para cada uno.</translation>
    </message>
    <message>
        <source>{count} items in conflict ({codes}); nothing was merged. Settle them all with --take mine or --take theirs, or one by one in the window (File &gt; Import contribution...).</source>
        <translation>{count} elementos en conflicto ({codes}); no se ha fusionado nada. Resuélvalos todos con --take mine o --take theirs, o uno por uno en la ventana (Archivo &gt; Importar una contribución...).</translation>
    </message>
    <message>
        <source>{database} cannot be opened: {reason}.</source>
        <translation>No se puede abrir {database}: {reason}.</translation>
    </message>
    <message>
        <source>{database} holds an older Assess schema ({revision}; this release needs {wanted}) that only its owner ({owner}) may upgrade; your database user is {user}. Ask the database owner to run: assess server setup --db URL. Nothing was changed.</source>
        <translation>{database} tiene un esquema de Assess anterior ({revision}; esta versión necesita {wanted}) que solo su propietario ({owner}) puede actualizar; su usuario de base de datos es {user}. Pida al propietario de la base de datos que ejecute: assess server setup --db URL. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>{database} holds no Assess tables yet, and your database user {user} may not create them. Ask the database owner to run: assess server setup --db URL</source>
        <translation>{database} todavía no contiene tablas de Assess y su usuario de base de datos {user} no puede crearlas. Pida al propietario de la base de datos que ejecute: assess server setup --db URL</translation>
    </message>
    <message>
        <source>{database} is a database, but not an Assess database (it has tables {tables}). Choose another file; nothing was changed.</source>
        <translation>{database} es una base de datos, pero no de Assess (contiene las tablas {tables}). Elija otro archivo; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{database} is busy: another program is writing to it. Try again in a moment.</source>
        <translation>{database} está en uso: otro programa está escribiendo en la base de datos. Vuelva a intentarlo dentro de un momento.</translation>
    </message>
    <message>
        <source>{database} is damaged or is not an Assess database. Restore it from a backup; nothing was changed.</source>
        <translation>{database} presenta daños o no es una base de datos de Assess. Restáurela a partir de una copia de seguridad; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{database} is read-only. Copy it somewhere you can write.</source>
        <translation>{database} es de solo lectura. Cópiela en un lugar donde pueda escribir.</translation>
    </message>
    <message>
        <source>{database} was written by a newer release of Assess (schema {revision}). Install the newer release to open it; nothing was changed.</source>
        <translation>{database} se creó con una versión más reciente de Assess (esquema {revision}). Instale la versión más reciente para abrirla; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{database}: someone else was saving at the same moment, so this change was not saved. Try again.</source>
        <translation>{database}: otra persona estaba guardando al mismo tiempo, por lo que este cambio no se ha guardado. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{database}: the database reported an error: {reason}</source>
        <translation>{database}: la base de datos ha notificado un error: {reason}</translation>
    </message>
    <message>
        <source>{database}: the server refused ({reason}). Your database user may not do this; the database owner grants access with: assess server setup --editor USER or --viewer USER</source>
        <translation>{database}: el servidor lo ha rechazado ({reason}). Su usuario de base de datos no tiene permiso para hacerlo; el propietario de la base de datos concede el acceso con: assess server setup --editor USER o --viewer USER</translation>
    </message>
    <message>
        <source>{date} is not a valid date</source>
        <translation>{date} no es una fecha válida</translation>
    </message>
    <message>
        <source>{dimension} is not a dimension of this framework (dimensions: {known}).</source>
        <translation>{dimension} no es una dimensión de este marco (dimensiones: {known}).</translation>
    </message>
    <message>
        <source>{field} belongs to format version 2; set format_version to 2 to use it</source>
        <translation>{field} pertenece a la versión 2 del formato; ponga format_version en 2 para usarlo</translation>
    </message>
    <message>
        <source>{field} is missing</source>
        <translation>falta {field}</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{file} ya existe; elija un nombre de archivo nuevo (no se ha sobrescrito nada).</translation>
    </message>
    <message>
        <source>{file} already exists; choose a new file name for the demo database.</source>
        <translation>{file} ya existe; elija un nombre de archivo nuevo para la base de datos de la demo.</translation>
    </message>
    <message>
        <source>{file} cannot be read (permission denied).</source>
        <translation>No se puede leer {file} (permiso denegado).</translation>
    </message>
    <message>
        <source>{file} cannot be read as a database ({problem}); nothing was changed.</source>
        <translation>No se puede leer {file} como base de datos ({problem}); no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {problem}.</source>
        <translation>No se puede leer {file}: {problem}.</translation>
    </message>
    <message>
        <source>{file} does not exist or is not a file.</source>
        <translation>{file} no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>{file} does not exist; check the path.</source>
        <translation>{file} no existe; compruebe la ruta.</translation>
    </message>
    <message>
        <source>{file} is a folder; attach the files in it one by one.</source>
        <translation>{file} es una carpeta; adjunte uno por uno los archivos que contiene.</translation>
    </message>
    <message>
        <source>{file} is a folder; give the name of the backup file to write.</source>
        <translation>{file} es una carpeta; indique el nombre del archivo de copia de seguridad que se va a crear.</translation>
    </message>
    <message>
        <source>{file} is an SQLite database, but not an Assess database; nothing was changed.</source>
        <translation>{file} es una base de datos SQLite, pero no de Assess; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{file} is damaged (no answer); nothing was changed.</source>
        <translation>{file} está dañado (la comprobación no obtuvo respuesta); no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{file} is damaged ({problem}); nothing was changed.</source>
        <translation>{file} está dañado ({problem}); no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{file} is in use by another program; close Assess there and restore again. Nothing was changed.</source>
        <translation>{file} está en uso por otro programa; cierre Assess en ese programa y vuelva a restaurar. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>{file} is not a regular file.</source>
        <translation>{file} no es un archivo normal.</translation>
    </message>
    <message>
        <source>{file} is not an Assess database (it is not an SQLite file); nothing was changed.</source>
        <translation>{file} no es una base de datos de Assess (no es un archivo SQLite); no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{file} was made from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it came from, or import it as a new assessment.</source>
        <translation>{file} se creó a partir de otra evaluación ({label}, creada el {created} UTC), no de la evaluación {number} ({own_label}); no se ha fusionado nada. Fusiónelo en la evaluación de la que procede o impórtelo como evaluación nueva.</translation>
    </message>
    <message>
        <source>{file} was made on framework {framework} {version}, but assessment {number} uses {own_framework} {own_version}; nothing was merged. Import it as a new assessment instead.</source>
        <translation>{file} se creó con el marco {framework} {version}, pero la evaluación {number} usa {own_framework} {own_version}; no se ha fusionado nada. Impórtelo como evaluación nueva.</translation>
    </message>
    <message>
        <source>{file}, at {location}: {problem}</source>
        <translation>{file}, en {location}: {problem}</translation>
    </message>
    <message>
        <source>{file}, row {row}: a different {column} for {code} {period} than on row {first}; give it once, on the total&apos;s row. Nothing was imported.</source>
        <translation>{file}, fila {row}: otro valor de {column} para {code} {period} que en la fila {first}; indíquelo una sola vez, en la fila del total. No se importó nada.</translation>
    </message>
    <message>
        <source>{file}, row {row}: {problem} Nothing was imported.</source>
        <translation>{file}, fila {row}: {problem} No se importó nada.</translation>
    </message>
    <message>
        <source>{file}, rows {first} and {row} give two figures for the same {code} {period} {what}. Nothing was imported.</source>
        <translation>{file}, las filas {first} y {row} dan dos cifras para el mismo {code} {period} {what}. No se importó nada.</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{folder} is not a folder; choose another place for the report.</source>
        <translation>{folder} no es una carpeta; elija otro lugar para el informe.</translation>
    </message>
    <message>
        <source>{id} is declared twice</source>
        <translation>{id} está declarado dos veces</translation>
    </message>
    <message>
        <source>{item} is not an item of this assessment&apos;s framework.</source>
        <translation>{item} no es un elemento del marco de esta evaluación.</translation>
    </message>
    <message>
        <source>{label} has a damaged or unsupported password envelope; nothing was changed.</source>
        <translation>La envoltura de contraseña de {label} está dañada o no es compatible; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{label} has been altered or damaged (part {part} of {count} fails its authentication check). Nothing was imported; ask the sender for the file again.</source>
        <translation>{label} se ha alterado o dañado (la parte {part} de {count} no supera la comprobación de autenticidad). No se ha importado nada; pida de nuevo el archivo al remitente.</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete ZIP file). Ask the sender for it again; nothing was imported.</source>
        <translation>{label} está dañado o truncado (no es un archivo ZIP completo). Pídalo de nuevo al remitente; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is incomplete: it has no {member}. Nothing was imported.</source>
        <translation>{label} está incompleto: no contiene {member}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is incomplete: its manifest lists {name}, which is missing. Nothing was imported.</source>
        <translation>{label} está incompleto: su manifiesto incluye {name}, que falta. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is incomplete: the evidence file {name} of {code} is missing.</source>
        <translation>{label} está incompleto: falta el archivo de prueba {name} de {code}.</translation>
    </message>
    <message>
        <source>{label} is not a password-protected Assess package.</source>
        <translation>{label} no es un paquete de Assess protegido con contraseña.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess seguro: contiene {count} componentes; se admiten como máximo {limit}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which its manifest does not list. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess seguro: contiene {name}, que no figura en su manifiesto. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: it holds {name}, which no item refers to. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess seguro: contiene {name}, al que no remite ningún elemento. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its manifest lists {name} twice. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess seguro: su manifiesto incluye dos veces {name}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: its {member} is not the framework its manifest names. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess seguro: su {member} no es el marco que indica su manifiesto. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: the evidence file {name} of {code} has two different sizes. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess seguro: el archivo de prueba {name} de {code} tiene dos tamaños distintos. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} holds more than it declares. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess seguro: {name} contiene más de lo que declara. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is not named after its SHA-256. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess seguro: el nombre de {name} no corresponde a su SHA-256. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe Assess package: {name} is {size} bytes, but its manifest says {declared}. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess seguro: {name} ocupa {size} bytes, pero su manifiesto indica {declared}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not an Assess package (it is not a ZIP file). Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess (no es un archivo ZIP). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not an Assess package: it has no {member}. Nothing was imported.</source>
        <translation>{label} no es un paquete de Assess: no contiene {member}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is protected by a password; give the password to open it (on the command line: --password-file FILE).</source>
        <translation>{label} está protegido con contraseña; indique la contraseña para abrirlo (en la línea de órdenes: --password-file FILE).</translation>
    </message>
    <message>
        <source>{label} is truncated (its last encrypted part is incomplete). Ask for the file again.</source>
        <translation>{label} está truncado (su última parte cifrada está incompleta). Vuelva a pedir el archivo.</translation>
    </message>
    <message>
        <source>{label} is truncated: its password envelope is incomplete. Ask for the file again.</source>
        <translation>{label} está truncado: su envoltura de contraseña está incompleta. Vuelva a pedir el archivo.</translation>
    </message>
    <message>
        <source>{label} was protected by a newer release of Assess (envelope version {version}). Install the newer release to open it; nothing was changed.</source>
        <translation>{label} se protegió con una versión más reciente de Assess (versión de envoltura {version}). Instale la versión más reciente para abrirlo; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{label}: item {code} is scored {value}, off its scale ({low} to {high}). Nothing was imported.</source>
        <translation>{label}: el elemento {code} tiene la puntuación {value}, fuera de su escala (de {low} a {high}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem}. Nothing was imported.</source>
        <translation>{label}: elemento {code}: {problem}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}: el archivo de prueba {name} no coincide con el SHA-256 de su manifiesto; el paquete se ha alterado o dañado. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: the evidence file {name} is missing.</source>
        <translation>{label}: falta el archivo de prueba {name}.</translation>
    </message>
    <message>
        <source>{label}: the figures of {code}: {problem} Nothing was imported.</source>
        <translation>{label}: las cifras de {code}: {problem} No se importó nada.</translation>
    </message>
    <message>
        <source>{label}: the indicator {code}: {problem} Nothing was imported.</source>
        <translation>{label}: el indicador {code}: {problem} No se importó nada.</translation>
    </message>
    <message>
        <source>{label}: the member {name} does not match the SHA-256 in its manifest; the package was altered or damaged. Nothing was imported.</source>
        <translation>{label}: el componente {name} no coincide con el SHA-256 de su manifiesto; el paquete se ha alterado o dañado. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: {member} defines the indicator {code} twice, or over an item or indicator of its framework. Nothing was imported.</source>
        <translation>{label}: {member} define el indicador {code} dos veces, o sobre un elemento o indicador de su marco. No se importó nada.</translation>
    </message>
    <message>
        <source>{label}: {member} gives the figures of {code} for {period} twice. Nothing was imported.</source>
        <translation>{label}: {member} da dos veces las cifras de {code} para {period}. No se importó nada.</translation>
    </message>
    <message>
        <source>{label}: {member} has figures of {code}, which is no indicator of its framework or of the package. Nothing was imported.</source>
        <translation>{label}: {member} contiene cifras de {code}, que no es un indicador ni de su marco ni del paquete. No se importó nada.</translation>
    </message>
    <message>
        <source>{label}: {member} holds {code}, which is not an assessable item of its framework.</source>
        <translation>{label}: {member} contiene {code}, que no es un elemento evaluable de su marco.</translation>
    </message>
    <message>
        <source>{label}: {member} lists item {code} twice. Nothing was imported.</source>
        <translation>{label}: {member} incluye dos veces el elemento {code}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: {name} holds more than the {size} bytes its manifest says.</source>
        <translation>{label}: {name} contiene más de los {size} bytes que indica su manifiesto.</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Ask the sender for the file again.</source>
        <translation>{label}: {name} está dañado ({error}). Pida de nuevo el archivo al remitente.</translation>
    </message>
    <message>
        <source>{label}: {name} is damaged ({error}). Nothing was imported.</source>
        <translation>{label}: {name} está dañado ({error}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: {name} is not valid JSON ({error}). Nothing was imported.</source>
        <translation>{label}: {name} no es un JSON válido ({error}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{member} is not part of an Assess package (it does not say format {format}).</source>
        <translation>{member} no forma parte de un paquete de Assess (no indica el formato {format}).</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem}</source>
        <translation>{member}, en {where}: {problem}</translation>
    </message>
    <message>
        <source>{member}, at {where}: {problem} (and {count} more problems)</source>
        <translation>{member}, en {where}: {problem} (y {count} problemas más)</translation>
    </message>
    <message>
        <source>{member}: {problem}</source>
        <translation>{member}: {problem}</translation>
    </message>
    <message>
        <source>{member}: {problem} (and {count} more problems)</source>
        <translation>{member}: {problem} (y {count} problemas más)</translation>
    </message>
    <message>
        <source>{name} grew past the size limit while it was being read; nothing was added.</source>
        <translation>{name} superó el tamaño máximo mientras se leía; no se ha añadido nada.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows; split it.</source>
        <translation>{name} tiene más de {limit} filas; divídalo.</translation>
    </message>
    <message>
        <source>{name} has no column {columns} in its first row; fill in the sheet that assess data template writes.</source>
        <translation>{name} no tiene la columna {columns} en su primera fila; complete la hoja que escribe assess data template.</translation>
    </message>
    <message>
        <source>{name} is a superuser or owns the Assess tables, so it can always change them and cannot be a viewer. Give each viewer a login role of their own.</source>
        <translation>{name} es superusuario o propietario de las tablas de Assess, por lo que siempre puede modificarlas y no puede ser lector (viewer). Dé a cada lector su propio rol de inicio de sesión.</translation>
    </message>
    <message>
        <source>{name} is empty; fill in the template from: assess data template</source>
        <translation>{name} está vacío; complete la plantilla que da: assess data template</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB; split it into smaller sheets.</source>
        <translation>{name} ocupa más de {limit} MB; divídalo en hojas más pequeñas.</translation>
    </message>
    <message>
        <source>{name} is neither a .csv nor an .xlsx file; give one of those.</source>
        <translation>{name} no es un archivo .csv ni .xlsx; indique uno de ellos.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>{name} no es texto UTF-8; guárdelo como «CSV UTF-8» e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is not a valid CSV file ({problem}).</source>
        <translation>{name} no es un archivo CSV válido ({problem}).</translation>
    </message>
    <message>
        <source>{name} is not an XLSX workbook (or it is damaged).</source>
        <translation>{name} no es un libro XLSX (o está dañado).</translation>
    </message>
    <message>
        <source>{name} is required but missing</source>
        <translation>{name} es obligatorio, pero falta</translation>
    </message>
    <message>
        <source>{name} is {size}; evidence files may be at most {limit}. Attach a smaller extract, or raise the limit (max_evidence_mb in settings.json).</source>
        <translation>{name} ocupa {size}; los archivos de prueba pueden ocupar como máximo {limit}. Adjunte un extracto más pequeño o aumente el límite (max_evidence_mb en settings.json).</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {limit} MB; it is not a sheet of figures.</source>
        <translation>{name} ocupa más de {limit} MB una vez descomprimido; no es una hoja de cifras.</translation>
    </message>
    <message>
        <source>{path} (indicator {code})</source>
        <translation>{path} (indicador {code})</translation>
    </message>
    <message>
        <source>{path} (item {code})</source>
        <translation>{path} (elemento {code})</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file name (nothing was overwritten).</source>
        <translation>{path} ya existe; elija un nombre de archivo nuevo (no se ha sobrescrito nada).</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>No se puede leer {path} (permiso denegado).</translation>
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation>No se puede leer {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} does not exist or is not a file; check the path.</source>
        <translation>{path} no existe o no es un archivo; compruebe la ruta.</translation>
    </message>
    <message>
        <source>{path} does not exist; check the path.</source>
        <translation>{path} no existe; compruebe la ruta.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give the path of a .sqlite file.</source>
        <translation>{path} es una carpeta, no un archivo de base de datos. Indique la ruta de un archivo .sqlite.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the package file to write.</source>
        <translation>{path} es una carpeta; indique el nombre del archivo de paquete que se va a guardar.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the report file to write, e.g. {example}</source>
        <translation>{path} es una carpeta; indique el nombre del archivo de informe que se va a guardar, por ejemplo {example}</translation>
    </message>
    <message>
        <source>{path} is not a file.</source>
        <translation>{path} no es un archivo.</translation>
    </message>
    <message>
        <source>{path} is not an Assess database (it is not an SQLite file). Check the path; nothing was changed.</source>
        <translation>{path} no es una base de datos de Assess (no es un archivo SQLite). Compruebe la ruta; no se ha modificado nada.</translation>
    </message>
    <message>
        <source>{path} is read-only. Copy it somewhere you can write, or change its permissions.</source>
        <translation>{path} es de solo lectura. Cópielo en un lugar donde pueda escribir o cambie sus permisos.</translation>
    </message>
    <message>
        <source>{path} is too large to be a password file; put the password on its first line.</source>
        <translation>{path} es demasiado grande para ser un archivo de contraseña; escriba la contraseña en su primera línea.</translation>
    </message>
    <message>
        <source>{period}: quality note</source>
        <translation>{period}: nota de calidad</translation>
    </message>
    <message>
        <source>{period}: source</source>
        <translation>{period}: fuente</translation>
    </message>
    <message>
        <source>{period}: total</source>
        <translation>{period}: total</translation>
    </message>
    <message>
        <source>{period}: {dimension} = {category}</source>
        <translation>{period}: {dimension} = {category}</translation>
    </message>
    <message>
        <source>{port} is not a port number (1 to 65535).</source>
        <translation>{port} no es un número de puerto (de 1 a 65535).</translation>
    </message>
    <message>
        <source>{prefix} cannot start a role name: use lower-case letters, digits and _ (for example assess).</source>
        <translation>{prefix} no puede iniciar un nombre de rol: use letras minúsculas, cifras y _ (por ejemplo, assess).</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>{problem} (and {count} more problems)</source>
        <translation>{problem} (y {count} problemas más)</translation>
    </message>
    <message>
        <source>{problem}. Nothing was imported.</source>
        <translation>{problem}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{problem}; remove it or check its spelling</source>
        <translation>{problem}; quítelo o compruebe cómo está escrito</translation>
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
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <source>{text} is not a date; write it as YYYY-MM-DD, for example 2027-06-30.</source>
        <translation>{text} no es una fecha; escríbala con el formato AAAA-MM-DD, por ejemplo 2027-06-30.</translation>
    </message>
    <message>
        <source>{url} is not a database URL; expected for example postgresql+psycopg://user@host/db</source>
        <translation>{url} no es una URL de base de datos; se esperaba, por ejemplo, postgresql+psycopg://user@host/db</translation>
    </message>
    <message>
        <source>{value} has too many digits: at most {digits} before the point and {decimals} after.</source>
        <translation>{value} tiene demasiadas cifras: como máximo {digits} antes del punto y {decimals} después.</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &quot;en&quot;, &quot;fr&quot; or &quot;pt-BR&quot;</source>
        <translation>{value} no es un código de idioma como &quot;en&quot;, &quot;fr&quot; o &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>{value} is not a number; {how}.</source>
        <translation>{value} no es un número; {how}.</translation>
    </message>
    <message>
        <source>{value} is not a period; {how}.</source>
        <translation>{value} no es un período; {how}.</translation>
    </message>
    <message>
        <source>{value} is not a valid time.</source>
        <translation>{value} no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>{value} is not an assessment id; see the ids with: assess list</source>
        <translation>{value} no es un identificador de evaluación; consulte los identificadores con: assess list</translation>
    </message>
    <message>
        <source>{value} names a day that does not exist; {how}.</source>
        <translation>{value} indica un día que no existe; {how}.</translation>
    </message>
    <message>
        <source>{where}.addressee (item {code})</source>
        <translation>{where}.addressee (elemento {code})</translation>
    </message>
    <message>
        <source>{where}.dimensions (item {code})</source>
        <translation>{where}.dimensions (elemento {code})</translation>
    </message>
    <message>
        <source>{where}.editorial (item {code})</source>
        <translation>{where}.editorial (elemento {code})</translation>
    </message>
    <message>
        <source>{where}.kind (item {code})</source>
        <translation>{where}.kind (elemento {code})</translation>
    </message>
    <message>
        <source>{where}.source (item {code})</source>
        <translation>{where}.source (elemento {code})</translation>
    </message>
    <message>
        <source>{where}.tags (item {code})</source>
        <translation>{where}.tags (elemento {code})</translation>
    </message>
    <message>
        <source>A workbook cannot be protected by a password: the institution could not fill it in. Leave out --password-file, or send a package (.assess) instead.</source>
        <translation>Un libro no puede protegerse con contraseña: la institución no podría completarlo. Quite --password-file o envíe un paquete (.assess).</translation>
    </message>
    <message>
        <source>A workbook carries no evidence files.</source>
        <translation>Un libro no transporta archivos de prueba.</translation>
    </message>
    <message>
        <source>A workbook has no password; leave out --password-file.</source>
        <translation>Un libro no tiene contraseña; quite --password-file.</translation>
    </message>
    <message>
        <source>A workbook is merged into the assessment it was sent from: give --into ASSESSMENT (assess list shows them).</source>
        <translation>Un libro se combina con la evaluación desde la que se envió: indique --into EVALUACIÓN (assess list las muestra).</translation>
    </message>
    <message>
        <source>Assess package</source>
        <translation>paquete de Assess</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell} holds a formula; its text was taken as typed, never calculated.</source>
        <translation>Hoja {sheet}, celda {cell}: contiene una fórmula; su texto se tomó tal como se escribió, sin calcularse nunca.</translation>
    </message>
    <message>
        <source>Sheet {sheet}, cell {cell}: the {what} of {code} was changed in the workbook; the change was ignored (the checklist stays as it is).</source>
        <translation>Hoja {sheet}, celda {cell}: {what} de {code} se modificó en el libro; el cambio se ha ignorado (la lista de verificación no cambia).</translation>
    </message>
    <message>
        <source>Sheet {sheet}: the row of {code} is missing, so nothing was taken for it.</source>
        <translation>Hoja {sheet}: falta la fila de {code}, así que no se tomó nada para ese elemento.</translation>
    </message>
    <message>
        <source>The {field} of {code} holds a control character that a spreadsheet cannot hold. Remove it, or send this part as a package. No workbook was written.</source>
        <translation>El campo «{field}» de {code} contiene un carácter de control que una hoja de cálculo no admite. Elimínelo o envíe esta parte como paquete. No se ha escrito ningún libro.</translation>
    </message>
    <message>
        <source>The {field} of {code} is {length} characters long; a spreadsheet cell holds at most {limit}. Shorten it, or send this part as a package. No workbook was written.</source>
        <translation>El campo «{field}» de {code} tiene {length} caracteres; una celda de hoja de cálculo admite como máximo {limit}. Acórtelo o envíe esta parte como paquete. No se ha escrito ningún libro.</translation>
    </message>
    <message>
        <source>This workbook was written by a newer release of Assess (workbook format {version}; this release reads format {supported}). Install the newer release to import it; nothing was changed.</source>
        <translation>Este libro se escribió con una versión más reciente de Assess (formato de libro {version}; esta versión lee el formato {supported}). Instale la versión más reciente para importarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>a reason for N/A is given, but the item is not marked N/A: choose N/A in cell {cell}, or clear this cell</source>
        <translation>se indica un motivo de «no aplicable», pero el elemento no está marcado como no aplicable: elija «No aplicable» en la celda {cell} o vacíe esta celda</translation>
    </message>
    <message>
        <source>a value in a column Assess did not write</source>
        <translation>un valor en una columna que Assess no escribió</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>prueba</translation>
    </message>
    <message>
        <source>it holds a formula ({formula}), and formulas are never calculated on import: type the value itself</source>
        <translation>contiene una fórmula ({formula}), y las fórmulas nunca se calculan al importar: escriba el valor mismo</translation>
    </message>
    <message>
        <source>item text</source>
        <translation>texto del elemento</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: {problem}</source>
        <translation>hoja {sheet}, celda {cell}: {problem}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <source>the hidden column {column} was changed ({problem})</source>
        <translation>la columna oculta {column} se modificó ({problem})</translation>
    </message>
    <message>
        <source>the hidden columns of this row were changed</source>
        <translation>las columnas ocultas de esta fila se modificaron</translation>
    </message>
    <message>
        <source>the item is marked N/A and also scored ({cells}): clear the scores or the N/A</source>
        <translation>el elemento está marcado como no aplicable y también puntuado ({cells}): borre las puntuaciones o el «no aplicable»</translation>
    </message>
    <message>
        <source>the item is marked N/A: say why in this cell</source>
        <translation>el elemento está marcado como no aplicable: indique el motivo en esta celda</translation>
    </message>
    <message>
        <source>this row has answers but no item code</source>
        <translation>esta fila tiene respuestas pero ningún código de elemento</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>libro de Excel</translation>
    </message>
    <message>
        <source>{code} is already in row {row}: each item has one row</source>
        <translation>{code} ya está en la fila {row}: cada elemento tiene una sola fila</translation>
    </message>
    <message>
        <source>{code} is not an item this workbook was sent with</source>
        <translation>{code} no es un elemento enviado con este libro</translation>
    </message>
    <message>
        <source>{file} was sent from another assessment ({label}, created {created} UTC), not from assessment {number} ({own_label}); nothing was merged. Merge it into the assessment it was sent from.</source>
        <translation>{file} se envió desde otra evaluación ({label}, creada el {created} UTC), no desde la evaluación {number} ({own_label}); no se ha combinado nada. Combínelo con la evaluación desde la que se envió.</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells (and look for more of the kind), then import it again: {problems}.</source>
        <translation>{label} todavía no puede importarse, y no se ha cambiado nada. Corrija estas celdas (y busque otras del mismo tipo) y vuelva a importarlo: {problems}.</translation>
    </message>
    <message>
        <source>{label} cannot be imported yet, and nothing was changed. Correct these cells, then import it again: {problems}.</source>
        <translation>{label} todavía no puede importarse, y no se ha cambiado nada. Corrija estas celdas y vuelva a importarlo: {problems}.</translation>
    </message>
    <message>
        <source>{label} could not be read as a workbook ({error}). Save it again as an Excel Workbook (.xlsx), or ask for the file again. Nothing was imported.</source>
        <translation>{label} no se pudo leer como libro ({error}). Vuelva a guardarlo como Libro de Excel (.xlsx) o pida de nuevo el archivo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} has no sheet {sheet}, where the answers are: a sheet was renamed or deleted. Nothing was imported.</source>
        <translation>{label} no tiene la hoja {sheet}, donde están las respuestas: se cambió el nombre de una hoja o se eliminó. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} holds no answers: its sheet {sheet} has no rows of items. Nothing was imported.</source>
        <translation>{label} no contiene respuestas: su hoja {sheet} no tiene filas de elementos. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is an OpenDocument spreadsheet (.ods). Save it as an Excel Workbook (.xlsx) (in LibreOffice Calc: File &gt; Save As, file type Excel 2007-365) and import that file. Nothing was imported.</source>
        <translation>{label} es una hoja de cálculo OpenDocument (.ods). Guárdela como Libro de Excel (.xlsx) (en LibreOffice Calc: Archivo &gt; Guardar como, tipo Excel 2007-365) e importe ese archivo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is damaged or truncated (it is not a complete workbook). Ask for the file again; nothing was imported.</source>
        <translation>{label} está dañado o truncado (no es un libro completo). Pida de nuevo el archivo; no se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is in the old Excel 97-2003 format, or protected with a password. Save it as an Excel Workbook (.xlsx) without a password, and import that file. Nothing was imported.</source>
        <translation>{label} está en el antiguo formato Excel 97-2003 o protegido con contraseña. Guárdelo como Libro de Excel (.xlsx) sin contraseña e importe ese archivo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe workbook: its part {name} declares a document type or entities, which spreadsheet programs never write. Nothing was imported.</source>
        <translation>{label} no es un libro seguro: su parte {name} declara un tipo de documento o entidades, algo que las hojas de cálculo nunca escriben. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds a member named {name} ({why}). Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: contiene un componente llamado {name} ({why}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds the member {name} twice. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: contiene dos veces el componente {name}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: it holds {count} members; at most {limit} are allowed. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: contiene {count} componentes; se admiten como máximo {limit}. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} gives two different sizes. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: su componente {name} indica dos tamaños distintos. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a folder, not a file. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: su componente {name} es una carpeta, no un archivo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a special file, not a file. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: su componente {name} es un archivo especial, no un archivo normal. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is a symbolic link, not a file. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: su componente {name} es un enlace simbólico, no un archivo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} is encrypted with a ZIP password. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: su componente {name} está cifrado con una contraseña ZIP. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} overlaps another member. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: su componente {name} se superpone a otro componente. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} uses an unsupported compression. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: su componente {name} usa una compresión no compatible. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would decompress to {size} (limit {limit}). Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: su componente {name} ocuparía {size} al descomprimirse (límite: {limit}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its member {name} would expand {ratio} times when decompressed (at most {limit} allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: su componente {name} se multiplicaría por {ratio} al descomprimirse (se admite como máximo {limit}): una «bomba ZIP». No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would decompress to more than {limit} in all. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: sus componentes ocuparían en total más de {limit} al descomprimirse. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a safe {container}: its members would expand {ratio} times when decompressed, to {size} (at most {limit} times allowed): a &apos;zip bomb&apos;. Nothing was imported.</source>
        <translation>{label} no es un {container} seguro: sus componentes se multiplicarían por {ratio} al descomprimirse, hasta {size} (se admite como máximo {limit}): una «bomba ZIP». No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx). Import the workbook the secretariat sent, filled in and saved as an Excel Workbook (.xlsx). Nothing was imported.</source>
        <translation>{label} no es un libro (.xlsx). Importe el libro que envió la secretaría, completado y guardado como Libro de Excel (.xlsx). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is not a workbook (.xlsx): it is a ZIP file of another kind. Nothing was imported.</source>
        <translation>{label} no es un libro (.xlsx): es un archivo ZIP de otro tipo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} is {size} bytes; a contribution workbook is never larger than {limit} bytes. Nothing was imported.</source>
        <translation>{label} ocupa {size} bytes; un libro de contribución nunca supera los {limit} bytes. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} was not written by Assess (it has no hidden sheet {sheet}). Only a workbook written with Send part to an institution (or assess export ... --out FILE.xlsx) can be imported. Nothing was imported.</source>
        <translation>{label} no lo escribió Assess (no tiene la hoja oculta {sheet}). Solo puede importarse un libro escrito con Enviar una parte a una institución (o assess export ... --out ARCHIVO.xlsx). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label} was sent from an assessment on framework {framework} {version}, which this database does not have: merge it into the assessment it was sent from, in the database it was sent from. Nothing was imported.</source>
        <translation>{label} se envió desde una evaluación basada en el marco {framework} {version}, que esta base de datos no tiene: combínelo con la evaluación desde la que se envió, en la base de datos de la que procede. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} lists columns this release does not read. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}: su hoja oculta {sheet} enumera columnas que esta versión no lee. Pida un libro nuevo a la secretaría. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged ({problem}). Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}: su hoja oculta {sheet} se modificó o está dañada ({problem}). Pida un libro nuevo a la secretaría. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: its hidden sheet {sheet} was changed or damaged, so the workbook cannot be matched to its assessment. Ask the secretariat for a new workbook. Nothing was imported.</source>
        <translation>{label}: su hoja oculta {sheet} se modificó o está dañada, por lo que el libro no puede vincularse a su evaluación. Pida un libro nuevo a la secretaría. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: a column Assess did not write ({found}). Move what it holds into the answer columns, delete it, then import again. Nothing was imported.</source>
        <translation>{label}: hoja {sheet}, celda {cell}: una columna que Assess no escribió ({found}). Pase su contenido a las columnas de respuesta, elimínela y vuelva a importar. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the column {expected} is not where it was sent ({found} is there instead): columns were deleted or moved. Put them back as they were sent, then import again. Nothing was imported.</source>
        <translation>{label}: hoja {sheet}, celda {cell}: la columna {expected} no está donde se envió (en su lugar está {found}): se eliminaron o movieron columnas. Vuelva a dejarlas como se enviaron e importe de nuevo. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: sheet {sheet}, cell {cell}: the hidden column {expected} is not where it was sent ({found} is there instead), so hidden columns were deleted or moved and what was sent cannot be known. Ask the secretariat for a new workbook and copy your answers into it. Nothing was imported.</source>
        <translation>{label}: hoja {sheet}, celda {cell}: la columna oculta {expected} no está donde se envió (en su lugar está {found}); por tanto se eliminaron o movieron columnas ocultas y no puede saberse qué se envió. Pida un libro nuevo a la secretaría y copie en él sus respuestas. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the workbook file to write.</source>
        <translation>{path} es una carpeta; indique el nombre del archivo de libro que se escribirá.</translation>
    </message>
    <message>
        <source>{value} is not a choice here: choose {choice} from the list or leave the cell empty</source>
        <translation>{value} no es una opción aquí: elija {choice} de la lista o deje la celda vacía</translation>
    </message>
    <message>
        <source>{value} is not a date: type a date such as {example}</source>
        <translation>{value} no es una fecha: escriba una fecha como {example}</translation>
    </message>
    <message>
        <source>{value} is not a priority: choose {choices} from the list</source>
        <translation>{value} no es una prioridad: elija {choices} de la lista</translation>
    </message>
    <message>
        <source>{value} is not a score: choose a level from {low} to {high} from the list</source>
        <translation>{value} no es una puntuación: elija de la lista un nivel de {low} a {high}</translation>
    </message>
    <message>
        <source>{value} is off the scale ({low} to {high}): choose a level from the list</source>
        <translation>{value} está fuera de la escala ({low} a {high}): elija un nivel de la lista</translation>
    </message>
    <message>
        <source>The package would hold {count} evidence files; a package may hold at most {limit}. Send the part in pieces (a few pillars at a time); nothing was written.</source>
        <translation>El paquete contendría {count} archivos de prueba; un paquete puede contener como máximo {limit}. Envíe la parte por trozos (unos pocos pilares cada vez); no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The package&apos;s framework {framework} {version} differs from the one of that id and version in this database; nothing was imported. Ask the sender which framework they used.</source>
        <translation>El marco {framework} {version} del paquete difiere del que tiene ese identificador y esa versión en esta base de datos; no se ha importado nada. Pregunte al remitente qué marco utilizó.</translation>
    </message>
    <message>
        <source>The {what} holds a NUL character (\x00), which no text may hold; remove it.</source>
        <translation>El campo «{what}» contiene un carácter NUL (\x00), que ningún texto puede contener; elimínelo.</translation>
    </message>
    <message>
        <source>The {what} holds a character that is not valid text ({char}), for example a byte that is not UTF-8 from a command line or a file name; retype it.</source>
        <translation>El campo «{what}» contiene un carácter que no es texto válido ({char}), por ejemplo un byte que no es UTF-8 procedente de una línea de órdenes o de un nombre de archivo; vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Check the path; nothing was created (assess new creates a database).</source>
        <translation>No hay ninguna base de datos en {path}. Compruebe la ruta; no se ha creado nada (assess new crea una base de datos).</translation>
    </message>
    <message>
        <source>This database holds a changed copy of the built-in framework {key} {version}; Assess will not use it. Restore a backup from before the change.</source>
        <translation>Esta base de datos contiene una copia modificada del marco integrado {key} {version}; Assess no la utilizará. Restaure una copia de seguridad anterior al cambio.</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>a trigger</source>
        <translation>un disparador</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>una vista</translation>
    </message>
    <message>
        <source>an index</source>
        <translation>un índice</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>institution name</source>
        <translation>nombre de institución</translation>
    </message>
    <message>
        <source>legal citation</source>
        <translation>cita jurídica</translation>
    </message>
    <message>
        <source>link</source>
        <translation>enlace</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>the file holds more than {limit} JSON values, more than a framework may</source>
        <translation>el archivo contiene más de {limit} valores JSON, más de los que puede tener un marco</translation>
    </message>
    <message>
        <source>the text contains a NUL character (\u0000), which no text may hold; remove it</source>
        <translation>el texto contiene un carácter NUL (\u0000), que ningún texto puede contener; elimínelo</translation>
    </message>
    <message>
        <source>{database} holds {kind} named {name} that Assess did not create: it could change or erase data behind its back, so Assess will not use this database. Nothing was changed; use a backup you trust, or have it removed.</source>
        <translation>{database} contiene {kind} llamado {name} que Assess no creó: podría cambiar o borrar datos a sus espaldas, por lo que Assess no usará esta base de datos. No se ha cambiado nada; use una copia de seguridad de confianza o haga que lo eliminen.</translation>
    </message>
    <message>
        <source>{file} is in use by another program (process {process}); close Assess there and restore again. Nothing was changed.</source>
        <translation>{file} está en uso por otro programa (proceso {process}); cierre Assess allí y vuelva a restaurar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{key} is the id of the built-in framework; a framework of your own needs an id of its own. Change the id in the file and import it again; nothing was changed.</source>
        <translation>{key} es el identificador del marco integrado; un marco propio necesita un identificador propio. Cambie el identificador en el archivo y vuelva a importarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{label}: a link of {code}: {problem} Nothing was imported.</source>
        <translation>{label}: un enlace de {code}: {problem} No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: evidence of {code} that is not a link gives a link. Nothing was imported.</source>
        <translation>{label}: una prueba de {code} que no es un enlace indica un enlace. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: item {code}: {problem} Nothing was imported.</source>
        <translation>{label}: elemento {code}: {problem} No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: {member} holds a text with a character no text may hold (a NUL or a broken character: {text}). Nothing was imported.</source>
        <translation>{label}: {member} contiene un texto con un carácter que ningún texto puede contener (un NUL o un carácter roto: {text}). No se ha importado nada.</translation>
    </message>
    <message>
        <source>{label}: {member} holds more than {limit} JSON values, more than any package does. Nothing was imported.</source>
        <translation>{label}: {member} contiene más de {limit} valores JSON, más que cualquier paquete. No se ha importado nada.</translation>
    </message>
    <message>
        <source>{url} is not a web or e-mail address; a link starts with http://, https:// or mailto: (links to files, shares or scripts are refused).</source>
        <translation>{url} no es una dirección web ni de correo electrónico; un enlace empieza por http://, https:// o mailto: (se rechazan los enlaces a archivos, recursos compartidos o scripts).</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {missing} Write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>La evaluación {number} aún no puede aprobarse. {missing} Redacte las conclusiones principales (assess finding), o apruébela tal como está con --force.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} Score the items, or approve it as it is with --force.</source>
        <translation>La evaluación {number} aún no puede aprobarse. {unscored} Puntúe los elementos, o apruébela tal como está con --force.</translation>
    </message>
    <message>
        <source>Assessment {number} cannot be approved yet. {unscored} {missing} Score the items and write the key findings (assess finding), or approve it as it is with --force.</source>
        <translation>La evaluación {number} aún no puede aprobarse. {unscored} {missing} Puntúe los elementos y redacte las conclusiones principales (assess finding), o apruébela tal como está con --force.</translation>
    </message>
    <message>
        <source>Items not fully scored: {count} ({codes}).</source>
        <translation>Elementos sin puntuar del todo: {count} ({codes}).</translation>
    </message>
    <message>
        <source>Key findings not written for: {pillars}.</source>
        <translation>Conclusiones principales sin redactar para: {pillars}.</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding and those for {pillars}.</source>
        <translation>Conclusiones principales sin redactar: la conclusión general y las de {pillars}.</translation>
    </message>
    <message>
        <source>Key findings not written: the overall finding.</source>
        <translation>Conclusiones principales sin redactar: la conclusión general.</translation>
    </message>
    <message>
        <source>--approved-by, --date and --force are for marking final; give --reason for draft.</source>
        <translation>--approved-by, --date y --force son para marcar como definitiva; indique --reason para borrador.</translation>
    </message>
    <message>
        <source>--json shows the methodology; give it without the options that change it.</source>
        <translation>--json muestra la metodología; úselo sin las opciones que la modifican.</translation>
    </message>
    <message>
        <source>--reason is for going back to draft; a final assessment records --approved-by.</source>
        <translation>--reason es para volver a borrador; una evaluación definitiva registra --approved-by.</translation>
    </message>
    <message>
        <source>A line of the {what} is too long ({length} characters; at most {limit}).</source>
        <translation>Una línea de {what} es demasiado larga ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>An override of the target needs a reason; give one, or remove the override.</source>
        <translation>Una meta propia necesita un motivo; indíquelo o quite la meta propia.</translation>
    </message>
    <message>
        <source>Say who approved the assessment (for example --approved-by &quot;Jane Doe&quot;).</source>
        <translation>Indique quién aprobó la evaluación (por ejemplo --approved-by &quot;Jane Doe&quot;).</translation>
    </message>
    <message>
        <source>Say why the assessment goes back to draft (for example --reason &quot;Scores revised&quot;).</source>
        <translation>Indique por qué la evaluación vuelve a borrador (por ejemplo --reason &quot;Puntuaciones revisadas&quot;).</translation>
    </message>
    <message>
        <source>Say why the target of {code} differs from the assessment&apos;s (a reason is required for an override).</source>
        <translation>Indique por qué la meta de {code} difiere de la de la evaluación (una meta propia requiere un motivo).</translation>
    </message>
    <message>
        <source>The account of how scores were agreed is too long ({length} characters; at most {limit}).</source>
        <translation>La explicación de cómo se acordaron las puntuaciones es demasiado larga ({length} caracteres; como máximo {limit}).</translation>
    </message>
    <message>
        <source>The meeting of {day} needs a name, for example: {day} Inception workshop.</source>
        <translation>La reunión del {day} necesita un nombre, por ejemplo: {day} Taller de inicio.</translation>
    </message>
    <message>
        <source>The target {target} is not a whole number on the scale (or {default}).</source>
        <translation>La meta {target} no es un número entero de la escala (ni {default}).</translation>
    </message>
    <message>
        <source>Too many {what} ({count}; at most {limit}).</source>
        <translation>Demasiados {what} ({count}; como máximo {limit}).</translation>
    </message>
    <message>
        <source>key finding</source>
        <translation>conclusión principal</translation>
    </message>
    <message>
        <source>reason for the target</source>
        <translation>motivo de la meta</translation>
    </message>
    <message>
        <source>{codes} and {count} more (assess show)</source>
        <translation>{codes} y {count} más (assess show)</translation>
    </message>
    <message>
        <source>{code} holds no assessable item; a target cannot be set on it.</source>
        <translation>{code} no contiene ningún elemento evaluable; no se le puede fijar una meta.</translation>
    </message>
    <message>
        <source>{code} is not an item of this framework; give a pillar code such as PROS or an item code such as PROS-1.i.</source>
        <translation>{code} no es un elemento de este marco; indique un código de pilar como PROS o de elemento como PROS-1.i.</translation>
    </message>
    <message>
        <source>{date} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{date} no es una fecha; escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>{scope} is not a pillar with assessable items; use one of {scopes} (or no pillar for the overall finding).</source>
        <translation>{scope} no es un pilar con elementos evaluables; use uno de {scopes} (o ningún pilar para la conclusión de conjunto).</translation>
    </message>
    <message>
        <source>{value} is not a meeting; write its date and name, for example: 2026-03-04 Inception workshop.</source>
        <translation>{value} no es una reunión; escriba su fecha y nombre, por ejemplo: 2026-03-04 Taller de inicio.</translation>
    </message>
    <message>
        <source>Only the editors named for this assessment may change it; your database user {user} may read it. The database owner can name you: assess server setup --assessment {number} --editor {name}</source>
        <translation>Solo los editores designados para esta evaluación pueden modificarla; su usuario de base de datos {user} puede leerla. El propietario de la base de datos puede designarle: assess server setup --assessment {number} --editor {name}</translation>
    </message>
    <message>
        <source>The server holding {database} ended this session because it stayed in the middle of a change too long (the network was slow or cut); nothing of that change was saved. Try again.</source>
        <translation>El servidor que aloja {database} cerró esta sesión porque se quedó demasiado tiempo a mitad de un cambio (la red era lenta o se cortó); no se guardó nada de ese cambio. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Viewers read every assessment; name only --editor or --remove with --assessment.</source>
        <translation>Los lectores leen todas las evaluaciones; con --assessment indique solo --editor o --remove.</translation>
    </message>
    <message>
        <source>{database} did not answer for {seconds} seconds: the network or the server is down, or very slow. Nothing of this change was saved; try again when the server answers.</source>
        <translation>{database} no respondió durante {seconds} segundos: la red o el servidor no funcionan o van muy lentos. No se guardó nada de este cambio; vuelva a intentarlo cuando el servidor responda.</translation>
    </message>
    <message>
        <source>{database}: {users} is in the middle of changing the same rows, so this change waited {seconds} seconds and was not saved. If their connection was cut, the server ends their change within {limit} seconds; try again then.</source>
        <translation>{database}: {users} está modificando las mismas filas, por lo que este cambio esperó {seconds} segundos y no se guardó. Si su conexión se cortó, el servidor pone fin a su cambio en un plazo de {limit} segundos; vuelva a intentarlo entonces.</translation>
    </message>
    <message>
        <source>--all-editors lifts the restriction of one assessment: give --assessment ID, and no --editor.</source>
        <translation>--all-editors levanta la restricción de una evaluación: indique --assessment ID y ningún --editor.</translation>
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
    <message>
        <source>{label}: {text}</source>
        <translation>{label}: {text}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>Opening the demo assessment…</source>
        <translation>Abriendo la evaluación de la demo…</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Opening Assess…</source>
        <translation>Abriendo Assess…</translation>
    </message>
</context>
</TS>
