#include "handbookfixture.h"
#include "render/htmlexport.h"

#include <QRegularExpression>

using namespace tenet;
using namespace tenet::test;

TEST_CASE("the HTML export holds every section and clause with its strength", "[render][html]")
{
    const render::HandbookSource source = fixtureSource(u"code-es.json"_s, true);
    const QString html = QString::fromUtf8(render::handbookHtml(source));
    CHECK(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"es\">"_s));
    CHECK(html.contains(u"<meta charset=\"utf-8\">"_s));
    for (const domain::Section &section : source.version.content.sections) {
        CHECK(html.contains(
            u"<section id=\"section-%1\">"_s.arg(domain::sectionKeyName(section.key))));
        CHECK(html.contains(u"</span> "_s + section.title.toHtmlEscaped() + u"</h2>"_s));
        for (int i = 0; i < section.clauses.size(); ++i) {
            const domain::Clause &clause = section.clauses.at(i);
            INFO(clause.id.toStdString());
            CHECK(html.contains(u"<article class=\"clause %1\" id=\"clause-%2\">"_s.arg(
                domain::strengthName(clause.strength), clause.id)));
            CHECK(html.contains(
                u"<span class=\"number\">%1</span> %2 <span class=\"strength\">%3"
                "</span></h3>"_s.arg(
                    domain::clauseNumber(section.key, i), clause.title.toHtmlEscaped(),
                    clause.strength == domain::Strength::Must ? u"DEBE"_s : u"DEBERÍA"_s)));
        }
    }
    const int articles = int(html.count(u"<article "_s));
    CHECK(articles == source.version.content.clauseCount());
    CHECK(html.count(u"<h3>"_s) == articles);
    CHECK(html.contains(u"<strong>24 horas</strong>"_s));
    CHECK(html.contains(u"<li>ni en redes sociales,</li>"_s));
}

TEST_CASE("the HTML export is one self-contained file with a print stylesheet", "[render][html]")
{
    const QString html
        = QString::fromUtf8(render::handbookHtml(fixtureSource(u"code-lt.json"_s, false)));
    CHECK(html.contains(u"<style>"_s));
    CHECK(html.contains(u"@media print"_s));
    CHECK(html.contains(u"break-before: page"_s));
    CHECK_FALSE(html.contains(u"<link"_s));
    CHECK_FALSE(html.contains(u"<script"_s));
    CHECK_FALSE(html.contains(u"src="_s));
    CHECK(html.contains(u"<body class=\"draft\" data-watermark=\"JUODRAŠTIS\">"_s));
    CHECK(html.contains(u"Klientų aptarnavimo elgesio kodeksas"_s));
}

TEST_CASE("the HTML export prints structured items as tables", "[render][html]")
{
    const QString html
        = QString::fromUtf8(render::handbookHtml(fixtureSource(u"code-es.json"_s, true)));
    CHECK(html.contains(u"<h4>Niveles de escalado</h4>\n<table>\n<thead><tr><th>Nivel</th>"
                        "<th>Quién</th><th>Plazo</th><th>Actuación</th></tr></thead>"_s));
    CHECK(html.contains(u"<tr><td>3</td><td>responsable</td><td>24,5 horas</td>"_s));
    CHECK(html.contains(u"<h4>Fases de la reclamación</h4>"_s));
    CHECK(html.contains(u"<h4>Programas de formación</h4>"_s));
    CHECK(html.contains(u"<li>Acompañar al agente en las llamadas difíciles.</li>"_s));
    CHECK(html.contains(u"<h4>Indicadores clave (KPI)</h4>"_s));
    CHECK(html.contains(u"<td>como máximo 20</td><td>por encima de 30</td>"_s));
}

TEST_CASE("the HTML export escapes everything the user wrote", "[render][html]")
{
    render::HandbookSource source = fixtureSource(u"code-es.json"_s, true);
    source.code.title = u"Code <script>alert(\"t\")</script> & co"_s;
    source.organisation = u"<b>Org</b>"_s;
    domain::Section &ethics = source.version.content.sections[0];
    ethics.title = u"Ethics <i>now</i>"_s;
    ethics.purpose = u"Purpose \"quoted\" <img src=x>"_s;
    ethics.clauses[0].title = u"Title </h3><script>x()</script>"_s;
    ethics.clauses[0].id = u"id\" onmouseover=\"x()"_s;
    ethics.clauses[0].body = u"Body <iframe src=evil></iframe>"_s;
    ethics.clauses[0].references = {u"<a href=javascript:x()>ref</a>"_s};
    source.version.content.sections[3].escalation[0].action = u"<u>act</u>"_s;
    const QString html = QString::fromUtf8(render::handbookHtml(source));
    CHECK_FALSE(html.contains(u"<script"_s));
    CHECK_FALSE(html.contains(u"<b>"_s));
    CHECK_FALSE(html.contains(u"<i>"_s));
    CHECK_FALSE(html.contains(u"<img"_s));
    CHECK_FALSE(html.contains(u"<iframe"_s));
    CHECK_FALSE(html.contains(u"<u>"_s));
    CHECK_FALSE(html.contains(u"onmouseover=\""_s));
    CHECK_FALSE(html.contains(u"<a href=javascript"_s));
    CHECK(html.contains(u"Code &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; co"_s));
    CHECK(html.contains(u"id=\"clause-id-onmouseover-x-\""_s));
}
