#include "storage/storagefixture.h"
#include "usecases/compliancereport.h"

#include "storage/acknowledgementstore.h"

#include <catch2/catch.hpp>

#include <QMap>

using namespace Qt::StringLiterals;
using namespace tenet;
using namespace tenet::test;

namespace {

// A code published three times on a clock the test moves: version 1 (material), version 2
// (material) and version 3 (editorial, in force). Every signature is a paper record whose
// reason names the person and the version, so that a row shows which one it was given.
//   A001 signs versions 1 and 2; S001 only version 1; M001 versions 1, 2 and 3; M002 none.
struct ReportFixture : StorageFixture
{
    QDateTime now = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    qint64 codeId = 0;
    QList<domain::VersionInfo> published;

    ReportFixture()
    {
        db->setClock([this] { return now; });
        domain::VersionInfo first;
        codeId = publishedCode(&first);
        published << first;
        sign(u"A001"_s, 1);
        sign(u"S001"_s, 1);
        sign(u"M001"_s, 1);
        publishNext(true);
        sign(u"A001"_s, 2);
        sign(u"M001"_s, 2);
        publishNext(false);
        sign(u"M001"_s, 3);
    }

    void publishNext(bool material)
    {
        now = now.addDays(30);
        auto draft = versions().startDraftFromInForce(codeId, author);
        REQUIRE(draft);
        published << publish(draft->id, material, u"Versión %1"_s.arg(published.size() + 1));
    }

    void sign(const QString &employeeNo, int version)
    {
        now = now.addDays(1);
        storage::SignRequest request;
        request.employeeNo = employeeNo;
        request.versionId = published[version - 1].id;
        request.typedName = u"Persona "_s + employeeNo;
        request.paperRecord = u"%1 v%2"_s.arg(employeeNo).arg(version);
        const auto signedNow = storage::AcknowledgementStore(*db).sign(request, manager);
        INFO((signedNow ? std::string() : signedNow.error().toString().toStdString()));
        REQUIRE(signedNow);
    }

    render::ComplianceReportData report(std::optional<int> version)
    {
        auto code = versions().code(codeId);
        REQUIRE(code);
        auto data = usecases::gatherComplianceReport(*db, *code, version, now.date().addDays(60));
        INFO((data ? std::string() : data.error().toString().toStdString()));
        REQUIRE(data);
        return *data;
    }
};

// Each person's row by employee number.
QMap<QString, render::ComplianceRow> byPerson(const render::ComplianceReportData &data)
{
    QMap<QString, render::ComplianceRow> rows;
    for (const render::ComplianceRow &row : data.people)
        rows.insert(row.employeeNo, row);
    return rows;
}

} // namespace

TEST_CASE("the report on the version in force shows each person's counting signature",
          "[usecases][report]")
{
    ReportFixture fixture;
    const render::ComplianceReportData data = fixture.report(std::nullopt);
    CHECK(data.versionNumber == 3);
    CHECK(data.inForce);
    const auto rows = byPerson(data);
    REQUIRE(rows.keys() == QStringList {u"A001"_s, u"M001"_s, u"M002"_s, u"S001"_s});
    // Version 3 is editorial: a signature of version 2 still counts.
    CHECK(rows[u"A001"_s].signedVersion == 2);
    CHECK(rows[u"A001"_s].paperRecord == u"A001 v2"_s);
    CHECK(rows[u"M001"_s].signedVersion == 3);
    CHECK(rows[u"M001"_s].paperRecord == u"M001 v3"_s);
    // Version 1 no longer counts after the material version 2.
    CHECK_FALSE(rows[u"S001"_s].signedAt.isValid());
    CHECK(rows[u"S001"_s].overdue);
    CHECK_FALSE(rows[u"M002"_s].signedAt.isValid());
    CHECK(data.signedCount() == 2);
    CHECK(data.ledgerOk);
    CHECK(data.ledgerRows == 6);
}

TEST_CASE("the report on an older version shows the signatures made up to it, not later ones",
          "[usecases][report]")
{
    ReportFixture fixture;

    const render::ComplianceReportData first = fixture.report(1);
    CHECK(first.versionNumber == 1);
    CHECK_FALSE(first.inForce);
    auto rows = byPerson(first);
    // A001 and M001 signed later versions since; the report on version 1 shows the
    // signature each made of version 1, with its own paper record.
    for (const QString &person : {u"A001"_s, u"S001"_s, u"M001"_s}) {
        INFO(person.toStdString());
        CHECK(rows[person].signedVersion == 1);
        CHECK(rows[person].paperRecord == person + u" v1"_s);
        CHECK_FALSE(rows[person].overdue);
    }
    CHECK(rows[u"A001"_s].signedAt == QDateTime(QDate(2026, 1, 6), QTime(9, 0), Qt::UTC));
    CHECK_FALSE(rows[u"M002"_s].signedAt.isValid());
    CHECK(first.signedCount() == 3);

    const render::ComplianceReportData second = fixture.report(2);
    rows = byPerson(second);
    CHECK(rows[u"A001"_s].signedVersion == 2);
    CHECK(rows[u"M001"_s].signedVersion == 2);
    CHECK(rows[u"M001"_s].paperRecord == u"M001 v2"_s);
    // S001's signature of version 1 does not count for the material version 2.
    CHECK_FALSE(rows[u"S001"_s].signedAt.isValid());
    CHECK_FALSE(rows[u"S001"_s].signedVersion.has_value());
    CHECK(rows[u"S001"_s].overdue);
    CHECK(second.signedCount() == 2);
    // The ledger is the whole ledger, whichever version is reported.
    CHECK(second.ledgerRows == 6);
}

TEST_CASE("the report says which ledger row fails verification", "[usecases][report]")
{
    ReportFixture fixture;
    {
        RawConnection raw(fixture.path);
        dropTrigger(raw.db(), u"acknowledgement_no_update"_s);
        REQUIRE(runSql(raw.db(), u"UPDATE acknowledgement SET typed_name = 'X' WHERE seq = 2"_s)
                    .isEmpty());
    }
    const render::ComplianceReportData data = fixture.report(std::nullopt);
    CHECK_FALSE(data.ledgerOk);
    CHECK(data.ledgerProblem.contains(u"acknowledgement row 2"_s));
    CHECK(data.ledgerRows == 6);
}
