<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>&lt;p&gt;Offline review of UN Special Procedures communications.&lt;/p&gt;&lt;p&gt;Store: {store}&lt;/p&gt;&lt;p&gt;Nothing leaves this computer unless you export it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Examen sin conexión de las comunicaciones de los procedimientos especiales de la ONU.&lt;/p&gt;&lt;p&gt;Base: {store}&lt;/p&gt;&lt;p&gt;Nada sale de este ordenador salvo lo que usted exporte.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Tag with term {digit}</source>
        <translation>Etiquetar con el término {digit}</translation>
    </message>
    <message>
        <source>In a letter, annex or reply view: tag the selection with the term whose shortcut is {digit}</source>
        <translation>En una carta, un anexo o una respuesta: etiquetar la selección con el término cuyo atajo es {digit}</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nueva base…</translation>
    </message>
    <message>
        <source>Create an empty store file</source>
        <translation>Crear un archivo de base vacío</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir una base…</translation>
    </message>
    <message>
        <source>Open another store file</source>
        <translation>Abrir otro archivo de base</translation>
    </message>
    <message>
        <source>Connect to &amp;team store…</source>
        <translation>Conectarse a una base de &amp;equipo…</translation>
    </message>
    <message>
        <source>Open a team store on a PostgreSQL server</source>
        <translation>Abrir una base de equipo en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import letters and replies (PDF, DOCX, TXT)</source>
        <translation>Importar cartas y respuestas (PDF, DOCX, TXT)</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importar una &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import every letter and reply in a folder</source>
        <translation>Importar todas las cartas y respuestas de una carpeta</translation>
    </message>
    <message>
        <source>&amp;Export briefing…</source>
        <translation>&amp;Exportar la nota informativa…</translation>
    </message>
    <message>
        <source>Export the current case as an annotated Word briefing</source>
        <translation>Exportar el caso actual como nota informativa de Word anotada</translation>
    </message>
    <message>
        <source>Export &amp;portfolio…</source>
        <translation>Exportar un &amp;compendio…</translation>
    </message>
    <message>
        <source>Export the cases selected in the list as one Word document</source>
        <translation>Exportar los casos seleccionados en la lista como un solo documento de Word</translation>
    </message>
    <message>
        <source>Export &amp;data (CSV/JSON)…</source>
        <translation>Exportar los &amp;datos (CSV/JSON)…</translation>
    </message>
    <message>
        <source>Tags and assessments of the selected cases for a spreadsheet</source>
        <translation>Etiquetas y evaluaciones de los casos seleccionados, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Export REFI-QD&amp;A project…</source>
        <translation>Exportar proyecto REFI-QD&amp;A…</translation>
    </message>
    <message>
        <source>The selected cases for QualCoder, MAXQDA, ATLAS.ti or NVivo: texts, codebook, codings, notes</source>
        <translation>Los casos seleccionados para QualCoder, MAXQDA, ATLAS.ti o NVivo: textos, libro de códigos, codificaciones, notas</translation>
    </message>
    <message>
        <source>Import &amp;REFI-QDA project…</source>
        <translation>Importar proyecto &amp;REFI-QDA…</translation>
    </message>
    <message>
        <source>Codes and codings from a .qdpx project (or a .qdc codebook) of another QDA program</source>
        <translation>Códigos y codificaciones de un proyecto .qdpx (o de un libro de códigos .qdc) de otro programa de análisis cualitativo</translation>
    </message>
    <message>
        <source>Export review &amp;bundle…</source>
        <translation>Exportar &amp;lote de revisión…</translation>
    </message>
    <message>
        <source>The selected cases with their originals and work, for a colleague without the team store</source>
        <translation>Los casos elegidos con sus originales y el trabajo hecho, para un colega sin acceso a la base del equipo</translation>
    </message>
    <message>
        <source>Import review b&amp;undle…</source>
        <translation>Importar lote de re&amp;visión…</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s review bundle: additions kept, the same field changed on both sides becomes a conflict to resolve</source>
        <translation>Fusionar el lote de revisión de un colega: se conservan las adiciones; un mismo campo cambiado en ambos lados se vuelve un conflicto por resolver</translation>
    </message>
    <message>
        <source>Check &amp;out for offline work…</source>
        <translation>E&amp;xtraer para trabajar sin conexión…</translation>
    </message>
    <message>
        <source>Copy the selected cases of the team store into a store file on this laptop</source>
        <translation>Copiar los casos elegidos de la base del equipo en un archivo de base en este portátil</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Rei&amp;ntegrar</translation>
    </message>
    <message>
        <source>Merge the work done offline back into the team store it was checked out from</source>
        <translation>Fusionar el trabajo hecho sin conexión en la base del equipo de la que se extrajo</translation>
    </message>
    <message>
        <source>Co&amp;nflicts…</source>
        <translation>Co&amp;nflictos…</translation>
    </message>
    <message>
        <source>Fields you and a colleague both changed: choose which value stays</source>
        <translation>Campos que usted y un colega cambiaron: elija qué valor se queda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close ReviewDesk</source>
        <translation>Cerrar ReviewDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Deshacer la última modificación</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the edit just undone</source>
        <translation>Rehacer la modificación deshecha</translation>
    </message>
    <message>
        <source>&amp;Tag selection…</source>
        <translation>E&amp;tiquetar la selección…</translation>
    </message>
    <message>
        <source>Tag the selected text with a term (digits 1–9 tag with the first nine terms)</source>
        <translation>Etiquetar el texto seleccionado con un término (los dígitos 1 a 9 etiquetan con los nueve primeros términos)</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>&amp;Buscar en el documento…</translation>
    </message>
    <message>
        <source>Find words in the document of the pane you are in (Enter: next, Shift+Enter: previous)</source>
        <translation>Buscar palabras en el documento del panel activo (Intro: siguiente, Mayús+Intro: anterior)</translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>Buscar en &amp;todos los documentos…</translation>
    </message>
    <message>
        <source>Search every letter, annex and reply of the store; narrow with the filters</source>
        <translation>Buscar en todas las cartas, anexos y respuestas de la base; afinar con los filtros</translation>
    </message>
    <message>
        <source>Filter &amp;cases</source>
        <translation>Filtrar los &amp;casos</translation>
    </message>
    <message>
        <source>Type to narrow the case list by reference, country or addressee</source>
        <translation>Escribir para acotar la lista de casos por referencia, país o destinatario</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Your name, paper, template, grading scale, text size, digit tagging, OCR languages</source>
        <translation>Su nombre, el papel, la plantilla, la escala de calificación, el tamaño del texto, el etiquetado con dígitos, los idiomas de OCR</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Páginas</translation>
    </message>
    <message>
        <source>Show the original pages in every pane</source>
        <translation>Mostrar las páginas originales en cada panel</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>Show the cleaned text in every pane</source>
        <translation>Mostrar el texto depurado en cada panel</translation>
    </message>
    <message>
        <source>Switch &amp;layout</source>
        <translation>Cambiar de &amp;disposición</translation>
    </message>
    <message>
        <source>Three panes → reading (the letter large) → comparison (letter | reply) → three panes</source>
        <translation>Tres paneles → lectura (la carta en grande) → comparación (carta | respuesta) → tres paneles</translation>
    </message>
    <message>
        <source>Go to &amp;letter</source>
        <translation>Ir a la &amp;carta</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the Letter pane</source>
        <translation>Poner el foco del teclado en el panel Carta</translation>
    </message>
    <message>
        <source>Go to &amp;annex</source>
        <translation>Ir al &amp;anexo</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the Annex pane</source>
        <translation>Poner el foco del teclado en el panel Anexo</translation>
    </message>
    <message>
        <source>Go to &amp;reply</source>
        <translation>Ir a la &amp;respuesta</translation>
    </message>
    <message>
        <source>Put the keyboard focus in the Reply pane</source>
        <translation>Poner el foco del teclado en el panel Respuesta</translation>
    </message>
    <message>
        <source>&amp;Next region</source>
        <translation>Zona &amp;siguiente</translation>
    </message>
    <message>
        <source>Move the focus: case list, Letter, Annex, Reply, then the panel below</source>
        <translation>Mover el foco: lista de casos, Carta, Anexo, Respuesta y luego el panel inferior</translation>
    </message>
    <message>
        <source>Pre&amp;vious region</source>
        <translation>Zona a&amp;nterior</translation>
    </message>
    <message>
        <source>Move the focus back</source>
        <translation>Devolver el foco atrás</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>Make the documents and lists easier to read</source>
        <translation>Hacer más legibles los documentos y las listas</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>Fit more on the screen</source>
        <translation>Mostrar más en la pantalla</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>Back to the system&apos;s text size</source>
        <translation>Volver al tamaño de texto del sistema</translation>
    </message>
    <message>
        <source>&amp;Link reply passage to question…</source>
        <translation>&amp;Vincular el pasaje de la respuesta a una pregunta…</translation>
    </message>
    <message>
        <source>Record that the selected reply passage answers a question</source>
        <translation>Registrar que el pasaje seleccionado de la respuesta contesta a una pregunta</translation>
    </message>
    <message>
        <source>Edit &amp;details…</source>
        <translation>Editar los &amp;detalles…</translation>
    </message>
    <message>
        <source>Correct what ReviewDesk read: reference, dates, addressee, mandates, cites… and documents&apos; kinds</source>
        <translation>Corregir lo que ReviewDesk leyó: referencia, fechas, destinatario, mandatos, citas… y tipos de documentos</translation>
    </message>
    <message>
        <source>Edit &amp;questions…</source>
        <translation>Editar las &amp;preguntas…</translation>
    </message>
    <message>
        <source>Split, merge, re-span or renumber the letter&apos;s questions; verdicts and links follow them</source>
        <translation>Dividir, fusionar, redelimitar o renumerar las preguntas de la carta; las valoraciones y los vínculos las siguen</translation>
    </message>
    <message>
        <source>&amp;Re-analyse this case</source>
        <translation>&amp;Reanalizar este caso</translation>
    </message>
    <message>
        <source>Read the stored originals again with the current ReviewDesk; your corrections and work are kept</source>
        <translation>Volver a leer los originales guardados con la versión actual de ReviewDesk; sus correcciones y su trabajo se conservan</translation>
    </message>
    <message>
        <source>Re-analyse &amp;all cases…</source>
        <translation>Reanalizar &amp;todos los casos…</translation>
    </message>
    <message>
        <source>Read every stored original again (offered when ReviewDesk reads letters better than before)</source>
        <translation>Volver a leer todos los originales guardados (se ofrece cuando ReviewDesk lee las cartas mejor que antes)</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>Caso &amp;anterior</translation>
    </message>
    <message>
        <source>Open the case above in the list</source>
        <translation>Abrir el caso de arriba en la lista</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>Caso &amp;siguiente</translation>
    </message>
    <message>
        <source>Open the case below in the list</source>
        <translation>Abrir el caso de abajo en la lista</translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Vocabularios…</translation>
    </message>
    <message>
        <source>Edit the terms used for tagging: rename, recolour, move, merge, retire</source>
        <translation>Editar los términos de etiquetado: renombrar, cambiar el color, mover, fusionar, retirar</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Plazos</translation>
    </message>
    <message>
        <source>Overdue, due within 7 / 30 days, awaiting, received late: urgent appeals first; follows the filters</source>
        <translation>Vencidos, con vencimiento en 7 / 30 días, en espera, recibidos con retraso: primero los llamamientos urgentes; sigue los filtros</translation>
    </message>
    <message>
        <source>Dash&amp;board…</source>
        <translation>&amp;Panel de control…</translation>
    </message>
    <message>
        <source>Reply rate, delays, grades and verdicts by addressee, country, mandate, type, year or term</source>
        <translation>Tasa de respuesta, demoras, calificaciones y valoraciones por destinatario, país, mandato, tipo, año o término</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Who did what on the open case: tags, notes, links, verdicts, grades and corrections, newest first</source>
        <translation>Quién hizo qué en el caso abierto: etiquetas, notas, vínculos, valoraciones, calificaciones y correcciones, lo más reciente primero</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to import, read, tag, assess, export and correct, with pictures</source>
        <translation>Cómo importar, leer, etiquetar, evaluar, exportar y corregir, con imágenes</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Every action and its shortcut</source>
        <translation>Cada acción y su atajo</translation>
    </message>
    <message>
        <source>&amp;About ReviewDesk</source>
        <translation>Acerca &amp;de ReviewDesk</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Eliminar la etiqueta</translation>
    </message>
    <message>
        <source>In the Tags panel: delete the selected tags</source>
        <translation>En el panel Etiquetas: eliminar las etiquetas seleccionadas</translation>
    </message>
    <message>
        <source>Edit tag note</source>
        <translation>Editar la nota de la etiqueta</translation>
    </message>
    <message>
        <source>In the Tags panel: edit the selected tag&apos;s note</source>
        <translation>En el panel Etiquetas: editar la nota de la etiqueta seleccionada</translation>
    </message>
</context>
<context>
    <name>AnswersController</name>
    <message>
        <source>Set verdict</source>
        <translation>Fijar la valoración</translation>
    </message>
    <message>
        <source>Set grade</source>
        <translation>Fijar la calificación</translation>
    </message>
    <message>
        <source>Reject proposed passage</source>
        <translation>Rechazar el pasaje propuesto</translation>
    </message>
    <message>
        <source>Remove answer links</source>
        <translation>Quitar los vínculos de respuesta</translation>
    </message>
    <message>
        <source>Choose a grade first, then the actions the reply reports</source>
        <translation>Elija primero una calificación y luego las medidas que menciona la respuesta</translation>
    </message>
    <message>
        <source>No proposed passage for question {number}</source>
        <translation>Ningún pasaje propuesto para la pregunta {number}</translation>
    </message>
    <message>
        <source>Link passage to question {number}</source>
        <translation>Vincular el pasaje a la pregunta {number}</translation>
    </message>
    <message>
        <source>Select a passage of the reply first</source>
        <translation>Seleccione primero un pasaje de la respuesta</translation>
    </message>
    <message>
        <source>Link passage</source>
        <translation>Vincular el pasaje</translation>
    </message>
    <message>
        <source>This passage answers:</source>
        <translation>Este pasaje responde a:</translation>
    </message>
</context>
<context>
    <name>AnswersGridModel</name>
    <message>
        <source>Q</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Passages</source>
        <translation>Pasajes</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message numerus="yes">
        <source>%n linked</source>
        <translation>
            <numerusform>%n vinculado</numerusform>
            <numerusform>%n vinculados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed</source>
        <translation>
            <numerusform>%n propuesto</numerusform>
            <numerusform>%n propuestos</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ unanswered</source>
        <translation>⚠ sin respuesta</translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>Accept proposal</source>
        <translation>Aceptar la propuesta</translation>
    </message>
    <message>
        <source>Link the proposed reply passage to this question</source>
        <translation>Vincular el pasaje propuesto de la respuesta a esta pregunta</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>Rechazar la propuesta</translation>
    </message>
    <message>
        <source>This passage does not answer the question</source>
        <translation>Este pasaje no responde a la pregunta</translation>
    </message>
    <message>
        <source>Remove links</source>
        <translation>Quitar los vínculos</translation>
    </message>
    <message>
        <source>Remove the passages linked to this question</source>
        <translation>Quitar los pasajes vinculados a esta pregunta</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Escala de calificación</translation>
    </message>
    <message>
        <source>Grade of the reply (the reviewer decides)</source>
        <translation>Calificación de la respuesta (decide el analista)</translation>
    </message>
    <message>
        <source>Actions ▾</source>
        <translation>Medidas ▾</translation>
    </message>
    <message>
        <source>Actions the reply reports (investigation, release…)</source>
        <translation>Medidas que menciona la respuesta (investigación, liberación…)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas a las preguntas</translation>
    </message>
    <message>
        <source>Grade:</source>
        <translation>Calificación:</translation>
    </message>
    <message>
        <source>proposed: {grade}</source>
        <translation>propuesta: {grade}</translation>
    </message>
    <message numerus="yes">
        <source>Actions (%n) ▾</source>
        <translation>
            <numerusform>Medidas (%n) ▾</numerusform>
            <numerusform>Medidas (%n) ▾</numerusform>
        </translation>
    </message>
    <message>
        <source>— not graded —</source>
        <translation>— sin calificar —</translation>
    </message>
    <message>
        <source>{grade} (automatic)</source>
        <translation>{grade} (automática)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>ReviewDesk — opening the store…</source>
        <translation>ReviewDesk — abriendo la base…</translation>
    </message>
    <message>
        <source>{error}

Opening the default store instead.</source>
        <translation>{error}

Se abre en su lugar la base predeterminada.</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message>
        <source>{store} is locked. Its passphrase:</source>
        <translation>{store} está bloqueada. Su frase de contraseña:</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>CaseDetailsDialog</name>
    <message>
        <source>YYYY-MM-DD, e.g. 2021-03-12</source>
        <translation>AAAA-MM-DD, p. ej. 2021-03-12</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>un analista</translation>
    </message>
    <message>
        <source>Corrected by {reviewer} on {when}; was: {previous}; read as: {parsed}</source>
        <translation>Corregido por {reviewer} el {when}; valor anterior: {previous}; leído: {parsed}</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>One per line: Name — Title</source>
        <translation>Uno por línea: Nombre — Cargo</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Edit details — {reference}</source>
        <translation>Editar los detalles — {reference}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Give this field back to what ReviewDesk read in the letter</source>
        <translation>Devolver a este campo el valor que ReviewDesk leyó en la carta</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>Documentos de este caso</translation>
    </message>
    <message>
        <source>Move to the case with this reference</source>
        <translation>Mover al caso con esta referencia</translation>
    </message>
    <message>
        <source>Edit details</source>
        <translation>Editar los detalles</translation>
    </message>
    <message>
        <source>{document}: {kind}</source>
        <translation>{document}: {kind}</translation>
    </message>
    <message>
        <source>Move {document} to {reference}</source>
        <translation>Mover {document} a {reference}</translation>
    </message>
    <message>
        <source>Nothing was changed by the step that failed (see the message); fix the value and save again.</source>
        <translation>El paso que falló no modificó nada (vea el mensaje); corrija el valor y vuelva a guardar.</translation>
    </message>
    <message>
        <source>Revert {field}</source>
        <translation>Restablecer {field}</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Ningún caso seleccionado</translation>
    </message>
    <message>
        <source>Choose a case on the left, or drop PDF letters and replies on the window (Ctrl+I).</source>
        <translation>Elija un caso a la izquierda, o suelte cartas y respuestas en PDF sobre la ventana (Ctrl+I).</translation>
    </message>
    <message numerus="yes">
        <source>%n mandate(s)</source>
        <translation>
            <numerusform>%n mandato</numerusform>
            <numerusform>%n mandatos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>✎ corrected: {fields}</source>
        <translation>✎ corregido: {fields}</translation>
    </message>
    <message>
        <source>{field}: corrected by {reviewer} on {date}</source>
        <translation>{field}: corregido por {reviewer} el {date}</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>un analista</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n orphaned</source>
        <translation>
            <numerusform>⚠ %n huérfano</numerusform>
            <numerusform>⚠ %n huérfanos</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags or answer links that re-analysis could not place: listed in the Tags panel</source>
        <translation>Etiquetas o vínculos de respuesta que el reanálisis no pudo situar: se enumeran en el panel Etiquetas</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Addressee / organisation</source>
        <translation>Destinatario / organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Qs</source>
        <translation>P.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message numerus="yes">
        <source>received, %n d late</source>
        <translation>
            <numerusform>recibida, %n d de retraso</numerusform>
            <numerusform>recibida, %n d de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message numerus="yes">
        <source>none — %n d overdue</source>
        <translation>
            <numerusform>ninguna — %n d de retraso</numerusform>
            <numerusform>ninguna — %n d de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>Reply: {state}</source>
        <translation>Respuesta: {state}</translation>
    </message>
</context>
<context>
    <name>ChipBar</name>
    <message>
        <source>Chosen filters</source>
        <translation>Filtros elegidos</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Borrar todo</translation>
    </message>
    <message>
        <source>Click ✕ to remove a filter</source>
        <translation>Haga clic en ✕ para quitar un filtro</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <source>You and a colleague changed the same thing. The value kept for now is shown first; choose which one stays.</source>
        <translation>Usted y un colega cambiaron lo mismo. El valor conservado por ahora aparece primero; elija cuál se queda.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept for now</source>
        <translation>Conservado por ahora</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>El otro valor</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Conservar este valor</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Usar el otro valor</translation>
    </message>
    <message>
        <source>No conflicts: everything merged.</source>
        <translation>Sin conflictos: todo se fusionó.</translation>
    </message>
    <message>
        <source>Resolve conflict: {what}</source>
        <translation>Resolver el conflicto: {what}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team store</source>
        <translation>Conectarse a una base de equipo</translation>
    </message>
    <message>
        <source>or paste a URL: postgresql://user@host/database</source>
        <translation>o pegue una URL: postgresql://usuario@servidor/base</translation>
    </message>
    <message>
        <source>localhost</source>
        <translation>localhost</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Recordar en el llavero del sistema</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password is not remembered. To connect without typing it, keep it in ~/.pgpass (one line: host:port:database:user:password, readable only by you).</source>
        <translation>No hay ningún llavero del sistema disponible: la contraseña no se recuerda. Para conectarse sin escribirla, guárdela en ~/.pgpass (una línea: servidor:puerto:base:usuario:contraseña, legible solo por usted).</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>team store</source>
        <translation>base de equipo</translation>
    </message>
    <message>
        <source>give the database&apos;s name</source>
        <translation>indique el nombre de la base de datos</translation>
    </message>
    <message>
        <source>Connecting to {store}…</source>
        <translation>Conectando con {store}…</translation>
    </message>
    <message>
        <source>Connected as {user} to {database} (PostgreSQL {version}).</source>
        <translation>Conectado como {user} a {database} (PostgreSQL {version}).</translation>
    </message>
    <message>
        <source>Opening {store}…</source>
        <translation>Abriendo {store}…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Addressee kind</source>
        <translation>Tipo de destinatario</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Allegation term</source>
        <translation>Término de alegación</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation>Desglose</translation>
    </message>
    <message>
        <source>Dashboard summary</source>
        <translation>Resumen del panel de control</translation>
    </message>
    <message>
        <source>Breakdown:</source>
        <translation>Desglose:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) · reply rate {rate} · within the deadline {within} · median delay {median}</source>
        <translation>
            <numerusform>%n caso · tasa de respuesta {rate} · dentro del plazo {within} · demora mediana {median}</numerusform>
            <numerusform>%n casos · tasa de respuesta {rate} · dentro del plazo {within} · demora mediana {median}</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart: {title}</source>
        <translation>Gráfico: {title}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Save “{title}” as a CSV file</source>
        <translation>Guardar «{title}» como archivo CSV</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Exportar la tabla a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DaysText</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n día de retraso</numerusform>
            <numerusform>%n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>el mismo día</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) early</source>
        <translation>
            <numerusform>%n día de antelación</numerusform>
            <numerusform>%n días de antelación</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Respuesta esperada el</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandatos</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Analistas</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>By mandate</source>
        <translation>Por mandato</translation>
    </message>
    <message>
        <source>By reviewer</source>
        <translation>Por analista</translation>
    </message>
    <message>
        <source>Group deadlines</source>
        <translation>Agrupar los plazos</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Agrupar:</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message numerus="yes">
        <source>{group} — %n case(s)</source>
        <translation>
            <numerusform>{group} — %n caso</numerusform>
            <numerusform>{group} — %n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n vencido</numerusform>
            <numerusform>, %n vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n communication(s)</source>
        <translation>
            <numerusform>%n comunicación</numerusform>
            <numerusform>%n comunicaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n vencida</numerusform>
            <numerusform>%n vencidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within 7 days</source>
        <translation>
            <numerusform>%n vence en 7 días</numerusform>
            <numerusform>%n vencen en 7 días</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent appeal</source>
        <translation>Llamamiento urgente</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: no reply %n day(s) after the due date</source>
        <translation>
            <numerusform>Vencido: sin respuesta %n día después del plazo</numerusform>
            <numerusform>Vencido: sin respuesta %n días después del plazo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <source>Header</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <source>Allegations</source>
        <translation>Alegaciones</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Preocupaciones</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Footnotes</source>
        <translation>Notas al pie</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>needs OCR</source>
        <translation>requiere OCR</translation>
    </message>
    <message>
        <source>imported {when}</source>
        <translation>importado el {when}</translation>
    </message>
    <message>
        <source>This text was read from a scan by OCR: check quotes against the pages</source>
        <translation>Este texto se leyó por OCR de un documento escaneado: compruebe las citas en las páginas</translation>
    </message>
    <message>
        <source>Text read by OCR</source>
        <translation>Texto leído por OCR</translation>
    </message>
    <message>
        <source>Choose the document to show ({kind})</source>
        <translation>Elegir el documento que se muestra ({kind})</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Show the original pages</source>
        <translation>Mostrar las páginas originales</translation>
    </message>
    <message>
        <source>Show the cleaned, structured text</source>
        <translation>Mostrar el texto depurado y estructurado</translation>
    </message>
    <message>
        <source>Go to a section</source>
        <translation>Ir a una sección</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit page width</source>
        <translation>Ajustar al ancho de la página</translation>
    </message>
    <message>
        <source>Import ({kind})…</source>
        <translation>Importar ({kind})…</translation>
    </message>
    <message>
        <source>Choose a case in the list on the left.</source>
        <translation>Elija un caso en la lista de la izquierda.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>partially answered</source>
        <translation>respondida en parte</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>no respondida</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>investigation opened</source>
        <translation>investigación abierta</translation>
    </message>
    <message>
        <source>protection measures granted</source>
        <translation>medidas de protección concedidas</translation>
    </message>
    <message>
        <source>release</source>
        <translation>liberación</translation>
    </message>
    <message>
        <source>prosecution or suspension of perpetrators</source>
        <translation>enjuiciamiento o suspensión de los autores</translation>
    </message>
    <message>
        <source>policy or law change</source>
        <translation>cambio de política o de ley</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>anexo</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Piccone scale (Brookings)</source>
        <translation>Escala de Piccone (Brookings)</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Violation rejected</source>
        <translation>Violación rechazada</translation>
    </message>
    <message>
        <source>Responsive but incomplete</source>
        <translation>Respuesta pertinente pero incompleta</translation>
    </message>
    <message>
        <source>Immaterial response</source>
        <translation>Respuesta irrelevante</translation>
    </message>
    <message>
        <source>Steps taken to address</source>
        <translation>Medidas adoptadas para remediarlo</translation>
    </message>
    <message>
        <source>In translation</source>
        <translation>En traducción</translation>
    </message>
    <message>
        <source>File not available</source>
        <translation>Expediente no disponible</translation>
    </message>
    <message>
        <source>Human Rights Committee follow-up grades</source>
        <translation>Calificaciones de seguimiento del Comité de Derechos Humanos</translation>
    </message>
    <message>
        <source>A — Largely satisfactory</source>
        <translation>A — En gran medida satisfactoria</translation>
    </message>
    <message>
        <source>B — Partially satisfactory</source>
        <translation>B — Parcialmente satisfactoria</translation>
    </message>
    <message>
        <source>C — Not satisfactory</source>
        <translation>C — No satisfactoria</translation>
    </message>
    <message>
        <source>D — No cooperation</source>
        <translation>D — Falta de cooperación</translation>
    </message>
    <message>
        <source>E — Measures contrary to or rejecting the recommendation</source>
        <translation>E — Medidas contrarias a la recomendación o que la rechazan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Respuesta esperada el</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Addressee&apos;s title</source>
        <translation>Cargo del destinatario</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Mandates</source>
        <translation>Mandatos</translation>
    </message>
    <message>
        <source>HRC resolutions</source>
        <translation>Resoluciones del CDH</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatarios</translation>
    </message>
    <message>
        <source>Similar letters sent to</source>
        <translation>Cartas similares enviadas a</translation>
    </message>
    <message>
        <source>Similar letters to others</source>
        <translation>Cartas similares a otros destinatarios</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Annex cites</source>
        <translation>Citas del anexo</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>due within 7 days</source>
        <translation>vence en 7 días</translation>
    </message>
    <message>
        <source>due within 30 days</source>
        <translation>vence en 30 días</translation>
    </message>
    <message>
        <source>awaiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>received late</source>
        <translation>recibida con retraso</translation>
    </message>
    <message>
        <source>received on time</source>
        <translation>recibida a tiempo</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>OCR</source>
        <translation>OCR</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Received in time</source>
        <translation>Recibida a tiempo</translation>
    </message>
    <message>
        <source>Received late</source>
        <translation>Recibida con retraso</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Non-State actors (OTH)</source>
        <translation>Actores no estatales (OTH)</translation>
    </message>
</context>
<context>
    <name>DueText</name>
    <message>
        <source>Reply due date unknown</source>
        <translation>Fecha límite de la respuesta desconocida</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — received {when} (%n day(s) late)</source>
        <translation>
            <numerusform>Respuesta esperada el {due} — recibida el {when} (%n día de retraso)</numerusform>
            <numerusform>Respuesta esperada el {due} — recibida el {when} (%n días de retraso)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply due {due} — received {when} (on time)</source>
        <translation>Respuesta esperada el {due} — recibida el {when} (a tiempo)</translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — no reply, %n day(s) late</source>
        <translation>
            <numerusform>Respuesta esperada el {due} — sin respuesta, %n día de retraso</numerusform>
            <numerusform>Respuesta esperada el {due} — sin respuesta, %n días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply due {due} — %n day(s) left</source>
        <translation>
            <numerusform>Respuesta esperada el {due} — queda %n día</numerusform>
            <numerusform>Respuesta esperada el {due} — quedan %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>ReviewDesk — unexpected error</source>
        <translation>ReviewDesk — error inesperado</translation>
    </message>
    <message>
        <source>Edits made before it are saved in the store. The error was logged (without any letter text) to {path}.</source>
        <translation>Las modificaciones hechas antes del error están guardadas en la base. El error se registró (sin ningún texto de carta) en {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar los detalles</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Something went wrong: {error}.</source>
        <translation>Algo salió mal: {error}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Redacted (black bars)</source>
        <translation>Tachado (barras negras)</translation>
    </message>
    <message>
        <source>Pseudonymised (Mr. A, …)</source>
        <translation>Seudonimizado (Sr. A, …)</translation>
    </message>
    <message>
        <source>Full text (names as written)</source>
        <translation>Texto completo (nombres tal como aparecen)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Choose a case (or select several for a portfolio) first</source>
        <translation>Elija primero un caso (o seleccione varios para un compendio)</translation>
    </message>
    <message>
        <source>Save briefing</source>
        <translation>Guardar la nota informativa</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;PDF, converted by LibreOffice (*.pdf)</source>
        <translation>Documentos de Word (*.docx);;PDF, convertido por LibreOffice (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Exportando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path} ({comments})</source>
        <translation>Se escribió {path} ({comments})</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Wrote {file} ({detail}).</source>
        <translation>Se escribió {file} ({detail}).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Select one or more cases in the list first</source>
        <translation>Seleccione primero uno o varios casos en la lista</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export tags and assessments</source>
        <translation>Exportar las etiquetas y las evaluaciones</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation>Tachaduras:</translation>
    </message>
    <message>
        <source>Wrote {first} and {second}</source>
        <translation>Se escribieron {first} y {second}</translation>
    </message>
    <message>
        <source>and {file}</source>
        <translation>y {file}</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export portfolio: {references}</source>
        <translation>Exportar el compendio: {references}</translation>
    </message>
    <message>
        <source>Export briefing: {references}</source>
        <translation>Exportar la nota informativa: {references}</translation>
    </message>
    <message>
        <source>Your name, shown as the author of the comments</source>
        <translation>Su nombre, que figura como autor de los comentarios</translation>
    </message>
    <message>
        <source>Include the allegations and reply texts with their comments</source>
        <translation>Incluir los textos de las alegaciones y de la respuesta con sus comentarios</translation>
    </message>
    <message>
        <source>Headings, labels, verdicts and dates; the letters&apos; quotes stay as written</source>
        <translation>Títulos, etiquetas, valoraciones y fechas; las citas de las cartas quedan como están escritas</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Analista:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation>Tachaduras:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Analytics by:</source>
        <translation>Análisis por:</translation>
    </message>
</context>
<context>
    <name>FiltersPanel</name>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Guardar la búsqueda…</translation>
    </message>
    <message>
        <source>Keep these words and filters as a smart folder</source>
        <translation>Conservar estas palabras y filtros como carpeta inteligente</translation>
    </message>
    <message>
        <source>Filters: facets with the number of cases</source>
        <translation>Filtros: facetas con el número de casos</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrar los casos</translation>
    </message>
    <message>
        <source>{facet}: {value} — cases: {count}</source>
        <translation>{facet}: {value} — casos: {count}</translation>
    </message>
    <message>
        <source>no longer applies</source>
        <translation>ya no se aplica</translation>
    </message>
    <message>
        <source>Filters only</source>
        <translation>Solo filtros</translation>
    </message>
    <message>
        <source>None yet: choose filters or type words, then Save search…</source>
        <translation>Ninguna por ahora: elija filtros o escriba palabras y luego Guardar la búsqueda…</translation>
    </message>
    <message>
        <source>Choose filters or type words to search first</source>
        <translation>Elija primero filtros o escriba palabras que buscar</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar la búsqueda</translation>
    </message>
    <message>
        <source>Name of this saved search:</source>
        <translation>Nombre de esta búsqueda guardada:</translation>
    </message>
    <message>
        <source>Save search “{name}”</source>
        <translation>Guardar la búsqueda «{name}»</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Renombrar la búsqueda guardada</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
    <message>
        <source>Rename saved search “{name}”</source>
        <translation>Renombrar la búsqueda guardada «{name}»</translation>
    </message>
    <message>
        <source>Delete saved search “{name}”</source>
        <translation>Eliminar la búsqueda guardada «{name}»</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document…</source>
        <translation>Buscar en este documento…</translation>
    </message>
    <message>
        <source>Find in this document</source>
        <translation>Buscar en este documento</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+Intro, Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Intro, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Deadlines</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <source>Deadlines appear here.</source>
        <translation>Los plazos aparecen aquí.</translation>
    </message>
    <message>
        <source>Dashboard — ReviewDesk</source>
        <translation>Panel de control — ReviewDesk</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>ReviewDesk user guide</source>
        <translation>Guía del usuario de ReviewDesk</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Letters and replies (*.pdf *.docx *.txt);;All files (*)</source>
        <translation>Cartas y respuestas (*.pdf *.docx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import letters and replies</source>
        <translation>Importar cartas y respuestas</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Importar una carpeta</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>Ya hay una importación en curso</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source> (file {done} of {total})</source>
        <translation> (archivo {done} de {total})</translation>
    </message>
    <message>
        <source>Reading scan page {page} of {pages}: {file}{of_files}</source>
        <translation>Leyendo la página escaneada {page} de {pages}: {file}{of_files}</translation>
    </message>
    <message>
        <source>Cancelling after the current file…</source>
        <translation>Cancelando después del archivo actual…</translation>
    </message>
</context>
<context>
    <name>ImportHeadline</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importado</numerusform>
            <numerusform>%n importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n duplicado</numerusform>
            <numerusform>%n duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>✓ imported</source>
        <translation>✓ importado</translation>
    </message>
    <message>
        <source>= duplicate</source>
        <translation>= duplicado</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fallido</translation>
    </message>
    <message>
        <source>– cancelled</source>
        <translation>– cancelado</translation>
    </message>
    <message>
        <source>– skipped</source>
        <translation>– omitido</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Good files were kept. Files that failed changed nothing in the store.</source>
        <translation>Se conservaron los archivos válidos. Los archivos que fallaron no modificaron nada en la base.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter by menu, action or key…</source>
        <translation>Filtrar por menú, acción o tecla…</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>three panes</source>
        <translation>tres paneles</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>comparación</translation>
    </message>
    <message>
        <source>Filter cases (reference, country, addressee…)</source>
        <translation>Filtrar los casos (referencia, país, destinatario…)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>No letter in this case yet.
Drop the letter&apos;s PDF here or press Ctrl+I.</source>
        <translation>Este caso aún no tiene carta.
Suelte aquí el PDF de la carta o pulse Ctrl+I.</translation>
    </message>
    <message>
        <source>Annex</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>This letter has no annex.</source>
        <translation>Esta carta no tiene anexo.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>No reply received yet.
Drop the reply&apos;s PDF here or press Ctrl+I.</source>
        <translation>Aún no se ha recibido respuesta.
Suelte aquí el PDF de la respuesta o pulse Ctrl+I.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas a las preguntas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Unpaired replies</source>
        <translation>Respuestas sin asociar</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show or hide the filters: facets with counts, saved searches</source>
        <translation>Mostrar u ocultar los filtros: facetas con recuentos, búsquedas guardadas</translation>
    </message>
    <message>
        <source>Open &amp;recent store</source>
        <translation>Abrir una base &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Undo {edit}</source>
        <translation>&amp;Deshacer: {edit}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo {edit}</source>
        <translation>&amp;Rehacer: {edit}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation>Se abrió {path}</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere</source>
        <translation>Actualizado con los cambios hechos en otro lugar</translation>
    </message>
    <message>
        <source>⚠ Orphaned ({count})…</source>
        <translation>⚠ Huérfanos ({count})…</translation>
    </message>
    <message>
        <source>Choose a case first</source>
        <translation>Elija primero un caso</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Filter cases</source>
        <translation>Filtrar los casos</translation>
    </message>
    <message>
        <source>{pane} pane</source>
        <translation>Panel {pane}</translation>
    </message>
    <message>
        <source>{pane} text</source>
        <translation>Texto ({pane})</translation>
    </message>
    <message>
        <source>{pane} pages</source>
        <translation>Páginas ({pane})</translation>
    </message>
    <message>
        <source>Answers: questions, passages and verdicts</source>
        <translation>Respuestas: preguntas, pasajes y valoraciones</translation>
    </message>
    <message>
        <source>Tags of this case</source>
        <translation>Etiquetas de este caso</translation>
    </message>
    <message>
        <source>Layout: {layout} (Ctrl+Shift+L for the next)</source>
        <translation>Disposición: {layout} (Ctrl+Mayús+L para la siguiente)</translation>
    </message>
    <message>
        <source>Text size {step} pt</source>
        <translation>Tamaño del texto {step} pt</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>About ReviewDesk</source>
        <translation>Acerca de ReviewDesk</translation>
    </message>
</context>
<context>
    <name>OcrLanguagesMenu</name>
    <message>
        <source>OCR &amp;languages for scans</source>
        <translation>&amp;Idiomas de OCR para escaneos</translation>
    </message>
    <message>
        <source>Tesseract language pack &apos;{code}&apos; is not installed</source>
        <translation>El paquete de idioma de Tesseract «{code}» no está instalado</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>This version cannot open review bundles: {file}</source>
        <translation>Esta versión no puede abrir paquetes de revisión: {file}</translation>
    </message>
    <message>
        <source>An import is already running; open the files again when it ends</source>
        <translation>Ya hay una importación en curso; vuelva a abrir los archivos cuando termine</translation>
    </message>
</context>
<context>
    <name>OrphansDialog</name>
    <message>
        <source>Orphaned tags and links</source>
        <translation>Etiquetas y vínculos huérfanos</translation>
    </message>
    <message>
        <source>Select the words in the document&apos;s pane, then Place.</source>
        <translation>Seleccione las palabras en el panel del documento y luego Situar.</translation>
    </message>
    <message>
        <source>Place on the selection</source>
        <translation>Situar en la selección</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing is orphaned: every tag and link is on its words.</source>
        <translation>Nada huérfano: cada etiqueta y cada vínculo está sobre sus palabras.</translation>
    </message>
    <message>
        <source>Select the words in the pane that shows its document first.</source>
        <translation>Seleccione primero las palabras en el panel que muestra su documento.</translation>
    </message>
    <message>
        <source>Place {label}</source>
        <translation>Situar {label}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>If you lose this passphrase, the store and everything in it cannot be recovered: nobody, not even the ReviewDesk developers, can open it without the passphrase.</source>
        <translation>Si pierde esta frase de contraseña, la base y todo su contenido no podrán recuperarse: nadie, ni siquiera los desarrolladores de ReviewDesk, puede abrirla sin ella.</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nueva base</translation>
    </message>
    <message>
        <source>Encrypted store</source>
        <translation>Base cifrada</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña (confirmación)</translation>
    </message>
    <message>
        <source>Encrypt this store (AES-256)</source>
        <translation>Cifrar esta base (AES-256)</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmación:</translation>
    </message>
    <message>
        <source>{store} is encrypted. Its passphrase:</source>
        <translation>{store} está cifrada. Su frase de contraseña:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s).</source>
        <translation>
            <numerusform>Al menos %n carácter.</numerusform>
            <numerusform>Al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Chinese (simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Recorded with your tags, verdicts and exports</source>
        <translation>Se registra con sus etiquetas, valoraciones y exportaciones</translation>
    </message>
    <message>
        <source>Built-in styles</source>
        <translation>Estilos integrados</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Added to the normal size of the documents and lists (also Ctrl+= / Ctrl+-)</source>
        <translation>Se suma al tamaño normal de los documentos y las listas (también Ctrl+= / Ctrl+-)</translation>
    </message>
    <message>
        <source>Digits 1–9 tag the selection in a letter, annex or reply view</source>
        <translation>Los dígitos 1 a 9 etiquetan la selección en una carta, un anexo o una respuesta</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>An encrypted store&apos;s window hides its data after this many minutes without input, until its passphrase is typed again</source>
        <translation>La ventana de una base cifrada oculta sus datos tras estos minutos sin actividad, hasta que se vuelva a escribir su frase de contraseña</translation>
    </message>
    <message>
        <source>Tesseract language pack &apos;{code}&apos; is not installed</source>
        <translation>El paquete de idioma de Tesseract «{code}» no está instalado</translation>
    </message>
    <message>
        <source>The language of menus, dialogs, dates and numbers</source>
        <translation>El idioma de los menús, los cuadros de diálogo, las fechas y los números</translation>
    </message>
    <message>
        <source>Reviewer name:</source>
        <translation>Nombre del analista:</translation>
    </message>
    <message>
        <source>Paper for briefings:</source>
        <translation>Papel de las notas informativas:</translation>
    </message>
    <message>
        <source>Briefing template:</source>
        <translation>Plantilla de nota informativa:</translation>
    </message>
    <message>
        <source>Grading scale:</source>
        <translation>Escala de calificación:</translation>
    </message>
    <message>
        <source>Text size:</source>
        <translation>Tamaño del texto:</translation>
    </message>
    <message>
        <source>OCR languages for scans:</source>
        <translation>Idiomas de OCR para escaneos:</translation>
    </message>
    <message>
        <source>Lock an encrypted store after:</source>
        <translation>Bloquear una base cifrada tras:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>A new language applies when ReviewDesk is started again.</source>
        <translation>Un nuevo idioma se aplica al volver a iniciar ReviewDesk.</translation>
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the file being imported</source>
        <translation>Detener después del archivo que se está importando</translation>
    </message>
</context>
<context>
    <name>QdaController</name>
    <message>
        <source>REFI-QDA projects (*.qdpx);;REFI-QDA codebooks (*.qdc)</source>
        <translation>Proyectos REFI-QDA (*.qdpx);;Libros de códigos REFI-QDA (*.qdc)</translation>
    </message>
    <message>
        <source>Select one or more cases in the list first</source>
        <translation>Seleccione primero uno o varios casos en la lista</translation>
    </message>
    <message>
        <source>Export REFI-QDA project</source>
        <translation>Exportar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>Proyectos REFI-QDA (*.qdpx)</translation>
    </message>
    <message>
        <source>Redactions:</source>
        <translation>Tachaduras:</translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Exportando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n coding(s)</source>
        <translation>
            <numerusform>%n codificación</numerusform>
            <numerusform>%n codificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Import REFI-QDA project</source>
        <translation>Importar proyecto REFI-QDA</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
    <message>
        <source>REFI-QDA import</source>
        <translation>Importación REFI-QDA</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Edit questions</source>
        <translation>Editar las preguntas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Put the cursor where a question should be split, or select the words of a question.</source>
        <translation>Coloque el cursor donde deba dividirse una pregunta, o seleccione las palabras de una pregunta.</translation>
    </message>
    <message>
        <source>Split at cursor</source>
        <translation>Dividir en el cursor</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>Fusionar con la siguiente</translation>
    </message>
    <message>
        <source>Set to selection</source>
        <translation>Ajustar a la selección</translation>
    </message>
    <message>
        <source>Add from selection</source>
        <translation>Añadir desde la selección</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Renumber 1, 2, 3…</source>
        <translation>Renumerar 1, 2, 3…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Split question {number}</source>
        <translation>Dividir la pregunta {number}</translation>
    </message>
    <message>
        <source>Merge questions {first} and {second}</source>
        <translation>Fusionar las preguntas {first} y {second}</translation>
    </message>
    <message>
        <source>Question {number}: new words</source>
        <translation>Pregunta {number}: nuevas palabras</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <source>Remove question {number}</source>
        <translation>Quitar la pregunta {number}</translation>
    </message>
    <message>
        <source>Renumber questions</source>
        <translation>Renumerar las preguntas</translation>
    </message>
</context>
<context>
    <name>ReanalysisController</name>
    <message numerus="yes">
        <source>Re-analysed %n document(s)</source>
        <translation>
            <numerusform>%n documento reanalizado</numerusform>
            <numerusform>%n documentos reanalizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %n case(s)</source>
        <translation>
            <numerusform>de %n caso</numerusform>
            <numerusform>de %n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n text(s) changed)</source>
        <translation>
            <numerusform>(%n texto modificado)</numerusform>
            <numerusform>(%n textos modificados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n tag(s) or link(s) could not be placed — see Orphaned</source>
        <translation>
            <numerusform>; %n etiqueta o vínculo no pudo situarse — vea Huérfanos</numerusform>
            <numerusform>; %n etiquetas o vínculos no pudieron situarse — vea Huérfanos</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-analyse {reference}</source>
        <translation>Reanalizar {reference}</translation>
    </message>
    <message>
        <source>Re-analyse all cases</source>
        <translation>Reanalizar todos los casos</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) were read by an older ReviewDesk: Case › Re-analyse all cases reads them again (your work is kept)</source>
        <translation>
            <numerusform>%n caso fue leído por una versión anterior de ReviewDesk: Caso › Reanalizar todos los casos lo vuelve a leer (su trabajo se conserva)</numerusform>
            <numerusform>%n casos fueron leídos por una versión anterior de ReviewDesk: Caso › Reanalizar todos los casos los vuelve a leer (su trabajo se conserva)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Search all documents…  (Ctrl+Shift+F)</source>
        <translation>Buscar en todos los documentos…  (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Buscar en todos los documentos</translation>
    </message>
    <message>
        <source>Words, &quot;a phrase&quot;, -excluded, OR, prefix*; accents and case do not matter</source>
        <translation>Palabras, &quot;una frase&quot;, -excluida, OR, prefijo*; los acentos y las mayúsculas no importan</translation>
    </message>
    <message>
        <source>This document needs a reference: give it its case in the list on the left</source>
        <translation>Este documento necesita una referencia: asígnele su caso en la lista de la izquierda</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Word forms</source>
        <translation>Formas de las palabras</translation>
    </message>
    <message>
        <source>Also find other forms of the words: detained → detention, détenu, detenido</source>
        <translation>Encontrar también otras formas de las palabras: detenido → detención, detained, détenu</translation>
    </message>
    <message>
        <source>Type in the search field at the top right (Ctrl+Shift+F).</source>
        <translation>Escriba en el campo de búsqueda de arriba a la derecha (Ctrl+Mayús+F).</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Needs a reference</source>
        <translation>Falta la referencia</translation>
    </message>
    <message>
        <source>(the best {count} shown)</source>
        <translation>(se muestran los {count} mejores)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n documento</numerusform>
            <numerusform>%n documentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n case(s)</source>
        <translation>
            <numerusform>en %n caso</numerusform>
            <numerusform>en %n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Ningún documento coincide.</translation>
    </message>
</context>
<context>
    <name>StoreController</name>
    <message>
        <source>New store</source>
        <translation>Nueva base</translation>
    </message>
    <message>
        <source>ReviewDesk stores (*{suffix})</source>
        <translation>Bases de ReviewDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Abrir una base</translation>
    </message>
    <message>
        <source>ReviewDesk stores (*{suffix});;All files (*)</source>
        <translation>Bases de ReviewDesk (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>ReviewDesk — no store open</source>
        <translation>ReviewDesk — ninguna base abierta</translation>
    </message>
    <message>
        <source>{store} was not opened (File › Open store to try again)</source>
        <translation>{store} no se abrió (Archivo › Abrir una base para volver a intentarlo)</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Opening store…</source>
        <translation>Abriendo la base…</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>In</source>
        <translation>En</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>⧗ {term} (proposed)</source>
        <translation>⧗ {term} (propuesta)</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Tag selection</source>
        <translation>Etiquetar la selección</translation>
    </message>
    <message>
        <source>Type to find a term…</source>
        <translation>Escriba para encontrar un término…</translation>
    </message>
    <message>
        <source>Tag “{quote}”</source>
        <translation>Etiquetar «{quote}»</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Proposed: {term}</source>
        <translation>Propuesta: {term}</translation>
    </message>
    <message>
        <source>Show the tags of one term</source>
        <translation>Mostrar las etiquetas de un término</translation>
    </message>
    <message>
        <source>Propose tags</source>
        <translation>Proponer etiquetas</translation>
    </message>
    <message>
        <source>Propose Guiding Principles cited in the annex and allegation terms found in the allegations</source>
        <translation>Proponer los Principios Rectores citados en el anexo y los términos de alegación encontrados en las alegaciones</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the selected proposals (all shown when none selected)</source>
        <translation>Aceptar las propuestas seleccionadas (todas las mostradas si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Reject the selected proposals (all shown when none selected)</source>
        <translation>Rechazar las propuestas seleccionadas (todas las mostradas si no hay ninguna seleccionada)</translation>
    </message>
    <message>
        <source>Tags and links re-analysis could not place: place them again</source>
        <translation>Etiquetas y vínculos que el reanálisis no pudo situar: vuelva a situarlos</translation>
    </message>
    <message numerus="yes">
        <source>All terms (%n tag(s))</source>
        <translation>
            <numerusform>Todos los términos (%n etiqueta)</numerusform>
            <numerusform>Todos los términos (%n etiquetas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <source>Select some text in a pane first</source>
        <translation>Seleccione primero un texto en un panel</translation>
    </message>
    <message>
        <source>Tag “{term}”</source>
        <translation>Etiqueta «{term}»</translation>
    </message>
    <message>
        <source>Tagged “{quote}” as {term} — Ctrl+Z to undo</source>
        <translation>«{quote}» etiquetado como {term} — Ctrl+Z para deshacer</translation>
    </message>
    <message>
        <source>Tag selection…</source>
        <translation>Etiquetar la selección…</translation>
    </message>
    <message>
        <source>Redact…</source>
        <translation>Tachar…</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Tachar</translation>
    </message>
    <message>
        <source>Exports hide every “{text}” in this case.
Pseudonym shown instead in pseudonymised exports (optional):</source>
        <translation>Las exportaciones ocultan cada «{text}» de este caso.
Seudónimo que se muestra en su lugar en las exportaciones seudonimizadas (opcional):</translation>
    </message>
    <message>
        <source>Redact “{text}”</source>
        <translation>Tachar «{text}»</translation>
    </message>
    <message numerus="yes">
        <source>Redacted %n occurrence(s) — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%n aparición tachada — Ctrl+Z para deshacer</numerusform>
            <numerusform>%n apariciones tachadas — Ctrl+Z para deshacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) proposed; accept or reject them in the Tags panel</source>
        <translation>
            <numerusform>%n etiqueta propuesta; acéptela o recházela en el panel Etiquetas</numerusform>
            <numerusform>%n etiquetas propuestas; acéptelas o recházelas en el panel Etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Propose tags</source>
        <translation>Proponer etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n proposed tag(s)</source>
        <translation>
            <numerusform>Aceptar %n etiqueta propuesta</numerusform>
            <numerusform>Aceptar %n etiquetas propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n proposed tag(s)</source>
        <translation>
            <numerusform>Rechazar %n etiqueta propuesta</numerusform>
            <numerusform>Rechazar %n etiquetas propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete tag “{term}”</source>
        <translation>Eliminar la etiqueta «{term}»</translation>
    </message>
    <message>
        <source>Edit tag note</source>
        <translation>Editar la nota de la etiqueta</translation>
    </message>
</context>
<context>
    <name>TeamStore</name>
    <message>
        <source>Wrong password (or none given) for this user.</source>
        <translation>Contraseña incorrecta (o ninguna) para este usuario.</translation>
    </message>
    <message>
        <source>No such database on this server: check its name.</source>
        <translation>Esa base de datos no existe en este servidor: compruebe su nombre.</translation>
    </message>
    <message>
        <source>No such user on this server: check the user name.</source>
        <translation>Ese usuario no existe en este servidor: compruebe el nombre de usuario.</translation>
    </message>
    <message>
        <source>The server cannot be reached: check the host and port, and that it is running.</source>
        <translation>No se puede contactar con el servidor: compruebe el servidor y el puerto, y que esté en marcha.</translation>
    </message>
    <message>
        <source>The server said: {words}</source>
        <translation>Respuesta del servidor: {words}</translation>
    </message>
    <message>
        <source>ReviewDesk — team store {store} (user {user})</source>
        <translation>ReviewDesk — base de equipo {store} (usuario {user})</translation>
    </message>
</context>
<context>
    <name>TeamStores</name>
    <message>
        <source>Connecting to {store}…</source>
        <translation>Conectando con {store}…</translation>
    </message>
    <message>
        <source>ReviewDesk — no store open</source>
        <translation>ReviewDesk — ninguna base abierta</translation>
    </message>
    <message>
        <source>Not connected (File › Connect to team store to try again)</source>
        <translation>Sin conexión (Archivo › Conectarse a una base de equipo para volver a intentarlo)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Select one or more cases in the list first</source>
        <translation>Elija primero uno o varios casos en la lista</translation>
    </message>
    <message>
        <source>Export review bundle</source>
        <translation>Exportar lote de revisión</translation>
    </message>
    <message>
        <source>Review bundles (*.rdbundle)</source>
        <translation>Lotes de revisión (*.rdbundle)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote {file}: %n case(s)</source>
        <translation>
            <numerusform>Se escribió {file}: %n caso</numerusform>
            <numerusform>Se escribió {file}: %n casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting {file}…</source>
        <translation>Exportando {file}…</translation>
    </message>
    <message>
        <source>Import review bundle</source>
        <translation>Importar lote de revisión</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>Fusionando {file}…</translation>
    </message>
    <message>
        <source>Review bundle merged</source>
        <translation>Lote de revisión fusionado</translation>
    </message>
    <message>
        <source>Check out for offline work</source>
        <translation>Extraer para trabajar sin conexión</translation>
    </message>
    <message>
        <source>Connect to a team store first (File › Connect to team store…): cases are checked out from it into a store file on this laptop.</source>
        <translation>Conéctese primero a una base del equipo (Archivo › Conectar a una base del equipo…): los casos se extraen de ella a un archivo de base en este portátil.</translation>
    </message>
    <message>
        <source>ReviewDesk stores (*.rdstore)</source>
        <translation>Bases de ReviewDesk (*.rdstore)</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Extraídos</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) copied to {file} for offline work.</source>
        <translation>
            <numerusform>%n caso copiado en {file} para trabajar sin conexión.</numerusform>
            <numerusform>%n casos copiados en {file} para trabajar sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open that file to work without a connection; File › Check in merges your work back into the team store.</source>
        <translation>Abra ese archivo para trabajar sin conexión; Archivo › Reintegrar fusiona su trabajo en la base del equipo.</translation>
    </message>
    <message>
        <source>Open it now</source>
        <translation>Abrirlo ahora</translation>
    </message>
    <message numerus="yes">
        <source>Checking out %n case(s)…</source>
        <translation>
            <numerusform>Extrayendo %n caso…</numerusform>
            <numerusform>Extrayendo %n casos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Reintegrar</translation>
    </message>
    <message>
        <source>This store was not checked out from a team store: there is nothing to check in. (Review bundles carry work between stores without a server.)</source>
        <translation>Esta base no se extrajo de una base del equipo: no hay nada que reintegrar. (Los lotes de revisión llevan el trabajo entre bases sin servidor.)</translation>
    </message>
    <message>
        <source>Checking in to {server}…</source>
        <translation>Reintegrando en {server}…</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Reintegrado</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, deleted {deleted}; conflicts: {conflicts}</source>
        <translation>Añadidos {added}, actualizados {updated}, eliminados {deleted}; conflictos: {conflicts}</translation>
    </message>
    <message>
        <source>{case}: added {added}, updated {updated}, deleted {deleted}, conflicts {conflicts}</source>
        <translation>{case}: añadidos {added}, actualizados {updated}, eliminados {deleted}, conflictos {conflicts}</translation>
    </message>
    <message>
        <source>To the team store: {summary}</source>
        <translation>Hacia la base del equipo: {summary}</translation>
    </message>
    <message>
        <source>Back to this laptop: {summary}</source>
        <translation>De vuelta en este portátil: {summary}</translation>
    </message>
    <message>
        <source>Resolve conflicts…</source>
        <translation>Resolver conflictos…</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Optional: a .docx whose styles the briefing takes</source>
        <translation>Opcional: un .docx cuyos estilos adopta la nota informativa</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>UnfiledPanel</name>
    <message>
        <source>Documents that need a reference</source>
        <translation>Documentos sin referencia</translation>
    </message>
    <message>
        <source>Give reference…</source>
        <translation>Asignar una referencia…</translation>
    </message>
    <message>
        <source>Type the reference: files it in that case, or creates the case</source>
        <translation>Escriba la referencia: el documento se archiva en ese caso, o se crea el caso</translation>
    </message>
    <message>
        <source>Attach to case…</source>
        <translation>Asociar a un caso…</translation>
    </message>
    <message>
        <source>Add it to one of the cases in the list</source>
        <translation>Añadirlo a uno de los casos de la lista</translation>
    </message>
    <message>
        <source>Needs a reference ({count})</source>
        <translation>Falta la referencia ({count})</translation>
    </message>
    <message>
        <source>cites {references}</source>
        <translation>cita {references}</translation>
    </message>
    <message>
        <source>no date read</source>
        <translation>no se leyó ninguna fecha</translation>
    </message>
    <message>
        <source>File {document} under {reference}</source>
        <translation>Archivar {document} en {reference}</translation>
    </message>
    <message>
        <source>{document} is now in {reference}</source>
        <translation>{document} está ahora en {reference}</translation>
    </message>
    <message>
        <source>Give reference</source>
        <translation>Asignar una referencia</translation>
    </message>
    <message>
        <source>Reference of {document}:</source>
        <translation>Referencia de {document}:</translation>
    </message>
    <message>
        <source>There is no case to attach it to yet</source>
        <translation>Todavía no hay ningún caso al que asociarlo</translation>
    </message>
    <message>
        <source>Attach to case</source>
        <translation>Asociar a un caso</translation>
    </message>
    <message>
        <source>Attach {document} to:</source>
        <translation>Asociar {document} a:</translation>
    </message>
</context>
<context>
    <name>UnpairedPanel</name>
    <message>
        <source>The case this reply answers (suggested cases first)</source>
        <translation>El caso al que contesta esta respuesta (primero los casos sugeridos)</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Asociar</translation>
    </message>
    <message>
        <source>Attach the selected reply to the chosen case</source>
        <translation>Asociar la respuesta seleccionada al caso elegido</translation>
    </message>
    <message>
        <source>Choose a reply to read it here.</source>
        <translation>Elija una respuesta para leerla aquí.</translation>
    </message>
    <message>
        <source>Preview of the selected reply</source>
        <translation>Vista previa de la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Answers case:</source>
        <translation>Responde al caso:</translation>
    </message>
    <message>
        <source>Unpaired replies ({count})</source>
        <translation>Respuestas sin asociar ({count})</translation>
    </message>
    <message>
        <source>Unpaired replies</source>
        <translation>Respuestas sin asociar</translation>
    </message>
    <message>
        <source>cites {reference}</source>
        <translation>cita {reference}</translation>
    </message>
    <message>
        <source>cites no reference</source>
        <translation>no cita ninguna referencia</translation>
    </message>
    <message>
        <source>No replies waiting: every reply is attached to its case.</source>
        <translation>Ninguna respuesta en espera: cada respuesta está asociada a su caso.</translation>
    </message>
    <message>
        <source>Suggested because it {reasons}.</source>
        <translation>Sugerido porque: {reasons}.</translation>
    </message>
    <message>
        <source>(no text: the scan needs OCR)</source>
        <translation>(sin texto: el escaneo requiere OCR)</translation>
    </message>
    <message>
        <source>Pair reply with {reference}</source>
        <translation>Asociar la respuesta a {reference}</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <source>Vocabularies</source>
        <translation>Vocabularios</translation>
    </message>
    <message>
        <source>Find a term…</source>
        <translation>Buscar un término…</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a term under the selected one</source>
        <translation>Añadir un término bajo el seleccionado</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Give the term another label</source>
        <translation>Dar otra etiqueta al término</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Choose the term&apos;s colour</source>
        <translation>Elegir el color del término</translation>
    </message>
    <message>
        <source>Shortcut…</source>
        <translation>Atajo…</translation>
    </message>
    <message>
        <source>A digit 1–9 tags the selection with this term</source>
        <translation>Un dígito del 1 al 9 etiqueta la selección con este término</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionar en…</translation>
    </message>
    <message>
        <source>Move all tags of this term to another and retire it</source>
        <translation>Mover todas las etiquetas de este término a otro y retirarlo</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Stop offering the term; its tags stay</source>
        <translation>Dejar de ofrecer el término; sus etiquetas se mantienen</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Añadir un término</translation>
    </message>
    <message>
        <source>New term under {parent}:</source>
        <translation>Nuevo término bajo {parent}:</translation>
    </message>
    <message>
        <source>New term at the top:</source>
        <translation>Nuevo término en el nivel superior:</translation>
    </message>
    <message>
        <source>Add term “{label}”</source>
        <translation>Añadir el término «{label}»</translation>
    </message>
    <message>
        <source>Rename term</source>
        <translation>Renombrar el término</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etiqueta:</translation>
    </message>
    <message>
        <source>Term colour</source>
        <translation>Color del término</translation>
    </message>
    <message>
        <source>Recolour term</source>
        <translation>Cambiar el color del término</translation>
    </message>
    <message>
        <source>Digit:</source>
        <translation>Dígito:</translation>
    </message>
    <message>
        <source>Set shortcut</source>
        <translation>Fijar el atajo</translation>
    </message>
    <message>
        <source>A term cannot be moved under itself</source>
        <translation>Un término no puede moverse bajo sí mismo</translation>
    </message>
    <message>
        <source>Move term</source>
        <translation>Mover el término</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionar en</translation>
    </message>
    <message>
        <source>Move every tag to:</source>
        <translation>Mover todas las etiquetas a:</translation>
    </message>
    <message>
        <source>Merge terms</source>
        <translation>Fusionar los términos</translation>
    </message>
    <message>
        <source>Retire term</source>
        <translation>Retirar el término</translation>
    </message>
</context>
<context>
    <name>_PageLabel</name>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
</context>
<context>
    <name>_Pages</name>
    <message numerus="yes">
        <source>%n p.</source>
        <translation>
            <numerusform>%n pág.</numerusform>
            <numerusform>%n págs.</numerusform>
        </translation>
    </message>
</context>
</TS>
