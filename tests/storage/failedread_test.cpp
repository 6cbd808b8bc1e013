#include "storage/acknowledgementstore.h"
#include "storage/auditlog.h"
#include "storage/checkattemptstore.h"
#include "storage/kpistore.h"
#include "storage/organisationstore.h"
#include "storage/readingprogressstore.h"
#include "storage/sectionreviewstore.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "storagefixture.h"

#include <catch2/catch.hpp>

using namespace tenet;
using namespace tenet::storage;
using namespace tenet::test;
using namespace Qt::StringLiterals;

namespace {

// The tables the reads need, taken away by another program, as a damaged or foreign file
// would have them: every read must then fail rather than find nothing.
void loseTables(const QString &path, const QStringList &tables)
{
    RawConnection raw(path);
    for (const QString &table : tables)
        REQUIRE(runSql(raw.db(), u"ALTER TABLE %1 RENAME TO %1_lost"_s.arg(table)).isEmpty());
}

template<typename T> void requireFailure(const domain::Result<T> &result, const QString &table)
{
    INFO(table.toStdString());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == domain::ErrorKind::Integrity);
    CHECK(result.error().message.contains(table));
}

} // namespace

TEST_CASE("versions that cannot be read are an error, not an empty list", "[storage][read]")
{
    StorageFixture fixture;
    const qint64 codeId = fixture.publishedCode();
    VersionStore store = fixture.versions();
    REQUIRE(store.versions(codeId).value().size() == 1);

    loseTables(fixture.path, {u"version"_s, u"code"_s});
    requireFailure(store.versions(codeId), u"version"_s);
    requireFailure(store.inForce(codeId), u"version"_s);
    requireFailure(store.openVersion(codeId), u"version"_s);
    requireFailure(store.codes(), u"code"_s);
}

TEST_CASE("a search the database cannot run is an error, not \"no match\"", "[storage][read][sqlite]")
{
    StorageFixture fixture;
    const qint64 codeId = fixture.publishedCode();
    VersionStore store = fixture.versions();
    REQUIRE(store.search(codeId, u"codigo"_s).value().size() >= 1);
    CHECK(store.search(codeId, u"zzzqqq"_s).value().isEmpty());

    loseTables(fixture.path, {u"clause_fts"_s});
    requireFailure(store.search(codeId, u"codigo"_s), u"clause_fts"_s);
}

TEST_CASE("the staff, ledger, log and review reads say when they could not read", "[storage][read]")
{
    StorageFixture fixture;
    domain::VersionInfo first;
    const qint64 codeId = fixture.publishedCode(&first);

    loseTables(fixture.path,
               {u"staff"_s, u"acknowledgement"_s, u"audit_log"_s, u"section_review"_s,
                u"kpi_observation"_s, u"check_attempt"_s, u"section_opened"_s, u"setting"_s});
    requireFailure(StaffStore(*fixture.db).list(), u"staff"_s);
    requireFailure(StaffStore(*fixture.db).checkSecret(u"A001"_s, u"1234"_s), u"staff"_s);
    const AcknowledgementStore acks(*fixture.db);
    requireFailure(acks.list(codeId), u"acknowledgement"_s);
    requireFailure(acks.latest(codeId, u"A001"_s), u"acknowledgement"_s);
    requireFailure(AuditLog(*fixture.db).entries(), u"audit_log"_s);
    const SectionReviewStore reviews(*fixture.db);
    requireFailure(reviews.list(codeId), u"section_review"_s);
    requireFailure(reviews.latestPerSection(codeId), u"section_review"_s);
    const KpiStore kpis(*fixture.db);
    requireFailure(kpis.observations(codeId), u"kpi_observation"_s);
    requireFailure(kpis.latest(codeId), u"kpi_observation"_s);
    const CheckAttemptStore attempts(*fixture.db);
    requireFailure(attempts.attempts(first.id), u"check_attempt"_s);
    requireFailure(attempts.latestPassed(first.id, u"A001"_s), u"check_attempt"_s);
    requireFailure(ReadingProgressStore(*fixture.db).opened(first.id, u"A001"_s),
                   u"section_opened"_s);
    requireFailure(OrganisationStore(*fixture.db).organisationName(), u"setting"_s);
}
