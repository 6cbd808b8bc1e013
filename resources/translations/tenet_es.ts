<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/reading_checkdialog.ui" line="+9"/>
        <source>Comprehension Check</source>
        <translation>Prueba de comprensión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comprehension check</source>
        <translation>Prueba de comprensión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About the check</source>
        <translation>Sobre la prueba</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your result</source>
        <translation>Su resultado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Check My Answers</source>
        <translation>&amp;Comprobar mis respuestas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Continue to Sign…</source>
        <translation>Continuar y &amp;firmar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CheckEditorDialog</name>
    <message>
        <location filename="../../ui/editor_checkdialog.ui" line="+9"/>
        <source>Comprehension Questions</source>
        <translation>Preguntas de comprensión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comprehension questions</source>
        <translation>Preguntas de comprensión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before people sign this version they answer these multiple-choice questions, in a new order each time, and must reach the pass mark. Leave the list empty to ask no questions.</source>
        <translation>Antes de firmar esta versión, las personas responden a estas preguntas de opción múltiple, cada vez en un orden distinto, y deben alcanzar la nota de aprobado. Deje la lista vacía para no hacer preguntas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Pass mark:</source>
        <translation>&amp;Nota de aprobado:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pass mark in percent</source>
        <translation>Nota de aprobado en porcentaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of questions to answer right to pass.</source>
        <translation>El porcentaje de preguntas que hay que acertar para aprobar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Preguntas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a question at the end</source>
        <translation>Añadir una pregunta al final</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected question</source>
        <translation>Quitar la pregunta seleccionada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected question up</source>
        <translation>Subir la pregunta seleccionada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected question down</source>
        <translation>Bajar la pregunta seleccionada</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Question &amp;text:</source>
        <translation>&amp;Texto de la pregunta:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Choices (tick the one right answer):</source>
        <translation>&amp;Opciones (marque la única correcta):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add C&amp;hoice</source>
        <translation>Añadir opc&amp;ión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Ch&amp;oice</source>
        <translation>Quitar op&amp;ción</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problems to fix</source>
        <translation>Problemas que corregir</translation>
    </message>
</context>
<context>
    <name>ComplianceReportDialog</name>
    <message>
        <location filename="../../ui/dashboard_reportdialog.ui" line="+8"/>
        <source>Compliance Report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who must sign the version, who signed and when, who is overdue, the totals per team, the sections&apos; reviews and the ledger&apos;s verification, for an auditor.</source>
        <translation>Para el auditor: quién debe firmar la versión, quién ha firmado y cuándo, quién está fuera de plazo, los totales por equipo, las revisiones de las secciones y la verificación del registro de firmas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report format</source>
        <translation>Formato del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF to hand to an auditor, or a CSV file (UTF-8) for a spreadsheet</source>
        <translation>Un PDF para entregar a un auditor o un archivo CSV (UTF-8) para una hoja de cálculo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which published version the report judges: the version in force, or an earlier one by the signatures made up to it</source>
        <translation>Qué versión publicada evalúa el informe: la versión en vigor o una anterior, con las firmas recogidas hasta entonces</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report file</source>
        <translation>Archivo del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write; an existing file is replaced</source>
        <translation>El archivo que se va a crear; si ya existe, se sustituye</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose report file</source>
        <translation>Elegir el archivo del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick where to save the report</source>
        <translation>Elija dónde guardar el informe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open when done</source>
        <translation>A&amp;brir al terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open when done</source>
        <translation>Abrir al terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the report in the system&apos;s viewer once it is written</source>
        <translation>Abrir el informe en el visor del sistema cuando esté listo</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../ui/startup_connectserverdialog.ui" line="+9"/>
        <source>Connect to Server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a database server</source>
        <translation>Conectar con un servidor de bases de datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an organisation kept in a database on a PostgreSQL server. An empty field leaves the choice to the server&apos;s defaults.</source>
        <translation>Abra una organización guardada en una base de datos de un servidor PostgreSQL. Un campo vacío deja la elección a los valores predeterminados del servidor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s name or address, or the folder holding its socket on this computer (for example /var/run/postgresql). Empty: a server on this computer.</source>
        <translation>El nombre o la dirección del servidor, o la carpeta de su socket en este equipo (por ejemplo, /var/run/postgresql). Vacío: un servidor en este equipo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s port; the lowest value leaves it to the default, 5432.</source>
        <translation>El puerto del servidor; el valor más bajo deja el predeterminado, 5432.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default (5432)</source>
        <translation>Predeterminado (5432)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database on the server that holds the organisation.</source>
        <translation>La base de datos del servidor que guarda la organización.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user the server knows you as. The password is asked for when the server wants one, and never saved.</source>
        <translation>El usuario con el que le conoce el servidor. La contraseña se pide cuando el servidor la exige, y nunca se guarda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ervice:</source>
        <translation>S&amp;ervicio:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: a service your administrator set up in pg_service.conf. It supplies whatever the fields above leave empty.</source>
        <translation>Opcional: un servicio que su administrador definió en pg_service.conf. Aporta lo que los campos de arriba dejan vacío.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connect or cancel</source>
        <translation>Conectar o cancelar</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="+8"/>
        <source>Review dashboard</source>
        <translation>Panel de revisión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code and day the dashboard shows</source>
        <translation>Código y día que muestra el panel</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <source>Signed</source>
        <translation>Han firmado</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Share of the people who must sign that hold a signature of the version in force</source>
        <translation>Proporción de las personas obligadas a firmar que tienen una firma válida para la versión en vigor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed figure</source>
        <translation>Han firmado: cifra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed caption</source>
        <translation>Han firmado: rótulo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed details</source>
        <translation>Han firmado: detalle</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Overdue people</source>
        <translation>Personas fuera de plazo</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>People whose grace period to sign has run out</source>
        <translation>Personas cuyo plazo para firmar ha vencido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue people figure</source>
        <translation>Personas fuera de plazo: cifra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue people caption</source>
        <translation>Personas fuera de plazo: rótulo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue people details</source>
        <translation>Personas fuera de plazo: detalle</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Stale sections</source>
        <translation>Secciones con revisión vencida</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sections whose review is overdue</source>
        <translation>Secciones cuya revisión está fuera de plazo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stale sections figure</source>
        <translation>Secciones con revisión vencida: cifra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stale sections caption</source>
        <translation>Secciones con revisión vencida: rótulo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stale sections details</source>
        <translation>Secciones con revisión vencida: detalle</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>KPIs off target</source>
        <translation>KPI fuera de objetivo</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>KPIs whose latest value misses the target or breaches the alert threshold</source>
        <translation>KPI cuyo último valor no alcanza el objetivo o rebasa el umbral de alerta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPIs off target figure</source>
        <translation>KPI fuera de objetivo: cifra</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPIs off target caption</source>
        <translation>KPI fuera de objetivo: rótulo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KPIs off target details</source>
        <translation>KPI fuera de objetivo: detalle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Team:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team filter</source>
        <translation>Filtro de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one team&apos;s rows (Alt+T)</source>
        <translation>Mostrar solo las filas de un equipo (Alt+Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ite:</source>
        <translation>Ce&amp;ntro:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site filter</source>
        <translation>Filtro de centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one site&apos;s people (Alt+I)</source>
        <translation>Mostrar solo las personas de un centro (Alt+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remind selected people</source>
        <translation>Enviar un recordatorio a las personas seleccionadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the list shown as CSV</source>
        <translation>Exportar a CSV la lista mostrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the compliance report</source>
        <translation>Generar el informe de cumplimiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dashboard lists and charts</source>
        <translation>Listas y gráficos del panel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People who have not signed</source>
        <translation>Personas que no han firmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who must sign the version in force and have not; double-click to open a person</source>
        <translation>Personas que deben firmar la versión en vigor y aún no lo han hecho; haga doble clic en una persona para abrir su ficha</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section reviews</source>
        <translation>Revisiones de las secciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When each section&apos;s review falls due; double-click to open a section</source>
        <translation>Cuándo vence la revisión de cada sección; haga doble clic en una sección para abrirla</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KPI status</source>
        <translation>Estado de los KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest value of each KPI against its target and alert threshold</source>
        <translation>El último valor de cada KPI frente a su objetivo y su umbral de alerta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing progress</source>
        <translation>Evolución de las firmas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPI trends</source>
        <translation>Tendencia de los KPI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>K&amp;PI:</source>
        <translation>KP&amp;I:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPI shown in the chart</source>
        <translation>KPI que muestra el gráfico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the KPI whose recent values the chart shows</source>
        <translation>Elija el KPI cuyos valores recientes muestra el gráfico</translation>
    </message>
</context>
<context>
    <name>DatabaseName</name>
    <message>
        <location filename="../../src/app/common/databasename.cpp" line="+29"/>
        <source>service %1</source>
        <extracomment>A database on a PostgreSQL server known by a name in pg_service.conf.</extracomment>
        <translation>servicio %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (service %2)</source>
        <extracomment>%1 is a database, %2 the name of a PostgreSQL service (from pg_service.conf).</extracomment>
        <translation>%1 (servicio %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on this computer</source>
        <extracomment>%1 is a database on a PostgreSQL server running on the user&apos;s own computer.</extracomment>
        <translation>%1 en este equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <extracomment>%1 is a database, %2 the PostgreSQL server holding it (a name, an address or a folder).</extracomment>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../src/app/startup/databaseopener.cpp" line="+97"/>
        <source>the folder %1 cannot be created, so Tenet has nowhere to keep its database</source>
        <translation>no se puede crear la carpeta %1, así que Tenet no tiene dónde guardar su base de datos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no such file; nothing was created. Check the name, or create a new database with File &gt; New</source>
        <translation>el archivo no existe; no se ha creado nada. Compruebe el nombre o cree una base de datos nueva con Archivo &gt; Nuevo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; nothing was changed</source>
        <translation>; no se ha modificado nada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already exists; a new database never replaces a file, so choose another name</source>
        <translation>%1 ya existe; una base de datos nueva nunca sustituye a un archivo, así que elija otro nombre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (the new file %2 was removed again)</source>
        <translation>%1 (se ha eliminado el archivo nuevo %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was created for %2. Sign in as %3 with the PIN you chose; the first draft of your code is ready to edit.</source>
        <translation>Se ha creado %1 para %2. Identifíquese como %3 con el PIN que ha elegido; el primer borrador de su código ya se puede editar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no demonstration organisation in &quot;%1&quot;; choose one of %2</source>
        <translation>no hay ninguna organización de demostración en «%1»; elija uno de estos idiomas: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder cannot be created, so the demonstration has nowhere to go</source>
        <translation>no se puede crear la carpeta, así que la demostración no tiene dónde guardarse</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Welcome: a demonstration organisation was created in %1. Sign in as %2 (manager) with PIN %3. Every demonstration staff member has the same PIN; it is an example only, so use File &gt; New for your own organisation.</source>
        <translation>Le damos la bienvenida: se ha creado una organización de demostración en %1. Identifíquese como %2 (responsable) con el PIN %3. Todo el personal de demostración tiene el mismo PIN; es solo un ejemplo, así que use Archivo &gt; Nuevo para su propia organización.</translation>
    </message>
</context>
<context>
    <name>EditorClauseForm</name>
    <message>
        <location filename="../../ui/editor_clauseform.ui" line="+9"/>
        <source>Clause form</source>
        <translation>Formulario de la cláusula</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clause title</source>
        <translation>Título de la cláusula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clause&apos;s heading. You can also rename a clause in the navigator (F2).</source>
        <translation>El encabezado de la cláusula. También puede cambiar el nombre de una cláusula en el navegador (F2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Strength</source>
        <translation>&amp;Carácter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clause strength</source>
        <translation>Carácter de la cláusula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must: a firm rule that binds everyone; should: guidance that leaves room for judgement in unusual situations.</source>
        <translation>DEBE: una norma firme que obliga a todos; DEBERÍA: una pauta que deja margen al criterio propio en situaciones poco habituales.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;References</source>
        <translation>&amp;Referencias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clause references, one per line</source>
        <translation>Referencias de la cláusula, una por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the clause comes from or what it answers to, one per line: a paragraph of a standard, a law, an internal policy.</source>
        <translation>De dónde procede la cláusula o a qué responde, una por línea: un apartado de una norma, una ley, una política interna.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, for example ISO 10002 §7.2</source>
        <translation>Una por línea, por ejemplo ISO 10002 §7.2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clause text and preview</source>
        <translation>Texto y vista previa de la cláusula</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Te&amp;xt (Markdown)</source>
        <translation>Te&amp;xto (Markdown)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clause text in Markdown</source>
        <translation>Texto de la cláusula en Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clause&apos;s text in Markdown: **bold**, *italic*, lists with &quot;- &quot;, links. The preview beside it shows how it will read.</source>
        <translation>El texto de la cláusula en Markdown: **negrita**, *cursiva*, listas con «- », enlaces. La vista previa de al lado muestra cómo quedará.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of the clause text</source>
        <translation>Vista previa del texto de la cláusula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the clause text reads in the handbook.</source>
        <translation>Cómo se verá el texto de la cláusula en el manual.</translation>
    </message>
</context>
<context>
    <name>EditorSectionForm</name>
    <message>
        <location filename="../../ui/editor_sectionform.ui" line="+9"/>
        <source>Section form</source>
        <translation>Formulario de la sección</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s heading, as printed in the handbook.</source>
        <translation>El encabezado de la sección, tal como aparece impreso en el manual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Finalidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section purpose</source>
        <translation>Finalidad de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the section is for, in a paragraph (Markdown).</source>
        <translation>Para qué sirve la sección, en un párrafo (Markdown).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section owner&apos;s employee number</source>
        <translation>Número de empleado del responsable de la sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employee number of the person who keeps this section up to date.</source>
        <translation>El número de empleado de la persona que mantiene al día esta sección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section owner&apos;s name</source>
        <translation>Nombre del responsable de la sección</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Review every</source>
        <translation>Revisar ca&amp;da</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review interval in days</source>
        <translation>Plazo de revisión en días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days may pass between reviews of this section before it is due again; &quot;never&quot; when it is not reviewed on a schedule.</source>
        <translation>Cuántos días pueden pasar entre dos revisiones de esta sección antes de que toque revisarla de nuevo; «nunca» si no se revisa periódicamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When the next review is due</source>
        <translation>Cuándo vence la próxima revisión</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Structured items of the section</source>
        <translation>Tablas de la sección</translation>
    </message>
</context>
<context>
    <name>ExportHandbookDialog</name>
    <message>
        <location filename="../../ui/export_handbookdialog.ui" line="+8"/>
        <source>Export Handbook</source>
        <translation>Exportar manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handbook</source>
        <translation>Exportar el manual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which version the handbook shows: the version in force, the open draft (marked DRAFT on every page) or an earlier published version</source>
        <translation>Qué versión muestra el manual: la versión en vigor, el borrador abierto (con la marca de borrador en cada página) o una versión publicada anterior</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper the handbook is laid out for</source>
        <translation>El papel para el que se compagina el manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output file</source>
        <translation>Archivo de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write; an existing file is replaced</source>
        <translation>El archivo PDF que se va a crear; si ya existe, se sustituye</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose output file</source>
        <translation>Elegir el archivo de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick where to save the PDF</source>
        <translation>Elija dónde guardar el PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open when done</source>
        <translation>A&amp;brir al terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open when done</source>
        <translation>Abrir al terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF in the system&apos;s viewer once it is written</source>
        <translation>Abrir el PDF en el visor del sistema cuando esté listo</translation>
    </message>
</context>
<context>
    <name>HandbookVersions</name>
    <message>
        <location filename="../../src/app/export/handbookversions.cpp" line="+34"/>
        <source>Version %1 (in force)</source>
        <translation>Versión %1 (en vigor)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 (%2, marked DRAFT)</source>
        <extracomment>A version to export that is not in force yet: %2 is its state (&quot;Draft&quot;).</extracomment>
        <translation>Versión %1 (%2, con la marca de borrador)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history_view.ui" line="+9"/>
        <source>Version history</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code whose versions are listed</source>
        <translation>Código cuyas versiones se muestran</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare with version in force</source>
        <translation>Comparar con la versión en vigor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open version</source>
        <translation>Abrir versión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions and comparison</source>
        <translation>Versiones y comparación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every version of the code. Select two and press Compare, or double-click one to compare it with the one before.</source>
        <translation>Todas las versiones del código. Seleccione dos y pulse Comparar, o haga doble clic en una para compararla con la anterior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select two versions and press Compare (Ctrl+D), or double-click a version to compare it with the one before. Enter opens the selected version.</source>
        <translation>Seleccione dos versiones y pulse Comparar (Ctrl+D), o haga doble clic en una versión para compararla con la anterior. Intro abre la versión seleccionada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versions compared</source>
        <translation>Versiones comparadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary of changes</source>
        <translation>Resumen de los cambios</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>List of changes and redline</source>
        <translation>Lista de cambios y control de cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List of changes</source>
        <translation>Lista de cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change, grouped by section. Select one to show it in the redline.</source>
        <translation>Todos los cambios, agrupados por sección. Seleccione uno para verlo en el control de cambios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redline</source>
        <translation>Control de cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changed text. Inserted words are underlined, deleted words are struck through.</source>
        <translation>El texto modificado. Las palabras añadidas aparecen subrayadas y las suprimidas, tachadas.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../ui/startup_newdatabasedialog.ui" line="+9"/>
        <source>New Database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new file</source>
        <translation>El archivo nuevo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start with the demonstration organisation</source>
        <translation>Empezar con la organización de demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Demonstration organisation</source>
        <translation>Organización de &amp;demostración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the demonstration organisation holds</source>
        <translation>Qué contiene la organización de demostración</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the demonstration organisation</source>
        <translation>Idioma de la organización de demostración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language its code, its people and its history are written in.</source>
        <translation>El idioma en el que están redactados su código, los datos de su personal y su historial.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start with my own organisation</source>
        <translation>Empezar con mi propia organización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;My own organisation</source>
        <translation>&amp;Mi propia organización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your organisation and its first manager</source>
        <translation>Su organización y su primer responsable</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name of your organisation, as the code and the handbook print it.</source>
        <translation>El nombre de su organización, tal como figurará en el código y en el manual.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;employee number:</source>
        <translation>Su número de &amp;empleado:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your employee number</source>
        <translation>Su número de empleado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You become the first manager; you can then add everyone else.</source>
        <translation>Usted será el primer responsable; después podrá dar de alta a los demás.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;full name:</source>
        <translation>Su &amp;nombre completo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN o contraseña:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your PIN or password</source>
        <translation>Su PIN o contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least four characters. You sign in and approve versions with it.</source>
        <translation>Cuatro caracteres como mínimo. Lo usará para identificarse y aprobar versiones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítalo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repeat your PIN or password</source>
        <translation>Repita su PIN o contraseña</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code lan&amp;guage:</source>
        <translation>Idioma de&amp;l código:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the code</source>
        <translation>Idioma del código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language your code is written in: its title, its sections and the starter code. Everyone reads the code in this language, whatever language they use Tenet in.</source>
        <translation>El idioma en el que se redacta su código: su título, sus secciones y el código de partida. Todos leen el código en este idioma, sea cual sea el idioma en el que usen Tenet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Begin the first draft from the starter code</source>
        <translation>Usar el código de partida como primer borrador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Begin the first draft from the &amp;starter code</source>
        <translation>&amp;Usar el código de partida como primer borrador</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A complete code with every section filled in, to adapt rather than write from nothing. Without it the first draft has seven empty sections.</source>
        <translation>Un código completo, con todas las secciones redactadas, para adaptarlo en lugar de empezar de cero. Sin él, el primer borrador tiene siete secciones vacías.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What is still missing</source>
        <translation>Lo que aún falta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create or cancel</source>
        <translation>Crear o cancelar</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/workflow_notedialog.ui" line="+16"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/staff_pindialog.ui" line="+18"/>
        <source>New &amp;PIN:</source>
        <translation>&amp;PIN nuevo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least four characters; the person signs in and signs the code with it.</source>
        <translation>Cuatro caracteres como mínimo; la persona lo usará para identificarse y firmar el código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Repeat PIN:</source>
        <translation>&amp;Repita el PIN:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repeat PIN</source>
        <translation>Repetir el PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same PIN again, to catch a typing mistake.</source>
        <translation>Escriba otra vez el mismo PIN, para detectar errores de tecleo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../ui/workflow_publishdialog.ui" line="+8"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Material change: everyone must read and sign it again</source>
        <translation>Cambio &amp;sustancial: todos deben volver a leerla y firmarla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material change</source>
        <translation>Cambio sustancial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Editorial change: wording only; signatures of the last material version still count</source>
        <translation>Cambio de &amp;redacción: solo cambian palabras; las firmas de la última versión sustancial siguen valiendo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editorial change</source>
        <translation>Cambio de redacción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Summary of the changes, for the people who will read it:</source>
        <translation>Res&amp;umen de los cambios, para quienes vayan a leerla:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary of the changes</source>
        <translation>Resumen de los cambios</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/app/i18n/qtstandardtexts.cpp" line="+13"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Guardar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Sí a &amp;todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o a todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Interrumpir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../ui/reading_view.ui" line="+9"/>
        <source>Reading the code</source>
        <translation>Lectura del código</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code and version</source>
        <translation>Código y versión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where you stand</source>
        <translation>Su situación</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sections of the code. A dot marks those you have not opened yet; open every one to sign (Ctrl+Up and Ctrl+Down move between them).</source>
        <translation>Las secciones del código. Un punto marca las que aún no ha abierto; ábralas todas para poder firmar (Ctrl+Arriba y Ctrl+Abajo pasan de una a otra).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The section&apos;s text</source>
        <translation>El texto de la sección</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sections opened</source>
        <translation>Secciones abiertas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Print Receipt…</source>
        <translation>&amp;Imprimir justificante…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt</source>
        <translation>Imprimir el justificante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt of your signature.</source>
        <translation>Imprimir el justificante de su firma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy Receipt</source>
        <translation>&amp;Copiar justificante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the receipt</source>
        <translation>Copiar el justificante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the receipt of your signature as text.</source>
        <translation>Copiar como texto el justificante de su firma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the version in force</source>
        <translation>Firmar la versión en vigor</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/workflow_reviewdialog.ui" line="+8"/>
        <source>Record a Section Review</source>
        <translation>Registrar la revisión de una sección</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section reviewed</source>
        <translation>Sección revisada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unchanged: the section is still right as it stands</source>
        <translation>Sin &amp;cambios: la sección sigue siendo válida tal como está</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Revised: changes are being made in a draft</source>
        <translation>&amp;Modificada: los cambios se están haciendo en un borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review note</source>
        <translation>Nota de la revisión</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../ui/staff_rosterimportdialog.ui" line="+13"/>
        <source>Roster &amp;file:</source>
        <translation>Archivo de &amp;plantilla:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roster file</source>
        <translation>Archivo de plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV file exported from the HR system</source>
        <translation>Elija un archivo CSV exportado del sistema de personal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose roster file</source>
        <translation>Elegir el archivo de plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the CSV file with the columns employee_no, full_name, email, role, team, site, language, start_date, active.</source>
        <translation>Elija el archivo CSV con las columnas employee_no, full_name, email, role, team, site, language, start_date, active.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Deactivate people missing from the file</source>
        <translation>&amp;Desactivar a quienes no figuren en el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate people missing from the file</source>
        <translation>Desactivar a quienes no figuren en el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this when the file lists everyone who works here, as a full export from the HR system does.</source>
        <translation>Márquelo cuando el archivo incluya a todas las personas que trabajan aquí, como ocurre con una exportación completa del sistema de personal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the import will change</source>
        <translation>Qué cambiará la importación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ServerBackUpBox</name>
    <message>
        <location filename="../../src/app/startup/serverbackupbox.cpp" line="+32"/>
        <source>A database on a server is backed up with the server&apos;s own tool, pg_dump, not by Tenet.</source>
        <translation>La copia de seguridad de una base de datos de un servidor la hace la herramienta del propio servidor, pg_dump, no Tenet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This command writes a complete copy to your documents folder, and pg_restore brings it back:</source>
        <translation>Esta orden escribe una copia completa en su carpeta de documentos, y pg_restore la recupera:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy Command</source>
        <translation>&amp;Copiar la orden</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/reading_signdialog.ui" line="+9"/>
        <source>Sign the Code</source>
        <translation>Firmar el código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the code</source>
        <translation>Firmar el código</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What your signature means</source>
        <translation>Qué significa su firma</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your &amp;full name:</source>
        <translation>Su &amp;nombre completo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your full name</source>
        <translation>Su nombre completo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your full name as the staff list has it; capitals and accents do not matter.</source>
        <translation>Escriba su nombre completo tal como figura en la plantilla; no importan las mayúsculas ni las tildes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;PIN:</source>
        <translation>Su &amp;PIN:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your PIN</source>
        <translation>Su PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN or password again to confirm that it is you who signs.</source>
        <translation>Vuelva a introducir su PIN o contraseña para confirmar que es usted quien firma.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why the signature was refused</source>
        <translation>Por qué se ha rechazado la firma</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Receipt of your signature</source>
        <translation>Justificante de su firma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt</source>
        <translation>Imprimir el justificante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt of your signature (Ctrl+P).</source>
        <translation>Imprimir el justificante de su firma (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the receipt</source>
        <translation>Copiar el justificante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the receipt as text to the clipboard.</source>
        <translation>Copiar el justificante como texto al portapapeles.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/startup_signindialog.ui" line="+9"/>
        <source>Sign In</source>
        <translation>Identificarse</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Sign in</source>
        <translation>Identificarse</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How to sign in</source>
        <translation>Cómo identificarse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find yourself by name or employee number, then enter your PIN or password.</source>
        <translation>Búsquese por su nombre o su número de empleado y escriba después su PIN o contraseña.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find yourself:</source>
        <translation>&amp;Búsquese en la lista:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find yourself by name or employee number</source>
        <translation>Búsquese por nombre o número de empleado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of your name or your employee number; accents and capitals do not matter. The arrow keys move through the list.</source>
        <translation>Escriba parte de su nombre o su número de empleado; no importan las tildes ni las mayúsculas. Con las flechas se recorre la lista.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or employee number</source>
        <translation>Nombre o número de empleado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching staff</source>
        <translation>Personas que coinciden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The people who match what you typed. Choose yourself.</source>
        <translation>Las personas que coinciden con lo que ha escrito. Elija su nombre.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN o contraseña:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN or password</source>
        <translation>PIN o contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your PIN or password. Press Enter to sign in.</source>
        <translation>Su PIN o contraseña. Pulse Intro para identificarse.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in message</source>
        <translation>Mensaje de identificación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign in or cancel</source>
        <translation>Identificarse o cancelar</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/staff_staffdialog.ui" line="+13"/>
        <source>Employee &amp;number:</source>
        <translation>&amp;Número de empleado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number the HR system knows this person by; it cannot change later.</source>
        <translation>El número con el que el sistema de personal identifica a esta persona; después no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full &amp;name:</source>
        <translation>Nombre &amp;completo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name as the person types it when they sign the code.</source>
        <translation>El nombre tal como lo escribe la persona al firmar el código.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where reminders go; may be left empty.</source>
        <translation>Dirección a la que se envían los recordatorios; puede dejarse en blanco.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the person may do in Tenet.</source>
        <translation>Lo que la persona puede hacer en Tenet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Team:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a team or type a new one.</source>
        <translation>Elija un equipo o escriba uno nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Site:</source>
        <translation>Cen&amp;tro:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a site or type a new one.</source>
        <translation>Elija un centro o escriba uno nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language Tenet speaks to the person when they sign in.</source>
        <translation>El idioma en el que Tenet se dirige a la persona cuando se identifica.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tart date:</source>
        <translation>Fec&amp;ha de incorporación:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first working day; the grace period for signing counts from it.</source>
        <translation>El primer día de trabajo; el plazo para firmar se cuenta desde ese día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Active</source>
        <translation>&amp;Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive people cannot sign in and are not asked to sign.</source>
        <translation>Las personas inactivas no pueden identificarse y no se les pide que firmen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>color: #b00020;</source>
        <translation>color: #b00020;</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+47"/>
        <source>Write, publish and sign your team&apos;s Code of Practice.</source>
        <translation>Redacte, publique y firme el código de buenas prácticas de su equipo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/app/screenshot.cpp" line="+52"/>
        <source>The database to open: a file, a postgresql:// address or service=NAME.</source>
        <translation>La base de datos que se abrirá: un archivo, una dirección postgresql:// o service=NOMBRE.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new demonstration database in LANGUAGE (en or es; en when omitted) beside the default one, and open it.</source>
        <translation>Crear una base de datos de demostración nueva en el idioma LANGUAGE (en o es; en si se omite), en la misma carpeta que la predeterminada, y abrirla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenet does not speak “%1”: use en, es or lt.</source>
        <translation>Tenet no está disponible en «%1»: use en, es o lt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tenet cannot open the database</source>
        <translation>Tenet no puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../src/app/screenshot.cpp" line="-6"/>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Guardar la ventana principal como imagen PNG y salir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The view to render: editor, history, compare, reading, dashboard or staff.</source>
        <translation>La vista que se guarda: editor, history, compare, reading, dashboard o staff.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is signed in for the screenshot.</source>
        <translation>Quién aparece identificado en la captura.</translation>
    </message>
    <message>
        <location filename="../../src/app/i18n/languageoption.cpp" line="+14"/>
        <source>The interface language for this run: en (English), es (Spanish) or lt (Lithuanian). Signing in does not change it, and it is not remembered.</source>
        <translation>El idioma de la interfaz solo para esta ejecución: en (inglés), es (español) o lt (lituano). Identificarse no lo cambia y no se recuerda.</translation>
    </message>
</context>
<context>
    <name>tenet::app::AboutDialog</name>
    <message>
        <location filename="../../src/app/help/aboutdialog.cpp" line="+51"/>
        <source>About Tenet</source>
        <translation>Acerca de Tenet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;ul&gt;&lt;li&gt;Qt %1 (Core, GUI, Widgets, SQL, Print Support, Concurrent): GNU LGPL version 3&lt;/li&gt;&lt;li&gt;Qt Charts %1: GNU GPL version 3&lt;/li&gt;&lt;li&gt;SQLite %2: public domain&lt;/li&gt;&lt;li&gt;nlohmann/json: MIT licence&lt;/li&gt;&lt;li&gt;spdlog and {fmt}: MIT licence&lt;/li&gt;&lt;li&gt;dtl (the difference algorithm): BSD licence&lt;/li&gt;&lt;li&gt;DejaVu fonts (used from the system for the handbook): Bitstream Vera licence&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Qt %1 (Core, GUI, Widgets, SQL, Print Support, Concurrent): GNU LGPL versión 3&lt;/li&gt;&lt;li&gt;Qt Charts %1: GNU GPL versión 3&lt;/li&gt;&lt;li&gt;SQLite %2: dominio público&lt;/li&gt;&lt;li&gt;nlohmann/json: licencia MIT&lt;/li&gt;&lt;li&gt;spdlog y {fmt}: licencia MIT&lt;/li&gt;&lt;li&gt;dtl (el algoritmo de diferencias): licencia BSD&lt;/li&gt;&lt;li&gt;Fuentes DejaVu (tomadas del sistema para el manual): licencia Bitstream Vera&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;Tenet %1&lt;/h3&gt;&lt;p&gt;Write your team&apos;s Code of Practice, publish it, and know who has signed the version in force.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Tenet developers. Tenet is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Tenet is built with these libraries:&lt;/p&gt;%2</source>
        <translation>&lt;h3&gt;Tenet %1&lt;/h3&gt;&lt;p&gt;Redacte el código de buenas prácticas de su equipo, publíquelo y sepa quién ha firmado la versión en vigor.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Tenet developers. Tenet es software libre con licencia MIT.&lt;/p&gt;&lt;p&gt;Tenet se ha creado con estas bibliotecas:&lt;/p&gt;%2</translation>
    </message>
</context>
<context>
    <name>tenet::app::AccountActions</name>
    <message>
        <location filename="../../src/app/startup/accountactions.cpp" line="+44"/>
        <source>Sign out, so that nobody can act in your name</source>
        <translation>Cerrar sesión para que nadie pueda actuar en su nombre</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sign O&amp;ut</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch User…</source>
        <translation>Cambiar de &amp;usuario…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Si&amp;gn In…</source>
        <translation>I&amp;dentificarse…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in as someone else (%1)</source>
        <translation>Identificarse como otra persona (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your PIN or password (%1)</source>
        <translation>Identificarse con su PIN o contraseña (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out %1</source>
        <translation>Cerrar la sesión de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is signed in</source>
        <translation>No hay nadie identificado</translation>
    </message>
</context>
<context>
    <name>tenet::app::AddClauseCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/addclausecommand.cpp" line="+17"/>
        <source>Add clause %1</source>
        <translation>Añadir cláusula %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicate clause %1</source>
        <translation>Duplicar cláusula %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::CheckDialog</name>
    <message>
        <location filename="../../src/app/reading/checkdialog.cpp" line="+64"/>
        <source>Before you sign version %1, answer %2 about it. You pass with %3 of the answers right; if you do not, read the sections again and try once more. Every attempt is kept.</source>
        <extracomment>%2 is a number of questions (&quot;3 questions&quot;), %3 the pass mark (&quot;80 %&quot;).</extracomment>
        <translation>Antes de firmar la versión %1, responda a %2 sobre ella. Aprueba si acierta al menos el %3 de las respuestas; si no, vuelva a leer las secciones e inténtelo de nuevo. Se guardan todos los intentos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>See whether you passed.</source>
        <translation>Comprobar si ha aprobado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your answers could not be recorded: %1</source>
        <translation>No se han podido registrar sus respuestas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-135"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>Answer every question first: %n left.</source>
        <translation>
            <numerusform>Responda primero a todas las preguntas: queda %n.</numerusform>
            <numerusform>Responda primero a todas las preguntas: quedan %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>You answered %1 of %n questions right (%2).</source>
        <extracomment>%1 is how many answers were right, %n how many questions there were, %2 the share.</extracomment>
        <translation>
            <numerusform>Ha acertado %1 de %n pregunta (%2).</numerusform>
            <numerusform>Ha acertado %1 de %n preguntas (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passed.</source>
        <translation>Aprobado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can now sign version %1.</source>
        <translation>Ya puede firmar la versión %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not passed yet.</source>
        <translation>Aún no ha aprobado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pass mark is %1. Read the sections again, then try once more; the questions will come in a new order.</source>
        <translation>La nota de aprobado es del %1. Vuelva a leer las secciones e inténtelo de nuevo; las preguntas saldrán en otro orden.</translation>
    </message>
</context>
<context>
    <name>tenet::app::CheckEditorDialog</name>
    <message>
        <location filename="../../src/app/editor/checkeditordialog.cpp" line="+97"/>
        <source>Right</source>
        <extracomment>The columns of a question&apos;s choices: whether it is the right answer, and its text.</extracomment>
        <translation>Correcta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comprehension Questions (read-only)</source>
        <translation>Preguntas de comprensión (solo lectura)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no text yet)</source>
        <translation>(aún sin texto)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Right answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Question %1 %2.</source>
        <translation>Pregunta %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pass mark: %1.</source>
        <translation>Nota de aprobado: %1.</translation>
    </message>
</context>
<context>
    <name>tenet::app::ClauseActions</name>
    <message>
        <location filename="../../src/app/editor/clauseactions.cpp" line="+70"/>
        <source>&amp;Add Clause</source>
        <translation>&amp;Añadir cláusula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a clause below the selected one (Ctrl+Shift+N)</source>
        <translation>Añadir una cláusula debajo de la seleccionada (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Clause</source>
        <translation>D&amp;uplicar cláusula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected clause (Ctrl+D)</source>
        <translation>Duplicar la cláusula seleccionada (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Clause</source>
        <translation>&amp;Eliminar cláusula</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected clause (Del in the navigator)</source>
        <translation>Eliminar la cláusula seleccionada (Supr en el navegador)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Clause &amp;Up</source>
        <translation>&amp;Subir cláusula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected clause up, into the section above at the top (Alt+Up)</source>
        <translation>Subir la cláusula seleccionada; si es la primera, pasa a la sección anterior (Alt+Arriba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Clause Do&amp;wn</source>
        <translation>Ba&amp;jar cláusula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected clause down, into the section below at the bottom (Alt+Down)</source>
        <translation>Bajar la cláusula seleccionada; si es la última, pasa a la sección siguiente (Alt+Abajo)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New clause</source>
        <translation>Nueva cláusula</translation>
    </message>
</context>
<context>
    <name>tenet::app::ClauseForm</name>
    <message>
        <location filename="../../src/app/editor/clauseform.cpp" line="+73"/>
        <source>must: a firm rule</source>
        <extracomment>A clause&apos;s strength: MUST is a firm rule.</extracomment>
        <translation>DEBE: norma obligatoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>should: guidance</source>
        <extracomment>A clause&apos;s strength: SHOULD is guidance that leaves room for judgement.</extracomment>
        <translation>DEBERÍA: pauta orientativa</translation>
    </message>
</context>
<context>
    <name>tenet::app::CodeFileActions</name>
    <message>
        <location filename="../../src/app/startup/codefileactions.cpp" line="+26"/>
        <source>Tenet code files (*.json);;All files (*)</source>
        <translation>Archivos de código de Tenet (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import Code…</source>
        <translation>&amp;Importar código…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Code…</source>
        <translation>Expor&amp;tar código…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a code from a tenet.code/1 file as a new draft of the code shown</source>
        <translation>Leer un código de un archivo tenet.code/1 como nuevo borrador del código mostrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the version in force as a tenet.code/1 file, to share or to edit elsewhere</source>
        <translation>Guardar la versión en vigor como archivo tenet.code/1, para compartirla o editarla en otro programa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no code is open, so there is nothing to import into</source>
        <translation>no hay ningún código abierto, así que no hay dónde importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign in first: a draft needs an author</source>
        <translation>identifíquese primero: todo borrador necesita un autor</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 was imported as draft version %2 of &quot;%3&quot;: %n clauses in seven sections.</source>
        <translation>
            <numerusform>Se ha importado %1 como borrador de la versión %2 de «%3»: %n cláusula en siete secciones.</numerusform>
            <numerusform>Se ha importado %1 como borrador de la versión %2 de «%3»: %n cláusulas en siete secciones.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no code is open, so there is nothing to export</source>
        <translation>no hay ningún código abierto, así que no hay nada que exportar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft of version %1 was written to %2.</source>
        <translation>Se ha guardado el borrador de la versión %1 en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1, the version in force, was written to %2.</source>
        <translation>Se ha guardado la versión %1, la versión en vigor, en %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import a Code</source>
        <translation>Importar un código</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not imported; nothing was changed.</source>
        <translation>No se ha importado %1; no se ha modificado nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code Imported</source>
        <translation>Código importado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the Code</source>
        <translation>Exportar el código</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code was not exported.</source>
        <translation>No se ha exportado el código.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code Exported</source>
        <translation>Código exportado</translation>
    </message>
</context>
<context>
    <name>tenet::app::CodeTreeModel</name>
    <message>
        <location filename="../../src/app/editor/models/codetreemodel.cpp" line="+204"/>
        <location line="+5"/>
        <location filename="../../src/app/editor/navigatorpane.cpp" line="+75"/>
        <source>review due</source>
        <translation>revisión vencida</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Section %1, %2</source>
        <translation>Sección %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Section %1 is due for review: its review interval of %n days ran out on %2.</source>
        <extracomment>%1 is the section&apos;s number, %2 a date; %n the review interval in days.</extracomment>
        <translation>
            <numerusform>La revisión de la sección %1 está vencida: su plazo de revisión de %n día terminó el %2.</numerusform>
            <numerusform>La revisión de la sección %1 está vencida: su plazo de revisión de %n días terminó el %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next review due on %1.</source>
        <translation>Próxima revisión: %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clause %1, %2, %3</source>
        <translation>Cláusula %1, %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: must, a firm rule</source>
        <translation>%1 %2: DEBE, norma obligatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: should, guidance that leaves room for judgement</source>
        <translation>%1 %2: DEBERÍA, pauta que deja margen al criterio propio</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Section or clause</source>
        <translation>Sección o cláusula</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
</context>
<context>
    <name>tenet::app::ComparisonModel</name>
    <message>
        <location filename="../../src/app/history/comparisonmodel.cpp" line="+97"/>
        <source>Before: %1
After: %2</source>
        <translation>Antes: %1
Después: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section details: %1</source>
        <extracomment>The section&apos;s own fields that changed, for example &quot;the title and the review interval&quot; (in the words of the list of changes).</extracomment>
        <translation>Datos de la sección: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Section %1, %2</source>
        <translation>Sección %1, %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Moved from %1 to %2</source>
        <translation>Movida de %1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Was: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Qué ha cambiado</translation>
    </message>
</context>
<context>
    <name>tenet::app::ComplaintStageColumns</name>
    <message>
        <location filename="../../src/app/editor/models/complaintstagecolumns.cpp" line="+9"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stage&apos;s stable key: lower-case letters, digits and underscores.</source>
        <translation>La clave fija de la fase: letras minúsculas, cifras y guiones bajos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stage&apos;s name as people see it.</source>
        <translation>El nombre de la fase tal como lo ve el personal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within (h)</source>
        <translation>Plazo (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours after the complaint was logged by which this stage must be reached.</source>
        <translation>Horas desde el registro de la reclamación en las que debe alcanzarse esta fase.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New stage</source>
        <translation>Nueva fase</translation>
    </message>
</context>
<context>
    <name>tenet::app::ComplianceReportDialog</name>
    <message>
        <location filename="../../src/app/dashboard/compliancereportdialog.cpp" line="+96"/>
        <source>Version %1 (in force)</source>
        <translation>Versión %1 (en vigor)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 (%2)</source>
        <extracomment>A published version to report on; %2 is its state (&quot;Superseded&quot;).</extracomment>
        <translation>Versión %1 (%2)</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+14"/>
        <source>&amp;Write Report</source>
        <translation>Crear &amp;informe</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV spreadsheet, fields separated by semicolons</source>
        <translation>Hoja de cálculo CSV, campos separados por punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheet, fields separated by commas</source>
        <translation>Hoja de cálculo CSV, campos separados por comas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Compliance Report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tenet::app::ConnectServerDialog</name>
    <message>
        <location filename="../../src/app/startup/connectserverdialog.cpp" line="+54"/>
        <source>Your login name, %1</source>
        <extracomment>Shown in the empty User field: who the server takes you for when it is left empty.</extracomment>
        <translation>Su nombre de usuario del sistema, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the database</source>
        <translation>Conectar con la base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Connection</source>
        <translation>Probar la co&amp;nexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database read-only to see whether the server, the database and the user are right</source>
        <translation>Abrir la base de datos solo para lectura y comprobar si el servidor, la base de datos y el usuario son correctos</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Name the database, or a service that names it.</source>
        <translation>Indique la base de datos, o un servicio que la indique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the server as one name or address (such as db.example.com), or as the folder of its socket (such as /var/run/postgresql).</source>
        <translation>Indique el servidor con un solo nombre o dirección (como db.example.com), o con la carpeta de su socket (como /var/run/postgresql).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A service name holds only letters, digits, “_”, “.” and “-”.</source>
        <translation>Un nombre de servicio solo lleva letras, cifras, «_», «.» y «-».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These fields do not make an address Tenet can use; look for unusual characters in them.</source>
        <translation>Con estos campos Tenet no puede formar una dirección válida; revise si contienen caracteres poco habituales.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No password was given, so Tenet did not connect to %1.</source>
        <translation>No se indicó ninguna contraseña, así que Tenet no se conectó con %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tenet could not connect to %1: %2</source>
        <extracomment>%1 is the database; %2 the reason, as the server or Tenet&apos;s storage gives it.</extracomment>
        <translation>Tenet no pudo conectarse con %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection works: %1 holds a Tenet database.</source>
        <translation>La conexión funciona: %1 contiene una base de datos de Tenet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection works: %1 holds the organisation “%2”.</source>
        <translation>La conexión funciona: %1 contiene la organización «%2».</translation>
    </message>
</context>
<context>
    <name>tenet::app::DashboardCharts</name>
    <message>
        <location filename="../../src/app/dashboard/dashboardcharts.cpp" line="+38"/>
        <source>Signed share since publication</source>
        <translation>Proporción de firmas desde la publicación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No team</source>
        <translation>Sin equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (1 person)</source>
        <translation>%1 (1 persona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 people)</source>
        <translation>%1 (%2 personas)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days since publication</source>
        <translation>Días desde la publicación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed (%)</source>
        <translation>Han firmado (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed share since publication: nothing is in force</source>
        <translation>Proporción de firmas desde la publicación: no hay ninguna versión en vigor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No KPI values yet</source>
        <translation>Aún no hay valores de KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The values of %1 could not be read: %2</source>
        <translation>No se han podido leer los valores de %1: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no values have been imported yet</source>
        <translation>%1: aún no se ha importado ningún valor</translation>
    </message>
</context>
<context>
    <name>tenet::app::DashboardView</name>
    <message>
        <location filename="../../src/app/dashboard/dashboardview.cpp" line="+178"/>
        <source>Signing progress chart</source>
        <translation>Gráfico de evolución de las firmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of each team that has signed, day by day since the version in force was published</source>
        <translation>La proporción de cada equipo que ha firmado, día a día desde que se publicó la versión en vigor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI trend chart</source>
        <translation>Gráfico de tendencia de los KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen KPI&apos;s recent values against its target and alert lines</source>
        <translation>Los valores recientes del KPI elegido frente a las líneas de su objetivo y de su umbral de alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remind…</source>
        <translation>Enviar &amp;recordatorio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an e-mail reminder to the selected people (Ctrl+Shift+M)</source>
        <translation>Redactar un recordatorio por correo electrónico para las personas seleccionadas (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy addresses</source>
        <translation>&amp;Copiar direcciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected people&apos;s e-mail addresses (Ctrl+Alt+C)</source>
        <translation>Copiar las direcciones de correo electrónico de las personas seleccionadas (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list shown, as filtered and sorted, as a CSV file (Ctrl+Shift+E)</source>
        <translation>Guardar la lista mostrada, con los filtros y el orden actuales, como archivo CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;port…</source>
        <translation>&amp;Informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the compliance report of a published version for auditors, as PDF or CSV (Ctrl+Shift+R)</source>
        <translation>Generar para los auditores el informe de cumplimiento de una versión publicada, en PDF o CSV (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database holds no code yet.</source>
        <translation>La base de datos aún no contiene ningún código.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dashboard could not be read: %1</source>
        <translation>No se ha podido leer el panel de revisión: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — version %2 in force since %3 — as on %4</source>
        <extracomment>The dashboard&apos;s heading: the code&apos;s title, the version in force, since when (a date) and the day the figures are judged on (a long date).</extracomment>
        <translation>%1 — versión %2 en vigor desde el %3 — datos del %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — no version is in force yet — as on %2</source>
        <translation>%1 — aún no hay ninguna versión en vigor — datos del %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;KPIs (%1)</source>
        <translation>&amp;KPI (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing pro&amp;gress</source>
        <translation>Evolución de las &amp;firmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI t&amp;rends</source>
        <translation>&amp;Tendencia de los KPI</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %n people</source>
        <extracomment>%1 is how many have signed; %n how many people must sign.</extracomment>
        <translation>
            <numerusform>%1 de %n persona</numerusform>
            <numerusform>%1 de %n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 of the %n people who must sign hold a signature of the version in force that counts.</source>
        <extracomment>%1 is how many have signed; %n how many people must sign.</extracomment>
        <translation>
            <numerusform>Personas obligadas a firmar con una firma válida de la versión en vigor: %1 de %n.</numerusform>
            <numerusform>Personas obligadas a firmar con una firma válida de la versión en vigor: %1 de %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/dashboard/dashboardoutgoing.cpp" line="+130"/>
        <source>CSV, fields separated by semicolons (*.csv)</source>
        <translation>CSV, campos separados por punto y coma (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, fields separated by commas (*.csv)</source>
        <translation>CSV, campos separados por comas (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/app/dashboard/dashboardview.cpp" line="-14"/>
        <source>Nobody has to sign.</source>
        <translation>Nadie tiene que firmar.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Peop&amp;le (%1)</source>
        <translation>&amp;Personas (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectio&amp;ns (%1)</source>
        <translation>&amp;Secciones (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is in force.</source>
        <translation>No hay ninguna versión en vigor.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n not signed in all</source>
        <translation>
            <numerusform>%n sin firmar en total</numerusform>
            <numerusform>%n sin firmar en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n vence pronto</numerusform>
            <numerusform>%n vencen pronto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n breaching the alert line</source>
        <translation>
            <numerusform>%n rebasa el umbral de alerta</numerusform>
            <numerusform>%n rebasan el umbral de alerta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sites</source>
        <translation>Todos los centros</translation>
    </message>
    <message>
        <location filename="../../src/app/dashboard/dashboardoutgoing.cpp" line="-77"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>Remind</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>None of the selected people has an e-mail address on the roster. Add their addresses in the staff editor first.</source>
        <translation>Ninguna de las personas seleccionadas tiene una dirección de correo electrónico en la plantilla. Añada primero sus direcciones en la vista Personal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No e-mail program could be opened. Use Copy addresses and paste them into your e-mail instead.</source>
        <translation>No se ha podido abrir ningún programa de correo electrónico. Use Copiar direcciones y péguelas en su correo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These people have no e-mail address on the roster and are not in the message: %1.</source>
        <translation>Estas personas no tienen dirección de correo electrónico en la plantilla y no figuran en el mensaje: %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+24"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gathering the compliance report for %1…</source>
        <translation>Preparando el informe de cumplimiento para %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Compliance Report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Compliance report progress</source>
        <translation>Progreso del informe de cumplimiento</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The compliance report could not be written to %1.

%2</source>
        <translation>No se ha podido guardar el informe de cumplimiento en %1.

%2</translation>
    </message>
</context>
<context>
    <name>tenet::app::DeleteClauseCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/deleteclausecommand.cpp" line="+17"/>
        <source>Delete clause %1</source>
        <translation>Eliminar cláusula %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::DraftDocument</name>
    <message>
        <location filename="../../src/app/editor/draftdocument.cpp" line="+105"/>
        <source>Your changes could not be saved: %1</source>
        <translation>No se han podido guardar sus cambios: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to edit draft version %1.</source>
        <translation>Identifíquese para editar el borrador de la versión %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can read draft version %1, but only supervisors, managers, quality staff and trainers can edit it.</source>
        <translation>Puede leer el borrador de la versión %1, pero solo pueden editarlo los supervisores, los responsables, el personal de calidad y los formadores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 is in review. It can be edited again only if a manager sends it back.</source>
        <translation>La versión %1 está en revisión. Solo se podrá volver a editar si un responsable la devuelve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 is approved and waiting to be published; it can no longer be edited.</source>
        <translation>La versión %1 está aprobada y pendiente de publicación; ya no se puede editar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 is the published version in force and cannot be changed. Start a draft from it to revise the code.</source>
        <translation>La versión %1 es la versión publicada en vigor y no se puede modificar. Para revisar el código, inicie un borrador a partir de ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 was published and has since been superseded; it is shown read-only.</source>
        <translation>La versión %1 se publicó y después fue sustituida; se muestra en modo de solo lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 was withdrawn; it is shown read-only.</source>
        <translation>La versión %1 fue retirada; se muestra en modo de solo lectura.</translation>
    </message>
</context>
<context>
    <name>tenet::app::DraftMessageBar</name>
    <message>
        <location filename="../../src/app/editor/draftmessagebar.cpp" line="+38"/>
        <source>&amp;Reload Their Version</source>
        <translation>Recar&amp;gar la versión guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the draft as the database holds it now; your unsaved edits are dropped (copy them first)</source>
        <translation>Mostrar el borrador tal como está ahora en la base de datos; se descartan sus cambios sin guardar (cópielos antes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy My Edits</source>
        <translation>Co&amp;piar mis cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the content on screen to the clipboard as a tenet.code/1 file, so that nothing of it is lost</source>
        <translation>Copiar al portapapeles el contenido de la pantalla como archivo tenet.code/1, para no perder nada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last changes are not saved yet: %1. Tenet will try again.</source>
        <translation>Los últimos cambios aún no se han guardado: %1. Tenet volverá a intentarlo.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;b&gt;Your latest changes were not saved&lt;/b&gt;, because someone else saved this draft in the meantime: %1&lt;br&gt;Nothing of theirs was overwritten. Your version stays on screen, read-only: copy it before you reload theirs.</source>
        <translation>&lt;b&gt;Sus últimos cambios no se han guardado&lt;/b&gt; porque otra persona ha guardado este borrador mientras tanto: %1&lt;br&gt;No se ha sobrescrito nada de lo que guardó esa persona. Su versión sigue en pantalla, en modo de solo lectura: cópiela antes de recargar la versión guardada.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The draft could not be reloaded: %1</source>
        <translation>No se ha podido recargar el borrador: %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditCheckCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/editcheckcommand.cpp" line="+11"/>
        <source>Edit comprehension questions</source>
        <translation>Editar preguntas de comprensión</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditClauseCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/editclausecommand.cpp" line="+63"/>
        <source>Edit clause %1 title</source>
        <extracomment>An undo step; %1 is a clause&apos;s number (&quot;2.3&quot;).</extracomment>
        <translation>Editar el título de la cláusula %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit clause %1 text</source>
        <extracomment>An undo step; %1 is a clause&apos;s number (&quot;2.3&quot;).</extracomment>
        <translation>Editar el texto de la cláusula %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit clause %1 strength</source>
        <extracomment>An undo step; %1 is a clause&apos;s number (&quot;2.3&quot;); the strength is MUST or SHOULD.</extracomment>
        <translation>Editar el carácter de la cláusula %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit clause %1 references</source>
        <extracomment>An undo step; %1 is a clause&apos;s number (&quot;2.3&quot;).</extracomment>
        <translation>Editar las referencias de la cláusula %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditSectionCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/editsectioncommand.cpp" line="+64"/>
        <source>Edit section %1 title</source>
        <extracomment>An undo step; %1 is a section&apos;s number.</extracomment>
        <translation>Editar el título de la sección %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit section %1 purpose</source>
        <extracomment>An undo step; %1 is a section&apos;s number.</extracomment>
        <translation>Editar la finalidad de la sección %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit section %1 owner</source>
        <extracomment>An undo step; %1 is a section&apos;s number.</extracomment>
        <translation>Editar el responsable de la sección %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit section %1 review interval</source>
        <extracomment>An undo step; %1 is a section&apos;s number.</extracomment>
        <translation>Editar el plazo de revisión de la sección %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditorFormPane</name>
    <message>
        <location filename="../../src/app/editor/editorformpane.cpp" line="+89"/>
        <source>This database holds no code of practice yet.</source>
        <translation>Esta base de datos aún no contiene ningún código de buenas prácticas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a section or a clause in the contents.</source>
        <translation>Seleccione una sección o una cláusula en el índice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code has no versions yet. Start a draft to write it.</source>
        <translation>Este código aún no tiene versiones. Inicie un borrador para redactarlo.</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditorHeader</name>
    <message>
        <location filename="../../src/app/editor/editorheader.cpp" line="+24"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>What is being edited</source>
        <translation>Qué se está editando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and save state</source>
        <translation>Versión y estado de guardado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>No version open</source>
        <translation>Ninguna versión abierta</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1  ·  %2  ·  id %3</source>
        <extracomment>Under a clause&apos;s title: its section&apos;s title, its strength, its id.</extracomment>
        <translation>%1  ·  %2  ·  ID %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must, a firm rule</source>
        <translation>DEBE, norma obligatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should, guidance</source>
        <translation>DEBERÍA, pauta orientativa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section %1  ·  %2</source>
        <translation>Sección %1  ·  %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clauses</source>
        <translation>
            <numerusform>%n cláusula</numerusform>
            <numerusform>%n cláusulas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 v%2</source>
        <translation>%1 v%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  ·  Not saved: conflict</source>
        <translation>%1  ·  Sin guardar: conflicto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  ·  Read-only</source>
        <translation>%1  ·  Solo lectura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  ·  All changes saved</source>
        <translation>%1  ·  Todos los cambios guardados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  ·  Saving…</source>
        <translation>%1  ·  Guardando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  ·  Unsaved changes</source>
        <translation>%1  ·  Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edits are saved automatically, about two seconds after you stop typing.</source>
        <translation>Los cambios se guardan automáticamente unos dos segundos después de que deje de escribir.</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditorView</name>
    <message>
        <location filename="../../src/app/editor/editorview.cpp" line="+100"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comprehension &amp;Questions…</source>
        <translation>&amp;Preguntas de comprensión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The multiple-choice questions people answer before they sign this version, and the pass mark</source>
        <translation>Las preguntas de opción múltiple que se responden antes de firmar esta versión, y la nota de aprobado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start a Draft</source>
        <translation>&amp;Iniciar un borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue the open draft, or start a new draft from the version in force</source>
        <translation>Continuar el borrador abierto o iniciar uno nuevo a partir de la versión en vigor</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The version could not be opened: %1</source>
        <translation>No se ha podido abrir la versión: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code could not be read: %1</source>
        <translation>No se ha podido leer el código: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No draft was started: %1</source>
        <translation>No se ha iniciado ningún borrador: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The section reviews could not be read: %1</source>
        <translation>No se han podido leer las revisiones de las secciones: %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::EscalationTierColumns</name>
    <message>
        <location filename="../../src/app/editor/models/escalationtiercolumns.cpp" line="+9"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The tier&apos;s number: 1 is the first line; each tier appears once.</source>
        <translation>El número del nivel: 1 es la primera línea; cada nivel aparece una sola vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The role (agent, supervisor, manager) or team that takes the issue.</source>
        <translation>La función (agent, supervisor, manager) o el equipo que se hace cargo del caso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within (h)</source>
        <translation>Plazo (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours after the customer first raised the issue by which this tier must have it.</source>
        <translation>Horas desde que el cliente planteó el caso por primera vez en las que este nivel debe haberlo recibido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is done at this tier.</source>
        <translation>Qué se hace en este nivel.</translation>
    </message>
</context>
<context>
    <name>tenet::app::ExportActions</name>
    <message>
        <location filename="../../src/app/export/exportactions.cpp" line="+39"/>
        <source>Export &amp;Handbook…</source>
        <translation>E&amp;xportar manual…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the handbook of a version of this code as a PDF</source>
        <translation>Generar en PDF el manual de una versión de este código</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Handbook…</source>
        <translation>Imprimir &amp;manual…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print the handbook of a version (the one in force first)</source>
        <translation>Ver e imprimir el manual de una versión (se propone primero la versión en vigor)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Writing the handbook to %1…</source>
        <translation>Guardando el manual en %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Export Handbook</source>
        <translation>Exportar manual</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Handbook export progress</source>
        <translation>Progreso de la exportación del manual</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Version to print</source>
        <translation>Versión que se imprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which version&apos;s handbook to preview and print</source>
        <translation>De qué versión se muestra e imprime el manual</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Handbook</source>
        <translation>Imprimir manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handbook print preview</source>
        <translation>Vista previa de impresión del manual</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The handbook could not be written to %1.

%2</source>
        <translation>No se ha podido guardar el manual en %1.

%2</translation>
    </message>
</context>
<context>
    <name>tenet::app::ExportHandbookDialog</name>
    <message>
        <location filename="../../src/app/export/exporthandbookdialog.cpp" line="+41"/>
        <location line="+11"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export Handbook</source>
        <translation>Exportar manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tenet::app::FileActions</name>
    <message>
        <location filename="../../src/app/startup/fileactions.cpp" line="+38"/>
        <source>Tenet databases (*.db *.tenet);;All files (*)</source>
        <translation>Bases de datos de Tenet (*.db *.tenet);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back Up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a new database: the demonstration organisation or your own</source>
        <translation>Crear una base de datos nueva: la organización de demostración o la suya propia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database (%1)</source>
        <translation>Crear una base de datos nueva (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another Tenet database</source>
        <translation>Abrir otra base de datos de Tenet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another Tenet database (%1)</source>
        <translation>Abrir otra base de datos de Tenet (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recently opened databases</source>
        <translation>Bases de datos abiertas recientemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the list of recently opened databases</source>
        <translation>Olvidar la lista de bases de datos abiertas recientemente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write a complete copy of the open database to a new file</source>
        <translation>Guardar una copia completa de la base de datos abierta en un archivo nuevo</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Back up the open database (%1)</source>
        <translation>Hacer una copia de seguridad de la base de datos abierta (%1)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Connect to &amp;Server…</source>
        <translation>Conectar con un ser&amp;vidor…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open an organisation kept in a database on a PostgreSQL server</source>
        <translation>Abrir una organización guardada en una base de datos de un servidor PostgreSQL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a database on a server (%1)</source>
        <translation>Conectar con una base de datos de un servidor (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show how the server&apos;s own tool, pg_dump, backs up this database</source>
        <translation>Mostrar cómo hace la copia de seguridad de esta base de datos la herramienta del propio servidor, pg_dump</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no database is open, so there is nothing to back up</source>
        <translation>no hay ninguna base de datos abierta, así que no hay nada que copiar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code of Practice.db</source>
        <translation>Código de buenas prácticas.db</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Tenet Database</source>
        <translation>Nueva base de datos de Tenet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new database was not created.</source>
        <translation>No se ha creado la base de datos nueva.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; File &gt; New never replaces a file, so choose another name</source>
        <translation>%1 ya existe; Archivo &gt; Nuevo nunca sustituye a un archivo, así que elija otro nombre</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was not created.</source>
        <translation>No se ha creado %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a Tenet Database</source>
        <translation>Abrir una base de datos de Tenet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was not opened.</source>
        <translation>No se ha abierto %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 backup %2.db</source>
        <translation>%1 copia de seguridad %2.db</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back Up the Database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup was not written.</source>
        <translation>No se ha guardado la copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup Written</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complete copy of %1 was written to %2. Tenet opens it like any other database.</source>
        <translation>Se ha guardado una copia completa de %1 en %2. Tenet la abre como cualquier otra base de datos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::FollowUpStepColumns</name>
    <message>
        <location filename="../../src/app/editor/models/followupstepcolumns.cpp" line="+7"/>
        <source>Follow-up step</source>
        <translation>Paso de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step that confirms, after resolution, that the customer is satisfied.</source>
        <translation>Un paso que confirma, una vez resuelto el caso, que el cliente está satisfecho.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not changed: a follow-up step needs some text; delete the row instead.</source>
        <translation>No se ha modificado: un paso de seguimiento no puede quedar vacío; si no lo necesita, elimine la fila.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New follow-up step</source>
        <translation>Nuevo paso de seguimiento</translation>
    </message>
</context>
<context>
    <name>tenet::app::HelpActions</name>
    <message>
        <location filename="../../src/app/help/helpactions.cpp" line="+20"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database &amp;Integrity…</source>
        <translation>&amp;Integridad de la base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tenet</source>
        <translation>&amp;Acerca de Tenet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the database and show its seal, to keep outside the file</source>
        <translation>Comprobar la base de datos y mostrar su sello, para guardarlo fuera del archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to write, approve, read and sign the code, step by step</source>
        <translation>Cómo redactar, aprobar, leer y firmar el código, paso a paso</translation>
    </message>
</context>
<context>
    <name>tenet::app::HistoryView</name>
    <message>
        <location filename="../../src/app/history/historyview.cpp" line="+170"/>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the two selected versions, or the selected version with the one before it (Ctrl+Return)</source>
        <translation>Comparar las dos versiones seleccionadas, o la versión seleccionada con la anterior (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with version in &amp;force</source>
        <translation>Comparar con la versión en &amp;vigor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what the selected version changes against the version in force (Ctrl+Shift+Return)</source>
        <translation>Mostrar qué cambia la versión seleccionada respecto a la versión en vigor (Ctrl+Shift+Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected version (Enter)</source>
        <translation>Abrir la versión seleccionada (Intro)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+150"/>
        <source>No comparison yet</source>
        <translation>Aún no hay ninguna comparación</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Select two versions above and press Compare (Ctrl+Return), or double-click a version to see what it changed against the one before it.</source>
        <translation>Seleccione dos versiones arriba y pulse Comparar (Ctrl+Intro), o haga doble clic en una versión para ver qué cambió respecto a la anterior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+169"/>
        <source>The versions could not be read: %1</source>
        <translation>No se han podido leer las versiones: %1</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Versions of %1</source>
        <translation>Versiones de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>No comparison</source>
        <translation>Sin comparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The versions compared are no longer listed.</source>
        <translation>Las versiones comparadas ya no figuran en la lista.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select two versions above and press Compare (Ctrl+Return).</source>
        <translation>Seleccione dos versiones arriba y pulse Comparar (Ctrl+Intro).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes from %1 to %2</source>
        <translation>Cambios de %1 a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes: the two versions have the same content.</source>
        <translation>Sin cambios: las dos versiones tienen el mismo contenido.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>Nothing to compare with</source>
        <translation>No hay nada con que comparar</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No version of this code has been published yet, so there is no version in force to compare with.</source>
        <translation>Aún no se ha publicado ninguna versión de este código, así que no hay ninguna versión en vigor con la que comparar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 is the version in force itself.</source>
        <translation>La versión %1 es precisamente la versión en vigor.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version %1 is the first version: there is none before it.</source>
        <translation>La versión %1 es la primera: no hay ninguna anterior.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That version is not listed.</source>
        <translation>Esa versión no figura en la lista.</translation>
    </message>
</context>
<context>
    <name>tenet::app::IntegrityDialog</name>
    <message>
        <location filename="../../src/app/integrity/integritydialog.cpp" line="+41"/>
        <source>Database Integrity</source>
        <translation>Integridad de la base de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integrity check progress</source>
        <translation>Progreso de la comprobación de integridad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seal of the database</source>
        <translation>Sello de la base de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Seal</source>
        <translation>&amp;Copiar sello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Seal As…</source>
        <translation>&amp;Guardar sello como…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+41"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sealing %1…</source>
        <translation>Sellando %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The checks of %1 could not run: %2</source>
        <translation>No se han podido realizar las comprobaciones de %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 failed the integrity check (%n problems, listed below). Restore it from a backup, and keep this list for whoever looks into it.</source>
        <extracomment>%1 is the database file. The problems are listed below, in English.</extracomment>
        <translation>
            <numerusform>%1 no ha superado la comprobación de integridad (%n problema, que se indica abajo). Restaure la base de datos a partir de una copia de seguridad y guarde esta lista para quien vaya a investigar el caso.</numerusform>
            <numerusform>%1 no ha superado la comprobación de integridad (%n problemas, que se indican abajo). Restaure la base de datos a partir de una copia de seguridad y guarde esta lista para quien vaya a investigar el caso.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No seal is offered for a database that fails its checks: it would vouch for the damage.</source>
        <translation>No se ofrece ningún sello para una base de datos que no supera las comprobaciones: daría por buenos los daños.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 passed every check: the file, its guards, its stored content and its hash chains (%n audit entries).</source>
        <extracomment>%1 is the database file; %n the number of entries in its audit log.</extracomment>
        <translation>
            <numerusform>%1 ha superado todas las comprobaciones: el archivo, sus protecciones, el contenido guardado y sus cadenas de huellas (%n entrada del registro de auditoría).</numerusform>
            <numerusform>%1 ha superado todas las comprobaciones: el archivo, sus protecciones, el contenido guardado y sus cadenas de huellas (%n entradas del registro de auditoría).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The seal of the database as it is now. Keep it outside the file (print it, mail it, or save it on another share): tenetctl verify --seal proves later that nothing sealed was removed or rewritten.</source>
        <translation>El sello de la base de datos tal como está ahora. Guárdelo fuera del archivo (imprímalo, envíelo por correo o guárdelo en otra carpeta compartida): más adelante, tenetctl verify --seal demuestra que no se ha eliminado ni reescrito nada de lo sellado.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+13"/>
        <source>Save Seal As</source>
        <translation>Guardar sello como</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The seal could not be saved to %1: %2</source>
        <translation>No se ha podido guardar el sello en %1: %2</translation>
    </message>
</context>
<context>
    <name>tenet::app::ItemDelegate</name>
    <message>
        <location filename="../../src/app/editor/itemdelegate.cpp" line="+47"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at most: lower is better</source>
        <translation>como máximo: cuanto menos, mejor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least: higher is better</source>
        <translation>como mínimo: cuanto más, mejor</translation>
    </message>
</context>
<context>
    <name>tenet::app::ItemTableEditor</name>
    <message>
        <location filename="../../src/app/editor/itemtableeditor.cpp" line="+26"/>
        <source>Escalation tiers</source>
        <translation>Niveles de escalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up steps</source>
        <translation>Pasos de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint stages</source>
        <translation>Fases de la reclamación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training programmes</source>
        <translation>Programas de formación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key performance indicators</source>
        <translation>Indicadores clave (KPI)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add escalation tier</source>
        <translation>Añadir nivel de escalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an escalation tier below the selected row (Insert in the table)</source>
        <translation>Añadir un nivel de escalado debajo de la fila seleccionada (Insert en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete escalation tier</source>
        <translation>Eliminar nivel de escalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected escalation tier (Ctrl+Delete in the table)</source>
        <translation>Eliminar el nivel de escalado seleccionado (Ctrl+Supr en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move escalation tier up</source>
        <translation>Subir nivel de escalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected escalation tier up</source>
        <translation>Subir el nivel de escalado seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move escalation tier down</source>
        <translation>Bajar nivel de escalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected escalation tier down</source>
        <translation>Bajar el nivel de escalado seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the escalation tiers was refused</source>
        <translation>Por qué se ha rechazado la última modificación de los niveles de escalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add follow-up step</source>
        <translation>Añadir paso de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a follow-up step below the selected row (Insert in the table)</source>
        <translation>Añadir un paso de seguimiento debajo de la fila seleccionada (Insert en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete follow-up step</source>
        <translation>Eliminar paso de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected follow-up step (Ctrl+Delete in the table)</source>
        <translation>Eliminar el paso de seguimiento seleccionado (Ctrl+Supr en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move follow-up step up</source>
        <translation>Subir paso de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected follow-up step up</source>
        <translation>Subir el paso de seguimiento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move follow-up step down</source>
        <translation>Bajar paso de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected follow-up step down</source>
        <translation>Bajar el paso de seguimiento seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the follow-up steps was refused</source>
        <translation>Por qué se ha rechazado la última modificación de los pasos de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add complaint stage</source>
        <translation>Añadir fase de la reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a complaint stage below the selected row (Insert in the table)</source>
        <translation>Añadir una fase de la reclamación debajo de la fila seleccionada (Insert en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete complaint stage</source>
        <translation>Eliminar fase de la reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected complaint stage (Ctrl+Delete in the table)</source>
        <translation>Eliminar la fase de la reclamación seleccionada (Ctrl+Supr en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move complaint stage up</source>
        <translation>Subir fase de la reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected complaint stage up</source>
        <translation>Subir la fase de la reclamación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move complaint stage down</source>
        <translation>Bajar fase de la reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected complaint stage down</source>
        <translation>Bajar la fase de la reclamación seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the complaint stages was refused</source>
        <translation>Por qué se ha rechazado la última modificación de las fases de la reclamación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add training programme</source>
        <translation>Añadir programa de formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a training programme below the selected row (Insert in the table)</source>
        <translation>Añadir un programa de formación debajo de la fila seleccionada (Insert en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete training programme</source>
        <translation>Eliminar programa de formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected training programme (Ctrl+Delete in the table)</source>
        <translation>Eliminar el programa de formación seleccionado (Ctrl+Supr en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move training programme up</source>
        <translation>Subir programa de formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected training programme up</source>
        <translation>Subir el programa de formación seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move training programme down</source>
        <translation>Bajar programa de formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected training programme down</source>
        <translation>Bajar el programa de formación seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the training programmes was refused</source>
        <translation>Por qué se ha rechazado la última modificación de los programas de formación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add KPI</source>
        <translation>Añadir KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a KPI below the selected row (Insert in the table)</source>
        <translation>Añadir un KPI debajo de la fila seleccionada (Insert en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete KPI</source>
        <translation>Eliminar KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected KPI (Ctrl+Delete in the table)</source>
        <translation>Eliminar el KPI seleccionado (Ctrl+Supr en la tabla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move KPI up</source>
        <translation>Subir KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected KPI up</source>
        <translation>Subir el KPI seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move KPI down</source>
        <translation>Bajar KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected KPI down</source>
        <translation>Bajar el KPI seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the KPIs was refused</source>
        <translation>Por qué se ha rechazado la última modificación de los KPI</translation>
    </message>
</context>
<context>
    <name>tenet::app::ItemTableModel</name>
    <message>
        <location filename="../../src/app/editor/models/itemtablemodel.cpp" line="+202"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not changed: &quot;%1&quot; is not a role; the roles are %2.</source>
        <translation>No se ha modificado: «%1» no es una función; las funciones son: %2.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be lower-case letters, digits and underscores, starting with a letter (for example &quot;first_contact&quot;).</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number.</extracomment>
        <translation>No se ha modificado: en la fila %2, «%1» solo puede contener letras minúsculas, cifras y guiones bajos, y debe empezar por una letra (por ejemplo, «first_contact»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be letters, digits, dots, underscores and hyphens, starting with a letter or digit.</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number.</extracomment>
        <translation>No se ha modificado: en la fila %2, «%1» solo puede contener letras, cifras, puntos, guiones bajos y guiones, y debe empezar por una letra o una cifra.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changed: &quot;%1&quot; in row %2 needs a role or a team.</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number.</extracomment>
        <translation>No se ha modificado: en la fila %2, «%1» necesita una función o un equipo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be %3, or 0 for none.</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number, %3 the rule, for example &quot;a whole number from 1 to 100&quot; (tenet::domain::ItemLimit).</extracomment>
        <translation>No se ha modificado: en la fila %2, «%1» debe ser %3, o bien 0 si no procede.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be %3.</source>
        <translation>No se ha modificado: en la fila %2, «%1» debe ser %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be &quot;%3&quot; or &quot;%4&quot;.</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number, %3 and %4 the two directions of a KPI (&quot;at most&quot;, &quot;at least&quot;).</extracomment>
        <translation>No se ha modificado: en la fila %2, «%1» debe ser «%3» o «%4».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not changed: %1.</source>
        <translation>No se ha modificado: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::KpiColumns</name>
    <message>
        <location filename="../../src/app/editor/models/kpicolumns.cpp" line="+9"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The KPI&apos;s stable key, used when measured values are imported (asa).</source>
        <translation>La clave fija del KPI, que se usa al importar los valores medidos (por ejemplo, asa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The KPI&apos;s name.</source>
        <translation>El nombre del KPI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it is measured.</source>
        <translation>Cómo se mide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The unit of its values: s, %, min.</source>
        <translation>La unidad de sus valores: s, %, min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most: lower is better (waiting time); at least: higher is better (satisfaction).</source>
        <translation>como máximo: cuanto menos, mejor (tiempo de espera); como mínimo: cuanto más, mejor (satisfacción).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The value to reach.</source>
        <translation>El valor que hay que alcanzar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value past which an alert is raised: beyond the target in the bad direction.</source>
        <translation>El valor a partir del cual salta una alerta: más allá del objetivo, en el sentido desfavorable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action when breached</source>
        <translation>Actuación si se rebasa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whom to notify and the action plan.</source>
        <translation>A quién avisar y el plan de acción.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>at most</source>
        <translation>como máximo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>New KPI</source>
        <translation>Nuevo KPI</translation>
    </message>
</context>
<context>
    <name>tenet::app::KpiStatusModel</name>
    <message>
        <location filename="../../src/app/dashboard/kpistatusmodel.cpp" line="+35"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On target</source>
        <translation>En objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off target</source>
        <translation>Fuera de objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert breached</source>
        <translation>Umbral de alerta rebasado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 to %2</source>
        <extracomment>A period of KPI values, from one date to another.</extracomment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>tenet::app::LanguageMenu</name>
    <message>
        <location filename="../../src/app/i18n/languagemenu.cpp" line="+51"/>
        <source>Language</source>
        <extracomment>%1 is the language&apos;s own name: &quot;Español&quot;, &quot;Lietuvių&quot;.</extracomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenet cannot switch to %1: its translation is missing from this installation.</source>
        <translation>Tenet no puede cambiar a %1: falta su traducción en esta instalación.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Language</source>
        <extracomment>The View menu&apos;s submenu that switches the interface language.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Tenet&apos;s menus, windows and messages</source>
        <translation>El idioma de los menús, ventanas y mensajes de Tenet</translation>
    </message>
</context>
<context>
    <name>tenet::app::MainWindow</name>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="+185"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo History</source>
        <translation>Historial para deshacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare with Version in &amp;Force</source>
        <translation>Comparar con la versión en &amp;vigor</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Read and Sign</source>
        <translation>&amp;Leer y firmar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel de revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hist&amp;ory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff</source>
        <translation>Per&amp;sonal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read and edit the code, section by section (Ctrl+1)</source>
        <translation>Leer y editar el código, sección por sección (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every version, and what changed between any two (Ctrl+2)</source>
        <translation>Todas las versiones y qué cambió entre dos cualesquiera (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the code in force and sign it (Ctrl+3)</source>
        <translation>Leer el código en vigor y firmarlo (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has not signed, which sections are due, which KPIs are off target (Ctrl+4)</source>
        <translation>Quién no ha firmado, qué secciones tienen la revisión pendiente y qué KPI están fuera de objetivo (Ctrl+4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people on the roster (Ctrl+5)</source>
        <translation>Las personas de la plantilla (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;opened&gt;</source>
        <extracomment>Shown in the undo history before the first edit: the draft as it was opened.</extracomment>
        <translation>&lt;al abrir&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Historial para deshacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in person</source>
        <translation>Persona identificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version shown</source>
        <translation>Versión mostrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the version shown changes in the version in force</source>
        <translation>Mostrar qué cambia la versión mostrada respecto a la versión en vigor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find in Clauses…</source>
        <translation>&amp;Buscar en las cláusulas…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Version</source>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;iew</source>
        <translation>Ve&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main tool bar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Welcome to Tenet</source>
        <translation>Le damos la bienvenida a Tenet</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in as %1 (%2)</source>
        <extracomment>%1 is the person&apos;s name, %2 their role.</extracomment>
        <translation>Persona identificada: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in</source>
        <translation>No hay nadie identificado</translation>
    </message>
</context>
<context>
    <name>tenet::app::MessageBar</name>
    <message>
        <location filename="../../src/app/editor/messagebar.cpp" line="+40"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>tenet::app::MoveClauseCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/moveclausecommand.cpp" line="+30"/>
        <source>Move clause %1 up</source>
        <translation>Subir cláusula %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move clause %1 down</source>
        <translation>Bajar cláusula %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move clause %1 to %2</source>
        <translation>Mover cláusula %1 a %2</translation>
    </message>
</context>
<context>
    <name>tenet::app::NavigatorPane</name>
    <message>
        <location filename="../../src/app/editor/navigatorpane.cpp" line="+22"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections and clauses</source>
        <translation>Secciones y cláusulas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a section or clause to edit it. Drag clauses to reorder them, or use Alt+Up and Alt+Down; F2 renames a clause.</source>
        <translation>Seleccione una sección o una cláusula para editarla. Arrastre las cláusulas para cambiar su orden, o use Alt+Arriba y Alt+Abajo; F2 cambia el nombre de una cláusula.</translation>
    </message>
</context>
<context>
    <name>tenet::app::NewDatabaseDialog</name>
    <message>
        <location filename="../../src/app/startup/newdatabasedialog.cpp" line="+61"/>
        <source>What should &lt;b&gt;%1&lt;/b&gt; start with?&lt;br&gt;&lt;small&gt;The new database is saved in %2.&lt;/small&gt;</source>
        <translation>¿Con qué debe empezar &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;&lt;small&gt;La base de datos nueva se guarda en %2.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An organisation of your own, with you as its first manager and a first draft of its code.</source>
        <translation>Una organización propia, con usted como primer responsable y un primer borrador de su código.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the database</source>
        <translation>Crear la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give your organisation&apos;s name.</source>
        <translation>Indique el nombre de su organización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your employee number: you become the first manager.</source>
        <translation>Indique su número de empleado: usted será el primer responsable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your full name.</source>
        <translation>Indique su nombre completo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a PIN or password of at least %1 characters.</source>
        <translation>Elija un PIN o una contraseña de %1 caracteres como mínimo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the PIN or password exactly as above.</source>
        <translation>Repita el PIN o la contraseña exactamente igual que arriba.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Northwind Support, an example customer-support team in Madrid, Sevilla and Bilbao that works in Spanish: staff in every role, eight months of history (two published editions, signatures, reviews and KPI figures) and a draft in progress. Everyone&apos;s PIN is %1. Good for trying Tenet out.</source>
        <translation>Northwind Support, un equipo de atención al cliente de ejemplo con sede en Madrid, Sevilla y Bilbao que trabaja en español: personal en todas las funciones, ocho meses de historial (dos versiones publicadas, firmas, revisiones y cifras de KPI) y un borrador en curso. Todos tienen el PIN %1. Ideal para probar Tenet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Northwind Support, an example customer-support team in Vilnius, Madrid and Leeds: staff in every role, eight months of history (two published editions, signatures, reviews and KPI figures) and a draft in progress. Everyone&apos;s PIN is %1. Good for trying Tenet out.</source>
        <translation>Northwind Support, un equipo de atención al cliente de ejemplo con sede en Vilna, Madrid y Leeds: personal en todas las funciones, ocho meses de historial (dos versiones publicadas, firmas, revisiones y cifras de KPI) y un borrador en curso. Todos tienen el PIN %1. Ideal para probar Tenet.</translation>
    </message>
</context>
<context>
    <name>tenet::app::PasswordDialog</name>
    <message>
        <location filename="../../src/app/startup/passworddialog.cpp" line="+25"/>
        <source>Server Password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server asks for a password to open %1 as %2. Tenet keeps it in memory until you quit and never saves it.</source>
        <extracomment>%1 is a database on a server (&quot;tenet on db.example.com&quot;), %2 a user name.</extracomment>
        <translation>El servidor pide una contraseña para abrir %1 como %2. Tenet la conserva en memoria hasta que salga del programa y nunca la guarda.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server did not accept that password. Type it again.</source>
        <translation>El servidor no aceptó esa contraseña. Vuelva a escribirla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
</context>
<context>
    <name>tenet::app::PinDialog</name>
    <message>
        <location filename="../../src/app/staff/pindialog.cpp" line="+36"/>
        <source>Reset PIN</source>
        <translation>Restablecer el PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new PIN for %1. Their old PIN stops working at once.</source>
        <translation>Elija un PIN nuevo para %1. El PIN anterior de esa persona dejará de funcionar inmediatamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set PIN</source>
        <translation>Guardar PIN</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The PIN must have at least %n characters.</source>
        <translation>
            <numerusform>El PIN debe tener %n carácter como mínimo.</numerusform>
            <numerusform>El PIN debe tener %n caracteres como mínimo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden; escriba el mismo PIN dos veces.</translation>
    </message>
</context>
<context>
    <name>tenet::app::PublishDialog</name>
    <message>
        <location filename="../../src/app/workflow/publishdialog.cpp" line="+40"/>
        <source>Publish version %1</source>
        <translation>Publicar la versión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing makes version %1 the code in force. It cannot be edited afterwards, and the version in force now is superseded.</source>
        <translation>Al publicarla, la versión %1 pasa a ser el código en vigor. Después ya no se podrá editar, y la versión en vigor actual quedará sustituida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first publication must be material: nobody has signed an earlier version.</source>
        <translation>La primera publicación debe ser un cambio sustancial: nadie ha firmado una versión anterior.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publicar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody is asked to sign again.</source>
        <translation>No se pedirá a nadie que vuelva a firmar.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people in the code&apos;s audience will be asked to sign it.</source>
        <translation>
            <numerusform>Se pedirá la firma de esta versión a %n persona obligada a firmar el código.</numerusform>
            <numerusform>Se pedirá la firma de esta versión a las %n personas obligadas a firmar el código.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the code&apos;s audience will be asked to sign it.</source>
        <translation>Se pedirá la firma de esta versión a todas las personas obligadas a firmar el código.</translation>
    </message>
</context>
<context>
    <name>tenet::app::ReadingView</name>
    <message>
        <location filename="../../src/app/reading/readingview.cpp" line="+130"/>
        <source>Sign in to read the code.</source>
        <translation>Identifíquese para leer el código.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code could not be read: %1</source>
        <translation>No se ha podido leer el código: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No version of %1 is in force yet: there is nothing to read or sign.</source>
        <translation>Aún no hay ninguna versión de %1 en vigor: no hay nada que leer ni firmar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The version in force could not be read: %1</source>
        <translation>No se ha podido leer la versión en vigor: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your signatures could not be read: %1</source>
        <translation>No se han podido leer sus firmas: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version %1, in force since %2</source>
        <translation>Versión %1, en vigor desde el %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You signed version %1 on %2.</source>
        <translation>Firmó la versión %1 el %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The versions since then made only editorial changes, so your signature still covers version %1.</source>
        <translation>Las versiones posteriores solo incluyen cambios de redacción, así que su firma sigue siendo válida para la versión %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You signed version %1 on %2. Version %3 changed the code: read what changed, open every section, then sign again.</source>
        <translation>Firmó la versión %1 el %2. La versión %3 ha modificado el código: lea qué ha cambiado, abra todas las secciones y vuelva a firmar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+57"/>
        <source>What changed since you signed version %1</source>
        <translation>Qué ha cambiado desde que firmó la versión %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The text did not change.</source>
        <translation>El texto no ha cambiado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your signature of version %1 on %2 is older than the %3 months after which this code asks everyone to sign again: read it once more and sign.</source>
        <translation>Su firma de la versión %1, del %2, tiene más de %3 meses, el plazo tras el cual este código pide a todos que vuelvan a firmar: léalo de nuevo y fírmelo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open every section, then sign to confirm that you have read and understood version %1.</source>
        <translation>Abra todas las secciones y firme para confirmar que ha leído y entendido la versión %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before signing you answer %1 about it; the pass mark is %2.</source>
        <translation>Antes de firmar, responderá a %1 sobre ella; la nota de aprobado es del %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not among the people who must sign this code; you can still read it.</source>
        <translation>Usted no figura entre las personas que deben firmar este código, pero puede leerlo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your signature</source>
        <translation>Su firma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. %2</source>
        <extracomment>A section in the list of pages: its number and its own title, &quot;3. Behaviour&quot;.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not opened yet</source>
        <translation>Aún sin abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, not opened yet</source>
        <translation>%1, aún sin abrir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You signed version %1 on %2</source>
        <translation>Firmó la versión %1 el %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sections opened: %1 of %2</source>
        <translation>Secciones abiertas: %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer the &amp;Questions…</source>
        <translation>Responder a las &amp;preguntas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 asks %2 before you sign.</source>
        <translation>La versión %1 le hace %2 antes de firmar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign to confirm that you have read and understood version %1.</source>
        <translation>Firme para confirmar que ha leído y entendido la versión %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not among the people who must sign this code.</source>
        <translation>Usted no figura entre las personas que deben firmar este código.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open every section first: %1 still to open.</source>
        <translation>Abra primero todas las secciones. Por abrir: %1.</translation>
    </message>
</context>
<context>
    <name>tenet::app::Receipt</name>
    <message>
        <location filename="../../src/app/reading/receipt.cpp" line="+55"/>
        <source>Print Receipt</source>
        <translation>Imprimir justificante</translation>
    </message>
</context>
<context>
    <name>tenet::app::ReviewDialog</name>
    <message>
        <location filename="../../src/app/workflow/reviewdialog.cpp" line="+38"/>
        <source>Record that you reviewed a section of version %1, the version in force. The review restarts the section&apos;s review interval.</source>
        <translation>Registre que ha revisado una sección de la versión %1, la versión en vigor. Con la revisión, el plazo de revisión de la sección vuelve a empezar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1. %2</source>
        <extracomment>A section to choose: its number and its own title, &quot;3. Behaviour&quot;.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record Review</source>
        <translation>&amp;Registrar revisión</translation>
    </message>
</context>
<context>
    <name>tenet::app::RosterImportDialog</name>
    <message>
        <location filename="../../src/app/staff/rosterimportdialog.cpp" line="+40"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>employee number</source>
        <translation>número de empleado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site</source>
        <translation>centro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date</source>
        <translation>fecha de incorporación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <extracomment>A roster field: whether the person may sign in.</extracomment>
        <translation>activo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <extracomment>A roster field that has no value.</extracomment>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+7"/>
        <source>Import Staff</source>
        <translation>Importar personal</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Apply Import</source>
        <translation>&amp;Aplicar importación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roster files (*.csv);;All files (*)</source>
        <translation>Archivos de plantilla (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose the roster file. Nothing is written until you look at what it changes and apply it.</source>
        <translation>Elija el archivo de plantilla. No se guarda nada hasta que usted revise los cambios y los aplique.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a database first.</source>
        <translation>Abra primero una base de datos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write these changes to the roster in one step.</source>
        <translation>Guardar estos cambios en la plantilla de una sola vez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a signed-in manager can import staff.</source>
        <translation>Solo un responsable identificado puede importar personal.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file does not list you (%1), so applying it would deactivate you. Add yourself to the file or clear &quot;Deactivate people missing from the file&quot;.</source>
        <translation>El archivo no le incluye a usted (%1), así que al aplicarlo se desactivaría su cuenta. Añádase al archivo o desmarque «Desactivar a quienes no figuren en el archivo».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying the file would deactivate you (%1) or take away your manager role; ask another manager to import it.</source>
        <translation>Al aplicar el archivo se desactivaría su cuenta (%1) o perdería la función de responsable; pida a otro responsable que lo importe.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The file matches the roster: there is nothing to change (%n people unchanged).</source>
        <translation>
            <numerusform>El archivo coincide con la plantilla: no hay nada que cambiar (%n persona sin cambios).</numerusform>
            <numerusform>El archivo coincide con la plantilla: no hay nada que cambiar (%n personas sin cambios).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying this file will add %1, update %2 and deactivate %3 people (%4 unchanged). Nothing has been written yet.</source>
        <extracomment>%1, %2, %3 and %4 are numbers of people.</extracomment>
        <translation>Si aplica este archivo, personas que se añadirán: %1; que se actualizarán: %2; que se desactivarán: %3; sin cambios: %4. Todavía no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To add (%1)</source>
        <translation>Se añadirán (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To update (%1)</source>
        <translation>Se actualizarán (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 → %3</source>
        <extracomment>One changed field of a person: its name, the value before, the value after.</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To deactivate (%1)</source>
        <translation>Se desactivarán (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the file</source>
        <translation>no figura en el archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file cannot be imported: fix the rows below and choose it again. Nothing has been written.</source>
        <translation>No se puede importar el archivo: corrija las filas siguientes y vuelva a elegirlo. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The import was not applied: %1. Nothing has been written.</source>
        <translation>No se ha aplicado la importación: %1. No se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>tenet::app::SearchPanel</name>
    <message>
        <location filename="../../src/app/search/searchpanel.cpp" line="+86"/>
        <source>Search clauses (Ctrl+F)</source>
        <translation>Buscar en las cláusulas (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in clause titles and bodies; accents are optional and the last word may be the start of a word.</source>
        <translation>Palabras que se buscan en los títulos y los textos de las cláusulas; las tildes son opcionales y basta con el principio de la última palabra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version</source>
        <translation>Esta versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All versions</source>
        <translation>Todas las versiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search scope</source>
        <translation>Ámbito de la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n clauses match.</source>
        <translation>
            <numerusform>Coincide %n cláusula.</numerusform>
            <numerusform>Coinciden %n cláusulas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Search failed: %1</source>
        <translation>No se ha podido realizar la búsqueda: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No clause matches.</source>
        <translation>Ninguna cláusula coincide.</translation>
    </message>
</context>
<context>
    <name>tenet::app::SearchResultModel</name>
    <message>
        <location filename="../../src/app/search/searchresultmodel.cpp" line="+42"/>
        <source>Clause %1 (%2), in version(s) %3</source>
        <translation>Cláusula %1 (%2); versiones: %3</translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionDueModel</name>
    <message>
        <location filename="../../src/app/dashboard/sectionduemodel.cpp" line="+42"/>
        <source>Current</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale</source>
        <translation>Revisión vencida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>never</source>
        <extracomment>A section that was never reviewed.</extracomment>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <source>%n days left</source>
        <translation>
            <numerusform>queda %n día</numerusform>
            <numerusform>quedan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n día fuera de plazo</numerusform>
            <numerusform>%n días fuera de plazo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1. %2</source>
        <extracomment>A section in a list: its number and its title, &quot;3. Behaviour&quot;.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>Reviewed every %n days; counted from %1.</source>
        <translation>
            <numerusform>Se revisa cada día; el plazo se cuenta desde el %1.</numerusform>
            <numerusform>Se revisa cada %n días; el plazo se cuenta desde el %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This section sets no review interval.</source>
        <translation>Esta sección no tiene plazo de revisión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due</source>
        <translation>Revisión prevista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionForm</name>
    <message>
        <location filename="../../src/app/editor/sectionform.cpp" line="+153"/>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, %2</source>
        <extracomment>A section&apos;s owner: their name and their role.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No one on the staff list has employee number %1</source>
        <translation>Nadie en la plantilla tiene el número de empleado %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Review was due on %1</source>
        <translation>La revisión vencía el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review due on %1</source>
        <translation>La próxima revisión vence el %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionItems</name>
    <message>
        <location filename="../../src/app/editor/sectionitems.cpp" line="+53"/>
        <source>escalation tiers</source>
        <translation>niveles de escalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow-up steps</source>
        <translation>pasos de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint stages</source>
        <translation>fases de la reclamación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training programmes</source>
        <translation>programas de formación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI table</source>
        <translation>tabla de KPI</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>escalation tier</source>
        <translation>nivel de escalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow-up step</source>
        <translation>paso de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint stage</source>
        <translation>fase de la reclamación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training programme</source>
        <translation>programa de formación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionPage</name>
    <message>
        <location filename="../../src/app/reading/sectionpage.cpp" line="+42"/>
        <source>%1 h</source>
        <extracomment>A time limit in hours; %1 is a number that may have decimals (&quot;0,5&quot;).</extracomment>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>everyone</source>
        <extracomment>A training programme that every role takes.</extracomment>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes, pass mark %1</source>
        <translation>sí, nota de aprobado: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <extracomment>A training programme that is never refreshed.</extracomment>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n months</source>
        <translation>
            <numerusform>cada mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <extracomment>A KPI&apos;s target: %1 is &quot;at most&quot; or &quot;at least&quot;, %2 a value with its unit.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>above %1</source>
        <translation>por encima de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below %1</source>
        <extracomment>A KPI&apos;s alert: it goes off when the value is below %1 (a value with its unit).</extracomment>
        <translation>por debajo de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This section has no clauses.</source>
        <translation>Esta sección no tiene cláusulas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>See: %1</source>
        <translation>Véase: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Escalation tiers</source>
        <translation>Niveles de escalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up steps</source>
        <translation>Pasos de seguimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is done</source>
        <translation>Qué se hace</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaint stages</source>
        <translation>Fases de la reclamación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time limit</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training programmes</source>
        <translation>Programas de formación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <extracomment>The roles a training programme is for.</extracomment>
        <translation>Dirigido a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refresher</source>
        <translation>Reciclaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key performance indicators</source>
        <translation>Indicadores clave (KPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert threshold</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action when breached</source>
        <translation>Actuación si se rebasa</translation>
    </message>
</context>
<context>
    <name>tenet::app::SignDialog</name>
    <message>
        <location filename="../../src/app/reading/signdialog.cpp" line="+80"/>
        <source>I have read and understood version %1 of %2.</source>
        <extracomment>The statement a person confirms by signing; %1 is the version number, %2 the code&apos;s title.</extracomment>
        <translation>He leído y comprendido la versión %1 de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By signing you confirm:</source>
        <translation>Al firmar, usted confirma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your printed name, the date and time and this meaning are kept in the acknowledgement ledger, which nobody can change afterwards.</source>
        <translation>Su nombre escrito, la fecha, la hora y este significado se guardan en el registro de firmas, que nadie puede modificar después.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record your signature of version %1.</source>
        <translation>Registrar su firma de la versión %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody is signed in, so nobody can sign.</source>
        <translation>No hay nadie identificado, así que nadie puede firmar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your full name to sign.</source>
        <translation>Escriba su nombre completo para firmar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your PIN to sign.</source>
        <translation>Introduzca su PIN para firmar.</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+62"/>
        <source>Signed</source>
        <translation>Firma registrada</translation>
    </message>
</context>
<context>
    <name>tenet::app::SignInDialog</name>
    <message>
        <location filename="../../src/app/startup/signindialog.cpp" line="+122"/>
        <source>Sign in to Tenet</source>
        <translation>Identificarse en Tenet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1</source>
        <translation>Identificarse en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Identificarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Identificarse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as the person chosen (Enter)</source>
        <translation>Identificarse como la persona elegida (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without signing in (Esc)</source>
        <translation>Cerrar sin identificarse (Esc)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The staff list could not be read: %1</source>
        <translation>No se ha podido leer la plantilla: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Choose yourself in the list first: type part of your name or your employee number.</source>
        <translation>Primero elija su nombre en la lista: escriba parte de su nombre o su número de empleado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your PIN or password, then press Enter.</source>
        <translation>Escriba su PIN o contraseña y pulse Intro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your PIN or password could not be checked: %1</source>
        <translation>No se ha podido comprobar su PIN o contraseña: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>That PIN or password is not right for %1 (%2). Type it again; if you have forgotten it, ask a manager to set a new one.</source>
        <translation>El PIN o la contraseña no son correctos para %1 (%2). Vuelva a escribirlo; si lo ha olvidado, pida a un responsable que le asigne uno nuevo.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nobody on the staff list matches “%1”.</source>
        <translation>No hay nadie en la plantilla que coincida con «%1».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 has no PIN or password yet, so cannot sign in: ask a manager to set your PIN.</source>
        <translation>%1 aún no tiene PIN ni contraseña, así que no puede identificarse: pida a un responsable que le asigne un PIN.</translation>
    </message>
</context>
<context>
    <name>tenet::app::SignInStaffModel</name>
    <message>
        <location filename="../../src/app/startup/signinstaffmodel.cpp" line="+103"/>
        <source>%1, employee number %2, %3</source>
        <translation>%1, número de empleado %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee no.</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffDialog</name>
    <message>
        <location filename="../../src/app/staff/staffdialog.cpp" line="+72"/>
        <source>Add Staff Member</source>
        <translation>Añadir persona a la plantilla</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not set</source>
        <extracomment>Shown in the start date field when no date is set.</extracomment>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Edit %1</source>
        <translation>Editar los datos de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The employee number identifies the person and cannot change.</source>
        <translation>El número de empleado identifica a la persona y no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Enter the employee number.</source>
        <translation>Introduzca el número de empleado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Introduzca el nombre completo de la persona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address; enter one like name@example.com or leave the field empty.</source>
        <translation>«%1» no es una dirección de correo electrónico; escriba una como nombre@example.com o deje el campo en blanco.</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffDueModel</name>
    <message>
        <location filename="../../src/app/dashboard/staffduemodel.cpp" line="+38"/>
        <source>Signature expired</source>
        <translation>Firma caducada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet signed</source>
        <translation>Aún sin firmar</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Last signed version %1 on %2.</source>
        <translation>Firmó por última vez la versión %1 el %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has never signed this code; signature needed since %1.</source>
        <translation>Nunca ha firmado este código; debe firmarlo desde el %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Employee no.</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days overdue</source>
        <translation>Días fuera de plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffFilterBar</name>
    <message>
        <location filename="../../src/app/staff/stafffilterbar.cpp" line="+105"/>
        <source>Search staff</source>
        <translation>Buscar personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search name or number</source>
        <translation>Buscar por nombre o número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds people by name or employee number; case and accents do not matter (Ctrl+Shift+F).</source>
        <translation>Busca personas por nombre o número de empleado; no importan las mayúsculas ni las tildes (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team filter</source>
        <translation>Filtro de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the people of one team.</source>
        <translation>Mostrar solo las personas de un equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site filter</source>
        <translation>Filtro de centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the people of one site.</source>
        <translation>Mostrar solo las personas de un centro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role filter</source>
        <translation>Filtro de función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the people with one role.</source>
        <translation>Mostrar solo las personas con una función determinada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show active people, inactive people, or both.</source>
        <translation>Mostrar las personas activas, las inactivas o ambas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All roles</source>
        <translation>Todas las funciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>Activas e inactivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactivas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sites</source>
        <translation>Todos los centros</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffTableModel</name>
    <message>
        <location filename="../../src/app/staff/stafftablemodel.cpp" line="+90"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is inactive: they cannot sign in or sign the code.</source>
        <translation>%1: persona inactiva; no puede identificarse ni firmar el código.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Fecha de incorporación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffView</name>
    <message>
        <location filename="../../src/app/staff/staffview.cpp" line="+148"/>
        <location line="+8"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;PIN…</source>
        <translation>Restablecer &amp;PIN…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Staff…</source>
        <translation>Importar &amp;personal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff actions</source>
        <translation>Acciones de personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People shown</source>
        <translation>Personas mostradas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The staff list could not be read: %1</source>
        <translation>No se ha podido leer la plantilla: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n people</source>
        <extracomment>%1 is how many people the filters show, %n how many are on the roster.</extracomment>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 de %n persona</numerusform>
            <numerusform>%1 de %n personas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open a database to change the roster.</source>
        <translation>Abra una base de datos para modificar la plantilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in as a manager to change the roster.</source>
        <translation>Identifíquese como responsable para modificar la plantilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can change the roster; you are signed in as %1.</source>
        <translation>Solo un responsable puede modificar la plantilla; usted se ha identificado como %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a person in the table first.</source>
        <translation>Seleccione primero a una persona en la tabla.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person to the roster (Ctrl+Shift+N).</source>
        <translation>Añadir una persona a la plantilla (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a roster file from the HR system, with a preview first.</source>
        <translation>Importar un archivo de plantilla del sistema de personal, con una vista previa antes de aplicarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected person (Ctrl+E).</source>
        <translation>Editar los datos de la persona seleccionada (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deactivate the selected person: they can no longer sign in (Ctrl+Delete).</source>
        <translation>Desactivar a la persona seleccionada: ya no podrá identificarse (Ctrl+Supr).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot deactivate yourself.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already inactive.</source>
        <translation>%1 ya figura como persona inactiva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a new PIN for the selected person (Ctrl+Alt+P).</source>
        <translation>Asignar un PIN nuevo a la persona seleccionada (Ctrl+Alt+P).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read only. %1</source>
        <extracomment>Above the staff table for someone who may not change it; %1 says why.</extracomment>
        <translation>Solo lectura. %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was added. Reset their PIN so that they can sign in.</source>
        <translation>Se ha añadido a %1. Restablezca su PIN para que pueda identificarse.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You cannot deactivate yourself or take away your own manager role; ask another manager.</source>
        <translation>No puede desactivar su propia cuenta ni quitarse la función de responsable; pídaselo a otro responsable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing changed for %1.</source>
        <translation>No ha cambiado nada en los datos de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was updated.</source>
        <translation>Se han actualizado los datos de %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deactivate %1</source>
        <translation>Desactivar a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate %1 (%2)? They will no longer be able to sign in or sign the code, and the dashboard stops counting them. Editing them makes them active again.</source>
        <translation>¿Desactivar a %1 (%2)? Ya no podrá identificarse ni firmar el código, y dejará de contar en el panel de revisión. Si edita sus datos, se volverá a activar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not deactivated: %2</source>
        <translation>No se ha desactivado a %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was deactivated; edit them to make them active again.</source>
        <translation>Se ha desactivado a %1; para volver a activar a esta persona, edite sus datos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has a new PIN.</source>
        <translation>%1 ya tiene un PIN nuevo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The roster import added %1, updated %2 and deactivated %3 people.</source>
        <extracomment>%1, %2 and %3 are numbers of people.</extracomment>
        <translation>Importación de la plantilla aplicada. Personas añadidas: %1; actualizadas: %2; desactivadas: %3.</translation>
    </message>
</context>
<context>
    <name>tenet::app::TrainingProgrammeColumns</name>
    <message>
        <location filename="../../src/app/editor/models/trainingprogrammecolumns.cpp" line="+27"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The programme&apos;s stable identifier.</source>
        <translation>El identificador fijo del programa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The programme&apos;s name.</source>
        <translation>El nombre del programa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classroom, computer-based and simulated-call hours in total.</source>
        <translation>Total de horas presenciales, de formación en ordenador y de llamadas simuladas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What a person can do after the programme, one per line.</source>
        <translation>Lo que una persona sabrá hacer al terminar el programa, uno por línea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whether the programme ends with a test that must be passed.</source>
        <translation>Si el programa termina con una prueba que hay que aprobar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass mark (%)</source>
        <translation>Nota de aprobado (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The score that passes the final test; needed when there is one.</source>
        <translation>La puntuación con la que se aprueba la prueba final; obligatoria si hay prueba.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The roles that must take the programme; none ticked means everyone.</source>
        <translation>Las funciones que deben cursar el programa; si no marca ninguna, lo cursan todos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresher (months)</source>
        <translation>Reciclaje (meses)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many months later it must be taken again; none: never.</source>
        <translation>Cuántos meses después hay que repetirlo; si no se indica ninguno, no se repite.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ends with a final test</source>
        <translation>Termina con una prueba final</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No final test</source>
        <translation>Sin prueba final</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>everyone</source>
        <translation>todos</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New programme</source>
        <translation>Nuevo programa</translation>
    </message>
</context>
<context>
    <name>tenet::app::UndoActions</name>
    <message>
        <location filename="../../src/app/editor/undoactions.cpp" line="+46"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last edit of the draft (Ctrl+Z)</source>
        <translation>Deshacer la última modificación del borrador (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the edit last undone (Ctrl+Shift+Z)</source>
        <translation>Rehacer la última modificación deshecha (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>tenet::app::UserGuideDialog</name>
    <message>
        <location filename="../../src/app/help/userguidedialog.cpp" line="+19"/>
        <source>Tenet User Guide</source>
        <translation>Guía del usuario de Tenet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>Con&amp;tenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;Browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;The user guide is not installed. It is expected in the folder %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La guía del usuario no está instalada. Debería estar en la carpeta %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tenet::app::VersionListModel</name>
    <message>
        <location filename="../../src/app/history/versionlistmodel.cpp" line="+109"/>
        <source>%1 (script)</source>
        <translation>%1 (script)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Employee %1</source>
        <translation>N.º de empleado %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, employee %2</source>
        <translation>%1, n.º de empleado %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Material</source>
        <translation>Sustancial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Editorial</source>
        <translation>De redacción</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Published and in force: the version everyone is asked to acknowledge.</source>
        <translation>Publicada y en vigor: la versión que todos deben leer y firmar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft still being written; only drafts can be edited.</source>
        <translation>Un borrador todavía en redacción; solo se pueden editar los borradores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, approved on %2</source>
        <translation>%1, que la aprobó el %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published on %1 by %2</source>
        <translation>Publicada el %1 por %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Material: everyone had to acknowledge this version again.</source>
        <translation>Sustancial: todos tuvieron que volver a firmar esta versión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editorial: wording only; earlier acknowledgements still count.</source>
        <translation>De redacción: solo cambian palabras; las firmas anteriores siguen valiendo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1, %2</source>
        <translation>Versión %1, %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Material changes ask everyone to acknowledge again; editorial ones do not.</source>
        <translation>Los cambios sustanciales obligan a todos a volver a firmar; los de redacción, no.</translation>
    </message>
</context>
<context>
    <name>tenet::app::WorkflowController</name>
    <message>
        <location filename="../../src/app/workflow/workflowcontroller.cpp" line="+30"/>
        <location line="+83"/>
        <source>Start &amp;Draft</source>
        <translation>Iniciar &amp;borrador</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Submit for Review…</source>
        <translation>&amp;Enviar a revisión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Aprobar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;Back…</source>
        <translation>&amp;Devolver…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Section &amp;Review…</source>
        <translation>Registrar revisión de &amp;sección…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sign in first.</source>
        <translation>Identifíquese primero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No version is open: start a draft first.</source>
        <translation>No hay ninguna versión abierta: inicie primero un borrador.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The versions could not be read: %1</source>
        <translation>No se han podido leer las versiones: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue &amp;Draft</source>
        <translation>Continuar &amp;borrador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record that a section of the version in force was reviewed, so that it is no longer due.</source>
        <translation>Registrar que se ha revisado una sección de la versión en vigor, para que deje de estar pendiente de revisión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only supervisors, managers, quality staff and trainers record reviews.</source>
        <translation>Solo los supervisores, responsables, técnicos de calidad y formadores pueden registrar revisiones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a new draft of the code, starting from the version in force (or continue the open draft).</source>
        <translation>Editar un nuevo borrador del código a partir de la versión en vigor (o continuar el borrador abierto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only supervisors, managers, quality staff and trainers write drafts.</source>
        <translation>Solo los supervisores, responsables, técnicos de calidad y formadores pueden redactar borradores.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not done</source>
        <translation>Operación no realizada</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Submit version %1 for review</source>
        <translation>Enviar la versión %1 a revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the manager who will review it (optional):</source>
        <translation>Una nota para el responsable que la revisará (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve version %1</source>
        <translation>Aprobar la versión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve version %1, written by %2? Once approved it can be published.</source>
        <translation>¿Aprobar la versión %1, redactada por %2? Una vez aprobada, se podrá publicar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send version %1 back</source>
        <translation>Devolver la versión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What must change before it can be approved? The author will see this.</source>
        <translation>¿Qué hay que cambiar para que se pueda aprobar? El autor verá este texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;Back</source>
        <translation>&amp;Devolver</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Withdraw version %1</source>
        <translation>Retirar la versión %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawing abandons this version for good: it stays in the history but can never be published. Why is it withdrawn? (optional)</source>
        <translation>Al retirar esta versión, se abandona definitivamente: seguirá en el historial, pero nunca se podrá publicar. ¿Por qué se retira? (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Not recorded</source>
        <translation>Revisión no registrada</translation>
    </message>
</context>
<context>
    <name>tenet::domain::ContentRules</name>
    <message>
        <location filename="../../src/domain/contentrules.cpp" line="+34"/>
        <source>section &quot;%1&quot; appears more than once</source>
        <translation>la sección «%1» aparece más de una vez</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>section &quot;%1&quot; is missing; every code has all seven sections</source>
        <translation>falta la sección «%1»; todo código debe tener las siete secciones</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a clause needs an id</source>
        <translation>toda cláusula necesita un identificador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>clause id &quot;%1&quot; is already used at %2</source>
        <translation>el identificador de cláusula «%1» ya se usa en %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a clause needs a title</source>
        <translation>toda cláusula necesita un título</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>«%1» se usa dos veces</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>KPI &quot;%1&quot; is at most %2, so its alert threshold %3 may not be below its target</source>
        <translation>el objetivo del KPI «%1» es como máximo %2, así que su umbral de alerta (%3) no puede quedar por debajo del objetivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KPI &quot;%1&quot; is at least %2, so its alert threshold %3 may not be above its target</source>
        <translation>el objetivo del KPI «%1» es como mínimo %2, así que su umbral de alerta (%3) no puede quedar por encima del objetivo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>programme &quot;%1&quot; has a final test but no pass mark</source>
        <translation>el programa «%1» tiene prueba final, pero no nota de aprobado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be %2, not %3</source>
        <translation>%1 debe ser %2, no %3</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the pass mark must be more than 0 and at most 100, not %1</source>
        <translation>la nota de aprobado debe ser mayor que 0 y como máximo 100, no %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs an id</source>
        <translation>necesita un identificador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs the question&apos;s text</source>
        <translation>necesita el texto de la pregunta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs at least two choices to pick from</source>
        <translation>necesita al menos dos opciones entre las que elegir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choice %1 has no text</source>
        <translation>la opción %1 no tiene texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs exactly one choice marked right, not %1</source>
        <translation>necesita exactamente una opción marcada como correcta, no %1</translation>
    </message>
</context>
<context>
    <name>tenet::domain::ItemLimit</name>
    <message>
        <location filename="../../src/domain/itemlimits.cpp" line="+32"/>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero entre %1 y %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from %1 to %2</source>
        <translation>un número entre %1 y %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole number from %1</source>
        <translation>un número entero igual o mayor que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from %1</source>
        <translation>un número igual o mayor que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number up to %1</source>
        <translation>un número entero igual o menor que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number up to %1</source>
        <translation>un número igual o menor que %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
</context>
<context>
    <name>tenet::domain::KpiDirection</name>
    <message>
        <location filename="../../src/domain/structureditems.cpp" line="+26"/>
        <source>at most</source>
        <extracomment>A KPI that is good when low: &quot;at most 25 s&quot;.</extracomment>
        <translation>como máximo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
</context>
<context>
    <name>tenet::domain::Role</name>
    <message>
        <location filename="../../src/domain/role.cpp" line="+58"/>
        <source>Agent</source>
        <extracomment>A staff member&apos;s role: answers calls and chats.</extracomment>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <extracomment>A staff member&apos;s role: leads a team of agents.</extracomment>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <extracomment>A staff member&apos;s role: runs the contact centre or a department.</extracomment>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <extracomment>A staff member&apos;s role: quality assurance, listens to calls and scores them.</extracomment>
        <translation>Calidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainer</source>
        <extracomment>A staff member&apos;s role: trains agents.</extracomment>
        <translation>Formador</translation>
    </message>
</context>
<context>
    <name>tenet::domain::SigningRules</name>
    <message>
        <location filename="../../src/domain/signingrules.cpp" line="+18"/>
        <source>paper record</source>
        <translation>registro en papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the signature is entered from paper</source>
        <translation>indique por qué la firma se introduce a partir de un documento en papel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a manager enters a signature made on paper; name one with --as</source>
        <translation>solo un responsable puede introducir una firma hecha en papel; indique uno con --as</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a comprehension check score taken on paper comes with a signature made on paper (--paper-record); %1 takes the check in the desktop program</source>
        <translation>una puntuación de la prueba de comprensión hecha en papel debe ir acompañada de una firma hecha en papel (--paper-record); %1 hace la prueba en el programa de escritorio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must give their PIN to sign; a manager entering a signature made on paper gives the reason instead (--paper-record)</source>
        <translation>%1 debe dar su PIN para firmar; un responsable que introduce una firma hecha en papel indica en su lugar el motivo (--paper-record)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has opened %2 of the %3 sections of version %4; every section must be opened before signing</source>
        <translation>%1 ha abierto %2 de las %3 secciones de la versión %4; hay que abrir todas las secciones antes de firmar</translation>
    </message>
</context>
<context>
    <name>tenet::domain::StaffRules</name>
    <message>
        <location filename="../../src/domain/staffrules.cpp" line="+18"/>
        <source>only a manager can change the roster, and %1 is not a person on it; name a manager (tenetctl --as EMPLOYEE_NO)</source>
        <translation>solo un responsable puede modificar la plantilla, y %1 no figura en ella; indique un responsable (tenetctl --as EMPLOYEE_NO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a manager can change the roster; %1 is %2</source>
        <translation>solo un responsable puede modificar la plantilla; %1 tiene la función %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot deactivate themselves or take away their own manager role; another manager must do that</source>
        <translation>%1 no puede desactivar su propia cuenta ni quitarse la función de responsable; debe hacerlo otro responsable</translation>
    </message>
</context>
<context>
    <name>tenet::domain::Strength</name>
    <message>
        <location filename="../../src/domain/clause.cpp" line="+25"/>
        <source>MUST</source>
        <extracomment>The badge of a firm rule (clause strength), in capitals as on the page: DEBE, PRIVALOMA.</extracomment>
        <translation>DEBE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHOULD</source>
        <translation>DEBERÍA</translation>
    </message>
</context>
<context>
    <name>tenet::domain::TextLimit</name>
    <message>
        <location filename="../../src/domain/textlimits.cpp" line="+28"/>
        <source>holds a control character (U+%1) at character %2; it must be one line of plain text</source>
        <translation>contiene un carácter de control (U+%1) en la posición %2; debe ser una sola línea de texto sin formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds a control character (U+%1) at character %2; only line breaks and tabs may stand between its words</source>
        <translation>contiene un carácter de control (U+%1) en la posición %2; entre las palabras solo se admiten saltos de línea y tabuladores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>tiene %1 caracteres; se admiten como máximo %2</translation>
    </message>
</context>
<context>
    <name>tenet::domain::VersionState</name>
    <message>
        <location filename="../../src/domain/version.cpp" line="+46"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
</context>
<context>
    <name>tenet::domain::Workflow</name>
    <message>
        <location filename="../../src/domain/workflow.cpp" line="+34"/>
        <source>cannot edit version %1 (%2): only a draft can be edited</source>
        <translation>no se puede editar la versión %1 (%2): solo se puede editar un borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot edit version %1: %2 is on the roster as %3, and only a supervisor, manager, quality or trainer can edit a draft</source>
        <translation>no se puede editar la versión %1: %2 figura en la plantilla como %3, y solo pueden editar un borrador las personas con función de supervisor, responsable, calidad o formador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot submit version %1 (%2): only a draft can be submitted</source>
        <translation>no se puede enviar a revisión la versión %1 (%2): solo se puede enviar a revisión un borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot submit version %1: %2 is on the roster as %3, and only a supervisor, manager, quality or trainer can submit a draft</source>
        <translation>no se puede enviar a revisión la versión %1: %2 figura en la plantilla como %3, y solo pueden enviar un borrador a revisión las personas con función de supervisor, responsable, calidad o formador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot submit version %1: no staff member was named (use --as), and only a supervisor, manager, quality or trainer can submit a draft</source>
        <translation>no se puede enviar a revisión la versión %1: no se ha indicado ninguna persona de la plantilla (use --as), y solo pueden enviar un borrador a revisión las personas con función de supervisor, responsable, calidad o formador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot send back version %1 (%2): only a version in review can be sent back</source>
        <translation>no se puede devolver la versión %1 (%2): solo se puede devolver una versión en revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot send back version %1: %2 is on the roster as %3, and only a manager can send a version back</source>
        <translation>no se puede devolver la versión %1: %2 figura en la plantilla como %3, y solo un responsable puede devolver una versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot send back version %1: no staff member was named (use --as), and only a manager can send a version back</source>
        <translation>no se puede devolver la versión %1: no se ha indicado ninguna persona de la plantilla (use --as), y solo un responsable puede devolver una versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot approve version %1 (%2): only a version in review can be approved</source>
        <translation>no se puede aprobar la versión %1 (%2): solo se puede aprobar una versión en revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot approve version %1: %2 is on the roster as %3, and only a manager can approve a version</source>
        <translation>no se puede aprobar la versión %1: %2 figura en la plantilla como %3, y solo un responsable puede aprobar una versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot approve version %1: no staff member was named (use --as), and only a manager can approve a version</source>
        <translation>no se puede aprobar la versión %1: no se ha indicado ninguna persona de la plantilla (use --as), y solo un responsable puede aprobar una versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot publish version %1 (%2): only an approved version can be published</source>
        <translation>no se puede publicar la versión %1 (%2): solo se puede publicar una versión aprobada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot publish version %1: %2 is on the roster as %3, and only a manager can publish a version</source>
        <translation>no se puede publicar la versión %1: %2 figura en la plantilla como %3, y solo un responsable puede publicar una versión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot publish version %1: no staff member was named (use --as), and only a manager can publish a version</source>
        <translation>no se puede publicar la versión %1: no se ha indicado ninguna persona de la plantilla (use --as), y solo un responsable puede publicar una versión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot withdraw version %1 (%2): only a draft, a version in review or an approved version can be withdrawn</source>
        <translation>no se puede retirar la versión %1 (%2): solo se puede retirar un borrador, una versión en revisión o una versión aprobada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot withdraw version %1: %2 is on the roster as %3, and only a manager or the author of the draft can withdraw it</source>
        <translation>no se puede retirar la versión %1: %2 figura en la plantilla como %3, y solo puede retirarla un responsable o quien redactó el borrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot withdraw version %1: no staff member was named (use --as), and only a manager or the author of the draft can withdraw it</source>
        <translation>no se puede retirar la versión %1: no se ha indicado ninguna persona de la plantilla (use --as), y solo puede retirarla un responsable o quien redactó el borrador</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot approve version %1: %2 authored or submitted it, and another manager must approve it</source>
        <translation>no se puede aprobar la versión %1: la redactó o la envió a revisión %2, así que debe aprobarla otro responsable</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the first publication of a code must be material: nobody has signed an earlier version</source>
        <translation>la primera publicación de un código debe ser un cambio sustancial: nadie ha firmado una versión anterior</translation>
    </message>
</context>
<context>
    <name>tenet::exchange::CodeFile</name>
    <message>
        <location filename="../../src/exchange/codefile.cpp" line="+261"/>
        <location line="+86"/>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>the built-in schema is missing from this build</source>
        <translation>falta el esquema integrado en esta compilación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the built-in schema is not valid JSON</source>
        <translation>el esquema integrado no es JSON válido</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the file is not valid UTF-8 text (byte 0x%1); save it with the UTF-8 encoding</source>
        <translation>el archivo no es texto UTF-8 válido (byte 0x%1); guárdelo con la codificación UTF-8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>property &quot;%1&quot; appears twice</source>
        <translation>la propiedad «%1» aparece dos veces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the format &quot;%1&quot; is not supported; this version of Tenet reads &quot;%2&quot;</source>
        <translation>el formato «%1» no es compatible; esta versión de Tenet lee «%2»</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>is too large to be a code file</source>
        <translation>es demasiado grande para ser un archivo de código</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>cannot be written: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
</context>
<context>
    <name>tenet::exchange::SchemaValidator</name>
    <message>
        <location filename="../../src/exchange/jsonschema.cpp" line="+64"/>
        <source>schema</source>
        <translation>esquema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the schema could not be applied: %1</source>
        <translation>no se ha podido aplicar el esquema: %1</translation>
    </message>
    <message>
        <location filename="../../src/exchange/schemacompiler.cpp" line="+49"/>
        <source>schema %1</source>
        <translation>esquema %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a schema must be an object, true or false</source>
        <translation>un esquema debe ser un objeto, true o false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$ref must be a string</source>
        <translation>$ref debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>$id is not a valid URI</source>
        <translation>$id no es un URI válido</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be an object of schemas</source>
        <translation>debe ser un objeto de esquemas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a non-empty array of schemas</source>
        <translation>debe ser un array no vacío de esquemas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must list property names</source>
        <translation>debe enumerar nombres de propiedades</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown type %1</source>
        <translation>tipo desconocido %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a non-negative whole number</source>
        <translation>debe ser un número entero no negativo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a number greater than 0</source>
        <translation>debe ser un número mayor que 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an array of property names</source>
        <translation>debe ser un array de nombres de propiedades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a string</source>
        <translation>debe ser una cadena de texto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>«%1» no es una expresión regular válida: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; cannot be resolved: %2</source>
        <translation>no se puede resolver «%1»: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no schema has the $id &quot;#%1&quot;</source>
        <translation>ningún esquema tiene el $id «#%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the schema %1 is not known</source>
        <translation>el esquema %1 es desconocido</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is nothing at &quot;#%1&quot;</source>
        <translation>no hay nada en «#%1»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it does not lead to a schema</source>
        <translation>no lleva a un esquema</translation>
    </message>
    <message>
        <location filename="../../src/exchange/schemaevaluator.cpp" line="+22"/>
        <source>no value is allowed here</source>
        <translation>aquí no se admite ningún valor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the schema refers to itself without end</source>
        <translation>el esquema se remite a sí mismo sin fin</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unresolved $ref</source>
        <translation>$ref sin resolver</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unexpected property &quot;%1&quot;</source>
        <translation>propiedad inesperada «%1»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing required property &quot;%1&quot;</source>
        <translation>falta la propiedad obligatoria «%1»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>property &quot;%1&quot; is required when &quot;%2&quot; is present</source>
        <translation>la propiedad «%1» es obligatoria cuando existe «%2»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>property name &quot;%1&quot; %2</source>
        <translation>el nombre de propiedad «%1» %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>must have at least %1, not %2</source>
        <translation>debe tener al menos %1, no %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+25"/>
        <location line="+18"/>
        <source>must have at most %1, not %2</source>
        <translation>debe tener como máximo %1, no %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>must contain at least one item that matches the schema under &quot;contains&quot;</source>
        <translation>debe contener al menos un elemento que cumpla el esquema de «contains»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must not contain the same item twice (items %1 and %2 are equal)</source>
        <translation>no debe contener el mismo elemento dos veces (los elementos %1 y %2 son iguales)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>must match exactly one of the allowed forms, but matches both form %1 and form %2</source>
        <translation>debe ajustarse exactamente a una de las formas permitidas, pero se ajusta a la forma %1 y a la forma %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../src/exchange/schemascalarchecks.cpp" line="+28"/>
        <source>must be %1, not %2</source>
        <translation>debe ser %1, no %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>does not match any of the allowed forms</source>
        <translation>no se ajusta a ninguna de las formas permitidas</translation>
    </message>
    <message>
        <location filename="../../src/exchange/schemamessages.cpp" line="+16"/>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <extracomment>A JSON value&apos;s type, as in &quot;must be a number&quot;.</extracomment>
        <translation>un número</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string</source>
        <extracomment>A JSON value&apos;s type: a piece of text in quotes.</extracomment>
        <translation>una cadena de texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object</source>
        <extracomment>A JSON value&apos;s type: a set of named properties in braces.</extracomment>
        <translation>un objeto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an array</source>
        <extracomment>A JSON value&apos;s type: a list in square brackets.</extracomment>
        <translation>un array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n property</source>
        <extracomment>A count of a JSON object&apos;s properties: &quot;must have at least 2 properties&quot;.</extracomment>
        <translation>
            <numerusform>%n propiedad</numerusform>
            <numerusform>%n propiedades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n properties</source>
        <extracomment>A count of a JSON object&apos;s properties: &quot;must have at least 2 properties&quot;.</extracomment>
        <translation>
            <numerusform>%n propiedad</numerusform>
            <numerusform>%n propiedades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item</source>
        <extracomment>A count of a JSON list&apos;s items: &quot;must have at most 3 items&quot;.</extracomment>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n items</source>
        <extracomment>A count of a JSON list&apos;s items: &quot;must have at most 3 items&quot;.</extracomment>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n character</source>
        <extracomment>A count of characters: &quot;must be at least 2 characters long&quot;.</extracomment>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n characters</source>
        <extracomment>A count of characters: &quot;must be at least 2 characters long&quot;.</extracomment>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not have the property &quot;%1&quot;</source>
        <translation>no debe tener la propiedad «%1»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be %1</source>
        <translation>no debe ser %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not match the schema under &quot;not&quot;</source>
        <translation>no debe cumplir el esquema de «not»</translation>
    </message>
    <message>
        <location filename="../../src/exchange/schemascalarchecks.cpp" line="+10"/>
        <location line="+9"/>
        <source>must be %1</source>
        <translation>debe ser %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least %1 long, not %2</source>
        <translation>debe tener al menos %1, no %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be at most %1 long, not %2</source>
        <translation>debe tener como máximo %1, no %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must match the pattern %1</source>
        <translation>debe ajustarse al patrón %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be at least %1</source>
        <translation>debe ser como mínimo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1</source>
        <translation>debe ser como máximo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be greater than %1</source>
        <translation>debe ser mayor que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be less than %1</source>
        <translation>debe ser menor que %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a multiple of %1</source>
        <translation>debe ser múltiplo de %1</translation>
    </message>
</context>
</TS>
