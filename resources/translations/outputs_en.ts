<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Changes</name>
    <message numerus="yes">
        <location filename="../../src/render/changetext.cpp" line="+137"/>
        <source>%n table rows changed</source>
        <translation>
            <numerusform>%n table row changed</numerusform>
            <numerusform>%n table rows changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>details of %n sections changed</source>
        <translation>
            <numerusform>details of %n section changed</numerusform>
            <numerusform>details of %n sections changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message numerus="yes">
        <location filename="../../src/render/compliancereportpdf.cpp" line="+130"/>
        <source>%1 of %n people signed; %2 not signed, of whom %3 overdue.</source>
        <extracomment>%n people must sign; %1 of them signed, %2 did not, %3 of those are overdue.</extracomment>
        <translation>
            <numerusform>%1 of %n person signed; %2 not signed, of whom %3 overdue.</numerusform>
            <numerusform>%1 of %n people signed; %2 not signed, of whom %3 overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Verified: all %n signatures in the ledger are sound.</source>
        <translation>
            <numerusform>Verified: the %n signature in the ledger is sound.</numerusform>
            <numerusform>Verified: all %n signatures in the ledger are sound.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message numerus="yes">
        <location filename="../../src/render/handbookchanges.cpp" line="+40"/>
        <source>%n clauses added</source>
        <translation>
            <numerusform>%n clause added</numerusform>
            <numerusform>%n clauses added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clauses removed</source>
        <translation>
            <numerusform>%n clause removed</numerusform>
            <numerusform>%n clauses removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clauses changed</source>
        <translation>
            <numerusform>%n clause changed</numerusform>
            <numerusform>%n clauses changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n clauses moved</source>
        <translation>
            <numerusform>%n clause moved</numerusform>
            <numerusform>%n clauses moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changes to the tables</source>
        <extracomment>Changes to the rows of the sections&apos; tables (escalation tiers, KPIs...).</extracomment>
        <translation>
            <numerusform>%n change to the tables</numerusform>
            <numerusform>%n changes to the tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n changes to sections&apos; details</source>
        <extracomment>Changes to a section&apos;s purpose, owner or review interval.</extracomment>
        <translation>
            <numerusform>%n change to a section&apos;s details</numerusform>
            <numerusform>%n changes to sections&apos; details</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/render/handbooktext.cpp" line="+86"/>
        <source>every %n months</source>
        <extracomment>How often a training programme is refreshed: &quot;every 12 months&quot;.</extracomment>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
</context>
</TS>
