<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>Changes</name>
    <message>
        <location filename="../../src/render/changetext.cpp" line="+23"/>
        <source>the title</source>
        <extracomment>A field that changed, in &quot;changed (the title, the text)&quot;.</extracomment>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the text</source>
        <translation>tekstas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the strength</source>
        <extracomment>Whether a clause is a MUST or a SHOULD.</extracomment>
        <translation>privalomumas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the references</source>
        <translation>nuorodos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the purpose</source>
        <translation>paskirtis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the owner</source>
        <translation>atsakingas asmuo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the review interval</source>
        <translation>peržiūros dažnumas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the role</source>
        <translation>pareigos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time limit</source>
        <translation>terminas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the action</source>
        <translation>veiksmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name</source>
        <translation>pavadinimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hours</source>
        <translation>valandos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the objectives</source>
        <translation>tikslai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the final test</source>
        <translation>baigiamasis testas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the pass mark</source>
        <translation>išlaikymo riba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the roles</source>
        <translation>pareigybės</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the refresher</source>
        <translation>kvalifikacijos atnaujinimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the definition</source>
        <translation>apibrėžimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit</source>
        <translation>matavimo vienetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the direction</source>
        <translation>tikslo kryptis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the target</source>
        <translation>tikslas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the alert threshold</source>
        <translation>įspėjimo riba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a detail</source>
        <translation>kiti duomenys</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>version %1 (%2)</source>
        <extracomment>&quot;version 3 (draft)&quot;</extracomment>
        <translation>%1 versija (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Added</source>
        <extracomment>What happened to a clause or a table row between two versions.</extracomment>
        <translation>Pridėta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed</source>
        <translation>Pašalinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved and changed</source>
        <translation>Perkelta ir pakeista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Pakeista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved</source>
        <translation>Perkelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Nepakeista</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Escalation tier</source>
        <translation>Eskalavimo lygis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up step</source>
        <translation>Tolesnis veiksmas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint stage</source>
        <translation>Skundo nagrinėjimo etapas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training programme</source>
        <translation>Mokymo programa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator</source>
        <extracomment>A key performance indicator, as a row of the metrics table.</extracomment>
        <translation>Veiklos rodiklis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added, %2 removed, %3 changed, %4 moved</source>
        <extracomment>The counts of clauses added, removed, changed and moved between two versions.</extracomment>
        <translation>pridėta: %1, pašalinta: %2, pakeista: %3, perkelta: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n table rows changed</source>
        <translation>
            <numerusform>pakeista %n lentelės eilutė</numerusform>
            <numerusform>pakeistos %n lentelės eilutės</numerusform>
            <numerusform>pakeista %n lentelės eilučių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>details of %n sections changed</source>
        <translation>
            <numerusform>pakeisti %n skyriaus duomenys</numerusform>
            <numerusform>pakeisti %n skyrių duomenys</numerusform>
            <numerusform>pakeisti %n skyrių duomenys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/render/itemfields.cpp" line="+25"/>
        <source>Tier</source>
        <translation>Lygis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Time limit</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Žingsnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Key</source>
        <translation>Raktas</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Id</source>
        <translation>Identifikatorius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Valandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Tikslai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final test</source>
        <translation>Baigiamasis testas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass mark</source>
        <translation>Išlaikymo riba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Pareigybės</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresher</source>
        <translation>Kvalifikacijos atnaujinimas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Direction</source>
        <translation>Kryptis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert threshold</source>
        <translation>Įspėjimo riba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Matavimo vienetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Apibrėžimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action when breached</source>
        <translation>Veiksmai peržengus ribą</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <location filename="../../src/render/compliancereportrenderer.cpp" line="+84"/>
        <location line="+33"/>
        <source>not signed</source>
        <translation>nepasirašyta</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>employee_no</source>
        <extracomment>CSV heading. The English stays a name for scripts; write a heading for people.</extracomment>
        <translation>Darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>site</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed_version</source>
        <extracomment>CSV heading: the version the person&apos;s counting signature is of.</extracomment>
        <translation>Pasirašyta versija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed_at</source>
        <extracomment>CSV heading: when the person signed, in UTC.</extracomment>
        <translation>Pasirašymo laikas (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper_record</source>
        <extracomment>CSV heading: why a manager entered the signature from paper.</extracomment>
        <translation>Pasirašyta popieriuje</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+26"/>
        <source>Seal of the database</source>
        <translation>Duomenų bazės antspaudas</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>To check that the database still continues the one this report was made from, save the seal as a text file and run tenetctl verify --seal FILE on the database.</source>
        <extracomment>How to check a seal; keep the command as it is.</extracomment>
        <translation>Norėdami patikrinti, ar duomenų bazė tebėra tos, iš kurios parengta ši ataskaita, tęsinys, išsaugokite antspaudą tekstiniame faile ir paleiskite duomenų bazei komandą tenetctl verify --seal FAILAS.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Compliance report</source>
        <translation>Atitikties ataskaita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, version %2 (in force), published %3.</source>
        <translation>%1, %2 versija (galiojanti), paskelbta %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2 (no longer in force), published %3.</source>
        <translation>%1, %2 versija (nebegalioja), paskelbta %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status on %1; report made %2.</source>
        <translation>Būklė %1; ataskaita parengta %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n people signed; %2 not signed, of whom %3 overdue.</source>
        <extracomment>%n people must sign; %1 of them signed, %2 did not, %3 of those are overdue.</extracomment>
        <translation>
            <numerusform>Pasirašė %1 iš %n asmens; nepasirašė %2, iš jų pavėlavo %3.</numerusform>
            <numerusform>Pasirašė %1 iš %n asmenų; nepasirašė %2, iš jų pavėlavo %3.</numerusform>
            <numerusform>Pasirašė %1 iš %n asmenų; nepasirašė %2, iš jų pavėlavo %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Totals per team</source>
        <translation>Suvestinė pagal komandas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Must sign</source>
        <extracomment>Column: how many people of the team must sign.</extracomment>
        <translation>Turi pasirašyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Signed</source>
        <translation>Pasirašyta</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Not signed</source>
        <translation>Nepasirašyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>(no team)</source>
        <translation>(be komandos)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All</source>
        <extracomment>The totals row of all teams.</extracomment>
        <translation>Iš viso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>People</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee no.</source>
        <translation>Darbuotojo nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(version %1)</source>
        <translation>(%1 versija)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paper record: %1</source>
        <translation>pasirašyta popieriuje: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OVERDUE</source>
        <translation>PAVĖLUOTA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sections&apos; review status</source>
        <translation>Skyrių peržiūros būklė</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section</source>
        <translation>Skyrius</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Atsakingas asmuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Paskutinė peržiūra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <extracomment>Column: the day the section&apos;s next review falls due.</extracomment>
        <translation>Kita peržiūra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledgement ledger</source>
        <translation>Parašų žurnalas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Verified: all %n signatures in the ledger are sound.</source>
        <translation>
            <numerusform>Patikrinta: %n žurnalo parašas nepakeistas.</numerusform>
            <numerusform>Patikrinta: visi %n žurnalo parašai nepakeisti.</numerusform>
            <numerusform>Patikrinta: visi %n žurnalo parašų nepakeisti.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger FAILED verification:</source>
        <translation>Žurnalas NEPRAĖJO patikros:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hash of its last row (SHA-256):</source>
        <translation>Paskutinės eilutės maiša (SHA-256):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(the ledger is empty)</source>
        <translation>(žurnalas tuščias)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with `tenetctl verify` on the database: a ledger that still starts with the same rows ends in the same hash.</source>
        <translation>Palyginkite ją su `tenetctl verify` rezultatu duomenų bazėje: žurnalas, kuris vis dar prasideda tomis pačiomis eilutėmis, baigiasi ta pačia maiša.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Compliance report: %1</source>
        <translation>Atitikties ataskaita: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 · version %2 · compliance report on %3</source>
        <extracomment>The running header: &quot;Code of Practice · version 3 · compliance report on 01/06/2026&quot;.</extracomment>
        <translation>%1 · %2 versija · atitikties ataskaita, %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>page %1 of %2</source>
        <translation>%1 psl. iš %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Acknowledgements of version %1 on %2</source>
        <translation>%1 versijos susipažinimo patvirtinimai, %2</translation>
    </message>
</context>
<context>
    <name>DashboardCsv</name>
    <message>
        <location filename="../../src/render/dashboardcsv.cpp" line="+22"/>
        <source>signature expired</source>
        <extracomment>A person whose signature is older than the attestation period allows.</extracomment>
        <translation>parašas nebegalioja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>pavėluota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet signed</source>
        <translation>dar nepasirašyta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Employee number</source>
        <translation>Darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Site</source>
        <translation>Padalinys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <extracomment>Column: the day by which the person must sign.</extracomment>
        <translation>Terminas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Days overdue</source>
        <translation>Vėluojama dienų</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+19"/>
        <location line="+30"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Skyrius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Atsakingas asmuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reviewed</source>
        <translation>Paskutinė peržiūra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due</source>
        <extracomment>Column: the day the section&apos;s next review falls due.</extracomment>
        <translation>Kita peržiūra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days left</source>
        <translation>Liko dienų</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Indicator</source>
        <translation>Veiklos rodiklis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest value</source>
        <translation>Paskutinė reikšmė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Matavimo vienetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period start</source>
        <translation>Laikotarpio pradžia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end</source>
        <translation>Laikotarpio pabaiga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direction</source>
        <extracomment>Column: whether the KPI should stay at most or at least at its target.</extracomment>
        <translation>Kryptis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert threshold</source>
        <translation>Įspėjimo riba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>whole organisation</source>
        <translation>visa organizacija</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../../src/render/handbookbody.cpp" line="+123"/>
        <location filename="../../src/render/htmlexport.cpp" line="+219"/>
        <location filename="../../src/render/markdownexport.cpp" line="+171"/>
        <source>References: %1</source>
        <translation>Nuorodos: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This section has no clauses yet.</source>
        <translation>Šiame skyriuje dar nėra punktų.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Changes in this version</source>
        <translation>Šios versijos pakeitimai</translation>
    </message>
    <message>
        <location filename="../../src/render/handbookchanges.cpp" line="+30"/>
        <source>This version is compared with version %1, in force from %2.</source>
        <translation>Ši versija lyginama su %1 versija, galiojusia nuo %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The content is the same as in version %1.</source>
        <translation>Turinys toks pat kaip %1 versijos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clauses added</source>
        <translation>
            <numerusform>Pridėtas %n punktas</numerusform>
            <numerusform>Pridėti %n punktai</numerusform>
            <numerusform>Pridėta %n punktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clauses removed</source>
        <translation>
            <numerusform>Pašalintas %n punktas</numerusform>
            <numerusform>Pašalinti %n punktai</numerusform>
            <numerusform>Pašalinta %n punktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clauses changed</source>
        <translation>
            <numerusform>Pakeistas %n punktas</numerusform>
            <numerusform>Pakeisti %n punktai</numerusform>
            <numerusform>Pakeista %n punktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clauses moved</source>
        <translation>
            <numerusform>Perkeltas %n punktas</numerusform>
            <numerusform>Perkelti %n punktai</numerusform>
            <numerusform>Perkelta %n punktų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes to the tables</source>
        <extracomment>Changes to the rows of the sections&apos; tables (escalation tiers, KPIs...).</extracomment>
        <translation>
            <numerusform>%n lentelių pakeitimas</numerusform>
            <numerusform>%n lentelių pakeitimai</numerusform>
            <numerusform>%n lentelių pakeitimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n changes to sections&apos; details</source>
        <extracomment>Changes to a section&apos;s purpose, owner or review interval.</extracomment>
        <translation>
            <numerusform>%n skyrių duomenų pakeitimas</numerusform>
            <numerusform>%n skyrių duomenų pakeitimai</numerusform>
            <numerusform>%n skyrių duomenų pakeitimų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What changed, section by section</source>
        <translation>Kas pasikeitė, skyrius po skyriaus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Section details changed: %1</source>
        <translation>Pakeisti skyriaus duomenys: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 — added</source>
        <translation>%1 %2 — pridėtas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 — removed</source>
        <translation>%1 %2 — pašalintas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 — changed (%3)</source>
        <translation>%1 %2 — pakeistas (%3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> — moved from %1</source>
        <translation> — perkeltas iš %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; moved from %1</source>
        <translation>; perkeltas iš %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 — added</source>
        <translation>%1: %2 — pridėta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 — removed</source>
        <translation>%1: %2 — pašalinta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 — changed (%3)</source>
        <translation>%1: %2 — pakeista (%3)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Redline</source>
        <translation>Pakeitimų žymėjimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inserted text is underlined; deleted text is struck through.</source>
        <translation>Įterptas tekstas pabrauktas, ištrintas – perbrauktas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Purpose: </source>
        <translation>Paskirtis: </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Strength: </source>
        <translation>Privalomumas: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>References: </source>
        <translation>Nuorodos: </translation>
    </message>
    <message>
        <location filename="../../src/render/handbookrenderer.cpp" line="+93"/>
        <location filename="../../src/render/htmlexport.cpp" line="-50"/>
        <source>DRAFT</source>
        <extracomment>The watermark across every page of a handbook not yet in force.</extracomment>
        <translation>JUODRAŠTIS</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>page %1 of %2</source>
        <translation>%1 psl. iš %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../src/render/htmlexport.cpp" line="+7"/>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/render/htmlexport.cpp" line="+1"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/render/htmlexport.cpp" line="+1"/>
        <source>Effective date</source>
        <translation>Įsigalioja</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/render/htmlexport.cpp" line="+1"/>
        <source>Approved by</source>
        <translation>Patvirtino</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/render/htmlexport.cpp" line="+1"/>
        <source>not yet approved</source>
        <translation>dar nepatvirtinta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About this version</source>
        <translation>Apie šią versiją</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/render/htmlexport.cpp" line="+10"/>
        <location filename="../../src/render/markdownexport.cpp" line="-20"/>
        <source>This is a draft. It is not in force, and it is not for signing.</source>
        <translation>Tai juodraštis: jis negalioja ir nėra skirtas pasirašyti.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../src/render/htmlexport.cpp" line="+5"/>
        <source>Contents</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+103"/>
        <source>Acknowledgement</source>
        <translation>Susipažinimo patvirtinimas</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>I confirm that I have received and read “%1”, version %2, and that I will follow it.</source>
        <translation>Patvirtinu, kad gavau ir perskaičiau „%1“ (%2 versija) ir laikysiuosi jo nuostatų.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Parašas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign by hand and return this page to your manager; it is kept with the record of who acknowledged this version.</source>
        <translation>Pasirašykite ranka ir grąžinkite šį lapą savo vadovui; jis saugomas kartu su įrašu, kas susipažino su šia versija.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Code of practice handbook, version %1 (%2)</source>
        <extracomment>The PDF&apos;s subject: &quot;Code of practice handbook, version 3 (published)&quot;.</extracomment>
        <translation>Elgesio kodekso žinynas, %1 versija (%2)</translation>
    </message>
    <message>
        <location filename="../../src/render/handbooktext.cpp" line="+29"/>
        <source>1 hour</source>
        <translation>1 val.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours</source>
        <translation>%1 val.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not yet in force</source>
        <translation>dar neįsigaliojo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1 · %2</source>
        <extracomment>The running header: &quot;Version 3 · Published&quot;.</extracomment>
        <translation>%1 versija · %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>at most %1</source>
        <extracomment>A KPI&apos;s target: &quot;at most 20&quot; (seconds, percent: the unit has its own column).</extracomment>
        <translation>ne daugiau kaip %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1</source>
        <translation>ne mažiau kaip %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>above %1</source>
        <extracomment>A KPI&apos;s alert threshold: an alert when the value goes above 30.</extracomment>
        <translation>daugiau nei %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below %1</source>
        <translation>mažiau nei %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes, pass mark %1</source>
        <translation>taip, išlaikymo riba %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>everyone</source>
        <extracomment>The roles a training programme applies to, when it names none.</extracomment>
        <translation>visi darbuotojai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <extracomment>A training programme without a refresher course.</extracomment>
        <translation>nėra</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>every %n months</source>
        <extracomment>How often a training programme is refreshed: &quot;every 12 months&quot;.</extracomment>
        <translation>
            <numerusform>kas %n mėnesį</numerusform>
            <numerusform>kas %n mėnesius</numerusform>
            <numerusform>kas %n mėnesių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tier</source>
        <translation>Lygis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within</source>
        <extracomment>The time limit of an escalation tier: &quot;Within 4 hours&quot;.</extracomment>
        <translation>Per</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is done</source>
        <translation>Kas daroma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Valandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objectives</source>
        <translation>Tikslai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final test</source>
        <translation>Baigiamasis testas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For</source>
        <extracomment>The roles a training programme is for.</extracomment>
        <translation>Kam skirta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresher</source>
        <extracomment>How often the programme is taken again.</extracomment>
        <translation>Atnaujinimas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation>Rodiklis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Apibrėžimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Vienetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert threshold</source>
        <translation>Įspėjimo riba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action when breached</source>
        <translation>Veiksmai peržengus ribą</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalation tiers</source>
        <translation>Eskalavimo lygiai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-up steps</source>
        <translation>Tolesni veiksmai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Complaint stages</source>
        <translation>Skundo nagrinėjimo etapai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training programmes</source>
        <translation>Mokymo programos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key performance indicators</source>
        <translation>Veiklos rodikliai (KPI)</translation>
    </message>
    <message>
        <location filename="../../src/render/markdownexport.cpp" line="-15"/>
        <source>Clause texts are passed through as their authors wrote them: Markdown, raw HTML and links in them are not filtered. Check them before publishing.</source>
        <translation>Punktų tekstai perkeliami taip, kaip juos parašė autoriai: juose esantis Markdown, HTML ir nuorodos nefiltruojami. Prieš skelbdami juos patikrinkite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Effective date: %1</source>
        <translation>Įsigalioja: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approved by: %1</source>
        <translation>Patvirtino: %1</translation>
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
        <translation>Perskaičiau ir supratau %1 versiją.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have read and understood version %1 of “%2”.</source>
        <extracomment>What the signature means: &quot;I have read and understood version 3 of “Code”.&quot;</extracomment>
        <translation>Perskaičiau ir supratau „%2“ %1 versiją.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Printed name</source>
        <extracomment>The name printed on the roster, which the person typed to sign.</extracomment>
        <translation>Vardas ir pavardė sąraše</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <extracomment>When the person signed.</extracomment>
        <translation>Pasirašyta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meaning</source>
        <extracomment>What the signature means.</extracomment>
        <translation>Parašo reikšmė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger row</source>
        <extracomment>The signature&apos;s position in the acknowledgement ledger.</extracomment>
        <translation>Parašų žurnalo eilutė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row hash (SHA-256)</source>
        <translation>Eilutės maiša (SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not available</source>
        <translation>nepasiekiama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comprehension check</source>
        <translation>Supratimo patikrinimas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper record</source>
        <extracomment>A signature a manager entered from a signed paper form, and why.</extracomment>
        <translation>Pasirašyta popieriuje</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Receipt of your signature</source>
        <translation>Jūsų parašo pažyma</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The row hash lets an auditor find this signature in the ledger and check that it has not been changed.</source>
        <translation>Pagal eilutės maišą auditorius gali rasti šį parašą žurnale ir patikrinti, kad jis nebuvo pakeistas.</translation>
    </message>
</context>
<context>
    <name>Redline</name>
    <message>
        <location filename="../../src/render/redlinehtml.cpp" line="+77"/>
        <source>The two versions have the same content: nothing to show.</source>
        <translation>Abiejų versijų turinys vienodas: nėra ką rodyti.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inserted</source>
        <translation>Įterpta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted</source>
        <translation>Ištrinta</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Version %1 (published %2)</source>
        <translation>%1 versija (paskelbta %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 (%2, published %3)</source>
        <translation>%1 versija (%2, paskelbta %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 (%2, started %3)</source>
        <translation>%1 versija (%2, pradėta %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1 (%2)</source>
        <translation>%1 versija (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes from version %1 to version %2</source>
        <translation>Pakeitimai nuo %1 iki %2 versijos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How to read this: %1 is underlined and green; %2 is struck through and red. A clause added or removed is marked whole; a moved clause is labelled with the number it had before.</source>
        <translation>Kaip skaityti: %1 pabrauktas žaliai, %2 perbrauktas raudonai. Pridėtas ar pašalintas punktas pažymimas visas; perkeltas punktas pažymimas ankstesniu numeriu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inserted text</source>
        <translation>įterptas tekstas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted text</source>
        <translation>ištrintas tekstas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Section details</source>
        <translation>Skyriaus duomenys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed: %1</source>
        <translation>Pakeista: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purpose:</source>
        <translation>Paskirtis:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every %1 days</source>
        <translation>kas %1 d.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner:</source>
        <translation>Atsakingas asmuo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review:</source>
        <translation>Peržiūra:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(nėra)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+95"/>
        <source>Added</source>
        <translation>Pridėta</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+93"/>
        <source>Removed</source>
        <translation>Pašalinta</translation>
    </message>
    <message>
        <location line="-86"/>
        <location line="+90"/>
        <source>Changed</source>
        <translation>Pakeista</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Moved from %1</source>
        <translation>Perkelta iš %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>moved from %1 to %2</source>
        <translation>perkelta iš %1 į %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>was %1</source>
        <translation>anksčiau %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed: %1</source>
        <translation>pakeista: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Strength:</source>
        <extracomment>Before the change of a clause from a firm rule to guidance or back.</extracomment>
        <translation>Privalomumas:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>References:</source>
        <translation>Nuorodos:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Field</source>
        <translation>Laukas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>%1 versija</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../src/render/remindermail.cpp" line="+13"/>
        <source>Please sign version %1 of %2</source>
        <extracomment>The reminder&apos;s subject: &quot;Please sign version 3 of Code of Practice&quot;.</extracomment>
        <translation>Pasirašykite %2 %1 versiją</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hello,

Version %1 of %2 has been in force since %3 and we do not have your signature yet. Please sign in to Tenet, read it and sign it.

Thank you.</source>
        <extracomment>The reminder&apos;s body; %3 is the day the version came into force.</extracomment>
        <translation>Laba diena,

%2 %1 versija galioja nuo %3, tačiau Jūsų parašo dar neturime. Prisijunkite prie Tenet, perskaitykite ją ir pasirašykite.

Ačiū.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../src/render/outputwords.cpp" line="+11"/>
        <source>MUST</source>
        <extracomment>The badge of a firm rule in a clause heading; the glossary&apos;s MUST.</extracomment>
        <translation>PRIVALOMA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHOULD</source>
        <translation>REKOMENDUOJAMA</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Draft</source>
        <translation>Juodraštis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>Peržiūrima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Patvirtinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Paskelbta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Pakeista nauja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Atšaukta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>draft</source>
        <extracomment>A version&apos;s state inside a sentence: &quot;version 3 (draft)&quot;.</extracomment>
        <translation>juodraštis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in review</source>
        <translation>peržiūrima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved</source>
        <translation>patvirtinta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published</source>
        <translation>paskelbta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>superseded</source>
        <translation>pakeista nauja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrawn</source>
        <translation>atšaukta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>agent</source>
        <translation>konsultantas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisor</source>
        <translation>komandos vadovas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>vadovas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quality</source>
        <extracomment>The role of quality-assurance staff.</extracomment>
        <translation>kokybės specialistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trainer</source>
        <translation>instruktorius</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>at most</source>
        <extracomment>A KPI that is good when low: its value should be at most the target.</extracomment>
        <translation>ne daugiau kaip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least</source>
        <translation>ne mažiau kaip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>current</source>
        <extracomment>A section whose review is up to date.</extracomment>
        <translation>galioja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due soon</source>
        <translation>netrukus baigsis terminas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stale</source>
        <extracomment>A section whose review is overdue (glossary: stale).</extracomment>
        <translation>pasibaigęs peržiūros terminas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not scheduled</source>
        <translation>nesuplanuota</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>on target</source>
        <translation>tikslas pasiektas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off target</source>
        <translation>tikslas nepasiektas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>breached</source>
        <extracomment>A KPI past its alert threshold.</extracomment>
        <translation>peržengta įspėjimo riba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no data</source>
        <translation>duomenų nėra</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
</context>
</TS>
