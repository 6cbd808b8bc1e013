#pragma once

#include "app/session/session.h"
#include "domain/version.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "support/pseudotranslator.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QWidget>

#include <catch2/catch.hpp>

namespace tenet::test {

// The sample database with version 1 (the English starter code) published and manager M001
// (Marta Ruiz) signed in, and the allow-list of what that database holds as data: the code's
// own words (titles, clauses, KPIs, programmes), people's names, teams, numbers and ids.
struct LanguageFixture
{
    TempDir dir;
    app::Session session;
    qint64 codeId = 0;
    qint64 versionId = 0;
    domain::Version version;
    DataAllowList data;

    LanguageFixture()
    {
        using namespace Qt::StringLiterals;
        SampleDatabase sample = createSampleDatabase(dir.file(u"tenet.db"_s), true);
        codeId = sample.codeId;
        versionId = sample.versionId;
        session.setDatabase(std::move(sample.database));
        session.setCode(codeId);
        auto marta = storage::StaffStore(*session.database()).find(u"M001"_s);
        REQUIRE(marta.ok());
        session.signIn(marta.value());
        auto loaded = storage::VersionStore(*session.database()).load(versionId);
        REQUIRE(loaded.ok());
        version = loaded.value();
        allowContent();
    }

    void allowContent()
    {
        using namespace Qt::StringLiterals;
        QStringList &texts = data.texts;
        texts << session.code()->title << session.code()->organisation;
        for (const auto &section : version.content.sections) {
            texts << section.title << section.purpose << section.owner;
            for (const auto &clause : section.clauses)
                texts << clause.title << clause.id;
            for (const auto &kpi : section.kpis)
                texts << kpi.name << kpi.key;
            for (const auto &programme : section.programmes)
                texts << programme.title << programme.id;
        }
        auto roster = storage::StaffStore(*session.database()).list();
        REQUIRE(roster.ok());
        for (const auto &member : roster.value())
            texts << member.fullName << member.employeeNo << member.team << member.site
                  << member.email;
        // Ids and keys of the file format ("ethics", "asa"), clause numbers and the like.
        data.patterns << QRegularExpression(u"\\b[a-z]+(_[a-z]+)+\\b"_s);
    }
};

// Lists, for the failure message, what `root` still shows untranslated.
inline QString described(const QStringList &found)
{
    using namespace Qt::StringLiterals;
    return found.join(u"\n"_s);
}

} // namespace tenet::test
