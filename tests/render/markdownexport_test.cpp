#include "handbookfixture.h"
#include "render/markdownexport.h"

#include <QRegularExpression>

using namespace tenet;
using namespace tenet::test;

namespace {

QStringList linesStartingWith(const QString &text, const QString &prefix)
{
    QStringList found;
    for (const QString &line : text.split(u'\n')) {
        if (line.startsWith(prefix))
            found << line;
    }
    return found;
}

} // namespace

TEST_CASE("the Markdown export has one heading per section and per clause", "[render][markdown]")
{
    const render::HandbookSource source = fixtureSource(u"code-es.json"_s, true);
    const QString md = QString::fromUtf8(render::handbookMarkdown(source));
    CHECK(linesStartingWith(md, u"# "_s)
          == QStringList {u"# Código de buenas prácticas de atención al cliente"_s});
    const QStringList sections = linesStartingWith(md, u"## "_s);
    REQUIRE(sections.size() == 7);
    CHECK(sections.first() == u"## 1 Principios éticos"_s);
    CHECK(sections.last() == u"## 7 Indicadores de rendimiento"_s);
    const QStringList clauses = linesStartingWith(md, u"### "_s);
    CHECK(clauses.size() == source.version.content.clauseCount());
    CHECK(clauses.contains(u"### 1.1 Honestidad (DEBE)"_s));
    CHECK(clauses.contains(u"### 1.3 Regalos e invitaciones (DEBERÍA)"_s));
    CHECK(linesStartingWith(md, u"#### "_s).isEmpty());
    // Bodies stay as written: they are Markdown already.
    CHECK(md.contains(u"en un máximo de **24 horas** laborables"_s));
    CHECK(md.contains(u"\n- ni por un teléfono personal,\n"_s));
    CHECK(md.endsWith(u"\n"_s));
    CHECK_FALSE(md.endsWith(u"\n\n"_s));
}

TEST_CASE("the Markdown export prints structured items as pipe tables", "[render][markdown]")
{
    const QString md
        = QString::fromUtf8(render::handbookMarkdown(fixtureSource(u"code-es.json"_s, true)));
    CHECK(md.contains(u"**Niveles de escalado**\n\n| Nivel | Quién | Plazo | Actuación |\n"
                      "| --- | --- | --- | --- |\n| 1 | agente | 0 horas | "_s));
    CHECK(
        md.contains(u"| 3 | responsable | 24,5 horas | Decidir una compensación si procede. |"_s));
    CHECK(md.contains(u"| Formación inicial de agentes | 40 | Conocer el código y sus cláusulas."
                      "<br>Practicar llamadas simuladas con clientes difíciles. | sí, nota "
                      "mínima 80\u00a0% | agente | cada 12 meses |"_s));
    CHECK(md.contains(u"| como máximo 20 | por encima de 30 |"_s));
    // Every table row has as many cells as its header.
    for (const QString &line : linesStartingWith(md, u"|"_s)) {
        INFO(line.toStdString());
        CHECK(line.endsWith(u" |"_s));
    }
}

TEST_CASE("text Tenet writes into Markdown cannot turn into markup", "[render][markdown]")
{
    render::HandbookSource source = fixtureSource(u"code-lt.json"_s, false);
    source.code.title = u"Code *one* | [two](x) <b>"_s;
    source.organisation = u"1. Org"_s;
    source.version.content.sections[0].clauses[0].title = u"Title # with _marks_"_s;
    source.version.content.sections[3].escalation[0].action = u"a | b\nc"_s;
    const QString md = QString::fromUtf8(render::handbookMarkdown(source));
    // After the comment that says clause texts are passed through as written.
    CHECK(md.section(u"-->\n\n"_s, 1)
              .startsWith(u"# Code \\*one\\* \\| \\[two\\](x) \\<b\\>\n\n1\\. Org · "_s));
    CHECK(md.contains(u"### 1.1 Title \\# with \\_marks\\_ (PRIVALOMA)"_s));
    CHECK(md.contains(u"| a \\| b c |"_s));
    CHECK(md.contains(u"> **Tai juodraštis"_s));
}

TEST_CASE("the Markdown export says at its top that clause texts are passed through unfiltered",
          "[render][markdown]")
{
    render::HandbookSource source = fixtureSource(u"code-es.json"_s, true);
    QString md = QString::fromUtf8(render::handbookMarkdown(source));
    QString firstLine = md.section(u'\n', 0, 0);
    CHECK(firstLine.startsWith(u"<!-- "_s));
    CHECK(firstLine.contains(u"no se filtran"_s));
    source.version.content.language = u"en"_s;
    md = QString::fromUtf8(render::handbookMarkdown(source));
    firstLine = md.section(u'\n', 0, 0);
    CHECK(firstLine.contains(u"not filtered"_s));
    CHECK(firstLine.endsWith(u" -->"_s));
}
