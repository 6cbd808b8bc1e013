#include "domain/codecontent.h"
#include "domain/sectionkey.h"
#include "support/tempdir.h"

#include <QSet>

using namespace tenet::domain;

TEST_CASE("the seven sections have stable keys and a fixed order", "[domain]")
{
    QStringList names;
    for (SectionKey key : allSectionKeys)
        names << sectionKeyName(key);
    CHECK(names
          == QStringList{u"ethics"_s, u"communication"_s, u"behaviour"_s,
                         u"service_protocols"_s, u"complaints"_s, u"training"_s,
                         u"metrics"_s});
    for (SectionKey key : allSectionKeys)
        CHECK(sectionKeyFromName(sectionKeyName(key)) == key);
    CHECK_FALSE(sectionKeyFromName(u"Ethics"_s).has_value());
    CHECK(sectionNumber(SectionKey::Ethics) == 1);
    CHECK(sectionNumber(SectionKey::Metrics) == 7);
}

TEST_CASE("clause numbers are derived from the section and the position", "[domain]")
{
    CHECK(clauseNumber(SectionKey::Behaviour, 1) == u"3.2"_s);
    CHECK(clauseNumber(SectionKey::Ethics, 0) == u"1.1"_s);

    CodeContent content = CodeContent::withEmptySections();
    REQUIRE(content.sections.size() == 7);
    content.section(SectionKey::Complaints)->clauses = {
        Clause{u"c-log"_s, u"Log every complaint"_s, {}, Strength::Must, {}},
        Clause{u"c-ack"_s, u"Acknowledge within a day"_s, {}, Strength::Should, {}}};
    const auto position = content.findClause(u"c-ack"_s);
    REQUIRE(position.has_value());
    CHECK(position->sectionIndex == 4);
    CHECK(position->clauseIndex == 1);
    CHECK(clauseNumber(content.sections.at(position->sectionIndex).key, position->clauseIndex)
          == u"5.2"_s);
    CHECK(content.clauseCount() == 2);
    CHECK(content.clause(u"missing"_s) == nullptr);
}

TEST_CASE("a new section is titled in the language of its code", "[domain]")
{
    CHECK(defaultSectionTitle(SectionKey::Ethics) == u"Ethical guidelines"_s);
    CHECK(defaultSectionTitle(SectionKey::Ethics, u"es"_s) == u"Principios éticos"_s);
    CHECK(defaultSectionTitle(SectionKey::Complaints, u"es-ES"_s)
          == u"Gestión de reclamaciones"_s);
    CHECK(defaultSectionTitle(SectionKey::Metrics, u"lt"_s) == u"Veiklos rodikliai"_s);
    // A language Tenet has no titles for gets English ones rather than none.
    CHECK(defaultSectionTitle(SectionKey::Training, u"de"_s) == u"Training and development"_s);

    for (const QString &language : {u"en"_s, u"es"_s, u"lt"_s}) {
        INFO(language.toStdString());
        QSet<QString> titles;
        for (SectionKey key : allSectionKeys)
            titles.insert(defaultSectionTitle(key, language));
        CHECK(titles.size() == 7); // seven different, non-empty titles
        CHECK_FALSE(titles.contains(QString()));
    }
    const CodeContent spanish = CodeContent::withEmptySections(u"es"_s);
    CHECK(spanish.sections.at(1).title == u"Normas de comunicación"_s);
    CHECK(CodeContent::withEmptySections(u"lt"_s).sections.at(5).title
          == u"Mokymai ir tobulėjimas"_s);
}
