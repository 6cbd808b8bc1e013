#include "storagefixture.h"

#include "storage/auditlog.h"
#include "storage/hashchain.h"
#include "storage/integrity.h"
#include "storage/scopedtransaction.h"

#include <QCryptographicHash>

using namespace tenet;
using namespace tenet::storage;

namespace {

// A database with a dozen audit entries.
void addHistory(test::StorageFixture &fixture)
{
    VersionStore store = fixture.versions();
    const qint64 codeId = fixture.publishedCode();
    auto draft = store.startDraftFromInForce(codeId, fixture.author);
    REQUIRE(draft);
    REQUIRE(store.withdraw(draft->id, fixture.manager, QStringLiteral("No hace falta")));
}

// What an attacker with the sqlite3 program does first.
void dropGuard(const QSqlDatabase &db, const QString &trigger)
{
    test::dropTrigger(db, trigger);
}

ChainReport verifiedChain(test::StorageFixture &fixture)
{
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    return report->auditChain;
}

} // namespace

TEST_CASE("every change appends an audit entry chained to the one before", "[storage][audit]")
{
    test::StorageFixture fixture;
    addHistory(fixture);
    const QList<AuditEntry> entries = AuditLog(*fixture.db).entries().value();
    REQUIRE(entries.size() >= 10);
    QByteArray previous(32, '\0');
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const AuditEntry &entry = entries[i];
        CHECK(entry.seq == i + 1);
        CHECK(entry.prevHash == previous);
        CHECK(entry.hash.size() == 32);
        CHECK(entry.hash != previous);
        CHECK(entry.at.timeSpec() == Qt::UTC);
        previous = entry.hash;
    }
    CHECK(entries.first().action == u"staff.add");
    CHECK(entries.last().action == u"version.withdraw");
    CHECK(entries.last().detail.contains(QStringLiteral("No hace falta")));
}

TEST_CASE("an untouched database verifies and reports the last audit hash", "[storage][audit]")
{
    test::StorageFixture fixture;
    addHistory(fixture);
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->problems().isEmpty());
    const QList<AuditEntry> entries = AuditLog(*fixture.db).entries().value();
    CHECK(report->auditChain.rows == entries.size());
    CHECK(report->auditChain.lastHash == entries.last().hash);
}

TEST_CASE("an audit row edited behind the guard's back is reported at that row", "[storage][audit]")
{
    test::StorageFixture fixture;
    addHistory(fixture);
    const QSqlDatabase db = fixture.db->connection();
    dropGuard(db, QStringLiteral("audit_log_no_update"));
    REQUIRE(test::runSql(db, QStringLiteral("UPDATE audit_log SET actor = 'M001' WHERE seq = 7"))
                .isEmpty());

    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->missingTriggers == QStringList {QStringLiteral("audit_log_no_update")});
    REQUIRE(report->auditChain.firstBadRow);
    CHECK(*report->auditChain.firstBadRow == 7);
    CHECK(report->auditChain.problem
          == u"audit_log row 7: was changed after it was written (its hash does not match its "
             "content)");
    CHECK(report->problems().contains(report->auditChain.problem));
}

TEST_CASE("an edited audit row whose hash was recomputed breaks the link of the next row",
          "[storage][audit]")
{
    test::StorageFixture fixture;
    addHistory(fixture);
    const QSqlDatabase db = fixture.db->connection();
    dropGuard(db, QStringLiteral("audit_log_no_update"));
    const AuditEntry row = AuditLog(*fixture.db).entries().value()[4];
    const QByteArray forged = HashChain::rowHash(
        row.prevHash, row.seq,
        {QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
         QStringLiteral("subject"), QStringLiteral("detail")},
        {row.at.toString(Qt::ISODateWithMs), QStringLiteral("M002"), row.action, row.subject,
         row.detail});
    QSqlQuery update(db);
    REQUIRE(update.prepare(
        QStringLiteral("UPDATE audit_log SET actor = 'M002', hash = ? WHERE seq = 5")));
    update.addBindValue(forged);
    REQUIRE(update.exec());

    const ChainReport chain = verifiedChain(fixture);
    REQUIRE(chain.firstBadRow);
    CHECK(*chain.firstBadRow == 6);
    CHECK(chain.problem.contains(QStringLiteral("does not follow row 5")));
}

TEST_CASE("a deleted audit row is reported where the chain breaks", "[storage][audit]")
{
    test::StorageFixture fixture;
    addHistory(fixture);
    const QSqlDatabase db = fixture.db->connection();
    dropGuard(db, QStringLiteral("audit_log_no_delete"));
    REQUIRE(test::runSql(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 4")).isEmpty());

    const ChainReport chain = verifiedChain(fixture);
    REQUIRE(chain.firstBadRow);
    CHECK(*chain.firstBadRow == 4);
    CHECK(chain.problem
          == u"audit_log row 4: is missing (the rows jump from 3 to 5): rows were deleted");
}

TEST_CASE("a deleted first audit row is reported", "[storage][audit]")
{
    test::StorageFixture fixture;
    const QSqlDatabase db = fixture.db->connection();
    dropGuard(db, QStringLiteral("audit_log_no_delete"));
    REQUIRE(test::runSql(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 1")).isEmpty());
    const ChainReport chain = verifiedChain(fixture);
    REQUIRE(chain.firstBadRow);
    CHECK(*chain.firstBadRow == 1);
    CHECK(chain.problem.contains(QStringLiteral("the rows start at 2")));
}

TEST_CASE("deleted rows renumbered to close the gap are reported at the first renumbered row",
          "[storage][audit]")
{
    test::StorageFixture fixture;
    addHistory(fixture);
    const QSqlDatabase db = fixture.db->connection();
    dropGuard(db, QStringLiteral("audit_log_no_delete"));
    dropGuard(db, QStringLiteral("audit_log_no_update"));
    REQUIRE(test::runSql(db, QStringLiteral("DELETE FROM audit_log WHERE seq = 3")).isEmpty());
    REQUIRE(test::runSql(db, QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3"))
                .isEmpty());
    const ChainReport chain = verifiedChain(fixture);
    REQUIRE(chain.firstBadRow);
    CHECK(*chain.firstBadRow == 3);
    CHECK(chain.problem.contains(QStringLiteral("does not follow row 2")));
}

TEST_CASE("reordered audit rows are reported at the first row out of place", "[storage][audit]")
{
    test::StorageFixture fixture;
    addHistory(fixture);
    const QSqlDatabase db = fixture.db->connection();
    dropGuard(db, QStringLiteral("audit_log_no_update"));
    // Swap rows 5 and 6 by their sequence numbers.
    REQUIRE(
        test::runSql(db, QStringLiteral("UPDATE audit_log SET seq = -5 WHERE seq = 5")).isEmpty());
    REQUIRE(
        test::runSql(db, QStringLiteral("UPDATE audit_log SET seq = 5 WHERE seq = 6")).isEmpty());
    REQUIRE(
        test::runSql(db, QStringLiteral("UPDATE audit_log SET seq = 6 WHERE seq = -5")).isEmpty());

    const ChainReport chain = verifiedChain(fixture);
    REQUIRE(chain.firstBadRow);
    CHECK(*chain.firstBadRow == 5);
    CHECK(chain.problem.contains(QStringLiteral("rows were deleted, inserted or reordered")));
}

TEST_CASE("published content edited behind the guard's back is found by its hash",
          "[storage][audit]")
{
    test::StorageFixture fixture;
    fixture.publishedCode();
    const QSqlDatabase db = fixture.db->connection();
    dropGuard(db, QStringLiteral("clause_blob_frozen"));
    REQUIRE(test::runSql(db,
                         QStringLiteral("UPDATE clause_blob SET body = 'Se permite mentir.' "
                                        "WHERE clause_id = 'ethics-1'"))
                .isEmpty());
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->missingTriggers == QStringList {QStringLiteral("clause_blob_frozen")});
    // The clause, and the section that holds it, no longer match their hashes.
    REQUIRE(report->contentProblems.size() == 2);
    CHECK(report->contentProblems[0].contains(QStringLiteral("clause 1 (ethics-1) was changed")));
    CHECK(report->contentProblems[1].contains(QStringLiteral("section 1 (ethics) was changed")));
    CHECK(report->auditChain.ok());
}

TEST_CASE("the hash chain serves any table of the same shape", "[storage][audit][sqlite]")
{
    test::StorageFixture fixture;
    const QSqlDatabase db = fixture.db->connection();
    REQUIRE(test::runSql(db,
                         QStringLiteral("CREATE TABLE ledger (seq INTEGER PRIMARY KEY, "
                                        "who TEXT, score REAL, prev_hash BLOB, hash BLOB)"))
                .isEmpty());
    const HashChain ledger(db, QStringLiteral("ledger"),
                           {QStringLiteral("who"), QStringLiteral("score")});
    {
        ScopedTransaction transaction(db);
        REQUIRE(transaction.status());
        CHECK(*ledger.append({QStringLiteral("A001"), 80}) == 1);
        CHECK(*ledger.append({QStringLiteral("A002"), QVariant()}) == 2);
        CHECK(*ledger.append({QStringLiteral("A003"), 92.5}) == 3);
        REQUIRE(transaction.commit());
    }
    auto report = ledger.verify();
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->rows == 3);

    REQUIRE(
        test::runSql(db, QStringLiteral("UPDATE ledger SET score = 95 WHERE seq = 2")).isEmpty());
    report = ledger.verify();
    REQUIRE(report);
    CHECK(report->firstBadRow == 2);
    CHECK(report->problem.startsWith(QStringLiteral("ledger row 2: ")));
}

TEST_CASE("an audit entry's hash covers the previous hash and its canonical content",
          "[storage][audit]")
{
    // Pinned, so that a change to the hashed form, which would break every existing
    // database's chain, cannot pass unnoticed.
    const QByteArray hash = HashChain::rowHash(QByteArray(32, '\0'), 1, {QStringLiteral("who")},
                                               {QStringLiteral("Ž")});
    QCryptographicHash expected(QCryptographicHash::Sha256);
    expected.addData(QByteArray(32, '\0'));
    expected.addData(QByteArrayLiteral("{\"seq\":1,\"who\":\"\xC5\xBD\"}"));
    CHECK(hash == expected.result());
}
