<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../ui/reading_checkdialog.ui" line="+9"/>
        <source>Comprehension Check</source>
        <translation>Supratimo patikrinimas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comprehension check</source>
        <translation>Supratimo patikrinimas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About the check</source>
        <translation>Apie patikrinimą</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions</source>
        <translation>Klausimai</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your result</source>
        <translation>Jūsų rezultatas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Check My Answers</source>
        <translation>&amp;Tikrinti atsakymus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Bandyti dar kartą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Continue to Sign…</source>
        <translation>Tęsti ir &amp;pasirašyti…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
</context>
<context>
    <name>CheckEditorDialog</name>
    <message>
        <location filename="../../ui/editor_checkdialog.ui" line="+9"/>
        <source>Comprehension Questions</source>
        <translation>Supratimo patikrinimo klausimai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comprehension questions</source>
        <translation>Supratimo patikrinimo klausimai</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before people sign this version they answer these multiple-choice questions, in a new order each time, and must reach the pass mark. Leave the list empty to ask no questions.</source>
        <translation>Prieš pasirašydami šią versiją darbuotojai atsako į šiuos klausimus su atsakymų variantais (kiekvieną kartą kita tvarka) ir turi pasiekti išlaikymo ribą. Jei klausimų užduoti nereikia, palikite sąrašą tuščią.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Pass mark:</source>
        <translation>Išlaikymo &amp;riba:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pass mark in percent</source>
        <translation>Išlaikymo riba procentais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The share of questions to answer right to pass.</source>
        <translation>Kokią dalį klausimų reikia atsakyti teisingai, kad patikrinimas būtų išlaikytas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Questions:</source>
        <translation>&amp;Klausimai:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Questions</source>
        <translation>Klausimai</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>&amp;Pridėti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a question at the end</source>
        <translation>Pridėti klausimą sąrašo pabaigoje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>Pa&amp;šalinti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected question</source>
        <translation>Pašalinti pasirinktą klausimą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Up</source>
        <translation>&amp;Aukštyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected question up</source>
        <translation>Perkelti pasirinktą klausimą aukštyn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do&amp;wn</source>
        <translation>&amp;Žemyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the selected question down</source>
        <translation>Perkelti pasirinktą klausimą žemyn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Question &amp;text:</source>
        <translation>Klausimo &amp;tekstas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Question text</source>
        <translation>Klausimo tekstas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Choices (tick the one right answer):</source>
        <translation>Atsakymų &amp;variantai (pažymėkite vienintelį teisingą):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choices</source>
        <translation>Atsakymų variantai</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add C&amp;hoice</source>
        <translation>Pridėti varia&amp;ntą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Ch&amp;oice</source>
        <translation>Paša&amp;linti variantą</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Problems to fix</source>
        <translation>Ką reikia pataisyti</translation>
    </message>
</context>
<context>
    <name>ComplianceReportDialog</name>
    <message>
        <location filename="../../ui/dashboard_reportdialog.ui" line="+8"/>
        <source>Compliance Report</source>
        <translation>Atitikties ataskaita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compliance report</source>
        <translation>Atitikties ataskaita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who must sign the version, who signed and when, who is overdue, the totals per team, the sections&apos; reviews and the ledger&apos;s verification, for an auditor.</source>
        <translation>Ataskaita auditoriui: kas turi pasirašyti versiją, kas ir kada pasirašė, kas pavėlavo, bendri skaičiai pagal komandas, skyrių peržiūros ir parašų žurnalo patikrinimo rezultatas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formatas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report format</source>
        <translation>Ataskaitos formatas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF to hand to an auditor, or a CSV file (UTF-8) for a spreadsheet</source>
        <translation>PDF dokumentas auditoriui arba CSV failas (UTF-8) skaičiuoklei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versija:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which published version the report judges: the version in force, or an earlier one by the signatures made up to it</source>
        <translation>Kurią paskelbtą versiją vertina ataskaita: galiojančią arba ankstesnę – pagal iki jos surinktus parašus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>Fai&amp;las:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report file</source>
        <translation>Ataskaitos failas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file to write; an existing file is replaced</source>
        <translation>Failas, į kurį bus įrašyta ataskaita; esamas failas bus pakeistas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>Pasirin&amp;kti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose report file</source>
        <translation>Pasirinkti ataskaitos failą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick where to save the report</source>
        <translation>Pasirinkite, kur įrašyti ataskaitą</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open when done</source>
        <translation>&amp;Atidaryti baigus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open when done</source>
        <translation>Atidaryti baigus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the report in the system&apos;s viewer once it is written</source>
        <translation>Įrašius ataskaitą, atidaryti ją sistemos žiūryklėje</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <location filename="../../ui/startup_connectserverdialog.ui" line="+9"/>
        <source>Connect to Server</source>
        <translation>Prisijungimas prie serverio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a database server</source>
        <translation>Prisijungimas prie duomenų bazių serverio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an organisation kept in a database on a PostgreSQL server. An empty field leaves the choice to the server&apos;s defaults.</source>
        <translation>Atidarykite organizaciją, laikomą PostgreSQL serverio duomenų bazėje. Tuščiam laukui serveris naudoja savo numatytąją reikšmę.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveris:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server</source>
        <translation>Serveris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s name or address, or the folder holding its socket on this computer (for example /var/run/postgresql). Empty: a server on this computer.</source>
        <translation>Serverio vardas ar adresas arba šio kompiuterio aplankas, kuriame yra serverio lizdas (pavyzdžiui, /var/run/postgresql). Tuščias laukas – serveris šiame kompiuteryje.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Port:</source>
        <translation>&amp;Prievadas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port</source>
        <translation>Prievadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s port; the lowest value leaves it to the default, 5432.</source>
        <translation>Serverio prievadas; mažiausia reikšmė reiškia numatytąjį prievadą 5432.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Default (5432)</source>
        <translation>Numatytasis (5432)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Database:</source>
        <translation>&amp;Duomenų bazė:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Database</source>
        <translation>Duomenų bazė</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database on the server that holds the organisation.</source>
        <translation>Serverio duomenų bazė, kurioje laikoma organizacija.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User:</source>
        <translation>&amp;Naudotojas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User</source>
        <translation>Naudotojas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user the server knows you as. The password is asked for when the server wants one, and never saved.</source>
        <translation>Naudotojo vardas, kuriuo jus pažįsta serveris. Slaptažodžio klausiama, kai serveris jo reikalauja, ir jis niekada neįrašomas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;ervice:</source>
        <translation>P&amp;aslauga:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service</source>
        <translation>Paslauga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: a service your administrator set up in pg_service.conf. It supplies whatever the fields above leave empty.</source>
        <translation>Neprivaloma: paslauga, kurią administratorius aprašė faile pg_service.conf. Ji pateikia tai, kas aukščiau esančiuose laukuose paliekama tuščia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Neprivaloma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection status</source>
        <translation>Ryšio būsena</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Connect or cancel</source>
        <translation>Prisijungti arba atšaukti</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/dashboard_view.ui" line="+8"/>
        <source>Review dashboard</source>
        <translation>Suvestinė</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code and day the dashboard shows</source>
        <translation>Kodeksas ir diena, kuriems rodoma suvestinė</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <source>Signed</source>
        <translation>Pasirašė</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Share of the people who must sign that hold a signature of the version in force</source>
        <translation>Dalis darbuotojų, kurie turi pasirašyti ir jau pasirašė galiojančią versiją</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed figure</source>
        <translation>Pasirašė: reikšmė</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed caption</source>
        <translation>Pasirašė: antraštė</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed details</source>
        <translation>Pasirašė: išsami informacija</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Overdue people</source>
        <translation>Pavėlavę pasirašyti</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>People whose grace period to sign has run out</source>
        <translation>Darbuotojai, kurių pasirašymo terminas jau baigėsi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue people figure</source>
        <translation>Pavėlavę pasirašyti: reikšmė</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Overdue people caption</source>
        <translation>Pavėlavę pasirašyti: antraštė</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue people details</source>
        <translation>Pavėlavę pasirašyti: išsami informacija</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>Stale sections</source>
        <translation>Skyriai, kurių peržiūros terminas pasibaigęs</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Sections whose review is overdue</source>
        <translation>Skyriai, kurių peržiūra pavėluota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stale sections figure</source>
        <translation>Pasibaigęs peržiūros terminas: reikšmė</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stale sections caption</source>
        <translation>Pasibaigęs peržiūros terminas: antraštė</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stale sections details</source>
        <translation>Pasibaigęs peržiūros terminas: išsami informacija</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+14"/>
        <source>KPIs off target</source>
        <translation>Tikslo nepasiekę KPI</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>KPIs whose latest value misses the target or breaches the alert threshold</source>
        <translation>Veiklos rodikliai (KPI), kurių naujausia reikšmė nepasiekia tikslo arba peržengia įspėjimo ribą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPIs off target figure</source>
        <translation>Tikslo nepasiekę KPI: reikšmė</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPIs off target caption</source>
        <translation>Tikslo nepasiekę KPI: antraštė</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>KPIs off target details</source>
        <translation>Tikslo nepasiekę KPI: išsami informacija</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Team:</source>
        <translation>Ko&amp;manda:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team filter</source>
        <translation>Komandos filtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one team&apos;s rows (Alt+T)</source>
        <translation>Rodyti tik vienos komandos eilutes (Alt+M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ite:</source>
        <translation>&amp;Vieta:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Site filter</source>
        <translation>Vietos filtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only one site&apos;s people (Alt+I)</source>
        <translation>Rodyti tik vienos vietos darbuotojus (Alt+V)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remind selected people</source>
        <translation>Priminti pasirinktiems darbuotojams</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the list shown as CSV</source>
        <translation>Eksportuoti rodomą sąrašą kaip CSV</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the compliance report</source>
        <translation>Sukurti atitikties ataskaitą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dashboard lists and charts</source>
        <translation>Suvestinės sąrašai ir diagramos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People who have not signed</source>
        <translation>Nepasirašę darbuotojai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People who must sign the version in force and have not; double-click to open a person</source>
        <translation>Darbuotojai, kurie turi pasirašyti galiojančią versiją, bet dar nepasirašė; dukart spustelėkite, kad atidarytumėte darbuotojo duomenis</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sections</source>
        <translation>Skyriai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Section reviews</source>
        <translation>Skyrių peržiūros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When each section&apos;s review falls due; double-click to open a section</source>
        <translation>Kada baigiasi kiekvieno skyriaus peržiūros terminas; dukart spustelėkite, kad atidarytumėte skyrių</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KPI status</source>
        <translation>KPI būsena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest value of each KPI against its target and alert threshold</source>
        <translation>Naujausia kiekvieno veiklos rodiklio reikšmė, palyginti su tikslu ir įspėjimo riba</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing progress</source>
        <translation>Pasirašymo eiga</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPI trends</source>
        <translation>KPI tendencijos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>K&amp;PI:</source>
        <translation>KP&amp;I:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPI shown in the chart</source>
        <translation>Diagramoje rodomas KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the KPI whose recent values the chart shows</source>
        <translation>Pasirinkite veiklos rodiklį, kurio naujausias reikšmes rodys diagrama</translation>
    </message>
</context>
<context>
    <name>DatabaseName</name>
    <message>
        <location filename="../../src/app/common/databasename.cpp" line="+29"/>
        <source>service %1</source>
        <extracomment>A database on a PostgreSQL server known by a name in pg_service.conf.</extracomment>
        <translation>paslauga %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (service %2)</source>
        <extracomment>%1 is a database, %2 the name of a PostgreSQL service (from pg_service.conf).</extracomment>
        <translation>%1 (paslauga %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on this computer</source>
        <extracomment>%1 is a database on a PostgreSQL server running on the user&apos;s own computer.</extracomment>
        <translation>%1 šiame kompiuteryje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <extracomment>%1 is a database, %2 the PostgreSQL server holding it (a name, an address or a folder).</extracomment>
        <translation>%1 serveryje %2</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <location filename="../../src/app/startup/databaseopener.cpp" line="+97"/>
        <source>the folder %1 cannot be created, so Tenet has nowhere to keep its database</source>
        <translation>nepavyksta sukurti aplanko %1, todėl Tenet neturi kur laikyti savo duomenų bazės</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no such file; nothing was created. Check the name, or create a new database with File &gt; New</source>
        <translation>tokio failo nėra; nieko nesukurta. Patikrinkite pavadinimą arba sukurkite naują duomenų bazę per meniu Failas &gt; Naujas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; nothing was changed</source>
        <translation>; niekas nepakeista</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 already exists; a new database never replaces a file, so choose another name</source>
        <translation>%1 jau yra; nauja duomenų bazė niekada nepakeičia esamo failo, todėl pasirinkite kitą pavadinimą</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (the new file %2 was removed again)</source>
        <translation>%1 (naujai sukurtas failas %2 vėl pašalintas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was created for %2. Sign in as %3 with the PIN you chose; the first draft of your code is ready to edit.</source>
        <translation>Duomenų bazė %1 sukurta organizacijai %2. Prisijunkite kaip %3 su pasirinktu PIN kodu; pirmasis jūsų kodekso juodraštis paruoštas redaguoti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>there is no demonstration organisation in &quot;%1&quot;; choose one of %2</source>
        <translation>demonstracinės organizacijos kalba „%1“ nėra; pasirinkite vieną iš šių kalbų: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder cannot be created, so the demonstration has nowhere to go</source>
        <translation>nepavyksta sukurti aplanko, todėl demonstracinės duomenų bazės nėra kur įrašyti</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Welcome: a demonstration organisation was created in %1. Sign in as %2 (manager) with PIN %3. Every demonstration staff member has the same PIN; it is an example only, so use File &gt; New for your own organisation.</source>
        <translation>Sveiki! Demonstracinė organizacija sukurta faile %1. Prisijunkite kaip %2 (vadovas) su PIN kodu %3. Visų demonstracinės organizacijos darbuotojų PIN kodas tas pats; jis skirtas tik pavyzdžiui, todėl savo organizacijai naudokite meniu Failas &gt; Naujas.</translation>
    </message>
</context>
<context>
    <name>EditorClauseForm</name>
    <message>
        <location filename="../../ui/editor_clauseform.ui" line="+9"/>
        <source>Clause form</source>
        <translation>Punkto forma</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Title</source>
        <translation>&amp;Pavadinimas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clause title</source>
        <translation>Punkto pavadinimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clause&apos;s heading. You can also rename a clause in the navigator (F2).</source>
        <translation>Punkto antraštė. Punktą pervadinti galite ir naršymo skydelyje (F2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Strength</source>
        <translation>Pri&amp;valomumas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clause strength</source>
        <translation>Punkto privalomumas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must: a firm rule that binds everyone; should: guidance that leaves room for judgement in unusual situations.</source>
        <translation>privaloma: griežta taisyklė, kurios turi laikytis visi; rekomenduojama: gairė, kuri neįprastose situacijose palieka vietos savo sprendimui.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;References</source>
        <translation>&amp;Nuorodos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clause references, one per line</source>
        <translation>Punkto nuorodos, po vieną eilutėje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the clause comes from or what it answers to, one per line: a paragraph of a standard, a law, an internal policy.</source>
        <translation>Iš kur kilęs punktas arba kokį reikalavimą jis įgyvendina, po vieną eilutėje: standarto punktas, įstatymas, vidaus tvarka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per line, for example ISO 10002 §7.2</source>
        <translation>Po vieną eilutėje, pvz., ISO 10002 §7.2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clause text and preview</source>
        <translation>Punkto tekstas ir išankstinė peržiūra</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Te&amp;xt (Markdown)</source>
        <translation>&amp;Tekstas (Markdown)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clause text in Markdown</source>
        <translation>Punkto tekstas (Markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clause&apos;s text in Markdown: **bold**, *italic*, lists with &quot;- &quot;, links. The preview beside it shows how it will read.</source>
        <translation>Punkto tekstas Markdown formatu: **pusjuodis**, *kursyvas*, sąrašai su „- “, nuorodos. Šalia esanti išankstinė peržiūra rodo, kaip jis atrodys.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Preview</source>
        <translation>Išankstinė peržiūra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of the clause text</source>
        <translation>Punkto teksto išankstinė peržiūra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the clause text reads in the handbook.</source>
        <translation>Kaip punkto tekstas atrodys žinyne.</translation>
    </message>
</context>
<context>
    <name>EditorSectionForm</name>
    <message>
        <location filename="../../ui/editor_sectionform.ui" line="+9"/>
        <source>Section form</source>
        <translation>Skyriaus forma</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Title</source>
        <translation>&amp;Pavadinimas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section title</source>
        <translation>Skyriaus pavadinimas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The section&apos;s heading, as printed in the handbook.</source>
        <translation>Skyriaus antraštė, kaip ji spausdinama žinyne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Purpose</source>
        <translation>Pa&amp;skirtis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section purpose</source>
        <translation>Skyriaus paskirtis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the section is for, in a paragraph (Markdown).</source>
        <translation>Kam skirtas skyrius – viena pastraipa (Markdown).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Owner</source>
        <translation>&amp;Atsakingas asmuo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Section owner&apos;s employee number</source>
        <translation>Už skyrių atsakingo asmens darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The employee number of the person who keeps this section up to date.</source>
        <translation>Asmens, kuris rūpinasi, kad šis skyrius būtų aktualus, darbuotojo numeris.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Employee number</source>
        <translation>Darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section owner&apos;s name</source>
        <translation>Už skyrių atsakingo asmens vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Review every</source>
        <translation>Peržiūros &amp;intervalas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review interval in days</source>
        <translation>Peržiūros intervalas dienomis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days may pass between reviews of this section before it is due again; &quot;never&quot; when it is not reviewed on a schedule.</source>
        <translation>Kiek dienų gali praeiti tarp šio skyriaus peržiūrų, kol jį vėl reikia peržiūrėti; „niekada“, jei skyrius nėra peržiūrimas pagal grafiką.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>niekada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> d.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>When the next review is due</source>
        <translation>Kada reikia atlikti kitą peržiūrą</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Structured items of the section</source>
        <translation>Skyriaus struktūriniai elementai</translation>
    </message>
</context>
<context>
    <name>ExportHandbookDialog</name>
    <message>
        <location filename="../../ui/export_handbookdialog.ui" line="+8"/>
        <source>Export Handbook</source>
        <translation>Eksportuoti žinyną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export handbook</source>
        <translation>Eksportuoti žinyną</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versija:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which version the handbook shows: the version in force, the open draft (marked DRAFT on every page) or an earlier published version</source>
        <translation>Kurią versiją rodo žinynas: galiojančią, atvirą juodraštį (kiekviename puslapyje pažymėtą kaip juodraštis) ar ankstesnę paskelbtą versiją</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Popierius:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paper size</source>
        <translation>Popieriaus dydis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper the handbook is laid out for</source>
        <translation>Popieriaus formatas, kuriam maketuojamas žinynas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter (JAV)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;File:</source>
        <translation>Fai&amp;las:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Output file</source>
        <translation>Išvesties failas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF file to write; an existing file is replaced</source>
        <translation>PDF failas, į kurį bus įrašytas žinynas; esamas failas bus pakeistas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;hoose…</source>
        <translation>Pasirin&amp;kti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose output file</source>
        <translation>Pasirinkti išvesties failą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick where to save the PDF</source>
        <translation>Pasirinkite, kur įrašyti PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open when done</source>
        <translation>&amp;Atidaryti baigus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open when done</source>
        <translation>Atidaryti baigus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the PDF in the system&apos;s viewer once it is written</source>
        <translation>Įrašius PDF, atidaryti jį sistemos žiūryklėje</translation>
    </message>
</context>
<context>
    <name>HandbookVersions</name>
    <message>
        <location filename="../../src/app/export/handbookversions.cpp" line="+34"/>
        <source>Version %1 (in force)</source>
        <translation>Versija %1 (galiojanti)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version %1 (%2, marked DRAFT)</source>
        <extracomment>A version to export that is not in force yet: %2 is its state (&quot;Draft&quot;).</extracomment>
        <translation>Versija %1 (%2, pažymėta kaip juodraštis)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 (%2)</source>
        <translation>Versija %1 (%2)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../ui/history_view.ui" line="+9"/>
        <source>Version history</source>
        <translation>Versijų istorija</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code whose versions are listed</source>
        <translation>Kodeksas, kurio versijos išvardytos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>Versions</source>
        <translation>Versijos</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Compare</source>
        <translation>Palyginti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare with version in force</source>
        <translation>Palyginti su galiojančia versija</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open version</source>
        <translation>Atidaryti versiją</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions and comparison</source>
        <translation>Versijos ir palyginimas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every version of the code. Select two and press Compare, or double-click one to compare it with the one before.</source>
        <translation>Visos kodekso versijos. Pasirinkite dvi ir spustelėkite „Palyginti“ arba dukart spustelėkite vieną, kad palygintumėte ją su ankstesne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select two versions and press Compare (Ctrl+D), or double-click a version to compare it with the one before. Enter opens the selected version.</source>
        <translation>Pasirinkite dvi versijas ir spustelėkite „Palyginti“ (Ctrl+D) arba dukart spustelėkite versiją, kad palygintumėte ją su ankstesne. Klavišu Enter atidaroma pasirinkta versija.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Comparison</source>
        <translation>Palyginimas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Versions compared</source>
        <translation>Lyginamos versijos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary of changes</source>
        <translation>Pakeitimų santrauka</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>List of changes and redline</source>
        <translation>Pakeitimų sąrašas ir pakeitimų žymėjimas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List of changes</source>
        <translation>Pakeitimų sąrašas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change, grouped by section. Select one to show it in the redline.</source>
        <translation>Visi pakeitimai, sugrupuoti pagal skyrius. Pasirinkite pakeitimą, kad jis būtų parodytas pakeitimų žymėjime.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Redline</source>
        <translation>Pakeitimų žymėjimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The changed text. Inserted words are underlined, deleted words are struck through.</source>
        <translation>Pakeistas tekstas. Įterpti žodžiai pabraukti, ištrinti – perbraukti.</translation>
    </message>
</context>
<context>
    <name>NewDatabaseDialog</name>
    <message>
        <location filename="../../ui/startup_newdatabasedialog.ui" line="+9"/>
        <source>New Database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New database</source>
        <translation>Nauja duomenų bazė</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The new file</source>
        <translation>Naujas failas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start with the demonstration organisation</source>
        <translation>Pradėti nuo demonstracinės organizacijos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Demonstration organisation</source>
        <translation>&amp;Demonstracinė organizacija</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the demonstration organisation holds</source>
        <translation>Kas yra demonstracinėje organizacijoje</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>La&amp;nguage:</source>
        <translation>Ka&amp;lba:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the demonstration organisation</source>
        <translation>Demonstracinės organizacijos kalba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language its code, its people and its history are written in.</source>
        <translation>Kalba, kuria parašyti jos kodeksas, darbuotojų duomenys ir istorija.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Start with my own organisation</source>
        <translation>Pradėti nuo savo organizacijos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;My own organisation</source>
        <translation>&amp;Mano organizacija</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your organisation and its first manager</source>
        <translation>Jūsų organizacija ir jos pirmasis vadovas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacija:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisation name</source>
        <translation>Organizacijos pavadinimas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name of your organisation, as the code and the handbook print it.</source>
        <translation>Jūsų organizacijos pavadinimas, kaip jis bus spausdinamas kodekse ir žinyne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;employee number:</source>
        <translation>Jūsų darbuotojo &amp;numeris:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your employee number</source>
        <translation>Jūsų darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You become the first manager; you can then add everyone else.</source>
        <translation>Tapsite pirmuoju vadovu; paskui galėsite pridėti visus kitus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;full name:</source>
        <translation>Jūsų &amp;vardas ir pavardė:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your full name</source>
        <translation>Jūsų vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN kodas arba slaptažodis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your PIN or password</source>
        <translation>Jūsų PIN kodas arba slaptažodis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least four characters. You sign in and approve versions with it.</source>
        <translation>Bent keturi simboliai. Juo prisijungsite ir tvirtinsite versijas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Repeat it:</source>
        <translation>Pa&amp;kartokite:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Repeat your PIN or password</source>
        <translation>Pakartokite PIN kodą arba slaptažodį</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Code lan&amp;guage:</source>
        <translation>Kodekso kal&amp;ba:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language of the code</source>
        <translation>Kodekso kalba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language your code is written in: its title, its sections and the starter code. Everyone reads the code in this language, whatever language they use Tenet in.</source>
        <translation>Kalba, kuria rašomas jūsų kodeksas: jo pavadinimas, skyriai ir pavyzdinis kodeksas. Visi skaitys kodeksą šia kalba, nesvarbu, kokia kalba jie naudoja Tenet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Begin the first draft from the starter code</source>
        <translation>Pradėti pirmąjį juodraštį nuo pavyzdinio kodekso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Begin the first draft from the &amp;starter code</source>
        <translation>Pradėti pirmąjį juodraštį nuo p&amp;avyzdinio kodekso</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A complete code with every section filled in, to adapt rather than write from nothing. Without it the first draft has seven empty sections.</source>
        <translation>Išsamus kodeksas su užpildytais visais skyriais: jį pritaikysite, užuot rašę nuo nulio. Be jo pirmajame juodraštyje bus septyni tušti skyriai.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What is still missing</source>
        <translation>Ko dar trūksta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create or cancel</source>
        <translation>Sukurti arba atšaukti</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/workflow_notedialog.ui" line="+16"/>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/staff_pindialog.ui" line="+18"/>
        <source>New &amp;PIN:</source>
        <translation>Naujas &amp;PIN kodas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New PIN</source>
        <translation>Naujas PIN kodas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least four characters; the person signs in and signs the code with it.</source>
        <translation>Bent keturi simboliai; juo darbuotojas prisijungia ir pasirašo kodeksą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Repeat PIN:</source>
        <translation>Pa&amp;kartokite PIN kodą:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repeat PIN</source>
        <translation>Pakartokite PIN kodą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the same PIN again, to catch a typing mistake.</source>
        <translation>Įveskite tą patį PIN kodą dar kartą, kad būtų pastebėta įvedimo klaida.</translation>
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
        <translation>Paskelbti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Material change: everyone must read and sign it again</source>
        <translation>&amp;Esminis pakeitimas: visi turi perskaityti ir pasirašyti iš naujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material change</source>
        <translation>Esminis pakeitimas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Editorial change: wording only; signatures of the last material version still count</source>
        <translation>&amp;Redakcinis pakeitimas: pakeista tik formuluotė; paskutinės esminės versijos parašai tebegalioja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editorial change</source>
        <translation>Redakcinis pakeitimas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Summary of the changes, for the people who will read it:</source>
        <translation>Pakeitimų &amp;santrauka tiems, kurie skaitys:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary of the changes</source>
        <translation>Pakeitimų santrauka</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/app/i18n/qtstandardtexts.cpp" line="+13"/>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Įrašyti viską</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Atidaryti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Taip &amp;visiems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>Ne v&amp;isiems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Nutraukti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Kartoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Nepaisyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Pagalba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Atkurti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Atkurti numatytąsias reikšmes</translation>
    </message>
</context>
<context>
    <name>ReadingView</name>
    <message>
        <location filename="../../ui/reading_view.ui" line="+9"/>
        <source>Reading the code</source>
        <translation>Kodekso skaitymas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code and version</source>
        <translation>Kodeksas ir versija</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Where you stand</source>
        <translation>Jūsų būsena</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sections</source>
        <translation>Skyriai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sections of the code. A dot marks those you have not opened yet; open every one to sign (Ctrl+Up and Ctrl+Down move between them).</source>
        <translation>Kodekso skyriai. Taškas žymi dar neatidarytus skyrius; kad galėtumėte pasirašyti, atidarykite kiekvieną (tarp jų pereisite klavišais Ctrl+Up ir Ctrl+Down).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The section&apos;s text</source>
        <translation>Skyriaus tekstas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sections opened</source>
        <translation>Atidaryti skyriai</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Print Receipt…</source>
        <translation>&amp;Spausdinti pažymą…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt</source>
        <translation>Spausdinti pažymą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt of your signature.</source>
        <translation>Spausdinti jūsų parašo pažymą.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy Receipt</source>
        <translation>&amp;Kopijuoti pažymą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the receipt</source>
        <translation>Kopijuoti pažymą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the receipt of your signature as text.</source>
        <translation>Kopijuoti jūsų parašo pažymą kaip tekstą.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Pasirašyti…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the version in force</source>
        <translation>Pasirašyti galiojančią versiją</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/workflow_reviewdialog.ui" line="+8"/>
        <source>Record a Section Review</source>
        <translation>Įrašyti skyriaus peržiūrą</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Section:</source>
        <translation>&amp;Skyrius:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section reviewed</source>
        <translation>Peržiūrėtas skyrius</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome:</source>
        <translation>Rezultatas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unchanged: the section is still right as it stands</source>
        <translation>&amp;Be pakeitimų: skyrius ir toliau tinkamas toks, koks yra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Be pakeitimų</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Revised: changes are being made in a draft</source>
        <translation>Pa&amp;taisyta: pakeitimai daromi juodraštyje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised</source>
        <translation>Pataisyta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>&amp;Pastaba:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Review note</source>
        <translation>Peržiūros pastaba</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <location filename="../../ui/staff_rosterimportdialog.ui" line="+13"/>
        <source>Roster &amp;file:</source>
        <translation>Darbuotojų sąrašo &amp;failas:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roster file</source>
        <translation>Darbuotojų sąrašo failas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV file exported from the HR system</source>
        <translation>Pasirinkite CSV failą, eksportuotą iš personalo sistemos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose…</source>
        <translation>Pa&amp;sirinkti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose roster file</source>
        <translation>Pasirinkti darbuotojų sąrašo failą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the CSV file with the columns employee_no, full_name, email, role, team, site, language, start_date, active.</source>
        <translation>Pasirinkite CSV failą su stulpeliais employee_no, full_name, email, role, team, site, language, start_date, active.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Deactivate people missing from the file</source>
        <translation>&amp;Deaktyvuoti darbuotojus, kurių nėra faile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate people missing from the file</source>
        <translation>Deaktyvuoti darbuotojus, kurių nėra faile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this when the file lists everyone who works here, as a full export from the HR system does.</source>
        <translation>Naudokite, kai faile yra visi čia dirbantys darbuotojai, kaip būna visame personalo sistemos eksporte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the import will change</source>
        <translation>Ką pakeis importas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Išsami informacija</translation>
    </message>
</context>
<context>
    <name>ServerBackUpBox</name>
    <message>
        <location filename="../../src/app/startup/serverbackupbox.cpp" line="+32"/>
        <source>A database on a server is backed up with the server&apos;s own tool, pg_dump, not by Tenet.</source>
        <translation>Serverio duomenų bazės atsarginę kopiją sukuria ne Tenet, o paties serverio įrankis pg_dump.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This command writes a complete copy to your documents folder, and pg_restore brings it back:</source>
        <translation>Ši komanda įrašo išsamią kopiją į jūsų dokumentų aplanką, o pg_restore ją atkuria:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Duomenų bazė: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Copy Command</source>
        <translation>&amp;Kopijuoti komandą</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/reading_signdialog.ui" line="+9"/>
        <source>Sign the Code</source>
        <translation>Pasirašyti kodeksą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign the code</source>
        <translation>Pasirašyti kodeksą</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What your signature means</source>
        <translation>Ką reiškia jūsų parašas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your &amp;full name:</source>
        <translation>Jūsų &amp;vardas ir pavardė:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your full name</source>
        <translation>Jūsų vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your full name as the staff list has it; capitals and accents do not matter.</source>
        <translation>Įveskite savo vardą ir pavardę taip, kaip jie įrašyti darbuotojų sąraše; didžiosios raidės ir diakritiniai ženklai nesvarbūs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your &amp;PIN:</source>
        <translation>Jūsų PIN &amp;kodas:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your PIN</source>
        <translation>Jūsų PIN kodas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your PIN or password again to confirm that it is you who signs.</source>
        <translation>Dar kartą įveskite PIN kodą arba slaptažodį, kad patvirtintumėte, jog pasirašote būtent jūs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why the signature was refused</source>
        <translation>Kodėl parašas nepriimtas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Receipt of your signature</source>
        <translation>Jūsų parašo pažyma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print…</source>
        <translation>&amp;Spausdinti…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt</source>
        <translation>Spausdinti pažymą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the receipt of your signature (Ctrl+P).</source>
        <translation>Spausdinti jūsų parašo pažymą (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>K&amp;opijuoti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the receipt</source>
        <translation>Kopijuoti pažymą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the receipt as text to the clipboard.</source>
        <translation>Kopijuoti pažymą kaip tekstą į iškarpinę.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+3"/>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/startup_signindialog.ui" line="+9"/>
        <source>Sign In</source>
        <translation>Prisijungimas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Sign in</source>
        <translation>Prisijungimas</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Organisation</source>
        <translation>Organizacija</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How to sign in</source>
        <translation>Kaip prisijungti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find yourself by name or employee number, then enter your PIN or password.</source>
        <translation>Susiraskite save pagal vardą arba darbuotojo numerį, tada įveskite PIN kodą arba slaptažodį.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Find yourself:</source>
        <translation>&amp;Susiraskite save:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find yourself by name or employee number</source>
        <translation>Susiraskite save pagal vardą arba darbuotojo numerį</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type part of your name or your employee number; accents and capitals do not matter. The arrow keys move through the list.</source>
        <translation>Įveskite dalį savo vardo ar pavardės arba darbuotojo numerį; diakritiniai ženklai ir didžiosios raidės nesvarbūs. Sąraše judėkite rodyklių klavišais.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name or employee number</source>
        <translation>Vardas arba darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matching staff</source>
        <translation>Atitinkantys darbuotojai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The people who match what you typed. Choose yourself.</source>
        <translation>Darbuotojai, atitinkantys tai, ką įvedėte. Pasirinkite save.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;PIN or password:</source>
        <translation>PIN &amp;kodas arba slaptažodis:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PIN or password</source>
        <translation>PIN kodas arba slaptažodis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your PIN or password. Press Enter to sign in.</source>
        <translation>Jūsų PIN kodas arba slaptažodis. Norėdami prisijungti, paspauskite Enter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in message</source>
        <translation>Prisijungimo pranešimas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sign in or cancel</source>
        <translation>Prisijungti arba atšaukti</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/staff_staffdialog.ui" line="+13"/>
        <source>Employee &amp;number:</source>
        <translation>Darbuotojo &amp;numeris:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employee number</source>
        <translation>Darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number the HR system knows this person by; it cannot change later.</source>
        <translation>Numeris, kuriuo darbuotojas žinomas personalo sistemoje; vėliau jo pakeisti negalima.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Vardas ir pavardė:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name as the person types it when they sign the code.</source>
        <translation>Vardas ir pavardė taip, kaip darbuotojas juos įves pasirašydamas kodeksą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;El. paštas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where reminders go; may be left empty.</source>
        <translation>Kur siunčiami priminimai; galima palikti tuščią.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>vardas@example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Role:</source>
        <translation>Vaid&amp;muo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the person may do in Tenet.</source>
        <translation>Ką darbuotojas gali daryti programoje Tenet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Team:</source>
        <translation>&amp;Komanda:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a team or type a new one.</source>
        <translation>Pasirinkite komandą arba įveskite naują.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Site:</source>
        <translation>Vie&amp;ta:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Site</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a site or type a new one.</source>
        <translation>Pasirinkite vietą arba įveskite naują.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>Ka&amp;lba:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language Tenet speaks to the person when they sign in.</source>
        <translation>Kalba, kuria Tenet bendrauja su darbuotoju jam prisijungus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;tart date:</source>
        <translation>Darbo &amp;pradžia:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start date</source>
        <translation>Darbo pradžia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first working day; the grace period for signing counts from it.</source>
        <translation>Pirmoji darbo diena; nuo jos skaičiuojamas pasirašymo terminas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Active</source>
        <translation>&amp;Aktyvus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktyvus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive people cannot sign in and are not asked to sign.</source>
        <translation>Neaktyvūs darbuotojai negali prisijungti ir jų neprašoma pasirašyti.</translation>
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
        <translation>Rašykite, skelbkite ir pasirašykite savo komandos elgesio kodeksą.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/app/screenshot.cpp" line="+52"/>
        <source>The database to open: a file, a postgresql:// address or service=NAME.</source>
        <translation>Duomenų bazė, kurią atidaryti: failas, postgresql:// adresas arba service=PAVADINIMAS.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create a new demonstration database in LANGUAGE (en or es; en when omitted) beside the default one, and open it.</source>
        <translation>Sukurti naują demonstracinę duomenų bazę kalba LANGUAGE (en arba es; jei nenurodyta – en) šalia numatytosios ir ją atidaryti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenet does not speak “%1”: use en, es or lt.</source>
        <translation>Kalba „%1“ nepalaikoma: naudokite en, es arba lt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tenet cannot open the database</source>
        <translation>Tenet negali atidaryti duomenų bazės</translation>
    </message>
    <message>
        <location filename="../../src/app/screenshot.cpp" line="-6"/>
        <source>Render the main window to a PNG file and exit.</source>
        <translation>Įrašyti pagrindinio lango vaizdą į PNG failą ir baigti darbą.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The view to render: editor, history, compare, reading, dashboard or staff.</source>
        <translation>Rodinys, kurio vaizdą įrašyti: editor, history, compare, reading, dashboard arba staff.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who is signed in for the screenshot.</source>
        <translation>Kas prisijungęs darant ekrano kopiją.</translation>
    </message>
    <message>
        <location filename="../../src/app/i18n/languageoption.cpp" line="+14"/>
        <source>The interface language for this run: en (English), es (Spanish) or lt (Lithuanian). Signing in does not change it, and it is not remembered.</source>
        <translation>Sąsajos kalba tik šiam paleidimui: en (anglų), es (ispanų) arba lt (lietuvių). Prisijungus ji nesikeičia ir nėra įsimenama.</translation>
    </message>
</context>
<context>
    <name>tenet::app::AboutDialog</name>
    <message>
        <location filename="../../src/app/help/aboutdialog.cpp" line="+51"/>
        <source>About Tenet</source>
        <translation>Apie Tenet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;ul&gt;&lt;li&gt;Qt %1 (Core, GUI, Widgets, SQL, Print Support, Concurrent): GNU LGPL version 3&lt;/li&gt;&lt;li&gt;Qt Charts %1: GNU GPL version 3&lt;/li&gt;&lt;li&gt;SQLite %2: public domain&lt;/li&gt;&lt;li&gt;nlohmann/json: MIT licence&lt;/li&gt;&lt;li&gt;spdlog and {fmt}: MIT licence&lt;/li&gt;&lt;li&gt;dtl (the difference algorithm): BSD licence&lt;/li&gt;&lt;li&gt;DejaVu fonts (used from the system for the handbook): Bitstream Vera licence&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;ul&gt;&lt;li&gt;Qt %1 (Core, GUI, Widgets, SQL, Print Support, Concurrent): GNU LGPL 3 versija&lt;/li&gt;&lt;li&gt;Qt Charts %1: GNU GPL 3 versija&lt;/li&gt;&lt;li&gt;SQLite %2: viešoji nuosavybė&lt;/li&gt;&lt;li&gt;nlohmann/json: MIT licencija&lt;/li&gt;&lt;li&gt;spdlog ir {fmt}: MIT licencija&lt;/li&gt;&lt;li&gt;dtl (skirtumų algoritmas): BSD licencija&lt;/li&gt;&lt;li&gt;DejaVu šriftai (žinynui naudojami iš sistemos): Bitstream Vera licencija&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;Tenet %1&lt;/h3&gt;&lt;p&gt;Write your team&apos;s Code of Practice, publish it, and know who has signed the version in force.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The Tenet developers. Tenet is free software under the MIT licence.&lt;/p&gt;&lt;p&gt;Tenet is built with these libraries:&lt;/p&gt;%2</source>
        <translation>&lt;h3&gt;Tenet %1&lt;/h3&gt;&lt;p&gt;Rašykite savo komandos elgesio kodeksą, skelbkite jį ir žinokite, kas pasirašė galiojančią versiją.&lt;/p&gt;&lt;p&gt;Autorių teisės © 2026 Tenet kūrėjai. Tenet yra laisvoji programinė įranga, platinama pagal MIT licenciją.&lt;/p&gt;&lt;p&gt;Tenet sukurta naudojant šias bibliotekas:&lt;/p&gt;%2</translation>
    </message>
</context>
<context>
    <name>tenet::app::AccountActions</name>
    <message>
        <location filename="../../src/app/startup/accountactions.cpp" line="+44"/>
        <source>Sign out, so that nobody can act in your name</source>
        <translation>Atsijungti, kad niekas negalėtų veikti jūsų vardu</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sign O&amp;ut</source>
        <translation>A&amp;tsijungti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;witch User…</source>
        <translation>Pa&amp;keisti naudotoją…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Si&amp;gn In…</source>
        <translation>Prisi&amp;jungti…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in as someone else (%1)</source>
        <translation>Prisijungti kitu naudotoju (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your PIN or password (%1)</source>
        <translation>Prisijungti su PIN kodu arba slaptažodžiu (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out %1</source>
        <translation>Atsijungti (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody is signed in</source>
        <translation>Niekas neprisijungęs</translation>
    </message>
</context>
<context>
    <name>tenet::app::AddClauseCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/addclausecommand.cpp" line="+17"/>
        <source>Add clause %1</source>
        <translation>Pridėti punktą %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicate clause %1</source>
        <translation>Dubliuoti punktą %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::CheckDialog</name>
    <message>
        <location filename="../../src/app/reading/checkdialog.cpp" line="+64"/>
        <source>Before you sign version %1, answer %2 about it. You pass with %3 of the answers right; if you do not, read the sections again and try once more. Every attempt is kept.</source>
        <extracomment>%2 is a number of questions (&quot;3 questions&quot;), %3 the pass mark (&quot;80 %&quot;).</extracomment>
        <translation>Prieš pasirašydami versiją %1, atsakykite į klausimus apie ją (%2). Patikrinimą išlaikysite, jei teisingai atsakysite bent į %3 klausimų; jei neišlaikysite, dar kartą perskaitykite skyrius ir bandykite vėl. Išsaugomas kiekvienas bandymas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>Question %1 of %2</source>
        <translation>Klausimas %1 iš %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>See whether you passed.</source>
        <translation>Sužinokite, ar išlaikėte.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your answers could not be recorded: %1</source>
        <translation>Nepavyko įrašyti jūsų atsakymų: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-135"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n klausimas</numerusform>
            <numerusform>%n klausimai</numerusform>
            <numerusform>%n klausimų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>Answer every question first: %n left.</source>
        <translation>
            <numerusform>Pirmiausia atsakykite į visus klausimus: liko %n klausimas.</numerusform>
            <numerusform>Pirmiausia atsakykite į visus klausimus: liko %n klausimai.</numerusform>
            <numerusform>Pirmiausia atsakykite į visus klausimus: liko %n klausimų.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>You answered %1 of %n questions right (%2).</source>
        <extracomment>%1 is how many answers were right, %n how many questions there were, %2 the share.</extracomment>
        <translation>
            <numerusform>Teisingai atsakėte į %1 iš %n klausimo (%2).</numerusform>
            <numerusform>Teisingai atsakėte į %1 iš %n klausimų (%2).</numerusform>
            <numerusform>Teisingai atsakėte į %1 iš %n klausimų (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passed.</source>
        <translation>Išlaikyta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can now sign version %1.</source>
        <translation>Dabar galite pasirašyti versiją %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not passed yet.</source>
        <translation>Dar neišlaikyta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pass mark is %1. Read the sections again, then try once more; the questions will come in a new order.</source>
        <translation>Išlaikymo riba – %1. Dar kartą perskaitykite skyrius ir bandykite vėl; klausimai bus pateikti kita tvarka.</translation>
    </message>
</context>
<context>
    <name>tenet::app::CheckEditorDialog</name>
    <message>
        <location filename="../../src/app/editor/checkeditordialog.cpp" line="+97"/>
        <source>Right</source>
        <extracomment>The columns of a question&apos;s choices: whether it is the right answer, and its text.</extracomment>
        <translation>Teisingas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Atsakymas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comprehension Questions (read-only)</source>
        <translation>Supratimo patikrinimo klausimai (tik skaityti)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(no text yet)</source>
        <translation>(teksto dar nėra)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Right answer</source>
        <translation>Teisingas atsakymas</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Question %1 %2.</source>
        <translation>Klausimas %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pass mark: %1.</source>
        <translation>Išlaikymo riba: %1.</translation>
    </message>
</context>
<context>
    <name>tenet::app::ClauseActions</name>
    <message>
        <location filename="../../src/app/editor/clauseactions.cpp" line="+70"/>
        <source>&amp;Add Clause</source>
        <translation>&amp;Pridėti punktą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a clause below the selected one (Ctrl+Shift+N)</source>
        <translation>Pridėti punktą po pasirinktuoju (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate Clause</source>
        <translation>&amp;Dubliuoti punktą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected clause (Ctrl+D)</source>
        <translation>Dubliuoti pasirinktą punktą (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Clause</source>
        <translation>Iš&amp;trinti punktą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the selected clause (Del in the navigator)</source>
        <translation>Ištrinti pasirinktą punktą (naršymo skydelyje – Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Clause &amp;Up</source>
        <translation>Perkelti punktą a&amp;ukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected clause up, into the section above at the top (Alt+Up)</source>
        <translation>Perkelti pasirinktą punktą aukštyn, o pirmąjį skyriaus punktą – į ankstesnį skyrių (Alt+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Clause Do&amp;wn</source>
        <translation>Perkelti punktą &amp;žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected clause down, into the section below at the bottom (Alt+Down)</source>
        <translation>Perkelti pasirinktą punktą žemyn, o paskutinį skyriaus punktą – į kitą skyrių (Alt+Down)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New clause</source>
        <translation>Naujas punktas</translation>
    </message>
</context>
<context>
    <name>tenet::app::ClauseForm</name>
    <message>
        <location filename="../../src/app/editor/clauseform.cpp" line="+73"/>
        <source>must: a firm rule</source>
        <extracomment>A clause&apos;s strength: MUST is a firm rule.</extracomment>
        <translation>privaloma: griežta taisyklė</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>should: guidance</source>
        <extracomment>A clause&apos;s strength: SHOULD is guidance that leaves room for judgement.</extracomment>
        <translation>rekomenduojama: gairė</translation>
    </message>
</context>
<context>
    <name>tenet::app::CodeFileActions</name>
    <message>
        <location filename="../../src/app/startup/codefileactions.cpp" line="+26"/>
        <source>Tenet code files (*.json);;All files (*)</source>
        <translation>Tenet kodekso failai (*.json);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import Code…</source>
        <translation>&amp;Importuoti kodeksą…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport Code…</source>
        <translation>Eksportuoti ko&amp;deksą…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read a code from a tenet.code/1 file as a new draft of the code shown</source>
        <translation>Nuskaityti kodeksą iš tenet.code/1 failo kaip naują rodomo kodekso juodraštį</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the version in force as a tenet.code/1 file, to share or to edit elsewhere</source>
        <translation>Įrašyti galiojančią versiją kaip tenet.code/1 failą, kad galėtumėte ja pasidalyti arba redaguoti kitur</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no code is open, so there is nothing to import into</source>
        <translation>neatidarytas joks kodeksas, todėl nėra kur importuoti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign in first: a draft needs an author</source>
        <translation>pirmiausia prisijunkite: juodraštis turi turėti autorių</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 was imported as draft version %2 of &quot;%3&quot;: %n clauses in seven sections.</source>
        <translation>
            <numerusform>Failas %1 importuotas kaip „%3“ juodraščio versija %2: %n punktas septyniuose skyriuose.</numerusform>
            <numerusform>Failas %1 importuotas kaip „%3“ juodraščio versija %2: %n punktai septyniuose skyriuose.</numerusform>
            <numerusform>Failas %1 importuotas kaip „%3“ juodraščio versija %2: %n punktų septyniuose skyriuose.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no code is open, so there is nothing to export</source>
        <translation>neatidarytas joks kodeksas, todėl nėra ką eksportuoti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The draft of version %1 was written to %2.</source>
        <translation>Versijos %1 juodraštis įrašytas į %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1, the version in force, was written to %2.</source>
        <translation>Galiojanti versija %1 įrašyta į %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import a Code</source>
        <translation>Importuoti kodeksą</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was not imported; nothing was changed.</source>
        <translation>Failas %1 neimportuotas; niekas nepakeista.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code Imported</source>
        <translation>Kodeksas importuotas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the Code</source>
        <translation>Eksportuoti kodeksą</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code was not exported.</source>
        <translation>Kodeksas neeksportuotas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code Exported</source>
        <translation>Kodeksas eksportuotas</translation>
    </message>
</context>
<context>
    <name>tenet::app::CodeTreeModel</name>
    <message>
        <location filename="../../src/app/editor/models/codetreemodel.cpp" line="+204"/>
        <location line="+5"/>
        <location filename="../../src/app/editor/navigatorpane.cpp" line="+75"/>
        <source>review due</source>
        <translation>reikia peržiūrėti</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Section %1, %2</source>
        <translation>Skyrius %1, %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Section %1 is due for review: its review interval of %n days ran out on %2.</source>
        <extracomment>%1 is the section&apos;s number, %2 a date; %n the review interval in days.</extracomment>
        <translation>
            <numerusform>Skyrių %1 reikia peržiūrėti: jo peržiūros intervalas (%n diena) baigėsi %2.</numerusform>
            <numerusform>Skyrių %1 reikia peržiūrėti: jo peržiūros intervalas (%n dienos) baigėsi %2.</numerusform>
            <numerusform>Skyrių %1 reikia peržiūrėti: jo peržiūros intervalas (%n dienų) baigėsi %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next review due on %1.</source>
        <translation>Kitą peržiūrą reikia atlikti %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clause %1, %2, %3</source>
        <translation>Punktas %1, %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: must, a firm rule</source>
        <translation>%1 %2: privaloma, griežta taisyklė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: should, guidance that leaves room for judgement</source>
        <translation>%1 %2: rekomenduojama, gairė, paliekanti vietos savo sprendimui</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Section or clause</source>
        <translation>Skyrius arba punktas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark</source>
        <translation>Žyma</translation>
    </message>
</context>
<context>
    <name>tenet::app::ComparisonModel</name>
    <message>
        <location filename="../../src/app/history/comparisonmodel.cpp" line="+97"/>
        <source>Before: %1
After: %2</source>
        <translation>Buvo: %1
Dabar: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n pakeitimas</numerusform>
            <numerusform>%n pakeitimai</numerusform>
            <numerusform>%n pakeitimų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Section details: %1</source>
        <extracomment>The section&apos;s own fields that changed, for example &quot;the title and the review interval&quot; (in the words of the list of changes).</extracomment>
        <translation>Skyriaus duomenys: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Section %1, %2</source>
        <translation>Skyrius %1, %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Moved from %1 to %2</source>
        <translation>Perkeltas iš %1 į %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Was: %1</source>
        <translation>Buvo: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Pakeitimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed</source>
        <translation>Kas pakeista</translation>
    </message>
</context>
<context>
    <name>tenet::app::ComplaintStageColumns</name>
    <message>
        <location filename="../../src/app/editor/models/complaintstagecolumns.cpp" line="+9"/>
        <source>Key</source>
        <translation>Raktas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stage&apos;s stable key: lower-case letters, digits and underscores.</source>
        <translation>Pastovus etapo raktas: mažosios raidės, skaitmenys ir pabraukimo brūkšniai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The stage&apos;s name as people see it.</source>
        <translation>Etapo pavadinimas, kurį mato darbuotojai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within (h)</source>
        <translation>Per (val.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours after the complaint was logged by which this stage must be reached.</source>
        <translation>Per kiek valandų nuo skundo užregistravimo turi būti pasiektas šis etapas.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New stage</source>
        <translation>Naujas etapas</translation>
    </message>
</context>
<context>
    <name>tenet::app::ComplianceReportDialog</name>
    <message>
        <location filename="../../src/app/dashboard/compliancereportdialog.cpp" line="+96"/>
        <source>Version %1 (in force)</source>
        <translation>Versija %1 (galiojanti)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 (%2)</source>
        <extracomment>A published version to report on; %2 is its state (&quot;Superseded&quot;).</extracomment>
        <translation>Versija %1 (%2)</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+14"/>
        <source>&amp;Write Report</source>
        <translation>&amp;Sukurti ataskaitą</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CSV spreadsheet, fields separated by semicolons</source>
        <translation>CSV lentelė, laukai atskirti kabliataškiais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheet, fields separated by commas</source>
        <translation>CSV lentelė, laukai atskirti kableliais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF document</source>
        <translation>PDF dokumentas</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Compliance Report</source>
        <translation>Atitikties ataskaita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tenet::app::ConnectServerDialog</name>
    <message>
        <location filename="../../src/app/startup/connectserverdialog.cpp" line="+54"/>
        <source>Your login name, %1</source>
        <extracomment>Shown in the empty User field: who the server takes you for when it is left empty.</extracomment>
        <translation>Jūsų prisijungimo prie sistemos vardas, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect</source>
        <translation>Prisi&amp;jungti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to the database</source>
        <translation>Prisijungti prie duomenų bazės</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tikrinti ryšį</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database read-only to see whether the server, the database and the user are right</source>
        <translation>Atidaryti duomenų bazę tik skaitymui ir patikrinti, ar serveris, duomenų bazė ir naudotojas nurodyti teisingai</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Name the database, or a service that names it.</source>
        <translation>Nurodykite duomenų bazę arba paslaugą, kuri ją nurodo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the server as one name or address (such as db.example.com), or as the folder of its socket (such as /var/run/postgresql).</source>
        <translation>Nurodykite serverį vienu vardu ar adresu (pavyzdžiui, db.example.com) arba jo lizdo aplanku (pavyzdžiui, /var/run/postgresql).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A service name holds only letters, digits, “_”, “.” and “-”.</source>
        <translation>Paslaugos pavadinime gali būti tik raidės, skaitmenys ir ženklai „_“, „.“ bei „-“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These fields do not make an address Tenet can use; look for unusual characters in them.</source>
        <translation>Iš šių laukų Tenet negali sudaryti tinkamo adreso; patikrinkite, ar juose nėra neįprastų ženklų.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Address: %1</source>
        <translation>Adresas: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connecting to %1…</source>
        <translation>Jungiamasi prie duomenų bazės %1…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No password was given, so Tenet did not connect to %1.</source>
        <translation>Slaptažodis neįvestas, todėl Tenet neprisijungė prie duomenų bazės %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tenet could not connect to %1: %2</source>
        <extracomment>%1 is the database; %2 the reason, as the server or Tenet&apos;s storage gives it.</extracomment>
        <translation>Tenet nepavyko prisijungti prie duomenų bazės %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection works: %1 holds a Tenet database.</source>
        <translation>Ryšys veikia: %1 yra Tenet duomenų bazė.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection works: %1 holds the organisation “%2”.</source>
        <translation>Ryšys veikia: %1 laikoma organizacija „%2“.</translation>
    </message>
</context>
<context>
    <name>tenet::app::DashboardCharts</name>
    <message>
        <location filename="../../src/app/dashboard/dashboardcharts.cpp" line="+38"/>
        <source>Signed share since publication</source>
        <translation>Pasirašiusiųjų dalis nuo paskelbimo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No team</source>
        <translation>Be komandos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (1 person)</source>
        <translation>%1 (1 darbuotojas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 people)</source>
        <translation>%1 (darbuotojų: %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Days since publication</source>
        <translation>Dienos nuo paskelbimo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed (%)</source>
        <translation>Pasirašė (%)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signed share since publication: nothing is in force</source>
        <translation>Pasirašiusiųjų dalis nuo paskelbimo: galiojančios versijos nėra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No KPI values yet</source>
        <translation>Veiklos rodiklių reikšmių dar nėra</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The values of %1 could not be read: %2</source>
        <translation>Nepavyko nuskaityti rodiklio „%1“ reikšmių: %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Target</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Įspėjimo riba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period end</source>
        <translation>Laikotarpio pabaiga</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: no values have been imported yet</source>
        <translation>%1: reikšmių dar neimportuota</translation>
    </message>
</context>
<context>
    <name>tenet::app::DashboardView</name>
    <message>
        <location filename="../../src/app/dashboard/dashboardview.cpp" line="+178"/>
        <source>Signing progress chart</source>
        <translation>Pasirašymo eigos diagrama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of each team that has signed, day by day since the version in force was published</source>
        <translation>Kiekvienos komandos pasirašiusiųjų dalis kiekvieną dieną nuo galiojančios versijos paskelbimo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI trend chart</source>
        <translation>KPI tendencijų diagrama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The chosen KPI&apos;s recent values against its target and alert lines</source>
        <translation>Naujausios pasirinkto veiklos rodiklio reikšmės, palyginti su tikslo ir įspėjimo ribos linijomis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remind…</source>
        <translation>Primi&amp;nti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an e-mail reminder to the selected people (Ctrl+Shift+M)</source>
        <translation>Parašyti pasirinktiems darbuotojams priminimą el. paštu (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy addresses</source>
        <translation>&amp;Kopijuoti adresus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected people&apos;s e-mail addresses (Ctrl+Alt+C)</source>
        <translation>Kopijuoti pasirinktų darbuotojų el. pašto adresus (Ctrl+Alt+C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuoti CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the list shown, as filtered and sorted, as a CSV file (Ctrl+Shift+E)</source>
        <translation>Įrašyti rodomą sąrašą (su taikomais filtrais ir rikiavimu) kaip CSV failą (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;port…</source>
        <translation>&amp;Ataskaita…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the compliance report of a published version for auditors, as PDF or CSV (Ctrl+Shift+R)</source>
        <translation>Sukurti paskelbtos versijos atitikties ataskaitą auditoriams – PDF arba CSV formatu (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No database is open.</source>
        <translation>Neatidaryta jokia duomenų bazė.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database holds no code yet.</source>
        <translation>Duomenų bazėje dar nėra kodekso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dashboard could not be read: %1</source>
        <translation>Nepavyko nuskaityti suvestinės: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — version %2 in force since %3 — as on %4</source>
        <extracomment>The dashboard&apos;s heading: the code&apos;s title, the version in force, since when (a date) and the day the figures are judged on (a long date).</extracomment>
        <translation>%1 — versija %2 galioja nuo %3 — %4 būklė</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — no version is in force yet — as on %2</source>
        <translation>%1 — galiojančios versijos dar nėra — %2 būklė</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;KPIs (%1)</source>
        <translation>Veiklos &amp;rodikliai (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing pro&amp;gress</source>
        <translation>Pasirašymo ei&amp;ga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI t&amp;rends</source>
        <translation>KPI &amp;tendencijos</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 of %n people</source>
        <extracomment>%1 is how many have signed; %n how many people must sign.</extracomment>
        <translation>
            <numerusform>%1 iš %n darbuotojo</numerusform>
            <numerusform>%1 iš %n darbuotojų</numerusform>
            <numerusform>%1 iš %n darbuotojų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 of the %n people who must sign hold a signature of the version in force that counts.</source>
        <extracomment>%1 is how many have signed; %n how many people must sign.</extracomment>
        <translation>
            <numerusform>Iš %n darbuotojo, kuris turi pasirašyti, įskaitomą galiojančios versijos parašą turi %1.</numerusform>
            <numerusform>Iš %n darbuotojų, kurie turi pasirašyti, įskaitomą galiojančios versijos parašą turi %1.</numerusform>
            <numerusform>Iš %n darbuotojų, kurie turi pasirašyti, įskaitomą galiojančios versijos parašą turi %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/dashboard/dashboardoutgoing.cpp" line="+130"/>
        <source>CSV, fields separated by semicolons (*.csv)</source>
        <translation>CSV, laukai atskirti kabliataškiais (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, fields separated by commas (*.csv)</source>
        <translation>CSV, laukai atskirti kableliais (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/app/dashboard/dashboardview.cpp" line="-14"/>
        <source>Nobody has to sign.</source>
        <translation>Niekas neprivalo pasirašyti.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Peop&amp;le (%1)</source>
        <translation>Darbuot&amp;ojai (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sectio&amp;ns (%1)</source>
        <translation>Sk&amp;yriai (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing is in force.</source>
        <translation>Galiojančios versijos nėra.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n not signed in all</source>
        <translation>
            <numerusform>iš viso nepasirašė %n darbuotojas</numerusform>
            <numerusform>iš viso nepasirašė %n darbuotojai</numerusform>
            <numerusform>iš viso nepasirašė %n darbuotojų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>netrukus reikės peržiūrėti %n skyrių</numerusform>
            <numerusform>netrukus reikės peržiūrėti %n skyrius</numerusform>
            <numerusform>netrukus reikės peržiūrėti %n skyrių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n breaching the alert line</source>
        <translation>
            <numerusform>%n rodiklis peržengė įspėjimo ribą</numerusform>
            <numerusform>%n rodikliai peržengė įspėjimo ribą</numerusform>
            <numerusform>%n rodiklių peržengė įspėjimo ribą</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>All teams</source>
        <translation>Visos komandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sites</source>
        <translation>Visos vietos</translation>
    </message>
    <message>
        <location filename="../../src/app/dashboard/dashboardoutgoing.cpp" line="-77"/>
        <location line="+12"/>
        <location line="+4"/>
        <source>Remind</source>
        <translation>Priminimas</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>None of the selected people has an e-mail address on the roster. Add their addresses in the staff editor first.</source>
        <translation>Nė vienas pasirinktas darbuotojas neturi el. pašto adreso darbuotojų sąraše. Pirmiausia įveskite jų adresus rodinyje „Darbuotojai“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No e-mail program could be opened. Use Copy addresses and paste them into your e-mail instead.</source>
        <translation>Nepavyko atidaryti el. pašto programos. Pasirinkite „Kopijuoti adresus“ ir įklijuokite adresus į el. laišką patys.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These people have no e-mail address on the roster and are not in the message: %1.</source>
        <translation>Šie darbuotojai neturi el. pašto adreso darbuotojų sąraše, todėl laiške jų nėra: %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+24"/>
        <source>Export CSV</source>
        <translation>Eksportuoti CSV</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gathering the compliance report for %1…</source>
        <translation>Rengiama atitikties ataskaita (%1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Compliance Report</source>
        <translation>Atitikties ataskaita</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Compliance report progress</source>
        <translation>Atitikties ataskaitos rengimo eiga</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The compliance report could not be written to %1.

%2</source>
        <translation>Nepavyko įrašyti atitikties ataskaitos į %1.

%2</translation>
    </message>
</context>
<context>
    <name>tenet::app::DeleteClauseCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/deleteclausecommand.cpp" line="+17"/>
        <source>Delete clause %1</source>
        <translation>Ištrinti punktą %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::DraftDocument</name>
    <message>
        <location filename="../../src/app/editor/draftdocument.cpp" line="+105"/>
        <source>Your changes could not be saved: %1</source>
        <translation>Nepavyko įrašyti jūsų pakeitimų: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in to edit draft version %1.</source>
        <translation>Prisijunkite, kad galėtumėte redaguoti juodraščio versiją %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can read draft version %1, but only supervisors, managers, quality staff and trainers can edit it.</source>
        <translation>Juodraščio versiją %1 galite skaityti, tačiau redaguoti ją gali tik komandų vadovai, vadovai, kokybės specialistai ir instruktoriai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 is in review. It can be edited again only if a manager sends it back.</source>
        <translation>Versija %1 peržiūrima. Vėl ją redaguoti bus galima tik tada, jei vadovas grąžins ją taisyti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 is approved and waiting to be published; it can no longer be edited.</source>
        <translation>Versija %1 patvirtinta ir laukia paskelbimo; jos redaguoti nebegalima.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 is the published version in force and cannot be changed. Start a draft from it to revise the code.</source>
        <translation>Versija %1 yra paskelbta ir galiojanti, todėl jos keisti negalima. Norėdami pataisyti kodeksą, pradėkite nuo jos naują juodraštį.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 was published and has since been superseded; it is shown read-only.</source>
        <translation>Versija %1 buvo paskelbta, bet vėliau pakeista nauja; ji rodoma tik skaityti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 was withdrawn; it is shown read-only.</source>
        <translation>Versija %1 atšaukta; ji rodoma tik skaityti.</translation>
    </message>
</context>
<context>
    <name>tenet::app::DraftMessageBar</name>
    <message>
        <location filename="../../src/app/editor/draftmessagebar.cpp" line="+38"/>
        <source>&amp;Reload Their Version</source>
        <translation>Įkelti jų &amp;versiją</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the draft as the database holds it now; your unsaved edits are dropped (copy them first)</source>
        <translation>Rodyti juodraštį tokį, koks dabar yra duomenų bazėje; neįrašyti jūsų pakeitimai bus prarasti (pirmiausia juos nukopijuokite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy My Edits</source>
        <translation>&amp;Kopijuoti mano pakeitimus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the content on screen to the clipboard as a tenet.code/1 file, so that nothing of it is lost</source>
        <translation>Kopijuoti ekrane rodomą turinį į iškarpinę kaip tenet.code/1 failą, kad niekas nebūtų prarasta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The last changes are not saved yet: %1. Tenet will try again.</source>
        <translation>Paskutiniai pakeitimai dar neįrašyti: %1. Tenet bandys dar kartą.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&lt;b&gt;Your latest changes were not saved&lt;/b&gt;, because someone else saved this draft in the meantime: %1&lt;br&gt;Nothing of theirs was overwritten. Your version stays on screen, read-only: copy it before you reload theirs.</source>
        <translation>&lt;b&gt;Jūsų naujausi pakeitimai neįrašyti&lt;/b&gt;, nes tuo metu šį juodraštį įrašė kažkas kitas: %1&lt;br&gt;Jų pakeitimai nebuvo perrašyti. Jūsų versija lieka ekrane tik skaityti: nukopijuokite ją prieš įkeldami jų versiją.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The draft could not be reloaded: %1</source>
        <translation>Nepavyko iš naujo įkelti juodraščio: %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditCheckCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/editcheckcommand.cpp" line="+11"/>
        <source>Edit comprehension questions</source>
        <translation>Redaguoti supratimo patikrinimo klausimus</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditClauseCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/editclausecommand.cpp" line="+63"/>
        <source>Edit clause %1 title</source>
        <extracomment>An undo step; %1 is a clause&apos;s number (&quot;2.3&quot;).</extracomment>
        <translation>Redaguoti punkto %1 pavadinimą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit clause %1 text</source>
        <extracomment>An undo step; %1 is a clause&apos;s number (&quot;2.3&quot;).</extracomment>
        <translation>Redaguoti punkto %1 tekstą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit clause %1 strength</source>
        <extracomment>An undo step; %1 is a clause&apos;s number (&quot;2.3&quot;); the strength is MUST or SHOULD.</extracomment>
        <translation>Redaguoti punkto %1 privalomumą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit clause %1 references</source>
        <extracomment>An undo step; %1 is a clause&apos;s number (&quot;2.3&quot;).</extracomment>
        <translation>Redaguoti punkto %1 nuorodas</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditSectionCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/editsectioncommand.cpp" line="+64"/>
        <source>Edit section %1 title</source>
        <extracomment>An undo step; %1 is a section&apos;s number.</extracomment>
        <translation>Redaguoti skyriaus %1 pavadinimą</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit section %1 purpose</source>
        <extracomment>An undo step; %1 is a section&apos;s number.</extracomment>
        <translation>Redaguoti skyriaus %1 paskirtį</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit section %1 owner</source>
        <extracomment>An undo step; %1 is a section&apos;s number.</extracomment>
        <translation>Redaguoti skyriaus %1 atsakingą asmenį</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit section %1 review interval</source>
        <extracomment>An undo step; %1 is a section&apos;s number.</extracomment>
        <translation>Redaguoti skyriaus %1 peržiūros intervalą</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditorFormPane</name>
    <message>
        <location filename="../../src/app/editor/editorformpane.cpp" line="+89"/>
        <source>This database holds no code of practice yet.</source>
        <translation>Šioje duomenų bazėje dar nėra elgesio kodekso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a section or a clause in the contents.</source>
        <translation>Turinyje pasirinkite skyrių arba punktą.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This code has no versions yet. Start a draft to write it.</source>
        <translation>Šis kodeksas dar neturi versijų. Kad galėtumėte jį rašyti, pradėkite juodraštį.</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditorHeader</name>
    <message>
        <location filename="../../src/app/editor/editorheader.cpp" line="+24"/>
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
        <location line="+47"/>
        <source>What is being edited</source>
        <translation>Kas redaguojama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and save state</source>
        <translation>Versija ir įrašymo būsena</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing selected</source>
        <translation>Niekas nepasirinkta</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>No version open</source>
        <translation>Neatidaryta jokia versija</translation>
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
        <translation>privaloma, griežta taisyklė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>should, guidance</source>
        <translation>rekomenduojama, gairė</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section %1  ·  %2</source>
        <translation>Skyrius %1  ·  %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n clauses</source>
        <translation>
            <numerusform>%n punktas</numerusform>
            <numerusform>%n punktai</numerusform>
            <numerusform>%n punktų</numerusform>
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
        <translation>%1  ·  Neįrašyta: konfliktas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  ·  Read-only</source>
        <translation>%1  ·  Tik skaityti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  ·  All changes saved</source>
        <translation>%1  ·  Visi pakeitimai įrašyti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  ·  Saving…</source>
        <translation>%1  ·  Įrašoma…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1  ·  Unsaved changes</source>
        <translation>%1  ·  Yra neįrašytų pakeitimų</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edits are saved automatically, about two seconds after you stop typing.</source>
        <translation>Pakeitimai įrašomi automatiškai, praėjus maždaug dviem sekundėms po to, kai baigiate rašyti.</translation>
    </message>
</context>
<context>
    <name>tenet::app::EditorView</name>
    <message>
        <location filename="../../src/app/editor/editorview.cpp" line="+100"/>
        <source>Editor</source>
        <translation>Redaktorius</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comprehension &amp;Questions…</source>
        <translation>Supratimo patikrinimo k&amp;lausimai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The multiple-choice questions people answer before they sign this version, and the pass mark</source>
        <translation>Klausimai su atsakymų variantais, į kuriuos darbuotojai atsako prieš pasirašydami šią versiją, ir išlaikymo riba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start a Draft</source>
        <translation>&amp;Pradėti juodraštį</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue the open draft, or start a new draft from the version in force</source>
        <translation>Tęsti atvirą juodraštį arba pradėti naują juodraštį nuo galiojančios versijos</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The version could not be opened: %1</source>
        <translation>Nepavyko atidaryti versijos: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The code could not be read: %1</source>
        <translation>Nepavyko nuskaityti kodekso: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No draft was started: %1</source>
        <translation>Juodraštis nepradėtas: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The section reviews could not be read: %1</source>
        <translation>Nepavyko nuskaityti skyrių peržiūrų: %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::EscalationTierColumns</name>
    <message>
        <location filename="../../src/app/editor/models/escalationtiercolumns.cpp" line="+9"/>
        <source>Tier</source>
        <translation>Lygis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The tier&apos;s number: 1 is the first line; each tier appears once.</source>
        <translation>Lygio numeris: 1 – pirmoji linija; kiekvienas lygis nurodomas tik kartą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The role (agent, supervisor, manager) or team that takes the issue.</source>
        <translation>Vaidmuo (agent, supervisor, manager) arba komanda, kuri perima klausimą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Within (h)</source>
        <translation>Per (val.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours after the customer first raised the issue by which this tier must have it.</source>
        <translation>Per kiek valandų nuo pirmojo kliento kreipimosi klausimas turi pasiekti šį lygį.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is done at this tier.</source>
        <translation>Kas daroma šiame lygyje.</translation>
    </message>
</context>
<context>
    <name>tenet::app::ExportActions</name>
    <message>
        <location filename="../../src/app/export/exportactions.cpp" line="+39"/>
        <source>Export &amp;Handbook…</source>
        <translation>&amp;Eksportuoti žinyną…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the handbook of a version of this code as a PDF</source>
        <translation>Įrašyti vienos šio kodekso versijos žinyną PDF formatu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print Handbook…</source>
        <translation>&amp;Spausdinti žinyną…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and print the handbook of a version (the one in force first)</source>
        <translation>Peržiūrėti ir spausdinti versijos žinyną (pirmiausia siūloma galiojanti versija)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Writing the handbook to %1…</source>
        <translation>Žinynas įrašomas į %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Export Handbook</source>
        <translation>Eksportuoti žinyną</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Handbook export progress</source>
        <translation>Žinyno eksportavimo eiga</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Version to print</source>
        <translation>Spausdinama versija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which version&apos;s handbook to preview and print</source>
        <translation>Kurios versijos žinyną peržiūrėti ir spausdinti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print Handbook</source>
        <translation>Spausdinti žinyną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handbook print preview</source>
        <translation>Žinyno spaudinio išankstinė peržiūra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Version:</source>
        <translation>&amp;Versija:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The handbook could not be written to %1.

%2</source>
        <translation>Nepavyko įrašyti žinyno į %1.

%2</translation>
    </message>
</context>
<context>
    <name>tenet::app::ExportHandbookDialog</name>
    <message>
        <location filename="../../src/app/export/exporthandbookdialog.cpp" line="+41"/>
        <location line="+11"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuoti</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export Handbook</source>
        <translation>Eksportuoti žinyną</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF dokumentai (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tenet::app::FileActions</name>
    <message>
        <location filename="../../src/app/startup/fileactions.cpp" line="+38"/>
        <source>Tenet databases (*.db *.tenet);;All files (*)</source>
        <translation>Tenet duomenų bazės (*.db *.tenet);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Paskiausiai atidaryti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Išvalyti sąrašą</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;New…</source>
        <translation>&amp;Naujas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Atidaryti…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back Up…</source>
        <translation>Sukurti atsarginę k&amp;opiją…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create a new database: the demonstration organisation or your own</source>
        <translation>Sukurti naują duomenų bazę: demonstracinę organizaciją arba savo organizaciją</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database (%1)</source>
        <translation>Sukurti naują duomenų bazę (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another Tenet database</source>
        <translation>Atidaryti kitą Tenet duomenų bazę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another Tenet database (%1)</source>
        <translation>Atidaryti kitą Tenet duomenų bazę (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recently opened databases</source>
        <translation>Paskiausiai atidarytos duomenų bazės</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the list of recently opened databases</source>
        <translation>Išvalyti paskiausiai atidarytų duomenų bazių sąrašą</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write a complete copy of the open database to a new file</source>
        <translation>Įrašyti visą atidarytos duomenų bazės kopiją į naują failą</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Back up the open database (%1)</source>
        <translation>Sukurti atidarytos duomenų bazės atsarginę kopiją (%1)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Connect to &amp;Server…</source>
        <translation>Prisijungti prie se&amp;rverio…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Open an organisation kept in a database on a PostgreSQL server</source>
        <translation>Atidaryti organizaciją, laikomą PostgreSQL serverio duomenų bazėje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to a database on a server (%1)</source>
        <translation>Prisijungti prie serverio duomenų bazės (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show how the server&apos;s own tool, pg_dump, backs up this database</source>
        <translation>Parodyti, kaip šios duomenų bazės atsarginę kopiją sukuria paties serverio įrankis pg_dump</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no database is open, so there is nothing to back up</source>
        <translation>neatidaryta jokia duomenų bazė, todėl nėra ko kopijuoti</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database: %1</source>
        <translation>Duomenų bazė: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Failas: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code of Practice.db</source>
        <translation>Elgesio kodeksas.db</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New Tenet Database</source>
        <translation>Nauja Tenet duomenų bazė</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new database was not created.</source>
        <translation>Nauja duomenų bazė nesukurta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists; File &gt; New never replaces a file, so choose another name</source>
        <translation>%1 jau yra; komanda Failas &gt; Naujas niekada nepakeičia esamo failo, todėl pasirinkite kitą pavadinimą</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was not created.</source>
        <translation>Nepavyko sukurti %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a Tenet Database</source>
        <translation>Atidaryti Tenet duomenų bazę</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was not opened.</source>
        <translation>Nepavyko atidaryti %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 backup %2.db</source>
        <translation>%1 atsarginė kopija %2.db</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back Up the Database</source>
        <translation>Sukurti duomenų bazės atsarginę kopiją</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The backup was not written.</source>
        <translation>Nepavyko įrašyti atsarginės kopijos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup Written</source>
        <translation>Atsarginė kopija įrašyta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complete copy of %1 was written to %2. Tenet opens it like any other database.</source>
        <translation>Visa duomenų bazės %1 kopija įrašyta į %2. Tenet ją atidarys kaip bet kurią kitą duomenų bazę.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open %1</source>
        <translation>Atidaryti %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::FollowUpStepColumns</name>
    <message>
        <location filename="../../src/app/editor/models/followupstepcolumns.cpp" line="+7"/>
        <source>Follow-up step</source>
        <translation>Tolesnis veiksmas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step that confirms, after resolution, that the customer is satisfied.</source>
        <translation>Veiksmas, kuriuo išsprendus klausimą įsitikinama, kad klientas patenkintas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not changed: a follow-up step needs some text; delete the row instead.</source>
        <translation>Nepakeista: tolesnio veiksmo tekstas negali būti tuščias; jei veiksmo nereikia, ištrinkite eilutę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New follow-up step</source>
        <translation>Naujas tolesnis veiksmas</translation>
    </message>
</context>
<context>
    <name>tenet::app::HelpActions</name>
    <message>
        <location filename="../../src/app/help/helpactions.cpp" line="+20"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Naudojimo instrukcija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database &amp;Integrity…</source>
        <translation>Duomenų bazės &amp;vientisumas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Tenet</source>
        <translation>&amp;Apie Tenet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the database and show its seal, to keep outside the file</source>
        <translation>Patikrinti duomenų bazę ir parodyti jos antspaudą, kurį reikia laikyti ne šiame faile</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to write, approve, read and sign the code, step by step</source>
        <translation>Kaip žingsnis po žingsnio rašyti, tvirtinti, skaityti ir pasirašyti kodeksą</translation>
    </message>
</context>
<context>
    <name>tenet::app::HistoryView</name>
    <message>
        <location filename="../../src/app/history/historyview.cpp" line="+170"/>
        <source>&amp;Compare</source>
        <translation>Pal&amp;yginti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the two selected versions, or the selected version with the one before it (Ctrl+Return)</source>
        <translation>Palyginti dvi pasirinktas versijas arba pasirinktą versiją su ankstesne (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with version in &amp;force</source>
        <translation>Palyginti su &amp;galiojančia versija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what the selected version changes against the version in force (Ctrl+Shift+Return)</source>
        <translation>Parodyti, kuo pasirinkta versija skiriasi nuo galiojančios (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>&amp;Atidaryti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected version (Enter)</source>
        <translation>Atidaryti pasirinktą versiją (Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+150"/>
        <source>No comparison yet</source>
        <translation>Dar nieko nelyginta</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Select two versions above and press Compare (Ctrl+Return), or double-click a version to see what it changed against the one before it.</source>
        <translation>Viršuje pasirinkite dvi versijas ir spustelėkite „Palyginti“ (Ctrl+Enter) arba dukart spustelėkite versiją, kad pamatytumėte, kuo ji skiriasi nuo ankstesnės.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+169"/>
        <source>The versions could not be read: %1</source>
        <translation>Nepavyko nuskaityti versijų: %1</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Versions of %1</source>
        <translation>%1: versijos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions</source>
        <translation>Versijos</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>No comparison</source>
        <translation>Palyginimo nėra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The versions compared are no longer listed.</source>
        <translation>Lygintų versijų sąraše nebėra.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select two versions above and press Compare (Ctrl+Return).</source>
        <translation>Viršuje pasirinkite dvi versijas ir spustelėkite „Palyginti“ (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No database is open.</source>
        <translation>Neatidaryta jokia duomenų bazė.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot compare</source>
        <translation>Nepavyko palyginti</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes from %1 to %2</source>
        <translation>Pakeitimai: %1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes: the two versions have the same content.</source>
        <translation>Pakeitimų nėra: abiejų versijų turinys vienodas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>Nothing to compare with</source>
        <translation>Nėra su kuo palyginti</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No version of this code has been published yet, so there is no version in force to compare with.</source>
        <translation>Nė viena šio kodekso versija dar nepaskelbta, todėl nėra galiojančios versijos, su kuria būtų galima palyginti.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 is the version in force itself.</source>
        <translation>Versija %1 ir yra galiojanti versija.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Version %1 is the first version: there is none before it.</source>
        <translation>Versija %1 yra pirmoji: ankstesnės versijos nėra.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That version is not listed.</source>
        <translation>Šios versijos sąraše nėra.</translation>
    </message>
</context>
<context>
    <name>tenet::app::IntegrityDialog</name>
    <message>
        <location filename="../../src/app/integrity/integritydialog.cpp" line="+41"/>
        <source>Database Integrity</source>
        <translation>Duomenų bazės vientisumas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Integrity check progress</source>
        <translation>Vientisumo patikrinimo eiga</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems found</source>
        <translation>Rastos problemos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Seal of the database</source>
        <translation>Duomenų bazės antspaudas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy Seal</source>
        <translation>&amp;Kopijuoti antspaudą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Seal As…</source>
        <translation>Į&amp;rašyti antspaudą kaip…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;Again</source>
        <translation>Tikrinti &amp;dar kartą</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+41"/>
        <source>Checking %1…</source>
        <translation>Tikrinama duomenų bazė %1…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Sealing %1…</source>
        <translation>Užantspauduojama duomenų bazė %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The checks of %1 could not run: %2</source>
        <translation>Nepavyko atlikti duomenų bazės %1 patikrinimų: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 failed the integrity check (%n problems, listed below). Restore it from a backup, and keep this list for whoever looks into it.</source>
        <extracomment>%1 is the database file. The problems are listed below, in English.</extracomment>
        <translation>
            <numerusform>Duomenų bazė %1 neišlaikė vientisumo patikrinimo (rasta %n problema, ji nurodyta toliau). Atkurkite duomenų bazę iš atsarginės kopijos, o šį sąrašą išsaugokite tam, kas tirs, kas nutiko.</numerusform>
            <numerusform>Duomenų bazė %1 neišlaikė vientisumo patikrinimo (rastos %n problemos, jos išvardytos toliau). Atkurkite duomenų bazę iš atsarginės kopijos, o šį sąrašą išsaugokite tam, kas tirs, kas nutiko.</numerusform>
            <numerusform>Duomenų bazė %1 neišlaikė vientisumo patikrinimo (rasta %n problemų, jos išvardytos toliau). Atkurkite duomenų bazę iš atsarginės kopijos, o šį sąrašą išsaugokite tam, kas tirs, kas nutiko.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No seal is offered for a database that fails its checks: it would vouch for the damage.</source>
        <translation>Duomenų bazei, kuri neišlaiko patikrinimų, antspaudas nesiūlomas: jis patvirtintų sugadintą turinį.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 passed every check: the file, its guards, its stored content and its hash chains (%n audit entries).</source>
        <extracomment>%1 is the database file; %n the number of entries in its audit log.</extracomment>
        <translation>
            <numerusform>Duomenų bazė %1 išlaikė visus patikrinimus: patikrinti failas, jo apsaugos priemonės, saugomas turinys ir maišos grandinės (audito žurnale – %n įrašas).</numerusform>
            <numerusform>Duomenų bazė %1 išlaikė visus patikrinimus: patikrinti failas, jo apsaugos priemonės, saugomas turinys ir maišos grandinės (audito žurnale – %n įrašai).</numerusform>
            <numerusform>Duomenų bazė %1 išlaikė visus patikrinimus: patikrinti failas, jo apsaugos priemonės, saugomas turinys ir maišos grandinės (audito žurnale – %n įrašų).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The seal of the database as it is now. Keep it outside the file (print it, mail it, or save it on another share): tenetctl verify --seal proves later that nothing sealed was removed or rewritten.</source>
        <translation>Dabartinės duomenų bazės būsenos antspaudas. Laikykite jį ne šiame faile (atspausdinkite, išsiųskite el. paštu arba įrašykite kitame bendrinamame aplanke): vėliau komanda tenetctl verify --seal įrodys, kad nieko, kas buvo užantspauduota, niekas nepašalino ir neperrašė.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+13"/>
        <source>Save Seal As</source>
        <translation>Įrašyti antspaudą kaip</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstiniai failai (*.txt);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The seal could not be saved to %1: %2</source>
        <translation>Nepavyko įrašyti antspaudo į %1: %2</translation>
    </message>
</context>
<context>
    <name>tenet::app::ItemDelegate</name>
    <message>
        <location filename="../../src/app/editor/itemdelegate.cpp" line="+47"/>
        <source>none</source>
        <translation>nėra</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>One per line</source>
        <translation>Po vieną eilutėje</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> months</source>
        <translation> mėn.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> h</source>
        <translation> val.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at most: lower is better</source>
        <translation>ne daugiau: kuo mažiau, tuo geriau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least: higher is better</source>
        <translation>ne mažiau: kuo daugiau, tuo geriau</translation>
    </message>
</context>
<context>
    <name>tenet::app::ItemTableEditor</name>
    <message>
        <location filename="../../src/app/editor/itemtableeditor.cpp" line="+26"/>
        <source>Escalation tiers</source>
        <translation>Eskalavimo lygiai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up steps</source>
        <translation>Tolesni veiksmai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint stages</source>
        <translation>Skundo nagrinėjimo etapai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training programmes</source>
        <translation>Mokymo programos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key performance indicators</source>
        <translation>Veiklos rodikliai (KPI)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add escalation tier</source>
        <translation>Pridėti eskalavimo lygį</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an escalation tier below the selected row (Insert in the table)</source>
        <translation>Pridėti eskalavimo lygį po pasirinkta eilute (lentelėje – Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete escalation tier</source>
        <translation>Ištrinti eskalavimo lygį</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected escalation tier (Ctrl+Delete in the table)</source>
        <translation>Ištrinti pasirinktą eskalavimo lygį (lentelėje – Ctrl+Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move escalation tier up</source>
        <translation>Perkelti eskalavimo lygį aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected escalation tier up</source>
        <translation>Perkelti pasirinktą eskalavimo lygį aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move escalation tier down</source>
        <translation>Perkelti eskalavimo lygį žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected escalation tier down</source>
        <translation>Perkelti pasirinktą eskalavimo lygį žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the escalation tiers was refused</source>
        <translation>Kodėl nepriimtas paskutinis bandymas keisti eskalavimo lygius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add follow-up step</source>
        <translation>Pridėti tolesnį veiksmą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a follow-up step below the selected row (Insert in the table)</source>
        <translation>Pridėti tolesnį veiksmą po pasirinkta eilute (lentelėje – Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete follow-up step</source>
        <translation>Ištrinti tolesnį veiksmą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected follow-up step (Ctrl+Delete in the table)</source>
        <translation>Ištrinti pasirinktą tolesnį veiksmą (lentelėje – Ctrl+Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move follow-up step up</source>
        <translation>Perkelti tolesnį veiksmą aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected follow-up step up</source>
        <translation>Perkelti pasirinktą tolesnį veiksmą aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move follow-up step down</source>
        <translation>Perkelti tolesnį veiksmą žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected follow-up step down</source>
        <translation>Perkelti pasirinktą tolesnį veiksmą žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the follow-up steps was refused</source>
        <translation>Kodėl nepriimtas paskutinis bandymas keisti tolesnius veiksmus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add complaint stage</source>
        <translation>Pridėti skundo nagrinėjimo etapą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a complaint stage below the selected row (Insert in the table)</source>
        <translation>Pridėti skundo nagrinėjimo etapą po pasirinkta eilute (lentelėje – Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete complaint stage</source>
        <translation>Ištrinti skundo nagrinėjimo etapą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected complaint stage (Ctrl+Delete in the table)</source>
        <translation>Ištrinti pasirinktą skundo nagrinėjimo etapą (lentelėje – Ctrl+Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move complaint stage up</source>
        <translation>Perkelti skundo nagrinėjimo etapą aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected complaint stage up</source>
        <translation>Perkelti pasirinktą skundo nagrinėjimo etapą aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move complaint stage down</source>
        <translation>Perkelti skundo nagrinėjimo etapą žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected complaint stage down</source>
        <translation>Perkelti pasirinktą skundo nagrinėjimo etapą žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the complaint stages was refused</source>
        <translation>Kodėl nepriimtas paskutinis bandymas keisti skundo nagrinėjimo etapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add training programme</source>
        <translation>Pridėti mokymo programą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a training programme below the selected row (Insert in the table)</source>
        <translation>Pridėti mokymo programą po pasirinkta eilute (lentelėje – Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete training programme</source>
        <translation>Ištrinti mokymo programą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected training programme (Ctrl+Delete in the table)</source>
        <translation>Ištrinti pasirinktą mokymo programą (lentelėje – Ctrl+Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move training programme up</source>
        <translation>Perkelti mokymo programą aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected training programme up</source>
        <translation>Perkelti pasirinktą mokymo programą aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move training programme down</source>
        <translation>Perkelti mokymo programą žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected training programme down</source>
        <translation>Perkelti pasirinktą mokymo programą žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the training programmes was refused</source>
        <translation>Kodėl nepriimtas paskutinis bandymas keisti mokymo programas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add KPI</source>
        <translation>Pridėti veiklos rodiklį</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a KPI below the selected row (Insert in the table)</source>
        <translation>Pridėti veiklos rodiklį po pasirinkta eilute (lentelėje – Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete KPI</source>
        <translation>Ištrinti veiklos rodiklį</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected KPI (Ctrl+Delete in the table)</source>
        <translation>Ištrinti pasirinktą veiklos rodiklį (lentelėje – Ctrl+Delete)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move KPI up</source>
        <translation>Perkelti veiklos rodiklį aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected KPI up</source>
        <translation>Perkelti pasirinktą veiklos rodiklį aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move KPI down</source>
        <translation>Perkelti veiklos rodiklį žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected KPI down</source>
        <translation>Perkelti pasirinktą veiklos rodiklį žemyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the last edit of the KPIs was refused</source>
        <translation>Kodėl nepriimtas paskutinis bandymas keisti veiklos rodiklius</translation>
    </message>
</context>
<context>
    <name>tenet::app::ItemTableModel</name>
    <message>
        <location filename="../../src/app/editor/models/itemtablemodel.cpp" line="+202"/>
        <source>Edit %1</source>
        <translation>Redaguoti %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not changed: &quot;%1&quot; is not a role; the roles are %2.</source>
        <translation>Nepakeista: „%1“ nėra vaidmuo; galimi vaidmenys: %2.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be lower-case letters, digits and underscores, starting with a letter (for example &quot;first_contact&quot;).</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number.</extracomment>
        <translation>Nepakeista: %2 eilutės stulpelio „%1“ reikšmę turi sudaryti mažosios raidės, skaitmenys ir pabraukimo brūkšniai, o pradžioje turi būti raidė (pvz., „first_contact“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be letters, digits, dots, underscores and hyphens, starting with a letter or digit.</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number.</extracomment>
        <translation>Nepakeista: %2 eilutės stulpelio „%1“ reikšmę turi sudaryti raidės, skaitmenys, taškai, pabraukimo brūkšniai ir brūkšneliai, o pradžioje turi būti raidė arba skaitmuo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not changed: &quot;%1&quot; in row %2 needs a role or a team.</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number.</extracomment>
        <translation>Nepakeista: %2 eilutės stulpelyje „%1“ nurodykite vaidmenį arba komandą.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be %3, or 0 for none.</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number, %3 the rule, for example &quot;a whole number from 1 to 100&quot; (tenet::domain::ItemLimit).</extracomment>
        <translation>Nepakeista: %2 eilutės stulpelio „%1“ reikšmė turi būti %3 arba 0, jei reikšmės nėra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be %3.</source>
        <translation>Nepakeista: %2 eilutės stulpelio „%1“ reikšmė turi būti %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not changed: &quot;%1&quot; in row %2 must be &quot;%3&quot; or &quot;%4&quot;.</source>
        <extracomment>%1 is a column&apos;s header, %2 a row number, %3 and %4 the two directions of a KPI (&quot;at most&quot;, &quot;at least&quot;).</extracomment>
        <translation>Nepakeista: %2 eilutės stulpelio „%1“ reikšmė turi būti „%3“ arba „%4“.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not changed: %1.</source>
        <translation>Nepakeista: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add %1</source>
        <translation>Pridėti %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete %1</source>
        <translation>Ištrinti %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move %1 up</source>
        <translation>Perkelti %1 aukštyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>Perkelti %1 žemyn</translation>
    </message>
</context>
<context>
    <name>tenet::app::KpiColumns</name>
    <message>
        <location filename="../../src/app/editor/models/kpicolumns.cpp" line="+9"/>
        <source>Key</source>
        <translation>Raktas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The KPI&apos;s stable key, used when measured values are imported (asa).</source>
        <translation>Pastovus veiklos rodiklio raktas, naudojamas importuojant išmatuotas reikšmes (pvz., asa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The KPI&apos;s name.</source>
        <translation>Veiklos rodiklio pavadinimas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Apibrėžimas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How it is measured.</source>
        <translation>Kaip rodiklis matuojamas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Vienetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The unit of its values: s, %, min.</source>
        <translation>Reikšmių matavimo vienetas: s, %, min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Kryptis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most: lower is better (waiting time); at least: higher is better (satisfaction).</source>
        <translation>ne daugiau: kuo mažiau, tuo geriau (pvz., laukimo laikas); ne mažiau: kuo daugiau, tuo geriau (pvz., pasitenkinimas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The value to reach.</source>
        <translation>Reikšmė, kurią reikia pasiekti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert</source>
        <translation>Įspėjimo riba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value past which an alert is raised: beyond the target in the bad direction.</source>
        <translation>Reikšmė, kurią peržengus įspėjama; ji yra už tikslo nepalankia kryptimi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action when breached</source>
        <translation>Veiksmai peržengus ribą</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whom to notify and the action plan.</source>
        <translation>Ką informuoti ir koks veiksmų planas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>at most</source>
        <translation>ne daugiau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>at least</source>
        <translation>ne mažiau</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>New KPI</source>
        <translation>Naujas veiklos rodiklis</translation>
    </message>
</context>
<context>
    <name>tenet::app::KpiStatusModel</name>
    <message>
        <location filename="../../src/app/dashboard/kpistatusmodel.cpp" line="+35"/>
        <source>Organisation</source>
        <translation>Visa organizacija</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>On target</source>
        <translation>Tikslas pasiektas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off target</source>
        <translation>Tikslas nepasiektas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert breached</source>
        <translation>Peržengta įspėjimo riba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>Nėra duomenų</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 to %2</source>
        <extracomment>A period of KPI values, from one date to another.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest value</source>
        <translation>Naujausia reikšmė</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Laikotarpis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Įspėjimo riba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
</context>
<context>
    <name>tenet::app::LanguageMenu</name>
    <message>
        <location filename="../../src/app/i18n/languagemenu.cpp" line="+51"/>
        <source>Language</source>
        <extracomment>%1 is the language&apos;s own name: &quot;Español&quot;, &quot;Lietuvių&quot;.</extracomment>
        <translation>Kalba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenet cannot switch to %1: its translation is missing from this installation.</source>
        <translation>Tenet negali perjungti į %1: šiame diegime trūksta vertimo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Language</source>
        <extracomment>The View menu&apos;s submenu that switches the interface language.</extracomment>
        <translation>&amp;Kalba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of Tenet&apos;s menus, windows and messages</source>
        <translation>Tenet meniu, langų ir pranešimų kalba</translation>
    </message>
</context>
<context>
    <name>tenet::app::MainWindow</name>
    <message>
        <location filename="../../src/app/mainwindow.cpp" line="+185"/>
        <source>Search</source>
        <translation>Paieška</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo History</source>
        <translation>Keitimų istorija</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare with Version in &amp;Force</source>
        <translation>Palyginti su galiojančia &amp;versija</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Views</source>
        <translation>Rodiniai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code</source>
        <translation>&amp;Kodeksas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Read and Sign</source>
        <translation>Skaityti ir &amp;pasirašyti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Suvestinė</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hist&amp;ory</source>
        <translation>&amp;Istorija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff</source>
        <translation>&amp;Darbuotojai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read and edit the code, section by section (Ctrl+1)</source>
        <translation>Skaityti ir redaguoti kodeksą skyrių po skyriaus (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every version, and what changed between any two (Ctrl+2)</source>
        <translation>Visos versijos ir kas pasikeitė tarp bet kurių dviejų (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the code in force and sign it (Ctrl+3)</source>
        <translation>Perskaityti galiojantį kodeksą ir jį pasirašyti (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who has not signed, which sections are due, which KPIs are off target (Ctrl+4)</source>
        <translation>Kas nepasirašė, kuriuos skyrius reikia peržiūrėti, kurie veiklos rodikliai nepasiekia tikslo (Ctrl+4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people on the roster (Ctrl+5)</source>
        <translation>Darbuotojų sąrašas (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;opened&gt;</source>
        <extracomment>Shown in the undo history before the first edit: the draft as it was opened.</extracomment>
        <translation>&lt;atidaryta&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Keitimų istorija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in person</source>
        <translation>Prisijungęs asmuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version shown</source>
        <translation>Rodoma versija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what the version shown changes in the version in force</source>
        <translation>Parodyti, ką rodoma versija keičia galiojančioje versijoje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File</source>
        <translation>&amp;Failas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Baigti darbą</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Taisa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find in Clauses…</source>
        <translation>&amp;Ieškoti punktuose…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Version</source>
        <translation>&amp;Versija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;iew</source>
        <translation>&amp;Rodinys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Pagalba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main</source>
        <translation>Pagrindinė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main tool bar</source>
        <translation>Pagrindinė įrankių juosta</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Welcome to Tenet</source>
        <translation>Sveiki atvykę į Tenet</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No database</source>
        <translation>Nėra duomenų bazės</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in as %1 (%2)</source>
        <extracomment>%1 is the person&apos;s name, %2 their role.</extracomment>
        <translation>Prisijungta: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not signed in</source>
        <translation>Neprisijungta</translation>
    </message>
</context>
<context>
    <name>tenet::app::MessageBar</name>
    <message>
        <location filename="../../src/app/editor/messagebar.cpp" line="+40"/>
        <source>Message</source>
        <translation>Pranešimas</translation>
    </message>
</context>
<context>
    <name>tenet::app::MoveClauseCommand</name>
    <message>
        <location filename="../../src/app/editor/commands/moveclausecommand.cpp" line="+30"/>
        <source>Move clause %1 up</source>
        <translation>Perkelti punktą %1 aukštyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move clause %1 down</source>
        <translation>Perkelti punktą %1 žemyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move clause %1 to %2</source>
        <translation>Perkelti punktą %1 į %2</translation>
    </message>
</context>
<context>
    <name>tenet::app::NavigatorPane</name>
    <message>
        <location filename="../../src/app/editor/navigatorpane.cpp" line="+22"/>
        <source>Contents</source>
        <translation>Turinys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections and clauses</source>
        <translation>Skyriai ir punktai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a section or clause to edit it. Drag clauses to reorder them, or use Alt+Up and Alt+Down; F2 renames a clause.</source>
        <translation>Pasirinkite skyrių arba punktą, kad galėtumėte jį redaguoti. Punktų tvarką keiskite juos vilkdami arba klavišais Alt+Up ir Alt+Down; F2 – pervadinti punktą.</translation>
    </message>
</context>
<context>
    <name>tenet::app::NewDatabaseDialog</name>
    <message>
        <location filename="../../src/app/startup/newdatabasedialog.cpp" line="+61"/>
        <source>What should &lt;b&gt;%1&lt;/b&gt; start with?&lt;br&gt;&lt;small&gt;The new database is saved in %2.&lt;/small&gt;</source>
        <translation>Nuo ko pradėti duomenų bazę &lt;b&gt;%1&lt;/b&gt;?&lt;br&gt;&lt;small&gt;Nauja duomenų bazė įrašoma į aplanką %2.&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An organisation of your own, with you as its first manager and a first draft of its code.</source>
        <translation>Jūsų organizacija, kurios pirmasis vadovas būsite jūs, ir pirmasis jos kodekso juodraštis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation>&amp;Sukurti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the database</source>
        <translation>Sukurti duomenų bazę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Give your organisation&apos;s name.</source>
        <translation>Įveskite organizacijos pavadinimą.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your employee number: you become the first manager.</source>
        <translation>Įveskite savo darbuotojo numerį: tapsite pirmuoju vadovu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give your full name.</source>
        <translation>Įveskite savo vardą ir pavardę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a PIN or password of at least %1 characters.</source>
        <translation>Pasirinkite ne trumpesnį kaip %1 simb. PIN kodą arba slaptažodį.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat the PIN or password exactly as above.</source>
        <translation>Pakartokite PIN kodą arba slaptažodį lygiai taip, kaip įvedėte aukščiau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Northwind Support, an example customer-support team in Madrid, Sevilla and Bilbao that works in Spanish: staff in every role, eight months of history (two published editions, signatures, reviews and KPI figures) and a draft in progress. Everyone&apos;s PIN is %1. Good for trying Tenet out.</source>
        <translation>Northwind Support – pavyzdinė ispanų kalba dirbanti klientų aptarnavimo komanda Madride, Sevilijoje ir Bilbao: visų vaidmenų darbuotojai, aštuonių mėnesių istorija (dvi paskelbtos versijos, parašai, peržiūros ir veiklos rodiklių duomenys) ir rengiamas juodraštis. Visų PIN kodas – %1. Tinka Tenet išbandyti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Northwind Support, an example customer-support team in Vilnius, Madrid and Leeds: staff in every role, eight months of history (two published editions, signatures, reviews and KPI figures) and a draft in progress. Everyone&apos;s PIN is %1. Good for trying Tenet out.</source>
        <translation>Northwind Support – pavyzdinė klientų aptarnavimo komanda Vilniuje, Madride ir Lidse: visų vaidmenų darbuotojai, aštuonių mėnesių istorija (dvi paskelbtos versijos, parašai, peržiūros ir veiklos rodiklių duomenys) ir rengiamas juodraštis. Visų PIN kodas – %1. Tinka Tenet išbandyti.</translation>
    </message>
</context>
<context>
    <name>tenet::app::PasswordDialog</name>
    <message>
        <location filename="../../src/app/startup/passworddialog.cpp" line="+25"/>
        <source>Server Password</source>
        <translation>Serverio slaptažodis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server asks for a password to open %1 as %2. Tenet keeps it in memory until you quit and never saves it.</source>
        <extracomment>%1 is a database on a server (&quot;tenet on db.example.com&quot;), %2 a user name.</extracomment>
        <translation>Serveris prašo slaptažodžio, kad atidarytų %1 naudotojo %2 vardu. Tenet laiko jį atmintyje, kol išeisite iš programos, ir niekur jo neįrašo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server did not accept that password. Type it again.</source>
        <translation>Serveris nepriėmė šio slaptažodžio. Įveskite jį dar kartą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>Slaptažodis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Prisijungti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Password:</source>
        <translation>&amp;Slaptažodis:</translation>
    </message>
</context>
<context>
    <name>tenet::app::PinDialog</name>
    <message>
        <location filename="../../src/app/staff/pindialog.cpp" line="+36"/>
        <source>Reset PIN</source>
        <translation>PIN kodo keitimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a new PIN for %1. Their old PIN stops working at once.</source>
        <translation>Darbuotojas: %1. Pasirinkite naują PIN kodą; senasis iškart nustos galioti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set PIN</source>
        <translation>Nustatyti PIN kodą</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The PIN must have at least %n characters.</source>
        <translation>
            <numerusform>PIN kodą turi sudaryti bent %n simbolis.</numerusform>
            <numerusform>PIN kodą turi sudaryti bent %n simboliai.</numerusform>
            <numerusform>PIN kodą turi sudaryti bent %n simbolių.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>PIN kodai nesutampa; du kartus įveskite tą patį PIN kodą.</translation>
    </message>
</context>
<context>
    <name>tenet::app::PublishDialog</name>
    <message>
        <location filename="../../src/app/workflow/publishdialog.cpp" line="+40"/>
        <source>Publish version %1</source>
        <translation>Paskelbti versiją %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publishing makes version %1 the code in force. It cannot be edited afterwards, and the version in force now is superseded.</source>
        <translation>Paskelbta versija %1 taps galiojančiu kodeksu. Vėliau jos redaguoti nebus galima, o dabar galiojanti versija bus pakeista nauja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first publication must be material: nobody has signed an earlier version.</source>
        <translation>Pirmą kartą skelbiamas pakeitimas turi būti esminis: ankstesnės versijos dar niekas nepasirašė.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish</source>
        <translation>&amp;Paskelbti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nobody is asked to sign again.</source>
        <translation>Niekam nereikės pasirašyti iš naujo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n people in the code&apos;s audience will be asked to sign it.</source>
        <translation>
            <numerusform>Pasirašyti bus paprašytas %n darbuotojas, kuriam skirtas kodeksas.</numerusform>
            <numerusform>Pasirašyti bus paprašyti %n darbuotojai, kuriems skirtas kodeksas.</numerusform>
            <numerusform>Pasirašyti bus paprašyta %n darbuotojų, kuriems skirtas kodeksas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone in the code&apos;s audience will be asked to sign it.</source>
        <translation>Pasirašyti bus paprašyti visi darbuotojai, kuriems skirtas kodeksas.</translation>
    </message>
</context>
<context>
    <name>tenet::app::ReadingView</name>
    <message>
        <location filename="../../src/app/reading/readingview.cpp" line="+130"/>
        <source>Sign in to read the code.</source>
        <translation>Prisijunkite, kad galėtumėte skaityti kodeksą.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The code could not be read: %1</source>
        <translation>Nepavyko nuskaityti kodekso: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No version of %1 is in force yet: there is nothing to read or sign.</source>
        <translation>„%1“ dar neturi galiojančios versijos: nėra ką skaityti ar pasirašyti.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The version in force could not be read: %1</source>
        <translation>Nepavyko nuskaityti galiojančios versijos: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your signatures could not be read: %1</source>
        <translation>Nepavyko nuskaityti jūsų parašų: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Version %1, in force since %2</source>
        <translation>Versija %1, galioja nuo %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You signed version %1 on %2.</source>
        <translation>Versiją %1 pasirašėte %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The versions since then made only editorial changes, so your signature still covers version %1.</source>
        <translation>Vėlesnėse versijose buvo tik redakcinių pakeitimų, todėl jūsų parašas tebegalioja ir versijai %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You signed version %1 on %2. Version %3 changed the code: read what changed, open every section, then sign again.</source>
        <translation>Versiją %1 pasirašėte %2. Versija %3 pakeitė kodeksą: perskaitykite, kas pasikeitė, atidarykite kiekvieną skyrių ir pasirašykite iš naujo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+57"/>
        <source>What changed since you signed version %1</source>
        <translation>Kas pasikeitė nuo tada, kai pasirašėte versiją %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The text did not change.</source>
        <translation>Tekstas nepasikeitė.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your signature of version %1 on %2 is older than the %3 months after which this code asks everyone to sign again: read it once more and sign.</source>
        <translation>Versiją %1 pasirašėte %2 – daugiau nei prieš %3 mėn., o po tiek laiko šis kodeksas prašo visų pasirašyti iš naujo: perskaitykite jį dar kartą ir pasirašykite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open every section, then sign to confirm that you have read and understood version %1.</source>
        <translation>Atidarykite kiekvieną skyrių ir pasirašykite, kad patvirtintumėte, jog perskaitėte ir supratote versiją %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Before signing you answer %1 about it; the pass mark is %2.</source>
        <translation>Prieš pasirašydami atsakysite į klausimus apie ją (%1); išlaikymo riba – %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not among the people who must sign this code; you can still read it.</source>
        <translation>Jums šio kodekso pasirašyti nereikia, tačiau galite jį skaityti.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Your signature</source>
        <translation>Jūsų parašas</translation>
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
        <translation>Dar neatidaryta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, not opened yet</source>
        <translation>%1, dar neatidaryta</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You signed version %1 on %2</source>
        <translation>Versiją %1 pasirašėte %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sections opened: %1 of %2</source>
        <translation>Atidaryta skyrių: %1 iš %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer the &amp;Questions…</source>
        <translation>&amp;Atsakyti į klausimus…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sign…</source>
        <translation>&amp;Pasirašyti…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version %1 asks %2 before you sign.</source>
        <translation>Prieš pasirašydami atsakykite į versijos %1 klausimus (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign to confirm that you have read and understood version %1.</source>
        <translation>Pasirašykite, kad patvirtintumėte, jog perskaitėte ir supratote versiją %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are not among the people who must sign this code.</source>
        <translation>Jums šio kodekso pasirašyti nereikia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open every section first: %1 still to open.</source>
        <translation>Pirmiausia atidarykite visus skyrius: liko %1.</translation>
    </message>
</context>
<context>
    <name>tenet::app::Receipt</name>
    <message>
        <location filename="../../src/app/reading/receipt.cpp" line="+55"/>
        <source>Print Receipt</source>
        <translation>Spausdinti pažymą</translation>
    </message>
</context>
<context>
    <name>tenet::app::ReviewDialog</name>
    <message>
        <location filename="../../src/app/workflow/reviewdialog.cpp" line="+38"/>
        <source>Record that you reviewed a section of version %1, the version in force. The review restarts the section&apos;s review interval.</source>
        <translation>Įrašykite, kad peržiūrėjote galiojančios versijos %1 skyrių. Po peržiūros skyriaus peržiūros intervalas skaičiuojamas iš naujo.</translation>
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
        <translation>Į&amp;rašyti peržiūrą</translation>
    </message>
</context>
<context>
    <name>tenet::app::RosterImportDialog</name>
    <message>
        <location filename="../../src/app/staff/rosterimportdialog.cpp" line="+40"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>employee number</source>
        <translation>darbuotojo numeris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e-mail</source>
        <translation>el. paštas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>role</source>
        <translation>vaidmuo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>team</source>
        <translation>komanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>site</source>
        <translation>vieta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language</source>
        <translation>kalba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start date</source>
        <translation>darbo pradžios data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>active</source>
        <extracomment>A roster field: whether the person may sign in.</extracomment>
        <translation>aktyvus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <extracomment>A roster field that has no value.</extracomment>
        <translation>(tuščia)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+7"/>
        <source>Import Staff</source>
        <translation>Importuoti darbuotojus</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Apply Import</source>
        <translation>&amp;Importuoti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roster files (*.csv);;All files (*)</source>
        <translation>Darbuotojų sąrašo failai (*.csv);;Visi failai (*)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Choose the roster file. Nothing is written until you look at what it changes and apply it.</source>
        <translation>Pasirinkite darbuotojų sąrašo failą. Niekas nebus įrašyta, kol neperžiūrėsite pakeitimų ir jų nepritaikysite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a database first.</source>
        <translation>Pirmiausia atidarykite duomenų bazę.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write these changes to the roster in one step.</source>
        <translation>Įrašyti visus šiuos pakeitimus į darbuotojų sąrašą vienu kartu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a signed-in manager can import staff.</source>
        <translation>Importuoti darbuotojus gali tik prisijungęs vadovas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file does not list you (%1), so applying it would deactivate you. Add yourself to the file or clear &quot;Deactivate people missing from the file&quot;.</source>
        <translation>Faile jūsų nėra (%1), todėl jį pritaikius būtumėte deaktyvuoti. Įtraukite save į failą arba išjunkite parinktį „Deaktyvuoti darbuotojus, kurių nėra faile“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Applying the file would deactivate you (%1) or take away your manager role; ask another manager to import it.</source>
        <translation>Pritaikius šį failą, būtumėte deaktyvuoti (%1) arba netektumėte vadovo vaidmens; paprašykite kito vadovo jį importuoti.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The file matches the roster: there is nothing to change (%n people unchanged).</source>
        <translation>
            <numerusform>Failas atitinka darbuotojų sąrašą: nieko keisti nereikia (nepakeistas %n darbuotojas).</numerusform>
            <numerusform>Failas atitinka darbuotojų sąrašą: nieko keisti nereikia (nepakeisti %n darbuotojai).</numerusform>
            <numerusform>Failas atitinka darbuotojų sąrašą: nieko keisti nereikia (nepakeista %n darbuotojų).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Applying this file will add %1, update %2 and deactivate %3 people (%4 unchanged). Nothing has been written yet.</source>
        <extracomment>%1, %2, %3 and %4 are numbers of people.</extracomment>
        <translation>Pritaikius šį failą, darbuotojų bus pridėta: %1, atnaujinta: %2, deaktyvuota: %3 (nepakeista: %4). Kol kas niekas neįrašyta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To add (%1)</source>
        <translation>Bus pridėta (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To update (%1)</source>
        <translation>Bus atnaujinta (%1)</translation>
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
        <translation>Bus deaktyvuota (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the file</source>
        <translation>nėra faile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file cannot be imported: fix the rows below and choose it again. Nothing has been written.</source>
        <translation>Failo importuoti negalima: pataisykite toliau nurodytas eilutes ir pasirinkite failą dar kartą. Niekas neįrašyta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems (%1)</source>
        <translation>Problemos (%1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The import was not applied: %1. Nothing has been written.</source>
        <translation>Importas nepritaikytas: %1. Niekas neįrašyta.</translation>
    </message>
</context>
<context>
    <name>tenet::app::SearchPanel</name>
    <message>
        <location filename="../../src/app/search/searchpanel.cpp" line="+86"/>
        <source>Search clauses (Ctrl+F)</source>
        <translation>Ieškoti punktuose (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search text</source>
        <translation>Paieškos tekstas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to find in clause titles and bodies; accents are optional and the last word may be the start of a word.</source>
        <translation>Žodžiai, kurių ieškoma punktų pavadinimuose ir tekstuose; diakritiniai ženklai nebūtini, o paskutinis žodis gali būti nebaigtas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version</source>
        <translation>Ši versija</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All versions</source>
        <translation>Visos versijos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search scope</source>
        <translation>Paieškos sritis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Paieškos rezultatai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of results</source>
        <translation>Rezultatų skaičius</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n clauses match.</source>
        <translation>
            <numerusform>Rastas %n punktas.</numerusform>
            <numerusform>Rasti %n punktai.</numerusform>
            <numerusform>Rasta %n punktų.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Version %1</source>
        <translation>Versija %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Search failed: %1</source>
        <translation>Paieška nepavyko: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No clause matches.</source>
        <translation>Atitinkančių punktų nerasta.</translation>
    </message>
</context>
<context>
    <name>tenet::app::SearchResultModel</name>
    <message>
        <location filename="../../src/app/search/searchresultmodel.cpp" line="+42"/>
        <source>Clause %1 (%2), in version(s) %3</source>
        <translation>Punktas %1 (%2); versijos: %3</translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionDueModel</name>
    <message>
        <location filename="../../src/app/dashboard/sectionduemodel.cpp" line="+42"/>
        <source>Current</source>
        <translation>Laiku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due soon</source>
        <translation>Artėja terminas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale</source>
        <translation>Pasibaigęs peržiūros terminas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not scheduled</source>
        <translation>Nesuplanuota</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>due today</source>
        <translation>terminas šiandien</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>never</source>
        <extracomment>A section that was never reviewed.</extracomment>
        <translation>niekada</translation>
    </message>
    <message numerus="yes">
        <location line="-50"/>
        <source>%n days left</source>
        <translation>
            <numerusform>Liko %n diena</numerusform>
            <numerusform>Liko %n dienos</numerusform>
            <numerusform>Liko %n dienų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>Pavėluota %n dieną</numerusform>
            <numerusform>Pavėluota %n dienas</numerusform>
            <numerusform>Pavėluota %n dienų</numerusform>
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
            <numerusform>Peržiūrima kas %n dieną; skaičiuojama nuo %1.</numerusform>
            <numerusform>Peržiūrima kas %n dienas; skaičiuojama nuo %1.</numerusform>
            <numerusform>Peržiūrima kas %n dienų; skaičiuojama nuo %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This section sets no review interval.</source>
        <translation>Šiam skyriui peržiūros intervalas nenustatytas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Section</source>
        <translation>Skyrius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Atsakingas asmuo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reviewed</source>
        <translation>Paskutinė peržiūra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review due</source>
        <translation>Peržiūros terminas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Dienos</translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionForm</name>
    <message>
        <location filename="../../src/app/editor/sectionform.cpp" line="+153"/>
        <source>No owner</source>
        <translation>Atsakingas asmuo nenurodytas</translation>
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
        <translation>Darbuotojų sąraše nėra darbuotojo numeriu %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Review was due on %1</source>
        <translation>Peržiūros terminas baigėsi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review due on %1</source>
        <translation>Kitos peržiūros terminas – %1</translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionItems</name>
    <message>
        <location filename="../../src/app/editor/sectionitems.cpp" line="+53"/>
        <source>escalation tiers</source>
        <translation>eskalavimo lygius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow-up steps</source>
        <translation>tolesnius veiksmus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint stages</source>
        <translation>skundo nagrinėjimo etapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training programmes</source>
        <translation>mokymo programas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI table</source>
        <translation>veiklos rodiklių lentelę</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>escalation tier</source>
        <translation>eskalavimo lygį</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow-up step</source>
        <translation>tolesnį veiksmą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaint stage</source>
        <translation>skundo nagrinėjimo etapą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training programme</source>
        <translation>mokymo programą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI</source>
        <translation>veiklos rodiklį</translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionPage</name>
    <message>
        <location filename="../../src/app/reading/sectionpage.cpp" line="+42"/>
        <source>%1 h</source>
        <extracomment>A time limit in hours; %1 is a number that may have decimals (&quot;0,5&quot;).</extracomment>
        <translation>%1 val.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>everyone</source>
        <extracomment>A training programme that every role takes.</extracomment>
        <translation>visi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes, pass mark %1</source>
        <translation>taip, išlaikymo riba – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <extracomment>A training programme that is never refreshed.</extracomment>
        <translation>nėra</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>every %n months</source>
        <translation>
            <numerusform>kas %n mėnesį</numerusform>
            <numerusform>kas %n mėnesius</numerusform>
            <numerusform>kas %n mėnesių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <extracomment>A KPI&apos;s target: %1 is &quot;at most&quot; or &quot;at least&quot;, %2 a value with its unit.</extracomment>
        <translation>%1 kaip %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>above %1</source>
        <translation>daugiau kaip %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>below %1</source>
        <extracomment>A KPI&apos;s alert: it goes off when the value is below %1 (a value with its unit).</extracomment>
        <translation>mažiau kaip %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This section has no clauses.</source>
        <translation>Šiame skyriuje punktų nėra.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>See: %1</source>
        <translation>Žr.: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Escalation tiers</source>
        <translation>Eskalavimo lygiai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier</source>
        <translation>Lygis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within</source>
        <translation>Per kiek laiko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Veiksmas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up steps</source>
        <translation>Tolesni veiksmai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is done</source>
        <translation>Kas daroma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Complaint stages</source>
        <translation>Skundo nagrinėjimo etapai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time limit</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training programmes</source>
        <translation>Mokymo programos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hours</source>
        <translation>Valandos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Objectives</source>
        <translation>Tikslai</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+0"/>
        <source>Refresher</source>
        <translation>Pakartotiniai mokymai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key performance indicators</source>
        <translation>Veiklos rodikliai (KPI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Rodiklis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Definition</source>
        <translation>Apibrėžimas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Vienetas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Tikslas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert threshold</source>
        <translation>Įspėjimo riba</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action when breached</source>
        <translation>Veiksmai peržengus ribą</translation>
    </message>
</context>
<context>
    <name>tenet::app::SignDialog</name>
    <message>
        <location filename="../../src/app/reading/signdialog.cpp" line="+80"/>
        <source>I have read and understood version %1 of %2.</source>
        <extracomment>The statement a person confirms by signing; %1 is the version number, %2 the code&apos;s title.</extracomment>
        <translation>Perskaičiau ir supratau „%2“ versiją %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By signing you confirm:</source>
        <translation>Pasirašydami patvirtinate:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your printed name, the date and time and this meaning are kept in the acknowledgement ledger, which nobody can change afterwards.</source>
        <translation>Jūsų vardas ir pavardė, data, laikas ir šis teiginys įrašomi į parašų žurnalą, kurio vėliau niekas negali pakeisti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign</source>
        <translation>&amp;Pasirašyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign</source>
        <translation>Pasirašyti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record your signature of version %1.</source>
        <translation>Įrašyti jūsų parašą, kad susipažinote su versija %1.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Nobody is signed in, so nobody can sign.</source>
        <translation>Niekas neprisijungęs, todėl pasirašyti negalima.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type your full name to sign.</source>
        <translation>Norėdami pasirašyti, įveskite savo vardą ir pavardę.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your PIN to sign.</source>
        <translation>Norėdami pasirašyti, įveskite PIN kodą.</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+62"/>
        <source>Signed</source>
        <translation>Pasirašyta</translation>
    </message>
</context>
<context>
    <name>tenet::app::SignInDialog</name>
    <message>
        <location filename="../../src/app/startup/signindialog.cpp" line="+122"/>
        <source>Sign in to Tenet</source>
        <translation>Prisijungimas prie Tenet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to %1</source>
        <translation>Prisijungimas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Prisijungti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Prisijungti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as the person chosen (Enter)</source>
        <translation>Prisijungti pasirinkto asmens vardu (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without signing in (Esc)</source>
        <translation>Uždaryti neprisijungus (Esc)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The staff list could not be read: %1</source>
        <translation>Nepavyko nuskaityti darbuotojų sąrašo: %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Choose yourself in the list first: type part of your name or your employee number.</source>
        <translation>Pirmiausia pasirinkite save sąraše: įveskite dalį savo vardo ar pavardės arba darbuotojo numerį.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type your PIN or password, then press Enter.</source>
        <translation>Įveskite PIN kodą arba slaptažodį ir paspauskite Enter.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your PIN or password could not be checked: %1</source>
        <translation>Nepavyko patikrinti jūsų PIN kodo arba slaptažodžio: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>That PIN or password is not right for %1 (%2). Type it again; if you have forgotten it, ask a manager to set a new one.</source>
        <translation>Įvestas PIN kodas arba slaptažodis netinka (%1, %2). Įveskite dar kartą; jei jį pamiršote, paprašykite vadovo nustatyti naują.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nobody on the staff list matches “%1”.</source>
        <translation>Darbuotojų sąraše nėra nė vieno, kuris atitiktų „%1“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 has no PIN or password yet, so cannot sign in: ask a manager to set your PIN.</source>
        <translation>%1 dar neturi PIN kodo ar slaptažodžio, todėl negali prisijungti: paprašykite vadovo nustatyti jums PIN kodą.</translation>
    </message>
</context>
<context>
    <name>tenet::app::SignInStaffModel</name>
    <message>
        <location filename="../../src/app/startup/signinstaffmodel.cpp" line="+103"/>
        <source>%1, employee number %2, %3</source>
        <translation>%1, darbuotojo numeris %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee no.</source>
        <translation>Darbuotojo Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agent</source>
        <translation>Konsultantas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>Komandos vadovas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Vadovas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <translation>Kokybės specialistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainer</source>
        <translation>Mokymų specialistas</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffDialog</name>
    <message>
        <location filename="../../src/app/staff/staffdialog.cpp" line="+72"/>
        <source>Add Staff Member</source>
        <translation>Pridėti darbuotoją</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not set</source>
        <extracomment>Shown in the start date field when no date is set.</extracomment>
        <translation>Nenurodyta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Edit %1</source>
        <translation>Redaguoti: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Įrašyti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The employee number identifies the person and cannot change.</source>
        <translation>Darbuotojo numeris identifikuoja asmenį, todėl jo pakeisti negalima.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Enter the employee number.</source>
        <translation>Įveskite darbuotojo numerį.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the person&apos;s full name.</source>
        <translation>Įveskite darbuotojo vardą ir pavardę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address; enter one like name@example.com or leave the field empty.</source>
        <translation>„%1“ nėra el. pašto adresas; įveskite adresą, pvz., vardas@example.com, arba palikite lauką tuščią.</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffDueModel</name>
    <message>
        <location filename="../../src/app/dashboard/staffduemodel.cpp" line="+38"/>
        <source>Signature expired</source>
        <translation>Parašas nebegalioja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Pavėluota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet signed</source>
        <translation>Dar nepasirašyta</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Last signed version %1 on %2.</source>
        <translation>Paskutinį kartą pasirašė versiją %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Has never signed this code; signature needed since %1.</source>
        <translation>Šio kodekso dar nė karto nepasirašė; pasirašyti reikia nuo %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Employee no.</source>
        <translation>Darbuotojo Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Terminas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days overdue</source>
        <translation>Pavėluota dienų</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffFilterBar</name>
    <message>
        <location filename="../../src/app/staff/stafffilterbar.cpp" line="+105"/>
        <source>Search staff</source>
        <translation>Ieškoti darbuotojų</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search name or number</source>
        <translation>Ieškoti pagal vardą arba numerį</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds people by name or employee number; case and accents do not matter (Ctrl+Shift+F).</source>
        <translation>Randa darbuotojus pagal vardą, pavardę arba darbuotojo numerį; didžiosios raidės ir diakritiniai ženklai nesvarbūs (Ctrl+Shift+F).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team filter</source>
        <translation>Komandos filtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the people of one team.</source>
        <translation>Rodyti tik vienos komandos darbuotojus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site filter</source>
        <translation>Vietos filtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the people of one site.</source>
        <translation>Rodyti tik vienos vietos darbuotojus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role filter</source>
        <translation>Vaidmens filtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the people with one role.</source>
        <translation>Rodyti tik vieno vaidmens darbuotojus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status filter</source>
        <translation>Būsenos filtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show active people, inactive people, or both.</source>
        <translation>Rodyti aktyvius, neaktyvius arba visus darbuotojus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All roles</source>
        <translation>Visi vaidmenys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>Aktyvūs ir neaktyvūs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktyvūs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Neaktyvūs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All teams</source>
        <translation>Visos komandos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sites</source>
        <translation>Visos vietos</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffTableModel</name>
    <message>
        <location filename="../../src/app/staff/stafftablemodel.cpp" line="+90"/>
        <source>Active</source>
        <translation>Aktyvus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Neaktyvus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is inactive: they cannot sign in or sign the code.</source>
        <translation>%1 – neaktyvus darbuotojas: negali prisijungti ir pasirašyti kodekso.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Number</source>
        <translation>Numeris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Vardas ir pavardė</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Vaidmuo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Darbo pradžios data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffView</name>
    <message>
        <location filename="../../src/app/staff/staffview.cpp" line="+148"/>
        <location line="+8"/>
        <source>Staff</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Add…</source>
        <translation>&amp;Pridėti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redaguoti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktyvuoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;PIN…</source>
        <translation>Keisti PI&amp;N kodą…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;Staff…</source>
        <translation>I&amp;mportuoti darbuotojus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff actions</source>
        <translation>Veiksmai su darbuotojais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Pranešimas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People shown</source>
        <translation>Rodomi darbuotojai</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The staff list could not be read: %1</source>
        <translation>Nepavyko nuskaityti darbuotojų sąrašo: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n people</source>
        <extracomment>%1 is how many people the filters show, %n how many are on the roster.</extracomment>
        <translation>
            <numerusform>%n darbuotojas</numerusform>
            <numerusform>%n darbuotojai</numerusform>
            <numerusform>%n darbuotojų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 iš %n darbuotojo</numerusform>
            <numerusform>%1 iš %n darbuotojų</numerusform>
            <numerusform>%1 iš %n darbuotojų</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open a database to change the roster.</source>
        <translation>Norėdami keisti darbuotojų sąrašą, atidarykite duomenų bazę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in as a manager to change the roster.</source>
        <translation>Norėdami keisti darbuotojų sąrašą, prisijunkite kaip vadovas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a manager can change the roster; you are signed in as %1.</source>
        <translation>Darbuotojų sąrašą keisti gali tik vadovas; jūsų vaidmuo – %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a person in the table first.</source>
        <translation>Pirmiausia pasirinkite darbuotoją lentelėje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a person to the roster (Ctrl+Shift+N).</source>
        <translation>Pridėti darbuotoją į sąrašą (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a roster file from the HR system, with a preview first.</source>
        <translation>Importuoti darbuotojų sąrašo failą iš personalo sistemos, prieš tai peržiūrėjus pakeitimus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected person (Ctrl+E).</source>
        <translation>Redaguoti pasirinkto darbuotojo duomenis (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deactivate the selected person: they can no longer sign in (Ctrl+Delete).</source>
        <translation>Deaktyvuoti pasirinktą darbuotoją: jis nebegalės prisijungti (Ctrl+Delete).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You cannot deactivate yourself.</source>
        <translation>Savęs deaktyvuoti negalite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already inactive.</source>
        <translation>Darbuotojo %1 paskyra jau neaktyvi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a new PIN for the selected person (Ctrl+Alt+P).</source>
        <translation>Nustatyti naują PIN kodą pasirinktam darbuotojui (Ctrl+Alt+P).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read only. %1</source>
        <extracomment>Above the staff table for someone who may not change it; %1 says why.</extracomment>
        <translation>Tik skaityti. %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was added. Reset their PIN so that they can sign in.</source>
        <translation>Pridėta: %1. Nustatykite PIN kodą, kad šis darbuotojas galėtų prisijungti.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You cannot deactivate yourself or take away your own manager role; ask another manager.</source>
        <translation>Negalite deaktyvuoti savęs ar atimti sau vadovo vaidmens; paprašykite kito vadovo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing changed for %1.</source>
        <translation>%1: niekas nepakeista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was updated.</source>
        <translation>%1: duomenys atnaujinti.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deactivate %1</source>
        <translation>Deaktyvuoti: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate %1 (%2)? They will no longer be able to sign in or sign the code, and the dashboard stops counting them. Editing them makes them active again.</source>
        <translation>Deaktyvuoti darbuotoją %1 (%2)? Jis nebegalės prisijungti ir pasirašyti kodekso, o suvestinėje nebebus skaičiuojamas. Paredagavus jo duomenis, jis vėl taps aktyvus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was not deactivated: %2</source>
        <translation>Darbuotojo %1 deaktyvuoti nepavyko: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was deactivated; edit them to make them active again.</source>
        <translation>Deaktyvuota: %1. Norėdami vėl aktyvuoti, paredaguokite darbuotojo duomenis.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has a new PIN.</source>
        <translation>%1: nustatytas naujas PIN kodas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The roster import added %1, updated %2 and deactivated %3 people.</source>
        <extracomment>%1, %2 and %3 are numbers of people.</extracomment>
        <translation>Darbuotojų sąrašas importuotas. Pridėta: %1, atnaujinta: %2, deaktyvuota: %3.</translation>
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
        <translation>Nekintamas programos identifikatorius.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Pavadinimas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The programme&apos;s name.</source>
        <translation>Programos pavadinimas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>Valandos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classroom, computer-based and simulated-call hours in total.</source>
        <translation>Bendras auditorinių, kompiuterinių mokymų ir imituotų pokalbių valandų skaičius.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objectives</source>
        <translation>Tikslai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What a person can do after the programme, one per line.</source>
        <translation>Ką darbuotojas mokės baigęs programą, po vieną eilutėje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final test</source>
        <translation>Baigiamasis testas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whether the programme ends with a test that must be passed.</source>
        <translation>Ar programa baigiama testu, kurį reikia išlaikyti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass mark (%)</source>
        <translation>Išlaikymo riba (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The score that passes the final test; needed when there is one.</source>
        <translation>Rezultatas, kurį pasiekus baigiamasis testas išlaikytas; privaloma, jei testas yra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Vaidmenys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The roles that must take the programme; none ticked means everyone.</source>
        <translation>Vaidmenys, kuriems programa privaloma; jei nepažymėtas nė vienas – visiems.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresher (months)</source>
        <translation>Pakartotiniai mokymai (mėn.)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many months later it must be taken again; none: never.</source>
        <translation>Po kiek mėnesių programą reikia kartoti; jei nenurodyta – kartoti nereikia.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ends with a final test</source>
        <translation>Yra baigiamasis testas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No final test</source>
        <translation>Baigiamojo testo nėra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>everyone</source>
        <translation>visi</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>New programme</source>
        <translation>Nauja programa</translation>
    </message>
</context>
<context>
    <name>tenet::app::UndoActions</name>
    <message>
        <location filename="../../src/app/editor/undoactions.cpp" line="+46"/>
        <source>Undo</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo %1</source>
        <translation>Atšaukti: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Pakartoti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo %1</source>
        <translation>Pakartoti: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last edit of the draft (Ctrl+Z)</source>
        <translation>Atšaukti paskutinį juodraščio pakeitimą (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the edit last undone (Ctrl+Shift+Z)</source>
        <translation>Pakartoti paskutinį atšauktą pakeitimą (Ctrl+Shift+Z)</translation>
    </message>
</context>
<context>
    <name>tenet::app::UserGuideDialog</name>
    <message>
        <location filename="../../src/app/help/userguidedialog.cpp" line="+19"/>
        <source>Tenet User Guide</source>
        <translation>Tenet naudojimo instrukcija</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Atgal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Turinys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in &amp;Browser</source>
        <translation>Atidaryti &amp;naršyklėje</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;The user guide is not installed. It is expected in the folder %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Naudojimo instrukcija neįdiegta. Ji turėtų būti aplanke %1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>tenet::app::VersionListModel</name>
    <message>
        <location filename="../../src/app/history/versionlistmodel.cpp" line="+109"/>
        <source>%1 (script)</source>
        <translation>%1 (skriptas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Employee %1</source>
        <translation>Darbuotojo Nr. %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, employee %2</source>
        <translation>%1, darbuotojo Nr. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Material</source>
        <translation>Esminis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Editorial</source>
        <translation>Redakcinis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In force</source>
        <translation>Galiojanti</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Published and in force: the version everyone is asked to acknowledge.</source>
        <translation>Paskelbta ir galiojanti: šią versiją visi turi perskaityti ir pasirašyti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A draft still being written; only drafts can be edited.</source>
        <translation>Dar rengiamas juodraštis; redaguoti galima tik juodraščius.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, approved on %2</source>
        <translation>%1; patvirtinta %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Published on %1 by %2</source>
        <translation>Paskelbta %1; paskelbė %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Material: everyone had to acknowledge this version again.</source>
        <translation>Esminis: šią versiją visi turėjo pasirašyti iš naujo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editorial: wording only; earlier acknowledgements still count.</source>
        <translation>Redakcinis: pakeista tik formuluotė; ankstesni susipažinimo patvirtinimai tebegalioja.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version %1, %2</source>
        <translation>Versija %1, %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Version</source>
        <translation>Versija</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Autorius</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by</source>
        <translation>Patvirtino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Pradėta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Paskelbta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Pakeitimo tipas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Santrauka</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Material changes ask everyone to acknowledge again; editorial ones do not.</source>
        <translation>Po esminių pakeitimų visi turi pasirašyti iš naujo, po redakcinių – ne.</translation>
    </message>
</context>
<context>
    <name>tenet::app::WorkflowController</name>
    <message>
        <location filename="../../src/app/workflow/workflowcontroller.cpp" line="+30"/>
        <location line="+83"/>
        <source>Start &amp;Draft</source>
        <translation>Pradėti &amp;juodraštį</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>&amp;Submit for Review…</source>
        <translation>Pa&amp;teikti peržiūrai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve…</source>
        <translation>Patvi&amp;rtinti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;Back…</source>
        <translation>Grąži&amp;nti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish…</source>
        <translation>Pa&amp;skelbti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Atšaukti versiją…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record Section &amp;Review…</source>
        <translation>Įrašyti s&amp;kyriaus peržiūrą…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sign in first.</source>
        <translation>Pirmiausia prisijunkite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No version is open: start a draft first.</source>
        <translation>Nėra atviros versijos: pirmiausia pradėkite juodraštį.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The versions could not be read: %1</source>
        <translation>Nepavyko nuskaityti versijų: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Continue &amp;Draft</source>
        <translation>Tęsti &amp;juodraštį</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record that a section of the version in force was reviewed, so that it is no longer due.</source>
        <translation>Įrašyti, kad galiojančios versijos skyrius peržiūrėtas – jo peržiūros terminas bus skaičiuojamas iš naujo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only supervisors, managers, quality staff and trainers record reviews.</source>
        <translation>Peržiūras įrašyti gali tik komandos vadovai, vadovai, kokybės specialistai ir mokymų specialistai.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit a new draft of the code, starting from the version in force (or continue the open draft).</source>
        <translation>Redaguoti naują kodekso juodraštį, parengtą pagal galiojančią versiją (arba tęsti atvirą juodraštį).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only supervisors, managers, quality staff and trainers write drafts.</source>
        <translation>Juodraščius rengti gali tik komandos vadovai, vadovai, kokybės specialistai ir mokymų specialistai.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not done</source>
        <translation>Nepavyko</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Submit version %1 for review</source>
        <translation>Pateikti versiją %1 peržiūrai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the manager who will review it (optional):</source>
        <translation>Pastaba vadovui, kuris ją peržiūrės (neprivaloma):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit</source>
        <translation>&amp;Pateikti</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve version %1</source>
        <translation>Patvirtinti versiją %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve version %1, written by %2? Once approved it can be published.</source>
        <translation>Patvirtinti versiją %1, kurią parengė %2? Patvirtintą versiją bus galima paskelbti.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send version %1 back</source>
        <translation>Grąžinti versiją %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What must change before it can be approved? The author will see this.</source>
        <translation>Ką reikia pakeisti, kad versiją būtų galima patvirtinti? Šį tekstą matys autorius.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;Back</source>
        <translation>&amp;Grąžinti</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Withdraw version %1</source>
        <translation>Atšaukti versiją %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawing abandons this version for good: it stays in the history but can never be published. Why is it withdrawn? (optional)</source>
        <translation>Atšaukta versija atmetama visam laikui: ji lieka istorijoje, bet niekada nebegalės būti paskelbta. Kodėl ji atšaukiama? (neprivaloma)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Atšaukti versiją</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+10"/>
        <source>Not recorded</source>
        <translation>Neįrašyta</translation>
    </message>
</context>
<context>
    <name>tenet::domain::ContentRules</name>
    <message>
        <location filename="../../src/domain/contentrules.cpp" line="+34"/>
        <source>section &quot;%1&quot; appears more than once</source>
        <translation>skyrius „%1“ nurodytas daugiau nei kartą</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>section &quot;%1&quot; is missing; every code has all seven sections</source>
        <translation>trūksta skyriaus „%1“; kiekviename kodekse turi būti visi septyni skyriai</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a clause needs an id</source>
        <translation>punktui būtinas identifikatorius</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>clause id &quot;%1&quot; is already used at %2</source>
        <translation>punkto identifikatorius „%1“ jau naudojamas: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a clause needs a title</source>
        <translation>punktui būtinas pavadinimas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is used twice</source>
        <translation>„%1“ pasikartoja</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>KPI &quot;%1&quot; is at most %2, so its alert threshold %3 may not be below its target</source>
        <translation>veiklos rodiklio „%1“ tikslas – ne daugiau kaip %2, todėl jo įspėjimo riba %3 negali būti mažesnė už tikslą</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>KPI &quot;%1&quot; is at least %2, so its alert threshold %3 may not be above its target</source>
        <translation>veiklos rodiklio „%1“ tikslas – ne mažiau kaip %2, todėl jo įspėjimo riba %3 negali būti didesnė už tikslą</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>programme &quot;%1&quot; has a final test but no pass mark</source>
        <translation>mokymo programoje „%1“ numatytas baigiamasis testas, bet nenurodyta išlaikymo riba</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be %2, not %3</source>
        <translation>%1 turi būti %2, o ne %3</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>the pass mark must be more than 0 and at most 100, not %1</source>
        <translation>išlaikymo riba turi būti didesnė nei 0 ir ne didesnė kaip 100, o ne %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs an id</source>
        <translation>būtinas identifikatorius</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs the question&apos;s text</source>
        <translation>būtinas klausimo tekstas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs at least two choices to pick from</source>
        <translation>būtini bent du atsakymų variantai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choice %1 has no text</source>
        <translation>atsakymo variantas %1 neturi teksto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs exactly one choice marked right, not %1</source>
        <translation>teisingu turi būti pažymėtas lygiai vienas variantas, o ne %1</translation>
    </message>
</context>
<context>
    <name>tenet::domain::ItemLimit</name>
    <message>
        <location filename="../../src/domain/itemlimits.cpp" line="+32"/>
        <source>a whole number from %1 to %2</source>
        <translation>sveikasis skaičius nuo %1 iki %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from %1 to %2</source>
        <translation>skaičius nuo %1 iki %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a whole number from %1</source>
        <translation>sveikasis skaičius, ne mažesnis kaip %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number from %1</source>
        <translation>skaičius, ne mažesnis kaip %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number up to %1</source>
        <translation>sveikasis skaičius, ne didesnis kaip %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number up to %1</source>
        <translation>skaičius, ne didesnis kaip %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>sveikasis skaičius</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a number</source>
        <translation>skaičius</translation>
    </message>
</context>
<context>
    <name>tenet::domain::KpiDirection</name>
    <message>
        <location filename="../../src/domain/structureditems.cpp" line="+26"/>
        <source>at most</source>
        <extracomment>A KPI that is good when low: &quot;at most 25 s&quot;.</extracomment>
        <translation>ne daugiau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least</source>
        <translation>ne mažiau</translation>
    </message>
</context>
<context>
    <name>tenet::domain::Role</name>
    <message>
        <location filename="../../src/domain/role.cpp" line="+58"/>
        <source>Agent</source>
        <extracomment>A staff member&apos;s role: answers calls and chats.</extracomment>
        <translation>Konsultantas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <extracomment>A staff member&apos;s role: leads a team of agents.</extracomment>
        <translation>Komandos vadovas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <extracomment>A staff member&apos;s role: runs the contact centre or a department.</extracomment>
        <translation>Vadovas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality</source>
        <extracomment>A staff member&apos;s role: quality assurance, listens to calls and scores them.</extracomment>
        <translation>Kokybės specialistas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainer</source>
        <extracomment>A staff member&apos;s role: trains agents.</extracomment>
        <translation>Mokymų specialistas</translation>
    </message>
</context>
<context>
    <name>tenet::domain::SigningRules</name>
    <message>
        <location filename="../../src/domain/signingrules.cpp" line="+18"/>
        <source>paper record</source>
        <translation>popierinis įrašas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>say why the signature is entered from paper</source>
        <translation>nurodykite, kodėl parašas įvedamas iš popierinio dokumento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a manager enters a signature made on paper; name one with --as</source>
        <translation>popieriuje pasirašytą parašą įvesti gali tik vadovas; nurodykite jį su --as</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a comprehension check score taken on paper comes with a signature made on paper (--paper-record); %1 takes the check in the desktop program</source>
        <translation>popieriuje atlikto supratimo patikrinimo rezultatas pateikiamas tik kartu su popieriuje pasirašytu parašu (--paper-record); darbuotojas %1 patikrinimą atlieka darbalaukio programoje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must give their PIN to sign; a manager entering a signature made on paper gives the reason instead (--paper-record)</source>
        <translation>darbuotojas %1, norėdamas pasirašyti, turi įvesti savo PIN kodą; vadovas, įvedantis popieriuje pasirašytą parašą, vietoj jo nurodo priežastį (--paper-record)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has opened %2 of the %3 sections of version %4; every section must be opened before signing</source>
        <translation>darbuotojas %1 atidarė %2 iš %3 versijos %4 skyrių; prieš pasirašant reikia atidaryti visus skyrius</translation>
    </message>
</context>
<context>
    <name>tenet::domain::StaffRules</name>
    <message>
        <location filename="../../src/domain/staffrules.cpp" line="+18"/>
        <source>only a manager can change the roster, and %1 is not a person on it; name a manager (tenetctl --as EMPLOYEE_NO)</source>
        <translation>darbuotojų sąrašą keisti gali tik vadovas, o %1 šiame sąraše nėra; nurodykite vadovą (tenetctl --as EMPLOYEE_NO)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a manager can change the roster; %1 is %2</source>
        <translation>darbuotojų sąrašą keisti gali tik vadovas; darbuotojo %1 vaidmuo – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot deactivate themselves or take away their own manager role; another manager must do that</source>
        <translation>darbuotojas %1 negali deaktyvuoti savęs ar atimti sau vadovo vaidmens; tai turi padaryti kitas vadovas</translation>
    </message>
</context>
<context>
    <name>tenet::domain::Strength</name>
    <message>
        <location filename="../../src/domain/clause.cpp" line="+25"/>
        <source>MUST</source>
        <extracomment>The badge of a firm rule (clause strength), in capitals as on the page: DEBE, PRIVALOMA.</extracomment>
        <translation>PRIVALOMA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHOULD</source>
        <translation>REKOMENDUOJAMA</translation>
    </message>
</context>
<context>
    <name>tenet::domain::TextLimit</name>
    <message>
        <location filename="../../src/domain/textlimits.cpp" line="+28"/>
        <source>holds a control character (U+%1) at character %2; it must be one line of plain text</source>
        <translation>%2 pozicijoje yra valdymo simbolis (U+%1); čia turi būti viena paprasto teksto eilutė</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>holds a control character (U+%1) at character %2; only line breaks and tabs may stand between its words</source>
        <translation>%2 pozicijoje yra valdymo simbolis (U+%1); tarp žodžių leidžiami tik eilučių lūžiai ir tabuliacijos ženklai</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ilgis – %1 simb.; leidžiama ne daugiau kaip %2</translation>
    </message>
</context>
<context>
    <name>tenet::domain::VersionState</name>
    <message>
        <location filename="../../src/domain/version.cpp" line="+46"/>
        <source>Draft</source>
        <translation>Juodraštis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In review</source>
        <translation>Peržiūrima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Patvirtinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Paskelbta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Superseded</source>
        <translation>Pakeista nauja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Atšaukta</translation>
    </message>
</context>
<context>
    <name>tenet::domain::Workflow</name>
    <message>
        <location filename="../../src/domain/workflow.cpp" line="+34"/>
        <source>cannot edit version %1 (%2): only a draft can be edited</source>
        <translation>negalima redaguoti versijos %1 (%2): redaguoti galima tik juodraštį</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot edit version %1: %2 is on the roster as %3, and only a supervisor, manager, quality or trainer can edit a draft</source>
        <translation>negalima redaguoti versijos %1: darbuotojo %2 vaidmuo darbuotojų sąraše – %3, o juodraštį redaguoti gali tik komandos vadovas, vadovas, kokybės specialistas arba mokymų specialistas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot submit version %1 (%2): only a draft can be submitted</source>
        <translation>negalima pateikti peržiūrai versijos %1 (%2): peržiūrai galima pateikti tik juodraštį</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot submit version %1: %2 is on the roster as %3, and only a supervisor, manager, quality or trainer can submit a draft</source>
        <translation>negalima pateikti peržiūrai versijos %1: darbuotojo %2 vaidmuo darbuotojų sąraše – %3, o juodraštį pateikti peržiūrai gali tik komandos vadovas, vadovas, kokybės specialistas arba mokymų specialistas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot submit version %1: no staff member was named (use --as), and only a supervisor, manager, quality or trainer can submit a draft</source>
        <translation>negalima pateikti peržiūrai versijos %1: nenurodytas darbuotojas (naudokite --as), o juodraštį pateikti peržiūrai gali tik komandos vadovas, vadovas, kokybės specialistas arba mokymų specialistas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot send back version %1 (%2): only a version in review can be sent back</source>
        <translation>negalima grąžinti versijos %1 (%2): grąžinti galima tik peržiūrimą versiją</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot send back version %1: %2 is on the roster as %3, and only a manager can send a version back</source>
        <translation>negalima grąžinti versijos %1: darbuotojo %2 vaidmuo darbuotojų sąraše – %3, o versiją grąžinti gali tik vadovas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot send back version %1: no staff member was named (use --as), and only a manager can send a version back</source>
        <translation>negalima grąžinti versijos %1: nenurodytas darbuotojas (naudokite --as), o versiją grąžinti gali tik vadovas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot approve version %1 (%2): only a version in review can be approved</source>
        <translation>negalima patvirtinti versijos %1 (%2): patvirtinti galima tik peržiūrimą versiją</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot approve version %1: %2 is on the roster as %3, and only a manager can approve a version</source>
        <translation>negalima patvirtinti versijos %1: darbuotojo %2 vaidmuo darbuotojų sąraše – %3, o versiją patvirtinti gali tik vadovas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot approve version %1: no staff member was named (use --as), and only a manager can approve a version</source>
        <translation>negalima patvirtinti versijos %1: nenurodytas darbuotojas (naudokite --as), o versiją patvirtinti gali tik vadovas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot publish version %1 (%2): only an approved version can be published</source>
        <translation>negalima paskelbti versijos %1 (%2): paskelbti galima tik patvirtintą versiją</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot publish version %1: %2 is on the roster as %3, and only a manager can publish a version</source>
        <translation>negalima paskelbti versijos %1: darbuotojo %2 vaidmuo darbuotojų sąraše – %3, o versiją paskelbti gali tik vadovas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot publish version %1: no staff member was named (use --as), and only a manager can publish a version</source>
        <translation>negalima paskelbti versijos %1: nenurodytas darbuotojas (naudokite --as), o versiją paskelbti gali tik vadovas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot withdraw version %1 (%2): only a draft, a version in review or an approved version can be withdrawn</source>
        <translation>negalima atšaukti versijos %1 (%2): atšaukti galima tik juodraštį, peržiūrimą arba patvirtintą versiją</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot withdraw version %1: %2 is on the roster as %3, and only a manager or the author of the draft can withdraw it</source>
        <translation>negalima atšaukti versijos %1: darbuotojo %2 vaidmuo darbuotojų sąraše – %3, o atšaukti ją gali tik vadovas arba juodraščio autorius</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot withdraw version %1: no staff member was named (use --as), and only a manager or the author of the draft can withdraw it</source>
        <translation>negalima atšaukti versijos %1: nenurodytas darbuotojas (naudokite --as), o atšaukti ją gali tik vadovas arba juodraščio autorius</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot approve version %1: %2 authored or submitted it, and another manager must approve it</source>
        <translation>negalima patvirtinti versijos %1: ją parengė arba pateikė peržiūrai %2, todėl ją turi patvirtinti kitas vadovas</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the first publication of a code must be material: nobody has signed an earlier version</source>
        <translation>pirmasis kodekso paskelbimas turi būti esminis pakeitimas: ankstesnės versijos dar niekas nepasirašė</translation>
    </message>
</context>
<context>
    <name>tenet::exchange::CodeFile</name>
    <message>
        <location filename="../../src/exchange/codefile.cpp" line="+261"/>
        <location line="+86"/>
        <source>invalid JSON: %1</source>
        <translation>netinkamas JSON: %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>the built-in schema is missing from this build</source>
        <translation>šiame programos leidime trūksta integruotos schemos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the built-in schema is not valid JSON</source>
        <translation>integruota schema nėra tinkamas JSON</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the file is not valid UTF-8 text (byte 0x%1); save it with the UTF-8 encoding</source>
        <translation>failas nėra tinkamas UTF-8 tekstas (baitas 0x%1); įrašykite jį UTF-8 koduote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file is empty</source>
        <translation>failas tuščias</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>property &quot;%1&quot; appears twice</source>
        <translation>savybė „%1“ nurodyta du kartus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the format &quot;%1&quot; is not supported; this version of Tenet reads &quot;%2&quot;</source>
        <translation>formatas „%1“ nepalaikomas; ši Tenet versija skaito „%2“</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>is too large to be a code file</source>
        <translation>per didelis, kad būtų kodekso failas</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>cannot be written: %1</source>
        <translation>nepavyksta įrašyti: %1</translation>
    </message>
</context>
<context>
    <name>tenet::exchange::SchemaValidator</name>
    <message>
        <location filename="../../src/exchange/jsonschema.cpp" line="+64"/>
        <source>schema</source>
        <translation>schema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the schema could not be applied: %1</source>
        <translation>nepavyko pritaikyti schemos: %1</translation>
    </message>
    <message>
        <location filename="../../src/exchange/schemacompiler.cpp" line="+49"/>
        <source>schema %1</source>
        <translation>schema %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a schema must be an object, true or false</source>
        <translation>schema turi būti objektas, true arba false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>$ref must be a string</source>
        <translation>$ref turi būti teksto eilutė</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>$id is not a valid URI</source>
        <translation>$id nėra tinkamas URI</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be an object of schemas</source>
        <translation>turi būti schemų objektas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a non-empty array of schemas</source>
        <translation>turi būti netuščias schemų masyvas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>must be an object</source>
        <translation>turi būti objektas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must list property names</source>
        <translation>turi išvardyti savybių pavadinimus</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unknown type %1</source>
        <translation>nežinomas tipas %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a non-negative whole number</source>
        <translation>turi būti neneigiamas sveikasis skaičius</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number</source>
        <translation>turi būti skaičius</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a number greater than 0</source>
        <translation>turi būti skaičius, didesnis už 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an array</source>
        <translation>turi būti masyvas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be true or false</source>
        <translation>turi būti true arba false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be an array of property names</source>
        <translation>turi būti savybių pavadinimų masyvas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a string</source>
        <translation>turi būti teksto eilutė</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a valid regular expression: %2</source>
        <translation>„%1“ nėra tinkamas reguliarusis reiškinys: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; cannot be resolved: %2</source>
        <translation>nepavyksta nustatyti, į ką rodo „%1“: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no schema has the $id &quot;#%1&quot;</source>
        <translation>nėra schemos, kurios $id yra „#%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the schema %1 is not known</source>
        <translation>schema %1 nežinoma</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>there is nothing at &quot;#%1&quot;</source>
        <translation>adresu „#%1“ nieko nėra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it does not lead to a schema</source>
        <translation>ji nerodo į schemą</translation>
    </message>
    <message>
        <location filename="../../src/exchange/schemaevaluator.cpp" line="+22"/>
        <source>no value is allowed here</source>
        <translation>čia jokia reikšmė neleidžiama</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the schema refers to itself without end</source>
        <translation>schema be galo nurodo pati į save</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unresolved $ref</source>
        <translation>neišspręsta $ref nuoroda</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unexpected property &quot;%1&quot;</source>
        <translation>nenumatyta savybė „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing required property &quot;%1&quot;</source>
        <translation>trūksta privalomos savybės „%1“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>property &quot;%1&quot; is required when &quot;%2&quot; is present</source>
        <translation>savybė „%1“ privaloma, kai yra „%2“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>property name &quot;%1&quot; %2</source>
        <translation>savybės pavadinimas „%1“ %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>must have at least %1, not %2</source>
        <translation>turi būti bent %1, o ne %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+25"/>
        <location line="+18"/>
        <source>must have at most %1, not %2</source>
        <translation>turi būti ne daugiau kaip %1, o ne %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>must contain at least one item that matches the schema under &quot;contains&quot;</source>
        <translation>turi būti bent vienas elementas, atitinkantis „contains“ schemą</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must not contain the same item twice (items %1 and %2 are equal)</source>
        <translation>elementai negali kartotis (%1 ir %2 elementai vienodi)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>must match exactly one of the allowed forms, but matches both form %1 and form %2</source>
        <translation>turi atitikti lygiai vieną iš leidžiamų formų, bet atitinka ir %1, ir %2 formą</translation>
    </message>
    <message>
        <location line="+41"/>
        <location filename="../../src/exchange/schemascalarchecks.cpp" line="+28"/>
        <source>must be %1, not %2</source>
        <translation>turi būti %1, o ne %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>does not match any of the allowed forms</source>
        <translation>neatitinka nė vienos leidžiamos formos</translation>
    </message>
    <message>
        <location filename="../../src/exchange/schemamessages.cpp" line="+16"/>
        <source>a whole number</source>
        <translation>sveikasis skaičius</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a number</source>
        <extracomment>A JSON value&apos;s type, as in &quot;must be a number&quot;.</extracomment>
        <translation>skaičius</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string</source>
        <extracomment>A JSON value&apos;s type: a piece of text in quotes.</extracomment>
        <translation>teksto eilutė</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object</source>
        <extracomment>A JSON value&apos;s type: a set of named properties in braces.</extracomment>
        <translation>objektas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an array</source>
        <extracomment>A JSON value&apos;s type: a list in square brackets.</extracomment>
        <translation>masyvas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true or false</source>
        <translation>true arba false</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> or </source>
        <translation> arba </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n property</source>
        <extracomment>A count of a JSON object&apos;s properties: &quot;must have at least 2 properties&quot;.</extracomment>
        <translation>
            <numerusform>%n savybė</numerusform>
            <numerusform>%n savybės</numerusform>
            <numerusform>%n savybių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n properties</source>
        <extracomment>A count of a JSON object&apos;s properties: &quot;must have at least 2 properties&quot;.</extracomment>
        <translation>
            <numerusform>%n savybė</numerusform>
            <numerusform>%n savybės</numerusform>
            <numerusform>%n savybių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item</source>
        <extracomment>A count of a JSON list&apos;s items: &quot;must have at most 3 items&quot;.</extracomment>
        <translation>
            <numerusform>%n elementas</numerusform>
            <numerusform>%n elementai</numerusform>
            <numerusform>%n elementų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n items</source>
        <extracomment>A count of a JSON list&apos;s items: &quot;must have at most 3 items&quot;.</extracomment>
        <translation>
            <numerusform>%n elementas</numerusform>
            <numerusform>%n elementai</numerusform>
            <numerusform>%n elementų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n character</source>
        <extracomment>A count of characters: &quot;must be at least 2 characters long&quot;.</extracomment>
        <translation>
            <numerusform>%n simbolio</numerusform>
            <numerusform>%n simbolių</numerusform>
            <numerusform>%n simbolių</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n characters</source>
        <extracomment>A count of characters: &quot;must be at least 2 characters long&quot;.</extracomment>
        <translation>
            <numerusform>%n simbolio</numerusform>
            <numerusform>%n simbolių</numerusform>
            <numerusform>%n simbolių</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must not have the property &quot;%1&quot;</source>
        <translation>savybė „%1“ neleidžiama</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be %1</source>
        <translation>negali būti %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not match the schema under &quot;not&quot;</source>
        <translation>negali atitikti „not“ schemos</translation>
    </message>
    <message>
        <location filename="../../src/exchange/schemascalarchecks.cpp" line="+10"/>
        <location line="+9"/>
        <source>must be %1</source>
        <translation>turi būti %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of %1</source>
        <translation>turi būti viena iš šių reikšmių: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must not be empty</source>
        <translation>negali būti tuščias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be at least %1 long, not %2</source>
        <translation>turi būti bent %1 ilgio, o ne %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be at most %1 long, not %2</source>
        <translation>turi būti daugiausia %1 ilgio, o ne %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must match the pattern %1</source>
        <translation>turi atitikti šabloną %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be at least %1</source>
        <translation>turi būti ne mažiau kaip %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be at most %1</source>
        <translation>turi būti ne daugiau kaip %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be greater than %1</source>
        <translation>turi būti daugiau nei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be less than %1</source>
        <translation>turi būti mažiau nei %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a multiple of %1</source>
        <translation>turi būti %1 kartotinis</translation>
    </message>
</context>
</TS>
