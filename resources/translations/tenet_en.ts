<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>tenet::app::CheckDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/reading/checkdialog.cpp" line="+29"/>
        <source>%n questions</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+110"/>
        <source>Answer every question first: %n left.</source>
        <translation>
            <numerusform>Answer every question first: %n left.</numerusform>
            <numerusform>Answer every question first: %n left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>You answered %1 of %n questions right (%2).</source>
        <extracomment>%1 is how many answers were right, %n how many questions there were, %2 the share.</extracomment>
        <translation>
            <numerusform>You answered %1 of %n question right (%2).</numerusform>
            <numerusform>You answered %1 of %n questions right (%2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::CodeFileActions</name>
    <message numerus="yes">
        <location filename="../../src/app/startup/codefileactions.cpp" line="+67"/>
        <source>%1 was imported as draft version %2 of &quot;%3&quot;: %n clauses in seven sections.</source>
        <translation>
            <numerusform>%1 was imported as draft version %2 of &quot;%3&quot;: %n clause in seven sections.</numerusform>
            <numerusform>%1 was imported as draft version %2 of &quot;%3&quot;: %n clauses in seven sections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::CodeTreeModel</name>
    <message numerus="yes">
        <location filename="../../src/app/editor/models/codetreemodel.cpp" line="+222"/>
        <source>Section %1 is due for review: its review interval of %n days ran out on %2.</source>
        <extracomment>%1 is the section&apos;s number, %2 a date; %n the review interval in days.</extracomment>
        <translation>
            <numerusform>Section %1 is due for review: its review interval of %n day ran out on %2.</numerusform>
            <numerusform>Section %1 is due for review: its review interval of %n days ran out on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::ComparisonModel</name>
    <message numerus="yes">
        <location filename="../../src/app/history/comparisonmodel.cpp" line="+202"/>
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::DashboardView</name>
    <message numerus="yes">
        <location filename="../../src/app/dashboard/dashboardview.cpp" line="+321"/>
        <source>%1 of %n people</source>
        <extracomment>%1 is how many have signed; %n how many people must sign.</extracomment>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n not signed in all</source>
        <translation>
            <numerusform>%n not signed in all</numerusform>
            <numerusform>%n not signed in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n breaching the alert line</source>
        <translation>
            <numerusform>%n breaching the alert line</numerusform>
            <numerusform>%n breaching the alert line</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of the %n people who must sign hold a signature of the version in force that counts.</source>
        <extracomment>%1 is how many have signed; %n how many people must sign.</extracomment>
        <translation>
            <numerusform>%1 of the %n person who must sign holds a signature of the version in force that counts.</numerusform>
            <numerusform>%1 of the %n people who must sign hold a signature of the version in force that counts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::EditorHeader</name>
    <message numerus="yes">
        <location filename="../../src/app/editor/editorheader.cpp" line="+110"/>
        <source>%n clauses</source>
        <translation>
            <numerusform>%n clause</numerusform>
            <numerusform>%n clauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::IntegrityDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/integrity/integritydialog.cpp" line="+157"/>
        <source>%1 failed the integrity check (%n problems, listed below). Restore it from a backup, and keep this list for whoever looks into it.</source>
        <extracomment>%1 is the database file. The problems are listed below, in English.</extracomment>
        <translation>
            <numerusform>%1 failed the integrity check (%n problem, shown below). Restore it from a backup, and keep this list for whoever looks into it.</numerusform>
            <numerusform>%1 failed the integrity check (%n problems, listed below). Restore it from a backup, and keep this list for whoever looks into it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 passed every check: the file, its guards, its stored content and its hash chains (%n audit entries).</source>
        <extracomment>%1 is the database file; %n the number of entries in its audit log.</extracomment>
        <translation>
            <numerusform>%1 passed every check: the file, its guards, its stored content and its hash chains (%n audit entry).</numerusform>
            <numerusform>%1 passed every check: the file, its guards, its stored content and its hash chains (%n audit entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::PinDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/staff/pindialog.cpp" line="+47"/>
        <source>The PIN must have at least %n characters.</source>
        <translation>
            <numerusform>The PIN must have at least %n character.</numerusform>
            <numerusform>The PIN must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::PublishDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/workflow/publishdialog.cpp" line="+66"/>
        <source>%n people in the code&apos;s audience will be asked to sign it.</source>
        <translation>
            <numerusform>%n person in the code&apos;s audience will be asked to sign it.</numerusform>
            <numerusform>%n people in the code&apos;s audience will be asked to sign it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::RosterImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/app/staff/rosterimportdialog.cpp" line="+230"/>
        <source>The file matches the roster: there is nothing to change (%n people unchanged).</source>
        <translation>
            <numerusform>The file matches the roster: there is nothing to change (%n person unchanged).</numerusform>
            <numerusform>The file matches the roster: there is nothing to change (%n people unchanged).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::SearchPanel</name>
    <message numerus="yes">
        <location filename="../../src/app/search/searchpanel.cpp" line="+134"/>
        <source>%n clauses match.</source>
        <translation>
            <numerusform>%n clause matches.</numerusform>
            <numerusform>%n clauses match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionDueModel</name>
    <message numerus="yes">
        <location filename="../../src/app/dashboard/sectionduemodel.cpp" line="+55"/>
        <source>%n days left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <source>Reviewed every %n days; counted from %1.</source>
        <translation>
            <numerusform>Reviewed every day; counted from %1.</numerusform>
            <numerusform>Reviewed every %n days; counted from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::SectionPage</name>
    <message numerus="yes">
        <location filename="../../src/app/reading/sectionpage.cpp" line="+70"/>
        <source>every %n months</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::app::StaffView</name>
    <message numerus="yes">
        <location filename="../../src/app/staff/staffview.cpp" line="+196"/>
        <source>%n people</source>
        <extracomment>%1 is how many people the filters show, %n how many are on the roster.</extracomment>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n people</source>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tenet::exchange::SchemaValidator</name>
    <message numerus="yes">
        <location filename="../../src/exchange/schemamessages.cpp" line="+65"/>
        <source>%n property</source>
        <extracomment>A count of a JSON object&apos;s properties: &quot;must have at least 2 properties&quot;.</extracomment>
        <translation>
            <numerusform>%n property</numerusform>
            <numerusform>%n properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n properties</source>
        <extracomment>A count of a JSON object&apos;s properties: &quot;must have at least 2 properties&quot;.</extracomment>
        <translation>
            <numerusform>%n property</numerusform>
            <numerusform>%n properties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n item</source>
        <extracomment>A count of a JSON list&apos;s items: &quot;must have at most 3 items&quot;.</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n items</source>
        <extracomment>A count of a JSON list&apos;s items: &quot;must have at most 3 items&quot;.</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n character</source>
        <extracomment>A count of characters: &quot;must be at least 2 characters long&quot;.</extracomment>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n characters</source>
        <extracomment>A count of characters: &quot;must be at least 2 characters long&quot;.</extracomment>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
</TS>
