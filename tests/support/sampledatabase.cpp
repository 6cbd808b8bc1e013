#include "sampledatabase.h"

#include "domain/staffmember.h"
#include "exchange/codefile.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "testsecrets.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::test {

SampleDatabase createSampleDatabase(const QString &path, bool publish)
{
    auto opened = storage::Database::open(path, storage::OpenMode::CreateIfMissing);
    REQUIRE(opened.ok());
    SampleDatabase sample;
    sample.database = std::move(opened).value();
    storage::Database &db = *sample.database;
    db.setSecretHashIterations(secretHashIterations); // the PINs below, and any a test sets

    const Actor setup{u"os:test"_s, std::nullopt};
    storage::StaffStore staff(db);
    // The script puts the first manager on the roster; from then on only a manager may.
    Actor rosterKeeper = setup;
    const auto add = [&](const QString &no, const QString &name, Role role) {
        StaffMember member;
        member.employeeNo = no;
        member.fullName = name;
        member.role = role;
        member.team = u"Vilnius"_s;
        member.startDate = QDate(2025, 1, 6);
        REQUIRE(staff.add(member, u"1234"_s, rosterKeeper).ok());
    };
    add(u"M001"_s, u"Marta Ruiz"_s, Role::Manager);
    rosterKeeper = Actor {u"M001"_s, Role::Manager};
    add(u"M002"_s, u"Ana Gómez"_s, Role::Manager);
    add(u"S001"_s, u"Jonas Petraitis"_s, Role::Supervisor);
    add(u"A001"_s, u"Lina Kazlauskienė"_s, Role::Agent);

    auto document = exchange::readCodeFile(
        QStringLiteral(TENET_SOURCE_DIR) + u"/resources/templates/starter-code.en.json"_s);
    REQUIRE(document.ok());
    storage::VersionStore versions(db);
    auto code = versions.createCode(document->code, setup);
    REQUIRE(code.ok());
    sample.codeId = code->id;
    const Actor supervisor{u"S001"_s, Role::Supervisor};
    auto draft = versions.createDraft(code->id, document->content, supervisor);
    REQUIRE(draft.ok());
    sample.versionId = draft->id;
    if (publish) {
        REQUIRE(versions.submit(draft->id, supervisor, {}).ok());
        REQUIRE(versions.approve(draft->id, Actor{u"M001"_s, Role::Manager}).ok());
        REQUIRE(versions.publish(draft->id, Actor{u"M002"_s, Role::Manager}, true,
                                 u"First edition"_s)
                    .ok());
    }
    return sample;
}

} // namespace tenet::test
