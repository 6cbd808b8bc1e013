#include "startupfixture.h"

#include "app/startup/startercode.h"
#include "domain/codecontent.h"
#include "storage/versionstore.h"

#include <QDir>

using namespace tenet;
using namespace tenet::domain;

TEST_CASE("every starter code in resources/templates is embedded in the program",
          "[startup][starter]")
{
    const QDir templates(QStringLiteral(TENET_SOURCE_DIR) + u"/resources/templates"_s);
    QStringList files = templates.entryList({u"starter-code.*.json"_s}, QDir::Files);
    QStringList languages;
    for (const QString &file : files)
        languages.append(file.section(u'.', 1, 1));
    languages.sort();
    QStringList embedded = app::starterCodeLanguages();
    embedded.sort();
    // A new file needs its line in src/app/startup/CMakeLists.txt.
    CHECK(embedded == languages);
    CHECK(embedded.contains(u"en"_s));
    CHECK_FALSE(app::starterCode(u"de"_s));
}

TEST_CASE("a new database in each language has that language's title, sections and clauses",
          "[startup][starter]")
{
    const QString language = GENERATE(as<QString>(), u"en"_s, u"es"_s, u"lt"_s);
    INFO(language.toStdString());
    if (!app::starterCodeLanguages().contains(language)) {
        WARN("no starter code in " << language.toStdString() << " is embedded in this build");
        return;
    }
    const Code shipped = app::starterCode(language).value().code;
    CHECK(shipped.language == language);
    CHECK(shipped.title.contains(u"Northwind Support"_s));

    test::TempDir dir;
    const bool starter = GENERATE(true, false);
    app::NewOrganisation acme {u"Acme Help Desk"_s, u"E100"_s, u"Dalia Šimkutė"_s,
                               u"s3cret"_s,         starter,   language};
    auto created = app::DatabaseOpener::createNew(dir.file(u"acme.db"_s), acme);
    INFO((created ? std::string() : created.error().toString().toStdString()));
    REQUIRE(created);
    storage::VersionStore store(*created->database);
    const Code code = store.codes().value().first();
    CHECK(code.language == language);
    // The template's own title made over to the organisation: no English words added to it.
    QString title = shipped.title;
    CHECK(code.title == title.replace(u"Northwind Support"_s, u"Acme Help Desk"_s));
    if (language != u"en"_s)
        CHECK_FALSE(code.title.contains(u"Code of Practice"_s));

    const auto version = store.load(store.openVersion(code.id).value()->id);
    REQUIRE(version);
    CHECK(version->content.language == language);
    REQUIRE(version->content.sections.size() == 7);
    if (starter) {
        CHECK(version->content.clauseCount() >= 35);
        CHECK(version->content.sections
              == app::starterCodeFor(u"Acme Help Desk"_s, u"E100"_s, language)
                     .value()
                     .content.sections);
    } else {
        CHECK(version->content.clauseCount() == 0);
        for (const Section &section : version->content.sections)
            CHECK(section.title == defaultSectionTitle(section.key, language));
    }
}
