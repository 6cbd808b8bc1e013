#include "storagefixture.h"

#include "storage/auditlog.h"
#include "storage/organisationstore.h"

using namespace tenet;
using namespace tenet::storage;

namespace {

domain::StaffMember person(const QString &no, domain::Role role = domain::Role::Agent)
{
    domain::StaffMember member;
    member.employeeNo = no;
    member.fullName = QStringLiteral("Nombre ") + no;
    member.role = role;
    return member;
}

} // namespace

TEST_CASE("a staff member added can be found with every field as it was given", "[storage][staff]")
{
    test::StorageFixture fixture;
    StaffStore staff(*fixture.db);
    domain::StaffMember member;
    member.employeeNo = QStringLiteral("E100");
    member.fullName = QStringLiteral("Žydrūnė Šimkutė");
    member.email = QStringLiteral("zydrune@example.lt");
    member.role = domain::Role::Trainer;
    member.team = QStringLiteral("Vilnius 2");
    member.site = QStringLiteral("Vilnius");
    member.language = QStringLiteral("lt");
    member.active = false;
    member.startDate = QDate(2024, 2, 29);
    REQUIRE(staff.add(member, QString(), fixture.manager));
    auto found = staff.find(QStringLiteral("E100"));
    REQUIRE(found);
    CHECK(*found == member);
}

TEST_CASE("staff are listed by employee number", "[storage][staff]")
{
    test::StorageFixture fixture;
    StaffStore staff(*fixture.db);
    REQUIRE(staff.add(person(QStringLiteral("B200")), QString(), fixture.manager));
    REQUIRE(staff.add(person(QStringLiteral("A300")), QString(), fixture.manager));
    QStringList numbers;
    const auto people = staff.list().value();
    for (const domain::StaffMember &member : people)
        numbers.append(member.employeeNo);
    CHECK(numbers
          == QStringList {QStringLiteral("A001"), QStringLiteral("A300"), QStringLiteral("B200"),
                          QStringLiteral("M001"), QStringLiteral("M002"), QStringLiteral("S001")});
}

TEST_CASE("a second staff member with the same employee number is refused", "[storage][staff]")
{
    test::StorageFixture fixture;
    StaffStore staff(*fixture.db);
    const domain::Status status
        = staff.add(person(QStringLiteral("M001")), QString(), fixture.manager);
    REQUIRE_FALSE(status);
    CHECK(status.error().kind == domain::ErrorKind::Refused);
    CHECK(status.error().message.contains(QStringLiteral("M001 already exists")));
    CHECK(staff.list().value().size() == 4);
}

TEST_CASE("a staff member needs an employee number and a name", "[storage][staff]")
{
    test::StorageFixture fixture;
    StaffStore staff(*fixture.db);
    domain::StaffMember noName = person(QStringLiteral("X1"));
    noName.fullName = QStringLiteral("  ");
    CHECK(staff.add(noName, QString(), fixture.manager).error().kind == domain::ErrorKind::Invalid);
    CHECK(staff.add(person(QString()), QString(), fixture.manager).error().kind
          == domain::ErrorKind::Invalid);
    CHECK_FALSE(staff.find(QStringLiteral("X1")));
}

TEST_CASE("an unknown employee number is not found", "[storage][staff]")
{
    test::StorageFixture fixture;
    StaffStore staff(*fixture.db);
    auto found = staff.find(QStringLiteral("Z999"));
    REQUIRE_FALSE(found);
    CHECK(found.error().kind == domain::ErrorKind::NotFound);
    CHECK(found.error().message.contains(QStringLiteral("Z999")));
    CHECK(staff.actor(QStringLiteral("Z999")).error().kind == domain::ErrorKind::NotFound);
    CHECK(staff.setSecret(QStringLiteral("Z999"), QStringLiteral("1234"), fixture.manager)
              .error()
              .kind
          == domain::ErrorKind::NotFound);
}

TEST_CASE("a secret is checked against its salted hash and never stored as given",
          "[storage][staff]")
{
    test::StorageFixture fixture;
    StaffStore staff(*fixture.db);
    // Added without a secret: cannot sign until one is set.
    CHECK_FALSE(staff.checkSecret(QStringLiteral("A001"), QString()).value());
    CHECK_FALSE(staff.checkSecret(QStringLiteral("A001"), QStringLiteral("2468")).value());

    REQUIRE(staff.setSecret(QStringLiteral("A001"), QStringLiteral("2468"), fixture.manager));
    CHECK(staff.checkSecret(QStringLiteral("A001"), QStringLiteral("2468")).value());
    CHECK_FALSE(staff.checkSecret(QStringLiteral("A001"), QStringLiteral("2469")).value());
    CHECK_FALSE(staff.checkSecret(QStringLiteral("Z999"), QStringLiteral("2468")).value());

    QSqlQuery stored(fixture.db->connection());
    REQUIRE(
        stored.exec(QStringLiteral("SELECT secret_hash FROM staff WHERE employee_no = 'A001'")));
    REQUIRE(stored.next());
    CHECK(stored.value(0).toString().startsWith(QStringLiteral("pbkdf2-sha256$")));
    CHECK_FALSE(stored.value(0).toString().contains(QStringLiteral("2468")));
}

TEST_CASE("an inactive staff member cannot act or sign in", "[storage][staff]")
{
    test::StorageFixture fixture;
    StaffStore staff(*fixture.db);
    domain::StaffMember leaver = person(QStringLiteral("L001"), domain::Role::Manager);
    leaver.active = false;
    REQUIRE(staff.add(leaver, QStringLiteral("secret"), fixture.manager));
    auto actor = staff.actor(QStringLiteral("L001"));
    REQUIRE_FALSE(actor);
    CHECK(actor.error().kind == domain::ErrorKind::Refused);
    CHECK_FALSE(staff.checkSecret(QStringLiteral("L001"), QStringLiteral("secret")).value());

    auto active = staff.actor(QStringLiteral("M001"));
    REQUIRE(active);
    CHECK(active->id == u"M001");
    CHECK(active->role == domain::Role::Manager);
}

TEST_CASE("adding staff and setting secrets is audited without the secret", "[storage][staff]")
{
    test::StorageFixture fixture;
    StaffStore staff(*fixture.db);
    // Secrets with letters no hex fingerprint holds, so that finding them means they leaked.
    REQUIRE(staff.add(person(QStringLiteral("N001")), QStringLiteral("plum-9876"),
                      fixture.manager));
    REQUIRE(staff.setSecret(QStringLiteral("N001"), QStringLiteral("pear-5432"),
                            fixture.manager));
    const QList<AuditEntry> entries = AuditLog(*fixture.db).entries().value();
    REQUIRE(entries.size() >= 2);
    const AuditEntry &added = entries[entries.size() - 2];
    const AuditEntry &secret = entries.last();
    CHECK(added.action == u"staff.add");
    CHECK(added.subject == u"staff:N001");
    CHECK(added.actor == u"M001");
    CHECK(secret.action == u"staff.secret");
    for (const AuditEntry &entry : entries) {
        CHECK_FALSE(entry.detail.contains(QStringLiteral("plum")));
        CHECK_FALSE(entry.detail.contains(QStringLiteral("pear")));
    }
}

TEST_CASE("the organisation's name is kept and its change audited", "[storage]")
{
    test::StorageFixture fixture;
    OrganisationStore organisation(*fixture.db);
    CHECK(organisation.organisationName().value().isEmpty());
    REQUIRE(organisation.setOrganisationName(QStringLiteral("Klientų aptarnavimas UAB"),
                                             fixture.manager));
    REQUIRE(
        organisation.setOrganisationName(QStringLiteral("Atención Ejemplo S.L."), fixture.manager));
    CHECK(organisation.organisationName().value() == u"Atención Ejemplo S.L.");
    CHECK(AuditLog(*fixture.db).entries().value().last().action == u"organisation.rename");
    CHECK(organisation.setOrganisationName(QStringLiteral(" "), fixture.manager).error().kind
          == domain::ErrorKind::Invalid);
}

TEST_CASE("only a manager adds people or sets someone else's PIN, and anyone sets their own",
          "[storage][staff][rules]")
{
    test::StorageFixture fixture;
    StaffStore staff(*fixture.db);
    for (const domain::Actor &notManager : {fixture.author, fixture.agent, fixture.script}) {
        const domain::Status added
            = staff.add(person(QStringLiteral("N001")), QString(), notManager);
        REQUIRE_FALSE(added);
        CHECK(added.error().kind == domain::ErrorKind::Refused);
        const domain::Status reset = staff.setSecret(QStringLiteral("M002"), QString(), notManager);
        REQUIRE_FALSE(reset);
        CHECK(reset.error().kind == domain::ErrorKind::Refused);
    }
    CHECK_FALSE(staff.find(QStringLiteral("N001")));

    CHECK(staff.setSecret(QStringLiteral("A001"), QString(), fixture.agent));
    CHECK(staff.setSecret(QStringLiteral("A001"), QString(), fixture.manager));
    CHECK(staff.add(person(QStringLiteral("N001")), QString(), fixture.manager));
}

TEST_CASE("while the roster has no active manager anyone may add the first one",
          "[storage][staff][rules]")
{
    test::TempDir dir;
    auto opened = Database::open(dir.file(QStringLiteral("new.db")), OpenMode::CreateIfMissing);
    REQUIRE(opened);
    StaffStore staff(**opened);
    const domain::Actor founder {QStringLiteral("os:founder"), std::nullopt};
    CHECK(staff.hasActiveManager().value() == false);
    REQUIRE(
        staff.add(person(QStringLiteral("S001"), domain::Role::Supervisor), QString(), founder));
    REQUIRE(staff.add(person(QStringLiteral("M001"), domain::Role::Manager), QString(), founder));
    CHECK(staff.hasActiveManager().value());
    const domain::Status late = staff.add(person(QStringLiteral("A001")), QString(), founder);
    REQUIRE_FALSE(late);
    CHECK(late.error().kind == domain::ErrorKind::Refused);
}
