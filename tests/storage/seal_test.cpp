#include "storagefixture.h"

#include "storage/organisationstore.h"
#include "storage/scopedtransaction.h"
#include "storage/seal.h"

#include <QSet>

using namespace tenet;
using namespace tenet::test;

namespace {

std::unique_ptr<storage::Database> freshDatabase(const TempDir &dir)
{
    auto db = storage::Database::open(dir.file(u"t.db"_s), storage::OpenMode::CreateIfMissing);
    REQUIRE(db.ok());
    return std::move(*db);
}

} // namespace

TEST_CASE("every hash-chained table of the schema is sealed", "[storage][seal]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    QSet<QString> chained;
    QSqlQuery tables(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s, db->connection());
    while (tables.next()) {
        QSqlQuery columns(db->connection());
        REQUIRE(columns.exec(
            u"SELECT name FROM pragma_table_info('%1')"_s.arg(tables.value(0).toString())));
        QSet<QString> names;
        while (columns.next())
            names.insert(columns.value(0).toString());
        if (names.contains(u"prev_hash"_s) && names.contains(u"hash"_s))
            chained.insert(tables.value(0).toString());
    }
    REQUIRE(chained.size() >= 2);
    const QStringList sealed = storage::sealedChainTables();
    CHECK(chained == QSet<QString>(sealed.cbegin(), sealed.cend()));
}

TEST_CASE("a database continues its own seal, and not one of rows it never had", "[storage][seal]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    auto seal = storage::sealDatabase(*db);
    REQUIRE(seal.ok());
    CHECK(seal->madeAt.time().msec() == 0);
    auto problems = storage::checkSeal(*db, *seal);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    domain::Seal ahead = *seal;
    ahead.chains[0].seq += 5;
    problems = storage::checkSeal(*db, ahead);
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 1);
    CHECK(problems->first().contains(u"is gone: rows were removed"_s));
}

TEST_CASE("a seal made inside a use case's read snapshot is the snapshot's, whatever another "
          "program writes meanwhile",
          "[storage][seal]")
{
    TempDir dir;
    auto db = freshDatabase(dir);
    auto other = storage::Database::open(dir.file(u"t.db"_s), storage::OpenMode::ExistingOnly);
    REQUIRE(other.ok());
    const auto auditEntries = [](const domain::Seal &seal) {
        for (const domain::SealedCount &count : seal.counts) {
            if (count.name == u"audit_entries"_s)
                return count.value;
        }
        FAIL("the seal counts no audit entries");
        return qint64(-1);
    };

    const QDateTime at = QDateTime::currentDateTimeUtc();
    qint64 before = 0;
    {
        storage::ScopedTransaction snapshot(db->connection(),
                                            storage::ScopedTransaction::Mode::Read);
        REQUIRE(snapshot.status().ok());
        auto first = storage::sealDatabase(*db, at);
        REQUIRE(first.ok());
        before = auditEntries(*first);
        // Another program writes an audit entry while the report is being gathered.
        REQUIRE(storage::OrganisationStore(**other)
                    .setOrganisationName(u"Acme Support"_s, domain::Actor {u"os:test"_s, {}})
                    .ok());
        auto second = storage::sealDatabase(*db, at);
        REQUIRE(second.ok());
        CHECK(*second == *first);
    }
    auto after = storage::sealDatabase(*db);
    REQUIRE(after.ok());
    CHECK(auditEntries(*after) == before + 1);
}
