<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Changes</name>
    <message>
        <location filename="../../src/render/changetext.cpp" line="+23"/>
        <source>the title</source>
        <extracomment>A field that changed, in &quot;changed (the title, the text)&quot;.</extracomment>
        <translation>el título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the strength</source>
        <extracomment>Whether a clause is a MUST or a SHOULD.</extracomment>
        <translation>el carácter (DEBE o DEBERÍA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the references</source>
        <translation>las referencias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the purpose</source>
        <translation>la finalidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the owner</source>
        <translation>el responsable de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review interval</source>
        <translation>la periodicidad de revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the role</source>
        <translation>el puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time limit</source>
        <translation>el plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the action</source>
        <translation>la actuación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hours</source>
        <translation>las horas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the objectives</source>
        <translation>los objetivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the final test</source>
        <translation>la prueba final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pass mark</source>
        <translation>la nota mínima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roles</source>
        <translation>los puestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the refresher</source>
        <translation>el reciclaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the definition</source>
        <translation>la definición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit</source>
        <translation>la unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the direction</source>
        <translation>el sentido del objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target</source>
        <translation>el objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the alert threshold</source>
        <translation>el umbral de alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a detail</source>
        <translation>un dato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>version %1 (%2)</source>
        <extracomment>&quot;version 3 (draft)&quot;</extracomment>
        <translation>versión %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added</source>
        <extracomment>What happened to a clause or a table row between two versions.</extracomment>
        <translation>Añadida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Suprimida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved and changed</source>
        <translation>Trasladada y modificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved</source>
        <translation>Trasladada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Escalation tier</source>
        <translation>Nivel de escalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up step</source>
        <translation>Paso de seguimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint stage</source>
        <translation>Fase de la reclamación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training programme</source>
        <translation>Programa de formación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <extracomment>A key performance indicator, as a row of the metrics table.</extracomment>
        <translation>Indicador clave</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added, %2 removed, %3 changed, %4 moved</source>
        <extracomment>The counts of clauses added, removed, changed and moved between two versions.</extracomment>
        <translation>%1 añadidas, %2 suprimidas, %3 modificadas, %4 trasladadas</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n table rows changed</source>
        <translation>
            <numerusform>%n fila de tabla modificada</numerusform>
            <numerusform>%n filas de tabla modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>details of %n sections changed</source>
        <translation>
            <numerusform>datos de %n sección modificados</numerusform>
            <numerusform>datos de %n secciones modificados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="+25"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Time limit</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Action</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final test</source>
        <translation>Prueba final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass mark</source>
        <translation>Nota mínima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Puestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresher</source>
        <translation>Reciclaje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert threshold</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action when breached</source>
        <translation>Actuación si se supera el umbral</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="+84"/>
        <location line="+33"/>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>employee_no</source>
        <extracomment>CSV heading. The English stays a name for scripts; write a heading for people.</extracomment>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed_version</source>
        <extracomment>CSV heading: the version the person&apos;s counting signature is of.</extracomment>
        <translation>Versión firmada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed_at</source>
        <extracomment>CSV heading: when the person signed, in UTC.</extracomment>
        <translation>Fecha de firma (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper_record</source>
        <extracomment>CSV heading: why a manager entered the signature from paper.</extracomment>
        <translation>Firma en papel</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+26"/>
        <source>Seal of the database</source>
        <translation>Sello de la base de datos</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>To check that the database still continues the one this report was made from, save the seal as a text file and run tenetctl verify --seal FILE on the database.</source>
        <extracomment>How to check a seal; keep the command as it is.</extracomment>
        <translation>Para comprobar que la base de datos sigue siendo la continuación de aquella con la que se hizo este informe, guarde el sello en un archivo de texto y ejecute tenetctl verify --seal ARCHIVO sobre la base de datos.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Compliance report</source>
        <translation>Informe de cumplimiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, version %2 (in force), published %3.</source>
        <translation>%1, versión %2 (en vigor), publicada el %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2 (no longer in force), published %3.</source>
        <translation>%1, versión %2 (ya no está en vigor), publicada el %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status on %1; report made %2.</source>
        <translation>Situación a %1; informe generado el %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n people signed; %2 not signed, of whom %3 overdue.</source>
        <extracomment>%n people must sign; %1 of them signed, %2 did not, %3 of those are overdue.</extracomment>
        <translation>
            <numerusform>Ha firmado %1 de %n persona; %2 sin firmar, de las que %3 están fuera de plazo.</numerusform>
            <numerusform>Han firmado %1 de %n personas; %2 sin firmar, de las que %3 están fuera de plazo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Totals per team</source>
        <translation>Totales por equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Must sign</source>
        <extracomment>Column: how many people of the team must sign.</extracomment>
        <translation>Deben firmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Overdue</source>
        <translation>Fuera de plazo</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All</source>
        <extracomment>The totals row of all teams.</extracomment>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee no.</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(version %1)</source>
        <translation>(versión %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paper record: %1</source>
        <translation>firma en papel: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OVERDUE</source>
        <translation>FUERA DE PLAZO</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections&apos; review status</source>
        <translation>Estado de revisión de las secciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <extracomment>Column: the day the section&apos;s next review falls due.</extracomment>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledgement ledger</source>
        <translation>Registro de firmas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Verified: all %n signatures in the ledger are sound.</source>
        <translation>
            <numerusform>Verificado: la única firma del registro está íntegra.</numerusform>
            <numerusform>Verificado: las %n firmas del registro están íntegras.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger FAILED verification:</source>
        <translation>El registro NO HA SUPERADO la verificación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hash of its last row (SHA-256):</source>
        <translation>Huella de su última fila (SHA-256):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the ledger is empty)</source>
        <translation>(el registro está vacío)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with `tenetctl verify` on the database: a ledger that still starts with the same rows ends in the same hash.</source>
        <translation>Compárela con la que da `tenetctl verify` sobre la base de datos: un registro que sigue empezando por las mismas filas termina en la misma huella.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Compliance report: %1</source>
        <translation>Informe de cumplimiento: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · version %2 · compliance report on %3</source>
        <extracomment>The running header: &quot;Code of Practice · version 3 · compliance report on 01/06/2026&quot;.</extracomment>
        <translation>%1 · versión %2 · informe de cumplimiento a %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Acknowledgements of version %1 on %2</source>
        <translation>Constancias de lectura de la versión %1 a %2</translation>
    </message>
</context>
<context>
    <name>DashboardCsv</name>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="+22"/>
        <source>signature expired</source>
        <extracomment>A person whose signature is older than the attestation period allows.</extracomment>
        <translation>firma caducada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>fuera de plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet signed</source>
        <translation>pendiente de firma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Site</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <extracomment>Column: the day by which the person must sign.</extracomment>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+19"/>
        <location line="+30"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due</source>
        <extracomment>Column: the day the section&apos;s next review falls due.</extracomment>
        <translation>Próxima revisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indicator</source>
        <translation>Indicador clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest value</source>
        <translation>Último valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period start</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <extracomment>Column: whether the KPI should stay at most or at least at its target.</extracomment>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert threshold</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>whole organisation</source>
        <translation>toda la organización</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../../src/render/handbookbody.cpp" line="+123"/>
        <location filename="../../src/render/htmlexport.cpp" line="+219"/>
        <location filename="../../src/render/markdownexport.cpp" line="+171"/>
        <source>References: %1</source>
        <translation>Referencias: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This section has no clauses yet.</source>
        <translation>Esta sección aún no tiene cláusulas.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Changes in this version</source>
        <translation>Cambios en esta versión</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="+30"/>
        <source>This version is compared with version %1, in force from %2.</source>
        <translation>Esta versión se compara con la versión %1, en vigor desde el %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The content is the same as in version %1.</source>
        <translation>El contenido es el mismo que el de la versión %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clauses added</source>
        <translation>
            <numerusform>%n cláusula añadida</numerusform>
            <numerusform>%n cláusulas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clauses removed</source>
        <translation>
            <numerusform>%n cláusula suprimida</numerusform>
            <numerusform>%n cláusulas suprimidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clauses changed</source>
        <translation>
            <numerusform>%n cláusula modificada</numerusform>
            <numerusform>%n cláusulas modificadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clauses moved</source>
        <translation>
            <numerusform>%n cláusula trasladada</numerusform>
            <numerusform>%n cláusulas trasladadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes to the tables</source>
        <extracomment>Changes to the rows of the sections&apos; tables (escalation tiers, KPIs...).</extracomment>
        <translation>
            <numerusform>%n cambio en las tablas</numerusform>
            <numerusform>%n cambios en las tablas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n changes to sections&apos; details</source>
        <extracomment>Changes to a section&apos;s purpose, owner or review interval.</extracomment>
        <translation>
            <numerusform>%n cambio en los datos de las secciones</numerusform>
            <numerusform>%n cambios en los datos de las secciones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What changed, section by section</source>
        <translation>Qué ha cambiado, sección por sección</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Section details changed: %1</source>
        <translation>Datos de la sección modificados: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 — added</source>
        <translation>%1 %2 — añadida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 — removed</source>
        <translation>%1 %2 — suprimida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 — changed (%3)</source>
        <translation>%1 %2 — modificada (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> — moved from %1</source>
        <translation> — trasladada desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; moved from %1</source>
        <translation>; trasladada desde %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 — added</source>
        <translation>%1: %2 — añadido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 — removed</source>
        <translation>%1: %2 — suprimido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 — changed (%3)</source>
        <translation>%1: %2 — modificado (%3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redline</source>
        <translation>Control de cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inserted text is underlined; deleted text is struck through.</source>
        <translation>El texto añadido aparece subrayado y el suprimido, tachado.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Purpose: </source>
        <translation>Finalidad: </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Strength: </source>
        <translation>Carácter: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>References: </source>
        <translation>Referencias: </translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="+93"/>
        <location filename="../../src/render/htmlexport.cpp" line="-50"/>
        <source>DRAFT</source>
        <extracomment>The watermark across every page of a handbook not yet in force.</extracomment>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../src/render/htmlexport.cpp" line="+7"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/render/htmlexport.cpp" line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/render/htmlexport.cpp" line="+1"/>
        <source>Effective date</source>
        <translation>Entrada en vigor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/render/htmlexport.cpp" line="+1"/>
        <source>Approved by</source>
        <translation>Aprobada por</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/render/htmlexport.cpp" line="+1"/>
        <source>not yet approved</source>
        <translation>aún sin aprobar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About this version</source>
        <translation>Sobre esta versión</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/render/htmlexport.cpp" line="+10"/>
        <location filename="../../src/render/markdownexport.cpp" line="-20"/>
        <source>This is a draft. It is not in force, and it is not for signing.</source>
        <translation>Esto es un borrador: no está en vigor y no debe firmarse.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../src/render/htmlexport.cpp" line="+5"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+103"/>
        <source>Acknowledgement</source>
        <translation>Constancia de lectura</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>I confirm that I have received and read “%1”, version %2, and that I will follow it.</source>
        <translation>Confirmo que he recibido y leído «%1», versión %2, y que lo cumpliré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Full name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign by hand and return this page to your manager; it is kept with the record of who acknowledged this version.</source>
        <translation>Firme a mano y entregue esta hoja a su responsable; se archiva junto con el registro de quién ha leído esta versión.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Code of practice handbook, version %1 (%2)</source>
        <extracomment>The PDF&apos;s subject: &quot;Code of practice handbook, version 3 (published)&quot;.</extracomment>
        <translation>Manual del código de buenas prácticas, versión %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="+29"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours</source>
        <translation>%1 horas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not yet in force</source>
        <translation>aún no está en vigor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 · %2</source>
        <extracomment>The running header: &quot;Version 3 · Published&quot;.</extracomment>
        <translation>Versión %1 · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at most %1</source>
        <extracomment>A KPI&apos;s target: &quot;at most 20&quot; (seconds, percent: the unit has its own column).</extracomment>
        <translation>como máximo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1</source>
        <translation>como mínimo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>above %1</source>
        <extracomment>A KPI&apos;s alert threshold: an alert when the value goes above 30.</extracomment>
        <translation>por encima de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below %1</source>
        <translation>por debajo de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes, pass mark %1</source>
        <translation>sí, nota mínima %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>everyone</source>
        <extracomment>The roles a training programme applies to, when it names none.</extracomment>
        <translation>toda la plantilla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <extracomment>A training programme without a refresher course.</extracomment>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n months</source>
        <extracomment>How often a training programme is refreshed: &quot;every 12 months&quot;.</extracomment>
        <translation>
            <numerusform>cada mes</numerusform>
            <numerusform>cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within</source>
        <extracomment>The time limit of an escalation tier: &quot;Within 4 hours&quot;.</extracomment>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Actuación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is done</source>
        <translation>Qué se hace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+2"/>
        <source>Refresher</source>
        <extracomment>How often the programme is taken again.</extracomment>
        <translation>Reciclaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert threshold</source>
        <translation>Umbral de alerta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action when breached</source>
        <translation>Actuación si se supera el umbral</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalation tiers</source>
        <translation>Niveles de escalado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up steps</source>
        <translation>Pasos de seguimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaint stages</source>
        <translation>Fases de la reclamación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training programmes</source>
        <translation>Programas de formación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key performance indicators</source>
        <translation>Indicadores clave (KPI)</translation>
    </message>
    <message>
        <location filename="../../src/render/markdownexport.cpp" line="-15"/>
        <source>Clause texts are passed through as their authors wrote them: Markdown, raw HTML and links in them are not filtered. Check them before publishing.</source>
        <translation>Los textos de las cláusulas se copian tal como los escribieron sus autores: no se filtran el Markdown, el HTML ni los enlaces que contengan. Revíselos antes de publicarlos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Effective date: %1</source>
        <translation>Entrada en vigor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by: %1</source>
        <translation>Aprobada por: %1</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../src/render/outputlanguage.cpp" line="+101"/>
        <source>%1%</source>
        <extracomment>A share in percent; %1 is the number, already written with the language&apos;s decimal mark. Spanish and Lithuanian put a (non-breaking) space before the sign.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../src/render/receipt.cpp" line="+32"/>
        <source>I have read and understood version %1.</source>
        <translation>He leído y comprendido la versión %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have read and understood version %1 of “%2”.</source>
        <extracomment>What the signature means: &quot;I have read and understood version 3 of “Code”.&quot;</extracomment>
        <translation>He leído y comprendido la versión %1 de «%2».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed name</source>
        <extracomment>The name printed on the roster, which the person typed to sign.</extracomment>
        <translation>Nombre en la plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Número de empleado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <extracomment>When the person signed.</extracomment>
        <translation>Firmado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <extracomment>What the signature means.</extracomment>
        <translation>Significado de la firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger row</source>
        <extracomment>The signature&apos;s position in the acknowledgement ledger.</extracomment>
        <translation>Fila del registro de firmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row hash (SHA-256)</source>
        <translation>Huella de la fila (SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comprehension check</source>
        <translation>Prueba de comprensión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper record</source>
        <extracomment>A signature a manager entered from a signed paper form, and why.</extracomment>
        <translation>Firma en papel</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Receipt of your signature</source>
        <translation>Justificante de su firma</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The row hash lets an auditor find this signature in the ledger and check that it has not been changed.</source>
        <translation>Con la huella de la fila, un auditor puede localizar esta firma en el registro y comprobar que no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="+77"/>
        <source>The two versions have the same content: nothing to show.</source>
        <translation>Las dos versiones tienen el mismo contenido: no hay cambios que mostrar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inserted</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted</source>
        <translation>Suprimido</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Version %1 (published %2)</source>
        <translation>Versión %1 (publicada el %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 (%2, published %3)</source>
        <translation>Versión %1 (%2, publicada el %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 (%2, started %3)</source>
        <translation>Versión %1 (%2, iniciada el %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 (%2)</source>
        <translation>Versión %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes from version %1 to version %2</source>
        <translation>Cambios de la versión %1 a la versión %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How to read this: %1 is underlined and green; %2 is struck through and red. A clause added or removed is marked whole; a moved clause is labelled with the number it had before.</source>
        <translation>Cómo leerlo: el %1 aparece subrayado en verde y el %2, tachado en rojo. Una cláusula añadida o suprimida se marca entera; una cláusula trasladada lleva el número que tenía antes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inserted text</source>
        <translation>texto añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted text</source>
        <translation>texto suprimido</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Section details</source>
        <translation>Datos de la sección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: %1</source>
        <translation>Modificado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every %1 days</source>
        <translation>cada %1 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+95"/>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>Removed</source>
        <translation>Suprimida</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+90"/>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Moved from %1</source>
        <translation>Trasladada desde %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>moved from %1 to %2</source>
        <translation>trasladada de %1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>was %1</source>
        <translation>antes %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation>modificado: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Strength:</source>
        <extracomment>Before the change of a clause from a firm rule to guidance or back.</extracomment>
        <translation>Carácter:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>References:</source>
        <translation>Referencias:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../src/render/remindermail.cpp" line="+13"/>
        <source>Please sign version %1 of %2</source>
        <extracomment>The reminder&apos;s subject: &quot;Please sign version 3 of Code of Practice&quot;.</extracomment>
        <translation>Firme la versión %1 de %2, por favor</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../src/render/outputwords.cpp" line="+11"/>
        <source>MUST</source>
        <extracomment>The badge of a firm rule in a clause heading; the glossary&apos;s MUST.</extracomment>
        <translation>DEBE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHOULD</source>
        <translation>DEBERÍA</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+10"/>
        <source>draft</source>
        <extracomment>A version&apos;s state inside a sentence: &quot;version 3 (draft)&quot;.</extracomment>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in review</source>
        <translation>en revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>superseded</source>
        <translation>sustituida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quality</source>
        <extracomment>The role of quality-assurance staff.</extracomment>
        <translation>calidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trainer</source>
        <translation>formador</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>at most</source>
        <extracomment>A KPI that is good when low: its value should be at most the target.</extracomment>
        <translation>como máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least</source>
        <translation>como mínimo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>current</source>
        <extracomment>A section whose review is up to date.</extracomment>
        <translation>al día</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due soon</source>
        <translation>próxima a vencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stale</source>
        <extracomment>A section whose review is overdue (glossary: stale).</extracomment>
        <translation>revisión vencida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scheduled</source>
        <translation>sin programar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>on target</source>
        <translation>en objetivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off target</source>
        <translation>fuera de objetivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>breached</source>
        <extracomment>A KPI past its alert threshold.</extracomment>
        <translation>umbral de alerta superado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
</TS>
