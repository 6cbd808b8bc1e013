#include "storagefixture.h"

#include "storage/auditlog.h"
#include "storage/integrity.h"

#include <QCryptographicHash>

using namespace tenet;
using namespace tenet::storage;

namespace {

// Stands in for a rendered handbook: storage keeps bytes, whatever they are.
const QByteArray handbook("%PDF-1.4\n\x00\xff binary \xc3\xa1 body\n%%EOF\n", 33);

// Takes a new draft of the sample content to publication with the handbook.
domain::VersionInfo publishWithHandbook(test::StorageFixture &fixture, const QByteArray &pdf)
{
    const qint64 codeId = fixture.createCode();
    auto draft = fixture.versions().createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    VersionStore store = fixture.versions();
    REQUIRE(store.submit(draft->id, fixture.author));
    REQUIRE(store.approve(draft->id, fixture.otherManager));
    auto published = store.publish(draft->id, fixture.otherManager, true, u"Primera"_s, pdf);
    INFO((published ? std::string() : published.error().toString().toStdString()));
    REQUIRE(published);
    return *published;
}

} // namespace

TEST_CASE("the handbook given at publication is kept byte for byte with its SHA-256",
          "[storage][handbook]")
{
    test::StorageFixture fixture;
    const domain::VersionInfo published = publishWithHandbook(fixture, handbook);
    auto stored = fixture.versions().publishedHandbook(published.id);
    REQUIRE(stored);
    CHECK(*stored == handbook);
    QSqlQuery hash(fixture.db->connection());
    REQUIRE(hash.exec(u"SELECT sha256 FROM published_handbook WHERE version_id = %1"_s.arg(
        published.id)));
    REQUIRE(hash.next());
    CHECK(hash.value(0).toByteArray()
          == QCryptographicHash::hash(handbook, QCryptographicHash::Sha256));
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK(report->ok());
}

TEST_CASE("a publication without a handbook stores none", "[storage][handbook]")
{
    test::StorageFixture fixture;
    domain::VersionInfo first;
    fixture.publishedCode(&first);
    auto stored = fixture.versions().publishedHandbook(first.id);
    REQUIRE_FALSE(stored);
    CHECK(stored.error().kind == domain::ErrorKind::NotFound);
    CHECK(test::countRows(fixture.db->connection(), u"published_handbook"_s) == 0);
}

TEST_CASE("a refused publication stores no handbook", "[storage][handbook]")
{
    test::StorageFixture fixture;
    const qint64 codeId = fixture.createCode();
    auto draft = fixture.versions().createDraft(codeId, test::sampleContent(), fixture.author);
    REQUIRE(draft);
    // Still a draft: publishing is refused, and the handbook goes with it.
    auto published
        = fixture.versions().publish(draft->id, fixture.otherManager, true, u"x"_s, handbook);
    REQUIRE_FALSE(published);
    CHECK(test::countRows(fixture.db->connection(), u"published_handbook"_s) == 0);
}

TEST_CASE("raw SQL cannot change or delete a stored handbook", "[storage][handbook]")
{
    test::StorageFixture fixture;
    publishWithHandbook(fixture, handbook);
    const QSqlDatabase db = fixture.db->connection();
    CHECK(test::runSql(db, u"UPDATE published_handbook SET pdf = "_s + test::blobLiteral(u"00"_s))
              .contains(u"cannot be changed"_s));
    CHECK(test::runSql(db, u"DELETE FROM published_handbook"_s).contains(u"cannot be deleted"_s));
    CHECK(fixture.versions().publishedHandbook(1).value() == handbook);
}

TEST_CASE("verify finds a stored handbook whose bytes were changed", "[storage][handbook]")
{
    test::StorageFixture fixture;
    publishWithHandbook(fixture, handbook);
    {
        test::RawConnection raw(fixture.path);
        test::dropTrigger(raw.db(), u"published_handbook_no_update"_s);
        const QString pdfStart = test::onServer(raw.db()) ? u"decode('255044462d', 'hex')"_s
                                                          : u"x'255044462d'"_s;
        REQUIRE(test::runSql(raw.db(), u"UPDATE published_handbook SET pdf = "_s + pdfStart)
                    .isEmpty());
    }
    auto report = verifyDatabase(*fixture.db);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->missingTriggers == QStringList {u"published_handbook_no_update"_s});
    const QString problems = report->problems().join(u"\n"_s);
    INFO(problems.toStdString());
    CHECK(problems.contains(u"the handbook stored at the publication of version 1 of "
                            "\"Código de conducta\" was changed"_s));
}
