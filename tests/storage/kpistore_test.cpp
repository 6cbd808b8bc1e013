#include "storagefixture.h"

#include "storage/auditlog.h"
#include "storage/kpistore.h"

using namespace tenet;
using namespace tenet::storage;
using domain::ErrorKind;
using domain::KpiObservation;

namespace {

KpiObservation value(const QString &kpi, const QString &team, const QDate &start, double v)
{
    return {kpi, team, start, start.addMonths(1).addDays(-1), v, {}};
}

} // namespace

TEST_CASE("the known KPIs are those of the metrics section in force", "[storage][kpi]")
{
    test::StorageFixture fixture;
    KpiStore store(*fixture.db);
    const qint64 unpublished = fixture.createCode();
    CHECK(store.knownKpis(unpublished).error().kind == ErrorKind::NotFound);
    const qint64 codeId = fixture.publishedCode();
    CHECK(*store.knownKpis(codeId) == QStringList {u"asa"_s});
}

TEST_CASE("imported KPI values are stored, and a value for the same period replaces the old one",
          "[storage][kpi]")
{
    test::StorageFixture fixture;
    const qint64 codeId = fixture.publishedCode();
    KpiStore store(*fixture.db);
    const QDate may {2026, 5, 1};
    const QDate june {2026, 6, 1};
    auto first = store.importObservations(
        codeId, {value(u"asa"_s, {}, may, 22), value(u"asa"_s, u"Chat"_s, may, 31)},
        fixture.manager);
    REQUIRE(first);
    CHECK(first->added == 2);
    CHECK(first->replaced == 0);
    auto second = store.importObservations(
        codeId, {value(u"asa"_s, {}, may, 19), value(u"asa"_s, {}, june, 25)}, fixture.manager);
    REQUIRE(second);
    CHECK(second->added == 1);
    CHECK(second->replaced == 1);

    const QList<KpiObservation> organisation
        = store.observations(codeId, u"asa"_s, QString()).value();
    REQUIRE(organisation.size() == 2);
    CHECK(organisation[0].periodStart == may);
    CHECK(organisation[0].periodEnd == QDate(2026, 5, 31));
    CHECK(organisation[0].value == 19);
    CHECK(organisation[0].importedAt.isValid());
    CHECK(organisation[1].value == 25);
    CHECK(store.observations(codeId).value().size() == 3);

    const QList<KpiObservation> latest = store.latest(codeId).value();
    REQUIRE(latest.size() == 2);
    CHECK(latest[0].team.isEmpty());
    CHECK(latest[0].periodStart == june);
    CHECK(latest[1].team == u"Chat"_s);
    CHECK(latest[1].value == 31);
    const AuditEntry entry = AuditLog(*fixture.db).entries().value().last();
    CHECK(entry.action == u"kpi.import"_s);
    CHECK(entry.detail.contains(u"\"replaced\":1"_s));
}

TEST_CASE("a KPI the version in force does not define is refused and nothing is written",
          "[storage][kpi]")
{
    test::StorageFixture fixture;
    const qint64 codeId = fixture.publishedCode();
    KpiStore store(*fixture.db);
    const QDate may {2026, 5, 1};
    auto result = store.importObservations(
        codeId, {value(u"asa"_s, {}, may, 22), value(u"aht"_s, {}, may, 300)}, fixture.manager);
    REQUIRE_FALSE(result);
    CHECK(result.error().kind == ErrorKind::Invalid);
    CHECK(result.error().message.contains(u"\"aht\""_s));
    CHECK(store.observations(codeId).value().isEmpty());
}
