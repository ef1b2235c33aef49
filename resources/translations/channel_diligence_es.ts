<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AddPersonDialog</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;Correo electrónico:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>First &amp;passphrase:</source>
            <translation>&amp;Primera frase de acceso:</translation>
        </message>
        <message>
            <source>First passphrase</source>
            <translation>Primera frase de acceso</translation>
        </message>
        <message>
            <source>First passphrase again</source>
            <translation>Primera frase de acceso otra vez</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Nobody is in the list yet. The first person is the administrator and, until someone else gets the role approver, also the senior approver.</source>
            <translation>Todavía no hay nadie en la lista. La primera persona es el administrador y, hasta que otra persona reciba el rol aprobador, también el aprobador principal.</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Tell the person their first passphrase in person or by phone; they can change it later. Nobody can read a passphrase once it is saved.</source>
            <translation>Comunique a la persona su primera frase de acceso en persona o por teléfono; podrá cambiarla después. Nadie puede leer una frase de acceso una vez guardada.</translation>
        </message>
        <message>
            <source>The same a&amp;gain:</source>
            <translation>La misma &amp;otra vez:</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Las dos frases de acceso son distintas: escriba la misma dos veces.</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>&amp;Conditions:</source>
            <translation>Co&amp;ndiciones:</translation>
        </message>
        <message>
            <source>&amp;Date of the answer:</source>
            <translation>&amp;Fecha de la respuesta:</translation>
        </message>
        <message>
            <source>&amp;Import decision file…</source>
            <translation>Importar &amp;archivo de decisión…</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>No&amp;ta:</translation>
        </message>
        <message>
            <source>&amp;Organisation:</source>
            <translation>&amp;Organización:</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Referencia:</translation>
        </message>
        <message>
            <source>A channel-diligence-decision/1 JSON file from the distributor. It is checked against the packet you sent; a file for another packet, or one that was changed, is refused and nothing is recorded.</source>
            <translation>Un archivo JSON channel-diligence-decision/1 del distribuidor. Se comprueba con el expediente que usted envió; un archivo de otro expediente, o uno que se ha modificado, se rechaza y no se registra nada.</translation>
        </message>
        <message>
            <source>A&amp;pproved</source>
            <translation>A&amp;probado</translation>
        </message>
        <message>
            <source>Answer recorded</source>
            <translation>Respuesta registrada</translation>
        </message>
        <message>
            <source>Approved &amp;with conditions</source>
            <translation>Aprobado &amp;con condiciones</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose what the distributor answered.</source>
            <translation>Elija lo que respondió el distribuidor.</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Dec&amp;idido por:</translation>
        </message>
        <message>
            <source>Decision file refused</source>
            <translation>Archivo de decisión rechazado</translation>
        </message>
        <message>
            <source>Decision files (*.json);;All files (*)</source>
            <translation>Archivos de decisión (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Each line becomes a follow-up to check.</source>
            <translation>Cada línea se convierte en un seguimiento que revisar.</translation>
        </message>
        <message>
            <source>Import the distributor's decision file</source>
            <translation>Importar el archivo de decisión del distribuidor</translation>
        </message>
        <message>
            <source>No escalation packet of this order waits for an answer: escalate the order first, or the answer is already recorded.</source>
            <translation>Ningún expediente de escalado de este pedido espera respuesta: escale primero el pedido, o la respuesta ya está registrada.</translation>
        </message>
        <message>
            <source>One condition per line, e.g. Disable face matching before delivery</source>
            <translation>Una condición por línea, p. ej. Desactivar la comparación facial antes de la entrega</translation>
        </message>
        <message>
            <source>Order {0}: {1}. {2} follow-ups to track.</source>
            <translation>Pedido {0}: {1}. {2} seguimientos pendientes.</translation>
        </message>
        <message>
            <source>Pac&amp;ket:</source>
            <translation>&amp;Expediente:</translation>
        </message>
        <message>
            <source>Packet {0} of {1} to {2}</source>
            <translation>Expediente {0} del {1} a {2}</translation>
        </message>
        <message>
            <source>Re&amp;jected</source>
            <translation>&amp;Denegado</translation>
        </message>
        <message>
            <source>Record &amp;answer</source>
            <translation>Registrar re&amp;spuesta</translation>
        </message>
        <message>
            <source>Record the answer</source>
            <translation>Registrar la respuesta</translation>
        </message>
        <message>
            <source>The decision file {0} was refused and nothing was recorded: {1}</source>
            <translation>Se rechazó el archivo de decisión {0} y no se registró nada: {1}</translation>
        </message>
        <message>
            <source>The distributor's answer on {0}</source>
            <translation>Respuesta del distribuidor sobre {0}</translation>
        </message>
        <message>
            <source>Their answer:</source>
            <translation>Su respuesta:</translation>
        </message>
        <message>
            <source>Type in what the distributor answered, or import their decision file. The order's status follows the answer: approved orders may go ahead, rejected ones are declined.</source>
            <translation>Escriba lo que respondió el distribuidor o importe su archivo de decisión. El estado del pedido sigue la respuesta: los pedidos aprobados pueden continuar; los denegados se rechazan.</translation>
        </message>
        <message>
            <source>their reference, e.g. TD-2026-118</source>
            <translation>su referencia, p. ej. TD-2026-118</translation>
        </message>
        <message>
            <source>who decided at the distributor</source>
            <translation>quién decidió en el distribuidor</translation>
        </message>
    </context>
    <context>
        <name>AnswerForm</name>
        <message>
            <source>&amp;Conditions:</source>
            <translation>Co&amp;ndiciones:</translation>
        </message>
        <message>
            <source>&amp;Record answer</source>
            <translation>&amp;Registrar respuesta</translation>
        </message>
        <message>
            <source>&amp;Send to reseller</source>
            <translation>&amp;Enviar al revendedor</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Dec&amp;idido por:</translation>
        </message>
        <message>
            <source>O&amp;utcome:</source>
            <translation>Res&amp;ultado:</translation>
        </message>
        <message>
            <source>One condition a line</source>
            <translation>Una condición por línea</translation>
        </message>
        <message>
            <source>Sa&amp;ve decision file…</source>
            <translation>&amp;Guardar archivo de decisión…</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>Enviar &amp;a:</translation>
        </message>
        <message>
            <source>Your re&amp;ference:</source>
            <translation>Su re&amp;ferencia:</translation>
        </message>
    </context>
    <context>
        <name>Answers</name>
        <message>
            <source>Approved</source>
            <translation>Aprobado</translation>
        </message>
        <message>
            <source>Approved with conditions</source>
            <translation>Aprobado con condiciones</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Denegado</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cannot open the database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <source>Changes cannot be saved</source>
            <translation>No se pueden guardar los cambios</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence could not open its database:

{0}</source>
            <translation>Channel Diligence no pudo abrir su base de datos:

{0}</translation>
        </message>
        <message>
            <source>Daily backup saved: {0}</source>
            <translation>Copia de seguridad diaria guardada: {0}</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({0}). What you were doing may not have been completed: check it and try again, and tell your IT contact if it happens again.</source>
            <translation>Se ha producido un error inesperado ({0}). Es posible que lo que estaba haciendo no se haya completado: compruébelo y vuelva a intentarlo y, si vuelve a ocurrir, avise a su contacto de informática.</translation>
        </message>
        <message>
            <source>The daily backup failed ({0}). Your data is not affected; try File &gt; Back up now, and tell your IT contact if it fails again.</source>
            <translation>Ha fallado la copia de seguridad diaria ({0}). Sus datos no se ven afectados; pruebe con Archivo &gt; Hacer copia de seguridad ahora y, si vuelve a fallar, avise a su contacto de informática.</translation>
        </message>
        <message>
            <source>The daily backup failed: {0}</source>
            <translation>Ha fallado la copia de seguridad diaria: {0}</translation>
        </message>
        <message>
            <source>The database is in use by another Channel Diligence window.</source>
            <translation>La base de datos está en uso por otra ventana de Channel Diligence.</translation>
        </message>
        <message>
            <source>The database {0} is read-only: you can look at everything, but changes cannot be saved. Ask your IT contact for write access to the file and its folder, then start the app again.</source>
            <translation>La base de datos {0} es de solo lectura: puede consultarlo todo, pero no se pueden guardar cambios. Pida a su contacto de informática permiso de escritura para el archivo y su carpeta y, después, vuelva a iniciar la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalPage</name>
        <message>
            <source>Adopting freezes this version: later changes start a new draft. The policy is then ready to print, publish and send.</source>
            <translation>Al adoptarla, esta versión queda fijada: los cambios posteriores inician un nuevo borrador. Después, la política está lista para imprimir, publicar y enviar.</translation>
        </message>
        <message>
            <source>Approve and adopt</source>
            <translation>Aprobar y adoptar</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsDialog</name>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Aprobar</translation>
        </message>
        <message>
            <source>&amp;Reason to send it back:</source>
            <translation>&amp;Motivo de la devolución:</translation>
        </message>
        <message>
            <source>&amp;Send back</source>
            <translation>&amp;Devolver</translation>
        </message>
        <message>
            <source>Conditions: {0}</source>
            <translation>Condiciones: {0}</translation>
        </message>
        <message>
            <source>Decisions your colleagues proposed for orders that need the senior approver. Approving records the decision as approved by you, {0}.</source>
            <translation>Decisiones que sus compañeros propusieron para pedidos que necesitan al aprobador principal. Al aprobar, la decisión queda registrada como aprobada por usted, {0}.</translation>
        </message>
        <message>
            <source>Nobody is signed in at this desk. Approvals are made by the approver signed in at their own desk: switch person in the status bar.</source>
            <translation>Nadie ha iniciado sesión en este puesto. Las aprobaciones las hace el aprobador con su sesión en su propio puesto: cambie de persona en la barra de estado.</translation>
        </message>
        <message>
            <source>Nothing is waiting for your approval, {0}.</source>
            <translation>No hay nada pendiente de su aprobación, {0}.</translation>
        </message>
        <message>
            <source>Order {0}, {1} risk</source>
            <translation>Pedido {0}, riesgo {1}</translation>
        </message>
        <message>
            <source>Proposed: {0}, by {1} on {2}.</source>
            <translation>Propuesta: {0}, por {1} el {2}.</translation>
        </message>
        <message>
            <source>Records the proposed decision as approved by you. Your passphrase proves it was you.</source>
            <translation>Registra la decisión propuesta como aprobada por usted. Su frase de acceso prueba que fue usted.</translation>
        </message>
        <message>
            <source>Requests waiting for your approval</source>
            <translation>Solicitudes pendientes de su aprobación</translation>
        </message>
        <message>
            <source>The order changed after approval was asked: it cannot be approved. Send it back, or ask your colleague to ask again.</source>
            <translation>El pedido cambió después de pedir la aprobación: no puede aprobarse. Devuélvala o pida a su compañero que la pida de nuevo.</translation>
        </message>
        <message>
            <source>Type your own passphrase to confirm the approval.</source>
            <translation>Escriba su propia frase de acceso para confirmar la aprobación.</translation>
        </message>
        <message>
            <source>Waiting for your approval</source>
            <translation>Pendientes de su aprobación</translation>
        </message>
        <message>
            <source>Warnings:</source>
            <translation>Advertencias:</translation>
        </message>
        <message>
            <source>What is missing or wrong? Your colleague reads this on the order.</source>
            <translation>¿Qué falta o qué está mal? Su compañero lo lee en el pedido.</translation>
        </message>
        <message>
            <source>Why: {0}</source>
            <translation>Por qué: {0}</translation>
        </message>
        <message>
            <source>Your &amp;passphrase:</source>
            <translation>Su &amp;frase de acceso:</translation>
        </message>
    </context>
    <context>
        <name>ApproverPage</name>
        <message>
            <source>&amp;E-mail (optional):</source>
            <translation>Correo &amp;electrónico (opcional):</translation>
        </message>
        <message>
            <source>&amp;Job title:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>Enter the senior approver's name.</source>
            <translation>Introduzca el nombre del responsable de aprobación.</translation>
        </message>
        <message>
            <source>Enter their job title, e.g. Managing Director.</source>
            <translation>Introduzca su cargo, p. ej. Director general.</translation>
        </message>
        <message>
            <source>N&amp;ame:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>Senior approver</source>
            <translation>Responsable de aprobación</translation>
        </message>
        <message>
            <source>The UN Guiding Principles (principle 16) ask that decisions on high-risk sales are approved at the most senior level: name that person here.</source>
            <translation>Los Principios Rectores de la ONU (Principio 16) piden que las decisiones sobre ventas de alto riesgo se aprueben en el nivel más alto: indique aquí a esa persona.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address.</source>
            <translation>Esto no parece una dirección de correo electrónico.</translation>
        </message>
        <message>
            <source>e.g. Managing Director</source>
            <translation>p. ej. Director general</translation>
        </message>
    </context>
    <context>
        <name>ApproverProofDialog</name>
        <message>
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmar</translation>
        </message>
        <message>
            <source>Appro&amp;ver:</source>
            <translation>Quien aprueba (&amp;v):</translation>
        </message>
        <message>
            <source>Approver</source>
            <translation>Quien aprueba</translation>
        </message>
        <message>
            <source>Approver's pass&amp;phrase:</source>
            <translation>&amp;Frase de acceso de quien aprueba:</translation>
        </message>
        <message>
            <source>Approver's passphrase</source>
            <translation>Frase de acceso de quien aprueba</translation>
        </message>
        <message>
            <source>Senior approver's confirmation</source>
            <translation>Confirmación de quien aprueba al más alto nivel</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>All {0} entries check out: nothing has been changed or removed since it was written.</source>
            <translation>Las {0} entradas son correctas: no se ha modificado ni eliminado nada desde que se anotó.</translation>
        </message>
        <message>
            <source>Check against a head file</source>
            <translation>Comprobar con un archivo de cabeza</translation>
        </message>
        <message>
            <source>Check against a head file…</source>
            <translation>Comprobar con un archivo de cabeza…</translation>
        </message>
        <message>
            <source>Checking</source>
            <translation>Comprobando</translation>
        </message>
        <message>
            <source>Checking against {0}…</source>
            <translation>Comprobando con {0}…</translation>
        </message>
        <message>
            <source>Checking the audit log…</source>
            <translation>Comprobando el registro de auditoría…</translation>
        </message>
        <message>
            <source>Choose a chain-head.json, or a packet or evidence bundle that holds one (for example the one your distributor received), to check that no entry written before it was removed or rewritten since.</source>
            <translation>Elija un chain-head.json, o un paquete o conjunto de pruebas que contenga uno (por ejemplo, el que recibió su distribuidor), para comprobar que desde entonces no se ha eliminado ni reescrito ninguna entrada escrita antes.</translation>
        </message>
        <message>
            <source>Entry {0} does not match what was recorded{1}. The {2} entries before it check out. Someone or something changed the database outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>La entrada {0} no coincide con lo que se anotó{1}. Las {2} entradas anteriores son correctas. Alguien o algo modificó la base de datos fuera de la aplicación. Guarde una copia del archivo de la base de datos tal como está y avise a la persona que se ocupa de su informática.</translation>
        </message>
        <message>
            <source>Every change and decision is written to a log in which each entry is sealed with the one before it. This check recomputes every seal.</source>
            <translation>Cada cambio y cada decisión se anotan en un registro en el que cada entrada queda sellada con la anterior. Esta comprobación vuelve a calcular todos los sellos.</translation>
        </message>
        <message>
            <source>Signed heads, packets and bundles (*.json *.zip *.eml);;All files (*)</source>
            <translation>Cabezas firmadas, paquetes y conjuntos (*.json *.zip *.eml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The audit log has been altered</source>
            <translation>El registro de auditoría ha sido alterado</translation>
        </message>
        <message>
            <source>The audit log is intact</source>
            <translation>El registro de auditoría está intacto</translation>
        </message>
        <message>
            <source>The check could not run</source>
            <translation>No se pudo realizar la comprobación</translation>
        </message>
        <message>
            <source>The head file matches the audit log</source>
            <translation>El archivo de cabeza coincide con el registro de auditoría</translation>
        </message>
        <message>
            <source>Verify audit log</source>
            <translation>Verificar el registro de auditoría</translation>
        </message>
        <message>
            <source>{0}. Someone or something changed the database outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>{0}. Alguien o algo cambió la base de datos fuera de la aplicación. Guarde una copia del archivo de la base de datos tal como está e informe a quien se ocupe de su informática.</translation>
        </message>
        <message>
            <source>{0}. Someone or something deleted entries outside the app. Keep a copy of the database file as it is and tell whoever looks after your IT.</source>
            <translation>{0}. Alguien o algo eliminó entradas fuera de la aplicación. Guarde una copia del archivo de la base de datos tal como está y avise a la persona que se ocupa de su informática.</translation>
        </message>
        <message>
            <source>{0}: the audit log still holds that entry with the seal signed then, so nothing written before it was removed or rewritten.</source>
            <translation>{0}: el registro de auditoría aún contiene esa entrada con el sello firmado entonces, así que nada de lo escrito antes se eliminó ni se reescribió.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Back up now</source>
            <translation>Hacer copia de seguridad ahora</translation>
        </message>
        <message>
            <source>Backed up to {0} ({1}).</source>
            <translation>Copia de seguridad guardada en {0} ({1}).</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Haciendo copia de seguridad de la base de datos…</translation>
        </message>
        <message>
            <source>The database was not backed up: {0}</source>
            <translation>No se hizo la copia de seguridad de la base de datos: {0}</translation>
        </message>
    </context>
    <context>
        <name>CatalogDialog</name>
        <message>
            <source>Edit customer</source>
            <translation>Editar cliente</translation>
        </message>
        <message>
            <source>Edit product</source>
            <translation>Editar producto</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>Nuevo cliente</translation>
        </message>
        <message>
            <source>New product</source>
            <translation>Nuevo producto</translation>
        </message>
    </context>
    <context>
        <name>CatalogList</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modificar…</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 entrada</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Select an entry in the list first.</source>
            <translation>Seleccione primero una entrada de la lista.</translation>
        </message>
        <message>
            <source>Type to search</source>
            <translation>Escriba para buscar</translation>
        </message>
        <message>
            <source>{0} entries</source>
            <translation>{0} entradas</translation>
        </message>
    </context>
    <context>
        <name>CategoryDelegate</name>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPanel</name>
        <message>
            <source>Answers saved.</source>
            <translation>Respuestas guardadas.</translation>
        </message>
        <message>
            <source>Ask the customer these questions, or answer them from what you know. "Not sure yet" is an honest answer: it is recorded as such.</source>
            <translation>Haga estas preguntas al cliente o respóndalas con lo que sepa. «Todavía no lo sé» es una respuesta honesta: se registra como tal.</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Preguntas que hacer</translation>
        </message>
        <message>
            <source>Save &amp;answers</source>
            <translation>&amp;Guardar respuestas</translation>
        </message>
        <message>
            <source>Settle these restricted-party findings first: confirm who the party is (full name, country, registration or date of birth) and record the review.</source>
            <translation>Resuelva primero estos hallazgos de partes restringidas: confirme quién es la parte (nombre completo, país, registro o fecha de nacimiento) y registre la revisión.</translation>
        </message>
        <message>
            <source>The screening raised nothing that needs these questions for this order.</source>
            <translation>La evaluación de este pedido no ha detectado nada que requiera estas preguntas.</translation>
        </message>
    </context>
    <context>
        <name>CommunicationTab</name>
        <message>
            <source>&amp;Audience:</source>
            <translation>Tipo de &amp;destinatario:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;How:</source>
            <translation>C&amp;ómo:</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Nota (opcional):</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>Re&amp;gistrar</translation>
        </message>
        <message>
            <source>Ac&amp;knowledged on:</source>
            <translation>Confir&amp;mado el:</translation>
        </message>
        <message>
            <source>Acknowledged on</source>
            <translation>Confirmado el</translation>
        </message>
        <message>
            <source>Adopt the policy first; then record here to whom you sent or showed it: staff, distributors, vendors, customers and your website.</source>
            <translation>Adopte primero la política; después registre aquí a quién la ha enviado o mostrado: personal, distribuidores, fabricantes, clientes y su sitio web.</translation>
        </message>
        <message>
            <source>Attached to the contract</source>
            <translation>Adjunta al contrato</translation>
        </message>
        <message>
            <source>Audience</source>
            <translation>Tipo de destinatario</translation>
        </message>
        <message>
            <source>Communications of the policy</source>
            <translation>Comunicaciones de la política</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distribuidor</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>For example: all staff, TechDistri Europe, www.example.com</source>
            <translation>Por ejemplo: todo el personal, TechDistri Europe, www.example.com</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Intranet</source>
            <translation>Intranet</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Printed copy</source>
            <translation>Copia impresa</translation>
        </message>
        <message>
            <source>Published on the website</source>
            <translation>Publicada en el sitio web</translation>
        </message>
        <message>
            <source>Record &amp;staff acknowledgement</source>
            <translation>Registrar la confirmación del per&amp;sonal</translation>
        </message>
        <message>
            <source>Record that the policy was sent or shown</source>
            <translation>Registrar que la política se envió o se mostró</translation>
        </message>
        <message>
            <source>Record that the selected person acknowledged the policy</source>
            <translation>Registrar que la persona seleccionada ha confirmado que conoce la política</translation>
        </message>
        <message>
            <source>Record the communication</source>
            <translation>Registrar la comunicación</translation>
        </message>
        <message>
            <source>Say how: e-mail, printed copy, website…</source>
            <translation>Indique cómo: correo electrónico, copia impresa, sitio web…</translation>
        </message>
        <message>
            <source>Say to whom: a person, a company or the web address.</source>
            <translation>Indique a quién: una persona, una empresa o la dirección web.</translation>
        </message>
        <message>
            <source>Select a row sent to a member of staff, then record the day they confirmed they read the policy.</source>
            <translation>Seleccione una fila enviada a un miembro del personal y registre el día en que confirmó que había leído la política.</translation>
        </message>
        <message>
            <source>Select the person in the list first.</source>
            <translation>Seleccione primero a la persona en la lista.</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Staff acknowledgement</source>
            <translation>Confirmación del personal</translation>
        </message>
        <message>
            <source>To &amp;whom:</source>
            <translation>&amp;A quién:</translation>
        </message>
        <message>
            <source>To whom</source>
            <translation>A quién</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricante</translation>
        </message>
        <message>
            <source>Version {0}: the UN Guiding Principles ask that the policy is communicated inside the company and to business partners, and publicly available. Record each time you send or show it.</source>
            <translation>Versión {0}: los Principios Rectores de la ONU piden que la política se comunique dentro de la empresa y a los socios comerciales, y que esté a disposición del público. Registre cada vez que la envíe o la muestre.</translation>
        </message>
        <message>
            <source>Website (public)</source>
            <translation>Sitio web (público)</translation>
        </message>
    </context>
    <context>
        <name>CompanyPage</name>
        <message>
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>10 to 49 people</source>
            <translation>De 10 a 49 personas</translation>
        </message>
        <message>
            <source>250 people or more</source>
            <translation>250 personas o más</translation>
        </message>
        <message>
            <source>50 to 249 people</source>
            <translation>De 50 a 249 personas</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <source>Channel Diligence checks each order for the risk that what you sell is misused against people's rights. First, a few facts about your company.</source>
            <translation>Channel Diligence evalúa en cada pedido el riesgo de que lo que usted vende se use de forma indebida contra los derechos de las personas. Primero, algunos datos sobre su empresa.</translation>
        </message>
        <message>
            <source>Choose a country…</source>
            <translation>Elija un país…</translation>
        </message>
        <message>
            <source>Choose the country your company is in.</source>
            <translation>Elija el país en el que está su empresa.</translation>
        </message>
        <message>
            <source>Company na&amp;me:</source>
            <translation>&amp;Nombre de la empresa:</translation>
        </message>
        <message>
            <source>Enter your company's name.</source>
            <translation>Introduzca el nombre de su empresa.</translation>
        </message>
        <message>
            <source>Fewer than 10 people</source>
            <translation>Menos de 10 personas</translation>
        </message>
        <message>
            <source>How you &amp;sell:</source>
            <translation>&amp;Cómo vende:</translation>
        </message>
        <message>
            <source>Risky orders are never left to self-service: the app holds them for a conversation with the customer.</source>
            <translation>Los pedidos de riesgo nunca se dejan al autoservicio: la aplicación los retiene hasta que se hable con el cliente.</translation>
        </message>
        <message>
            <source>Sales-assisted: we talk to every customer</source>
            <translation>Venta asistida: hablamos con cada cliente</translation>
        </message>
        <message>
            <source>Self-service: customers order online</source>
            <translation>Autoservicio: los clientes piden por internet</translation>
        </message>
        <message>
            <source>Si&amp;ze:</source>
            <translation>&amp;Tamaño:</translation>
        </message>
        <message>
            <source>Your company</source>
            <translation>Su empresa</translation>
        </message>
    </context>
    <context>
        <name>Completeness</name>
        <message>
            <source>Information: {0}</source>
            <translation>Información: {0}</translation>
        </message>
        <message>
            <source>Missing:</source>
            <translation>Falta:</translation>
        </message>
        <message>
            <source>Not yet done: {0}</source>
            <translation>Aún sin hacer: {0}</translation>
        </message>
        <message>
            <source>Order information: {0} complete</source>
            <translation>Información del pedido: {0} completa</translation>
        </message>
    </context>
    <context>
        <name>ConflictBar</name>
        <message>
            <source>Hide this message and keep what you typed, to copy it before you reload. Saving stays refused until you reload.</source>
            <translation>Oculta este mensaje y conserva lo que ha escrito, para copiarlo antes de recargar. Guardar seguirá rechazado hasta que recargue.</translation>
        </message>
        <message>
            <source>Keep my te&amp;xt for now</source>
            <translation>Conservar mi te&amp;xto por ahora</translation>
        </message>
        <message>
            <source>Reload the order</source>
            <translation>Recargar el pedido</translation>
        </message>
        <message>
            <source>Show the order as it is saved now. What you typed here is replaced.</source>
            <translation>Muestra el pedido tal como está guardado ahora. Lo que ha escrito aquí se sustituye.</translation>
        </message>
        <message>
            <source>What you typed is still in the form: copy what you need, then reload.</source>
            <translation>Lo que ha escrito sigue en el formulario: copie lo que necesite y luego recargue.</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <source>&amp;Government function:</source>
            <translation>&amp;Función pública:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Sector:</source>
            <translation>&amp;Sector:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>Enter the customer's name.</source>
            <translation>Introduzca el nombre del cliente.</translation>
        </message>
        <message>
            <source>For a public body, say what it does: police, military and intelligence services carry more risk than, say, a school authority.</source>
            <translation>Si es un organismo público, indique a qué se dedica: la policía, las fuerzas armadas y los servicios de inteligencia implican más riesgo que, por ejemplo, una autoridad educativa.</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Desconocido</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>Sin especificar</translation>
        </message>
        <message>
            <source>Not&amp;es:</source>
            <translation>N&amp;otas:</translation>
        </message>
    </context>
    <context>
        <name>CustomersView</name>
        <message>
            <source>&amp;New customer…</source>
            <translation>&amp;Nuevo cliente…</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>No listed name resembles this customer (checked on {0}).</source>
            <translation>Ningún nombre de las listas se parece a este cliente (comprobado el {0}).</translation>
        </message>
        <message>
            <source>Not checked against the sanctions lists yet: no list was imported when the customer was last saved. Importing a list checks every customer.</source>
            <translation>Aún no comprobado con las listas de sanciones: no había ninguna lista importada cuando se guardó el cliente por última vez. Importar una lista comprueba todos los clientes.</translation>
        </message>
        <message>
            <source>Sanctions</source>
            <translation>Sanciones</translation>
        </message>
        <message>
            <source>Sanctions &amp;check…</source>
            <translation>&amp;Comprobación de sanciones…</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Select a customer in the list first.</source>
            <translation>Seleccione primero un cliente en la lista.</translation>
        </message>
        <message>
            <source>The organisations and people you sell to, and the end users of what you sell. Who they are and what they do is part of the screening.</source>
            <translation>Las organizaciones y personas a las que vende, y los usuarios finales de lo que vende. Quiénes son y a qué se dedican forma parte de la evaluación.</translation>
        </message>
        <message>
            <source>The selected customer's sanctions check: each possible match, and its review</source>
            <translation>La comprobación de sanciones del cliente seleccionado: cada posible coincidencia y su revisión</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>{0} (checked on {1}): {2}</source>
            <translation>{0} (comprobado el {1}): {2}</translation>
        </message>
    </context>
    <context>
        <name>DataSourcesDialog</name>
        <message>
            <source>Accessed</source>
            <translation>Consultado</translation>
        </message>
        <message>
            <source>Attribution</source>
            <translation>Atribución</translation>
        </message>
        <message>
            <source>Changes made</source>
            <translation>Cambios realizados</translation>
        </message>
        <message>
            <source>Cite as</source>
            <translation>Cítese como</translation>
        </message>
        <message>
            <source>Cited in flags as</source>
            <translation>Citada en los avisos como</translation>
        </message>
        <message>
            <source>Country names: pycountry, ISO 3166 data, licensed under the GNU Lesser General Public License 2.1 (LGPL-2.1), used as an unmodified library.</source>
            <translation>Nombres de países: pycountry, datos ISO 3166, con licencia GNU Lesser General Public License 2.1 (LGPL-2.1), usada como biblioteca sin modificar.</translation>
        </message>
        <message>
            <source>Country tiers: {0}</source>
            <translation>Niveles de los países: {0}</translation>
        </message>
        <message>
            <source>Criteria pack</source>
            <translation>Paquete de criterios</translation>
        </message>
        <message>
            <source>Data sources and licences</source>
            <translation>Fuentes de datos y licencias</translation>
        </message>
        <message>
            <source>Each flag and each checklist question names the sources it rests on, with the section, under the title given here as "Cited in flags as".</source>
            <translation>Cada aviso y cada pregunta de la lista de comprobación nombra las fuentes en que se basa, con la sección, bajo el título que aquí figura en «Citada en los avisos como».</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licencia</translation>
        </message>
        <message>
            <source>Producer</source>
            <translation>Autor</translation>
        </message>
        <message>
            <source>Signed by {0} (fingerprint {1}).</source>
            <translation>Firmado por {0} (huella {1}).</translation>
        </message>
        <message>
            <source>Software</source>
            <translation>Software</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>The user interface uses Qt for Python (PySide6), licensed under the LGPL-3.0.</source>
            <translation>La interfaz de usuario usa Qt for Python (PySide6), con licencia LGPL-3.0.</translation>
        </message>
        <message>
            <source>This is the app's own default pack: it needs no distributor's signature.</source>
            <translation>Este es el paquete predeterminado de la propia aplicación: no necesita la firma de ningún distribuidor.</translation>
        </message>
        <message>
            <source>This pack was not signed by a distributor whose key is pinned.</source>
            <translation>Este paquete no lo firmó ningún distribuidor cuya clave esté fijada.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Where a source was changed (an adaptation), the changes are listed under Sources below. A copy of these notices ships with the app in ATTRIBUTION.md.</source>
            <translation>Si se ha modificado una fuente (una adaptación), los cambios se indican más abajo, en Fuentes. La aplicación incluye una copia de estos avisos en ATTRIBUTION.md.</translation>
        </message>
        <message>
            <source>{0}, version {1}, issued by {2} on {3}.</source>
            <translation>{0}, versión {1}, publicado por {2} el {3}.</translation>
        </message>
    </context>
    <context>
        <name>DecisionPanel</name>
        <message>
            <source>&amp;Decline</source>
            <translation>&amp;Rechazar</translation>
        </message>
        <message>
            <source>&amp;Escalate to distributor</source>
            <translation>&amp;Escalar al distribuidor</translation>
        </message>
        <message>
            <source>&amp;Proceed</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <source>&amp;Rationale (required):</source>
            <translation>&amp;Motivo (obligatorio):</translation>
        </message>
        <message>
            <source>, approved by {0}</source>
            <translation>, aprobado por {0}</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list (a confirmed match). Nobody in the company can approve it: the only possible decision is to decline, and the distributor must be told: report it with the misuse report.</source>
            <translation>Una parte de este pedido figura en una lista de sanciones (una coincidencia confirmada). Nadie en la empresa puede aprobarlo: la única decisión posible es rechazarlo, y hay que informar al distribuidor: comuníquelo con el informe de uso indebido.</translation>
        </message>
        <message>
            <source>Any approver</source>
            <translation>Cualquier aprobador</translation>
        </message>
        <message>
            <source>Appr&amp;over's passphrase:</source>
            <translation>Frase de acceso de quien aprueba (&amp;o):</translation>
        </message>
        <message>
            <source>Appro&amp;ver:</source>
            <translation>Quien aprueba (&amp;v):</translation>
        </message>
        <message>
            <source>Approved b&amp;y:</source>
            <translation>&amp;Aprobado por:</translation>
        </message>
        <message>
            <source>Approver to ask</source>
            <translation>Aprobador al que pedirlo</translation>
        </message>
        <message>
            <source>As&amp;k for approval</source>
            <translation>Pedir apro&amp;bación</translation>
        </message>
        <message>
            <source>Ask the distributor to decide; the order waits for the answer.</source>
            <translation>Pida al distribuidor que decida; el pedido espera la respuesta.</translation>
        </message>
        <message>
            <source>Awaiting approval by {0}: {1} asked on {2} to approve "{3}".</source>
            <translation>Pendiente de aprobación por {0}: {1} pidió el {2} que se apruebe «{3}».</translation>
        </message>
        <message>
            <source>Choose a decision.</source>
            <translation>Elija una decisión.</translation>
        </message>
        <message>
            <source>Choose the approver.</source>
            <translation>Elija quién aprueba.</translation>
        </message>
        <message>
            <source>Choose the decision to proceed (or proceed with conditions) that the approver is to approve.</source>
            <translation>Elija la decisión de continuar (o continuar con condiciones) que el aprobador debe aprobar.</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>Condiciones</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Dec&amp;idido por:</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Do not sell. The reasons are recorded.</source>
            <translation>No vender. Los motivos quedan registrados.</translation>
        </message>
        <message>
            <source>Earlier decisions:</source>
            <translation>Decisiones anteriores:</translation>
        </message>
        <message>
            <source>Escalating records the decision. No distributor is set up yet: add one in the company profile.</source>
            <translation>Al escalar se registra la decisión. Todavía no hay ningún distribuidor configurado: añada uno en el perfil de la empresa.</translation>
        </message>
        <message>
            <source>Escalating records the decision; then send the packet with the order's details to your distributor ({0}) and record their answer on the Escalation tab.</source>
            <translation>Al escalar se registra la decisión; después envíe el expediente con los datos del pedido a su distribuidor ({0}) y registre su respuesta en la pestaña Escalado.</translation>
        </message>
        <message>
            <source>No decision can be recorded for this order now.</source>
            <translation>Ahora no se puede registrar ninguna decisión para este pedido.</translation>
        </message>
        <message>
            <source>O&amp;ther conditions:</source>
            <translation>O&amp;tras condiciones:</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Otras condiciones</translation>
        </message>
        <message>
            <source>Other conditions, in your own words</source>
            <translation>Otras condiciones, con sus propias palabras</translation>
        </message>
        <message>
            <source>Prepare the escalation p&amp;acket…</source>
            <translation>Preparar el e&amp;xpediente de escalado…</translation>
        </message>
        <message>
            <source>Prepare the escalation packet</source>
            <translation>Preparar el expediente de escalado</translation>
        </message>
        <message>
            <source>Proceed &amp;with conditions</source>
            <translation>Continuar con c&amp;ondiciones</translation>
        </message>
        <message>
            <source>Re&amp;cord decision</source>
            <translation>Re&amp;gistrar decisión</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Report to the distributor</source>
            <translation>Informar al distribuidor</translation>
        </message>
        <message>
            <source>Say in a sentence or two why: it is what an auditor or the distributor will read.</source>
            <translation>Explique el motivo en una o dos frases: es lo que leerá un auditor o el distribuidor.</translation>
        </message>
        <message>
            <source>Say in a sentence or two why: it is what the approver will read.</source>
            <translation>Explique el porqué en una o dos frases: es lo que leerá el aprobador.</translation>
        </message>
        <message>
            <source>Sent back by {0} on {1}: {2}</source>
            <translation>Devuelta por {0} el {1}: {2}</translation>
        </message>
        <message>
            <source>Setting up the people who use the app makes approvals proven: the approver then confirms with their own passphrase.</source>
            <translation>Configurar las personas que usan la aplicación hace que las aprobaciones queden probadas: quien aprueba confirma entonces con su propia frase de acceso.</translation>
        </message>
        <message>
            <source>Status: {0}</source>
            <translation>Estado: {0}</translation>
        </message>
        <message>
            <source>Tell the distributor: &amp;misuse report…</source>
            <translation>Informar al distribuidor: informe de uso &amp;indebido…</translation>
        </message>
        <message>
            <source>The approver approves this decision at their own desk, with their passphrase (Escalation menu, "Waiting for your approval"). Nothing is decided until then.</source>
            <translation>El aprobador aprueba esta decisión en su propio puesto, con su frase de acceso (menú Escalado, «Pendientes de su aprobación»). Hasta entonces no se decide nada.</translation>
        </message>
        <message>
            <source>The approver types their own passphrase to confirm the approval.</source>
            <translation>Quien aprueba escribe su propia frase de acceso para confirmar la aprobación.</translation>
        </message>
        <message>
            <source>The order goes ahead only with the safeguards ticked below.</source>
            <translation>El pedido solo sigue adelante con las salvaguardas marcadas abajo.</translation>
        </message>
        <message>
            <source>The order may go ahead as it is.</source>
            <translation>El pedido puede seguir adelante tal como está.</translation>
        </message>
        <message>
            <source>The request for approval that {0} made on {1} cannot be approved: the order changed after it. Ask again.</source>
            <translation>La solicitud de aprobación que {0} hizo el {1} no puede aprobarse: el pedido cambió después. Pídala de nuevo.</translation>
        </message>
        <message>
            <source>The senior approver's name</source>
            <translation>El nombre del responsable de aprobación</translation>
        </message>
        <message>
            <source>This decision needs the senior approver. Type the name of {0} once they have approved it.</source>
            <translation>Esta decisión requiere el responsable de aprobación. Escriba el nombre de {0} cuando la haya aprobado.</translation>
        </message>
        <message>
            <source>This is a high-risk order. The UN Guiding Principles (principle 16) ask that such decisions are approved at the most senior level of the company. The approver confirms here with their own passphrase: choose them and let them type it.</source>
            <translation>Este es un pedido de alto riesgo. Los Principios Rectores de la ONU (principio 16) piden que estas decisiones se aprueben al más alto nivel de la empresa. Quien aprueba lo confirma aquí con su propia frase de acceso: elíjalo y deje que la escriba.</translation>
        </message>
        <message>
            <source>This is a high-risk order. The UN Guiding Principles (principle 16) ask that such decisions are approved at the most senior level of the company: here, {0}. Type their name to confirm they approved it.</source>
            <translation>Este es un pedido de alto riesgo. Los Principios Rectores de la ONU (Principio 16) piden que estas decisiones se aprueben en el nivel más alto de la empresa: aquí, {0}. Escriba su nombre para confirmar que lo ha aprobado.</translation>
        </message>
        <message>
            <source>This order asks for a use that is prohibited. Nobody in the company can approve it, not even the senior approver: the only possible decision is to decline.</source>
            <translation>Este pedido es para un uso prohibido. Nadie en la empresa puede aprobarlo, ni siquiera el responsable de aprobación: la única decisión posible es rechazarlo.</translation>
        </message>
        <message>
            <source>Tick the safeguards the customer agrees to. They become part of the record.</source>
            <translation>Marque las salvaguardas que acepta el cliente. Pasan a formar parte del registro.</translation>
        </message>
        <message>
            <source>What the distributor receives: a PDF and a JSON file with the order, the flags, the checklist and your recommendation, and your attachments. You see the PDF before it is sent.</source>
            <translation>Lo que recibe el distribuidor: un PDF y un archivo JSON con el pedido, los avisos, la lista de comprobación y su recomendación, además de sus archivos adjuntos. Verá el PDF antes de enviarlo.</translation>
        </message>
        <message>
            <source>Why this decision? What did you check, what did the customer say?</source>
            <translation>¿Por qué esta decisión? ¿Qué comprobó, qué dijo el cliente?</translation>
        </message>
        <message>
            <source>any approver</source>
            <translation>cualquier aprobador</translation>
        </message>
        <message>
            <source>your senior approver</source>
            <translation>su responsable de aprobación</translation>
        </message>
        <message>
            <source>{0}: {1} by {2}{3}. {4}</source>
            <translation>{0}: {1}, por {2}{3}. {4}</translation>
        </message>
    </context>
    <context>
        <name>DeskWindow</name>
        <message>
            <source>&amp;Open packet…</source>
            <translation>A&amp;brir paquete…</translation>
        </message>
        <message>
            <source>Answer to {0}, order {1} recorded and signed. Save the decision file or send it to the reseller.</source>
            <translation>Respuesta a {0}, pedido {1}, registrada y firmada. Guarde el archivo de decisión o envíelo al revendedor.</translation>
        </message>
        <message>
            <source>Checking {0}…</source>
            <translation>Comprobando {0}…</translation>
        </message>
        <message>
            <source>Decision files (*.json)</source>
            <translation>Archivos de decisión (*.json)</translation>
        </message>
        <message>
            <source>Distributor desk</source>
            <translation>Mesa del distribuidor</translation>
        </message>
        <message>
            <source>Open a packet a reseller sent</source>
            <translation>Abrir un paquete enviado por un revendedor</translation>
        </message>
        <message>
            <source>Open a packet's folder</source>
            <translation>Abrir la carpeta de un paquete</translation>
        </message>
        <message>
            <source>Open packet fol&amp;der…</source>
            <translation>Abrir &amp;carpeta de paquete…</translation>
        </message>
        <message>
            <source>Packets (*.zip *.eml);;All files (*)</source>
            <translation>Paquetes (*.zip *.eml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Refused, nothing was added to the list: {0}</source>
            <translation>Rechazado, no se añadió nada a la lista: {0}</translation>
        </message>
        <message>
            <source>Save the decision file</source>
            <translation>Guardar el archivo de decisión</translation>
        </message>
        <message>
            <source>Saved {0} and its signature {1}: send both to {2}.</source>
            <translation>Se guardaron {0} y su firma {1}: envíe ambos a {2}.</translation>
        </message>
        <message>
            <source>The answer to {0}, order {1} is in the outbox to {2}.</source>
            <translation>La respuesta a {0}, pedido {1}, está en la bandeja de salida para {2}.</translation>
        </message>
        <message>
            <source>This packet holds no PDF.</source>
            <translation>Este paquete no contiene ningún PDF.</translation>
        </message>
        <message>
            <source>{0}, order {1}: {2}</source>
            <translation>{0}, pedido {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>DigestSettingsBox</name>
        <message>
            <source>Daily digest</source>
            <translation>Resumen diario</translation>
        </message>
        <message>
            <source>Once a day, through the outbox, with the order references; nothing is sent on a day when nothing is due. The approvers' addresses are filled in until you save. Where the app is not running, a scheduled task can run 'reseller-app digest --send'.</source>
            <translation>Una vez al día, por la bandeja de salida, con las referencias de los pedidos; no se envía nada el día en que no hay nada pendiente. Las direcciones de los aprobadores se proponen hasta que guarde. Donde la aplicación no está abierta, una tarea programada puede ejecutar 'reseller-app digest --send'.</translation>
        </message>
        <message>
            <source>Recipients' e-&amp;mail addresses:</source>
            <translation>Direcciones de &amp;correo de los destinatarios:</translation>
        </message>
        <message>
            <source>Send a daily digest o&amp;f what is waiting and overdue</source>
            <translation>Enviar un resumen diar&amp;io de lo pendiente y lo vencido</translation>
        </message>
        <message>
            <source>name@example.com, other@example.com</source>
            <translation>nombre@ejemplo.com, otra@ejemplo.com</translation>
        </message>
    </context>
    <context>
        <name>DistributorPage</name>
        <message>
            <source>&amp;Add another distributor</source>
            <translation>Añadir otro &amp;distribuidor</translation>
        </message>
        <message>
            <source>Add at least one distributor.</source>
            <translation>Añada al menos un distribuidor.</translation>
        </message>
        <message>
            <source>C&amp;ontact person (optional)</source>
            <translation>Persona de c&amp;ontacto (opcional)</translation>
        </message>
        <message>
            <source>Distributors</source>
            <translation>Distribuidores</translation>
        </message>
        <message>
            <source>Enter the distributor's name.</source>
            <translation>Introduzca el nombre del distribuidor.</translation>
        </message>
        <message>
            <source>Enter the e-mail address for escalations, e.g. compliance@distributor.com.</source>
            <translation>Introduzca la dirección de correo electrónico para escalados, p. ej. compliance@distributor.com.</translation>
        </message>
        <message>
            <source>Escalation &amp;e-mail</source>
            <translation>Correo &amp;electrónico de escalado</translation>
        </message>
        <message>
            <source>Na&amp;me</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>When an order is too risky to decide alone, you escalate it to your distributor. Add at least one, with the e-mail address for such questions.</source>
            <translation>Cuando un pedido es demasiado arriesgado para decidirlo solo, usted lo escala a su distribuidor. Añada al menos uno, con la dirección de correo electrónico para estas consultas.</translation>
        </message>
        <message>
            <source>“{0}” is not an e-mail address. Enter one like compliance@distributor.com.</source>
            <translation>«{0}» no es una dirección de correo electrónico. Introduzca una como compliance@distributor.com.</translation>
        </message>
    </context>
    <context>
        <name>DistributorRow</name>
        <message>
            <source>Contact person (optional)</source>
            <translation>Persona de contacto (opcional)</translation>
        </message>
        <message>
            <source>Distributor name</source>
            <translation>Nombre del distribuidor</translation>
        </message>
        <message>
            <source>Distributor {0} contact person</source>
            <translation>Persona de contacto del distribuidor {0}</translation>
        </message>
        <message>
            <source>Distributor {0} escalation e-mail</source>
            <translation>Correo electrónico de escalado del distribuidor {0}</translation>
        </message>
        <message>
            <source>Distributor {0} name</source>
            <translation>Nombre del distribuidor {0}</translation>
        </message>
        <message>
            <source>Escalation e-mail</source>
            <translation>Correo electrónico de escalado</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove distributor {0}</source>
            <translation>Quitar el distribuidor {0}</translation>
        </message>
    </context>
    <context>
        <name>EscalationDialog</name>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Aprobar</translation>
        </message>
        <message>
            <source>&amp;Distributor:</source>
            <translation>&amp;Distribuidor:</translation>
        </message>
        <message>
            <source>&amp;No recommendation: we ask you to decide</source>
            <translation>&amp;Sin recomendación: le pedimos que decida</translation>
        </message>
        <message>
            <source>&amp;Other conditions:</source>
            <translation>&amp;Otras condiciones:</translation>
        </message>
        <message>
            <source>&amp;Reject</source>
            <translation>De&amp;negar</translation>
        </message>
        <message>
            <source>(no customer)</source>
            <translation>(sin cliente)</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Añadir a&amp;rchivos…</translation>
        </message>
        <message>
            <source>Also in the packet: your company and contact, the criteria pack used, the packet id and the date.</source>
            <translation>El expediente también incluye: su empresa y su contacto, el paquete de criterios usado, el identificador del expediente y la fecha.</translation>
        </message>
        <message>
            <source>Approve &amp;with conditions</source>
            <translation>Aprobar &amp;con condiciones</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Archivos adjuntos</translation>
        </message>
        <message>
            <source>Back to change the packet</source>
            <translation>Volver para cambiar el expediente</translation>
        </message>
        <message>
            <source>Build the packet and preview the PDF</source>
            <translation>Crear el expediente y ver el PDF</translation>
        </message>
        <message>
            <source>Building again makes a new packet; one that was not sent or saved is simply not used.</source>
            <translation>Si lo crea de nuevo se genera un expediente nuevo; el que no se haya enviado ni guardado simplemente no se usa.</translation>
        </message>
        <message>
            <source>Building the packet…</source>
            <translation>Creando el expediente…</translation>
        </message>
        <message>
            <source>Checklist answers ({0})</source>
            <translation>Respuestas a la lista de comprobación ({0})</translation>
        </message>
        <message>
            <source>Consignee (receives the goods)</source>
            <translation>Consignatario (recibe la mercancía)</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Distributor</source>
            <translation>Distribuidor</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Usuario final</translation>
        </message>
        <message>
            <source>Escalate order {0} to the distributor</source>
            <translation>Escalar el pedido {0} al distribuidor</translation>
        </message>
        <message>
            <source>Escalate order {0} to your distributor</source>
            <translation>Escalar el pedido {0} a su distribuidor</translation>
        </message>
        <message>
            <source>For example the signed end-user statement or an excerpt of the contract (20 MB at most together).</source>
            <translation>Por ejemplo, la declaración de usuario final firmada o un extracto del contrato (20 MB como máximo en total).</translation>
        </message>
        <message>
            <source>From the criteria pack. The distributor sees each one with its description.</source>
            <translation>Del paquete de criterios. El distribuidor ve cada una con su descripción.</translation>
        </message>
        <message>
            <source>Intended use, in the customer's words</source>
            <translation>Uso previsto, con las palabras del cliente</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Líneas</translation>
        </message>
        <message>
            <source>No checklist answers yet: the distributor will ask. Answer the checklist first if you can.</source>
            <translation>Todavía no hay respuestas a la lista de comprobación: el distribuidor las pedirá. Si puede, responda antes la lista de comprobación.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Otras condiciones</translation>
        </message>
        <message>
            <source>Other conditions, in your own words</source>
            <translation>Otras condiciones, con sus propias palabras</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Safeguards we propose</source>
            <translation>Salvaguardas que proponemos</translation>
        </message>
        <message>
            <source>Say in a sentence or two why you recommend this: it is what the distributor reads first.</source>
            <translation>Explique en una o dos frases por qué lo recomienda: es lo primero que lee el distribuidor.</translation>
        </message>
        <message>
            <source>Screening flags ({0})</source>
            <translation>Avisos de la evaluación ({0})</translation>
        </message>
        <message>
            <source>The distributor decides whether this sale goes ahead: approved, approved with conditions, or rejected. The packet gives their compliance person everything they need: a PDF to read, the same content as JSON for their systems, your files, and a manifest with the SHA-256 of every file. Nothing is sent until you press Send after the preview.</source>
            <translation>El distribuidor decide si esta venta sigue adelante: aprobada, aprobada con condiciones o denegada. El expediente da a su responsable de cumplimiento todo lo que necesita: un PDF para leer, el mismo contenido en JSON para sus sistemas, sus archivos y un manifiesto con el SHA-256 de cada archivo. No se envía nada hasta que pulse Enviar después de la vista previa.</translation>
        </message>
        <message>
            <source>The packet was not built: {0}</source>
            <translation>No se creó el expediente: {0}</translation>
        </message>
        <message>
            <source>Tick at least one safeguard or write the conditions you propose.</source>
            <translation>Marque al menos una salvaguarda o escriba las condiciones que propone.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>W&amp;hy (required):</source>
            <translation>&amp;Motivo (obligatorio):</translation>
        </message>
        <message>
            <source>We recommend:</source>
            <translation>Recomendamos:</translation>
        </message>
        <message>
            <source>What goes in the packet</source>
            <translation>Qué contiene el expediente</translation>
        </message>
        <message>
            <source>Why we recommend this</source>
            <translation>Por qué recomendamos esto</translation>
        </message>
        <message>
            <source>Why? What did you check, what did the customer say or sign?</source>
            <translation>¿Por qué? ¿Qué comprobó, qué dijo o firmó el cliente?</translation>
        </message>
        <message>
            <source>Your recommendation</source>
            <translation>Su recomendación</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source>not sure yet</source>
            <translation>todavía no lo sé</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>{0} of {1}, {2}</source>
            <translation>{0} del {1}, {2}</translation>
        </message>
    </context>
    <context>
        <name>EscalationTab</name>
        <message>
            <source>&amp;Print the packet…</source>
            <translation>&amp;Imprimir el expediente…</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send: the way out when sending from this app is not set up or fails.</source>
            <translation>Un archivo de correo que su programa de correo abre, listo para enviar: la salida cuando el envío desde esta aplicación no está configurado o falla.</translation>
        </message>
        <message>
            <source>Ask the distributor to decide: build the escalation packet, check its PDF, and send it.</source>
            <translation>Pida al distribuidor que decida: cree el expediente de escalado, revise su PDF y envíelo.</translation>
        </message>
        <message>
            <source>Built</source>
            <translation>Creado</translation>
        </message>
        <message>
            <source>Conditions: {0}</source>
            <translation>Condiciones: {0}</translation>
        </message>
        <message>
            <source>E&amp;scalate to distributor…</source>
            <translation>&amp;Escalar al distribuidor…</translation>
        </message>
        <message>
            <source>Escalate to the distributor</source>
            <translation>Escalar al distribuidor</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalado</translation>
        </message>
        <message>
            <source>Escalation state</source>
            <translation>Estado del escalado</translation>
        </message>
        <message>
            <source>Escalation to the distributor</source>
            <translation>Escalado al distribuidor</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Misuse report</source>
            <translation>Informe de uso indebido</translation>
        </message>
        <message>
            <source>Packet</source>
            <translation>Expediente</translation>
        </message>
        <message>
            <source>Packet {0}; manifest SHA-256 {1}</source>
            <translation>Expediente {0}; SHA-256 del manifiesto {1}</translation>
        </message>
        <message>
            <source>Packets of this order</source>
            <translation>Expedientes de este pedido</translation>
        </message>
        <message>
            <source>Print the PDF of the selected packet (the latest when none is selected)</source>
            <translation>Imprimir el PDF del expediente seleccionado (el más reciente si no hay ninguno seleccionado)</translation>
        </message>
        <message>
            <source>Record the distributor's &amp;answer…</source>
            <translation>&amp;Registrar la respuesta del distribuidor…</translation>
        </message>
        <message>
            <source>Record the distributor's answer</source>
            <translation>Registrar la respuesta del distribuidor</translation>
        </message>
        <message>
            <source>Report &amp;misuse…</source>
            <translation>&amp;Notificar un uso indebido…</translation>
        </message>
        <message>
            <source>Report possible misuse</source>
            <translation>Notificar un posible uso indebido</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Guardar como .em&amp;l…</translation>
        </message>
        <message>
            <source>Save the selected packet (the latest when none is selected) as an e-mail file</source>
            <translation>Guardar el paquete seleccionado (el último si no hay ninguno seleccionado) como archivo de correo</translation>
        </message>
        <message>
            <source>Saved e-mail file</source>
            <translation>Archivo de correo guardado</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it from there.</source>
            <translation>Guardado {0}. Ábralo en su programa de correo y envíelo desde allí.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>The PDF was not printed: {0}</source>
            <translation>No se imprimió el PDF: {0}</translation>
        </message>
        <message>
            <source>The distributor answered.</source>
            <translation>El distribuidor ha respondido.</translation>
        </message>
        <message>
            <source>The distributor's answer</source>
            <translation>La respuesta del distribuidor</translation>
        </message>
        <message>
            <source>The distributor's conditions to check, and when to contact the customer again.</source>
            <translation>Las condiciones del distribuidor que hay que revisar y cuándo volver a contactar con el cliente.</translation>
        </message>
        <message>
            <source>The e-mail file was not saved: {0}</source>
            <translation>El archivo de correo no se guardó: {0}</translation>
        </message>
        <message>
            <source>The packet is in the outbox.</source>
            <translation>El expediente está en la bandeja de salida.</translation>
        </message>
        <message>
            <source>The packet went out: record the distributor's answer when it comes.</source>
            <translation>El expediente se ha enviado: registre la respuesta del distribuidor cuando llegue.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>You may escalate this order if you want the distributor's view.</source>
            <translation>Puede escalar este pedido si quiere conocer la opinión del distribuidor.</translation>
        </message>
        <message>
            <source>{0} by {1} on {2}, their reference {3}.</source>
            <translation>{0} por {1} el {2}, su referencia {3}.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;Print the summary…</source>
            <translation>&amp;Imprimir el resumen…</translation>
        </message>
        <message>
            <source>&amp;Save as:</source>
            <translation>&amp;Guardar como:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>Choose the output file</source>
            <translation>Elegir el archivo de destino</translation>
        </message>
        <message>
            <source>Choose where to save the zip file.</source>
            <translation>Elija dónde guardar el archivo zip.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Evidence summary {0} to {1}</source>
            <translation>Resumen de evidencias del {0} al {1}</translation>
        </message>
        <message>
            <source>Export evidence for audit</source>
            <translation>Exportar evidencia para auditoría</translation>
        </message>
        <message>
            <source>One zip file for a distributor's or vendor's audit: a PDF summary, the adopted policy versions, every screening and decision, the packets sent and the answers, the follow-ups, the sanctions lists imported with the reviews of possible matches, and the check of the audit log, with the SHA-256 of every file.</source>
            <translation>Un archivo zip para la auditoría de un distribuidor o de un fabricante: un resumen en PDF, las versiones adoptadas de la política, todas las evaluaciones y decisiones, los expedientes enviados y las respuestas, los seguimientos, las listas de sanciones importadas con las revisiones de posibles coincidencias y la comprobación del registro de auditoría, con el SHA-256 de cada archivo.</translation>
        </message>
        <message>
            <source>Print the PDF summary of the bundle</source>
            <translation>Imprimir el resumen en PDF del paquete de evidencias</translation>
        </message>
        <message>
            <source>Progress of the export</source>
            <translation>Progreso de la exportación</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Sanctions list versions: {0}, reviews of possible matches: {1}.</source>
            <translation>Versiones de listas de sanciones: {0}, revisiones de posibles coincidencias: {1}.</translation>
        </message>
        <message>
            <source>Save the evidence bundle</source>
            <translation>Guardar el paquete de evidencia</translation>
        </message>
        <message>
            <source>Saved {0}. Screenings: {1}, decisions: {2}, packets: {3}, answers: {4}. {5} {6}</source>
            <translation>Guardado {0}. Evaluaciones: {1}, decisiones: {2}, expedientes: {3}, respuestas: {4}. {5} {6}</translation>
        </message>
        <message>
            <source>The audit log check FAILED: {0}</source>
            <translation>La comprobación del registro de auditoría HA FALLADO: {0}</translation>
        </message>
        <message>
            <source>The audit log is intact ({0} events checked).</source>
            <translation>El registro de auditoría está intacto ({0} eventos comprobados).</translation>
        </message>
        <message>
            <source>The bundle was not written: {0}</source>
            <translation>No se escribió el paquete: {0}</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La fecha final es anterior a la fecha inicial.</translation>
        </message>
        <message>
            <source>The summary was not printed: {0}</source>
            <translation>No se imprimió el resumen: {0}</translation>
        </message>
        <message>
            <source>The summary was sent to the printer.</source>
            <translation>El resumen se envió a la impresora.</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Archivos zip (*.zip)</translation>
        </message>
        <message>
            <source>{0} adopted policy versions.</source>
            <translation>{0} versiones adoptadas de la política.</translation>
        </message>
    </context>
    <context>
        <name>ExampleBox</name>
        <message>
            <source>Example</source>
            <translation>Ejemplo</translation>
        </message>
        <message>
            <source>Example: {0}</source>
            <translation>Ejemplo: {0}</translation>
        </message>
    </context>
    <context>
        <name>FileList</name>
        <message>
            <source>Add files</source>
            <translation>Añadir archivos</translation>
        </message>
        <message>
            <source>cannot be read</source>
            <translation>no se puede leer</translation>
        </message>
    </context>
    <context>
        <name>FindingItem</name>
        <message>
            <source>Confirmed match</source>
            <translation>Coincidencia confirmada</translation>
        </message>
        <message>
            <source>Matched name: {name}; score {score}</source>
            <translation>Nombre coincidente: {name}; puntuación {score}</translation>
        </message>
        <message>
            <source>Possible match</source>
            <translation>Posible coincidencia</translation>
        </message>
        <message>
            <source>Reviewed: not the same</source>
            <translation>Revisado: no es la misma</translation>
        </message>
        <message>
            <source>Why: {0}</source>
            <translation>Por qué: {0}</translation>
        </message>
        <message>
            <source>{role} {party} resembles {source} entry {entry}: {listed}</source>
            <translation>{role} {party} se parece a la entrada {entry} de {source}: {listed}</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <source>&amp;Load demo data (sample customers, products and 30+ orders)</source>
            <translation>&amp;Cargar datos de demostración (clientes, productos y más de 30 pedidos de ejemplo)</translation>
        </message>
        <message>
            <source>Every order you enter or import is screened: the product and what it is for, who buys and uses it, and where it goes. Each warning says why and what to do. Risky orders wait for a decision, and every decision is recorded.</source>
            <translation>Cada pedido que introduce o importa se evalúa: el producto y para qué es, quién lo compra y lo usa, y adónde va. Cada aviso explica el motivo y qué hacer. Los pedidos de riesgo esperan una decisión, y cada decisión queda registrada.</translation>
        </message>
        <message>
            <source>Handy to look around before you enter your own orders.</source>
            <translation>Útil para conocer la aplicación antes de introducir sus propios pedidos.</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>You can change these details later under File &gt; Company profile.</source>
            <translation>Puede cambiar estos datos más adelante en Archivo &gt; Perfil de la empresa.</translation>
        </message>
    </context>
    <context>
        <name>FlagItem</name>
        <message>
            <source>Concerns: {0}</source>
            <translation>Se refiere a: {0}</translation>
        </message>
        <message>
            <source>What to do: {0}</source>
            <translation>Qué hacer: {0}</translation>
        </message>
    </context>
    <context>
        <name>FlaggedPartiesDialog</name>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Customer or order</source>
            <translation>Cliente o pedido</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Sanctions matches to review</source>
            <translation>Coincidencias de sanciones por revisar</translation>
        </message>
        <message>
            <source>The customers and the parties of open orders whose latest check found a listed name. Open one to see which list entry it resembles and why.</source>
            <translation>Los clientes y las partes de pedidos abiertos cuya última comprobación encontró un nombre de las listas. Abra uno para ver a qué entrada de la lista se parece y por qué.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsPanel</name>
        <message>
            <source>&amp;All open</source>
            <translation>Todos los a&amp;biertos</translation>
        </message>
        <message>
            <source>&amp;Due now</source>
            <translation>Vencen a&amp;hora</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Marcar como hecho</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>No&amp;ta:</translation>
        </message>
        <message>
            <source>&amp;Open order</source>
            <translation>Ab&amp;rir pedido</translation>
        </message>
        <message>
            <source>Contact the customer</source>
            <translation>Contactar con el cliente</translation>
        </message>
        <message>
            <source>Distributor's condition</source>
            <translation>Condición del distribuidor</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Done: {0}</source>
            <translation>Hecho: {0}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Follow-ups summary</source>
            <translation>Resumen de seguimientos</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>&amp;Marcar como hecho</translation>
        </message>
        <message>
            <source>Mark the selected follow-up done</source>
            <translation>Marcar como hecho el seguimiento seleccionado</translation>
        </message>
        <message>
            <source>No follow-ups for this order yet. The distributor's conditions and contact dates appear here once their answer is recorded.</source>
            <translation>Todavía no hay seguimientos para este pedido. Las condiciones del distribuidor y las fechas de contacto aparecen aquí cuando se registra su respuesta.</translation>
        </message>
        <message>
            <source>No open follow-ups.</source>
            <translation>No hay seguimientos abiertos.</translation>
        </message>
        <message>
            <source>No&amp;te:</source>
            <translation>N&amp;ota:</translation>
        </message>
        <message>
            <source>Note on what was done</source>
            <translation>Nota sobre lo que se hizo</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>No vence nada.</translation>
        </message>
        <message>
            <source>One page from the criteria pack for the customer: how to use the products responsibly and whom to tell about misuse.</source>
            <translation>Una página del paquete de criterios para el cliente: cómo usar los productos de forma responsable y a quién notificar un uso indebido.</translation>
        </message>
        <message>
            <source>Open the order of the selected follow-up</source>
            <translation>Abrir el pedido del seguimiento seleccionado</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Print the guidan&amp;ce…</source>
            <translation>Imprimir la guía (&amp;c)…</translation>
        </message>
        <message>
            <source>Print the responsible-use guidance for the customer</source>
            <translation>Imprimir la guía de uso responsable para el cliente</translation>
        </message>
        <message>
            <source>Responsible-use &amp;guidance PDF…</source>
            <translation>PDF de &amp;guía de uso responsable…</translation>
        </message>
        <message>
            <source>Responsible-use guidance</source>
            <translation>Guía de uso responsable</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Save the responsible-use guidance for the customer as a PDF</source>
            <translation>Guardar como PDF la guía de uso responsable para el cliente</translation>
        </message>
        <message>
            <source>Saved {0}. Give it to the customer with the delivery or at the next contact.</source>
            <translation>Guardado {0}. Entréguelo al cliente con el envío o en el próximo contacto.</translation>
        </message>
        <message>
            <source>Select the follow-up in the list first.</source>
            <translation>Seleccione primero el seguimiento en la lista.</translation>
        </message>
        <message>
            <source>Sent to the printer. Give it to the customer with the delivery or at the next contact.</source>
            <translation>Enviada a la impresora. Entréguela al cliente con la entrega o en el próximo contacto.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>The distributor's conditions to check, and contact with the customers of approved high-risk orders over time (BSR 2022 §6.4).</source>
            <translation>Las condiciones del distribuidor que hay que revisar y el contacto a lo largo del tiempo con los clientes de pedidos de alto riesgo aprobados (BSR 2022 §6.4).</translation>
        </message>
        <message>
            <source>The guidance was not printed: {0}</source>
            <translation>No se imprimió la guía: {0}</translation>
        </message>
        <message>
            <source>The guidance was not saved: {0}</source>
            <translation>No se guardó la guía: {0}</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>What was done (optional)</source>
            <translation>Qué se hizo (opcional)</translation>
        </message>
        <message>
            <source>{0} (overdue, {1} d)</source>
            <translation>{0} (vencido hace {1} d)</translation>
        </message>
        <message>
            <source>{0} open, {1} overdue.</source>
            <translation>{0} abiertos, {1} vencidos.</translation>
        </message>
        <message>
            <source>{0} to do, {1} overdue.</source>
            <translation>{0} pendientes, {1} vencidos.</translation>
        </message>
    </context>
    <context>
        <name>GuidanceSaver</name>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>No se puede escribir {0}: {1}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the responsible-use guidance</source>
            <translation>Guardar la guía de uso responsable</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Based on: {0}</source>
            <translation>Basado en: {0}</translation>
        </message>
        <message>
            <source>Help text</source>
            <translation>Texto de ayuda</translation>
        </message>
        <message>
            <source>Help — Channel Diligence</source>
            <translation>Ayuda — Channel Diligence</translation>
        </message>
        <message>
            <source>Help: {0}</source>
            <translation>Ayuda: {0}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Answers</source>
            <translation>Respuestas</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprobado por</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Modificado</translation>
        </message>
        <message>
            <source>Criteria pack</source>
            <translation>Paquete de criterios</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decidido por</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Details of the selected entry</source>
            <translation>Detalles de la entrada seleccionada</translation>
        </message>
        <message>
            <source>Everything that happened to this order, newest first. The history is part of the audit log and cannot be edited.</source>
            <translation>Todo lo que ha ocurrido con este pedido, empezando por lo más reciente. El historial forma parte del registro de auditoría y no se puede modificar.</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Información que falta</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Order history</source>
            <translation>Historial del pedido</translation>
        </message>
        <message>
            <source>Other conditions</source>
            <translation>Otras condiciones</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Risk before</source>
            <translation>Riesgo antes</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Salvaguardas</translation>
        </message>
        <message>
            <source>Select an entry to see what was recorded.</source>
            <translation>Seleccione una entrada para ver lo que se registró.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Avisos</translation>
        </message>
        <message>
            <source>Warnings added</source>
            <translation>Avisos añadidos</translation>
        </message>
        <message>
            <source>Warnings removed</source>
            <translation>Avisos eliminados</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ocurrió</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <source>&amp;Date order:</source>
            <translation>&amp;Orden de las fechas:</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>A&amp;rchivo:</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <source>&amp;Sales model of these orders:</source>
            <translation>&amp;Modelo de venta de estos pedidos:</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(no está en el archivo)</translation>
        </message>
        <message>
            <source>1 order imported and screened.</source>
            <translation>1 pedido importado y evaluado.</translation>
        </message>
        <message>
            <source>1 row could not be imported (listed below).</source>
            <translation>1 fila no se pudo importar (se indica abajo).</translation>
        </message>
        <message>
            <source>1 row was already imported.</source>
            <translation>1 fila ya estaba importada.</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>As the company usually sells: {0}</source>
            <translation>Como vende habitualmente la empresa: {0}</translation>
        </message>
        <message>
            <source>As the file's dates show</source>
            <translation>Como indiquen las fechas del archivo</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>Archivo CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Elija un archivo CSV</translation>
        </message>
        <message>
            <source>Choose a CSV file first.</source>
            <translation>Elija primero un archivo CSV.</translation>
        </message>
        <message>
            <source>Choose the CSV file</source>
            <translation>Elija el archivo CSV</translation>
        </message>
        <message>
            <source>Choose the column for “{0}”: it is needed.</source>
            <translation>Elija la columna de «{0}»: es obligatoria.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Correct these rows in the file and import it again. Orders that were imported already are recognised by their reference and not imported twice.</source>
            <translation>Corrija estas filas en el archivo e impórtelo de nuevo. Los pedidos ya importados se reconocen por su referencia y no se importan dos veces.</translation>
        </message>
        <message>
            <source>Customer &amp;type where the file gives none:</source>
            <translation>&amp;Tipo de cliente cuando el archivo no lo indica:</translation>
        </message>
        <message>
            <source>Date order</source>
            <translation>Orden de las fechas</translation>
        </message>
        <message>
            <source>Day first (11/02/2026 is 11 February)</source>
            <translation>Día primero (11/02/2026 es el 11 de febrero)</translation>
        </message>
        <message>
            <source>Default customer type</source>
            <translation>Tipo de cliente por defecto</translation>
        </message>
        <message>
            <source>For a shop's export, which has no customer type: for instance “Individual” for a shop that sells to consumers. Customers in your catalog keep their own type.</source>
            <translation>Para la exportación de una tienda, que no tiene tipo de cliente: por ejemplo «Particular» para una tienda que vende a consumidores. Los clientes de su catálogo conservan su propio tipo.</translation>
        </message>
        <message>
            <source>For each piece of order information, choose the column of your file that holds it. The app remembers your choice for next time.</source>
            <translation>Para cada dato del pedido, elija la columna de su archivo que lo contiene. La aplicación recuerda su elección para la próxima vez.</translation>
        </message>
        <message>
            <source>How the orders were sold where a row of the file does not say. A webshop's orders are self-service: the criteria pack puts them on hold at a lower risk, for a salesperson to talk to the customer first. A row that gives its sales model keeps it.</source>
            <translation>Cómo se vendieron los pedidos cuando una fila del archivo no lo indica. Los pedidos de una tienda web son de autoservicio: el paquete de criterios los retiene con un riesgo menor, para que un vendedor hable antes con el cliente. Una fila que indica su modelo de venta lo conserva.</translation>
        </message>
        <message>
            <source>Import cancelled</source>
            <translation>Importación cancelada</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Import orders from CSV</source>
            <translation>Importar pedidos desde CSV</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>Importing and screening…</source>
            <translation>Importando y evaluando…</translation>
        </message>
        <message>
            <source>Match at least one column.</source>
            <translation>Asigne al menos una columna.</translation>
        </message>
        <message>
            <source>Match the columns</source>
            <translation>Asigne las columnas</translation>
        </message>
        <message>
            <source>Month first (02/11/2026 is 11 February)</source>
            <translation>Mes primero (02/11/2026 es el 11 de febrero)</translation>
        </message>
        <message>
            <source>No order was imported: none of the rows could be used.</source>
            <translation>No se importó ningún pedido: no se pudo usar ninguna de las filas.</translation>
        </message>
        <message>
            <source>Not given (the screening asks)</source>
            <translation>No indicado (el análisis lo pregunta)</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>Nothing new to import</source>
            <translation>Nada nuevo que importar</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nada que importar</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>Nothing was imported: a file is imported completely or not at all. You can import it again at any time.</source>
            <translation>No se importó nada: un archivo se importa completo o no se importa. Puede importarlo de nuevo en cualquier momento.</translation>
        </message>
        <message>
            <source>One row per order line, with a header row. Rows with the same order reference make one order. Every imported order is screened, and risky ones are put on hold as if you had typed them in.</source>
            <translation>Una fila por línea de pedido, con una fila de encabezado. Las filas con la misma referencia de pedido forman un pedido. Cada pedido importado se evalúa, y los de riesgo quedan retenidos como si los hubiera introducido a mano.</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Leyendo el archivo…</translation>
        </message>
        <message>
            <source>Recognised as an order export from {0}: its columns are matched below. Check them before importing.</source>
            <translation>Reconocido como exportación de pedidos de {0}: sus columnas están emparejadas abajo. Revíselas antes de importar.</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Rows that were not imported</source>
            <translation>Filas que no se importaron</translation>
        </message>
        <message>
            <source>Rows that were not imported:</source>
            <translation>Filas que no se importaron:</translation>
        </message>
        <message>
            <source>Sales model of these orders</source>
            <translation>Modelo de venta de estos pedidos</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>The dates in this file can be read two ways: {0} is day first or month first, and no date in the file tells which. Choose the date order, then import again.</source>
            <translation>Las fechas de este archivo se pueden leer de dos maneras: {0} puede ser día primero o mes primero, y ninguna fecha del archivo lo aclara. Elija el orden de las fechas y vuelva a importar.</translation>
        </message>
        <message>
            <source>The file cannot be read: {0}</source>
            <translation>No se puede leer el archivo: {0}</translation>
        </message>
        <message>
            <source>The file holds no order rows, only its header (or empty lines), so nothing was imported. Check that you chose the right file, or export the orders again.</source>
            <translation>El archivo no contiene filas de pedidos, solo el encabezado (o líneas vacías), así que no se importó nada. Compruebe que ha elegido el archivo correcto o vuelva a exportar los pedidos.</translation>
        </message>
        <message>
            <source>The file is empty or has no header row.</source>
            <translation>El archivo está vacío o no tiene fila de encabezado.</translation>
        </message>
        <message>
            <source>There is no file at this path.</source>
            <translation>No hay ningún archivo en esta ruta.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>You can cancel at any time.</source>
            <translation>Puede cancelar en cualquier momento.</translation>
        </message>
        <message>
            <source>{0} (required)</source>
            <translation>{0} (obligatorio)</translation>
        </message>
        <message>
            <source>{0} of {1} rows</source>
            <translation>{0} de {1} filas</translation>
        </message>
        <message>
            <source>{0} on hold and {1} blocked: they wait for a decision in the orders list.</source>
            <translation>{0} retenidos y {1} bloqueados: esperan una decisión en la lista de pedidos.</translation>
        </message>
        <message>
            <source>{0} orders imported and screened.</source>
            <translation>{0} pedidos importados y evaluados.</translation>
        </message>
        <message>
            <source>{0} rows</source>
            <translation>{0} filas</translation>
        </message>
        <message>
            <source>{0} rows could not be imported (listed below).</source>
            <translation>{0} filas no se pudieron importar (se indican abajo).</translation>
        </message>
        <message>
            <source>{0} rows were already imported.</source>
            <translation>{0} filas ya estaban importadas.</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <source>Something unexpected went wrong ({0}). Nothing was saved by the step that failed; please try again, and tell your IT contact if it happens again.</source>
            <translation>Se ha producido un error inesperado ({0}). El paso que falló no guardó nada; vuelva a intentarlo y, si vuelve a ocurrir, avise a su contacto de informática.</translation>
        </message>
    </context>
    <context>
        <name>KeyUnlockDialog</name>
        <message>
            <source>&amp;Open and sign</source>
            <translation>&amp;Abrir y firmar</translation>
        </message>
        <message>
            <source>It is asked once until the app closes. Cancel builds nothing: nothing is made unsigned for want of the passphrase.</source>
            <translation>Se pide una vez hasta que se cierre la aplicación. Cancelar no genera nada: nada se crea sin firma por falta de la frase de acceso.</translation>
        </message>
        <message>
            <source>Open the signing key</source>
            <translation>Abrir la clave de firma</translation>
        </message>
        <message>
            <source>Pass&amp;phrase of {0}:</source>
            <translation>&amp;Frase de acceso de {0}:</translation>
        </message>
        <message>
            <source>Passphrase of {0}</source>
            <translation>Frase de acceso de {0}</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Escriba la frase de acceso.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>A decision cleared the order with conditions.</source>
            <translation>Una decisión autorizó el pedido con condiciones.</translation>
        </message>
        <message>
            <source>A decision cleared the order.</source>
            <translation>Una decisión autorizó el pedido.</translation>
        </message>
        <message>
            <source>A party of the order is on a sanctions list (a confirmed match). The order can only be declined.</source>
            <translation>Una parte del pedido figura en una lista de sanciones (coincidencia confirmada). El pedido solo puede rechazarse.</translation>
        </message>
        <message>
            <source>A value the criteria pack does not know</source>
            <translation>Un valor que el paquete de criterios no conoce</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>Bloqueado</translation>
        </message>
        <message>
            <source>Both</source>
            <translation>Ambos</translation>
        </message>
        <message>
            <source>Cleared</source>
            <translation>Autorizado</translation>
        </message>
        <message>
            <source>Consignee</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Customer / end user</source>
            <translation>Cliente / usuario final</translation>
        </message>
        <message>
            <source>Customer's name</source>
            <translation>Nombre del cliente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Rechazar</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Destination country</source>
            <translation>País de destino</translation>
        </message>
        <message>
            <source>Destination country: elevated risk</source>
            <translation>País de destino: riesgo medio</translation>
        </message>
        <message>
            <source>Destination country: high risk</source>
            <translation>País de destino: riesgo alto</translation>
        </message>
        <message>
            <source>Destination country: prohibited</source>
            <translation>País de destino: prohibido</translation>
        </message>
        <message>
            <source>EU financial sanctions</source>
            <translation>Sanciones financieras de la UE</translation>
        </message>
        <message>
            <source>Elevated</source>
            <translation>Medio</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Usuario final</translation>
        </message>
        <message>
            <source>Escalate to distributor</source>
            <translation>Escalar al distribuidor</translation>
        </message>
        <message>
            <source>Escalated to distributor</source>
            <translation>Escalado al distribuidor</translation>
        </message>
        <message>
            <source>Function of the government body</source>
            <translation>Función del organismo público</translation>
        </message>
        <message>
            <source>Geography</source>
            <translation>Geografía</translation>
        </message>
        <message>
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Uso previsto</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Información que falta</translation>
        </message>
        <message>
            <source>Missing: {0}</source>
            <translation>Falta: {0}</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Not held: the order may go ahead. Any warnings below are worth a look; recording a decision is optional.</source>
            <translation>No retenido: el pedido puede seguir adelante. Conviene revisar los avisos que aparezcan abajo; registrar una decisión es opcional.</translation>
        </message>
        <message>
            <source>Not sure yet</source>
            <translation>Todavía no lo sé</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>OFAC SDN</source>
            <translation>OFAC SDN</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Retenido</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Proceed</source>
            <translation>Continuar</translation>
        </message>
        <message>
            <source>Proceed with conditions</source>
            <translation>Continuar con condiciones</translation>
        </message>
        <message>
            <source>Proceeding</source>
            <translation>Continúa</translation>
        </message>
        <message>
            <source>Proceeding with conditions</source>
            <translation>Continúa con condiciones</translation>
        </message>
        <message>
            <source>Product and use case</source>
            <translation>Producto y caso de uso</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Categoría de producto</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>Prohibited</source>
            <translation>Prohibido</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Modelo de venta</translation>
        </message>
        <message>
            <source>Sales-assisted (we talk to the customer)</source>
            <translation>Venta asistida (hablamos con el cliente)</translation>
        </message>
        <message>
            <source>Sanctions list, confirmed match: {0} entry {1}</source>
            <translation>Lista de sanciones, coincidencia confirmada: entrada {1} de {0}</translation>
        </message>
        <message>
            <source>Sanctions list, possible match: {0} entry {1}</source>
            <translation>Lista de sanciones, posible coincidencia: entrada {1} de {0}</translation>
        </message>
        <message>
            <source>Self-service (web shop, no conversation)</source>
            <translation>Autoservicio (tienda web, sin conversación)</translation>
        </message>
        <message>
            <source>The order asks for a prohibited use. It cannot be approved.</source>
            <translation>El pedido es para un uso prohibido. No se puede aprobar.</translation>
        </message>
        <message>
            <source>The order waits for a decision before it may ship.</source>
            <translation>El pedido espera una decisión antes de poder enviarse.</translation>
        </message>
        <message>
            <source>The order waits for the distributor's answer.</source>
            <translation>El pedido espera la respuesta del distribuidor.</translation>
        </message>
        <message>
            <source>The order was declined.</source>
            <translation>El pedido se rechazó.</translation>
        </message>
        <message>
            <source>Type of customer or end user</source>
            <translation>Tipo de cliente o de usuario final</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Lista de sanciones del Reino Unido</translation>
        </message>
        <message>
            <source>UN Security Council</source>
            <translation>Consejo de Seguridad de la ONU</translation>
        </message>
        <message>
            <source>Use case</source>
            <translation>Caso de uso</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>{0} (negated)</source>
            <translation>{0} (con negación)</translation>
        </message>
        <message>
            <source>{0} (not recognised)</source>
            <translation>{0} (no reconocido)</translation>
        </message>
    </context>
    <context>
        <name>LinesModel</name>
        <message>
            <source>(free line)</source>
            <translation>(sin catálogo)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Choose a category</source>
            <translation>Elija una categoría</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Line total</source>
            <translation>Total de la línea</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <source>Without a category the screening counts this line as missing information.</source>
            <translation>Sin categoría, la evaluación cuenta esta línea como información que falta.</translation>
        </message>
    </context>
    <context>
        <name>ListsSettingsBox</name>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Reset to the offi&amp;cial addresses</source>
            <translation>Restablecer las direcciones o&amp;ficiales</translation>
        </message>
        <message>
            <source>Sanctions lists</source>
            <translation>Listas de sanciones</translation>
        </message>
        <message>
            <source>Update lists fetches each list from these addresses, the publishers' own. The EU's address carries the public key (token) of the EU's Financial Sanctions Files page; if the EU changes it, copy the link of the XML file (version 1.1) from that page and paste it here.</source>
            <translation>Actualizar listas descarga cada lista de estas direcciones, las de los propios editores. La dirección de la UE lleva la clave pública (token) de la página Financial Sanctions Files de la UE; si la UE la cambia, copie el enlace del archivo XML (versión 1.1) de esa página y péguelo aquí.</translation>
        </message>
        <message>
            <source>Warn when a list is &amp;older than:</source>
            <translation>&amp;Avisar cuando una lista tenga más de:</translation>
        </message>
        <message>
            <source>{0}, {1}:</source>
            <translation>{0}, {1}:</translation>
        </message>
        <message>
            <source>{0}:</source>
            <translation>{0}:</translation>
        </message>
    </context>
    <context>
        <name>ListsWindow</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancelar</translation>
        </message>
        <message>
            <source>&amp;Import list file…</source>
            <translation>&amp;Importar archivo de lista…</translation>
        </message>
        <message>
            <source>&amp;Update lists</source>
            <translation>&amp;Actualizar listas</translation>
        </message>
        <message>
            <source>Cancelled: nothing of the list being imported was stored. The lists already imported stay in use.</source>
            <translation>Cancelado: no se guardó nada de la lista que se estaba importando. Las listas ya importadas siguen en uso.</translation>
        </message>
        <message>
            <source>Choose a sanctions list file</source>
            <translation>Elija un archivo de lista de sanciones</translation>
        </message>
        <message>
            <source>Connecting to the publishers…</source>
            <translation>Conectando con los editores de las listas…</translation>
        </message>
        <message>
            <source>Customers, end users and consignees are checked against the newest version of each list (in bold). Every import is kept as a version: earlier checks name the version they used.</source>
            <translation>Los clientes, usuarios finales y destinatarios se comprueban con la versión más reciente de cada lista (en negrita). Cada importación se guarda como una versión: las comprobaciones anteriores indican la versión que usaron.</translation>
        </message>
        <message>
            <source>Downloading {0}…</source>
            <translation>Descargando {0}…</translation>
        </message>
        <message>
            <source>Fetch each list from its publisher's address and import it (needs the internet)</source>
            <translation>Descarga cada lista de la dirección de su editor y la importa (necesita internet)</translation>
        </message>
        <message>
            <source>Import progress</source>
            <translation>Progreso de la importación</translation>
        </message>
        <message>
            <source>Imported versions</source>
            <translation>Versiones importadas</translation>
        </message>
        <message>
            <source>Imported {0}, published {1}: {2} entries, {3} names.</source>
            <translation>Importada {0}, publicada {1}: {2} entradas, {3} nombres.</translation>
        </message>
        <message>
            <source>Importing and updating lists needs the role {0}; {1} has the role {2}. You can look at the versions; an {0} imports them.</source>
            <translation>Importar y actualizar listas requiere el rol {0}; {1} tiene el rol {2}. Puede ver las versiones; las importa una persona con el rol {0}.</translation>
        </message>
        <message>
            <source>Left out: {0} entries without a name, {1} empty names.</source>
            <translation>Omitidos: {0} entradas sin nombre, {1} nombres vacíos.</translation>
        </message>
        <message>
            <source>No list was updated.</source>
            <translation>No se actualizó ninguna lista.</translation>
        </message>
        <message>
            <source>No sanctions list is imported yet: import the files you downloaded from the publishers, or let Update lists fetch them.</source>
            <translation>Todavía no hay ninguna lista de sanciones importada: importe los archivos que descargó de los editores o deje que Actualizar listas los descargue.</translation>
        </message>
        <message>
            <source>Nothing was imported: {0}</source>
            <translation>No se importó nada: {0}</translation>
        </message>
        <message>
            <source>OFAC SDN (sdn.csv, with alt.csv, add.csv and sdn_comments.csv beside it), the UN consolidated list (XML), the EU financial sanctions list (XML 1.1) or the UK sanctions list (CSV)</source>
            <translation>OFAC SDN (sdn.csv, con alt.csv, add.csv y sdn_comments.csv al lado), la lista consolidada de la ONU (XML), la lista de sanciones financieras de la UE (XML 1.1) o la lista de sanciones del Reino Unido (CSV)</translation>
        </message>
        <message>
            <source>Reading and storing {0}…</source>
            <translation>Leyendo y guardando {0}…</translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>Leyendo {0}…</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Sanctions lists</source>
            <translation>Listas de sanciones</translation>
        </message>
        <message>
            <source>Sanctions lists (*.csv *.xml);;All files (*)</source>
            <translation>Listas de sanciones (*.csv *.xml);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>Update lists fetches the official files from the publishers' addresses (Settings, Sanctions lists). Without the internet the lists already imported stay in use.</source>
            <translation>Actualizar listas descarga los archivos oficiales de las direcciones de los editores (Preferencias, Listas de sanciones). Sin internet, las listas ya importadas siguen en uso.</translation>
        </message>
        <message>
            <source>You are working as {0}: you can import and update the lists.</source>
            <translation>Está trabajando como {0}: puede importar y actualizar las listas.</translation>
        </message>
        <message>
            <source>date not stated in the file</source>
            <translation>fecha no indicada en el archivo</translation>
        </message>
        <message>
            <source>{0} was imported already on {1}, as version {2} of {3}: nothing changed.</source>
            <translation>{0} ya se importó el {1}, como versión {2} de {3}: no cambió nada.</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About Channel Diligence</source>
            <translation>A&amp;cerca de Channel Diligence</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>Hacer &amp;copia de seguridad ahora</translation>
        </message>
        <message>
            <source>&amp;Customers</source>
            <translation>&amp;Clientes</translation>
        </message>
        <message>
            <source>&amp;Data sources and licences…</source>
            <translation>&amp;Fuentes de datos y licencias…</translation>
        </message>
        <message>
            <source>&amp;Distributor desk…</source>
            <translation>Mesa del &amp;distribuidor…</translation>
        </message>
        <message>
            <source>&amp;Escalation</source>
            <translation>&amp;Escalado</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Find orders</source>
            <translation>B&amp;uscar pedidos</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <source>&amp;Help for this screen</source>
            <translation>&amp;Ayuda de esta pantalla</translation>
        </message>
        <message>
            <source>&amp;Import distributor's decision file…</source>
            <translation>&amp;Importar archivo de decisión del distribuidor…</translation>
        </message>
        <message>
            <source>&amp;Import orders from CSV…</source>
            <translation>&amp;Importar pedidos desde CSV…</translation>
        </message>
        <message>
            <source>&amp;New order</source>
            <translation>&amp;Nuevo pedido</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>&amp;Pedidos</translation>
        </message>
        <message>
            <source>&amp;Policy</source>
            <translation>&amp;Política</translation>
        </message>
        <message>
            <source>&amp;Products</source>
            <translation>Pr&amp;oductos</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualizar</translation>
        </message>
        <message>
            <source>&amp;Report misuse…</source>
            <translation>&amp;Notificar un uso indebido…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restaurar copia de seguridad…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>&amp;Verify audit log…</source>
            <translation>&amp;Verificar el registro de auditoría…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Waiting for your approval…</source>
            <translation>&amp;Pendientes de su aprobación…</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Channel Diligence {0}&lt;/h3&gt;&lt;p&gt;Human rights due diligence of sales for small IT resellers: every order is screened for the risk that what you sell is misused against people, every warning says why and what to do, and every decision is recorded.&lt;/p&gt;&lt;p&gt;The screening follows the end-use risk framework of the BSR brief &lt;i&gt;Sales Partners and Human Rights Due Diligence in the Technology Sector&lt;/i&gt; (2022) and the UN Guiding Principles on Business and Human Rights. It supports your judgement; it is not legal advice.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. See Help &amp;gt; Data sources and licences for the data and libraries used.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Channel Diligence {0}&lt;/h3&gt;&lt;p&gt;Diligencia debida en materia de derechos humanos de las ventas para pequeños revendedores de TI: cada pedido se evalúa según el riesgo de que lo que usted vende se use de forma indebida contra personas, cada aviso explica el motivo y qué hacer, y cada decisión queda registrada.&lt;/p&gt;&lt;p&gt;La evaluación sigue el marco de riesgo de uso final del informe de BSR &lt;i&gt;Sales Partners and Human Rights Due Diligence in the Technology Sector&lt;/i&gt; (2022) y los Principios Rectores de las Naciones Unidas sobre las Empresas y los Derechos Humanos. Apoya su criterio; no es asesoramiento jurídico.&lt;/p&gt;&lt;p&gt;Con licencia Apache License 2.0. Consulte Ayuda &amp;gt; Fuentes de datos y licencias para ver los datos y las bibliotecas utilizados.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Country data:&lt;/b&gt; {0}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Datos de países:&lt;/b&gt; {0}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Fonts:&lt;/b&gt; DejaVu Sans, © Bitstream, Inc. (Bitstream Vera Fonts licence); DejaVu changes are in the public domain.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Fuentes tipográficas:&lt;/b&gt; DejaVu Sans, © Bitstream, Inc. (licencia Bitstream Vera Fonts); los cambios de DejaVu son de dominio público.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Channel Diligence</source>
            <translation>Acerca de Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Compan&amp;y profile…</source>
            <translation>Perfil de la &amp;empresa…</translation>
        </message>
        <message>
            <source>Company profile saved.</source>
            <translation>Perfil de la empresa guardado.</translation>
        </message>
        <message>
            <source>Criteria pack: {0} {1}</source>
            <translation>Paquete de criterios: {0} {1}</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Due &amp;diligence report…</source>
            <translation>Informe de &amp;diligencia debida…</translation>
        </message>
        <message>
            <source>Every order with its screening</source>
            <translation>Todos los pedidos con su evaluación</translation>
        </message>
        <message>
            <source>Export &amp;evidence for audit…</source>
            <translation>Exportar &amp;evidencia para auditoría…</translation>
        </message>
        <message>
            <source>Follo&amp;w-ups</source>
            <translation>&amp;Seguimientos</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Seguimientos</translation>
        </message>
        <message>
            <source>Follow-ups ({0})</source>
            <translation>Seguimientos ({0})</translation>
        </message>
        <message>
            <source>Human rights &amp;policy…</source>
            <translation>&amp;Política de derechos humanos…</translation>
        </message>
        <message>
            <source>Human rights policy (Policy menu)</source>
            <translation>Política de derechos humanos (menú Política)</translation>
        </message>
        <message>
            <source>Import criteria &amp;pack…</source>
            <translation>Importar p&amp;aquete de criterios…</translation>
        </message>
        <message>
            <source>Messages to the distributor</source>
            <translation>Mensajes al distribuidor</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navegación</translation>
        </message>
        <message>
            <source>No criteria pack loaded</source>
            <translation>No hay ningún paquete de criterios cargado</translation>
        </message>
        <message>
            <source>O&amp;utbox</source>
            <translation>&amp;Bandeja de salida</translation>
        </message>
        <message>
            <source>O&amp;verview</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
        <message>
            <source>Outbox: {0}</source>
            <translation>Bandeja de salida: {0}</translation>
        </message>
        <message>
            <source>Outbox: {0}.</source>
            <translation>Bandeja de salida: {0}.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Peop&amp;le…</source>
            <translation>Pers&amp;onas…</translation>
        </message>
        <message>
            <source>Policy: {0}</source>
            <translation>Política: {0}</translation>
        </message>
        <message>
            <source>Prin&amp;t the policy…</source>
            <translation>Imprimir la polí&amp;tica…</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>Read-only: changes cannot be saved</source>
            <translation>Solo lectura: no se pueden guardar los cambios</translation>
        </message>
        <message>
            <source>Responsible-use &amp;guidance PDF…</source>
            <translation>PDF de &amp;guía de uso responsable…</translation>
        </message>
        <message>
            <source>SHA-256 {0}</source>
            <translation>SHA-256 {0}</translation>
        </message>
        <message>
            <source>San&amp;ctions lists…</source>
            <translation>&amp;Listas de sanciones…</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>Guardado {0}.</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Preferencias guardadas.</translation>
        </message>
        <message>
            <source>The World Bank, Worldwide Governance Indicators (CC BY 4.0); no endorsement implied.</source>
            <translation>Banco Mundial, Worldwide Governance Indicators (CC BY 4.0); no implica respaldo alguno.</translation>
        </message>
        <message>
            <source>The criteria pack was kept but is not in use: the pack in use is unchanged.</source>
            <translation>El paquete de criterios se ha conservado, pero no está en uso: el paquete en uso no cambia.</translation>
        </message>
        <message>
            <source>The new criteria pack is in use. Earlier screenings keep the pack they used.</source>
            <translation>El nuevo paquete de criterios está en uso. Las evaluaciones anteriores conservan el paquete que usaron.</translation>
        </message>
        <message>
            <source>There is no policy to print yet: write it with the policy wizard.</source>
            <translation>Todavía no hay ninguna política que imprimir: redáctela con el asistente de la política.</translation>
        </message>
        <message>
            <source>What needs your attention today</source>
            <translation>Lo que requiere su atención hoy</translation>
        </message>
        <message>
            <source>What to check after a sale</source>
            <translation>Qué revisar después de una venta</translation>
        </message>
        <message>
            <source>Your catalog and its categories</source>
            <translation>Su catálogo y sus categorías</translation>
        </message>
        <message>
            <source>Your customers and end users</source>
            <translation>Sus clientes y usuarios finales</translation>
        </message>
        <message>
            <source>not sent: the mail server needs the password.</source>
            <translation>no enviado: el servidor de correo necesita la contraseña.</translation>
        </message>
        <message>
            <source>{0} failed (see the Outbox)</source>
            <translation>{0} fallidos (vea la bandeja de salida)</translation>
        </message>
        <message>
            <source>{0} follow-ups are due</source>
            <translation>Vencen {0} seguimientos</translation>
        </message>
        <message>
            <source>{0} sent</source>
            <translation>{0} enviados</translation>
        </message>
        <message>
            <source>{0} waiting to be tried again</source>
            <translation>{0} a la espera de un nuevo intento</translation>
        </message>
    </context>
    <context>
        <name>MisuseDialog</name>
        <message>
            <source>&amp;What was seen:</source>
            <translation>Qué se &amp;observó:</translation>
        </message>
        <message>
            <source>A &amp;customer</source>
            <translation>Un &amp;cliente</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Añadir a&amp;rchivos…</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Primero añada en el perfil de la empresa un distribuidor con una dirección de correo electrónico para escalados.</translation>
        </message>
        <message>
            <source>An &amp;order</source>
            <translation>Un &amp;pedido</translation>
        </message>
        <message>
            <source>Build the report and preview the PDF</source>
            <translation>Crear el informe y ver el PDF</translation>
        </message>
        <message>
            <source>Building the report…</source>
            <translation>Creando el informe…</translation>
        </message>
        <message>
            <source>Choose a customer…</source>
            <translation>Elija un cliente…</translation>
        </message>
        <message>
            <source>Choose the customer.</source>
            <translation>Elija el cliente.</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Describe what you saw, in a few sentences.</source>
            <translation>Describa lo que vio en unas pocas frases.</translation>
        </message>
        <message>
            <source>Evi&amp;dence:</source>
            <translation>&amp;Evidencia:</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Archivos de evidencia</translation>
        </message>
        <message>
            <source>It is about:</source>
            <translation>Se refiere a:</translation>
        </message>
        <message>
            <source>Order reference</source>
            <translation>Referencia del pedido</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Report possible misuse</source>
            <translation>Notificar un posible uso indebido</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>Enviar &amp;a:</translation>
        </message>
        <message>
            <source>The report was not built: {0}</source>
            <translation>No se creó el informe: {0}</translation>
        </message>
        <message>
            <source>There is no order {0}: type its reference, or choose the customer instead.</source>
            <translation>No existe el pedido {0}: escriba su referencia o, en su lugar, elija el cliente.</translation>
        </message>
        <message>
            <source>This report is shared with the distributor to solve a problem together, not to blame anyone: not the customer, not your staff. Say plainly what you saw and when; add photos, e-mails or documents if you have them.</source>
            <translation>Este informe se comparte con el distribuidor para resolver juntos un problema, no para culpar a nadie: ni al cliente ni a su personal. Explique con claridad qué vio y cuándo; añada fotos, correos electrónicos o documentos si los tiene.</translation>
        </message>
        <message>
            <source>Type the order reference, or choose the customer instead.</source>
            <translation>Escriba la referencia del pedido o, en su lugar, elija el cliente.</translation>
        </message>
        <message>
            <source>Wh&amp;en:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>What did you see or hear, and where? For example: the cameras we delivered for traffic monitoring are pointed at the entrance of a union office.</source>
            <translation>¿Qué vio u oyó, y dónde? Por ejemplo: las cámaras que entregamos para supervisar el tráfico apuntan a la entrada de la sede de un sindicato.</translation>
        </message>
        <message>
            <source>You see the report as a PDF before anything is sent.</source>
            <translation>Verá el informe en PDF antes de que se envíe nada.</translation>
        </message>
        <message>
            <source>the order reference, e.g. SO-1042</source>
            <translation>la referencia del pedido, p. ej. SO-1042</translation>
        </message>
        <message>
            <source>{role} {party} is on the {list} (entry {entry}: {listed}; matched name {name}, score {score}). The order is blocked and will be declined.</source>
            <translation>{role} {party} figura en la {list} (entrada {entry}: {listed}; nombre coincidente {name}, puntuación {score}). El pedido está bloqueado y se rechazará.</translation>
        </message>
    </context>
    <context>
        <name>NumberDelegate</name>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
    </context>
    <context>
        <name>OAuthSignInBox</name>
        <message>
            <source>&amp;Back to the password</source>
            <translation>Volver a &amp;la contraseña</translation>
        </message>
        <message>
            <source>Client i&amp;d:</source>
            <translation>Id. de clien&amp;te:</translation>
        </message>
        <message>
            <source>E-mail is sent with the password.</source>
            <translation>El correo se envía con la contraseña.</translation>
        </message>
        <message>
            <source>E-mail is sent with the {0} sign-in of {1}.</source>
            <translation>El correo se envía con el inicio de sesión de {0} de {1}.</translation>
        </message>
        <message>
            <source>Enter the user name (the address you sign in with) above first.</source>
            <translation>Escriba primero arriba el nombre de usuario (la dirección con la que inicia sesión).</translation>
        </message>
        <message>
            <source>Microsoft 365, Outlook.com, Gmail and Google Workspace accounts can send with a sign-in in the browser instead of a password (Microsoft is switching SMTP passwords off). The sign-in is kept in your system's password store.</source>
            <translation>Las cuentas de Microsoft 365, Outlook.com, Gmail y Google Workspace pueden enviar iniciando sesión en el navegador en lugar de con una contraseña (Microsoft está desactivando las contraseñas SMTP). El inicio de sesión se guarda en el almacén de contraseñas del sistema.</translation>
        </message>
        <message>
            <source>Not signed in: {0}</source>
            <translation>Sin iniciar sesión: {0}</translation>
        </message>
        <message>
            <source>Result of the sign-in</source>
            <translation>Resultado del inicio de sesión</translation>
        </message>
        <message>
            <source>Si&amp;gn-in provider:</source>
            <translation>Proveedor de ini&amp;cio de sesión:</translation>
        </message>
        <message>
            <source>Sign &amp;in</source>
            <translation>I&amp;niciar sesión</translation>
        </message>
        <message>
            <source>Sign in with Microsoft or Google (OAuth2)</source>
            <translation>Iniciar sesión con Microsoft o Google (OAuth2)</translation>
        </message>
        <message>
            <source>Waiting for the sign-in in the browser…</source>
            <translation>Esperando el inicio de sesión en el navegador…</translation>
        </message>
        <message>
            <source>from your organisation's app registration (see the README)</source>
            <translation>del registro de la aplicación de su organización (vea el README)</translation>
        </message>
        <message>
            <source>{0} is not signed in yet: click Sign in.</source>
            <translation>{0} aún no ha iniciado sesión: pulse Iniciar sesión.</translation>
        </message>
    </context>
    <context>
        <name>OpeningPage</name>
        <message>
            <source>Opening</source>
            <translation>Abriendo</translation>
        </message>
        <message>
            <source>Opening your orders…</source>
            <translation>Abriendo sus pedidos…</translation>
        </message>
    </context>
    <context>
        <name>OrderEditor</name>
        <message>
            <source>&amp;Add product</source>
            <translation>&amp;Añadir producto</translation>
        </message>
        <message>
            <source>&amp;Customer:</source>
            <translation>&amp;Cliente:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Intended use:</source>
            <translation>Uso pre&amp;visto:</translation>
        </message>
        <message>
            <source>&amp;Product:</source>
            <translation>Pr&amp;oducto:</translation>
        </message>
        <message>
            <source>&amp;Save order</source>
            <translation>&amp;Guardar pedido</translation>
        </message>
        <message>
            <source>A freight forwarder, a warehouse or an installer that takes the goods for the customer or end user. It is screened like them, and a high-risk country counts as where the goods go.</source>
            <translation>Un transitario, un almacén o un instalador que recibe la mercancía por cuenta del cliente o del usuario final. Se evalúa como ellos, y un país de alto riesgo cuenta como destino de la mercancía.</translation>
        </message>
        <message>
            <source>Add line without catalo&amp;g entry</source>
            <translation>Añadir línea en &amp;blanco</translation>
        </message>
        <message>
            <source>Cannot screen this yet: {0}</source>
            <translation>Todavía no se puede evaluar: {0}</translation>
        </message>
        <message>
            <source>Choose a customer…</source>
            <translation>Elija un cliente…</translation>
        </message>
        <message>
            <source>Choose the customer, add the products and write down what they are for: the screening appears here as you type.

It looks at four things: the product and what it will be used for, who buys and uses it, where it goes, and what is still unknown. Each warning says why, and what to do about it.</source>
            <translation>Elija el cliente, añada los productos y anote para qué son: la evaluación aparece aquí mientras escribe.

Tiene en cuenta cuatro cosas: el producto y para qué se usará, quién lo compra y lo usa, adónde va y qué se desconoce todavía. Cada aviso explica el motivo y qué hacer.</translation>
        </message>
        <message>
            <source>Choose who receives the goods…</source>
            <translation>Elija quién recibe la mercancía…</translation>
        </message>
        <message>
            <source>Consignee (if another part&amp;y receives the goods)</source>
            <translation>Consignatario (si ha&amp;y otra parte que recibe la mercancía)</translation>
        </message>
        <message>
            <source>Des&amp;tination:</source>
            <translation>Des&amp;tino:</translation>
        </message>
        <message>
            <source>End &amp;user:</source>
            <translation>Usuario fi&amp;nal:</translation>
        </message>
        <message>
            <source>Enter a reference for the order.</source>
            <translation>Introduzca una referencia para el pedido.</translation>
        </message>
        <message>
            <source>In the customer's own words: what will they use it for, where, and who will use it?</source>
            <translation>Con las palabras del propio cliente: ¿para qué lo usará, dónde y quién lo usará?</translation>
        </message>
        <message>
            <source>Ne&amp;w customer…</source>
            <translation>Nuevo cli&amp;ente…</translation>
        </message>
        <message>
            <source>New consignee…</source>
            <translation>Nuevo consignatario…</translation>
        </message>
        <message>
            <source>New end use&amp;r…</source>
            <translation>Nuevo usuar&amp;io final…</translation>
        </message>
        <message>
            <source>No product in the catalog matches “{0}”. Check the SKU or name, add the product under Products, or add a line without a catalog entry and choose its category.</source>
            <translation>Ningún producto del catálogo coincide con «{0}». Compruebe el SKU o el nombre, añada el producto en Productos o añada una línea sin entrada de catálogo y elija su categoría.</translation>
        </message>
        <message>
            <source>Not saved yet: updates as you type</source>
            <translation>Aún sin guardar: se actualiza mientras escribe</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Líneas de pedido</translation>
        </message>
        <message>
            <source>Product from the catalog</source>
            <translation>Producto del catálogo</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>R&amp;eference:</source>
            <translation>&amp;Referencia:</translation>
        </message>
        <message>
            <source>Received &amp;by:</source>
            <translation>Recibido &amp;por:</translation>
        </message>
        <message>
            <source>Remo&amp;ve line</source>
            <translation>&amp;Quitar línea</translation>
        </message>
        <message>
            <source>Risky sales are never left to self-service: they are held for a conversation with the customer.</source>
            <translation>Las ventas de riesgo nunca se dejan al autoservicio: se retienen hasta hablar con el cliente.</translation>
        </message>
        <message>
            <source>Sales &amp;model:</source>
            <translation>&amp;Modelo de venta:</translation>
        </message>
        <message>
            <source>Same as the customer</source>
            <translation>El mismo que el cliente</translation>
        </message>
        <message>
            <source>Same as the end user's country</source>
            <translation>El país del usuario final</translation>
        </message>
        <message>
            <source>Save and screen the order (Ctrl+S)</source>
            <translation>Guardar y evaluar el pedido (Ctrl+S)</translation>
        </message>
        <message>
            <source>Save the order before reviewing its possible matches: the review is about the parties as saved.</source>
            <translation>Guarde el pedido antes de revisar sus posibles coincidencias: la revisión se refiere a las partes tal como están guardadas.</translation>
        </message>
        <message>
            <source>Saved screening, {0}, pack {1} {2}</source>
            <translation>Evaluación guardada, {0}, paquete {1} {2}</translation>
        </message>
        <message>
            <source>The criteria pack does not know this use case, so the screening counts it as missing information.</source>
            <translation>El paquete de criterios no conoce este caso de uso, así que la evaluación lo cuenta como información que falta.</translation>
        </message>
        <message>
            <source>Total: {0}</source>
            <translation>Total: {0}</translation>
        </message>
        <message>
            <source>Type a SKU or part of a product name first, or pick a product from the list.</source>
            <translation>Escriba primero un SKU o parte del nombre de un producto, o elija un producto de la lista.</translation>
        </message>
        <message>
            <source>Type a SKU or product name</source>
            <translation>Escriba un SKU o un nombre de producto</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>Use cases (tick all that app&amp;ly):</source>
            <translation>Casos de &amp;uso (marque todos los que correspondan):</translation>
        </message>
        <message>
            <source>What it is for</source>
            <translation>Para qué es</translation>
        </message>
        <message>
            <source>Who buys it, who uses it, where it goes</source>
            <translation>Quién compra, quién lo usa, adónde va</translation>
        </message>
        <message>
            <source>Who will actually use the products, if not the customer.</source>
            <translation>Quién usará realmente los productos, si no es el cliente.</translation>
        </message>
        <message>
            <source>Write it down as the customer said it. The screening looks for warning signs in these words.</source>
            <translation>Escríbalo tal como lo dijo el cliente. La evaluación busca señales de alerta en estas palabras.</translation>
        </message>
        <message>
            <source>and {0} more</source>
            <translation>y {0} más</translation>
        </message>
        <message>
            <source>{0} (prohibited: cannot be sold for this)</source>
            <translation>{0} (prohibido: no se puede vender para esto)</translation>
        </message>
        <message>
            <source>“{0}” matches several products: {1}. Type more of the SKU or name, or pick one from the list.</source>
            <translation>«{0}» coincide con varios productos: {1}. Escriba más caracteres del SKU o del nombre, o elija uno de la lista.</translation>
        </message>
    </context>
    <context>
        <name>OrderWindow</name>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>&amp;Order and screening</source>
            <translation>&amp;Pedido y evaluación</translation>
        </message>
        <message>
            <source>Chec&amp;klist</source>
            <translation>&amp;Lista de comprobación</translation>
        </message>
        <message>
            <source>Decisio&amp;n</source>
            <translation>&amp;Decisión</translation>
        </message>
        <message>
            <source>Escalation and &amp;follow-ups</source>
            <translation>Escalado y &amp;seguimientos</translation>
        </message>
        <message>
            <source>Fill in the order. The screening on the right explains the risk as you type; saving records it.</source>
            <translation>Rellene el pedido. La evaluación de la derecha explica el riesgo mientras escribe; al guardar, queda registrada.</translation>
        </message>
        <message>
            <source>New order</source>
            <translation>Nuevo pedido</translation>
        </message>
        <message>
            <source>New order {0}</source>
            <translation>Nuevo pedido {0}</translation>
        </message>
        <message>
            <source>Order {0}</source>
            <translation>Pedido {0}</translation>
        </message>
        <message>
            <source>Save the order first.</source>
            <translation>Guarde primero el pedido.</translation>
        </message>
        <message>
            <source>Saved. {0} Answer the checklist, then record a decision.</source>
            <translation>Guardado. {0} Responda la lista de comprobación y después registre una decisión.</translation>
        </message>
        <message>
            <source>This order has changes that are not saved. Save them now?</source>
            <translation>Este pedido tiene cambios sin guardar. ¿Desea guardarlos ahora?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>{0}. {1}</source>
            <translation>{0}. {1}</translation>
        </message>
        <message>
            <source>{0}{1} — Channel Diligence</source>
            <translation>{0}{1} — Channel Diligence</translation>
        </message>
    </context>
    <context>
        <name>OrdersFilterBar</name>
        <message>
            <source>&amp;Destination:</source>
            <translation>&amp;Destino:</translation>
        </message>
        <message>
            <source>&amp;Risk:</source>
            <translation>&amp;Riesgo:</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>All countries</source>
            <translation>Todos los países</translation>
        </message>
        <message>
            <source>All customers</source>
            <translation>Todos los clientes</translation>
        </message>
        <message>
            <source>All risk tiers</source>
            <translation>Todos los niveles de riesgo</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>Cualquier fecha</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Limpiar filtros</translation>
        </message>
        <message>
            <source>C&amp;ustomer:</source>
            <translation>&amp;Cliente:</translation>
        </message>
        <message>
            <source>Find orders by reference, customer or end-user name, or words of the intended use (Ctrl+F)</source>
            <translation>Buscar pedidos por referencia, nombre del cliente o del usuario final, o palabras del uso previsto (Ctrl+F)</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>De&amp;sde:</translation>
        </message>
        <message>
            <source>High or prohibited</source>
            <translation>Alto o prohibido</translation>
        </message>
        <message>
            <source>Needs attention (on hold, blocked, escalated)</source>
            <translation>Requieren atención (retenidos, bloqueados, escalados)</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>Es&amp;tado:</translation>
        </message>
        <message>
            <source>Search reference, customer or intended use</source>
            <translation>Buscar referencia, cliente o uso previsto</translation>
        </message>
        <message>
            <source>Show every order again</source>
            <translation>Mostrar de nuevo todos los pedidos</translation>
        </message>
        <message>
            <source>T&amp;o:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>The risk tier from the screening</source>
            <translation>El nivel de riesgo resultante de la evaluación</translation>
        </message>
        <message>
            <source>Where the order stands: on hold and blocked orders wait for a decision</source>
            <translation>En qué punto está el pedido: los pedidos retenidos y bloqueados esperan una decisión</translation>
        </message>
    </context>
    <context>
        <name>OrdersTableModel</name>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Información</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>OrdersView</name>
        <message>
            <source>&amp;New order</source>
            <translation>&amp;Nuevo pedido</translation>
        </message>
        <message>
            <source>1 order</source>
            <translation>1 pedido</translation>
        </message>
        <message>
            <source>Create an order (Ctrl+N)</source>
            <translation>Crear un pedido (Ctrl+N)</translation>
        </message>
        <message>
            <source>More than {0} orders</source>
            <translation>Más de {0} pedidos</translation>
        </message>
        <message>
            <source>No orders match these filters.</source>
            <translation>Ningún pedido coincide con estos filtros.</translation>
        </message>
        <message>
            <source>No orders yet. Create one with New order (Ctrl+N), or import your orders from a CSV file (File menu).</source>
            <translation>Todavía no hay pedidos. Cree uno con Nuevo pedido (Ctrl+N) o importe sus pedidos desde un archivo CSV (menú Archivo).</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Pedidos</translation>
        </message>
        <message>
            <source>Screen &amp;again</source>
            <translation>Evaluar de nuev&amp;o</translation>
        </message>
        <message>
            <source>Screen all open orders a&amp;gain</source>
            <translation>Evaluar de nuevo todos los pedidos ab&amp;iertos</translation>
        </message>
        <message>
            <source>Screen every order that is not declined again, for example after the catalog learnt product categories that imported orders left blank</source>
            <translation>Evaluar de nuevo cada pedido no rechazado, por ejemplo después de que el catálogo haya recibido las categorías de producto que los pedidos importados dejaron en blanco</translation>
        </message>
        <message>
            <source>Screen the selected orders again with the current catalog and criteria pack</source>
            <translation>Evaluar de nuevo los pedidos seleccionados con el catálogo y el paquete de criterios actuales</translation>
        </message>
        <message>
            <source>{0} match the filters</source>
            <translation>{0} (con los filtros aplicados)</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} pedidos</translation>
        </message>
    </context>
    <context>
        <name>OutboxView</name>
        <message>
            <source>&amp;Retry</source>
            <translation>&amp;Reintentar</translation>
        </message>
        <message>
            <source>&amp;Send now</source>
            <translation>Enviar a&amp;hora</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send: the way out when sending from this app is not set up or fails.</source>
            <translation>Un archivo de correo que su programa de correo abre, listo para enviar: la salida cuando el envío desde esta aplicación no está configurado o falla.</translation>
        </message>
        <message>
            <source>Answer on {0}</source>
            <translation>Respuesta sobre {0}</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Intentos</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Cancelled by {0} on {1}: it is never sent.</source>
            <translation>Cancelado por {0} el {1}: nunca se envía.</translation>
        </message>
        <message>
            <source>Details of the selected message</source>
            <translation>Detalles del mensaje seleccionado</translation>
        </message>
        <message>
            <source>Do not send the selected message</source>
            <translation>No enviar el mensaje seleccionado</translation>
        </message>
        <message>
            <source>Do&amp;n't send</source>
            <translation>&amp;No enviar</translation>
        </message>
        <message>
            <source>Due diligence report</source>
            <translation>Informe de diligencia debida</translation>
        </message>
        <message>
            <source>E-mail sending is not set up yet: packets wait here until you enter your mail server.</source>
            <translation>El envío de correo electrónico aún no está configurado: los expedientes esperan aquí hasta que indique su servidor de correo.</translation>
        </message>
        <message>
            <source>Escalation of {0}</source>
            <translation>Escalado de {0}</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fallido</translation>
        </message>
        <message>
            <source>Message-ID {0}</source>
            <translation>Message-ID {0}</translation>
        </message>
        <message>
            <source>Misuse report {0}</source>
            <translation>Informe de uso indebido {0}</translation>
        </message>
        <message>
            <source>Never send the selected message: it stays listed as cancelled, with who and when</source>
            <translation>No enviar nunca el mensaje seleccionado: queda en la lista como cancelado, con quién y cuándo</translation>
        </message>
        <message>
            <source>Next attempt / sent</source>
            <translation>Próximo intento / envío</translation>
        </message>
        <message>
            <source>Not sent. The reason: {0}</source>
            <translation>No enviado. Motivo: {0}</translation>
        </message>
        <message>
            <source>Open Settin&amp;gs…</source>
            <translation>Abrir confi&amp;guración…</translation>
        </message>
        <message>
            <source>Outbox</source>
            <translation>Bandeja de salida</translation>
        </message>
        <message>
            <source>Packets wait here until the mail server takes them. What cannot be sent now is tried again after 1, 2, 4… minutes, also after a restart; a message is never lost and never sent as a different one.</source>
            <translation>Los expedientes esperan aquí hasta que el servidor de correo los acepta. Lo que no se puede enviar ahora se vuelve a intentar al cabo de 1, 2, 4… minutos, también después de reiniciar; un mensaje nunca se pierde ni se envía como otro distinto.</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>En cola</translation>
        </message>
        <message>
            <source>Retry the selected message</source>
            <translation>Reintentar el mensaje seleccionado</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Guardar como .em&amp;l…</translation>
        </message>
        <message>
            <source>Save the selected message as an e-mail file</source>
            <translation>Guardar el mensaje seleccionado como archivo de correo</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it from there.</source>
            <translation>Guardado {0}. Ábralo en su programa de correo y envíelo desde allí.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Send everything queued now</source>
            <translation>Enviar ahora todo lo que está en cola</translation>
        </message>
        <message>
            <source>Send what is waiting now, without waiting for the next try (every minute)</source>
            <translation>Enviar ahora lo que está en espera, sin esperar al próximo intento (cada minuto)</translation>
        </message>
        <message>
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <source>Sending through {0}, port {1}, as {2}.</source>
            <translation>Envío a través de {0}, puerto {1}, como {2}.</translation>
        </message>
        <message>
            <source>Sending…</source>
            <translation>Enviando…</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Set up e-&amp;mail…</source>
            <translation>Configurar el &amp;correo…</translation>
        </message>
        <message>
            <source>Set up e-mail sending</source>
            <translation>Configurar el envío de correo electrónico</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>The e-mail file was not saved: {0}</source>
            <translation>El archivo de correo no se guardó: {0}</translation>
        </message>
        <message>
            <source>The last attempt did not go through ({0}). Next attempt: {1}.</source>
            <translation>El último intento no se completó ({0}). Próximo intento: {1}.</translation>
        </message>
        <message>
            <source>The server's answer: {0}</source>
            <translation>Respuesta del servidor: {0}</translation>
        </message>
        <message>
            <source>The server's words</source>
            <translation>Respuesta del servidor</translation>
        </message>
        <message>
            <source>This message carries a decision file: save it from the distributor desk (Escalation &gt; Distributor desk…).</source>
            <translation>Este mensaje lleva un archivo de decisión: guárdelo desde la mesa del distribuidor (Escalado &gt; Mesa del distribuidor…).</translation>
        </message>
        <message>
            <source>This message is a daily digest: it has no packet to save as a file.</source>
            <translation>Este mensaje es un resumen diario: no tiene ningún paquete que guardar como archivo.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Try a failed message again, the same message with the same Message-ID</source>
            <translation>Volver a intentar un mensaje fallido: el mismo mensaje con el mismo Message-ID</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>Your mail server (File &gt; Settings)</source>
            <translation>Su servidor de correo (Archivo &gt; Preferencias)</translation>
        </message>
        <message>
            <source>a user</source>
            <translation>un usuario</translation>
        </message>
        <message>
            <source>sent {0}</source>
            <translation>enviado {0}</translation>
        </message>
        <message>
            <source>{0} to {1}: {2}</source>
            <translation>{0} a {1}: {2}</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>&amp;Continue the draft…</source>
            <translation>Continuar el &amp;borrador…</translation>
        </message>
        <message>
            <source>&amp;Edit the policy…</source>
            <translation>&amp;Editar la política…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Write the policy…</source>
            <translation>Re&amp;dactar la política…</translation>
        </message>
        <message>
            <source>A PDF to print, sign or send.</source>
            <translation>Un PDF para imprimir, firmar o enviar.</translation>
        </message>
        <message>
            <source>A web page to publish on your company website.</source>
            <translation>Una página web para publicar en el sitio web de su empresa.</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adoptada</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprobado por</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprobada el</translation>
        </message>
        <message>
            <source>Continue the draft</source>
            <translation>Continuar el borrador</translation>
        </message>
        <message>
            <source>Edit the policy (starts a new draft)</source>
            <translation>Editar la política (se inicia un nuevo borrador)</translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>Exportar &amp;HTML…</translation>
        </message>
        <message>
            <source>Export &amp;text…</source>
            <translation>Exportar &amp;texto…</translation>
        </message>
        <message>
            <source>Export P&amp;DF…</source>
            <translation>Exportar &amp;PDF…</translation>
        </message>
        <message>
            <source>Export the policy as PDF</source>
            <translation>Exportar la política como PDF</translation>
        </message>
        <message>
            <source>Export the policy as a web page</source>
            <translation>Exportar la política como página web</translation>
        </message>
        <message>
            <source>Export the policy as plain text</source>
            <translation>Exportar la política como texto sin formato</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Próxima revisión</translation>
        </message>
        <message>
            <source>No human rights policy is adopted yet. The wizard writes it with you, step by step, in about half an hour; your draft is saved as you type.</source>
            <translation>Todavía no hay ninguna política de derechos humanos adoptada. El asistente la redacta con usted, paso a paso, en una media hora; su borrador se guarda mientras escribe.</translation>
        </message>
        <message>
            <source>No version is adopted yet: this produces the draft, marked DRAFT.</source>
            <translation>Todavía no hay ninguna versión adoptada: así se obtiene el borrador, marcado como BORRADOR.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <source>Not adopted</source>
            <translation>No adoptada</translation>
        </message>
        <message>
            <source>Nothing written yet.</source>
            <translation>Todavía no hay nada redactado.</translation>
        </message>
        <message>
            <source>Open draft</source>
            <translation>Borrador abierto</translation>
        </message>
        <message>
            <source>Paper size for the PDF</source>
            <translation>Tamaño de papel del PDF</translation>
        </message>
        <message>
            <source>Paper: automatic</source>
            <translation>Papel: automático</translation>
        </message>
        <message>
            <source>Paper: {0}</source>
            <translation>Papel: {0}</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Preview of the policy</source>
            <translation>Vista previa de la política</translation>
        </message>
        <message>
            <source>Print the policy</source>
            <translation>Imprimir la política</translation>
        </message>
        <message>
            <source>Print the policy (Ctrl+P)</source>
            <translation>Imprimir la política (Ctrl+P)</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>The policy appears here once you start it.</source>
            <translation>La política aparece aquí en cuanto la empiece.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Version {0} is your company's adopted human rights policy.</source>
            <translation>La versión {0} es la política de derechos humanos adoptada por su empresa.</translation>
        </message>
        <message>
            <source>Version {0}, last saved {1}</source>
            <translation>Versión {0}, guardada por última vez el {1}</translation>
        </message>
        <message>
            <source>Write the policy</source>
            <translation>Redactar la política</translation>
        </message>
        <message>
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
        <message>
            <source>{0}:</source>
            <translation>{0}:</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <source>No orders, answers, follow-ups or messages need you now. Orders that need a decision show up here.</source>
            <translation>Ahora no hay pedidos, respuestas, seguimientos ni mensajes que requieran su atención. Aquí aparecerán los pedidos que necesiten una decisión.</translation>
        </message>
        <message>
            <source>No sanctions list imported: customers are not checked against sanctions lists. Import the lists you must check, or update them from their publishers.</source>
            <translation>No hay ninguna lista de sanciones importada: los clientes no se comprueban con listas de sanciones. Importe las listas que debe comprobar o actualícelas desde sus editores.</translation>
        </message>
        <message>
            <source>Nothing needs your attention today.</source>
            <translation>Hoy no hay nada que requiera su atención.</translation>
        </message>
        <message>
            <source>Open app&amp;rovals</source>
            <translation>Abrir apro&amp;baciones</translation>
        </message>
        <message>
            <source>Open sanctions &amp;lists</source>
            <translation>Abrir &amp;listas de sanciones</translation>
        </message>
        <message>
            <source>Open the &amp;answered order</source>
            <translation>Abrir el pedido &amp;respondido</translation>
        </message>
        <message>
            <source>Open the o&amp;utbox</source>
            <translation>Abrir la bandeja de &amp;salida</translation>
        </message>
        <message>
            <source>Open the polic&amp;y</source>
            <translation>Abrir la p&amp;olítica</translation>
        </message>
        <message>
            <source>Orders by risk tier</source>
            <translation>Pedidos por nivel de riesgo</translation>
        </message>
        <message>
            <source>Review &amp;matches</source>
            <translation>Revisar &amp;coincidencias</translation>
        </message>
        <message>
            <source>Show &amp;blocked orders</source>
            <translation>Mostrar pedidos &amp;bloqueados</translation>
        </message>
        <message>
            <source>Show confirmed ma&amp;tches</source>
            <translation>Mostrar coincidencias con&amp;firmadas</translation>
        </message>
        <message>
            <source>Show es&amp;calated orders</source>
            <translation>Mostrar pedidos es&amp;calados</translation>
        </message>
        <message>
            <source>Show follo&amp;w-ups</source>
            <translation>Mostrar se&amp;guimientos</translation>
        </message>
        <message>
            <source>Show orders on h&amp;old</source>
            <translation>Mostrar pedidos re&amp;tenidos</translation>
        </message>
        <message>
            <source>The customers and orders whose name is on a sanctions list</source>
            <translation>Los clientes y pedidos cuyo nombre figura en una lista de sanciones</translation>
        </message>
        <message>
            <source>The customers and orders whose sanctions check found a possible match</source>
            <translation>Los clientes y pedidos cuya comprobación de sanciones encontró una posible coincidencia</translation>
        </message>
        <message>
            <source>The decisions waiting for your approval</source>
            <translation>Las decisiones pendientes de su aprobación</translation>
        </message>
        <message>
            <source>The follow-ups page</source>
            <translation>La página de seguimientos</translation>
        </message>
        <message>
            <source>The human rights policy window</source>
            <translation>La ventana de la política de derechos humanos</translation>
        </message>
        <message>
            <source>The last 12 months, by order date. Hover over a month for its numbers.</source>
            <translation>Los últimos 12 meses, por fecha de pedido. Pase el ratón por un mes para ver sus cifras.</translation>
        </message>
        <message>
            <source>The order the newest answer is about</source>
            <translation>El pedido al que se refiere la respuesta más reciente</translation>
        </message>
        <message>
            <source>The orders list, filtered to blocked orders</source>
            <translation>La lista de pedidos, filtrada por pedidos bloqueados</translation>
        </message>
        <message>
            <source>The orders list, filtered to orders on hold</source>
            <translation>La lista de pedidos, filtrada por pedidos retenidos</translation>
        </message>
        <message>
            <source>The orders list, filtered to orders waiting for the distributor</source>
            <translation>La lista de pedidos, filtrada por pedidos a la espera del distribuidor</translation>
        </message>
        <message>
            <source>The outbox page, with the server's reasons</source>
            <translation>La página de la bandeja de salida, con los motivos del servidor</translation>
        </message>
        <message>
            <source>The sanctions lists window: import or update them</source>
            <translation>La ventana de listas de sanciones: impórtelas o actualícelas</translation>
        </message>
        <message>
            <source>Today, {0}</source>
            <translation>Hoy, {0}</translation>
        </message>
        <message>
            <source>What needs your attention</source>
            <translation>Lo que requiere su atención</translation>
        </message>
        <message>
            <source>Your company has no human rights policy yet. The policy wizard writes it with you.</source>
            <translation>Su empresa todavía no tiene una política de derechos humanos. El asistente de la política la redacta con usted.</translation>
        </message>
        <message>
            <source>Your human rights policy is adopted. {0}.</source>
            <translation>Su política de derechos humanos está adoptada. {0}.</translation>
        </message>
        <message>
            <source>answer from the distributor in the last {0} days:</source>
            <translation>respuesta del distribuidor en los últimos {0} días:</translation>
        </message>
        <message>
            <source>answers from the distributor in the last {0} days:</source>
            <translation>respuestas del distribuidor en los últimos {0} días:</translation>
        </message>
        <message>
            <source>confirmed sanctions match: the name is on a sanctions list.</source>
            <translation>coincidencia de sanciones confirmada: el nombre figura en una lista de sanciones.</translation>
        </message>
        <message>
            <source>confirmed sanctions matches: the names are on sanctions lists.</source>
            <translation>coincidencias de sanciones confirmadas: los nombres figuran en listas de sanciones.</translation>
        </message>
        <message>
            <source>decision is waiting for your approval.</source>
            <translation>decisión está pendiente de su aprobación.</translation>
        </message>
        <message>
            <source>decisions are waiting for your approval.</source>
            <translation>decisiones están pendientes de su aprobación.</translation>
        </message>
        <message>
            <source>escalation is waiting for the distributor's answer.</source>
            <translation>escalado a la espera de la respuesta del distribuidor.</translation>
        </message>
        <message>
            <source>escalations are waiting for the distributor's answer.</source>
            <translation>escalados a la espera de la respuesta del distribuidor.</translation>
        </message>
        <message>
            <source>follow-up is due today.</source>
            <translation>seguimiento vence hoy.</translation>
        </message>
        <message>
            <source>follow-up is due, and overdue.</source>
            <translation>seguimiento pendiente, y vencido.</translation>
        </message>
        <message>
            <source>follow-ups are due today.</source>
            <translation>seguimientos vencen hoy.</translation>
        </message>
        <message>
            <source>follow-ups are due, {0} of them overdue.</source>
            <translation>seguimientos pendientes, {0} de ellos vencidos.</translation>
        </message>
        <message>
            <source>imported {0}</source>
            <translation>importada el {0}</translation>
        </message>
        <message>
            <source>message in the outbox could not be sent.</source>
            <translation>mensaje de la bandeja de salida no se pudo enviar.</translation>
        </message>
        <message>
            <source>messages in the outbox could not be sent.</source>
            <translation>mensajes de la bandeja de salida no se pudieron enviar.</translation>
        </message>
        <message>
            <source>order is blocked (a prohibited use or a confirmed sanctions match): it can only be declined.</source>
            <translation>pedido está bloqueado (un uso prohibido o una coincidencia confirmada con una lista de sanciones): solo puede rechazarse.</translation>
        </message>
        <message>
            <source>order is on hold, waiting for your decision.</source>
            <translation>pedido retenido, a la espera de su decisión.</translation>
        </message>
        <message>
            <source>orders are blocked (a prohibited use or a confirmed sanctions match): they can only be declined.</source>
            <translation>pedidos están bloqueados (un uso prohibido o una coincidencia confirmada con una lista de sanciones): solo pueden rechazarse.</translation>
        </message>
        <message>
            <source>orders are on hold, waiting for your decision.</source>
            <translation>pedidos retenidos, a la espera de su decisión.</translation>
        </message>
        <message>
            <source>possible sanctions match to review: a customer or an order's party resembles a listed name.</source>
            <translation>posible coincidencia de sanciones por revisar: un cliente o una parte de un pedido se parece a un nombre de las listas.</translation>
        </message>
        <message>
            <source>possible sanctions matches to review: customers or orders' parties resemble listed names.</source>
            <translation>posibles coincidencias de sanciones por revisar: clientes o partes de pedidos se parecen a nombres de las listas.</translation>
        </message>
        <message>
            <source>published {0}</source>
            <translation>publicada el {0}</translation>
        </message>
        <message>
            <source>{0} is {1} days old ({2})</source>
            <translation>{0} tiene {1} días ({2})</translation>
        </message>
        <message>
            <source>{0}. A list older than {1} days misses the parties listed since: update it.</source>
            <translation>{0}. A una lista con más de {1} días le faltan las partes incluidas desde entonces: actualícela.</translation>
        </message>
        <message>
            <source>{0}: check your human rights policy is still right and adopt it again.</source>
            <translation>{0}: compruebe que su política de derechos humanos sigue siendo adecuada y vuelva a adoptarla.</translation>
        </message>
    </context>
    <context>
        <name>PackImportDialog</name>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>A&amp;rchivo:</translation>
        </message>
        <message>
            <source>&amp;Import and keep it (not in use)</source>
            <translation>&amp;Importar y conservarlo (sin usarlo)</translation>
        </message>
        <message>
            <source>&amp;Import and use this pack</source>
            <translation>&amp;Importar y usar este paquete</translation>
        </message>
        <message>
            <source>&amp;Review this pack to use it again</source>
            <translation>Re&amp;visar este paquete para volver a usarlo</translation>
        </message>
        <message>
            <source>A criteria pack holds the rules the screening uses. Your distributor or an industry body may send you an updated one. Check who issued it and what it changes before you import it. Earlier screenings keep the pack they used.</source>
            <translation>Un paquete de criterios contiene las reglas que usa la evaluación. Su distribuidor o una asociación del sector pueden enviarle uno actualizado. Compruebe quién lo ha publicado y qué cambia antes de importarlo. Las evaluaciones anteriores conservan el paquete que usaron.</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <source>Checklist questions</source>
            <translation>Preguntas de la lista de comprobación</translation>
        </message>
        <message>
            <source>Choose a criteria pack</source>
            <translation>Elija un paquete de criterios</translation>
        </message>
        <message>
            <source>Country tiers</source>
            <translation>Niveles de los países</translation>
        </message>
        <message>
            <source>Criteria packs (*.json);;All files (*)</source>
            <translation>Paquetes de criterios (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Customer types</source>
            <translation>Tipos de cliente</translation>
        </message>
        <message>
            <source>Entry</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Government functions</source>
            <translation>Funciones públicas</translation>
        </message>
        <message>
            <source>Import a criteria pack</source>
            <translation>Importar un paquete de criterios</translation>
        </message>
        <message>
            <source>Import criteria pack</source>
            <translation>Importar paquete de criterios</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Información que falta</translation>
        </message>
        <message>
            <source>Negation words</source>
            <translation>Palabras de negación</translation>
        </message>
        <message>
            <source>Pack file</source>
            <translation>Archivo del paquete</translation>
        </message>
        <message>
            <source>Packs &amp;kept in this database (older screenings keep the pack they used):</source>
            <translation>&amp;Paquetes guardados en esta base de datos (las evaluaciones anteriores conservan el paquete que usaron):</translation>
        </message>
        <message>
            <source>Packs kept in this database</source>
            <translation>Paquetes guardados en esta base de datos</translation>
        </message>
        <message>
            <source>Part of the pack</source>
            <translation>Parte del paquete</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Categorías de producto</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <source>SHA-256 {0}</source>
            <translation>SHA-256 {0}</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Salvaguardas</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sectores</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Firma</translation>
        </message>
        <message>
            <source>The pack is checked completely before anything is changed.</source>
            <translation>El paquete se comprueba por completo antes de cambiar nada.</translation>
        </message>
        <message>
            <source>This pack cannot be used. {0}</source>
            <translation>Este paquete no se puede usar. {0}</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>Version {0} of {1}, issued on {2}; imported {3}</source>
            <translation>Versión {0} de {1}, publicada el {2}; importada el {3}</translation>
        </message>
        <message>
            <source>Warning phrases</source>
            <translation>Frases de alerta</translation>
        </message>
        <message>
            <source>Warning: {0}</source>
            <translation>Advertencia: {0}</translation>
        </message>
        <message>
            <source>When orders are held</source>
            <translation>Cuándo se retienen los pedidos</translation>
        </message>
        <message>
            <source>{0}
Pack {1}, version {2}, issued by {3} on {4}.</source>
            <translation>{0}
Paquete {1}, versión {2}, publicado por {3} el {4}.</translation>
        </message>
        <message>
            <source>{0} (in use)</source>
            <translation>{0} (en uso)</translation>
        </message>
        <message>
            <source>{0}; signed by {1} (fingerprint {2})</source>
            <translation>{0}; firmado por {1} (huella {2})</translation>
        </message>
    </context>
    <context>
        <name>PacketDialog</name>
        <message>
            <source>&amp;Back to change it</source>
            <translation>&amp;Volver para cambiarlo</translation>
        </message>
        <message>
            <source>Build and pre&amp;view</source>
            <translation>Crear y &amp;ver</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>PacketPane</name>
        <message>
            <source>Choose a packet in the list, or open one.</source>
            <translation>Elija un paquete de la lista o abra uno.</translation>
        </message>
        <message>
            <source>Its signature was not checked: no key of {0} is pinned.</source>
            <translation>Su firma no se comprobó: no hay ninguna clave de {0} fijada.</translation>
        </message>
        <message>
            <source>Open the PDF in your vie&amp;wer</source>
            <translation>Abrir el PDF en su &amp;visor</translation>
        </message>
        <message>
            <source>Signed by {0} (fingerprint {1}).</source>
            <translation>Firmado por {0} (huella {1}).</translation>
        </message>
        <message>
            <source>{0}, order {1} (packet {2}). {3}</source>
            <translation>{0}, pedido {1} (paquete {2}). {3}</translation>
        </message>
    </context>
    <context>
        <name>PacketPanel</name>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>An e-mail file your mail program opens, ready to send.</source>
            <translation>Un archivo de correo electrónico que su programa de correo abre listo para enviar.</translation>
        </message>
        <message>
            <source>Choose the folder to save the packet in</source>
            <translation>Elija la carpeta donde guardar el expediente</translation>
        </message>
        <message>
            <source>Due diligence report {0}</source>
            <translation>Informe de diligencia debida {0}</translation>
        </message>
        <message>
            <source>E-mail files (*.eml)</source>
            <translation>Archivos de correo electrónico (*.eml)</translation>
        </message>
        <message>
            <source>E-mail sending is not set up in this app yet. Save as .eml…, then open the file in your mail program: it opens as a message to the distributor with every file attached, and you send it from there.</source>
            <translation>El envío de correo aún no está configurado en esta aplicación. Guardar como .eml… y abra el archivo en su programa de correo: se abre como un mensaje al distribuidor con todos los archivos adjuntos, y lo envía desde allí.</translation>
        </message>
        <message>
            <source>Escalation packet {0}</source>
            <translation>Expediente de escalado {0}</translation>
        </message>
        <message>
            <source>Files in the packet</source>
            <translation>Archivos del expediente</translation>
        </message>
        <message>
            <source>Files: {0}. manifest.json holds the SHA-256 of every other file, so the distributor can check that nothing changed.</source>
            <translation>Archivos: {0}. manifest.json contiene el SHA-256 de todos los demás archivos, para que el distribuidor pueda comprobar que no ha cambiado nada.</translation>
        </message>
        <message>
            <source>How to send it</source>
            <translation>Cómo enviarlo</translation>
        </message>
        <message>
            <source>Misuse report {0}</source>
            <translation>Informe de uso indebido {0}</translation>
        </message>
        <message>
            <source>Packet {0} for {1} &lt;{2}&gt;. Check the PDF below: it is what the distributor reads.</source>
            <translation>Expediente {0} para {1} &lt;{2}&gt;. Revise el PDF de abajo: es lo que lee el distribuidor.</translation>
        </message>
        <message>
            <source>Print the PDF of the packet</source>
            <translation>Imprimir el PDF del expediente</translation>
        </message>
        <message>
            <source>Puts the packet in the outbox; it is sent at once, or as soon as the mail server can be reached.</source>
            <translation>Pone el expediente en la bandeja de salida; se envía de inmediato o en cuanto se pueda conectar con el servidor de correo.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Save as &amp;zip…</source>
            <translation>Guardar como &amp;zip…</translation>
        </message>
        <message>
            <source>Save as .em&amp;l…</source>
            <translation>Guardar como .em&amp;l…</translation>
        </message>
        <message>
            <source>Save as an e-mail file</source>
            <translation>Guardar como archivo de correo electrónico</translation>
        </message>
        <message>
            <source>Save as fol&amp;der…</source>
            <translation>Guardar en una &amp;carpeta…</translation>
        </message>
        <message>
            <source>Save the files as a zip archive</source>
            <translation>Guardar los archivos como archivo zip</translation>
        </message>
        <message>
            <source>Save the files in a folder</source>
            <translation>Guardar los archivos en una carpeta</translation>
        </message>
        <message>
            <source>Save the packet</source>
            <translation>Guardar el expediente</translation>
        </message>
        <message>
            <source>Saved the files in {0}.</source>
            <translation>Archivos guardados en {0}.</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>Guardado {0}.</translation>
        </message>
        <message>
            <source>Saved {0}. Open it in your mail program and send it.</source>
            <translation>Guardado {0}. Ábralo en su programa de correo y envíelo.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Send the packet by e-mail</source>
            <translation>Enviar el expediente por correo electrónico</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviada a la impresora.</translation>
        </message>
        <message>
            <source>The PDF has 1 page.</source>
            <translation>El PDF tiene 1 página.</translation>
        </message>
        <message>
            <source>The PDF has {0} pages: scroll to read them all.</source>
            <translation>El PDF tiene {0} páginas: desplácese para leerlas todas.</translation>
        </message>
        <message>
            <source>The PDF was not printed: {0}</source>
            <translation>No se imprimió el PDF: {0}</translation>
        </message>
        <message>
            <source>The packet is in the outbox and is being sent to {0}. The Outbox page shows when the server has taken it.</source>
            <translation>El expediente está en la bandeja de salida y se está enviando a {0}. La página Bandeja de salida muestra cuándo lo ha aceptado el servidor.</translation>
        </message>
        <message>
            <source>The packet is in the outbox. E-mail sending is not set up yet: open File &gt; Settings to enter your mail server, and it goes out.</source>
            <translation>El expediente está en la bandeja de salida. El envío de correo electrónico aún no está configurado: abra Archivo &gt; Preferencias, indique su servidor de correo y se enviará.</translation>
        </message>
        <message>
            <source>The packet was not saved: {0}</source>
            <translation>No se guardó el expediente: {0}</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Archivos zip (*.zip)</translation>
        </message>
    </context>
    <context>
        <name>Packets</name>
        <message>
            <source>Answered</source>
            <translation>Respondido</translation>
        </message>
        <message>
            <source>Built, not sent</source>
            <translation>Creado, sin enviar</translation>
        </message>
        <message>
            <source>In the outbox</source>
            <translation>En la bandeja de salida</translation>
        </message>
        <message>
            <source>Saved to send another way</source>
            <translation>Guardado para enviarlo por otra vía</translation>
        </message>
        <message>
            <source>Sent, waiting for the answer</source>
            <translation>Enviado, a la espera de respuesta</translation>
        </message>
    </context>
    <context>
        <name>PartyCheckDialog</name>
        <message>
            <source>Matched name: {name}; score {score}</source>
            <translation>Nombre coincidente: {name}; puntuación {score}</translation>
        </message>
        <message>
            <source>No listed name resembles this customer.</source>
            <translation>Ningún nombre de las listas se parece a este cliente.</translation>
        </message>
        <message>
            <source>Not checked against the sanctions lists yet: import a list to check every customer.</source>
            <translation>Aún no comprobado con las listas de sanciones: importe una lista para comprobar todos los clientes.</translation>
        </message>
        <message>
            <source>Reviewed by {who}: {verdict}. {reason}</source>
            <translation>Revisado por {who}: {verdict}. {reason}</translation>
        </message>
        <message>
            <source>Sanctions check of {0}</source>
            <translation>Comprobación de sanciones de {0}</translation>
        </message>
        <message>
            <source>not the same party</source>
            <translation>no es la misma parte</translation>
        </message>
        <message>
            <source>the same party (confirmed match)</source>
            <translation>la misma parte (coincidencia confirmada)</translation>
        </message>
        <message>
            <source>{0} (checked on {1})</source>
            <translation>{0} (comprobado el {1})</translation>
        </message>
        <message>
            <source>{source} entry {entry}: {listed}</source>
            <translation>{source}, entrada {entry}: {listed}</translation>
        </message>
    </context>
    <context>
        <name>PartyChecks</name>
        <message>
            <source>Customer {0}</source>
            <translation>Cliente {0}</translation>
        </message>
        <message>
            <source>Order {0} ({1})</source>
            <translation>Pedido {0} ({1})</translation>
        </message>
        <message>
            <source>clear</source>
            <translation>sin coincidencias</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>consignatario</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>cliente</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>usuario final</translation>
        </message>
        <message>
            <source>match</source>
            <translation>coincidencia</translation>
        </message>
        <message>
            <source>not checked</source>
            <translation>sin comprobar</translation>
        </message>
        <message>
            <source>possible match</source>
            <translation>posible coincidencia</translation>
        </message>
    </context>
    <context>
        <name>PartyFindings</name>
        <message>
            <source>Consignee</source>
            <translation>Destinatario</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>EU consolidated financial sanctions list</source>
            <translation>Lista consolidada de sanciones financieras de la UE</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Usuario final</translation>
        </message>
        <message>
            <source>OFAC SDN list</source>
            <translation>Lista SDN de la OFAC</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Lista de sanciones del Reino Unido</translation>
        </message>
        <message>
            <source>UN Security Council Consolidated List</source>
            <translation>Lista consolidada del Consejo de Seguridad de la ONU</translation>
        </message>
    </context>
    <context>
        <name>PartyFindingsBox</name>
        <message>
            <source>Checked against: {0}</source>
            <translation>Comprobado con: {0}</translation>
        </message>
        <message>
            <source>No party resembles a listed entry ({0}).</source>
            <translation>Ninguna parte se parece a una entrada de las listas ({0}).</translation>
        </message>
        <message>
            <source>Restricted-party screening</source>
            <translation>Control de partes restringidas</translation>
        </message>
        <message>
            <source>{list} published {date} (version {version})</source>
            <translation>{list} publicada el {date} (versión {version})</translation>
        </message>
        <message>
            <source>{list}, publication date not stated (version {version})</source>
            <translation>{list}, fecha de publicación no indicada (versión {version})</translation>
        </message>
    </context>
    <context>
        <name>PartyRescreenDialog</name>
        <message>
            <source>A new sanctions list or criteria pack is in use, so every catalog customer and every open order is checked again. You can keep working meanwhile. Cancel keeps the customers' earlier checks.</source>
            <translation>Se usa una nueva lista de sanciones o un nuevo paquete de criterios, así que se vuelven a comprobar todos los clientes del catálogo y todos los pedidos abiertos. Mientras tanto puede seguir trabajando. Cancelar conserva las comprobaciones anteriores de los clientes.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Checked again</source>
            <translation>Comprobado de nuevo</translation>
        </message>
        <message>
            <source>Checking again stopped</source>
            <translation>Nueva comprobación detenida</translation>
        </message>
        <message>
            <source>Checking customers and open orders again…</source>
            <translation>Comprobando de nuevo clientes y pedidos abiertos…</translation>
        </message>
        <message>
            <source>Checking progress</source>
            <translation>Progreso de la comprobación</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Customer or order</source>
            <translation>Cliente o pedido</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Parte</translation>
        </message>
        <message>
            <source>Sanctions lists: checking again</source>
            <translation>Listas de sanciones: nueva comprobación</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>The parties could not be checked again</source>
            <translation>No se pudieron comprobar de nuevo las partes</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué ha cambiado</translation>
        </message>
        <message>
            <source>What changed in the sanctions checks</source>
            <translation>Qué cambió en las comprobaciones de sanciones</translation>
        </message>
        <message>
            <source>match gone</source>
            <translation>coincidencia desaparecida</translation>
        </message>
        <message>
            <source>new match</source>
            <translation>coincidencia nueva</translation>
        </message>
        <message>
            <source>new possible match</source>
            <translation>nueva coincidencia posible</translation>
        </message>
        <message>
            <source>now only a possible match</source>
            <translation>ahora solo una posible coincidencia</translation>
        </message>
        <message>
            <source>{0} of {1} customers and orders</source>
            <translation>{0} de {1} clientes y pedidos</translation>
        </message>
    </context>
    <context>
        <name>PartyReviewDialog</name>
        <message>
            <source>&amp;Not the same party</source>
            <translation>&amp;No es la misma parte</translation>
        </message>
        <message>
            <source>&amp;Reason (required):</source>
            <translation>&amp;Motivo (obligatorio):</translation>
        </message>
        <message>
            <source>&amp;Save the review</source>
            <translation>&amp;Guardar la revisión</translation>
        </message>
        <message>
            <source>&amp;The same party (confirmed match)</source>
            <translation>&amp;Es la misma parte (coincidencia confirmada)</translation>
        </message>
        <message>
            <source>A confirmed match blocks the order: only declining it will remain possible, and the distributor is told through the misuse report.</source>
            <translation>Una coincidencia confirmada bloquea el pedido: solo se podrá rechazarlo, y se informa al distribuidor mediante el informe de uso indebido.</translation>
        </message>
        <message>
            <source>Choose: not the same party, or the same party (a confirmed match).</source>
            <translation>Elija: no es la misma parte, o es la misma parte (una coincidencia confirmada).</translation>
        </message>
        <message>
            <source>Compare the party with the entry on the list. Your answer is recorded with your name and reason, and this pair does not alert again until the party's name or country or the listed entry changes.</source>
            <translation>Compare la parte con la entrada de la lista. Su respuesta se registra con su nombre y su motivo, y esta pareja no vuelve a avisar hasta que cambien el nombre o el país de la parte o la entrada de la lista.</translation>
        </message>
        <message>
            <source>Countries:</source>
            <translation>Países:</translation>
        </message>
        <message>
            <source>Country:</source>
            <translation>País:</translation>
        </message>
        <message>
            <source>Dates of birth:</source>
            <translation>Fechas de nacimiento:</translation>
        </message>
        <message>
            <source>Is this the listed party?</source>
            <translation>¿Es esta la parte de la lista?</translation>
        </message>
        <message>
            <source>Matched name:</source>
            <translation>Nombre coincidente:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Nombres:</translation>
        </message>
        <message>
            <source>Programmes:</source>
            <translation>Programas:</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Remarks:</source>
            <translation>Observaciones:</translation>
        </message>
        <message>
            <source>Review a possible match</source>
            <translation>Revisar una posible coincidencia</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Función:</translation>
        </message>
        <message>
            <source>Say what tells the party apart from the entry, or what confirms it is the same.</source>
            <translation>Diga qué distingue a la parte de la entrada, o qué confirma que es la misma.</translation>
        </message>
        <message>
            <source>Say why in at most {0} characters.</source>
            <translation>Explique el motivo en {0} caracteres como máximo.</translation>
        </message>
        <message>
            <source>Say why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Diga por qué: p. ej. otra fecha de nacimiento, otro país, otro número de registro.</translation>
        </message>
        <message>
            <source>Score:</source>
            <translation>Puntuación:</translation>
        </message>
        <message>
            <source>The party</source>
            <translation>La parte</translation>
        </message>
        <message>
            <source>Why it was found</source>
            <translation>Por qué se encontró</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Por qué:</translation>
        </message>
        <message>
            <source>Why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Por qué: p. ej. otra fecha de nacimiento, otro país, otro número de registro.</translation>
        </message>
        <message>
            <source>Your review</source>
            <translation>Su revisión</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>consignatario</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>cliente</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>usuario final</translation>
        </message>
        <message>
            <source>not given</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <source>{0} entry {1}</source>
            <translation>{0}, entrada {1}</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Enviar</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Cuenta:</translation>
        </message>
        <message>
            <source>Mail server password</source>
            <translation>Contraseña del servidor de correo</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>The password is kept in memory until you quit Channel Diligence; it is not saved anywhere.</source>
            <translation>La contraseña se conserva en memoria hasta que salga de Channel Diligence; no se guarda en ningún sitio.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Página {0} de {1}</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Preparando la vista previa…</translation>
        </message>
        <message>
            <source>Preview of the PDF</source>
            <translation>Vista previa del PDF</translation>
        </message>
        <message>
            <source>The preview could not be shown: {0}</source>
            <translation>No se pudo mostrar la vista previa: {0}</translation>
        </message>
    </context>
    <context>
        <name>PdfPrint</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cannot write {0}: {1}</source>
            <translation>No se puede escribir {0}: {1}</translation>
        </message>
        <message>
            <source>Print preview: {0}</source>
            <translation>Vista previa de impresión: {0}</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Impresión</translation>
        </message>
        <message>
            <source>Printing page {0} of {1}…</source>
            <translation>Imprimiendo la página {0} de {1}…</translation>
        </message>
        <message>
            <source>Printing was cancelled after {0} of {1} pages.</source>
            <translation>Se canceló la impresión después de {0} de {1} páginas.</translation>
        </message>
        <message>
            <source>Printing {0}…</source>
            <translation>Imprimiendo {0}…</translation>
        </message>
        <message>
            <source>The printer could not be opened. Check that it is switched on and chosen in the print dialog.</source>
            <translation>No se pudo abrir la impresora. Compruebe que está encendida y elegida en el diálogo de impresión.</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Active</source>
            <translation>Activa</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactiva</translation>
        </message>
        <message>
            <source>Locked until</source>
            <translation>Bloqueada hasta</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>&amp;Administrator's name:</source>
            <translation>Nombre del &amp;administrador:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de acceso:</translation>
        </message>
        <message>
            <source>&amp;Someone else is the senior approver</source>
            <translation>&amp;Otra persona es quien aprueba al más alto nivel</translation>
        </message>
        <message>
            <source>Administrator's &amp;e-mail:</source>
            <translation>Correo &amp;electrónico del administrador:</translation>
        </message>
        <message>
            <source>App&amp;rover's passphrase again:</source>
            <translation>F&amp;rase de acceso de quien aprueba, otra vez:</translation>
        </message>
        <message>
            <source>Appro&amp;ver's name:</source>
            <translation>Nombre de quien aprueba (&amp;v):</translation>
        </message>
        <message>
            <source>Approver's e-ma&amp;il:</source>
            <translation>Correo electrónico de quien aprueba (&amp;i):</translation>
        </message>
        <message>
            <source>Approver's passp&amp;hrase:</source>
            <translation>Frase de acceso de quien aprueba (&amp;h):</translation>
        </message>
        <message>
            <source>At least 10 characters; a few words are easy to remember. Nobody can read it later, not even an administrator.</source>
            <translation>Al menos 10 caracteres; unas pocas palabras son fáciles de recordar. Nadie puede leerla después, ni siquiera un administrador.</translation>
        </message>
        <message>
            <source>Leave the passphrase empty to skip this for now.</source>
            <translation>Deje la frase de acceso vacía para omitir este paso por ahora.</translation>
        </message>
        <message>
            <source>Passphrase a&amp;gain:</source>
            <translation>Frase de acceso otra ve&amp;z:</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Recommended: decisions are recorded in each person's name, and the senior approver confirms approvals with their own passphrase.</source>
            <translation>Recomendado: las decisiones se registran a nombre de cada persona, y quien aprueba al más alto nivel confirma las aprobaciones con su propia frase de acceso.</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Las dos frases de acceso son distintas: escriba la misma dos veces.</translation>
        </message>
    </context>
    <context>
        <name>PeopleWindow</name>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Añadir persona…</translation>
        </message>
        <message>
            <source>&amp;Deactivate</source>
            <translation>&amp;Desactivar</translation>
        </message>
        <message>
            <source>Change &amp;role</source>
            <translation>Cambiar &amp;rol</translation>
        </message>
        <message>
            <source>Managing people needs the role administrator; {0} has the role {1}. You can look at the list; an administrator makes the changes.</source>
            <translation>Gestionar personas requiere el rol administrador; {0} tiene el rol {1}. Puede consultar la lista; los cambios los hace un administrador.</translation>
        </message>
        <message>
            <source>New role</source>
            <translation>Nuevo rol</translation>
        </message>
        <message>
            <source>Nobody is in the list yet: everything is recorded under this computer's login. Add the first person, the administrator, to record who does what.</source>
            <translation>Todavía no hay nadie en la lista: todo se registra con el usuario de este ordenador. Añada la primera persona, el administrador, para registrar quién hace qué.</translation>
        </message>
        <message>
            <source>Nobody is signed in: sign in as an administrator to change the list (Switch person in the status bar).</source>
            <translation>Nadie ha iniciado sesión: inicie sesión como administrador para cambiar la lista (Cambiar de persona en la barra de estado).</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>R&amp;eactivate</source>
            <translation>R&amp;eactivar</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>R&amp;ol:</translation>
        </message>
        <message>
            <source>Reset &amp;passphrase…</source>
            <translation>Restablecer &amp;frase de acceso…</translation>
        </message>
        <message>
            <source>You are working as {0}, administrator: you can add people, change roles, deactivate people and reset passphrases.</source>
            <translation>Está trabajando como {0}, administrador: puede añadir personas, cambiar roles, desactivar personas y restablecer frases de acceso.</translation>
        </message>
        <message>
            <source>{0} &lt;{1}&gt; was added as {2}.</source>
            <translation>Se ha añadido a {0} &lt;{1}&gt; como {2}.</translation>
        </message>
        <message>
            <source>{0} has a new passphrase: tell it to them.</source>
            <translation>{0} tiene una nueva frase de acceso: comuníquesela.</translation>
        </message>
        <message>
            <source>{0} is active again.</source>
            <translation>{0} vuelve a estar activa.</translation>
        </message>
        <message>
            <source>{0} is no longer active: they cannot sign in or act; what they did keeps their name.</source>
            <translation>{0} ya no está activa: no puede iniciar sesión ni actuar; lo que hizo conserva su nombre.</translation>
        </message>
        <message>
            <source>{0} now has the role {1}.</source>
            <translation>{0} tiene ahora el rol {1}.</translation>
        </message>
    </context>
    <context>
        <name>PolicyReminder</name>
        <message>
            <source>Adopted</source>
            <translation>Adoptada</translation>
        </message>
        <message>
            <source>Next review in {0} days</source>
            <translation>Próxima revisión dentro de {0} días</translation>
        </message>
        <message>
            <source>No policy adopted</source>
            <translation>Ninguna política adoptada</translation>
        </message>
        <message>
            <source>Review due in {0} days</source>
            <translation>La revisión vence dentro de {0} días</translation>
        </message>
        <message>
            <source>Review due today</source>
            <translation>La revisión vence hoy</translation>
        </message>
        <message>
            <source>Review due tomorrow</source>
            <translation>La revisión vence mañana</translation>
        </message>
        <message>
            <source>Review overdue by 1 day</source>
            <translation>Revisión vencida hace 1 día</translation>
        </message>
        <message>
            <source>Review overdue by {0} days</source>
            <translation>Revisión vencida hace {0} días</translation>
        </message>
        <message>
            <source>The yearly review of your human rights policy is due (review date {0}). Open it from the Policy menu, check it is still right and adopt it again.</source>
            <translation>Toca la revisión anual de su política de derechos humanos (fecha de revisión: {0}). Ábrala desde el menú Política, compruebe que sigue siendo adecuada y vuelva a adoptarla.</translation>
        </message>
        <message>
            <source>Your company has no human rights policy yet. The UN Guiding Principles expect one; the policy wizard writes it with you in about half an hour (Policy menu).</source>
            <translation>Su empresa todavía no tiene una política de derechos humanos. Los Principios Rectores de la ONU esperan que la tenga; el asistente de la política la redacta con usted en una media hora (menú Política).</translation>
        </message>
    </context>
    <context>
        <name>PolicyReminderBar</name>
        <message>
            <source>Open the human rights policy</source>
            <translation>Abrir la política de derechos humanos</translation>
        </message>
        <message>
            <source>Open the policy…</source>
            <translation>Abrir la política…</translation>
        </message>
    </context>
    <context>
        <name>PolicyWindow</name>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>&amp;Versions</source>
            <translation>&amp;Versiones</translation>
        </message>
        <message>
            <source>Co&amp;mmunication</source>
            <translation>&amp;Comunicación</translation>
        </message>
        <message>
            <source>Export the policy as {0}</source>
            <translation>Exportar la política como {0}</translation>
        </message>
        <message>
            <source>Human rights policy</source>
            <translation>Política de derechos humanos</translation>
        </message>
        <message>
            <source>Human rights policy — Channel Diligence</source>
            <translation>Política de derechos humanos — Channel Diligence</translation>
        </message>
        <message>
            <source>Human rights policy, version {0}</source>
            <translation>Política de derechos humanos, versión {0}</translation>
        </message>
        <message>
            <source>It is the draft, marked DRAFT: adopt the policy before you publish it.</source>
            <translation>Es el borrador, marcado como BORRADOR: adopte la política antes de publicarla.</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documentos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {0}.</source>
            <translation>Guardado {0}.</translation>
        </message>
        <message>
            <source>Sent to the printer.</source>
            <translation>Enviada a la impresora.</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Archivos de texto (*.txt)</translation>
        </message>
        <message>
            <source>The policy could not be exported: {0}</source>
            <translation>No se pudo exportar la política: {0}</translation>
        </message>
        <message>
            <source>The policy was not printed: {0}</source>
            <translation>No se imprimió la política: {0}</translation>
        </message>
        <message>
            <source>There is nothing to export yet: write the policy first.</source>
            <translation>Todavía no hay nada que exportar: redacte primero la política.</translation>
        </message>
        <message>
            <source>Version {0} is adopted. Next: print or publish it, and record to whom you sent it (Communication).</source>
            <translation>La versión {0} está adoptada. Ahora: imprímala o publíquela y registre a quién la ha enviado (Comunicación).</translation>
        </message>
        <message>
            <source>Web pages (*.html *.htm)</source>
            <translation>Páginas web (*.html *.htm)</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Escribiendo {0}…</translation>
        </message>
    </context>
    <context>
        <name>PolicyWizard</name>
        <message>
            <source>&amp;Adopt</source>
            <translation>A&amp;doptar</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Siguiente &gt;</translation>
        </message>
        <message>
            <source>&amp;Save and close</source>
            <translation>&amp;Guardar y cerrar</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(opcional)</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atrás</translation>
        </message>
        <message>
            <source>Adopt the policy as approved by the senior person named on this page.</source>
            <translation>Adoptar la política como aprobada por la persona de mayor rango indicada en esta página.</translation>
        </message>
        <message>
            <source>Adopting the policy needs the senior approver's confirmation: choose the approver, and let them type their own passphrase.</source>
            <translation>Adoptar la política necesita la confirmación de quien aprueba al más alto nivel: elíjalo y deje que escriba su propia frase de acceso.</translation>
        </message>
        <message>
            <source>Draft saved {0}.</source>
            <translation>Borrador guardado {0}.</translation>
        </message>
        <message>
            <source>Enter the approver's job title, for example Managing Director.</source>
            <translation>Introduzca el cargo de quien aprueba, por ejemplo Director general.</translation>
        </message>
        <message>
            <source>Enter the name of the senior person who approves the policy: the owner, managing director or a board member.</source>
            <translation>Introduzca el nombre de la persona de mayor rango que aprueba la política: el propietario, el director general o un miembro del consejo de administración.</translation>
        </message>
        <message>
            <source>For example: {0}</source>
            <translation>Por ejemplo: {0}</translation>
        </message>
        <message>
            <source>Human rights policy — version {0} (draft)</source>
            <translation>Política de derechos humanos — versión {0} (borrador)</translation>
        </message>
        <message>
            <source>Not saved: {0}</source>
            <translation>No guardado: {0}</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>One per line, for example: {0}</source>
            <translation>Uno por línea, por ejemplo: {0}</translation>
        </message>
        <message>
            <source>Saved, except {0}: shorten the text to save it.</source>
            <translation>Guardado, excepto {0}: acorte el texto para guardarlo.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Step {0} of {1}</source>
            <translation>Paso {0} de {1}</translation>
        </message>
        <message>
            <source>Step {0} of {1}: the senior approver adopts the policy</source>
            <translation>Paso {0} de {1}: el responsable de aprobación adopta la política</translation>
        </message>
        <message>
            <source>Your draft is saved as you type; you can continue it later.</source>
            <translation>Su borrador se guarda mientras escribe; puede continuarlo más tarde.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;SKU:</source>
            <translation>&amp;SKU:</translation>
        </message>
        <message>
            <source>&amp;Vendor:</source>
            <translation>&amp;Fabricante:</translation>
        </message>
        <message>
            <source>Enter the product's SKU.</source>
            <translation>Introduzca el SKU del producto.</translation>
        </message>
        <message>
            <source>Enter the product's name.</source>
            <translation>Introduzca el nombre del producto.</translation>
        </message>
        <message>
            <source>Risk &amp;category:</source>
            <translation>&amp;Categoría de riesgo:</translation>
        </message>
        <message>
            <source>The category says what the product can do. Surveillance-capable products (cameras, biometrics, analytics, network monitoring) are screened more closely.</source>
            <translation>La categoría indica lo que puede hacer el producto. Los productos que permiten la vigilancia (cámaras, biometría, analítica, supervisión de red) se evalúan con más detenimiento.</translation>
        </message>
    </context>
    <context>
        <name>ProductsView</name>
        <message>
            <source>&amp;New product…</source>
            <translation>&amp;Nuevo producto…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Productos</translation>
        </message>
        <message>
            <source>Risk category</source>
            <translation>Categoría de riesgo</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Fabricante</translation>
        </message>
        <message>
            <source>What you sell. The risk category says what a product can do; surveillance-capable products are screened more closely.</source>
            <translation>Lo que usted vende. La categoría de riesgo indica lo que puede hacer un producto; los productos que permiten la vigilancia se evalúan con más detenimiento.</translation>
        </message>
    </context>
    <context>
        <name>QuestionItem</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;No</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Sí</translation>
        </message>
        <message>
            <source>Not &amp;sure yet</source>
            <translation>&amp;Todavía no lo sé</translation>
        </message>
        <message>
            <source>Note (optional): what the customer told you</source>
            <translation>Nota (opcional): lo que le dijo el cliente</translation>
        </message>
        <message>
            <source>Note for: {0}</source>
            <translation>Nota para: {0}</translation>
        </message>
        <message>
            <source>This answer points to a risk: say in the decision how it is addressed.</source>
            <translation>Esta respuesta indica un riesgo: explique en la decisión cómo se aborda.</translation>
        </message>
    </context>
    <context>
        <name>ReceivedTable</name>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Answer recorded</source>
            <translation>Respuesta registrada</translation>
        </message>
        <message>
            <source>Answered, sending failed</source>
            <translation>Respondido, el envío falló</translation>
        </message>
        <message>
            <source>Answered, sent</source>
            <translation>Respondido, enviado</translation>
        </message>
        <message>
            <source>Answered, waiting to send</source>
            <translation>Respondido, pendiente de envío</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>Received packets</source>
            <translation>Paquetes recibidos</translation>
        </message>
        <message>
            <source>Reseller</source>
            <translation>Revendedor</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>En espera</translation>
        </message>
        <message>
            <source>{0} ({1})</source>
            <translation>{0} ({1})</translation>
        </message>
    </context>
    <context>
        <name>ReminderTray</name>
        <message>
            <source>&amp;Open Channel Diligence</source>
            <translation>&amp;Abrir Channel Diligence</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>All reminders…</source>
            <translation>Todos los recordatorios…</translation>
        </message>
        <message>
            <source>Channel Diligence</source>
            <translation>Channel Diligence</translation>
        </message>
        <message>
            <source>Channel Diligence: nothing is due</source>
            <translation>Channel Diligence: no hay nada pendiente</translation>
        </message>
        <message>
            <source>Channel Diligence: {0} reminders</source>
            <translation>Channel Diligence: {0} recordatorios</translation>
        </message>
        <message>
            <source>No system tray here: reminders are not notified, and closing the window quits the app.</source>
            <translation>Sin bandeja del sistema: no hay avisos de recordatorios y cerrar la ventana cierra la aplicación.</translation>
        </message>
        <message>
            <source>Nothing is due</source>
            <translation>No hay nada pendiente</translation>
        </message>
        <message>
            <source>Still running in the tray: reminders keep coming. Quit from the tray icon's menu.</source>
            <translation>Sigue en ejecución en la bandeja del sistema: los recordatorios seguirán llegando. Salga desde el menú del icono de la bandeja.</translation>
        </message>
    </context>
    <context>
        <name>RemindersSettingsBox</name>
        <message>
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <source>Remind of an order &amp;held for more than:</source>
            <translation>Recordar un pedido &amp;retenido durante más de:</translation>
        </message>
        <message>
            <source>Remind when the criteria &amp;pack is older than:</source>
            <translation>Recordar cuando el &amp;paquete de criterios tenga más de:</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Recordatorios</translation>
        </message>
        <message>
            <source>Reminders also name follow-ups that are due, e-mails that could not be sent, answers from the distributor and the policy's yearly review. The age at which a sanctions list reminds is set in the Sanctions lists box.</source>
            <translation>Los recordatorios también indican los seguimientos pendientes, los correos que no se pudieron enviar, las respuestas del distribuidor y la revisión anual de la política. La antigüedad a partir de la cual una lista de sanciones genera un recordatorio se fija en el apartado Listas de sanciones.</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>&amp;Include names of customers and people</source>
            <translation>&amp;Incluir los nombres de clientes y personas</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Trimestre:</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Primero añada en el perfil de la empresa un distribuidor con una dirección de correo electrónico para escalados.</translation>
        </message>
        <message>
            <source>Build the report and preview the PDF</source>
            <translation>Crear el informe y ver el PDF</translation>
        </message>
        <message>
            <source>Choose the quarter.</source>
            <translation>Elija el trimestre.</translation>
        </message>
        <message>
            <source>Counting the quarter and building the report…</source>
            <translation>Contando el trimestre y preparando el informe…</translation>
        </message>
        <message>
            <source>Due diligence report</source>
            <translation>Informe de diligencia debida</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>Nombres:</translation>
        </message>
        <message>
            <source>Q{0} {1}</source>
            <translation>{0}.º trimestre de {1}</translation>
        </message>
        <message>
            <source>Report already sent</source>
            <translation>Informe ya enviado</translation>
        </message>
        <message>
            <source>Send &amp;to:</source>
            <translation>Enviar &amp;a:</translation>
        </message>
        <message>
            <source>The report was not built: {0}</source>
            <translation>No se creó el informe: {0}</translation>
        </message>
        <message>
            <source>The {0} report was already sent or saved for {1}: building it again makes a new one.</source>
            <translation>El informe de {0} ya se envió o guardó para {1}: prepararlo de nuevo crea uno nuevo.</translation>
        </message>
        <message>
            <source>What you screened in a quarter, for your distributor: orders by risk tier, product category and destination, what was held, declined and escalated, follow-ups, your policy and the criteria pack and lists you used. The guidance asks resellers to share this up the chain regularly.</source>
            <translation>Lo que revisó en un trimestre, para su distribuidor: pedidos por nivel de riesgo, categoría de producto y destino, lo retenido, rechazado y escalado, los seguimientos, su política y el paquete de criterios y las listas que usó. La guía pide a los revendedores compartir esto regularmente con la cadena de suministro.</translation>
        </message>
        <message>
            <source>You see the report as a PDF before anything is sent. Without the tick, it names no customers and no people: only counts.</source>
            <translation>Verá el informe en PDF antes de que se envíe nada. Sin la marca, no nombra clientes ni personas: solo cifras.</translation>
        </message>
        <message>
            <source>{0} (under way)</source>
            <translation>{0} (en curso)</translation>
        </message>
    </context>
    <context>
        <name>RequirementRow</name>
        <message>
            <source>({0}) {1}</source>
            <translation>({0}) {1}</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Cumplido</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Falta</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <source>met</source>
            <translation>cumplido</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>ready</source>
            <translation>listo</translation>
        </message>
        <message>
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>RequirementsPanel</name>
        <message>
            <source>Draft saved</source>
            <translation>Borrador guardado</translation>
        </message>
        <message>
            <source>Met once the adopted policy is recorded as sent or shown to staff or partners (the Communication tab of the policy window).</source>
            <translation>Se cumple cuando se registre que la política adoptada se envió o mostró al personal o a los socios (pestaña Comunicación de la ventana de la política).</translation>
        </message>
        <message>
            <source>Met when the policy is adopted on the last page.</source>
            <translation>Se cumple cuando se adopta la política en la última página.</translation>
        </message>
        <message>
            <source>Principle 16 checklist</source>
            <translation>Lista de comprobación del Principio 16</translation>
        </message>
        <message>
            <source>Principle 16 of the UN Guiding Principles lists five elements, (a) to (e), of a human rights policy statement.</source>
            <translation>El Principio 16 de los Principios Rectores de la ONU enumera cinco elementos, de a) a e), de una declaración de política de derechos humanos.</translation>
        </message>
        <message>
            <source>{0} of {1} met</source>
            <translation>{0} de {1} cumplidos</translation>
        </message>
    </context>
    <context>
        <name>RescreenDialog</name>
        <message>
            <source>&amp;Screen again</source>
            <translation>&amp;Evaluar de nuevo</translation>
        </message>
        <message>
            <source>1 changed (listed below).</source>
            <translation>1 ha cambiado (se indica abajo).</translation>
        </message>
        <message>
            <source>1 order screened again.</source>
            <translation>1 pedido evaluado de nuevo.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Each order is screened with the criteria pack in use and what the catalog knows now: product categories and customer types the order left blank are filled in from the catalog. The earlier screening stays in the order's history, with an entry saying what changed. A decision that no longer fits the new screening no longer applies, as after an edit.</source>
            <translation>Cada pedido se evalúa con el paquete de criterios en uso y con lo que el catálogo sabe ahora: las categorías de producto y los tipos de cliente que el pedido dejó en blanco se completan desde el catálogo. La evaluación anterior queda en el historial del pedido, con una entrada que indica qué cambió. Una decisión que ya no corresponde a la nueva evaluación deja de ser válida, como tras una modificación.</translation>
        </message>
        <message>
            <source>Every order that is not declined is screened again.</source>
            <translation>Se evalúa de nuevo cada pedido que no esté rechazado.</translation>
        </message>
        <message>
            <source>No screening result changed.</source>
            <translation>Ningún resultado de la evaluación ha cambiado.</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Orders whose screening changed</source>
            <translation>Pedidos cuya evaluación ha cambiado</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>Screen all open orders again</source>
            <translation>Evaluar de nuevo todos los pedidos abiertos</translation>
        </message>
        <message>
            <source>Screen orders again</source>
            <translation>Evaluar pedidos de nuevo</translation>
        </message>
        <message>
            <source>Screen the selected order again</source>
            <translation>Evaluar de nuevo el pedido seleccionado</translation>
        </message>
        <message>
            <source>Screen {0} selected orders again</source>
            <translation>Evaluar de nuevo {0} pedidos seleccionados</translation>
        </message>
        <message>
            <source>Screened again</source>
            <translation>Evaluados de nuevo</translation>
        </message>
        <message>
            <source>Screening again stopped</source>
            <translation>Nueva evaluación detenida</translation>
        </message>
        <message>
            <source>Screening again…</source>
            <translation>Evaluando de nuevo…</translation>
        </message>
        <message>
            <source>Screening progress</source>
            <translation>Progreso de la evaluación</translation>
        </message>
        <message>
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <source>The orders could not be screened again</source>
            <translation>No se pudieron evaluar de nuevo los pedidos</translation>
        </message>
        <message>
            <source>The other orders were not screened again.</source>
            <translation>Los demás pedidos no se evaluaron de nuevo.</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué ha cambiado</translation>
        </message>
        <message>
            <source>You can cancel at any time: the orders screened so far keep their new screening.</source>
            <translation>Puede cancelar en cualquier momento: los pedidos ya evaluados conservan su nueva evaluación.</translation>
        </message>
        <message>
            <source>new warnings: {0}</source>
            <translation>avisos nuevos: {0}</translation>
        </message>
        <message>
            <source>no longer on hold</source>
            <translation>ya no está retenido</translation>
        </message>
        <message>
            <source>now on hold</source>
            <translation>ahora retenido</translation>
        </message>
        <message>
            <source>screened with the current pack, same result</source>
            <translation>evaluado con el paquete actual, mismo resultado</translation>
        </message>
        <message>
            <source>the earlier decision no longer applies</source>
            <translation>la decisión anterior ya no es válida</translation>
        </message>
        <message>
            <source>warnings gone: {0}</source>
            <translation>avisos que desaparecen: {0}</translation>
        </message>
        <message>
            <source>{0} changed (listed below).</source>
            <translation>{0} han cambiado (se indican abajo).</translation>
        </message>
        <message>
            <source>{0} of {1} orders</source>
            <translation>{0} de {1} pedidos</translation>
        </message>
        <message>
            <source>{0} orders screened again.</source>
            <translation>{0} pedidos evaluados de nuevo.</translation>
        </message>
        <message>
            <source>{0} → {1}</source>
            <translation>{0} → {1}</translation>
        </message>
    </context>
    <context>
        <name>ResetPassphraseDialog</name>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase de acceso:</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Restablecer</translation>
        </message>
        <message>
            <source>A new passphrase for {0} &lt;{1}&gt;: the old one stops working, and a lock after wrong passphrases is lifted.</source>
            <translation>Una nueva frase de acceso para {0} &lt;{1}&gt;: la anterior deja de funcionar y se levanta el bloqueo por frases de acceso incorrectas.</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de acceso</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Nueva frase de acceso otra vez</translation>
        </message>
        <message>
            <source>Reset passphrase</source>
            <translation>Restablecer la frase de acceso</translation>
        </message>
        <message>
            <source>The same a&amp;gain:</source>
            <translation>La misma &amp;otra vez:</translation>
        </message>
        <message>
            <source>The two passphrases differ: type the same one twice.</source>
            <translation>Las dos frases de acceso son distintas: escriba la misma dos veces.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>A copy of the database is made every day you use the app and kept for 14 days, in {0}. Restoring replaces all current data with the copy; the data as it is now is copied aside first, so a restore can itself be undone.</source>
            <translation>Cada día que usa la aplicación se hace una copia de la base de datos, que se conserva 14 días en {0}. Al restaurar, todos los datos actuales se sustituyen por la copia; antes se guarda aparte una copia de los datos tal como están, de modo que la propia restauración se puede deshacer.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>Channel Diligence backups (*.sqlite3 *.db);;All files (*)</source>
            <translation>Copias de seguridad de Channel Diligence (*.sqlite3 *.db);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Checking and restoring {0}…</source>
            <translation>Comprobando y restaurando {0}…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Nothing was restored: close the open windows first.</source>
            <translation>No se restauró nada: cierre primero las ventanas abiertas.</translation>
        </message>
        <message>
            <source>Nothing was restored: {0}</source>
            <translation>No se restauró nada: {0}</translation>
        </message>
        <message>
            <source>Replace all current data with the backup {0}?

The data as it is now is copied aside first. Open order and policy windows are closed, and the app then opens the restored data.</source>
            <translation>¿Sustituir todos los datos actuales por la copia de seguridad {0}?

Antes se guarda aparte una copia de los datos tal como están. Se cierran las ventanas de pedidos y de política abiertas, y después la aplicación abre los datos restaurados.</translation>
        </message>
        <message>
            <source>Restore from a &amp;file…</source>
            <translation>Restaurar desde un &amp;archivo…</translation>
        </message>
        <message>
            <source>Restore from a file</source>
            <translation>Restaurar desde un archivo</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Restaurar copia de seguridad</translation>
        </message>
        <message>
            <source>Restored from {0}. The data as it was before is kept in {1}. Close this window: the app opens the restored data.</source>
            <translation>Restaurado desde {0}. Los datos tal como estaban antes se conservan en {1}. Cierre esta ventana: la aplicación abrirá los datos restaurados.</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>There are no backups yet: File &gt; Back up now makes one.</source>
            <translation>Todavía no hay copias de seguridad: Archivo &gt; Hacer copia de seguridad ahora crea una.</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>copia de seguridad</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>antes de una restauración</translation>
        </message>
    </context>
    <context>
        <name>ScreeningPanel</name>
        <message>
            <source>Add a customer, a product and the intended use to see the screening.</source>
            <translation>Añada un cliente, un producto y el uso previsto para ver la evaluación.</translation>
        </message>
        <message>
            <source>Blocked: {0}</source>
            <translation>Bloqueado: {0}</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
        <message>
            <source>Nothing in this order raises a concern.</source>
            <translation>Nada en este pedido es motivo de preocupación.</translation>
        </message>
        <message>
            <source>On hold: {0}</source>
            <translation>Retenido: {0}</translation>
        </message>
        <message>
            <source>Review the possible match with {0} entry {1}</source>
            <translation>Revisar la posible coincidencia con la entrada {1} de {0}</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Revisar…</translation>
        </message>
        <message>
            <source>Screening</source>
            <translation>Evaluación</translation>
        </message>
        <message>
            <source>Screening result</source>
            <translation>Resultado de la evaluación</translation>
        </message>
        <message>
            <source>The products, their use and the destination raise no special risk, but a party of the order resembles a name on a sanctions list: see below.</source>
            <translation>Los productos, su uso y el destino no presentan un riesgo especial, pero una parte del pedido se parece a un nombre de una lista de sanciones: véase abajo.</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>SectionPage</name>
        <message>
            <source>Nothing to fill in here: this section of the policy is standard text. Read it in the preview of the draft.</source>
            <translation>Aquí no hay nada que rellenar: esta sección de la política es texto estándar. Léala en la vista previa del borrador.</translation>
        </message>
        <message>
            <source>Press Enter to start the next item.</source>
            <translation>Pulse Intro para empezar el siguiente elemento.</translation>
        </message>
    </context>
    <context>
        <name>Services</name>
        <message>
            <source> inside {element}</source>
            <translation> dentro de {element}</translation>
        </message>
        <message>
            <source>"{text}" is not a period: write a quarter like 2026Q4, a month like 2026-11 or a year like 2026.</source>
            <translation>«{text}» no es un periodo: escriba un trimestre como 2026Q4, un mes como 2026-11 o un año como 2026.</translation>
        </message>
        <message>
            <source>'{address}' is not a web address: it starts with https:// and names the publisher's server.</source>
            <translation>'{address}' no es una dirección web: empieza por https:// y nombra el servidor del editor de la lista.</translation>
        </message>
        <message>
            <source>'{address}' is not an e-mail address.</source>
            <translation>«{address}» no es una dirección de correo electrónico.</translation>
        </message>
        <message>
            <source>'{country}' is not an ISO 3166-1 country code.</source>
            <translation>«{country}» no es un código de país ISO 3166-1.</translation>
        </message>
        <message>
            <source>'{outcome}' is not a decision.</source>
            <translation>«{outcome}» no es una decisión.</translation>
        </message>
        <message>
            <source>'{text}' is not a number</source>
            <translation>«{text}» no es un número</translation>
        </message>
        <message>
            <source>'{value}' is no date order: day first is 'dmy', month first 'mdy'.</source>
            <translation>'{value}' no es un orden de fechas: día primero es 'dmy', mes primero 'mdy'.</translation>
        </message>
        <message>
            <source>'{value}' is no sales model: an order taken by a salesperson is 'assisted', one placed in a webshop 'self_service'.</source>
            <translation>«{value}» no es un modelo de venta: un pedido tomado por un vendedor es «assisted», uno hecho en una tienda web «self_service».</translation>
        </message>
        <message>
            <source>'{value}' is not a customer type of the criteria pack in use; choose one of: {types}.</source>
            <translation>'{value}' no es un tipo de cliente del paquete de criterios en uso; elija uno de: {types}.</translation>
        </message>
        <message>
            <source>'{value}' is not a date: enter it as YYYY-MM-DD.</source>
            <translation>«{value}» no es una fecha: introdúzcala como AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>'{value}' is not an ISO 3166-1 alpha-2 country code</source>
            <translation>«{value}» no es un código de país ISO 3166-1 alfa-2</translation>
        </message>
        <message>
            <source>(The server said: {reason})</source>
            <translation>(El servidor respondió: {reason})</translation>
        </message>
        <message>
            <source>1 change compared with the pack in use:</source>
            <translation>1 cambio respecto al paquete en uso:</translation>
        </message>
        <message>
            <source>1 match gone</source>
            <translation>1 coincidencia desaparecida</translation>
        </message>
        <message>
            <source>1 match now only possible</source>
            <translation>1 coincidencia ahora solo posible</translation>
        </message>
        <message>
            <source>1 new match</source>
            <translation>1 coincidencia nueva</translation>
        </message>
        <message>
            <source>1 new possible match</source>
            <translation>1 nueva coincidencia posible</translation>
        </message>
        <message>
            <source>A catalog customer is reviewed as the customer.</source>
            <translation>Un cliente del catálogo se revisa como cliente.</translation>
        </message>
        <message>
            <source>A different pack with the same id and version ({pack} {version}) is already installed. Ask its issuer for a new version number. Nothing was imported.</source>
            <translation>Ya está instalado otro paquete con el mismo identificador y la misma versión ({pack} {version}). Pida a quien lo publicó un nuevo número de versión. No se importó nada.</translation>
        </message>
        <message>
            <source>A follow-up is due today: order {refs}.</source>
            <translation>Hay un seguimiento para hoy: pedido {refs}.</translation>
        </message>
        <message>
            <source>A follow-up is overdue: order {refs}.</source>
            <translation>Hay un seguimiento vencido: pedido {refs}.</translation>
        </message>
        <message>
            <source>A name may have at most {count} characters.</source>
            <translation>Un nombre puede tener como máximo {count} caracteres.</translation>
        </message>
        <message>
            <source>A name of {count} characters is too long to check: a party's name has at most 1,000.</source>
            <translation>Un nombre de {count} caracteres es demasiado largo para comprobarlo: el nombre de una parte tiene como máximo 1.000.</translation>
        </message>
        <message>
            <source>A name of {count} characters is too long to review: a party's name has at most 1,000.</source>
            <translation>Un nombre de {count} caracteres es demasiado largo para revisarlo: el nombre de una parte tiene como máximo 1.000.</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list (a confirmed match): nobody can approve it, the only possible decision is to decline, and the distributor must be told through the misuse report or an escalation.</source>
            <translation>Una parte de este pedido figura en una lista de sanciones (una coincidencia confirmada): nadie puede aprobarlo, la única decisión posible es rechazarlo, y hay que informar al distribuidor mediante el informe de uso indebido o un escalamiento.</translation>
        </message>
        <message>
            <source>A party of this order is on a sanctions list: it can only be declined, there is nothing to escalate. Tell the distributor with the misuse report.</source>
            <translation>Una parte de este pedido figura en una lista de sanciones: solo puede rechazarse, no hay nada que escalar. Informe al distribuidor con el informe de uso indebido.</translation>
        </message>
        <message>
            <source>A passphrase may have at most {count} characters.</source>
            <translation>Una frase de contraseña puede tener como máximo {count} caracteres.</translation>
        </message>
        <message>
            <source>A passphrase must not be the person's name or e-mail address.</source>
            <translation>La frase de contraseña no puede ser el nombre ni la dirección de correo electrónico de la persona.</translation>
        </message>
        <message>
            <source>A passphrase needs at least {count} characters; a few words are easy to remember.</source>
            <translation>Una frase de contraseña necesita al menos {count} caracteres; unas cuantas palabras son fáciles de recordar.</translation>
        </message>
        <message>
            <source>A passphrase needs more than one or two different characters.</source>
            <translation>Una frase de contraseña necesita más de uno o dos caracteres distintos.</translation>
        </message>
        <message>
            <source>A possible match is reviewed on an order or a catalog customer.</source>
            <translation>Una posible coincidencia se revisa en un pedido o en un cliente del catálogo.</translation>
        </message>
        <message>
            <source>A private key is {expected} bytes long, not {size}.</source>
            <translation>Una clave privada tiene {expected} bytes, no {size}.</translation>
        </message>
        <message>
            <source>A public key is {expected} bytes long, not {size}.</source>
            <translation>Una clave pública tiene {expected} bytes, no {size}.</translation>
        </message>
        <message>
            <source>A {tier}-risk order may proceed only with the approval of {approver}.</source>
            <translation>Un pedido de riesgo {tier} solo puede continuar con la aprobación de {approver}.</translation>
        </message>
        <message>
            <source>Add a distributor with an escalation e-mail address in the company profile first.</source>
            <translation>Primero añada en el perfil de la empresa un distribuidor con una dirección de correo electrónico para escalados.</translation>
        </message>
        <message>
            <source>Add at least one item: this is needed before the policy can be adopted.</source>
            <translation>Añada al menos un elemento: es necesario para poder adoptar la política.</translation>
        </message>
        <message>
            <source>Add at least one product line.</source>
            <translation>Añada al menos una línea de producto.</translation>
        </message>
        <message>
            <source>Adopting the policy needs the senior approver's confirmation: choose the approver, and let them type their own passphrase.</source>
            <translation>Adoptar la política necesita la confirmación de quien aprueba al más alto nivel: elíjalo y deje que escriba su propia frase de acceso.</translation>
        </message>
        <message>
            <source>An approval with conditions must list them.</source>
            <translation>Una aprobación con condiciones debe enumerarlas.</translation>
        </message>
        <message>
            <source>An e-mail could not be sent: open the outbox to retry or export it.</source>
            <translation>No se pudo enviar un correo: abra la bandeja de salida para reintentarlo o exportarlo.</translation>
        </message>
        <message>
            <source>An order with the reference {reference} already exists.</source>
            <translation>Ya existe un pedido con la referencia {reference}.</translation>
        </message>
        <message>
            <source>Another backup of this database is running. Try again in a minute.</source>
            <translation>Ya se está haciendo otra copia de seguridad de esta base de datos. Vuelva a intentarlo dentro de un minuto.</translation>
        </message>
        <message>
            <source>Another product already has the SKU {sku}.</source>
            <translation>Otro producto ya tiene el SKU {sku}.</translation>
        </message>
        <message>
            <source>Another program is writing to the database {path} and did not finish in time, so nothing was saved. Wait a moment and try again; if it keeps happening, close other copies of Channel Diligence.</source>
            <translation>Otro programa está escribiendo en la base de datos {path} y no terminó a tiempo, así que no se guardó nada. Espere un momento y vuelva a intentarlo; si sigue ocurriendo, cierre las demás copias abiertas de Channel Diligence.</translation>
        </message>
        <message>
            <source>Answer yes, no or not sure yet (unknown).</source>
            <translation>Responda sí, no o todavía no lo sé (desconocido).</translation>
        </message>
        <message>
            <source>Answering checklists</source>
            <translation>Responder listas de comprobación</translation>
        </message>
        <message>
            <source>Approved at the approver's own desk, with their passphrase.</source>
            <translation>Aprobado desde el puesto del propio aprobador, con su frase de acceso.</translation>
        </message>
        <message>
            <source>Approved at the most senior level</source>
            <translation>Aprobada al más alto nivel</translation>
        </message>
        <message>
            <source>Approving orders that need the senior approver</source>
            <translation>Aprobar pedidos que necesitan al responsable de aprobación</translation>
        </message>
        <message>
            <source>Asking for approval at the approver's own desk needs the people who use the app: set them up first, or let the approver confirm in this form.</source>
            <translation>Pedir la aprobación en el puesto del propio aprobador requiere las personas que usan la aplicación: configúrelas primero, o deje que el aprobador confirme en este formulario.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {error}.</source>
            <translation>No se puede leer {file}: {error}.</translation>
        </message>
        <message>
            <source>Cannot write to {folder}: {error}.</source>
            <translation>No se puede escribir en {folder}: {error}.</translation>
        </message>
        <message>
            <source>Cannot write {file}: {error}.</source>
            <translation>No se puede escribir {file}: {error}.</translation>
        </message>
        <message>
            <source>Changed: {fields}.</source>
            <translation>Cambios: {fields}.</translation>
        </message>
        <message>
            <source>Changing settings</source>
            <translation>Cambiar la configuración</translation>
        </message>
        <message>
            <source>Checklist answered</source>
            <translation>Lista de comprobación respondida</translation>
        </message>
        <message>
            <source>Checklist questions</source>
            <translation>Preguntas de la lista de comprobación</translation>
        </message>
        <message>
            <source>Checklist: 1 question answered.</source>
            <translation>Lista de comprobación: 1 pregunta respondida.</translation>
        </message>
        <message>
            <source>Checklist: {count} questions answered.</source>
            <translation>Lista de comprobación: {count} preguntas respondidas.</translation>
        </message>
        <message>
            <source>Choose A4 or Letter.</source>
            <translation>Elija A4 o Letter.</translation>
        </message>
        <message>
            <source>Choose STARTTLS, SSL or none.</source>
            <translation>Elija STARTTLS, SSL o ninguna.</translation>
        </message>
        <message>
            <source>Choose approved, approved with conditions or rejected.</source>
            <translation>Elija aprobado, aprobado con condiciones o denegado.</translation>
        </message>
        <message>
            <source>Choose approved, approved_with_conditions or rejected.</source>
            <translation>Elija approved, approved_with_conditions o rejected.</translation>
        </message>
        <message>
            <source>Choose at least one safeguard or write down the conditions.</source>
            <translation>Elija al menos una salvaguarda o anote las condiciones.</translation>
        </message>
        <message>
            <source>Choose distributor or reseller.</source>
            <translation>Elija distribuidor o revendedor.</translation>
        </message>
        <message>
            <source>Choose how you sell.</source>
            <translation>Elija cómo vende.</translation>
        </message>
        <message>
            <source>Choose one of: {choices}.</source>
            <translation>Elija una de estas opciones: {choices}.</translation>
        </message>
        <message>
            <source>Choose one: this is needed before the policy can be adopted.</source>
            <translation>Elija una opción: es necesario para poder adoptar la política.</translation>
        </message>
        <message>
            <source>Choose password or OAuth2 sign-in.</source>
            <translation>Elija contraseña o inicio de sesión OAuth2.</translation>
        </message>
        <message>
            <source>Choose pdf, html or txt.</source>
            <translation>Elija pdf, html o txt.</translation>
        </message>
        <message>
            <source>Choose the column that holds the order reference.</source>
            <translation>Elija la columna que contiene la referencia del pedido.</translation>
        </message>
        <message>
            <source>Choose the country your company is based in.</source>
            <translation>Elija el país en el que tiene su sede su empresa.</translation>
        </message>
        <message>
            <source>Choose the date of the next review, usually one year after approval.</source>
            <translation>Elija la fecha de la próxima revisión, normalmente un año después de la aprobación.</translation>
        </message>
        <message>
            <source>Choose the order or the customer this is about.</source>
            <translation>Elija el pedido o el cliente al que se refiere.</translation>
        </message>
        <message>
            <source>Choose the product's category.</source>
            <translation>Elija la categoría del producto.</translation>
        </message>
        <message>
            <source>Choose the size of your company.</source>
            <translation>Elija el tamaño de su empresa.</translation>
        </message>
        <message>
            <source>Choose what you recommend: approve, approve with conditions, reject, or no recommendation.</source>
            <translation>Elija lo que recomienda: aprobar, aprobar con condiciones, denegar o sin recomendación.</translation>
        </message>
        <message>
            <source>Choose who received the policy: {choices}.</source>
            <translation>Elija quién recibió la política: {choices}.</translation>
        </message>
        <message>
            <source>Concerned: {names}.</source>
            <translation>Afectados: {names}.</translation>
        </message>
        <message>
            <source>Conditions only go with an approval with conditions; this answer is {outcome}. Nothing was recorded: leave the conditions out, or choose approved with conditions.</source>
            <translation>Las condiciones solo corresponden a una aprobación con condiciones; esta respuesta es «{outcome}». No se registró nada: quite las condiciones o elija «aprobado con condiciones».</translation>
        </message>
        <message>
            <source>Confirmed the same party by {who} on {date}: {reason}</source>
            <translation>Confirmado como la misma parte por {who} el {date}: {reason}</translation>
        </message>
        <message>
            <source>Consignee country (if not the destination)</source>
            <translation>País del consignatario (si no es el destino)</translation>
        </message>
        <message>
            <source>Consignee name (company receiving the goods)</source>
            <translation>Nombre del consignatario (empresa que recibe la mercancía)</translation>
        </message>
        <message>
            <source>Consignee person name (where no company is given)</source>
            <translation>Nombre de la persona consignataria (si no se indica empresa)</translation>
        </message>
        <message>
            <source>Contradicts: the country {country} is not the entry's ({countries}).</source>
            <translation>Contradice: el país {country} no es el de la entrada ({countries}).</translation>
        </message>
        <message>
            <source>Contradicts: the list calls the matched name a weak alias.</source>
            <translation>Contradice: la lista califica el nombre coincidente de alias débil.</translation>
        </message>
        <message>
            <source>Contradicts: the party is {kind}, the entry {listed}.</source>
            <translation>Contradice: la parte es {kind}, la entrada {listed}.</translation>
        </message>
        <message>
            <source>Corroborates: both are {kind}.</source>
            <translation>Corrobora: ambas son {kind}.</translation>
        </message>
        <message>
            <source>Corroborates: the country {country} is the entry's ({countries}).</source>
            <translation>Corrobora: el país {country} es el de la entrada ({countries}).</translation>
        </message>
        <message>
            <source>Could not check that the server is really {host} (its certificate was refused): nothing was fetched. {stay}</source>
            <translation>No se pudo comprobar que el servidor sea realmente {host} (su certificado fue rechazado): no se descargó nada. {stay}</translation>
        </message>
        <message>
            <source>Could not fetch the list from {host} ({error}). {stay}</source>
            <translation>No se pudo descargar la lista de {host} ({error}). {stay}</translation>
        </message>
        <message>
            <source>Could not reach {host}: it refused the connection (the computer may be offline, or the address is wrong). {stay}</source>
            <translation>No se pudo contactar con {host}: rechazó la conexión (puede que el ordenador no tenga conexión o que la dirección sea errónea). {stay}</translation>
        </message>
        <message>
            <source>Could not reach {host}: the computer seems to be offline. {stay}</source>
            <translation>No se pudo contactar con {host}: el ordenador parece no tener conexión a internet. {stay}</translation>
        </message>
        <message>
            <source>Country tiers</source>
            <translation>Niveles de los países</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <source>Customer country</source>
            <translation>País del cliente</translation>
        </message>
        <message>
            <source>Customer details filled in from the catalog: {names}.</source>
            <translation>Datos de clientes completados desde el catálogo: {names}.</translation>
        </message>
        <message>
            <source>Customer identified</source>
            <translation>Cliente identificado</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Nombre del cliente</translation>
        </message>
        <message>
            <source>Customer person name (where no company is given)</source>
            <translation>Nombre de la persona cliente (cuando no se indica empresa)</translation>
        </message>
        <message>
            <source>Customer sector</source>
            <translation>Sector del cliente</translation>
        </message>
        <message>
            <source>Customer type</source>
            <translation>Tipo de cliente</translation>
        </message>
        <message>
            <source>Customer types</source>
            <translation>Tipos de cliente</translation>
        </message>
        <message>
            <source>Customer {customer} does not exist.</source>
            <translation>El cliente {customer} no existe.</translation>
        </message>
        <message>
            <source>Daily digest of {day} put in the outbox to {to}: {overdue} overdue, {waiting} waiting.</source>
            <translation>Resumen diario del {day} puesto en la bandeja de salida para {to}: {overdue} vencidos, {waiting} pendientes.</translation>
        </message>
        <message>
            <source>Daily digest put in the outbox to {to}.</source>
            <translation>Resumen diario puesto en la bandeja de salida para {to}.</translation>
        </message>
        <message>
            <source>Date of birth on the list: {dates}; the order holds none to compare.</source>
            <translation>Fecha de nacimiento en la lista: {dates}; el pedido no tiene ninguna con la que comparar.</translation>
        </message>
        <message>
            <source>Deciding about orders</source>
            <translation>Decidir sobre pedidos</translation>
        </message>
        <message>
            <source>Decision to {outcome} by {who}, approved by {approver}.</source>
            <translation>Decisión de {outcome}, tomada por {who} y aprobada por {approver}.</translation>
        </message>
        <message>
            <source>Decision to {outcome} by {who}.</source>
            <translation>Decisión de {outcome}, tomada por {who}.</translation>
        </message>
        <message>
            <source>Describe what you saw, in a few sentences.</source>
            <translation>Describa lo que vio en unas pocas frases.</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>Destination</source>
            <translation>Destino</translation>
        </message>
        <message>
            <source>Destination country</source>
            <translation>País de destino</translation>
        </message>
        <message>
            <source>Due diligence report for {period} prepared for {distributor}.</source>
            <translation>Informe de diligencia debida de {period} preparado para {distributor}.</translation>
        </message>
        <message>
            <source>Due diligence report put in the outbox to {to}; it is sent as soon as possible.</source>
            <translation>Informe de diligencia debida puesto en la bandeja de salida para {to}; se envía lo antes posible.</translation>
        </message>
        <message>
            <source>Due diligence report saved as {file}.</source>
            <translation>Informe de diligencia debida guardado como {file}.</translation>
        </message>
        <message>
            <source>E-mail sending is not set up yet.</source>
            <translation>El envío de correo electrónico aún no está configurado.</translation>
        </message>
        <message>
            <source>EU consolidated financial sanctions list</source>
            <translation>Lista consolidada de sanciones financieras de la UE</translation>
        </message>
        <message>
            <source>End user country</source>
            <translation>País del usuario final</translation>
        </message>
        <message>
            <source>End user name</source>
            <translation>Nombre del usuario final</translation>
        </message>
        <message>
            <source>End user named</source>
            <translation>Usuario final nombrado</translation>
        </message>
        <message>
            <source>End user type</source>
            <translation>Tipo de usuario final</translation>
        </message>
        <message>
            <source>Enter a date: this is needed before the policy can be adopted.</source>
            <translation>Introduzca una fecha: es necesaria para poder adoptar la política.</translation>
        </message>
        <message>
            <source>Enter a reference for the order.</source>
            <translation>Introduzca una referencia para el pedido.</translation>
        </message>
        <message>
            <source>Enter at least one address the daily digest goes to.</source>
            <translation>Introduzca al menos una dirección a la que enviar el resumen diario.</translation>
        </message>
        <message>
            <source>Enter the address the e-mails come from.</source>
            <translation>Introduzca la dirección desde la que se envían los correos electrónicos.</translation>
        </message>
        <message>
            <source>Enter the approver's job title.</source>
            <translation>Introduzca el cargo de quien aprueba.</translation>
        </message>
        <message>
            <source>Enter the conditions of the approval, one a line.</source>
            <translation>Indique las condiciones de la aprobación, una por línea.</translation>
        </message>
        <message>
            <source>Enter the customer's name.</source>
            <translation>Introduzca el nombre del cliente.</translation>
        </message>
        <message>
            <source>Enter the date of the acknowledgement.</source>
            <translation>Introduzca la fecha de la confirmación.</translation>
        </message>
        <message>
            <source>Enter the date of the answer.</source>
            <translation>Introduzca la fecha de la respuesta.</translation>
        </message>
        <message>
            <source>Enter the date the policy was approved.</source>
            <translation>Introduzca la fecha en que se aprobó la política.</translation>
        </message>
        <message>
            <source>Enter the date the policy was sent or shown.</source>
            <translation>Introduzca la fecha en que se envió o se mostró la política.</translation>
        </message>
        <message>
            <source>Enter the distributor's e-mail address for escalations.</source>
            <translation>Introduzca la dirección de correo electrónico del distribuidor para escalados.</translation>
        </message>
        <message>
            <source>Enter the distributor's name.</source>
            <translation>Introduzca el nombre del distribuidor.</translation>
        </message>
        <message>
            <source>Enter the distributor's reference.</source>
            <translation>Introduzca la referencia del distribuidor.</translation>
        </message>
        <message>
            <source>Enter the mail server's name, e.g. smtp.example.com.</source>
            <translation>Introduzca el nombre del servidor de correo, p. ej. smtp.example.com.</translation>
        </message>
        <message>
            <source>Enter the name of the person who approves high-risk sales.</source>
            <translation>Introduzca el nombre de la persona que aprueba las ventas de alto riesgo.</translation>
        </message>
        <message>
            <source>Enter the name of the senior person who approved the policy (owner, managing director or board).</source>
            <translation>Introduzca el nombre de la persona de mayor rango que aprobó la política (propietario, director general o consejo de administración).</translation>
        </message>
        <message>
            <source>Enter the order date.</source>
            <translation>Introduzca la fecha del pedido.</translation>
        </message>
        <message>
            <source>Enter the person's e-mail address.</source>
            <translation>Introduzca la dirección de correo electrónico de la persona.</translation>
        </message>
        <message>
            <source>Enter the person's name.</source>
            <translation>Introduzca el nombre de la persona.</translation>
        </message>
        <message>
            <source>Enter the product's SKU.</source>
            <translation>Introduzca el SKU del producto.</translation>
        </message>
        <message>
            <source>Enter the product's name.</source>
            <translation>Introduzca el nombre del producto.</translation>
        </message>
        <message>
            <source>Enter when you saw it (not a future date).</source>
            <translation>Indique cuándo lo vio (no una fecha futura).</translation>
        </message>
        <message>
            <source>Enter who decided at the distributor.</source>
            <translation>Indique quién decidió en el distribuidor.</translation>
        </message>
        <message>
            <source>Enter who decided.</source>
            <translation>Indique quién decidió.</translation>
        </message>
        <message>
            <source>Enter who received the policy (a name, a team or a web address).</source>
            <translation>Indique quién recibió la política (un nombre, un equipo o una dirección web).</translation>
        </message>
        <message>
            <source>Enter your company's name.</source>
            <translation>Introduzca el nombre de su empresa.</translation>
        </message>
        <message>
            <source>Enter your reference for this answer.</source>
            <translation>Indique su referencia para esta respuesta.</translation>
        </message>
        <message>
            <source>Entry {entry} is not on the newest {list} list (of {date}): it was taken off the list or never was on it, so there is nothing to review.</source>
            <translation>La entrada {entry} no está en la lista {list} más reciente (del {date}): se retiró de la lista o nunca estuvo en ella, así que no hay nada que revisar.</translation>
        </message>
        <message>
            <source>Escalating orders</source>
            <translation>Escalar pedidos</translation>
        </message>
        <message>
            <source>Escalation packet put in the outbox to {to}; it is sent as soon as possible.</source>
            <translation>Expediente de escalado para {to} puesto en la bandeja de salida; se enviará lo antes posible.</translation>
        </message>
        <message>
            <source>Escalation packet put in the outbox; it is sent as soon as possible.</source>
            <translation>Expediente de escalado puesto en la bandeja de salida; se enviará lo antes posible.</translation>
        </message>
        <message>
            <source>Escalation packet saved as {file}.</source>
            <translation>Expediente de escalado guardado como {file}.</translation>
        </message>
        <message>
            <source>Escalation packet {packet} prepared for {to}.</source>
            <translation>Expediente de escalado {packet} preparado para {to}.</translation>
        </message>
        <message>
            <source>Escalation packet {packet} prepared.</source>
            <translation>Expediente de escalado {packet} preparado.</translation>
        </message>
        <message>
            <source>Fill this in: it is needed before the policy can be adopted.</source>
            <translation>Rellene este campo: es necesario para poder adoptar la política.</translation>
        </message>
        <message>
            <source>Follow-up done: {text}</source>
            <translation>Seguimiento hecho: {text}</translation>
        </message>
        <message>
            <source>Follow-up done: {text} ({note})</source>
            <translation>Seguimiento hecho: {text} ({note})</translation>
        </message>
        <message>
            <source>Follow-up due {date}: {text}</source>
            <translation>Seguimiento con vencimiento el {date}: {text}</translation>
        </message>
        <message>
            <source>Give the number of days as a whole number from {low} to {high}.</source>
            <translation>Indique el número de días como un número entero de {low} a {high}.</translation>
        </message>
        <message>
            <source>Government function</source>
            <translation>Función pública</translation>
        </message>
        <message>
            <source>Government functions</source>
            <translation>Funciones públicas</translation>
        </message>
        <message>
            <source>Help: {url}</source>
            <translation>Ayuda: {url}</translation>
        </message>
        <message>
            <source>How: {url}</source>
            <translation>Cómo hacerlo: {url}</translation>
        </message>
        <message>
            <source>If the browser does not open, open this address:</source>
            <translation>Si el navegador no se abre, abra esta dirección:</translation>
        </message>
        <message>
            <source>If the login is refused, your administrator must allow "Authenticated SMTP" for this mailbox in Microsoft 365.</source>
            <translation>Si se rechaza el inicio de sesión, su administrador debe permitir "SMTP autenticado" para este buzón en Microsoft 365.</translation>
        </message>
        <message>
            <source>Imported from {file} with 1 order.</source>
            <translation>Importado desde {file}, con 1 pedido.</translation>
        </message>
        <message>
            <source>Imported from {file} with {count} orders.</source>
            <translation>Importado desde {file}, con {count} pedidos.</translation>
        </message>
        <message>
            <source>Informed by relevant internal and/or external expertise</source>
            <translation>Basada en asesoramiento interno y/o externo pertinente</translation>
        </message>
        <message>
            <source>Intended use</source>
            <translation>Uso previsto</translation>
        </message>
        <message>
            <source>Intended use in the customer's words</source>
            <translation>Uso previsto en palabras del cliente</translation>
        </message>
        <message>
            <source>It changes nothing compared with the pack in use.</source>
            <translation>No cambia nada respecto al paquete en uso.</translation>
        </message>
        <message>
            <source>It is not a packet: there is no manifest.json.</source>
            <translation>No es un paquete: no hay manifest.json.</translation>
        </message>
        <message>
            <source>It is not signed: there is no signature.</source>
            <translation>No está firmado: no hay firma.</translation>
        </message>
        <message>
            <source>It is signed by another key (fingerprint {theirs}, naming {signer}), not by {owner}'s key (fingerprint {ours}).</source>
            <translation>Está firmado con otra clave (huella {theirs}, a nombre de {signer}), no con la clave de {owner} (huella {ours}).</translation>
        </message>
        <message>
            <source>It was altered after signing: it is not what {owner} signed.</source>
            <translation>Se modificó después de firmarse: no es lo que firmó {owner}.</translation>
        </message>
        <message>
            <source>It was altered after signing: {files} differ from what {owner} signed (missing, changed or added).</source>
            <translation>Se modificó después de firmarse: {files} no coinciden con lo que firmó {owner} (faltan, cambiaron o se añadieron).</translation>
        </message>
        <message>
            <source>Item {item} is {length} characters long; keep each item to {limit} characters or split it in two.</source>
            <translation>El elemento {item} tiene {length} caracteres; limite cada elemento a {limit} caracteres o divídalo en dos.</translation>
        </message>
        <message>
            <source>Keep it under {limit} characters; add longer documents as evidence files.</source>
            <translation>No supere los {limit} caracteres; añada los documentos más largos como archivos de evidencia.</translation>
        </message>
        <message>
            <source>Log in with the part of your address before the @ and your mail password.</source>
            <translation>Inicie sesión con la parte de su dirección anterior a la @ y la contraseña del correo.</translation>
        </message>
        <message>
            <source>Log in with your full e-mail address and your mail password.</source>
            <translation>Inicie sesión con su dirección de correo completa y la contraseña del correo.</translation>
        </message>
        <message>
            <source>Managing criteria packs</source>
            <translation>Gestionar paquetes de criterios</translation>
        </message>
        <message>
            <source>Managing lists</source>
            <translation>Gestionar listas</translation>
        </message>
        <message>
            <source>Managing people</source>
            <translation>Gestionar personas</translation>
        </message>
        <message>
            <source>Message {message} is being sent right now: it cannot be changed.</source>
            <translation>El mensaje {message} se está enviando ahora mismo: no se puede cambiar.</translation>
        </message>
        <message>
            <source>Message {message} is still queued: the next send tries it.</source>
            <translation>El mensaje {message} sigue en la cola: el próximo envío lo intenta.</translation>
        </message>
        <message>
            <source>Message {message} was cancelled: it is never sent.</source>
            <translation>El mensaje {message} se canceló: nunca se envía.</translation>
        </message>
        <message>
            <source>Message {message} was sent: it cannot be changed any more.</source>
            <translation>El mensaje {message} ya se envió: ya no se puede cambiar.</translation>
        </message>
        <message>
            <source>Missing information</source>
            <translation>Información que falta</translation>
        </message>
        <message>
            <source>Misuse report sent to {to}.</source>
            <translation>Informe de uso indebido enviado a {to}.</translation>
        </message>
        <message>
            <source>Name at least one condition or safeguard you propose.</source>
            <translation>Indique al menos una condición o salvaguarda que proponga.</translation>
        </message>
        <message>
            <source>Name the distributor the desk's key speaks for (for example TechDistri Europe).</source>
            <translation>Indique el distribuidor en cuyo nombre habla la clave del puesto (por ejemplo TechDistri Europe).</translation>
        </message>
        <message>
            <source>Negation words</source>
            <translation>Palabras de negación</translation>
        </message>
        <message>
            <source>New matches: {new_match}; new possible matches: {new_possible_match}; matches gone: {match_gone}; matches now only possible: {weaker}.</source>
            <translation>Coincidencias nuevas: {new_match}; nuevas coincidencias posibles: {new_possible_match}; coincidencias desaparecidas: {match_gone}; coincidencias ahora solo posibles: {weaker}.</translation>
        </message>
        <message>
            <source>No criteria pack is active.</source>
            <translation>No hay ningún paquete de criterios activo.</translation>
        </message>
        <message>
            <source>No criteria pack is active: import one (File &gt; Criteria pack).</source>
            <translation>No hay ningún paquete de criterios activo: importe uno (Archivo &gt; Importar paquete de criterios).</translation>
        </message>
        <message>
            <source>No criteria pack with SHA-256 {sha256}.</source>
            <translation>No hay ningún paquete de criterios con el SHA-256 {sha256}.</translation>
        </message>
        <message>
            <source>No distributor is called "{name}": the company profile lists {names}.</source>
            <translation>Ningún distribuidor se llama «{name}»: el perfil de la empresa indica {names}.</translation>
        </message>
        <message>
            <source>No escalation packet {packet} was sent from here: the decision file is for another packet.</source>
            <translation>Desde aquí no se envió ningún expediente de escalado {packet}: el archivo de decisión corresponde a otro expediente.</translation>
        </message>
        <message>
            <source>No human rights policy has been adopted yet: adopt one in the app (Policy &gt; Human rights policy), or export the draft with --draft.</source>
            <translation>Todavía no se ha adoptado ninguna política de derechos humanos: adopte una en la aplicación (Política &gt; Política de derechos humanos) o exporte el borrador con --draft.</translation>
        </message>
        <message>
            <source>No human rights policy is adopted yet.</source>
            <translation>Aún no se ha adoptado ninguna política de derechos humanos.</translation>
        </message>
        <message>
            <source>No key of {name} is pinned: its unsigned decision files are accepted with a warning already. Pin its key first.</source>
            <translation>No hay ninguna clave de {name} fijada: sus archivos de decisión sin firmar ya se aceptan con un aviso. Fije primero su clave.</translation>
        </message>
        <message>
            <source>No key of {reseller} is pinned on this desk, so its signature cannot be checked; the files match the manifest. Pin the reseller's key after comparing its fingerprint.</source>
            <translation>No hay ninguna clave de {reseller} fijada en este puesto, así que su firma no puede comprobarse; los archivos coinciden con el manifiesto. Fije la clave del revendedor tras comparar su huella.</translation>
        </message>
        <message>
            <source>No pack is installed yet: this one will be used.</source>
            <translation>Todavía no hay ningún paquete instalado: se usará este.</translation>
        </message>
        <message>
            <source>No packet {packet} was received on this desk.</source>
            <translation>Este puesto no ha recibido ningún paquete {packet}.</translation>
        </message>
        <message>
            <source>No password is stored for this server: enter it to send.</source>
            <translation>No hay ninguna contraseña guardada para este servidor: introdúzcala para enviar.</translation>
        </message>
        <message>
            <source>No password is stored for {user} on {host}: enter it to send.</source>
            <translation>No hay ninguna contraseña guardada para {user} en {host}: introdúzcala para enviar.</translation>
        </message>
        <message>
            <source>No policy: no human rights policy version was adopted by {date}.</source>
            <translation>Sin política: no se había adoptado ninguna versión de la política de derechos humanos el {date}.</translation>
        </message>
        <message>
            <source>No restricted-party list is imported: parties are not checked against sanctions lists.</source>
            <translation>No hay ninguna lista de partes restringidas importada: las partes no se comprueban contra listas de sanciones.</translation>
        </message>
        <message>
            <source>No row of {file} is split into the columns its first row names ({columns} columns, separated by {separators}); row {row}: {reason}. Nothing was imported: save or export the file again as CSV.</source>
            <translation>Ninguna fila de {file} está dividida en las columnas que nombra su primera fila ({columns} columnas, separadas por {separators}); fila {row}: {reason}. No se importó nada: guarde o exporte de nuevo el archivo como CSV.</translation>
        </message>
        <message>
            <source>No sanctions list is imported yet: import the OFAC, UN, EU or UK list first (reseller-app lists import FILE, or Sanctions lists in the app).</source>
            <translation>Todavía no se ha importado ninguna lista de sanciones: importe primero la lista de OFAC, ONU, UE o Reino Unido (reseller-app lists import FILE, o Listas de sanciones en la aplicación).</translation>
        </message>
        <message>
            <source>No sanctions list is imported: the customers were not checked.</source>
            <translation>No hay ninguna lista de sanciones importada: los clientes no se comprobaron.</translation>
        </message>
        <message>
            <source>No sanctions result changed.</source>
            <translation>Ningún resultado de sanciones cambió.</translation>
        </message>
        <message>
            <source>No use case is tagged.</source>
            <translation>No hay ningún caso de uso marcado.</translation>
        </message>
        <message>
            <source>No {list} list is imported: import it before reviewing its entries.</source>
            <translation>No hay ninguna lista {list} importada: impórtela antes de revisar sus entradas.</translation>
        </message>
        <message>
            <source>Nobody with the e-mail address {email} is in the list of people.</source>
            <translation>No hay nadie con la dirección de correo electrónico {email} en la lista de personas.</translation>
        </message>
        <message>
            <source>Not compared: the party has no country; the entry names {countries}.</source>
            <translation>Sin comparar: la parte no tiene país; la entrada indica {countries}.</translation>
        </message>
        <message>
            <source>Not every checklist question is answered yes or no.</source>
            <translation>No todas las preguntas de la lista de comprobación tienen respuesta sí o no.</translation>
        </message>
        <message>
            <source>Nothing answers at {host} on port {port}. Check the port (usually 587 for STARTTLS, 465 for SSL) and that a firewall lets the app out.</source>
            <translation>Nadie responde en {host} en el puerto {port}. Compruebe el puerto (normalmente 587 para STARTTLS, 465 para SSL) y que un cortafuegos deje salir a la aplicación.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server cannot be reached or the secure connection failed ({reason}). Every message stays queued. Check the server, port and security in Settings (mail server), or the network.</source>
            <translation>No se envió nada más: no se puede llegar al servidor de correo o falló la conexión segura ({reason}). Todos los mensajes siguen en la cola. Compruebe el servidor, el puerto y la seguridad en Configuración (servidor de correo), o la red.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} ({reason}). Every message stays queued. Correct the user name or password in Settings (mail server), then send again.</source>
            <translation>No se envió nada más: el servidor de correo rechazó el inicio de sesión de {user} ({reason}). Todos los mensajes siguen en la cola. Corrija el nombre de usuario o la contraseña en Configuración (servidor de correo) y vuelva a enviar.</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} with the password given ({reason}). Every message stays queued. Check the password, or the user name in Settings (mail server).</source>
            <translation>No se envió nada más: el servidor de correo rechazó el inicio de sesión de {user} con la contraseña indicada ({reason}). Todos los mensajes siguen en la cola. Compruebe la contraseña, o el nombre de usuario en Configuración (servidor de correo).</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server refused the login of {user} with the password in the environment variable {variable} ({reason}). Every message stays queued. Correct the password there, or the user name in Settings (mail server).</source>
            <translation>No se envió nada más: el servidor de correo rechazó el inicio de sesión de {user} con la contraseña de la variable de entorno {variable} ({reason}). Todos los mensajes siguen en la cola. Corrija allí la contraseña, o el nombre de usuario en Configuración (servidor de correo).</translation>
        </message>
        <message>
            <source>Nothing more was sent: the mail server wants a login ({reason}). Every message stays queued. Enter the user name and password in Settings (mail server), then send again.</source>
            <translation>No se envió nada más: el servidor de correo pide iniciar sesión ({reason}). Todos los mensajes siguen en la cola. Introduzca el nombre de usuario y la contraseña en Configuración (servidor de correo) y vuelva a enviar.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message>
            <source>Nothing was recorded.</source>
            <translation>No se registró nada.</translation>
        </message>
        <message>
            <source>Nothing was restored: the current database could not be copied aside first ({error}).</source>
            <translation>No se restauró nada: antes no se pudo guardar aparte una copia de la base de datos actual ({error}).</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}. Try again, and tell your IT contact if it happens again.</source>
            <translation>No se guardó nada: {reason}. Vuelva a intentarlo y, si vuelve a ocurrir, avise a su contacto de informática.</translation>
        </message>
        <message>
            <source>OFAC SDN list</source>
            <translation>Lista SDN de la OFAC</translation>
        </message>
        <message>
            <source>Only a decision to proceed with a {tier}-risk order waits for the senior approver; order {reference} needs no approval for this decision: record it directly.</source>
            <translation>Solo la decisión de continuar con un pedido de riesgo {tier} espera al aprobador principal; el pedido {reference} no necesita aprobación para esta decisión: regístrela directamente.</translation>
        </message>
        <message>
            <source>Only an adopted policy can be communicated: adopt the draft first.</source>
            <translation>Solo se puede comunicar una política adoptada: adopte primero el borrador.</translation>
        </message>
        <message>
            <source>Only the senior approver, {approver}, can approve a {tier}-risk order: type their name once they have approved it.</source>
            <translation>Solo el responsable de aprobación, {approver}, puede aprobar un pedido de riesgo {tier}: escriba su nombre cuando lo haya aprobado.</translation>
        </message>
        <message>
            <source>Only {person}, who is signed in at this desk, can approve here; {approver} approves at their own desk.</source>
            <translation>Solo {person}, que ha iniciado sesión en este puesto, puede aprobar aquí; {approver} aprueba en su propio puesto.</translation>
        </message>
        <message>
            <source>Open {app} to deal with them.</source>
            <translation>Abra {app} para ocuparse de ello.</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Fecha del pedido</translation>
        </message>
        <message>
            <source>Order reference</source>
            <translation>Referencia del pedido</translation>
        </message>
        <message>
            <source>Order {order} does not exist.</source>
            <translation>El pedido {order} no existe.</translation>
        </message>
        <message>
            <source>Order {reference} changed after approval was asked (it was edited, screened again or decided on): the request is stale and cannot be approved. Ask for approval again.</source>
            <translation>El pedido {reference} cambió después de pedir la aprobación (se editó, se volvió a evaluar o se decidió sobre él): la solicitud está desfasada y no puede aprobarse. Pida la aprobación de nuevo.</translation>
        </message>
        <message>
            <source>Order {reference} edited and screened again: {tier}, {status}.</source>
            <translation>Pedido {reference} modificado y evaluado de nuevo: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} entered and screened: {tier}, {status}.</source>
            <translation>Pedido {reference} introducido y evaluado: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} has no screening.</source>
            <translation>El pedido {reference} no tiene evaluación.</translation>
        </message>
        <message>
            <source>Order {reference} has not been screened.</source>
            <translation>El pedido {reference} no se ha evaluado.</translation>
        </message>
        <message>
            <source>Order {reference} is already waiting for approval (asked by {person}).</source>
            <translation>El pedido {reference} ya está pendiente de aprobación (pedida por {person}).</translation>
        </message>
        <message>
            <source>Order {reference} is {status}: it cannot be escalated.</source>
            <translation>El pedido {reference} está {status}: no se puede escalar.</translation>
        </message>
        <message>
            <source>Order {reference} names no {role} to review.</source>
            <translation>El pedido {reference} no indica ningún {role} que revisar.</translation>
        </message>
        <message>
            <source>Order {reference} screened again with the current catalog and criteria pack: {tier}, {status}.</source>
            <translation>Pedido {reference} evaluado de nuevo con el catálogo y el paquete de criterios actuales: {tier}, {status}.</translation>
        </message>
        <message>
            <source>Order {reference} was changed after packet {packet} was built and now asks for a prohibited use: nobody can approve it, it can only be declined. Nothing was recorded.</source>
            <translation>El pedido {reference} se modificó después de preparar el expediente {packet} y ahora solicita un uso prohibido: nadie puede aprobarlo, solo se puede rechazar. No se registró nada.</translation>
        </message>
        <message>
            <source>Order {reference} was changed after packet {packet} was built: it is now screened {tier}, not as the distributor saw it. Nothing was recorded; build and send a new packet for the order as it is now.</source>
            <translation>El pedido {reference} se modificó después de preparar el expediente {packet}: ahora se evalúa como {tier}, no como lo vio el distribuidor. No se registró nada; prepare y envíe un nuevo expediente para el pedido tal como está ahora.</translation>
        </message>
        <message>
            <source>Order {refs} has been held for more than {days} days without a decision.</source>
            <translation>El pedido {refs} lleva retenido más de {days} días sin decisión.</translation>
        </message>
        <message>
            <source>Orders named: {refs}</source>
            <translation>Pedidos mencionados: {refs}</translation>
        </message>
        <message>
            <source>Orders: {refs}</source>
            <translation>Pedidos: {refs}</translation>
        </message>
        <message>
            <source>Other users of this computer can read the password file {file}: make it readable by you only (chmod 600 {file}) and try again.</source>
            <translation>Otros usuarios de este equipo pueden leer el archivo de contraseña {file}: haga que solo usted pueda leerlo (chmod 600 {file}) e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>Overdue ({count}):</source>
            <translation>Vencido ({count}):</translation>
        </message>
        <message>
            <source>Packet {packet} ({reseller}, order {reference}) is not answered yet: record the answer first.</source>
            <translation>El paquete {packet} ({reseller}, pedido {reference}) aún no tiene respuesta: registre primero la respuesta.</translation>
        </message>
        <message>
            <source>Packet {packet} ({reseller}, order {reference}) was already answered ({outcome}, reference {their_reference}, by {person}). Nothing was written.</source>
            <translation>El paquete {packet} ({reseller}, pedido {reference}) ya fue respondido ({outcome}, referencia {their_reference}, por {person}). No se escribió nada.</translation>
        </message>
        <message>
            <source>Packet {packet} has no file {name}.</source>
            <translation>El expediente {packet} no tiene ningún archivo {name}.</translation>
        </message>
        <message>
            <source>Packet {packet} is not the latest escalation of order {reference}: packet {latest} of {date} replaced it. Nothing was recorded; record the answer to the latest packet.</source>
            <translation>El expediente {packet} no es el último escalado del pedido {reference}: lo sustituyó el expediente {latest} del {date}. No se registró nada; registre la respuesta al último expediente.</translation>
        </message>
        <message>
            <source>Packet {packet} of {reseller} was received before with other content (manifest SHA-256 {before}…, now {now}…). Nothing was changed; ask the reseller which one holds.</source>
            <translation>El paquete {packet} de {reseller} se recibió antes con otro contenido (SHA-256 del manifiesto {before}…, ahora {now}…). No se cambió nada; pregunte al revendedor cuál es el válido.</translation>
        </message>
        <message>
            <source>Packet {packet} was answered meanwhile. Nothing was recorded.</source>
            <translation>El paquete {packet} fue respondido entretanto. No se registró nada.</translation>
        </message>
        <message>
            <source>Packet {packet} was built here but never sent: it was not e-mailed or saved to send another way, so the distributor cannot have answered it. Nothing was recorded; send the packet first.</source>
            <translation>El expediente {packet} se preparó aquí, pero nunca se envió: no se mandó por correo electrónico ni se guardó para enviarlo de otra forma, así que el distribuidor no puede haberlo respondido. No se registró nada; envíe primero el expediente.</translation>
        </message>
        <message>
            <source>Packets will not be signed on this computer until the administrator is set up: it has no system keyring (password store), so the company's signing key will be kept in a file encrypted with the administrator's passphrase.</source>
            <translation>Los paquetes no se firmarán en este ordenador hasta que se configure al administrador: no tiene llavero del sistema (almacén de contraseñas), así que la clave de firma de la empresa se guardará en un archivo cifrado con la frase de acceso del administrador.</translation>
        </message>
        <message>
            <source>Packets will not be signed on this computer: it has no system keyring (password store) to keep the company's signing key. Everything else works; sign packets from a computer with a keyring.</source>
            <translation>Los paquetes no se firmarán en este ordenador: no tiene llavero del sistema (almacén de contraseñas) donde guardar la clave de firma de la empresa. Todo lo demás funciona; firme los paquetes desde un ordenador con llavero.</translation>
        </message>
        <message>
            <source>People are already set up: an administrator adds people in the list of people.</source>
            <translation>Las personas ya están configuradas: un administrador añade personas en la lista de personas.</translation>
        </message>
        <message>
            <source>Policy communication {communication} does not exist.</source>
            <translation>La comunicación de la política {communication} no existe.</translation>
        </message>
        <message>
            <source>Policy version {version} does not exist.</source>
            <translation>La versión {version} de la política no existe.</translation>
        </message>
        <message>
            <source>Possible restricted party: {finding}. Review the match (the same party or not) before the order can ship.</source>
            <translation>Posible parte restringida: {finding}. Revise la coincidencia (si es la misma parte o no) antes de que el pedido pueda enviarse.</translation>
        </message>
        <message>
            <source>Product categories</source>
            <translation>Categorías de producto</translation>
        </message>
        <message>
            <source>Product categories filled in from the catalog: {skus}.</source>
            <translation>Categorías de producto completadas desde el catálogo: {skus}.</translation>
        </message>
        <message>
            <source>Product category</source>
            <translation>Categoría de producto</translation>
        </message>
        <message>
            <source>Product {product} does not exist.</source>
            <translation>El producto {product} no existe.</translation>
        </message>
        <message>
            <source>Publicly available and communicated internally and externally</source>
            <translation>A disposición del público y comunicada interna y externamente</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <source>Q{quarter} {year}</source>
            <translation>{quarter}.º trimestre de {year}</translation>
        </message>
        <message>
            <source>Recording orders</source>
            <translation>Registrar pedidos</translation>
        </message>
        <message>
            <source>Reflected in operational policies and procedures</source>
            <translation>Reflejada en las políticas y los procedimientos operativos</translation>
        </message>
        <message>
            <source>Reminder settings saved: orders held more than {held} days, criteria pack older than {pack} days.</source>
            <translation>Ajustes de recordatorios guardados: pedidos retenidos más de {held} días, paquete de criterios de más de {pack} días.</translation>
        </message>
        <message>
            <source>Reminders of follow-ups, held orders and failed messages, in the tray</source>
            <translation>Recordatorios de seguimientos, pedidos retenidos y mensajes fallidos, en la bandeja del sistema</translation>
        </message>
        <message>
            <source>Restoring a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <source>Restricted party: {finding}, a confirmed match. The order cannot proceed: decline it and tell the distributor through the misuse report or an escalation.</source>
            <translation>Parte restringida: {finding}, una coincidencia confirmada. El pedido no puede seguir adelante: recházelo e informe al distribuidor mediante el informe de uso indebido o un escalamiento.</translation>
        </message>
        <message>
            <source>Restricted-party lists older than {days} days: {lists}. Update them.</source>
            <translation>Listas de partes restringidas con más de {days} días: {lists}. Actualícelas.</translation>
        </message>
        <message>
            <source>Reviewed on {date} by {who} when the party was {was}: its name or country changed since, so it is checked again.</source>
            <translation>Revisado el {date} por {who} cuando la parte era {was}: su nombre o su país han cambiado desde entonces, por lo que se comprueba de nuevo.</translation>
        </message>
        <message>
            <source>Reviewed: not the same party, by {who} on {date}: {reason}</source>
            <translation>Revisado: no es la misma parte, por {who} el {date}: {reason}</translation>
        </message>
        <message>
            <source>Row {row} of {file} cannot be read as CSV ({error}).</source>
            <translation>La fila {row} de {file} no se puede leer como CSV ({error}).</translation>
        </message>
        <message>
            <source>Row {row} of {file} has more than {limit} characters in its {column} cell, more than a CSV cell may hold: a quotation mark is probably not closed, or the file is damaged there. Nothing was imported.</source>
            <translation>La fila {row} de {file} tiene más de {limit} caracteres en su celda {column}, más de lo que cabe en una celda CSV: probablemente unas comillas no están cerradas, o el archivo está dañado ahí. No se importó nada.</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Reglas</translation>
        </message>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Safeguards</source>
            <translation>Salvaguardas</translation>
        </message>
        <message>
            <source>Sales model</source>
            <translation>Modelo de venta</translation>
        </message>
        <message>
            <source>Sanctions lists: {customers} customers and {orders} open orders checked again.</source>
            <translation>Listas de sanciones: {customers} clientes y {orders} pedidos abiertos comprobados de nuevo.</translation>
        </message>
        <message>
            <source>Sanctions programmes: {programs}.</source>
            <translation>Programas de sanciones: {programs}.</translation>
        </message>
        <message>
            <source>Say in a sentence or two why you recommend this.</source>
            <translation>Explique en una o dos frases por qué lo recomienda.</translation>
        </message>
        <message>
            <source>Say what to follow up.</source>
            <translation>Indique a qué hay que hacer seguimiento.</translation>
        </message>
        <message>
            <source>Say whether the party is the listed one (same) or not (not_same).</source>
            <translation>Diga si la parte es la de la lista (same) o no (not_same).</translation>
        </message>
        <message>
            <source>Say who approves: the approver confirms with their own passphrase.</source>
            <translation>Indique quién aprueba: el aprobador confirma con su propia frase de acceso.</translation>
        </message>
        <message>
            <source>Say who decided.</source>
            <translation>Indique quién decidió.</translation>
        </message>
        <message>
            <source>Say who sends it back: the approver confirms with their own passphrase.</source>
            <translation>Indique quién la devuelve: el aprobador confirma con su propia frase de acceso.</translation>
        </message>
        <message>
            <source>Say why it goes back: the person who asked reads it on the order.</source>
            <translation>Indique por qué se devuelve: la persona que la pidió lo lee en el pedido.</translation>
        </message>
        <message>
            <source>Say why: e.g. other date of birth, other country, other registration number.</source>
            <translation>Diga por qué: p. ej. otra fecha de nacimiento, otro país, otro número de registro.</translation>
        </message>
        <message>
            <source>Say why: the rationale is required.</source>
            <translation>Explique el motivo: es obligatorio.</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>Sectores</translation>
        </message>
        <message>
            <source>Self-service is not allowed for this order: deciding to proceed records the sales-assisted review, and the order becomes sales-assisted.</source>
            <translation>Este pedido no se permite en autoservicio: al decidir continuar se registra la revisión de venta asistida, y el pedido pasa a ser de venta asistida.</translation>
        </message>
        <message>
            <source>Set up e-mail sending first (Settings: mail server).</source>
            <translation>Configure primero el envío de correo electrónico (Preferencias: servidor de correo).</translation>
        </message>
        <message>
            <source>Set up the company profile first (who you are and your distributor).</source>
            <translation>Configure primero el perfil de la empresa (quién es usted y cuál es su distribuidor).</translation>
        </message>
        <message>
            <source>Settings of {provider}.</source>
            <translation>Ajustes de {provider}.</translation>
        </message>
        <message>
            <source>Sign-in is available for Microsoft and Google only.</source>
            <translation>El inicio de sesión solo está disponible para Microsoft y Google.</translation>
        </message>
        <message>
            <source>Signed by {owner} (fingerprint {fingerprint}).</source>
            <translation>Firmado por {owner} (huella {fingerprint}).</translation>
        </message>
        <message>
            <source>Signed in to {provider} as {address}: e-mail is sent with this sign-in.</source>
            <translation>Sesión iniciada en {provider} como {address}: el correo se envía con este inicio de sesión.</translation>
        </message>
        <message>
            <source>Signed in. You can close this window and go back to Channel Diligence.</source>
            <translation>Sesión iniciada. Puede cerrar esta ventana y volver a Channel Diligence.</translation>
        </message>
        <message>
            <source>Signing in with your account (OAuth2) works too where the app offers it.</source>
            <translation>También puede iniciar sesión con su cuenta (OAuth2) donde la aplicación lo ofrezca.</translation>
        </message>
        <message>
            <source>Signing in with {provider} (OAuth2) needs a client id: your organisation registers the app with {provider} once and enters its client id in Settings &gt; E-mail (the README says how).</source>
            <translation>Iniciar sesión con {provider} (OAuth2) necesita un id. de cliente: su organización registra la aplicación en {provider} una vez e introduce su id. de cliente en Preferencias &gt; Correo electrónico (el README explica cómo).</translation>
        </message>
        <message>
            <source>Someone with the e-mail address {email} is already in the list.</source>
            <translation>Ya hay alguien con la dirección de correo electrónico {email} en la lista.</translation>
        </message>
        <message>
            <source>Stipulates expectations of personnel, business partners and other parties directly linked to the business</source>
            <translation>Establece lo que se espera del personal, los socios comerciales y otras partes directamente vinculadas a la actividad</translation>
        </message>
        <message>
            <source>Stopped before the end: the customers keep their earlier checks.</source>
            <translation>Detenido antes del final: los clientes conservan sus comprobaciones anteriores.</translation>
        </message>
        <message>
            <source>Stopped before the end: the customers kept their earlier checks.</source>
            <translation>Detenido antes del final: los clientes conservaron sus comprobaciones anteriores.</translation>
        </message>
        <message>
            <source>That is the database in use, not a backup.</source>
            <translation>Esa es la base de datos en uso, no una copia de seguridad.</translation>
        </message>
        <message>
            <source>The acknowledgement cannot be earlier than the day the policy was sent ({date}).</source>
            <translation>La confirmación no puede ser anterior al día en que se envió la política ({date}).</translation>
        </message>
        <message>
            <source>The address of this database holds its password, and the entry that starts Channel Diligence with your session is a plain file anyone using this computer account can read. Keep the password in PostgreSQL's password file (pgpass) and start Channel Diligence with the address without it, then tick this again.</source>
            <translation>La dirección de esta base de datos contiene su contraseña, y la entrada que inicia Channel Diligence con su sesión es un archivo de texto que cualquiera que use esta cuenta del equipo puede leer. Guarde la contraseña en el archivo de contraseñas de PostgreSQL (pgpass), inicie Channel Diligence con la dirección sin ella y vuelva a marcar esta opción.</translation>
        </message>
        <message>
            <source>The answer is dated {answered}, before packet {packet} was built on {built}: it cannot be the answer to this packet. Nothing was recorded; check the date.</source>
            <translation>La respuesta tiene fecha del {answered}, anterior a la preparación del expediente {packet} el {built}: no puede ser la respuesta a este expediente. No se registró nada; compruebe la fecha.</translation>
        </message>
        <message>
            <source>The answer to packet {packet} is already in the outbox to {to}.</source>
            <translation>La respuesta al paquete {packet} ya está en la bandeja de salida para {to}.</translation>
        </message>
        <message>
            <source>The answer to packet {packet} was already sent to {to}.</source>
            <translation>La respuesta al paquete {packet} ya se envió a {to}.</translation>
        </message>
        <message>
            <source>The answer to this packet is already recorded ({outcome}, reference {reference}).</source>
            <translation>La respuesta a este expediente ya está registrada ({outcome}, referencia {reference}).</translation>
        </message>
        <message>
            <source>The app stopped while sending an e-mail; it is sent again.</source>
            <translation>La aplicación se detuvo mientras enviaba un correo electrónico; se enviará de nuevo.</translation>
        </message>
        <message>
            <source>The approval date {date} is before the approval of version {number} ({previous}), which this version replaces: enter the day this version was approved. Nothing was adopted.</source>
            <translation>La fecha de aprobación {date} es anterior a la aprobación de la versión {number} ({previous}), que esta versión sustituye: introduzca el día en que se aprobó esta versión. No se adoptó nada.</translation>
        </message>
        <message>
            <source>The approval date {date} is in the future: enter the day the policy was actually approved.</source>
            <translation>La fecha de aprobación {date} es posterior a hoy: introduzca el día en que se aprobó realmente la política.</translation>
        </message>
        <message>
            <source>The approver types their own passphrase to confirm the approval.</source>
            <translation>Quien aprueba escribe su propia frase de acceso para confirmar la aprobación.</translation>
        </message>
        <message>
            <source>The audit log is empty: there is no head to sign yet.</source>
            <translation>El registro de auditoría está vacío: todavía no hay ninguna cabeza que firmar.</translation>
        </message>
        <message>
            <source>The backup could not be restored ({error}). The database as it was is in {safety}.</source>
            <translation>No se pudo restaurar la copia de seguridad ({error}). La base de datos tal como estaba se encuentra en {safety}.</translation>
        </message>
        <message>
            <source>The backup could not be written to {folder}: {error}.</source>
            <translation>No se pudo escribir la copia de seguridad en {folder}: {error}.</translation>
        </message>
        <message>
            <source>The backup was saved as {file}, but it could not be noted in the audit log: {reason}.</source>
            <translation>La copia de seguridad se guardó como {file}, pero no se pudo anotar en el registro de auditoría: {reason}.</translation>
        </message>
        <message>
            <source>The browser opens for the {provider} sign-in; come back here when it says so.</source>
            <translation>El navegador se abre para iniciar sesión en {provider}; vuelva aquí cuando lo indique.</translation>
        </message>
        <message>
            <source>The certificate of {host} has expired. Tell your provider or IT person; nothing is sent until it is renewed.</source>
            <translation>El certificado de {host} ha caducado. Avise a su proveedor o a su informático; no se envía nada hasta que se renueve.</translation>
        </message>
        <message>
            <source>The certificate of {host} is not trusted by this computer. Check the server name, or ask your IT person.</source>
            <translation>Este ordenador no confía en el certificado de {host}. Compruebe el nombre del servidor o consulte a su informático.</translation>
        </message>
        <message>
            <source>The chain head's event_hash is not a SHA-256 (64 lower-case hex digits).</source>
            <translation>El event_hash de la cabeza de la cadena no es un SHA-256 (64 dígitos hexadecimales en minúscula).</translation>
        </message>
        <message>
            <source>The chain head's key_fingerprint is not a fingerprint.</source>
            <translation>El key_fingerprint de la cabeza de la cadena no es una huella digital.</translation>
        </message>
        <message>
            <source>The chain head's seq is not an event number.</source>
            <translation>El seq de la cabeza de la cadena no es un número de evento.</translation>
        </message>
        <message>
            <source>The chain head's signed_at is not a time.</source>
            <translation>El signed_at de la cabeza de la cadena no es una hora.</translation>
        </message>
        <message>
            <source>The chain's head is not signed yet (the company's signing key is not on this computer, or nothing was signed since), so deleting the newest events would not show here.</source>
            <translation>La cabeza de la cadena aún no está firmada (la clave de firma de la empresa no está en este ordenador, o no se ha firmado nada desde entonces), así que aquí no se vería si se eliminaran los eventos más recientes.</translation>
        </message>
        <message>
            <source>The company profile lists no distributors: add the distributor in the app (Company profile) first.</source>
            <translation>El perfil de la empresa no indica ningún distribuidor: añada primero el distribuidor en la aplicación (Perfil de la empresa).</translation>
        </message>
        <message>
            <source>The company's signing key (fingerprint {fingerprint}) is not in this computer's keyring, so nothing can be signed here. Sign on the computer where the key was made.</source>
            <translation>La clave de firma de la empresa (huella {fingerprint}) no está en el llavero de este ordenador, así que aquí no se puede firmar nada. Firme en el ordenador donde se creó la clave.</translation>
        </message>
        <message>
            <source>The company's signing key could not be stored in the system keyring: {error}.</source>
            <translation>La clave de firma de la empresa no se pudo guardar en el llavero del sistema: {error}.</translation>
        </message>
        <message>
            <source>The company's signing key could not be written to {file}: {error}.</source>
            <translation>No se pudo escribir la clave de firma de la empresa en {file}: {error}.</translation>
        </message>
        <message>
            <source>The company's signing key is in a file encrypted with the passphrase of {person}, the administrator: give it once to sign in this session.</source>
            <translation>La clave de firma de la empresa está en un archivo cifrado con la frase de acceso de {person}, el administrador: introdúzcala una vez para firmar en esta sesión.</translation>
        </message>
        <message>
            <source>The consignee is the customer or the end user already: choose the party that receives the goods for them, or none.</source>
            <translation>El consignatario ya es el cliente o el usuario final: elija la parte que recibe la mercancía por cuenta de ellos, o ninguna.</translation>
        </message>
        <message>
            <source>The criteria pack '{title}', version {version}, is {days} days old (dated {date}): check for a newer one.</source>
            <translation>El paquete de criterios '{title}', versión {version}, tiene {days} días (fechado el {date}): compruebe si hay uno más reciente.</translation>
        </message>
        <message>
            <source>The criteria pack has no question {question}.</source>
            <translation>El paquete de criterios no tiene la pregunta {question}.</translation>
        </message>
        <message>
            <source>The criteria pack in use ({pack} {version}) was changed in the database after it was imported: its fingerprint no longer matches. Screening is stopped so that no order is screened with altered rules. Import the pack again from its file, or restore a backup.</source>
            <translation>El paquete de criterios en uso ({pack} {version}) se modificó en la base de datos después de importarlo: su huella digital ya no coincide. La evaluación se ha detenido para que ningún pedido se evalúe con reglas alteradas. Vuelva a importar el paquete desde su archivo o restaure una copia de seguridad.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed, and no key of its issuer {name} is pinned: who wrote it cannot be proven. Import it only if you trust where it came from.</source>
            <translation>El paquete de criterios no está firmado y no hay ninguna clave fijada de su emisor {name}: no se puede probar quién lo escribió. Impórtelo solo si confía en su procedencia.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed, but {name}'s key is pinned (fingerprint {fingerprint}): an unsigned pack could have been written by anyone. {nothing} Choose the pack file that came with its signature (the .sig.json file) beside it.</source>
            <translation>El paquete de criterios no está firmado, pero la clave de {name} está fijada (huella {fingerprint}): un paquete sin firmar podría haberlo escrito cualquiera. {nothing} Elija el archivo del paquete que llegó con su firma (el archivo .sig.json) al lado.</translation>
        </message>
        <message>
            <source>The criteria pack is not signed; it is accepted because unsigned files from {name} are allowed (an administrator's choice).</source>
            <translation>El paquete de criterios no está firmado; se acepta porque se permiten archivos sin firmar de {name} (decisión de un administrador).</translation>
        </message>
        <message>
            <source>The criteria pack is refused: {reason} {nothing}</source>
            <translation>El paquete de criterios se rechaza: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The criteria pack is signed by {signer} (fingerprint {fingerprint}), but no key of {signer} or of its issuer {name} is pinned, so the signature proves nothing yet. Pin the distributor's key after comparing its fingerprint.</source>
            <translation>El paquete de criterios está firmado por {signer} (huella {fingerprint}), pero no hay ninguna clave fijada de {signer} ni de su emisor {name}, así que la firma aún no prueba nada. Fije la clave del distribuidor después de comparar su huella.</translation>
        </message>
        <message>
            <source>The criteria pack names {name} as its issuer but is signed with the key of {other} (fingerprint {fingerprint}). {nothing}</source>
            <translation>El paquete de criterios indica a {name} como emisor, pero está firmado con la clave de {other} (huella {fingerprint}). {nothing}</translation>
        </message>
        <message>
            <source>The criteria pack's signature cannot be read: {reason} {nothing}</source>
            <translation>La firma del paquete de criterios no se puede leer: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The customer is not identified: give the customer's name and country.</source>
            <translation>El cliente no está identificado: indique el nombre y el país del cliente.</translation>
        </message>
        <message>
            <source>The daily digest cannot be sent: set up e-mail sending first (Settings: mail server).</source>
            <translation>El resumen diario no se puede enviar: configure primero el envío de correo (Ajustes: servidor de correo).</translation>
        </message>
        <message>
            <source>The daily digest goes to nobody: enter its addresses in Settings (Daily digest).</source>
            <translation>El resumen diario no tiene destinatarios: introduzca sus direcciones en Ajustes (Resumen diario).</translation>
        </message>
        <message>
            <source>The database {database} cannot be opened: {error}.</source>
            <translation>No se puede abrir la base de datos {database}: {error}.</translation>
        </message>
        <message>
            <source>The database {path} is damaged, so nothing was saved. Restore the newest backup (File &gt; Restore from backup) or ask your IT contact for help.</source>
            <translation>La base de datos {path} está dañada, así que no se guardó nada. Restaure la copia de seguridad más reciente (Archivo &gt; Restaurar copia de seguridad) o pida ayuda a su contacto de informática.</translation>
        </message>
        <message>
            <source>The database {path} is read-only, so nothing was saved. Ask your IT contact to give you write access to the file and its folder, then try again.</source>
            <translation>La base de datos {path} es de solo lectura, así que no se guardó nada. Pida a su contacto de informática que le dé permiso de escritura para el archivo y su carpeta y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The date of the answer is in the future.</source>
            <translation>La fecha de la respuesta es posterior a hoy.</translation>
        </message>
        <message>
            <source>The date {date} is before the policy was approved ({approved}).</source>
            <translation>La fecha {date} es anterior a la aprobación de la política ({approved}).</translation>
        </message>
        <message>
            <source>The date {date} is in the future.</source>
            <translation>La fecha {date} es posterior a hoy.</translation>
        </message>
        <message>
            <source>The date {date} is in the future: record a communication once it has happened.</source>
            <translation>La fecha {date} es posterior a hoy: registre una comunicación cuando se haya producido.</translation>
        </message>
        <message>
            <source>The dates in {file} are not in the order chosen: {date} can only be day first. Choose day first, or leave the choice to the file.</source>
            <translation>Las fechas de {file} no están en el orden elegido: {date} solo puede ser día primero. Elija día primero o deje que lo decida el archivo.</translation>
        </message>
        <message>
            <source>The dates in {file} are not in the order chosen: {date} can only be month first. Choose month first, or leave the choice to the file.</source>
            <translation>Las fechas de {file} no están en el orden elegido: {date} solo puede ser mes primero. Elija mes primero o deje que lo decida el archivo.</translation>
        </message>
        <message>
            <source>The dates in {file} are written in two orders: {day_first} is day first and {month_first} month first. Nothing was imported: correct the dates in the file.</source>
            <translation>Las fechas de {file} están escritas en dos órdenes: {day_first} es día primero y {month_first} mes primero. No se importó nada: corrija las fechas en el archivo.</translation>
        </message>
        <message>
            <source>The dates in {file} can be read two ways: {date} is day first or month first, and no date in the file tells which. Choose the date order of the file.</source>
            <translation>Las fechas de {file} se pueden leer de dos maneras: {date} puede ser día primero o mes primero, y ninguna fecha del archivo lo aclara. Elija el orden de las fechas del archivo.</translation>
        </message>
        <message>
            <source>The decision file is for packet {answered}, not for packet {expected}.</source>
            <translation>El archivo de decisión corresponde al expediente {answered}, no al expediente {expected}.</translation>
        </message>
        <message>
            <source>The decision file is not signed, and no key of {name} is pinned: who wrote it cannot be proven. Pin {name}'s key to check its decision files.</source>
            <translation>El archivo de decisión no está firmado y no hay ninguna clave de {name} fijada: no puede probarse quién lo escribió. Fije la clave de {name} para comprobar sus archivos de decisión.</translation>
        </message>
        <message>
            <source>The decision file is not signed, but {name}'s key is pinned (fingerprint {fingerprint}): an unsigned file could have been written by anyone. {nothing} Choose the decision file that came with its signature ({signature_file}) beside it.</source>
            <translation>El archivo de decisión no está firmado, pero la clave de {name} está fijada (huella {fingerprint}): un archivo sin firmar podría haberlo escrito cualquiera. {nothing} Elija el archivo de decisión que llegó con su firma ({signature_file}) al lado.</translation>
        </message>
        <message>
            <source>The decision file is not signed; it is accepted because unsigned files from {name} are allowed (an administrator's choice).</source>
            <translation>El archivo de decisión no está firmado; se acepta porque se permiten archivos sin firmar de {name} (decisión de un administrador).</translation>
        </message>
        <message>
            <source>The decision file is refused: {reason} {nothing}</source>
            <translation>El archivo de decisión se rechaza: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The decision file is signed by {signer} (fingerprint {fingerprint}), but no key of {name} is pinned, so the signature proves nothing yet. Pin {name}'s key after comparing its fingerprint.</source>
            <translation>El archivo de decisión está firmado por {signer} (huella {fingerprint}), pero no hay ninguna clave de {name} fijada, así que la firma aún no prueba nada. Fije la clave de {name} tras comparar su huella.</translation>
        </message>
        <message>
            <source>The decision file is signed with the key of {other} (fingerprint {fingerprint}), but the packet was sent to {name}. {nothing}</source>
            <translation>El archivo de decisión está firmado con la clave de {other} (huella {fingerprint}), pero el paquete se envió a {name}. {nothing}</translation>
        </message>
        <message>
            <source>The decision file is signed with the key of {other} (fingerprint {fingerprint}), not with the key of {name}, to whom the packet was sent. {nothing}</source>
            <translation>El archivo de decisión está firmado con la clave de {other} (huella {fingerprint}), no con la clave de {name}, a quien se envió el paquete. {nothing}</translation>
        </message>
        <message>
            <source>The decision file lists conditions, but its outcome is {outcome}: conditions only go with approved_with_conditions. Ask the distributor for a corrected file.</source>
            <translation>El archivo de decisión enumera condiciones, pero su resultado es {outcome}: las condiciones solo corresponden a approved_with_conditions. Pida al distribuidor un archivo corregido.</translation>
        </message>
        <message>
            <source>The decision file must be a JSON object.</source>
            <translation>El archivo de decisión debe ser un objeto JSON.</translation>
        </message>
        <message>
            <source>The decision file was altered after it was sealed: its content no longer matches its seal.</source>
            <translation>El archivo de decisión se modificó después de sellarse: su contenido ya no coincide con su sello.</translation>
        </message>
        <message>
            <source>The decision file's signature cannot be read: {reason} {nothing}</source>
            <translation>La firma del archivo de decisión no puede leerse: {reason} {nothing}</translation>
        </message>
        <message>
            <source>The decision is for packet {answered}, not for packet {sent}.</source>
            <translation>La decisión corresponde al expediente {answered}, no al expediente {sent}.</translation>
        </message>
        <message>
            <source>The decision names neither the manifest's SHA-256 nor the file {name} of the packet sent: it cannot be told which packet it answers.</source>
            <translation>La decisión no indica ni el SHA-256 del manifiesto ni el archivo {name} del paquete enviado: no se puede saber a qué paquete responde.</translation>
        </message>
        <message>
            <source>The destination country is not given.</source>
            <translation>No se indica el país de destino.</translation>
        </message>
        <message>
            <source>The digest goes to at most {count} addresses.</source>
            <translation>El resumen se envía como máximo a {count} direcciones.</translation>
        </message>
        <message>
            <source>The disk is full, so nothing was saved. Free some space on the drive that holds {path} and try again.</source>
            <translation>El disco está lleno, así que no se guardó nada. Libere espacio en la unidad donde está {path} y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The distributor already answered for order {reference} ({outcome}, reference {their_reference}, {date}): the order follows that answer and is not escalated again. If the order changes, save it: when the new screening differs, you can escalate it again.</source>
            <translation>El distribuidor ya respondió sobre el pedido {reference} ({outcome}, referencia {their_reference}, {date}): el pedido sigue esa respuesta y no se vuelve a escalar. Si el pedido cambia, guárdelo: cuando la nueva evaluación sea distinta, podrá escalarlo de nuevo.</translation>
        </message>
        <message>
            <source>The distributor answered on order {refs}.</source>
            <translation>El distribuidor respondió sobre el pedido {refs}.</translation>
        </message>
        <message>
            <source>The distributor {outcome} ({who}).</source>
            <translation>El distribuidor {outcome} ({who}).</translation>
        </message>
        <message>
            <source>The distributor {outcome}.</source>
            <translation>El distribuidor {outcome}.</translation>
        </message>
        <message>
            <source>The distributor's answer on order {reference} is already recorded ({outcome}, reference {their_reference}). Nothing was recorded; to ask again, build a new packet.</source>
            <translation>La respuesta del distribuidor sobre el pedido {reference} ya está registrada ({outcome}, referencia {their_reference}). No se registró nada; para volver a preguntar, prepare un nuevo expediente.</translation>
        </message>
        <message>
            <source>The drive that holds {path} could not be read or written, so nothing was saved. Check that the drive or network share is connected and try again; tell your IT contact if it happens again.</source>
            <translation>No se pudo leer ni escribir en la unidad donde está {path}, así que no se guardó nada. Compruebe que la unidad o la carpeta compartida de red está conectada y vuelva a intentarlo; si vuelve a ocurrir, avise a su contacto de informática.</translation>
        </message>
        <message>
            <source>The due diligence report for {period} to {who} is due today.</source>
            <translation>El informe de diligencia debida de {period} para {who} vence hoy.</translation>
        </message>
        <message>
            <source>The due diligence report for {period} to {who} was due on {date}.</source>
            <translation>El informe de diligencia debida de {period} para {who} vencía el {date}.</translation>
        </message>
        <message>
            <source>The e-mail to {to} could not be sent: {reason}</source>
            <translation>No se pudo enviar el correo electrónico a {to}: {reason}</translation>
        </message>
        <message>
            <source>The e-mail to {to} was cancelled.</source>
            <translation>Se canceló el correo electrónico a {to}.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was not sent yet; it is tried again later.</source>
            <translation>El correo electrónico a {to} aún no se ha enviado; se volverá a intentar más tarde.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was put back in the outbox.</source>
            <translation>El correo electrónico a {to} se ha vuelto a poner en la bandeja de salida.</translation>
        </message>
        <message>
            <source>The e-mail to {to} was sent.</source>
            <translation>Se envió el correo electrónico a {to}.</translation>
        </message>
        <message>
            <source>The earlier decision no longer applies.</source>
            <translation>La decisión anterior ya no es válida.</translation>
        </message>
        <message>
            <source>The end date is before the start date.</source>
            <translation>La fecha final es anterior a la fecha inicial.</translation>
        </message>
        <message>
            <source>The end user is not named: choose the end user, or the customer itself if it uses the goods.</source>
            <translation>El usuario final no está nombrado: elija el usuario final, o el propio cliente si es él quien usa los productos.</translation>
        </message>
        <message>
            <source>The entry is {listed}.</source>
            <translation>La entrada es {listed}.</translation>
        </message>
        <message>
            <source>The entry that starts Channel Diligence with your session could not be changed ({where}): {reason}</source>
            <translation>No se pudo cambiar la entrada que inicia Channel Diligence con su sesión ({where}): {reason}</translation>
        </message>
        <message>
            <source>The file does not hold the named fields of {what}.</source>
            <translation>El archivo no contiene los campos con nombre de {what}.</translation>
        </message>
        <message>
            <source>The file fetched from {host} cannot be used: {reason} Nothing was imported. {stay}</source>
            <translation>El archivo descargado de {host} no se puede usar: {reason} No se importó nada. {stay}</translation>
        </message>
        <message>
            <source>The file has column names but no orders below them: nothing was imported. Check that you chose the right file.</source>
            <translation>El archivo tiene nombres de columna, pero ningún pedido debajo: no se importó nada. Compruebe que ha elegido el archivo correcto.</translation>
        </message>
        <message>
            <source>The file has no column named {column}.</source>
            <translation>El archivo no tiene ninguna columna llamada {column}.</translation>
        </message>
        <message>
            <source>The file has no {field}.</source>
            <translation>El archivo no tiene {field}.</translation>
        </message>
        <message>
            <source>The file holds a single value, not the data it should hold: it {problem}</source>
            <translation>El archivo contiene un único valor, no los datos que debería contener: {problem}</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <source>The file is not a sealed signing key of Channel Diligence.</source>
            <translation>El archivo no es una clave de firma cifrada de Channel Diligence.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: it is not UTF-8 text (the byte at position {position} is not part of any character). Save it as UTF-8 and try again.</source>
            <translation>El archivo no es JSON válido: no es texto UTF-8 (el byte en la posición {position} no forma parte de ningún carácter). Guárdelo como UTF-8 y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>The file is not valid JSON: {error}.</source>
            <translation>El archivo no es JSON válido: {error}.</translation>
        </message>
        <message>
            <source>The file is version {found}; this app reads version {expected}. Update the app to read it.</source>
            <translation>El archivo es de la versión {found}; esta aplicación lee la versión {expected}. Actualice la aplicación para leerlo.</translation>
        </message>
        <message>
            <source>The file is {size} bytes long; {what} is a few hundred bytes (at most {limit}). Check that you chose the right file.</source>
            <translation>El archivo ocupa {size} bytes; {what} ocupa unos cientos de bytes (como mucho {limit}). Compruebe que eligió el archivo correcto.</translation>
        </message>
        <message>
            <source>The file nests its data more than {limit} levels deep; no file this app reads does that. Check that you chose the right file.</source>
            <translation>El archivo anida sus datos a más de {limit} niveles de profundidad; ningún archivo que lee esta aplicación lo hace. Compruebe que eligió el archivo correcto.</translation>
        </message>
        <message>
            <source>The file {file} cannot be read: {error}.</source>
            <translation>No se puede leer el archivo {file}: {error}.</translation>
        </message>
        <message>
            <source>The file {name} the distributor read was altered after the manifest was made: its SHA-256 differs.</source>
            <translation>El archivo {name} que leyó el distribuidor se modificó después de crear el manifiesto: su SHA-256 es distinto.</translation>
        </message>
        <message>
            <source>The file's algorithm is {found}; only {expected} is used.</source>
            <translation>El algoritmo del archivo es {found}; solo se usa {expected}.</translation>
        </message>
        <message>
            <source>The file's {field} is not a name (longer than {limit} characters, or not printable).</source>
            <translation>El campo {field} del archivo no es un nombre (tiene más de {limit} caracteres o no es imprimible).</translation>
        </message>
        <message>
            <source>The file's {field} is not valid base64.</source>
            <translation>El campo {field} del archivo no es base64 válido.</translation>
        </message>
        <message>
            <source>The file's {field} is {size} bytes long, not {expected}: it is cut short or not one.</source>
            <translation>El campo {field} del archivo tiene {size} bytes, no {expected}: está cortado o no es uno.</translation>
        </message>
        <message>
            <source>The file's {field} must be a name in quotes.</source>
            <translation>El campo {field} del archivo debe ser un nombre entre comillas.</translation>
        </message>
        <message>
            <source>The file's {field} must be base64 text.</source>
            <translation>El campo {field} del archivo debe ser texto base64.</translation>
        </message>
        <message>
            <source>The files are larger than 20 MB together, more than most mail servers accept: leave some out.</source>
            <translation>Los archivos ocupan en total más de 20 MB, más de lo que aceptan la mayoría de los servidores de correo: quite algunos.</translation>
        </message>
        <message>
            <source>The first row must hold the column names.</source>
            <translation>La primera fila debe contener los nombres de las columnas.</translation>
        </message>
        <message>
            <source>The first row of {file} separates its column names with {header} but the rows below it use {rows}: nothing was imported. Save or export the file again with one separator.</source>
            <translation>La primera fila de {file} separa los nombres de columna con {header}, pero las filas siguientes usan {rows}: no se importó nada. Guarde o exporte de nuevo el archivo con un único separador.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>The human rights policy has no review date: set its next yearly review.</source>
            <translation>La política de derechos humanos no tiene fecha de revisión: fije su próxima revisión anual.</translation>
        </message>
        <message>
            <source>The human rights policy's yearly review is due today.</source>
            <translation>La revisión anual de la política de derechos humanos vence hoy.</translation>
        </message>
        <message>
            <source>The human rights policy's yearly review was due on {date} ({days} days ago).</source>
            <translation>La revisión anual de la política de derechos humanos vencía el {date} (hace {days} días).</translation>
        </message>
        <message>
            <source>The intended use is not written down in the customer's words.</source>
            <translation>El uso previsto no está escrito en palabras del cliente.</translation>
        </message>
        <message>
            <source>The key file's fingerprint is {found}, not {expected} as given: it is not the key its owner read out. Nothing was pinned; ask for the right key file.</source>
            <translation>La huella del archivo de clave es {found}, no {expected} como se indicó: no es la clave que leyó su titular. No se fijó nada; pida el archivo de clave correcto.</translation>
        </message>
        <message>
            <source>The listed entry changed since it was reviewed on {date} by {who} (then: not the same party, {reason}).</source>
            <translation>La entrada de la lista ha cambiado desde que {who} la revisó el {date} (entonces: no es la misma parte, {reason}).</translation>
        </message>
        <message>
            <source>The lists already imported stay in use.</source>
            <translation>Las listas ya importadas siguen en uso.</translation>
        </message>
        <message>
            <source>The mail server {host} does not exist (no such name on the internet). Check its spelling; your provider's help pages name it.</source>
            <translation>El servidor de correo {host} no existe (ese nombre no está en internet). Compruebe cómo se escribe; las páginas de ayuda de su proveedor lo indican.</translation>
        </message>
        <message>
            <source>The manifest cannot be read ({error}).</source>
            <translation>No se puede leer el manifiesto ({error}).</translation>
        </message>
        <message>
            <source>The message is {state}: it cannot be changed now.</source>
            <translation>El estado del mensaje es «{state}»: ahora no se puede cambiar.</translation>
        </message>
        <message>
            <source>The name is empty or holds only spaces, punctuation or invisible characters: there is nothing to check against the sanctions lists.</source>
            <translation>El nombre está vacío o solo contiene espacios, signos de puntuación o caracteres invisibles: no hay nada que comprobar en las listas de sanciones.</translation>
        </message>
        <message>
            <source>The name is {length} characters long, longer than any party's name (at most {limit}): enter the party's name, not a text or a file.</source>
            <translation>El nombre tiene {length} caracteres, más que el nombre de cualquier parte (como máximo {limit}): introduzca el nombre de la parte, no un texto ni un archivo.</translation>
        </message>
        <message>
            <source>The name of {name} contains characters that reverse the text and can hide what the file really is: rename the file and add it again.</source>
            <translation>El nombre de {name} contiene caracteres que invierten el texto y pueden ocultar qué es realmente el archivo: cambie el nombre del archivo y vuelva a añadirlo.</translation>
        </message>
        <message>
            <source>The new passphrase is the current one.</source>
            <translation>La nueva frase de contraseña es la actual.</translation>
        </message>
        <message>
            <source>The packet holds a file named {name}, which cannot be written safely: build the packet again.</source>
            <translation>El paquete contiene un archivo llamado {name} que no se puede escribir de forma segura: vuelva a generar el paquete.</translation>
        </message>
        <message>
            <source>The packet of {reseller} names no contact e-mail address: enter the address to send the answer to.</source>
            <translation>El paquete de {reseller} no indica ninguna dirección de correo de contacto: introduzca la dirección a la que enviar la respuesta.</translation>
        </message>
        <message>
            <source>The packet sent has no file {name}.</source>
            <translation>El expediente enviado no tiene ningún archivo {name}.</translation>
        </message>
        <message>
            <source>The packet the distributor answered was altered after its manifest was made: the manifest hash in the decision ({answered}…) is not the one of the packet sent ({sent}…).</source>
            <translation>El expediente que respondió el distribuidor se modificó después de crear su manifiesto: el hash del manifiesto que figura en la decisión ({answered}…) no es el del expediente enviado ({sent}…).</translation>
        </message>
        <message>
            <source>The party has no name to review.</source>
            <translation>La parte no tiene nombre que revisar.</translation>
        </message>
        <message>
            <source>The passphrase does not open the sealed signing key.</source>
            <translation>La frase de acceso no abre la clave de firma cifrada.</translation>
        </message>
        <message>
            <source>The passphrase of {person} is right but does not open the file of the company's signing key ({file}): it was encrypted with the passphrase {person} had before it was reset.</source>
            <translation>La frase de acceso de {person} es correcta, pero no abre el archivo de la clave de firma de la empresa ({file}): se cifró con la frase de acceso que {person} tenía antes de que se restableciera.</translation>
        </message>
        <message>
            <source>The password file {file} cannot be read: {reason}.</source>
            <translation>No se puede leer el archivo de contraseña {file}: {reason}.</translation>
        </message>
        <message>
            <source>The password file {file} is empty.</source>
            <translation>El archivo de contraseña {file} está vacío.</translation>
        </message>
        <message>
            <source>The password file {file} is not text (UTF-8).</source>
            <translation>El archivo de contraseña {file} no es texto (UTF-8).</translation>
        </message>
        <message>
            <source>The password file {file} is too large to hold a password.</source>
            <translation>El archivo de contraseña {file} es demasiado grande para contener una contraseña.</translation>
        </message>
        <message>
            <source>The password would travel unencrypted: choose STARTTLS or SSL for a server that needs a login.</source>
            <translation>La contraseña viajaría sin cifrar: elija STARTTLS o SSL para un servidor que requiere inicio de sesión.</translation>
        </message>
        <message>
            <source>The permission for this app to send e-mail as {address} was withdrawn at {provider}. Sign in to {provider} again in Settings &gt; E-mail and allow sending; the messages stay in the outbox.</source>
            <translation>Se retiró en {provider} el permiso de esta aplicación para enviar correo como {address}. Vuelva a iniciar sesión en {provider} en Preferencias &gt; Correo electrónico y permita el envío; los mensajes siguen en la bandeja de salida.</translation>
        </message>
        <message>
            <source>The policy template is missing from the installation.</source>
            <translation>Falta la plantilla de la política en la instalación.</translation>
        </message>
        <message>
            <source>The port is a number, e.g. 587.</source>
            <translation>El puerto es un número, p. ej. 587.</translation>
        </message>
        <message>
            <source>The port must be between {low} and {high}.</source>
            <translation>El puerto debe estar entre {low} y {high}.</translation>
        </message>
        <message>
            <source>The public key is not an Ed25519 key.</source>
            <translation>La clave pública no es una clave Ed25519.</translation>
        </message>
        <message>
            <source>The reason is {count} characters long: say why in at most {limit}.</source>
            <translation>El motivo tiene {count} caracteres: explíquelo en {limit} como máximo.</translation>
        </message>
        <message>
            <source>The reference is too long (100 characters).</source>
            <translation>La referencia es demasiado larga (100 caracteres).</translation>
        </message>
        <message>
            <source>The request for approval by {who} was not approved: the order changed after it was asked.</source>
            <translation>La solicitud de aprobación de {who} no se aprobó: el pedido cambió después de pedirla.</translation>
        </message>
        <message>
            <source>The request for order {reference} is stale: the order changed after approval was asked. Ask for approval again.</source>
            <translation>La solicitud del pedido {reference} está desfasada: el pedido cambió después de pedir la aprobación. Pida la aprobación de nuevo.</translation>
        </message>
        <message>
            <source>The request for order {reference} was already approved by {person}.</source>
            <translation>La solicitud del pedido {reference} ya la aprobó {person}.</translation>
        </message>
        <message>
            <source>The request for order {reference} was already sent back by {person}.</source>
            <translation>La solicitud del pedido {reference} ya la devolvió {person}.</translation>
        </message>
        <message>
            <source>The review date {date} is in the past: choose a date from today on, usually one year after approval.</source>
            <translation>La fecha de revisión {date} ya ha pasado: elija una fecha a partir de hoy, normalmente un año después de la aprobación.</translation>
        </message>
        <message>
            <source>The sanctions lists hold too many distinct words for the name index; import fewer lists.</source>
            <translation>Las listas de sanciones contienen demasiadas palabras distintas para el índice de nombres; importe menos listas.</translation>
        </message>
        <message>
            <source>The sealed signing key is damaged: some of its fields are missing or wrong.</source>
            <translation>La clave de firma cifrada está dañada: faltan algunos de sus campos o son incorrectos.</translation>
        </message>
        <message>
            <source>The sealed signing key is of version {version}, which this version of the app cannot open.</source>
            <translation>La clave de firma cifrada es de la versión {version}, que esta versión de la aplicación no puede abrir.</translation>
        </message>
        <message>
            <source>The secure connection to {host} failed. Check the security setting: port 465 goes with SSL, port 587 with STARTTLS.</source>
            <translation>Falló la conexión segura con {host}. Compruebe la seguridad: el puerto 465 va con SSL, el 587 con STARTTLS.</translation>
        </message>
        <message>
            <source>The server's certificate is made out to another name than {host}. Use the exact server name your provider gives (often the certificate's name).</source>
            <translation>El certificado del servidor está emitido a otro nombre distinto de {host}. Use el nombre exacto del servidor que da su proveedor (a menudo el del certificado).</translation>
        </message>
        <message>
            <source>The server's certificate is self-signed, so the app cannot tell it is really {host}. Use your provider's official server name, or ask your IT person to install a proper certificate.</source>
            <translation>El certificado del servidor está autofirmado, así que la aplicación no puede saber si es realmente {host}. Use el nombre oficial del servidor de su proveedor o pida a su informático que instale un certificado válido.</translation>
        </message>
        <message>
            <source>The signature cannot be read: {reason}</source>
            <translation>La firma no se puede leer: {reason}</translation>
        </message>
        <message>
            <source>The signature file is for {purpose}, which this app does not sign.</source>
            <translation>El archivo de firma es para {purpose}, algo que esta aplicación no firma.</translation>
        </message>
        <message>
            <source>The signature file's key_fingerprint is not a fingerprint.</source>
            <translation>El key_fingerprint del archivo de firma no es una huella.</translation>
        </message>
        <message>
            <source>The signature file's signed_sha256 is not a SHA-256 (64 lower-case hex digits).</source>
            <translation>El signed_sha256 del archivo de firma no es un SHA-256 (64 dígitos hexadecimales en minúscula).</translation>
        </message>
        <message>
            <source>The signature is wrong: it was not made with {owner}'s key (fingerprint {ours}), or it was changed.</source>
            <translation>La firma no es correcta: no se hizo con la clave de {owner} (huella {ours}) o fue modificada.</translation>
        </message>
        <message>
            <source>The signature was made for something else ({purpose}).</source>
            <translation>La firma se hizo para otra cosa ({purpose}).</translation>
        </message>
        <message>
            <source>The signature would overwrite the pack itself: choose another file. Nothing was signed.</source>
            <translation>La firma sobrescribiría el propio paquete: elija otro archivo. No se firmó nada.</translation>
        </message>
        <message>
            <source>The signed head of {when} (event {seq}) holds; {key}.</source>
            <translation>La cabeza firmada el {when} (evento {seq}) es válida; {key}.</translation>
        </message>
        <message>
            <source>The stored criteria pack cannot be read: {error}</source>
            <translation>No se puede leer el paquete de criterios guardado: {error}</translation>
        </message>
        <message>
            <source>The {provider} sign-in did not finish ({reason}). Try again.</source>
            <translation>El inicio de sesión en {provider} no terminó ({reason}). Inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>The {provider} sign-in service could not be reached ({reason}). Nothing was sent; the messages stay in the outbox. Check the internet connection and try again.</source>
            <translation>No se pudo contactar con el servicio de inicio de sesión de {provider} ({reason}). No se envió nada; los mensajes siguen en la bandeja de salida. Compruebe la conexión a internet e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>There is no answer {answer}.</source>
            <translation>No existe la respuesta {answer}.</translation>
        </message>
        <message>
            <source>There is no customer number {id}.</source>
            <translation>No existe el cliente número {id}.</translation>
        </message>
        <message>
            <source>There is no distributor {name} in the company profile (distributors: {names}). Add it there first, or use its name or number as listed.</source>
            <translation>No hay ningún distribuidor {name} en el perfil de la empresa (distribuidores: {names}). Añádalo allí primero, o use su nombre o número tal como aparece.</translation>
        </message>
        <message>
            <source>There is no draft policy: start one in the app (Policy &gt; Human rights policy).</source>
            <translation>No hay ningún borrador de la política: inicie uno en la aplicación (Política &gt; Política de derechos humanos).</translation>
        </message>
        <message>
            <source>There is no encrypted file of the company's signing key on this computer ({file}).</source>
            <translation>No hay ningún archivo cifrado de la clave de firma de la empresa en este ordenador ({file}).</translation>
        </message>
        <message>
            <source>There is no escalation packet {packet}.</source>
            <translation>No existe el expediente de escalado {packet}.</translation>
        </message>
        <message>
            <source>There is no file or folder {file}.</source>
            <translation>No existe el archivo o la carpeta {file}.</translation>
        </message>
        <message>
            <source>There is no file {file}.</source>
            <translation>No existe el archivo {file}.</translation>
        </message>
        <message>
            <source>There is no follow-up {follow_up}.</source>
            <translation>No existe el seguimiento {follow_up}.</translation>
        </message>
        <message>
            <source>There is no order with the reference {references}.</source>
            <translation>No hay ningún pedido con la referencia {references}.</translation>
        </message>
        <message>
            <source>There is no outbox message {message}.</source>
            <translation>No existe el mensaje {message} en la bandeja de salida.</translation>
        </message>
        <message>
            <source>There is no packet {packet}.</source>
            <translation>No existe el expediente {packet}.</translation>
        </message>
        <message>
            <source>There is no person number {id}.</source>
            <translation>No existe la persona número {id}.</translation>
        </message>
        <message>
            <source>There is no request for approval number {id}.</source>
            <translation>No existe la solicitud de aprobación número {id}.</translation>
        </message>
        <message>
            <source>There must always be an active administrator: give someone else the role administrator first. Nothing was changed.</source>
            <translation>Siempre debe haber un administrador activo: dé primero el rol de administrador a otra persona. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>There must always be an active approver for the orders that need the senior approver: give someone else the role approver first. Nothing was changed.</source>
            <translation>Siempre debe haber un aprobador activo para los pedidos que necesitan al responsable de aprobación: dé primero el rol de aprobador a otra persona. No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use, so the sign-in cannot be kept. Use a password instead.</source>
            <translation>Este equipo no tiene un almacén de contraseñas (keyring) que la aplicación pueda usar, así que el inicio de sesión no se puede guardar. Use una contraseña.</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use: the SMTP password cannot be kept, so the app asks for it each time it sends.</source>
            <translation>Este equipo no tiene un almacén de contraseñas (keyring) que la aplicación pueda usar: la contraseña SMTP no se puede guardar, así que la aplicación la pide cada vez que envía.</translation>
        </message>
        <message>
            <source>This computer has no system keyring (password store), where the company's signing key is kept, so nothing can be signed here. Use the app on a computer with a keyring (Windows Credential Manager, macOS Keychain, or a Secret Service such as GNOME Keyring or KWallet on Linux).</source>
            <translation>Este ordenador no tiene llavero del sistema (almacén de contraseñas), donde se guarda la clave de firma de la empresa, así que aquí no se puede firmar nada. Use la aplicación en un ordenador con llavero (Administrador de credenciales de Windows, Llavero de macOS o un Secret Service como GNOME Keyring o KWallet en Linux).</translation>
        </message>
        <message>
            <source>This computer has no system keyring: the company's signing key is made now, in a file encrypted with the passphrase of {person}, the administrator: give it to sign.</source>
            <translation>Este ordenador no tiene llavero del sistema: la clave de firma de la empresa se crea ahora, en un archivo cifrado con la frase de acceso de {person}, el administrador: introdúzcala para firmar.</translation>
        </message>
        <message>
            <source>This customer is no longer in the catalog.</source>
            <translation>Este cliente ya no está en el catálogo.</translation>
        </message>
        <message>
            <source>This database has no company signing key, so {file} cannot be checked against it.</source>
            <translation>Esta base de datos no tiene clave de firma de la empresa, así que {file} no se puede comprobar con ella.</translation>
        </message>
        <message>
            <source>This database is on a PostgreSQL server: backing it up and restoring it is the database administrator's job (for example with pg_dump). The app backs up SQLite databases only.</source>
            <translation>Esta base de datos está en un servidor PostgreSQL: hacer sus copias de seguridad y restaurarlas corresponde al administrador de la base de datos (por ejemplo, con pg_dump). La aplicación solo hace copias de seguridad de bases de datos SQLite.</translation>
        </message>
        <message>
            <source>This decision needs the senior approver, and none is set up: add one in the company profile first.</source>
            <translation>Esta decisión requiere el responsable de aprobación y no hay ninguno configurado: añada primero uno en el perfil de la empresa.</translation>
        </message>
        <message>
            <source>This decision needs the senior approver: choose the approver, and let them type their own passphrase.</source>
            <translation>Esta decisión necesita a quien aprueba al más alto nivel: elíjalo y deje que escriba su propia frase de acceso.</translation>
        </message>
        <message>
            <source>This desk has no signing key yet. Make it first with reseller-app distributor keygen --name "YOUR COMPANY" and send its public-key file to your resellers.</source>
            <translation>Este puesto aún no tiene clave de firma. Créela primero con reseller-app distributor keygen --name "SU EMPRESA" y envíe su archivo de clave pública a sus revendedores.</translation>
        </message>
        <message>
            <source>This distributor is no longer in the company profile.</source>
            <translation>Este distribuidor ya no está en el perfil de la empresa.</translation>
        </message>
        <message>
            <source>This e-mail comes once a day while something is due. It is turned on and off, and its recipients chosen, in {app}: Settings, Daily digest.</source>
            <translation>Este correo llega una vez al día mientras haya algo pendiente. Se activa y desactiva, y se eligen sus destinatarios, en {app}: Ajustes, Resumen diario.</translation>
        </message>
        <message>
            <source>This follow-up was done on {date}.</source>
            <translation>Este seguimiento se hizo el {date}.</translation>
        </message>
        <message>
            <source>This is an older version ({version}) than the pack in use ({active}). It will be kept but not put into use. To use it anyway, choose it among the packs kept in this database and review it.</source>
            <translation>Esta versión ({version}) es anterior a la del paquete en uso ({active}). Se conservará, pero no se pondrá en uso. Si aun así quiere usarla, elíjala entre los paquetes guardados en esta base de datos y revísela.</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence chain head (its format is {found}, not {expected}).</source>
            <translation>Esto no es una cabeza de cadena de Channel Diligence (su formato es {found}, no {expected}).</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence public-key file (its format is {found}, not {expected}).</source>
            <translation>No es un archivo de clave pública de Channel Diligence (su formato es {found}, no {expected}).</translation>
        </message>
        <message>
            <source>This is not a Channel Diligence signature file (its format is {found}, not {expected}).</source>
            <translation>No es un archivo de firma de Channel Diligence (su formato es {found}, no {expected}).</translation>
        </message>
        <message>
            <source>This is not a distributor decision file (format must be '{expected}', found {found}).</source>
            <translation>No es un archivo de decisión de un distribuidor (el formato debe ser «{expected}»; se encontró {found}).</translation>
        </message>
        <message>
            <source>This is {length} characters long; the limit is {limit}. Please shorten it.</source>
            <translation>Tiene {length} caracteres; el límite es {limit}. Acórtelo.</translation>
        </message>
        <message>
            <source>This key (fingerprint {fingerprint}) is already pinned for {other}: one key cannot speak for two. Nothing was pinned.</source>
            <translation>Esta clave (huella {fingerprint}) ya está fijada para {other}: una clave no puede hablar por dos. No se fijó nada.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: it can only be declined, there is nothing to escalate. Report it as misuse instead.</source>
            <translation>Este pedido es para un uso prohibido: solo se puede rechazar y no hay nada que escalar. En su lugar, notifíquelo como uso indebido.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: it can only be declined. To tell the distributor, report it as misuse.</source>
            <translation>Este pedido es para un uso prohibido: solo se puede rechazar. Para informar al distribuidor, notifíquelo como uso indebido.</translation>
        </message>
        <message>
            <source>This order asks for a prohibited use: nobody can approve it, the only possible decision is to decline.</source>
            <translation>Este pedido es para un uso prohibido: nadie puede aprobarlo; la única decisión posible es rechazarlo.</translation>
        </message>
        <message>
            <source>This order no longer exists.</source>
            <translation>Este pedido ya no existe.</translation>
        </message>
        <message>
            <source>This pack ({pack} {version}) is already installed and in use: there is nothing to import.</source>
            <translation>Este paquete ({pack} {version}) ya está instalado y en uso: no hay nada que importar.</translation>
        </message>
        <message>
            <source>This pack ({pack} {version}) is already installed. Importing it again puts it back into use.</source>
            <translation>Este paquete ({pack} {version}) ya está instalado. Si lo importa de nuevo, vuelve a ponerse en uso.</translation>
        </message>
        <message>
            <source>This packet is already in the outbox to {to}.</source>
            <translation>Este expediente ya está en la bandeja de salida para {to}.</translation>
        </message>
        <message>
            <source>This packet was sent to {to}.</source>
            <translation>Este expediente se envió a {to}.</translation>
        </message>
        <message>
            <source>This request asks {person} for approval, not {approver}.</source>
            <translation>Esta solicitud pide la aprobación de {person}, no de {approver}.</translation>
        </message>
        <message>
            <source>This was the sales-assisted review of a self-service order.</source>
            <translation>Fue la revisión de venta asistida de un pedido de autoservicio.</translation>
        </message>
        <message>
            <source>UK sanctions list</source>
            <translation>Lista de sanciones del Reino Unido</translation>
        </message>
        <message>
            <source>UN Security Council Consolidated List</source>
            <translation>Lista consolidada del Consejo de Seguridad de la ONU</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Precio unitario</translation>
        </message>
        <message>
            <source>Unknown fields in the mapping: {fields}.</source>
            <translation>Campos desconocidos en la asignación: {fields}.</translation>
        </message>
        <message>
            <source>Unknown safeguard: {safeguard}.</source>
            <translation>Salvaguarda desconocida: {safeguard}.</translation>
        </message>
        <message>
            <source>Unrecognised event: {action} ({details}).</source>
            <translation>Evento no reconocido: {action} ({details}).</translation>
        </message>
        <message>
            <source>Unrecognised event: {action}.</source>
            <translation>Evento no reconocido: {action}.</translation>
        </message>
        <message>
            <source>Until then, with two-step verification on, an app password works instead of your usual password.</source>
            <translation>Mientras tanto, con la verificación en dos pasos activada, sirve una contraseña de aplicación en lugar de su contraseña habitual.</translation>
        </message>
        <message>
            <source>Use a three-letter currency code such as EUR.</source>
            <translation>Use un código de moneda de tres letras, como EUR.</translation>
        </message>
        <message>
            <source>Use cases</source>
            <translation>Casos de uso</translation>
        </message>
        <message>
            <source>Use cases tagged</source>
            <translation>Casos de uso marcados</translation>
        </message>
        <message>
            <source>Use the https:// address: a list fetched over plain http could have been changed on its way.</source>
            <translation>Use la dirección https://: una lista descargada por http sin cifrar podría haber sido modificada por el camino.</translation>
        </message>
        <message>
            <source>Use-case tags</source>
            <translation>Etiquetas de caso de uso</translation>
        </message>
        <message>
            <source>Version {number} of the policy was adopted and can no longer be changed. Edit the policy to start a new draft from it.</source>
            <translation>La versión {number} de la política se adoptó y ya no se puede modificar. Edite la política para iniciar un nuevo borrador a partir de ella.</translation>
        </message>
        <message>
            <source>Version {number} of the policy was approved on {date} and adopted, so it can no longer be changed. Edit the policy to start a new draft from it.</source>
            <translation>La versión {number} de la política se aprobó el {date} y se adoptó, así que ya no se puede modificar. Edite la política para iniciar un nuevo borrador a partir de ella.</translation>
        </message>
        <message>
            <source>Waiting ({count}):</source>
            <translation>Pendiente ({count}):</translation>
        </message>
        <message>
            <source>Warning phrases</source>
            <translation>Frases de alerta</translation>
        </message>
        <message>
            <source>Warnings added: {added}; removed: {removed}.</source>
            <translation>Avisos añadidos: {added}; eliminados: {removed}.</translation>
        </message>
        <message>
            <source>What is waiting in {app} on {day}</source>
            <translation>Lo pendiente en {app} el {day}</translation>
        </message>
        <message>
            <source>When orders are held</source>
            <translation>Cuándo se retienen los pedidos</translation>
        </message>
        <message>
            <source>With two-step verification on, use an app-specific password.</source>
            <translation>Con la verificación en dos pasos activada, use una contraseña específica de aplicación.</translation>
        </message>
        <message>
            <source>Write down the distributor's conditions, one per line.</source>
            <translation>Anote las condiciones del distribuidor, una por línea.</translation>
        </message>
        <message>
            <source>Wrong passphrase for {person}, {count} times in a row: {person} is locked until {time}. Try again then, or ask an administrator to reset the passphrase.</source>
            <translation>Frase de contraseña incorrecta para {person}, {count} veces seguidas: {person} queda bloqueado hasta las {time}. Vuelva a intentarlo entonces o pida a un administrador que restablezca la frase de contraseña.</translation>
        </message>
        <message>
            <source>Wrong passphrase for {person}. Tries left before a lock of {minutes} minutes: {count}.</source>
            <translation>Frase de contraseña incorrecta para {person}. Intentos restantes antes de un bloqueo de {minutes} minutos: {count}.</translation>
        </message>
        <message>
            <source>Your own passphrase is changed with your current one, not reset: a reset is for another person's passphrase.</source>
            <translation>Su propia frase de contraseña se cambia con la actual, no se restablece: el restablecimiento es para la frase de contraseña de otra persona.</translation>
        </message>
        <message>
            <source>a decision on order {name} has no audit event</source>
            <translation>una decisión sobre el pedido {name} no tiene evento de auditoría</translation>
        </message>
        <message>
            <source>a file</source>
            <translation>un archivo</translation>
        </message>
        <message>
            <source>a packet about order {name} has no audit event</source>
            <translation>un expediente sobre el pedido {name} no tiene evento de auditoría</translation>
        </message>
        <message>
            <source>a person</source>
            <translation>una persona</translation>
        </message>
        <message>
            <source>a prohibited use</source>
            <translation>un uso prohibido</translation>
        </message>
        <message>
            <source>a public-key file</source>
            <translation>un archivo de clave pública</translation>
        </message>
        <message>
            <source>a record that the adopted policy was sent or shown to staff or partners</source>
            <translation>un registro de que la política adoptada se envió o se mostró al personal o a los socios</translation>
        </message>
        <message>
            <source>a signature file</source>
            <translation>un archivo de firma</translation>
        </message>
        <message>
            <source>a signed chain head</source>
            <translation>una cabeza de cadena firmada</translation>
        </message>
        <message>
            <source>a vessel</source>
            <translation>un buque</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>administrador</translation>
        </message>
        <message>
            <source>an aircraft</source>
            <translation>una aeronave</translation>
        </message>
        <message>
            <source>an order must be a JSON object</source>
            <translation>un pedido debe ser un objeto JSON</translation>
        </message>
        <message>
            <source>an organisation</source>
            <translation>una organización</translation>
        </message>
        <message>
            <source>another distributor</source>
            <translation>otro distribuidor</translation>
        </message>
        <message>
            <source>another program is writing to the database</source>
            <translation>otro programa está escribiendo en la base de datos</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>aprobado</translation>
        </message>
        <message>
            <source>approved the order</source>
            <translation>aprobó el pedido</translation>
        </message>
        <message>
            <source>approved the order with conditions</source>
            <translation>aprobó el pedido con condiciones</translation>
        </message>
        <message>
            <source>approved to proceed</source>
            <translation>aprobado para continuar</translation>
        </message>
        <message>
            <source>approved with conditions</source>
            <translation>aprobado con condiciones</translation>
        </message>
        <message>
            <source>approver</source>
            <translation>aprobador</translation>
        </message>
        <message>
            <source>at {time}</source>
            <translation>a las {time}</translation>
        </message>
        <message>
            <source>blocked</source>
            <translation>bloqueado</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>checked with the company's key, fingerprint {fingerprint}, whose private half is in this computer's keyring</source>
            <translation>comprobada con la clave de la empresa, huella {fingerprint}, cuya mitad privada está en el llavero de este ordenador</translation>
        </message>
        <message>
            <source>checked with the company's key, fingerprint {fingerprint}, whose private half is on this computer in a file encrypted with the administrator's passphrase</source>
            <translation>comprobado con la clave de la empresa, huella {fingerprint}, cuya mitad privada está en este ordenador en un archivo cifrado con la frase de contraseña del administrador</translation>
        </message>
        <message>
            <source>checked with the key the database names, fingerprint {fingerprint}, whose private half is not on this computer: compare it with the fingerprint you gave your distributor</source>
            <translation>comprobada con la clave que indica la base de datos, huella {fingerprint}, cuya mitad privada no está en este ordenador: compárela con la huella que dio a su distribuidor</translation>
        </message>
        <message>
            <source>cleared to proceed</source>
            <translation>autorizado para continuar</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>comas</translation>
        </message>
        <message>
            <source>consignee</source>
            <translation>consignatario</translation>
        </message>
        <message>
            <source>consignee country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>el país del consignatario '{value}' no es un código de país como DE ni un nombre de país como Alemania</translation>
        </message>
        <message>
            <source>criteria pack {name}</source>
            <translation>el paquete de criterios {name}</translation>
        </message>
        <message>
            <source>criteria pack {name} has no audit event</source>
            <translation>el paquete de criterios {name} no tiene evento de auditoría</translation>
        </message>
        <message>
            <source>criteria pack {name} was changed after it was imported: its content no longer matches its SHA-256</source>
            <translation>el paquete de criterios {name} se modificó después de importarlo: su contenido ya no coincide con su SHA-256</translation>
        </message>
        <message>
            <source>currency</source>
            <translation>moneda</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>cliente</translation>
        </message>
        <message>
            <source>customer country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>el país del cliente «{value}» no es un código de país como DE ni un nombre de país como Germany</translation>
        </message>
        <message>
            <source>date</source>
            <translation>fecha</translation>
        </message>
        <message>
            <source>date '{text}' can be read as day first or as month first: choose the date order of the file</source>
            <translation>la fecha '{text}' se puede leer con el día primero o con el mes primero: elija el orden de las fechas del archivo</translation>
        </message>
        <message>
            <source>date '{text}' is not a date like 2026-11-25, 25.11.2026 or 2026-11-25 16:36:00 +0100</source>
            <translation>la fecha '{text}' no es una fecha como 2026-11-25, 25.11.2026 o 2026-11-25 16:36:00 +0100</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decisión</translation>
        </message>
        <message>
            <source>decision {id} of order {name}</source>
            <translation>la decisión {id} del pedido {name}</translation>
        </message>
        <message>
            <source>decline</source>
            <translation>rechazar</translation>
        </message>
        <message>
            <source>declined</source>
            <translation>rechazado</translation>
        </message>
        <message>
            <source>destination</source>
            <translation>destino</translation>
        </message>
        <message>
            <source>destination country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>el país de destino «{value}» no es un código de país como DE ni un nombre de país como Germany</translation>
        </message>
        <message>
            <source>distributor's answer</source>
            <translation>respuesta del distribuidor</translation>
        </message>
        <message>
            <source>does not have the form this field needs</source>
            <translation>no tiene la forma que necesita este campo</translation>
        </message>
        <message>
            <source>elevated</source>
            <translation>medio</translation>
        </message>
        <message>
            <source>elevated risk</source>
            <translation>riesgo medio</translation>
        </message>
        <message>
            <source>end user</source>
            <translation>usuario final</translation>
        </message>
        <message>
            <source>end user country '{value}' is not a country code such as DE or a country name such as Germany</source>
            <translation>el país del usuario final «{value}» no es un código de país como DE ni un nombre de país como Germany</translation>
        </message>
        <message>
            <source>escalate to the distributor</source>
            <translation>escalar al distribuidor</translation>
        </message>
        <message>
            <source>escalated to the distributor</source>
            <translation>escalado al distribuidor</translation>
        </message>
        <message>
            <source>event {missing} is missing (the next one is {found})</source>
            <translation>falta el evento {missing} (el siguiente es el {found})</translation>
        </message>
        <message>
            <source>events after {last} were deleted: the head signed on {when} names event {seq}</source>
            <translation>se eliminaron los eventos posteriores al {last}: la cabeza firmada el {when} indica el evento {seq}</translation>
        </message>
        <message>
            <source>every tag must be a text, such as 'public_space_surveillance'</source>
            <translation>cada etiqueta debe ser un texto, como «public_space_surveillance»</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fallido</translation>
        </message>
        <message>
            <source>has more than {limit} items</source>
            <translation>tiene más de {limit} elementos</translation>
        </message>
        <message>
            <source>high</source>
            <translation>alto</translation>
        </message>
        <message>
            <source>high risk</source>
            <translation>riesgo alto</translation>
        </message>
        <message>
            <source>holds a NUL character (\u0000), which is not text.</source>
            <translation>contiene un carácter NUL (\u0000), que no es texto.</translation>
        </message>
        <message>
            <source>holds half of a character (a lone \uD800-\uDFFF escape), which is not text.</source>
            <translation>contiene medio carácter (un escape \uD800-\uDFFF suelto), que no es texto.</translation>
        </message>
        <message>
            <source>how distributors, vendors and customers are told about it</source>
            <translation>cómo se informa de ella a los distribuidores, los fabricantes y los clientes</translation>
        </message>
        <message>
            <source>how orders are checked before they are confirmed</source>
            <translation>cómo se comprueban los pedidos antes de confirmarlos</translation>
        </message>
        <message>
            <source>how your staff are told about it</source>
            <translation>cómo se informa de ella a su personal</translation>
        </message>
        <message>
            <source>import batch {id}</source>
            <translation>la importación {id}</translation>
        </message>
        <message>
            <source>intended use</source>
            <translation>uso previsto</translation>
        </message>
        <message>
            <source>is a number of {digits} digits; numbers of more than {limit} digits are not read.</source>
            <translation>es un número de {digits} dígitos; los números de más de {limit} dígitos no se leen.</translation>
        </message>
        <message>
            <source>is empty.</source>
            <translation>está vacío.</translation>
        </message>
        <message>
            <source>is longer than {limit} characters</source>
            <translation>tiene más de {limit} caracteres</translation>
        </message>
        <message>
            <source>is longer than {limit} characters.</source>
            <translation>tiene más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <source>is missing.</source>
            <translation>falta.</translation>
        </message>
        <message>
            <source>is not a field of a decision file (v1).</source>
            <translation>no es un campo de un archivo de decisión (v1).</translation>
        </message>
        <message>
            <source>is not a field of this file</source>
            <translation>no es un campo de este archivo</translation>
        </message>
        <message>
            <source>is not a packet id (a UUID such as 2f1c...-...).</source>
            <translation>no es un identificador de expediente (un UUID como 2f1c...-...).</translation>
        </message>
        <message>
            <source>it does not link to the event before it</source>
            <translation>no está enlazada con el evento anterior</translation>
        </message>
        <message>
            <source>its content does not match its hash</source>
            <translation>su contenido no coincide con su hash</translation>
        </message>
        <message>
            <source>its details are not readable</source>
            <translation>sus detalles no se pueden leer</translation>
        </message>
        <message>
            <source>left out because another row of order {reference} is bad</source>
            <translation>omitida porque otra fila del pedido {reference} tiene errores</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
        </message>
        <message>
            <source>low</source>
            <translation>bajo</translation>
        </message>
        <message>
            <source>low risk</source>
            <translation>riesgo bajo</translation>
        </message>
        <message>
            <source>may hold only lower-case letters a-z, digits and '_'</source>
            <translation>solo puede contener letras minúsculas a-z, dígitos y '_'</translation>
        </message>
        <message>
            <source>must be a SHA-256 (64 hexadecimal digits).</source>
            <translation>debe ser un SHA-256 (64 dígitos hexadecimales).</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD).</source>
            <translation>debe ser una fecha (AAAA-MM-DD).</translation>
        </message>
        <message>
            <source>must be a date written YYYY-MM-DD, such as 2026-11-02</source>
            <translation>debe ser una fecha escrita AAAA-MM-DD, como 2026-11-02</translation>
        </message>
        <message>
            <source>must be a group of named fields in braces, such as {example}</source>
            <translation>debe ser un grupo de campos con nombre entre llaves, como {example}</translation>
        </message>
        <message>
            <source>must be a list in square brackets, such as {example}</source>
            <translation>debe ser una lista entre corchetes, como {example}</translation>
        </message>
        <message>
            <source>must be a list of tags, or one text of tags separated by ';'</source>
            <translation>debe ser una lista de etiquetas o un texto con etiquetas separadas por «;»</translation>
        </message>
        <message>
            <source>must be a list of texts.</source>
            <translation>debe ser una lista de textos.</translation>
        </message>
        <message>
            <source>must be a list of {fields}.</source>
            <translation>debe ser una lista de {fields}.</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <source>must be a number such as 310 or 310.50</source>
            <translation>debe ser un número como 310 o 310.50</translation>
        </message>
        <message>
            <source>must be a whole number greater than zero</source>
            <translation>debe ser un número entero mayor que cero</translation>
        </message>
        <message>
            <source>must be a whole number such as 40, written without quotes or a decimal point</source>
            <translation>debe ser un número entero como 40, escrito sin comillas ni punto decimal</translation>
        </message>
        <message>
            <source>must be an ISO 3166-1 alpha-2 code such as 'DE'</source>
            <translation>debe ser un código ISO 3166-1 alfa-2, como «DE»</translation>
        </message>
        <message>
            <source>must be at least {limit}</source>
            <translation>debe ser al menos {limit}</translation>
        </message>
        <message>
            <source>must be less than {limit}</source>
            <translation>debe ser menor que {limit}</translation>
        </message>
        <message>
            <source>must be more than {limit}</source>
            <translation>debe ser mayor que {limit}</translation>
        </message>
        <message>
            <source>must be one of {choices}</source>
            <translation>debe ser uno de {choices}</translation>
        </message>
        <message>
            <source>must be one of {choices} (found {found}).</source>
            <translation>debe ser uno de estos valores: {choices} (se encontró {found}).</translation>
        </message>
        <message>
            <source>must be text in quotes</source>
            <translation>debe ser un texto entre comillas</translation>
        </message>
        <message>
            <source>must be text.</source>
            <translation>debe ser texto.</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <source>must be {fields}.</source>
            <translation>debe ser {fields}.</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>no debe estar vacío</translation>
        </message>
        <message>
            <source>must not be more than {limit}</source>
            <translation>no puede ser mayor que {limit}</translation>
        </message>
        <message>
            <source>must not be negative</source>
            <translation>no puede ser negativo</translation>
        </message>
        <message>
            <source>must not contain a line break, a tab or another invisible control character</source>
            <translation>no debe contener saltos de línea, tabulaciones ni otros caracteres de control invisibles</translation>
        </message>
        <message>
            <source>no EU reference number</source>
            <translation>sin número de referencia de la UE</translation>
        </message>
        <message>
            <source>no reference number</source>
            <translation>sin número de referencia</translation>
        </message>
        <message>
            <source>no sanctions result changed</source>
            <translation>ningún resultado de sanciones cambió</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <source>of an unknown kind</source>
            <translation>de un tipo desconocido</translation>
        </message>
        <message>
            <source>on hold for a decision</source>
            <translation>retenido hasta que se decida</translation>
        </message>
        <message>
            <source>on {date} at {time}</source>
            <translation>el {date} a las {time}</translation>
        </message>
        <message>
            <source>order</source>
            <translation>pedido</translation>
        </message>
        <message>
            <source>order {name}</source>
            <translation>el pedido {name}</translation>
        </message>
        <message>
            <source>order {name} has no audit event</source>
            <translation>el pedido {name} no tiene evento de auditoría</translation>
        </message>
        <message>
            <source>order {reference} already exists with other content: change its reference in the file, or edit the order in the app</source>
            <translation>el pedido {reference} ya existe con otro contenido: cambie su referencia en el archivo o modifique el pedido en la aplicación</translation>
        </message>
        <message>
            <source>order {reference}: the consignee differs from row {row}</source>
            <translation>pedido {reference}: el consignatario difiere de la fila {row}</translation>
        </message>
        <message>
            <source>order {reference}: the currency differs from row {row}</source>
            <translation>pedido {reference}: la moneda es distinta de la de la fila {row}</translation>
        </message>
        <message>
            <source>order {reference}: the customer differs from row {row}</source>
            <translation>pedido {reference}: el cliente es distinto del de la fila {row}</translation>
        </message>
        <message>
            <source>order {reference}: the destination country differs from row {row}</source>
            <translation>pedido {reference}: el país de destino es distinto del de la fila {row}</translation>
        </message>
        <message>
            <source>order {reference}: the end user differs from row {row}</source>
            <translation>pedido {reference}: el usuario final es distinto del de la fila {row}</translation>
        </message>
        <message>
            <source>order {reference}: the intended use differs from row {row}</source>
            <translation>pedido {reference}: el uso previsto es distinto del de la fila {row}</translation>
        </message>
        <message>
            <source>order {reference}: the order date differs from row {row}</source>
            <translation>pedido {reference}: la fecha del pedido es distinta de la de la fila {row}</translation>
        </message>
        <message>
            <source>order {reference}: the sales model differs from row {row}</source>
            <translation>pedido {reference}: el modelo de venta es distinto del de la fila {row}</translation>
        </message>
        <message>
            <source>order {reference}: the use-case tags differ from row {row}</source>
            <translation>pedido {reference}: las etiquetas de caso de uso son distintas de las de la fila {row}</translation>
        </message>
        <message>
            <source>packet {name}</source>
            <translation>el paquete {name}</translation>
        </message>
        <message>
            <source>packet {name} has no audit event</source>
            <translation>el expediente {name} no tiene evento de auditoría</translation>
        </message>
        <message>
            <source>person {name}</source>
            <translation>la persona {name}</translation>
        </message>
        <message>
            <source>policy template, {where}: {problem}</source>
            <translation>plantilla de la política, {where}: {problem}</translation>
        </message>
        <message>
            <source>policy version {number}</source>
            <translation>la versión {number} de la política</translation>
        </message>
        <message>
            <source>proceed</source>
            <translation>continuar</translation>
        </message>
        <message>
            <source>proceed with conditions</source>
            <translation>continuar con condiciones</translation>
        </message>
        <message>
            <source>products</source>
            <translation>productos</translation>
        </message>
        <message>
            <source>prohibited</source>
            <translation>prohibido</translation>
        </message>
        <message>
            <source>quantity '{quantity}' is not a whole number</source>
            <translation>la cantidad «{quantity}» no es un número entero</translation>
        </message>
        <message>
            <source>quantity {quantity} is more than {limit}, the most one order line can hold</source>
            <translation>la cantidad {quantity} es mayor que {limit}, el máximo que admite una línea de pedido</translation>
        </message>
        <message>
            <source>quantity {quantity} must be greater than zero</source>
            <translation>la cantidad {quantity} debe ser mayor que cero</translation>
        </message>
        <message>
            <source>queued</source>
            <translation>en cola</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>referencia</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>denegado</translation>
        </message>
        <message>
            <source>rejected the order</source>
            <translation>denegó el pedido</translation>
        </message>
        <message>
            <source>review {id} of a possible sanctions match</source>
            <translation>revisión {id} de una posible coincidencia con sanciones</translation>
        </message>
        <message>
            <source>sales model</source>
            <translation>modelo de venta</translation>
        </message>
        <message>
            <source>sales model '{value}' is not 'assisted' or 'self_service'</source>
            <translation>el modelo de venta «{value}» no es «assisted» ni «self_service»</translation>
        </message>
        <message>
            <source>sanctionEntity number {number} ({reference})</source>
            <translation>sanctionEntity número {number} ({reference})</translation>
        </message>
        <message>
            <source>sanctions check {id} of a party</source>
            <translation>comprobación de sanciones {id} de una parte</translation>
        </message>
        <message>
            <source>sanctions list version {id} ({name})</source>
            <translation>versión {id} de la lista de sanciones ({name})</translation>
        </message>
        <message>
            <source>screening</source>
            <translation>evaluación</translation>
        </message>
        <message>
            <source>screening {id} of order {name}</source>
            <translation>la evaluación {id} del pedido {name}</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>puntos y comas</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>enviándose</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>enviado</translation>
        </message>
        <message>
            <source>someone at another desk</source>
            <translation>alguien en otro puesto</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>personal</translation>
        </message>
        <message>
            <source>standard</source>
            <translation>estándar</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabuladores</translation>
        </message>
        <message>
            <source>the approver's job title</source>
            <translation>el cargo de quien la aprueba</translation>
        </message>
        <message>
            <source>the chain was rewritten: event {seq} no longer has the hash signed on {when}</source>
            <translation>la cadena fue reescrita: el evento {seq} ya no tiene el hash firmado el {when}</translation>
        </message>
        <message>
            <source>the company's key is gone from the database, so the signed heads cannot be checked (the newest names event {seq})</source>
            <translation>la clave de la empresa ha desaparecido de la base de datos, así que las cabezas firmadas no se pueden comprobar (la más reciente indica el evento {seq})</translation>
        </message>
        <message>
            <source>the consignee</source>
            <translation>el destinatario</translation>
        </message>
        <message>
            <source>the customer</source>
            <translation>el cliente</translation>
        </message>
        <message>
            <source>the database is damaged</source>
            <translation>la base de datos está dañada</translation>
        </message>
        <message>
            <source>the database is read-only</source>
            <translation>la base de datos es de solo lectura</translation>
        </message>
        <message>
            <source>the date it was approved</source>
            <translation>la fecha de aprobación</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>el disco está lleno</translation>
        </message>
        <message>
            <source>the distributor</source>
            <translation>el distribuidor</translation>
        </message>
        <message>
            <source>the distributor's answer {id} on order {name}</source>
            <translation>la respuesta {id} del distribuidor sobre el pedido {name}</translation>
        </message>
        <message>
            <source>the drive could not be read or written</source>
            <translation>no se pudo leer ni escribir en la unidad</translation>
        </message>
        <message>
            <source>the end user</source>
            <translation>el usuario final</translation>
        </message>
        <message>
            <source>the event saying the chain's head is signed is missing, though signed heads are stored (the oldest names event {seq}): events were deleted</source>
            <translation>falta el evento que dice que la cabeza de la cadena se firma, aunque hay cabezas firmadas guardadas (la más antigua indica el evento {seq}): se eliminaron eventos</translation>
        </message>
        <message>
            <source>the head signed on {when} (event {seq}) holds</source>
            <translation>la cabeza firmada el {when} (evento {seq}) es válida</translation>
        </message>
        <message>
            <source>the name of the senior person who approves it (owner, managing director or board)</source>
            <translation>el nombre de la persona de mayor rango que la aprueba (propietario, director general o consejo de administración)</translation>
        </message>
        <message>
            <source>the order reference '{reference}' holds {separators}: the row is probably separated otherwise than the first row</source>
            <translation>la referencia de pedido '{reference}' contiene {separators}: probablemente la fila está separada de otra forma que la primera fila</translation>
        </message>
        <message>
            <source>the order reference is empty</source>
            <translation>la referencia del pedido está vacía</translation>
        </message>
        <message>
            <source>the order reference must not contain a line break, a tab or another invisible control character</source>
            <translation>la referencia del pedido no debe contener saltos de línea, tabulaciones ni otros caracteres de control invisibles</translation>
        </message>
        <message>
            <source>the policy template is not valid JSON: {error}</source>
            <translation>la plantilla de la política no es un JSON válido: {error}</translation>
        </message>
        <message>
            <source>the record hashes of event {seq} were changed</source>
            <translation>se modificaron los hashes de los registros del evento {seq}</translation>
        </message>
        <message>
            <source>the records of this database were never sealed with their hashes: open it once where it can be saved</source>
            <translation>los registros de esta base de datos nunca se sellaron con sus hashes: ábrala una vez donde se pueda guardar</translation>
        </message>
        <message>
            <source>the senior approver (set one up in the company profile)</source>
            <translation>el responsable de aprobación (configure uno en el perfil de la empresa)</translation>
        </message>
        <message>
            <source>the signed head of {when} (event {seq}) does not hold: its signature is not the company key's signature of what it says (it was edited or forged)</source>
            <translation>la cabeza firmada el {when} (evento {seq}) no es válida: su firma no es la firma de la clave de la empresa sobre lo que dice (fue editada o falsificada)</translation>
        </message>
        <message>
            <source>the signed head of {when} (event {seq}) names another key (fingerprint {theirs}), not the company's (fingerprint {ours})</source>
            <translation>la cabeza firmada el {when} (evento {seq}) indica otra clave (huella {theirs}), no la de la empresa (huella {ours})</translation>
        </message>
        <message>
            <source>the signed heads were deleted: event {seq} says the chain's head has been signed since {when}, but no signed head is stored</source>
            <translation>se eliminaron las cabezas firmadas: el evento {seq} dice que la cabeza de la cadena se firma desde el {when}, pero no hay ninguna cabeza firmada guardada</translation>
        </message>
        <message>
            <source>the signed heads were deleted: event {seq} says the chain's head has been signed since {when}, but the oldest signed head stored names event {oldest}</source>
            <translation>se eliminaron las cabezas firmadas: el evento {seq} dice que la cabeza de la cadena se firma desde el {when}, pero la cabeza firmada más antigua guardada indica el evento {oldest}</translation>
        </message>
        <message>
            <source>the table of the signed heads was removed from the database</source>
            <translation>la tabla de las cabezas firmadas se eliminó de la base de datos</translation>
        </message>
        <message>
            <source>the uses you will not sell for</source>
            <translation>los usos para los que no venderá</translation>
        </message>
        <message>
            <source>the {column} cell holds a zero byte (NUL), which no text holds: the file is damaged in this row</source>
            <translation>la celda {column} contiene un byte cero (NUL), que ningún texto contiene: el archivo está dañado en esta fila</translation>
        </message>
        <message>
            <source>the {column} cell holds line breaks and {separators}: a quotation mark is probably not closed, so lines {first} to {last} of the file were read into this one row</source>
            <translation>la celda {column} contiene saltos de línea y {separators}: probablemente unas comillas no están cerradas, así que las líneas {first} a {last} del archivo se leyeron en esta única fila</translation>
        </message>
        <message>
            <source>this row has {cells} cells where the first row has {columns} column names: a separator or quotation mark in this row is probably wrong</source>
            <translation>esta fila tiene {cells} celdas y la primera fila tiene {columns} nombres de columna: probablemente un separador o unas comillas de esta fila están mal</translation>
        </message>
        <message>
            <source>unit price {price} is more than {limit}, the most one unit can cost</source>
            <translation>el precio unitario {price} es mayor que {limit}, el máximo que puede costar una unidad</translation>
        </message>
        <message>
            <source>unit price {price} must not be negative</source>
            <translation>el precio unitario {price} no puede ser negativo</translation>
        </message>
        <message>
            <source>use cases</source>
            <translation>casos de uso</translation>
        </message>
        <message>
            <source>vertical bars</source>
            <translation>barras verticales</translation>
        </message>
        <message>
            <source>what you expect of customers</source>
            <translation>lo que espera de los clientes</translation>
        </message>
        <message>
            <source>what you expect of distributors, vendors and other partners</source>
            <translation>lo que espera de los distribuidores, los fabricantes y otros socios</translation>
        </message>
        <message>
            <source>what you expect of your staff</source>
            <translation>lo que espera de su personal</translation>
        </message>
        <message>
            <source>when you ask your distributor or vendor for advice on a sale</source>
            <translation>cuándo pide consejo a su distribuidor o al fabricante sobre una venta</translation>
        </message>
        <message>
            <source>where the public can read the policy (for example a page on your website)</source>
            <translation>dónde puede leer el público la política (por ejemplo, una página de su sitio web)</translation>
        </message>
        <message>
            <source>who inside the company was consulted, or which outside expertise was used (for example your distributor or published guidance)</source>
            <translation>a quién se consultó dentro de la empresa, o qué asesoramiento externo se usó (por ejemplo, su distribuidor o guías publicadas)</translation>
        </message>
        <message>
            <source>who is trained, on what, and how often</source>
            <translation>quién recibe formación, sobre qué y con qué frecuencia</translation>
        </message>
        <message>
            <source>who to contact to raise a concern</source>
            <translation>a quién dirigirse para plantear una preocupación</translation>
        </message>
        <message>
            <source>{action} needs the role {needed}; {person} has the role {role}.</source>
            <translation>{action} requiere el rol {needed}; {person} tiene el rol {role}.</translation>
        </message>
        <message>
            <source>{address} is not signed in to {provider} on this computer. Sign in to {provider} in Settings &gt; E-mail.</source>
            <translation>{address} no ha iniciado sesión en {provider} en este equipo. Inicie sesión en {provider} en Preferencias &gt; Correo electrónico.</translation>
        </message>
        <message>
            <source>{approver} sent the request for approval back to {who}: {reason}</source>
            <translation>{approver} devolvió la solicitud de aprobación a {who}: {reason}</translation>
        </message>
        <message>
            <source>{app} daily digest of {day}: {overdue} overdue, {waiting} waiting</source>
            <translation>Resumen diario de {app} del {day}: {overdue} vencidos, {waiting} pendientes</translation>
        </message>
        <message>
            <source>{country} is not a country's two-letter ISO code (e.g. DE).</source>
            <translation>{country} no es el código ISO de dos letras de un país (p. ej. DE).</translation>
        </message>
        <message>
            <source>{country}: no longer listed, gets the fallback tier ({level}).</source>
            <translation>{country}: ya no figura en la lista; recibe el nivel por defecto ({level}).</translation>
        </message>
        <message>
            <source>{country}: now listed as {level}.</source>
            <translation>{country}: ahora figura como {level}.</translation>
        </message>
        <message>
            <source>{country}: {before}, now {after}.</source>
            <translation>{country}: {before}, ahora {after}.</translation>
        </message>
        <message>
            <source>{count} changes compared with the pack in use:</source>
            <translation>{count} cambios respecto al paquete en uso:</translation>
        </message>
        <message>
            <source>{count} distributor answers came in the last {days} days: orders {refs}.</source>
            <translation>{count} respuestas del distribuidor en los últimos {days} días: pedidos {refs}.</translation>
        </message>
        <message>
            <source>{count} e-mails could not be sent: open the outbox to retry or export them.</source>
            <translation>No se pudieron enviar {count} correos: abra la bandeja de salida para reintentarlos o exportarlos.</translation>
        </message>
        <message>
            <source>{count} follow-ups are due today: orders {refs}.</source>
            <translation>{count} seguimientos para hoy: pedidos {refs}.</translation>
        </message>
        <message>
            <source>{count} follow-ups are overdue: orders {refs}.</source>
            <translation>{count} seguimientos vencidos: pedidos {refs}.</translation>
        </message>
        <message>
            <source>{count} matches gone</source>
            <translation>{count} coincidencias desaparecidas</translation>
        </message>
        <message>
            <source>{count} matches now only possible</source>
            <translation>{count} coincidencias ahora solo posibles</translation>
        </message>
        <message>
            <source>{count} new matches</source>
            <translation>{count} coincidencias nuevas</translation>
        </message>
        <message>
            <source>{count} new possible matches</source>
            <translation>{count} nuevas coincidencias posibles</translation>
        </message>
        <message>
            <source>{count} orders have been held for more than {days} days without a decision: {refs}.</source>
            <translation>{count} pedidos llevan retenidos más de {days} días sin decisión: {refs}.</translation>
        </message>
        <message>
            <source>{count} records stored before their hashes were kept were sealed with their SHA-256.</source>
            <translation>Se sellaron con su SHA-256 {count} registros guardados antes de que se conservaran sus hashes.</translation>
        </message>
        <message>
            <source>{customers} customers and {orders} open orders checked again</source>
            <translation>{customers} clientes y {orders} pedidos abiertos comprobados de nuevo</translation>
        </message>
        <message>
            <source>{domain} is not in the app's list of providers: these settings are a guess (smtp.{domain}, port {port}, STARTTLS). Check them with your provider or IT person, then send a test message.</source>
            <translation>{domain} no está en la lista de proveedores de la aplicación: estos ajustes son una suposición (smtp.{domain}, puerto {port}, STARTTLS). Compruébelos con su proveedor o su informático y envíe luego un mensaje de prueba.</translation>
        </message>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} de {total}</translation>
        </message>
        <message>
            <source>{element} number {number} ({reference})</source>
            <translation>{element} número {number} ({reference})</translation>
        </message>
        <message>
            <source>{email} is not an e-mail address (name@example.com).</source>
            <translation>{email} no es una dirección de correo electrónico (nombre@example.com).</translation>
        </message>
        <message>
            <source>{field} is not a field of this file.</source>
            <translation>{field} no es un campo de este archivo.</translation>
        </message>
        <message>
            <source>{file} has no column 'Unique ID' (nor OFSI's 'Group ID'): it is not the UK sanctions list.</source>
            <translation>{file} no tiene la columna 'Unique ID' (ni la 'Group ID' de la OFSI): no es la lista de sanciones del Reino Unido.</translation>
        </message>
        <message>
            <source>{file} has no header row with the column 'Name 6' in its first lines: it is not the UK sanctions list.</source>
            <translation>{file} no tiene en sus primeras líneas una fila de encabezado con la columna 'Name 6': no es la lista de sanciones del Reino Unido.</translation>
        </message>
        <message>
            <source>{file} holds more than {files} files or {size} MB, more than any packet or evidence bundle: check that you chose the right file.</source>
            <translation>{file} contiene más de {files} archivos o {size} MB, más que cualquier paquete o expediente de evidencias: compruebe que eligió el archivo correcto.</translation>
        </message>
        <message>
            <source>{file} holds more than {limit}, more than such a file ever is: check that you chose the right file.</source>
            <translation>{file} contiene más de {limit}, más de lo que nunca ocupa un archivo así: compruebe que eligió el archivo correcto.</translation>
        </message>
        <message>
            <source>{file} holds no chain-head.json: it was built before heads were signed, or where the company's key is not.</source>
            <translation>{file} no contiene ningún chain-head.json: se creó antes de que se firmaran las cabezas, o donde no está la clave de la empresa.</translation>
        </message>
        <message>
            <source>{file} holds no entry with a name: it is not the UK sanctions list.</source>
            <translation>{file} no contiene ninguna entrada con nombre: no es la lista de sanciones del Reino Unido.</translation>
        </message>
        <message>
            <source>{file} holds no entry: it is not OFAC's SDN list.</source>
            <translation>{file} no contiene ninguna entrada: no es la lista SDN de la OFAC.</translation>
        </message>
        <message>
            <source>{file} holds no entry: the UN list is never empty, so the file is damaged.</source>
            <translation>{file} no contiene ninguna entrada: la lista de la ONU nunca está vacía, así que el archivo está dañado.</translation>
        </message>
        <message>
            <source>{file} holds no escalation packet's JSON for packet {packet}.</source>
            <translation>{file} no contiene el JSON de un paquete de escalado para el paquete {packet}.</translation>
        </message>
        <message>
            <source>{file} holds no listed party: it is not a sanctions list, or it is empty.</source>
            <translation>{file} no contiene ninguna parte listada: no es una lista de sanciones o está vacía.</translation>
        </message>
        <message>
            <source>{file} holds no sanctionEntity with a name: it is not the EU consolidated list.</source>
            <translation>{file} no contiene ningún sanctionEntity con nombre: no es la lista consolidada de la UE.</translation>
        </message>
        <message>
            <source>{file} holds the key of {owner} (fingerprint {theirs}), not this desk's signing key (fingerprint {ours}), whose private half alone is on this computer. Nothing was signed.</source>
            <translation>{file} contiene la clave de {owner} (huella {theirs}), no la clave de firma de este puesto (huella {ours}), cuya mitad privada es la única que está en este equipo. No se firmó nada.</translation>
        </message>
        <message>
            <source>{file} is OFAC's list in XML, which the app does not read: import OFAC's CSV set instead (sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it).</source>
            <translation>{file} es la lista de la OFAC en XML, que la aplicación no lee: importe en su lugar el conjunto CSV de la OFAC (sdn.csv con alt.csv, add.csv y sdn_comments.csv al lado).</translation>
        </message>
        <message>
            <source>{file} is XML but none of the lists the app reads (OFAC, UN, EU, UK): its root element is {root}.</source>
            <translation>{file} es XML pero no es ninguna de las listas que lee la aplicación (OFAC, ONU, UE, Reino Unido): su elemento raíz es {root}.</translation>
        </message>
        <message>
            <source>{file} is XML but not the EU consolidated list: its root element is {found}, not {expected}.</source>
            <translation>{file} es XML pero no es la lista consolidada de la UE: su elemento raíz es {found}, no {expected}.</translation>
        </message>
        <message>
            <source>{file} is XML but not the UN consolidated list: its root element is {found}, not {expected}.</source>
            <translation>{file} es XML pero no es la lista consolidada de la ONU: su elemento raíz es {found}, no {expected}.</translation>
        </message>
        <message>
            <source>{file} is a due diligence report, not an escalation: it asks for no decision. Read its PDF; its JSON holds the same figures.</source>
            <translation>{file} es un informe de diligencia debida, no una escalada: no pide ninguna decisión. Lea su PDF; su JSON contiene las mismas cifras.</translation>
        </message>
        <message>
            <source>{file} is a misuse report, not an escalation: it asks for no decision. Read its PDF and answer the reseller directly.</source>
            <translation>{file} es un informe de uso indebido, no un escalado: no pide ninguna decisión. Lea su PDF y responda directamente al revendedor.</translation>
        </message>
        <message>
            <source>{file} is an e-mail without attachments: it holds no packet.</source>
            <translation>{file} es un correo sin adjuntos: no contiene ningún paquete.</translation>
        </message>
        <message>
            <source>{file} is empty: it is not a sanctions list.</source>
            <translation>{file} está vacío: no es una lista de sanciones.</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a PDF document: import the list as its publisher offers it for download (CSV or XML).</source>
            <translation>{file} no es ninguna de las listas que lee la aplicación, sino un documento PDF: importe la lista tal como la ofrece su editor para descargar (CSV o XML).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a Word, Excel or RTF document: import the list as its publisher offers it for download (CSV or XML).</source>
            <translation>{file} no es ninguna de las listas que lee la aplicación, sino un documento de Word, Excel o RTF: importe la lista tal como la ofrece su editor para descargar (CSV o XML).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads but a compressed archive (ZIP, gzip, 7-Zip or RAR): unpack it and import the list file inside (for OFAC, sdn.csv).</source>
            <translation>{file} no es ninguna de las listas que lee la aplicación, sino un archivo comprimido (ZIP, gzip, 7-Zip o RAR): descomprímalo e importe el archivo de la lista que contiene (para la OFAC, sdn.csv).</translation>
        </message>
        <message>
            <source>{file} is none of the lists the app reads: OFAC's sdn.csv, the UN consolidated list (XML), the EU consolidated list (XML) or the UK sanctions list (CSV).</source>
            <translation>{file} no es ninguna de las listas que lee la aplicación: el sdn.csv de la OFAC, la lista consolidada de la ONU (XML), la lista consolidada de la UE (XML) o la lista de sanciones del Reino Unido (CSV).</translation>
        </message>
        <message>
            <source>{file} is not a CSV text file: it holds other data, such as a spreadsheet workbook. Save or export the orders as CSV (comma-separated values) in your shop or spreadsheet program and import that file.</source>
            <translation>{file} no es un archivo de texto CSV: contiene otro tipo de datos, como un libro de hoja de cálculo. Guarde o exporte los pedidos como CSV (valores separados por comas) en su programa de tienda o de hojas de cálculo e importe ese archivo.</translation>
        </message>
        <message>
            <source>{file} is not a criteria pack the app can use: {reason} Nothing was signed.</source>
            <translation>{file} no es un paquete de criterios que la aplicación pueda usar: {reason} No se firmó nada.</translation>
        </message>
        <message>
            <source>{file} is not a file.</source>
            <translation>{file} no es un archivo.</translation>
        </message>
        <message>
            <source>{file} is not a packet's zip or folder ({error}).</source>
            <translation>{file} no es el zip ni la carpeta de un paquete ({error}).</translation>
        </message>
        <message>
            <source>{file} is not a packet: it has no manifest.json.</source>
            <translation>{file} no es un paquete: no tiene manifest.json.</translation>
        </message>
        <message>
            <source>{file} is one of the files beside OFAC's sdn.csv: import sdn.csv itself, with alt.csv, add.csv and sdn_comments.csv in the same folder.</source>
            <translation>{file} es uno de los archivos que acompañan al sdn.csv de la OFAC: importe el propio sdn.csv, con alt.csv, add.csv y sdn_comments.csv en la misma carpeta.</translation>
        </message>
        <message>
            <source>{file} is refused: {reason}</source>
            <translation>{file} se rechaza: {reason}</translation>
        </message>
        <message>
            <source>{file} is {size}, more than such a file ever is (at most {limit}): check that you chose the right file.</source>
            <translation>{file} ocupa {size}, más de lo que nunca ocupa un archivo así (como máximo {limit}): compruebe que eligió el archivo correcto.</translation>
        </message>
        <message>
            <source>{file} says it comes from {reseller}, but it is signed with the key of {other} (fingerprint {fingerprint}).</source>
            <translation>{file} dice venir de {reseller}, pero está firmado con la clave de {other} (huella {fingerprint}).</translation>
        </message>
        <message>
            <source>{file} was altered after its manifest was made: {files} differ (missing or changed). Ask the reseller to send the packet again.</source>
            <translation>{file} fue alterado después de crear su manifiesto: {files} difieren (faltan o cambiaron). Pida al revendedor que envíe el paquete de nuevo.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the CSV is broken ({error}): the file is cut short or damaged; download it again.</source>
            <translation>{file}, línea {line}: el CSV está roto ({error}): el archivo está cortado o dañado; descárguelo de nuevo.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML declares a DOCTYPE, which no sanctions list does; it is refused because its entities could make the app read other files or run out of memory.</source>
            <translation>{file}, línea {line}: el XML declara un DOCTYPE, cosa que ninguna lista de sanciones hace; se rechaza porque sus entidades podrían hacer que la aplicación leyera otros archivos o se quedara sin memoria.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML is broken ({error}){inside}: the file is probably cut short or damaged; download it again.</source>
            <translation>{file}, línea {line}: el XML está roto ({error}){inside}: probablemente el archivo está cortado o dañado; descárguelo de nuevo.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the XML is nested more than {limit} levels deep, deeper than any sanctions list: it is not a list file.</source>
            <translation>{file}, línea {line}: el XML está anidado a más de {limit} niveles, más que cualquier lista de sanciones: no es un archivo de lista.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the column '{column}' is empty, but every row of the UK list has its id there.</source>
            <translation>{file}, línea {line}: la columna '{column}' está vacía, pero cada fila de la lista del Reino Unido lleva ahí su identificador.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the entry number '{value}' is not a number: this is not OFAC's {file}.</source>
            <translation>{file}, línea {line}: el número de entrada '{value}' no es un número: esto no es el {file} de la OFAC.</translation>
        </message>
        <message>
            <source>{file}, line {line}: the row ends in the middle of its last field: the file is cut short; download it again.</source>
            <translation>{file}, línea {line}: la fila termina en medio de su último campo: el archivo está cortado; descárguelo de nuevo.</translation>
        </message>
        <message>
            <source>{file}, line {line}: {found} columns where OFAC's file has {expected}: the file is cut short or is not OFAC's {file}.</source>
            <translation>{file}, línea {line}: {found} columnas donde el archivo de la OFAC tiene {expected}: el archivo está cortado o no es el {file} de la OFAC.</translation>
        </message>
        <message>
            <source>{file}, line {line}: {found} columns where the header has {expected}: the file is cut short or damaged; download it again.</source>
            <translation>{file}, línea {line}: {found} columnas donde el encabezado tiene {expected}: el archivo está cortado o dañado; descárguelo de nuevo.</translation>
        </message>
        <message>
            <source>{file}, {where}: a name of {length} characters, longer than any real name: the file is damaged or is not a sanctions list.</source>
            <translation>{file}, {where}: un nombre de {length} caracteres, más largo que cualquier nombre real: el archivo está dañado o no es una lista de sanciones.</translation>
        </message>
        <message>
            <source>{file}, {where}: the entry has no REFERENCE_NUMBER, which every entry of the UN list has: the file is damaged.</source>
            <translation>{file}, {where}: la entrada no tiene REFERENCE_NUMBER, que tienen todas las entradas de la lista de la ONU: el archivo está dañado.</translation>
        </message>
        <message>
            <source>{file}, {where}: the entry has no euReferenceNumber, which every entry of the EU list has: the file is damaged.</source>
            <translation>{file}, {where}: la entrada no tiene euReferenceNumber, que tienen todas las entradas de la lista de la UE: el archivo está dañado.</translation>
        </message>
        <message>
            <source>{file}: refused: {reason}</source>
            <translation>{file}: rechazado: {reason}</translation>
        </message>
        <message>
            <source>{file}: the reseller's signature cannot be read: {reason}</source>
            <translation>{file}: la firma del revendedor no puede leerse: {reason}</translation>
        </message>
        <message>
            <source>{file}: {reason}</source>
            <translation>{file}: {reason}</translation>
        </message>
        <message>
            <source>{host} and the app found no login method they both know. Check the security setting (a login needs STARTTLS or SSL).</source>
            <translation>{host} y la aplicación no encontraron ningún método de inicio de sesión común. Compruebe la seguridad (un inicio de sesión necesita STARTTLS o SSL).</translation>
        </message>
        <message>
            <source>{host} answered “{code} {reason}” for {address}: the address may have changed; check it in Settings (Sanctions lists). {stay}</source>
            <translation>{host} respondió «{code} {reason}» para {address}: puede que la dirección haya cambiado; compruébela en Preferencias (Listas de sanciones). {stay}</translation>
        </message>
        <message>
            <source>{host} closed the connection before the message was through. Try again later; if it keeps happening, check the port and security, or ask your provider whether it limits sending.</source>
            <translation>{host} cerró la conexión antes de recibir todo el mensaje. Inténtelo más tarde; si sigue ocurriendo, compruebe el puerto y la seguridad o pregunte a su proveedor si limita los envíos.</translation>
        </message>
        <message>
            <source>{host} did not answer on port {port}. Check the port and security (587 with STARTTLS, 465 with SSL), and whether a firewall or your internet provider blocks outgoing mail.</source>
            <translation>{host} no respondió en el puerto {port}. Compruebe el puerto y la seguridad (587 con STARTTLS, 465 con SSL) y si un cortafuegos o su proveedor de internet bloquea el correo saliente.</translation>
        </message>
        <message>
            <source>{host} did not answer within {seconds} seconds: the connection may be down or slow. {stay}</source>
            <translation>{host} no respondió en {seconds} segundos: puede que la conexión esté caída o sea lenta. {stay}</translation>
        </message>
        <message>
            <source>{host} did not take the message.</source>
            <translation>{host} no aceptó el mensaje.</translation>
        </message>
        <message>
            <source>{host} does not offer STARTTLS on port {port}: choose SSL with port 465, or the port your provider names.</source>
            <translation>{host} no ofrece STARTTLS en el puerto {port}: elija SSL con el puerto 465 o el puerto que indique su proveedor.</translation>
        </message>
        <message>
            <source>{host} refused the login: check the user name (usually your full address) and the password.</source>
            <translation>{host} rechazó el inicio de sesión: compruebe el nombre de usuario (normalmente su dirección completa) y la contraseña.</translation>
        </message>
        <message>
            <source>{host} refused the recipient address: check it.</source>
            <translation>{host} rechazó la dirección del destinatario: compruébela.</translation>
        </message>
        <message>
            <source>{host} refused to send from {address}: the sending address must belong to the account you log in with.</source>
            <translation>{host} se negó a enviar desde {address}: la dirección de envío debe pertenecer a la cuenta con la que inicia sesión.</translation>
        </message>
        <message>
            <source>{host} sent more than {limit} (at least {size}), more than a sanctions list ever is: nothing was imported. Check the address in Settings (Sanctions lists).</source>
            <translation>{host} envió más de {limit} (al menos {size}), más de lo que ocupa cualquier lista de sanciones: no se importó nada. Compruebe la dirección en Preferencias (Listas de sanciones).</translation>
        </message>
        <message>
            <source>{item} added.</source>
            <translation>Se ha añadido {item}.</translation>
        </message>
        <message>
            <source>{item} changed ({before}, now {after}).</source>
            <translation>Se ha modificado {item} ({before}, ahora {after}).</translation>
        </message>
        <message>
            <source>{item} changed.</source>
            <translation>Se ha modificado {item}.</translation>
        </message>
        <message>
            <source>{item} removed.</source>
            <translation>Se ha eliminado {item}.</translation>
        </message>
        <message>
            <source>{label}: {problem}</source>
            <translation>{label}: {problem}</translation>
        </message>
        <message>
            <source>{missing} is not beside {file}: OFAC publishes the SDN list as sdn.csv with alt.csv (its other names) and add.csv (its addresses); put them in the same folder.</source>
            <translation>{missing} no está junto a {file}: la OFAC publica la lista SDN como sdn.csv con alt.csv (sus otros nombres) y add.csv (sus direcciones); póngalos en la misma carpeta.</translation>
        </message>
        <message>
            <source>{name} ({days} days)</source>
            <translation>{name} ({days} días)</translation>
        </message>
        <message>
            <source>{name} already has a pinned key (fingerprint {ours}, pinned on {date} by {who}); this file holds another (fingerprint {theirs}). Nothing was changed. Replace it only after checking the new fingerprint with {name}.</source>
            <translation>{name} ya tiene una clave fijada (huella {ours}, fijada el {date} por {who}); este archivo contiene otra (huella {theirs}). No se cambió nada. Sustitúyala solo tras comprobar la nueva huella con {name}.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {error}.</source>
            <translation>No se puede leer {name}: {error}.</translation>
        </message>
        <message>
            <source>{name} is a name Windows keeps for a device: the distributor could not save it. Rename the file and add it again.</source>
            <translation>{name} es un nombre que Windows reserva para un dispositivo: el distribuidor no podría guardarlo. Cambie el nombre del archivo y vuelva a añadirlo.</translation>
        </message>
        <message>
            <source>{name} is damaged (integrity check: {problem}); choose another backup.</source>
            <translation>{name} está dañado (comprobación de integridad: {problem}); elija otra copia de seguridad.</translation>
        </message>
        <message>
            <source>{name} is damaged or not a database: {error}.</source>
            <translation>{name} está dañado o no es una base de datos: {error}.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: it is an SQLite database of another program (it has no {tables} table).</source>
            <translation>{name} no es una copia de seguridad de Channel Diligence: es una base de datos SQLite de otro programa (no tiene la tabla {tables}).</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: it is not an SQLite database file.</source>
            <translation>{name} no es una copia de seguridad de Channel Diligence: no es un archivo de base de datos SQLite.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: its schema version (none) is unknown.</source>
            <translation>{name} no es una copia de seguridad de Channel Diligence: su versión de esquema (ninguna) es desconocida.</translation>
        </message>
        <message>
            <source>{name} is not a Channel Diligence backup: its schema version ({revision}) is unknown.</source>
            <translation>{name} no es una copia de seguridad de Channel Diligence: su versión de esquema ({revision}) es desconocida.</translation>
        </message>
        <message>
            <source>{name} was made by a newer version of Channel Diligence (schema {revision}): update the app first, then restore it.</source>
            <translation>{name} se creó con una versión más reciente de Channel Diligence (esquema {revision}): actualice primero la aplicación y después restáurela.</translation>
        </message>
        <message>
            <source>{path} does not exist or is not a file.</source>
            <translation>{path} no existe o no es un archivo.</translation>
        </message>
        <message>
            <source>{person} already has the role {role}.</source>
            <translation>{person} ya tiene el rol {role}.</translation>
        </message>
        <message>
            <source>{person} cannot approve: choose an active approver or administrator, or any approver.</source>
            <translation>{person} no puede aprobar: elija un aprobador o administrador activo, o cualquier aprobador.</translation>
        </message>
        <message>
            <source>{person} is already active.</source>
            <translation>{person} ya está activo.</translation>
        </message>
        <message>
            <source>{person} is already inactive.</source>
            <translation>{person} ya está inactivo.</translation>
        </message>
        <message>
            <source>{person} is locked after too many wrong passphrases, until {time}. Try again then, or ask an administrator to reset the passphrase.</source>
            <translation>{person} está bloqueado por demasiadas frases de contraseña incorrectas, hasta las {time}. Vuelva a intentarlo entonces o pida a un administrador que restablezca la frase de contraseña.</translation>
        </message>
        <message>
            <source>{person} is no longer active and cannot do this.</source>
            <translation>{person} ya no está activo y no puede hacer esto.</translation>
        </message>
        <message>
            <source>{person} is no longer active: ask an administrator.</source>
            <translation>{person} ya no está activo: consulte a un administrador.</translation>
        </message>
        <message>
            <source>{person} was changed at {time} by someone else since you opened the list; nothing was saved. Look at the list again and redo your change.</source>
            <translation>Otra persona cambió a {person} a las {time}, después de que usted abriera la lista; no se ha guardado nada. Vuelva a mirar la lista y repita su cambio.</translation>
        </message>
        <message>
            <source>{provider} accepts other programs only after you allow POP3/IMAP access in its web mail settings.</source>
            <translation>{provider} solo acepta otros programas después de que permita el acceso POP3/IMAP en los ajustes de su correo web.</translation>
        </message>
        <message>
            <source>{provider} did not allow the app to stay signed in. Try again and allow access.</source>
            <translation>{provider} no permitió que la aplicación mantuviera la sesión. Inténtelo de nuevo y permita el acceso.</translation>
        </message>
        <message>
            <source>{provider} is switching off logins with a plain password for other programs: sign in with your Microsoft account (OAuth2) where the app offers it.</source>
            <translation>{provider} está desactivando el inicio de sesión con contraseña simple para otros programas: inicie sesión con su cuenta de Microsoft (OAuth2) donde la aplicación lo ofrezca.</translation>
        </message>
        <message>
            <source>{provider} needs an app password, not your usual password: switch on two-step verification, create an app password for Channel Diligence and type it here.</source>
            <translation>{provider} necesita una contraseña de aplicación, no su contraseña habitual: active la verificación en dos pasos, cree una contraseña de aplicación para Channel Diligence y escríbala aquí.</translation>
        </message>
        <message>
            <source>{provider} no longer accepts the sign-in of {address} (it expired or was withdrawn). Sign in to {provider} again in Settings &gt; E-mail; the messages stay in the outbox.</source>
            <translation>{provider} ya no acepta el inicio de sesión de {address} (caducó o se retiró). Vuelva a iniciar sesión en {provider} en Preferencias &gt; Correo electrónico; los mensajes siguen en la bandeja de salida.</translation>
        </message>
        <message>
            <source>{provider} refused the sign-in of {address} ({reason}). Sign in to {provider} again in Settings &gt; E-mail.</source>
            <translation>{provider} rechazó el inicio de sesión de {address} ({reason}). Vuelva a iniciar sesión en {provider} en Preferencias &gt; Correo electrónico.</translation>
        </message>
        <message>
            <source>{recipient} already acknowledged the policy on {date}.</source>
            <translation>{recipient} ya confirmó la política el {date}.</translation>
        </message>
        <message>
            <source>{record} differs from what was recorded on {date} (event {seq})</source>
            <translation>{record} difiere de lo registrado el {date} (evento {seq})</translation>
        </message>
        <message>
            <source>{record} has no audit event</source>
            <translation>{record} no tiene evento de auditoría</translation>
        </message>
        <message>
            <source>{record} was recorded on {date} (event {seq}) but is no longer in the database</source>
            <translation>{record} se registró el {date} (evento {seq}) pero ya no está en la base de datos</translation>
        </message>
        <message>
            <source>{refs} and {more} more</source>
            <translation>{refs} y {more} más</translation>
        </message>
        <message>
            <source>{role} is not a party of an order: say customer, end_user or consignee.</source>
            <translation>{role} no es una parte de un pedido: indique customer, end_user o consignee.</translation>
        </message>
        <message>
            <source>{role} is not a role: choose staff, approver or administrator.</source>
            <translation>{role} no es un rol: elija staff (personal), approver (aprobador) o administrator (administrador).</translation>
        </message>
        <message>
            <source>{role} {party} resembles {source} entry {entry} ({listed}), score {score}</source>
            <translation>{role} {party} se parece a la entrada {entry} de {source} ({listed}), puntuación {score}</translation>
        </message>
        <message>
            <source>{section}: {change}</source>
            <translation>{section}: {change}</translation>
        </message>
        <message>
            <source>{source} entry {entry}, {listed}: {why}</source>
            <translation>Entrada {entry} de {source}, {listed}: {why}</translation>
        </message>
        <message>
            <source>{source} is not a sanctions list: say ofac, un, eu or uk.</source>
            <translation>{source} no es una lista de sanciones: indique ofac, un, eu o uk.</translation>
        </message>
        <message>
            <source>{tier} (was {previous})</source>
            <translation>{tier} (antes, {previous})</translation>
        </message>
        <message>
            <source>{value} is not a day of the calendar</source>
            <translation>{value} no es un día del calendario</translation>
        </message>
        <message>
            <source>{value} is not a kind of party: say person or organisation.</source>
            <translation>{value} no es un tipo de parte: indique person u organisation.</translation>
        </message>
        <message>
            <source>{what} (nor do {count} more like it)</source>
            <translation>{what} (ni otros {count} similares)</translation>
        </message>
        <message>
            <source>{what}: events were deleted</source>
            <translation>{what}: se eliminaron eventos</translation>
        </message>
        <message>
            <source>{who} changed order {reference} {at} ({what}) after you opened it: nothing was saved. Reload the order to see the change.</source>
            <translation>{who} modificó el pedido {reference} {at} ({what}) después de que usted lo abriera: no se guardó nada. Recargue el pedido para ver el cambio.</translation>
        </message>
        <message>
            <source>{who} changed order {reference} {at} after you opened it: nothing was saved. Reload the order to see the change.</source>
            <translation>{who} modificó el pedido {reference} {at} después de que usted lo abriera: no se guardó nada. Recargue el pedido para ver el cambio.</translation>
        </message>
        <message>
            <source>{who} proposed to {outcome} and asked any approver for approval.</source>
            <translation>{who} propuso {outcome} y pidió la aprobación de cualquier aprobador.</translation>
        </message>
        <message>
            <source>{who} proposed to {outcome} and asked {approver} for approval.</source>
            <translation>{who} propuso {outcome} y pidió la aprobación de {approver}.</translation>
        </message>
        <message>
            <source>{who}: '{party}' is not {list} entry {entry} {listed}: {reason}.</source>
            <translation>{who}: «{party}» no es la entrada {entry} {listed} de {list}: {reason}.</translation>
        </message>
        <message>
            <source>{who}: '{party}' is {list} entry {entry} {listed}, a confirmed match: {reason}.</source>
            <translation>{who}: «{party}» es la entrada {entry} {listed} de {list}, una coincidencia confirmada: {reason}.</translation>
        </message>
        <message>
            <source>{year} {number} is not a period.</source>
            <translation>{year} {number} no es un periodo.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>&amp;E-mail address:</source>
            <translation>Co&amp;rreo electrónico:</translation>
        </message>
        <message>
            <source>&amp;Forget the stored password</source>
            <translation>&amp;Olvidar la contraseña guardada</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>Advice for this provider</source>
            <translation>Consejos para este proveedor</translation>
        </message>
        <message>
            <source>As the address says</source>
            <translation>Según la dirección</translation>
        </message>
        <message>
            <source>As the system ({0})</source>
            <translation>Como el sistema ({0})</translation>
        </message>
        <message>
            <source>E-mail for escalations and misuse reports</source>
            <translation>Correo electrónico para escalados e informes de uso indebido</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Language of the app</source>
            <translation>Idioma de la aplicación</translation>
        </message>
        <message>
            <source>Mail &amp;server:</source>
            <translation>&amp;Servidor de correo:</translation>
        </message>
        <message>
            <source>None (only for a server in your own network)</source>
            <translation>Ninguna (solo para un servidor de su propia red)</translation>
        </message>
        <message>
            <source>Pass&amp;word:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>Po&amp;rt:</source>
            <translation>&amp;Puerto:</translation>
        </message>
        <message>
            <source>Pro&amp;vider:</source>
            <translation>Pro&amp;veedor:</translation>
        </message>
        <message>
            <source>Result of the test</source>
            <translation>Resultado de la prueba</translation>
        </message>
        <message>
            <source>SSL/TLS (usually port 465)</source>
            <translation>SSL/TLS (normalmente, puerto 465)</translation>
        </message>
        <message>
            <source>STARTTLS (usually port 587)</source>
            <translation>STARTTLS (normalmente, puerto 587)</translation>
        </message>
        <message>
            <source>Saved. Close and start Channel Diligence again to use {0}.</source>
            <translation>Guardado. Cierre Channel Diligence y vuelva a iniciarlo para usar {0}.</translation>
        </message>
        <message>
            <source>Saves the settings above, then sends a short e-mail now (not through the outbox).</source>
            <translation>Guarda las preferencias de arriba y envía ahora un breve correo electrónico (sin pasar por la bandeja de salida).</translation>
        </message>
        <message>
            <source>Screens, checklist questions, help and the PDFs you make follow this language; dates and amounts follow your system's habits for it.</source>
            <translation>Las pantallas, las preguntas de la lista de comprobación, la ayuda y los PDF que genere usan este idioma; las fechas y los importes siguen las convenciones de su sistema para ese idioma.</translation>
        </message>
        <message>
            <source>Sec&amp;urity:</source>
            <translation>Se&amp;guridad:</translation>
        </message>
        <message>
            <source>Send &amp;test e-mail</source>
            <translation>&amp;Enviar correo de prueba</translation>
        </message>
        <message>
            <source>Send a test e-mail</source>
            <translation>Enviar un correo de prueba</translation>
        </message>
        <message>
            <source>Send the test e-mail to</source>
            <translation>Enviar el correo de prueba a</translation>
        </message>
        <message>
            <source>Sending a test e-mail…</source>
            <translation>Enviando un correo de prueba…</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <source>Test &amp;address:</source>
            <translation>&amp;Dirección de prueba:</translation>
        </message>
        <message>
            <source>The password is stored in your system's password store ({0}), never in the app's database, and never shown.</source>
            <translation>La contraseña se guarda en el almacén de contraseñas de su sistema ({0}), nunca en la base de datos de la aplicación, y nunca se muestra.</translation>
        </message>
        <message>
            <source>The password is stored in your system's password store ({0}), not in the app's database.</source>
            <translation>La contraseña se guarda en el almacén de contraseñas de su sistema ({0}), no en la base de datos de la aplicación.</translation>
        </message>
        <message>
            <source>The server took the test e-mail. Its answer: {0}</source>
            <translation>El servidor aceptó el correo de prueba. Su respuesta: {0}</translation>
        </message>
        <message>
            <source>The test e-mail was not sent: {0}</source>
            <translation>No se envió el correo de prueba: {0}</translation>
        </message>
        <message>
            <source>This computer has no password store (keyring) the app can use, so the password cannot be kept: the app asks for it each time it sends.</source>
            <translation>Este equipo no tiene un almacén de contraseñas (keyring) que la aplicación pueda usar, así que la contraseña no se puede guardar: la aplicación la pide cada vez que envía.</translation>
        </message>
        <message>
            <source>This is the language in use.</source>
            <translation>Este es el idioma en uso.</translation>
        </message>
        <message>
            <source>User &amp;name:</source>
            <translation>Nombre de &amp;usuario:</translation>
        </message>
        <message>
            <source>asked for when sending</source>
            <translation>se pide al enviar</translation>
        </message>
        <message>
            <source>empty if the server needs no login</source>
            <translation>vacío si el servidor no requiere inicio de sesión</translation>
        </message>
        <message>
            <source>for example orders@your-company.example</source>
            <translation>por ejemplo orders@your-company.example</translation>
        </message>
        <message>
            <source>for example smtp.example.com</source>
            <translation>por ejemplo smtp.example.com</translation>
        </message>
        <message>
            <source>if the server needs a login</source>
            <translation>si el servidor requiere inicio de sesión</translation>
        </message>
        <message>
            <source>stored; type a new one to replace it</source>
            <translation>guardada; escriba una nueva para sustituirla</translation>
        </message>
        <message>
            <source>your own address (the sender if empty)</source>
            <translation>su propia dirección (el remitente si se deja vacío)</translation>
        </message>
        <message>
            <source>{0} (your own domain)</source>
            <translation>{0} (su propio dominio)</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Company profile</source>
            <translation>Perfil de la empresa</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Datos de demostración</translation>
        </message>
        <message>
            <source>Loading demo customers, products and orders…</source>
            <translation>Cargando clientes, productos y pedidos de demostración…</translation>
        </message>
        <message>
            <source>Packets will not be signed</source>
            <translation>Los paquetes no se firmarán</translation>
        </message>
        <message>
            <source>Set up Channel Diligence</source>
            <translation>Configurar Channel Diligence</translation>
        </message>
        <message>
            <source>Your profile is saved, but the demo data could not be loaded: {0} Click Finish to start with an empty database.</source>
            <translation>Su perfil está guardado, pero no se pudieron cargar los datos de demostración: {0} Haga clic en Finalizar para empezar con una base de datos vacía.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Remember me on this computer for this account</source>
            <translation>&amp;Recordarme en este ordenador para esta cuenta</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Entrar</translation>
        </message>
        <message>
            <source>Choose who you are.</source>
            <translation>Elija quién es usted.</translation>
        </message>
        <message>
            <source>Everything you record is recorded in your name, with this computer's login beside it.</source>
            <translation>Todo lo que registre queda registrado a su nombre, junto con el usuario de este ordenador.</translation>
        </message>
        <message>
            <source>Pass&amp;phrase:</source>
            <translation>&amp;Frase de acceso:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Frase de acceso</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Remembered, you are not asked again when you start the app under this computer account. Approving a high-risk order always asks the approver's passphrase.</source>
            <translation>Si se le recuerda, no se le vuelve a preguntar al iniciar la aplicación con esta cuenta del ordenador. Aprobar un pedido de alto riesgo siempre pide la frase de acceso de quien aprueba.</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Escriba su frase de acceso.</translation>
        </message>
        <message>
            <source>Who is working?</source>
            <translation>¿Quién está trabajando?</translation>
        </message>
    </context>
    <context>
        <name>SigningKeyBox</name>
        <message>
            <source>E&amp;xport public key…</source>
            <translation>E&amp;xportar clave pública…</translation>
        </message>
        <message>
            <source>Export the company's public key</source>
            <translation>Exportar la clave pública de la empresa</translation>
        </message>
        <message>
            <source>Fingerprint of the company's signing key</source>
            <translation>Huella de la clave de firma de la empresa</translation>
        </message>
        <message>
            <source>Fingerprint:</source>
            <translation>Huella:</translation>
        </message>
        <message>
            <source>Key files (*.json)</source>
            <translation>Archivos de clave (*.json)</translation>
        </message>
        <message>
            <source>No key yet</source>
            <translation>Todavía no hay clave</translation>
        </message>
        <message>
            <source>Packets are not signed until the company has a key: it is made on a computer with a system keyring (password store), or where there is none, when the administrator is set up, in a file encrypted with their passphrase.</source>
            <translation>Los paquetes no se firman hasta que la empresa tenga una clave: se crea en un ordenador con llavero del sistema (almacén de contraseñas) o, donde no lo hay, al configurar al administrador, en un archivo cifrado con su frase de acceso.</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Guardado {0}</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Clave de firma</translation>
        </message>
        <message>
            <source>The private key is not on this computer: packets made here are not signed.</source>
            <translation>La clave privada no está en este ordenador: los paquetes hechos aquí no se firman.</translation>
        </message>
        <message>
            <source>The private key is on this computer, in an encrypted file, unlocked with the administrator's passphrase ({0}): packets made here are signed once it is given, once per session.</source>
            <translation>La clave privada está en este ordenador, en un archivo cifrado que se desbloquea con la frase de acceso del administrador ({0}): los paquetes creados aquí se firman una vez introducida, una vez por sesión.</translation>
        </message>
        <message>
            <source>The private key is on this computer, in the system keyring: packets made here are signed.</source>
            <translation>La clave privada está en este ordenador, en el llavero del sistema: los paquetes creados aquí se firman.</translation>
        </message>
    </context>
    <context>
        <name>TermCombo</name>
        <message>
            <source>The criteria pack does not know this value, so the screening counts it as missing information. Choose one from the list.</source>
            <translation>El paquete de criterios no conoce este valor, así que la evaluación lo cuenta como información que falta. Elija uno de la lista.</translation>
        </message>
    </context>
    <context>
        <name>TierBadge</name>
        <message>
            <source>Risk tier: {0}</source>
            <translation>Nivel de riesgo: {0}</translation>
        </message>
    </context>
    <context>
        <name>TierChart</name>
        <message>
            <source>1 order</source>
            <translation>1 pedido</translation>
        </message>
        <message>
            <source>No orders in the last 12 months.</source>
            <translation>No hay pedidos en los últimos 12 meses.</translation>
        </message>
        <message>
            <source>Orders by risk tier, last 12 months</source>
            <translation>Pedidos por nivel de riesgo, últimos 12 meses</translation>
        </message>
        <message>
            <source>{0} orders</source>
            <translation>{0} pedidos</translation>
        </message>
        <message>
            <source>{0}: no orders</source>
            <translation>{0}: sin pedidos</translation>
        </message>
        <message>
            <source>{0}: {1} ({2})</source>
            <translation>{0}: {1} ({2})</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Reminder</source>
            <translation>Recordatorio</translation>
        </message>
        <message>
            <source>and {0} more: open the overview.</source>
            <translation>y {0} más: abra el Resumen.</translation>
        </message>
        <message>
            <source>{0} new reminders</source>
            <translation>{0} recordatorios nuevos</translation>
        </message>
        <message>
            <source>{0} new reminders ({1} overdue)</source>
            <translation>{0} recordatorios nuevos ({1} vencidos)</translation>
        </message>
    </context>
    <context>
        <name>TraySettingsBox</name>
        <message>
            <source>&amp;Keep running in the tray when the window is closed</source>
            <translation>&amp;Seguir en la bandeja del sistema al cerrar la ventana</translation>
        </message>
        <message>
            <source>Channel Diligence starts in the tray when you log in to this computer (the entry is {0}).</source>
            <translation>Channel Diligence se inicia en la bandeja del sistema cuando inicia sesión en este equipo (la entrada es {0}).</translation>
        </message>
        <message>
            <source>Reminders keep reaching you as desktop notifications; quit from the tray icon's menu.</source>
            <translation>Los recordatorios le siguen llegando como notificaciones del escritorio; salga desde el menú del icono de la bandeja.</translation>
        </message>
        <message>
            <source>Start with m&amp;y session</source>
            <translation>Iniciar con mi &amp;sesión</translation>
        </message>
        <message>
            <source>This desktop has no system tray, so closing the window quits the app.</source>
            <translation>Este escritorio no tiene bandeja del sistema, así que cerrar la ventana cierra la aplicación.</translation>
        </message>
        <message>
            <source>Tray</source>
            <translation>Bandeja del sistema</translation>
        </message>
    </context>
    <context>
        <name>VersionsModel</name>
        <message>
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importada</translation>
        </message>
        <message>
            <source>Imported by</source>
            <translation>Importada por</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Nombres</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Publicada</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>not stated</source>
            <translation>no indicada</translation>
        </message>
        <message>
            <source>{0} (in use)</source>
            <translation>{0} (en uso)</translation>
        </message>
    </context>
    <context>
        <name>VersionsTab</name>
        <message>
            <source>&amp;Show what changed</source>
            <translation>&amp;Mostrar los cambios</translation>
        </message>
        <message>
            <source>&amp;to:</source>
            <translation>&amp;hasta:</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adoptada</translation>
        </message>
        <message>
            <source>Adopted in the app by</source>
            <translation>Adoptada en la aplicación por</translation>
        </message>
        <message>
            <source>An adopted version is frozen: editing starts a new draft. Each version keeps who approved it and when.</source>
            <translation>Una versión adoptada queda fijada: al editarla se inicia un nuevo borrador. Cada versión conserva quién la aprobó y cuándo.</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprobado por</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Aprobada el</translation>
        </message>
        <message>
            <source>Choose two different versions.</source>
            <translation>Elija dos versiones distintas.</translation>
        </message>
        <message>
            <source>Compare &amp;from:</source>
            <translation>Comparar &amp;desde:</translation>
        </message>
        <message>
            <source>Compare from version</source>
            <translation>Comparar desde la versión</translation>
        </message>
        <message>
            <source>Compare to version</source>
            <translation>Comparar con la versión</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>From {0} to {1}: 1 section changed.</source>
            <translation>De {0} a {1}: 1 sección modificada.</translation>
        </message>
        <message>
            <source>From {0} to {1}: {2} sections changed.</source>
            <translation>De {0} a {1}: {2} secciones modificadas.</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Última modificación</translation>
        </message>
        <message>
            <source>Lines marked − were taken out, lines marked + were put in.</source>
            <translation>Las líneas marcadas con − se han quitado; las marcadas con + se han añadido.</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Próxima revisión</translation>
        </message>
        <message>
            <source>No differences between {0} and {1}.</source>
            <translation>No hay diferencias entre {0} y {1}.</translation>
        </message>
        <message>
            <source>Once there are two versions, choose them above to see what changed.</source>
            <translation>Cuando haya dos versiones, elíjalas arriba para ver qué ha cambiado.</translation>
        </message>
        <message>
            <source>Policy versions</source>
            <translation>Versiones de la política</translation>
        </message>
        <message>
            <source>Replaced by a later version</source>
            <translation>Sustituida por una versión posterior</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Version {0} ({1})</source>
            <translation>Versión {0} ({1})</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Qué ha cambiado</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modificado</translation>
        </message>
        <message>
            <source>new section</source>
            <translation>sección nueva</translation>
        </message>
        <message>
            <source>section removed</source>
            <translation>sección eliminada</translation>
        </message>
        <message>
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>WaitingModel</name>
        <message>
            <source>Asked by</source>
            <translation>Pedido por</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Pedido el</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Pedido</translation>
        </message>
        <message>
            <source>Proposed decision</source>
            <translation>Decisión propuesta</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Riesgo</translation>
        </message>
        <message>
            <source>{0} (changed since)</source>
            <translation>{0} (ha cambiado)</translation>
        </message>
    </context>
    <context>
        <name>WhoIsWorking</name>
        <message>
            <source>Recorded as {0}</source>
            <translation>Se registra como {0}</translation>
        </message>
        <message>
            <source>Switch person</source>
            <translation>Cambiar de persona</translation>
        </message>
        <message>
            <source>Switch person…</source>
            <translation>Cambiar de persona…</translation>
        </message>
        <message>
            <source>Who is working</source>
            <translation>Quién está trabajando</translation>
        </message>
        <message>
            <source>Working: {0}</source>
            <translation>Trabajando: {0}</translation>
        </message>
    </context>
</TS>
