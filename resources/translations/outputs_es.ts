<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Changes</name>
    <message>
        <location filename="../../src/render/changetext.cpp" line="21"/>
        <source>the title</source>
        <extracomment>A field that changed, in &quot;changed (the title, the text)&quot;.</extracomment>
        <translation>el título</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="23"/>
        <source>the text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="26"/>
        <source>the strength</source>
        <extracomment>Whether a clause is a MUST or a SHOULD.</extracomment>
        <translation>el carácter (DEBE o DEBERÍA)</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="28"/>
        <source>the references</source>
        <translation>las referencias</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="30"/>
        <source>the purpose</source>
        <translation>la finalidad</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="32"/>
        <source>the owner</source>
        <translation>el responsable de la sección</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="34"/>
        <source>the review interval</source>
        <translation>la periodicidad de revisión</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="36"/>
        <source>the role</source>
        <translation>el puesto</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="38"/>
        <source>the time limit</source>
        <translation>el plazo</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="40"/>
        <source>the action</source>
        <translation>la actuación</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="42"/>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="44"/>
        <source>the hours</source>
        <translation>las horas</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="46"/>
        <source>the objectives</source>
        <translation>los objetivos</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="48"/>
        <source>the final test</source>
        <translation>la prueba final</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="50"/>
        <source>the pass mark</source>
        <translation>la nota mínima</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="52"/>
        <source>the roles</source>
        <translation>los puestos</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="54"/>
        <source>the refresher</source>
        <translation>el reciclaje</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="56"/>
        <source>the definition</source>
        <translation>la definición</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="58"/>
        <source>the unit</source>
        <translation>la unidad</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="60"/>
        <source>the direction</source>
        <translation>el sentido del objetivo</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="62"/>
        <source>the target</source>
        <translation>el objetivo</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="64"/>
        <source>the alert threshold</source>
        <translation>el umbral de alerta</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="66"/>
        <source>a detail</source>
        <translation>un dato</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="74"/>
        <source>version %1 (%2)</source>
        <extracomment>&quot;version 3 (draft)&quot;</extracomment>
        <translation>versión %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="84"/>
        <source>Added</source>
        <extracomment>What happened to a clause or a table row between two versions.</extracomment>
        <translation>Añadida</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="86"/>
        <source>Removed</source>
        <translation>Suprimida</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="88"/>
        <source>Moved and changed</source>
        <translation>Trasladada y modificada</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="89"/>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="91"/>
        <source>Moved</source>
        <translation>Trasladada</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="92"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="114"/>
        <source>Escalation tier</source>
        <translation>Nivel de escalado</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="116"/>
        <source>Follow-up step</source>
        <translation>Paso de seguimiento</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="118"/>
        <source>Complaint stage</source>
        <translation>Fase de la reclamación</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="120"/>
        <source>Training programme</source>
        <translation>Programa de formación</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="122"/>
        <source>Indicator</source>
        <extracomment>A key performance indicator, as a row of the metrics table.</extracomment>
        <translation>Indicador clave</translation>
    </message>
    <message>
        <location filename="../../src/render/changetext.cpp" line="128"/>
        <source>%1 added, %2 removed, %3 changed, %4 moved</source>
        <extracomment>The counts of clauses added, removed, changed and moved between two versions.</extracomment>
        <translation>%1 añadidas, %2 suprimidas, %3 modificadas, %4 trasladadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/changetext.cpp" line="135"/>
        <source>%n table rows changed</source>
        <translation>
            <numerusform>%n fila de tabla modificada</numerusform>
            <numerusform>%n filas de tabla modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/changetext.cpp" line="144"/>
        <source>details of %n sections changed</source>
        <translation>
            <numerusform>datos de %n sección modificados</numerusform>
            <numerusform>datos de %n secciones modificados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="25"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="26"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="27"/>
        <location filename="../../src/render/itemfields.cpp" line="40"/>
        <source>Time limit</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="28"/>
        <source>Action</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="32"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="38"/>
        <location filename="../../src/render/itemfields.cpp" line="64"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="39"/>
        <location filename="../../src/render/itemfields.cpp" line="65"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="47"/>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="48"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="49"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="50"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="51"/>
        <source>Final test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="53"/>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="54"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="56"/>
        <source>Roles</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="57"/>
        <source>Refresher</source>
        <translation>Reciclaje</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="66"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="67"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="68"/>
        <source>Alert threshold</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="69"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="70"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="71"/>
        <source>Action when breached</source>
        <translation>Actuación si se supera el umbral</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="58"/>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="91"/>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="67"/>
        <source>employee_no</source>
        <extracomment>CSV heading. The English stays a name for scripts; write a heading for people.</extracomment>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="68"/>
        <source>name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="69"/>
        <source>role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="70"/>
        <source>team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="71"/>
        <source>site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="72"/>
        <source>version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="74"/>
        <source>signed_version</source>
        <extracomment>CSV heading: the version the person&apos;s counting signature is of.</extracomment>
        <translation>Versión firmada</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="76"/>
        <source>signed_at</source>
        <extracomment>CSV heading: when the person signed, in UTC.</extracomment>
        <translation>Fecha de firma (UTC)</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="77"/>
        <source>overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="79"/>
        <source>paper_record</source>
        <extracomment>CSV heading: why a manager entered the signature from paper.</extracomment>
        <translation>Firma en papel</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="113"/>
        <source>Compliance report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="116"/>
        <source>%1, version %2 (in force), published %3.</source>
        <translation>%1, versión %2 (en vigor), publicada el %3.</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="117"/>
        <source>%1, version %2 (no longer in force), published %3.</source>
        <translation>%1, versión %2 (ya no está en vigor), publicada el %3.</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="121"/>
        <source>Status on %1; report made %2.</source>
        <translation>Situación a %1; informe generado el %2.</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="126"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/compliancereportrenderer.cpp" line="129"/>
        <source>%1 of %n people signed; %2 not signed, of whom %3 overdue.</source>
        <extracomment>%n people must sign; %1 of them signed, %2 did not, %3 of those are overdue.</extracomment>
        <translation>
            <numerusform>Ha firmado %1 de %n persona; %2 sin firmar, de las que %3 están fuera de plazo.</numerusform>
            <numerusform>Han firmado %1 de %n personas; %2 sin firmar, de las que %3 están fuera de plazo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="148"/>
        <source>Totals per team</source>
        <translation>Totales por equipo</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="149"/>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="172"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="151"/>
        <source>Must sign</source>
        <extracomment>Column: how many people of the team must sign.</extracomment>
        <translation>Deben firmar</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="152"/>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="174"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="153"/>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="154"/>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="175"/>
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="157"/>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="164"/>
        <source>All</source>
        <extracomment>The totals row of all teams.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="168"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="169"/>
        <source>Employee no.</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="170"/>
        <source>Name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="171"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="173"/>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="180"/>
        <source>(version %1)</source>
        <translation>(versión %1)</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="184"/>
        <source>paper record: %1</source>
        <translation>firma en papel: %1</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="191"/>
        <source>OVERDUE</source>
        <translation>FUERA DE PLAZO</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="196"/>
        <source>Sections&apos; review status</source>
        <translation>Estado de revisión de las secciones</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="197"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="198"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="199"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="201"/>
        <source>Due</source>
        <extracomment>Column: the day the section&apos;s next review falls due.</extracomment>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="202"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="210"/>
        <source>Acknowledgement ledger</source>
        <translation>Registro de firmas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/compliancereportrenderer.cpp" line="212"/>
        <source>Verified: all %n signatures in the ledger are sound.</source>
        <translation>
            <numerusform>Verificado: la %n firma del registro está íntegra.</numerusform>
            <numerusform>Verificado: las %n firmas del registro están íntegras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="218"/>
        <source>The ledger FAILED verification:</source>
        <translation>El registro NO HA SUPERADO la verificación:</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="221"/>
        <source>Hash of its last row (SHA-256):</source>
        <translation>Huella de su última fila (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="222"/>
        <source>(the ledger is empty)</source>
        <translation>(el registro está vacío)</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="225"/>
        <source>Compare it with `tenetctl verify` on the database: a ledger that still starts with the same rows ends in the same hash.</source>
        <translation>Compárela con la que da `tenetctl verify` sobre la base de datos: un registro que sigue empezando por las mismas filas termina en la misma huella.</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="256"/>
        <source>Compliance report: %1</source>
        <translation>Informe de cumplimiento: %1</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="279"/>
        <source>%1 · version %2 · compliance report on %3</source>
        <extracomment>The running header: &quot;Code of Practice · version 3 · compliance report on 01/06/2026&quot;.</extracomment>
        <translation>%1 · versión %2 · informe de cumplimiento a %3</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="293"/>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="308"/>
        <source>Acknowledgements of version %1 on %2</source>
        <translation>Constancias de lectura de la versión %1 a %2</translation>
    </message>
</context>
<context>
    <name>DashboardCsv</name>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="22"/>
        <source>signature expired</source>
        <extracomment>A person whose signature is older than the attestation period allows.</extracomment>
        <translation>firma caducada</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="24"/>
        <source>overdue</source>
        <translation>fuera de plazo</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="25"/>
        <source>not yet signed</source>
        <translation>pendiente de firma</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="34"/>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="35"/>
        <source>Name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="36"/>
        <location filename="../../src/render/dashboardcsv.cpp" line="84"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="37"/>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="38"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="40"/>
        <source>Due</source>
        <extracomment>Column: the day by which the person must sign.</extracomment>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="41"/>
        <location filename="../../src/render/dashboardcsv.cpp" line="62"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="42"/>
        <location filename="../../src/render/dashboardcsv.cpp" line="61"/>
        <location filename="../../src/render/dashboardcsv.cpp" line="93"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="55"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="56"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="57"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="58"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="60"/>
        <source>Review due</source>
        <extracomment>Column: the day the section&apos;s next review falls due.</extracomment>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="63"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="71"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="83"/>
        <source>Indicator</source>
        <translation>Indicador clave</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="85"/>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="86"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="87"/>
        <source>Period start</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="88"/>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="90"/>
        <source>Direction</source>
        <extracomment>Column: whether the KPI should stay at most or at least at its target.</extracomment>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="91"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="92"/>
        <source>Alert threshold</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="99"/>
        <source>whole organisation</source>
        <translation>toda la organización</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../../src/render/handbookbody.cpp" line="122"/>
        <location filename="../../src/render/htmlexport.cpp" line="210"/>
        <location filename="../../src/render/markdownexport.cpp" line="156"/>
        <source>References: %1</source>
        <translation>Referencias: %1</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookbody.cpp" line="130"/>
        <source>This section has no clauses yet.</source>
        <translation>Esta sección aún no tiene cláusulas.</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookbody.cpp" line="186"/>
        <source>Changes in this version</source>
        <translation>Cambios en esta versión</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="29"/>
        <source>This version is compared with version %1, in force from %2.</source>
        <translation>Esta versión se compara con la versión %1, en vigor desde el %2.</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="32"/>
        <source>The content is the same as in version %1.</source>
        <translation>El contenido es el mismo que el de la versión %1.</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="36"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/handbookchanges.cpp" line="38"/>
        <source>%n clauses added</source>
        <translation>
            <numerusform>%n cláusula añadida</numerusform>
            <numerusform>%n cláusulas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/handbookchanges.cpp" line="39"/>
        <source>%n clauses removed</source>
        <translation>
            <numerusform>%n cláusula suprimida</numerusform>
            <numerusform>%n cláusulas suprimidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/handbookchanges.cpp" line="40"/>
        <source>%n clauses changed</source>
        <translation>
            <numerusform>%n cláusula modificada</numerusform>
            <numerusform>%n cláusulas modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/handbookchanges.cpp" line="41"/>
        <source>%n clauses moved</source>
        <translation>
            <numerusform>%n cláusula trasladada</numerusform>
            <numerusform>%n cláusulas trasladadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/handbookchanges.cpp" line="43"/>
        <source>%n changes to the tables</source>
        <extracomment>Changes to the rows of the sections&apos; tables (escalation tiers, KPIs...).</extracomment>
        <translation>
            <numerusform>%n cambio en las tablas</numerusform>
            <numerusform>%n cambios en las tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/handbookchanges.cpp" line="46"/>
        <source>%n changes to sections&apos; details</source>
        <extracomment>Changes to a section&apos;s purpose, owner or review interval.</extracomment>
        <translation>
            <numerusform>%n cambio en los datos de las secciones</numerusform>
            <numerusform>%n cambios en los datos de las secciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="57"/>
        <source>What changed, section by section</source>
        <translation>Qué ha cambiado, sección por sección</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="69"/>
        <source>Section details changed: %1</source>
        <translation>Datos de la sección modificados: %1</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="78"/>
        <source>%1 %2 — added</source>
        <translation>%1 %2 — añadida</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="81"/>
        <source>%1 %2 — removed</source>
        <translation>%1 %2 — suprimida</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="84"/>
        <source>%1 %2 — changed (%3)</source>
        <translation>%1 %2 — modificada (%3)</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="94"/>
        <source> — moved from %1</source>
        <translation> — trasladada desde %1</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="95"/>
        <source>; moved from %1</source>
        <translation>; trasladada desde %1</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="104"/>
        <source>%1: %2 — added</source>
        <translation>%1: %2 — añadido</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="107"/>
        <source>%1: %2 — removed</source>
        <translation>%1: %2 — suprimido</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="111"/>
        <source>%1: %2 — changed (%3)</source>
        <translation>%1: %2 — modificado (%3)</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="129"/>
        <source>Redline</source>
        <translation>Control de cambios</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="130"/>
        <source>Inserted text is underlined; deleted text is struck through.</source>
        <translation>El texto añadido aparece subrayado y el suprimido, tachado.</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="145"/>
        <source>Purpose: </source>
        <translation>Finalidad: </translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="169"/>
        <source>Strength: </source>
        <translation>Carácter: </translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="182"/>
        <source>References: </source>
        <translation>Referencias: </translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="93"/>
        <location filename="../../src/render/htmlexport.cpp" line="162"/>
        <source>DRAFT</source>
        <extracomment>The watermark across every page of a handbook not yet in force.</extracomment>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="130"/>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="163"/>
        <location filename="../../src/render/htmlexport.cpp" line="169"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="164"/>
        <location filename="../../src/render/htmlexport.cpp" line="170"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="165"/>
        <location filename="../../src/render/htmlexport.cpp" line="171"/>
        <source>Effective date</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="166"/>
        <location filename="../../src/render/htmlexport.cpp" line="172"/>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="167"/>
        <location filename="../../src/render/htmlexport.cpp" line="173"/>
        <source>not yet approved</source>
        <translation>aún sin aprobar</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="185"/>
        <source>About this version</source>
        <translation>Sobre esta versión</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="197"/>
        <location filename="../../src/render/htmlexport.cpp" line="182"/>
        <location filename="../../src/render/markdownexport.cpp" line="138"/>
        <source>This is a draft. It is not in force, and it is not for signing.</source>
        <translation>Esto es un borrador: no está en vigor y no debe firmarse.</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="211"/>
        <location filename="../../src/render/htmlexport.cpp" line="186"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="246"/>
        <location filename="../../src/render/handbookrenderer.cpp" line="341"/>
        <source>Acknowledgement</source>
        <translation>Constancia de lectura</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="253"/>
        <source>I confirm that I have received and read “%1”, version %2, and that I will follow it.</source>
        <translation>Confirmo que he recibido y leído «%1», versión %2, y que lo cumpliré.</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="259"/>
        <source>Full name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="259"/>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="260"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="260"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="271"/>
        <source>Sign by hand and return this page to your manager; it is kept with the record of who acknowledged this version.</source>
        <translation>Firme a mano y entregue esta hoja a su responsable; se archiva junto con el registro de quién ha leído esta versión.</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="397"/>
        <source>Code of practice handbook, version %1 (%2)</source>
        <extracomment>The PDF&apos;s subject: &quot;Code of practice handbook, version 3 (published)&quot;.</extracomment>
        <translation>Manual del código de buenas prácticas, versión %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="29"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="30"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="36"/>
        <source>not yet in force</source>
        <translation>aún no está en vigor</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="43"/>
        <source>Version %1 · %2</source>
        <extracomment>The running header: &quot;Version 3 · Published&quot;.</extracomment>
        <translation>Versión %1 · %2</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="51"/>
        <source>at most %1</source>
        <extracomment>A KPI&apos;s target: &quot;at most 20&quot; (seconds, percent: the unit has its own column).</extracomment>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="52"/>
        <source>at least %1</source>
        <translation>como mínimo %1</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="59"/>
        <source>above %1</source>
        <extracomment>A KPI&apos;s alert threshold: an alert when the value goes above 30.</extracomment>
        <translation>por encima de %1</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="60"/>
        <source>below %1</source>
        <translation>por debajo de %1</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="68"/>
        <source>yes, pass mark %1</source>
        <translation>sí, nota mínima %1</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="76"/>
        <source>everyone</source>
        <extracomment>The roles a training programme applies to, when it names none.</extracomment>
        <translation>toda la plantilla</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="84"/>
        <source>none</source>
        <extracomment>A training programme without a refresher course.</extracomment>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/handbooktext.cpp" line="86"/>
        <source>every %n months</source>
        <extracomment>How often a training programme is refreshed: &quot;every 12 months&quot;.</extracomment>
        <translation>
            <numerusform>cada mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="91"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="91"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="93"/>
        <source>Within</source>
        <extracomment>The time limit of an escalation tier: &quot;Within 4 hours&quot;.</extracomment>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="93"/>
        <source>Action</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="98"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="99"/>
        <source>What is done</source>
        <translation>Qué se hace</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="104"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="104"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="105"/>
        <source>Time limit</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="110"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="111"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="112"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="113"/>
        <source>Final test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="115"/>
        <source>For</source>
        <extracomment>The roles a training programme is for.</extracomment>
        <translation>Dirigido a</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="117"/>
        <source>Refresher</source>
        <extracomment>How often the programme is taken again.</extracomment>
        <translation>Reciclaje</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="122"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="123"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="124"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="125"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="126"/>
        <source>Alert threshold</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="127"/>
        <source>Action when breached</source>
        <translation>Actuación si se supera el umbral</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="132"/>
        <source>Escalation tiers</source>
        <translation>Niveles de escalado</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="137"/>
        <source>Follow-up steps</source>
        <translation>Pasos de seguimiento</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="142"/>
        <source>Complaint stages</source>
        <translation>Fases de la reclamación</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="147"/>
        <source>Training programmes</source>
        <translation>Programas de formación</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="152"/>
        <source>Key performance indicators</source>
        <translation>Indicadores clave (KPI)</translation>
    </message>
    <message>
        <location filename="../../src/render/markdownexport.cpp" line="126"/>
        <source>Clause texts are passed through as their authors wrote them: Markdown, raw HTML and links in them are not filtered. Check them before publishing.</source>
        <translation>Los textos de las cláusulas se copian tal como los escribieron sus autores: no se filtran el Markdown, el HTML ni los enlaces que contengan. Revíselos antes de publicarlos.</translation>
    </message>
    <message>
        <location filename="../../src/render/markdownexport.cpp" line="131"/>
        <source>Effective date: %1</source>
        <translation>Entrada en vigor: %1</translation>
    </message>
    <message>
        <location filename="../../src/render/markdownexport.cpp" line="133"/>
        <source>Approved by: %1</source>
        <translation>Aprobada por: %1</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../src/render/outputlanguage.cpp" line="102"/>
        <source>%1%</source>
        <extracomment>A share in percent; %1 is the number, already written with the language&apos;s decimal mark. Spanish and Lithuanian put a (non-breaking) space before the sign.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../src/render/receipt.cpp" line="32"/>
        <source>I have read and understood version %1.</source>
        <translation>He leído y comprendido la versión %1.</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="35"/>
        <source>I have read and understood version %1 of “%2”.</source>
        <extracomment>What the signature means: &quot;I have read and understood version 3 of “Code”.&quot;</extracomment>
        <translation>He leído y comprendido la versión %1 de «%2».</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="39"/>
        <source>Printed name</source>
        <extracomment>The name printed on the roster, which the person typed to sign.</extracomment>
        <translation>Nombre en la plantilla</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="40"/>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="42"/>
        <source>Signed</source>
        <extracomment>When the person signed.</extracomment>
        <translation>Firmado el</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="44"/>
        <source>Meaning</source>
        <extracomment>What the signature means.</extracomment>
        <translation>Significado de la firma</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="45"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="47"/>
        <source>Ledger row</source>
        <extracomment>The signature&apos;s position in the acknowledgement ledger.</extracomment>
        <translation>Fila del registro de firmas</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="48"/>
        <source>Row hash (SHA-256)</source>
        <translation>Huella de la fila (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="50"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="53"/>
        <source>Comprehension check</source>
        <translation>Prueba de comprensión</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="57"/>
        <source>Paper record</source>
        <extracomment>A signature a manager entered from a signed paper form, and why.</extracomment>
        <translation>Firma en papel</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="66"/>
        <location filename="../../src/render/receipt.cpp" line="84"/>
        <source>Receipt of your signature</source>
        <translation>Justificante de su firma</translation>
    </message>
    <message>
        <location filename="../../src/render/receipt.cpp" line="74"/>
        <source>The row hash lets an auditor find this signature in the ledger and check that it has not been changed.</source>
        <translation>Con la huella de la fila, un auditor puede localizar esta firma en el registro y comprobar que no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="76"/>
        <source>The two versions have the same content: nothing to show.</source>
        <translation>Las dos versiones tienen el mismo contenido: no hay cambios que mostrar.</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="89"/>
        <source>Inserted</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="93"/>
        <source>Deleted</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="127"/>
        <source>Version %1 (published %2)</source>
        <translation>Versión %1 (publicada el %2)</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="131"/>
        <source>Version %1 (%2, published %3)</source>
        <translation>Versión %1 (%2, publicada el %3)</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="134"/>
        <source>Version %1 (%2, started %3)</source>
        <translation>Versión %1 (%2, iniciada el %3)</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="136"/>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="142"/>
        <source>Changes from version %1 to version %2</source>
        <translation>Cambios de la versión %1 a la versión %2</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="149"/>
        <source>How to read this: %1 is underlined and green; %2 is struck through and red. A clause added or removed is marked whole; a moved clause is labelled with the number it had before.</source>
        <translation>Cómo leerlo: el %1 aparece subrayado en verde y el %2, tachado en rojo. Una cláusula añadida o suprimida se marca entera; una cláusula trasladada lleva el número que tenía antes.</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="152"/>
        <source>inserted text</source>
        <translation>texto añadido</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="152"/>
        <source>deleted text</source>
        <translation>texto suprimido</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="187"/>
        <source>Section details</source>
        <translation>Datos de la sección</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="189"/>
        <source>Changed: %1</source>
        <translation>Modificado: %1</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="192"/>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="197"/>
        <source>every %1 days</source>
        <translation>cada %1 días</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="198"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="201"/>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="203"/>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="210"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="226"/>
        <location filename="../../src/render/redlinehtml.cpp" line="315"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="231"/>
        <location filename="../../src/render/redlinehtml.cpp" line="318"/>
        <source>Removed</source>
        <translation>Suprimida</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="238"/>
        <location filename="../../src/render/redlinehtml.cpp" line="322"/>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="240"/>
        <source>Moved from %1</source>
        <translation>Trasladada desde %1</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="250"/>
        <source>moved from %1 to %2</source>
        <translation>trasladada de %1 a %2</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="252"/>
        <source>was %1</source>
        <translation>antes %1</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="254"/>
        <source>changed: %1</source>
        <translation>modificado: %1</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="274"/>
        <source>Strength:</source>
        <extracomment>Before the change of a clause from a firm rule to guidance or back.</extracomment>
        <translation>Carácter:</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="298"/>
        <source>References:</source>
        <translation>Referencias:</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="361"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="362"/>
        <location filename="../../src/render/redlinehtml.cpp" line="363"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../src/render/remindermail.cpp" line="13"/>
        <source>Please sign version %1 of %2</source>
        <extracomment>The reminder&apos;s subject: &quot;Please sign version 3 of Code of Practice&quot;.</extracomment>
        <translation>Firme la versión %1 de %2, por favor</translation>
    </message>
    <message>
        <location filename="../../src/render/remindermail.cpp" line="17"/>
        <source>Hello,

Version %1 of %2 has been in force since %3 and we do not have your signature yet. Please sign in to Tenet, read it and sign it.

Thank you.</source>
        <extracomment>The reminder&apos;s body; %3 is the day the version came into force.</extracomment>
        <translation>Hola:

La versión %1 de %2 está en vigor desde el %3 y aún no consta su firma. Identifíquese en Tenet, léala y fírmela, por favor.

Gracias.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="11"/>
        <source>MUST</source>
        <extracomment>The badge of a firm rule in a clause heading; the glossary&apos;s MUST.</extracomment>
        <translation>DEBE</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="13"/>
        <source>SHOULD</source>
        <translation>DEBERÍA</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="20"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="22"/>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="24"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="26"/>
        <source>Published</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="28"/>
        <source>Superseded</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="30"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="40"/>
        <source>draft</source>
        <extracomment>A version&apos;s state inside a sentence: &quot;version 3 (draft)&quot;.</extracomment>
        <translation>borrador</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="42"/>
        <source>in review</source>
        <translation>en revisión</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="44"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="46"/>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="48"/>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="50"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="59"/>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="61"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="63"/>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="66"/>
        <source>quality</source>
        <extracomment>The role of quality-assurance staff.</extracomment>
        <translation>calidad</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="68"/>
        <source>trainer</source>
        <translation>formador</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="91"/>
        <source>at most</source>
        <extracomment>A KPI that is good when low: its value should be at most the target.</extracomment>
        <translation>como máximo</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="92"/>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="100"/>
        <source>current</source>
        <extracomment>A section whose review is up to date.</extracomment>
        <translation>al día</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="102"/>
        <source>due soon</source>
        <translation>próxima a vencer</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="105"/>
        <source>stale</source>
        <extracomment>A section whose review is overdue (glossary: stale).</extracomment>
        <translation>revisión vencida</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="107"/>
        <source>not scheduled</source>
        <translation>sin programar</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="116"/>
        <source>on target</source>
        <translation>en objetivo</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="118"/>
        <source>off target</source>
        <translation>fuera de objetivo</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="121"/>
        <source>breached</source>
        <extracomment>A KPI past its alert threshold.</extracomment>
        <translation>umbral de alerta superado</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="123"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="130"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="130"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
</TS>
