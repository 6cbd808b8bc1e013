#include "storage/storagefixture.h"
#include "usecases/publish.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace tenet;
using namespace tenet::test;

namespace {

// An approved first version of a new code.
std::pair<domain::Code, qint64> approvedVersion(StorageFixture &fixture)
{
    auto code = fixture.versions().code(fixture.createCode());
    REQUIRE(code);
    auto draft = fixture.versions().createDraft(code->id, sampleContent(), fixture.author);
    REQUIRE(draft);
    REQUIRE(fixture.versions().submit(draft->id, fixture.author));
    REQUIRE(fixture.versions().approve(draft->id, fixture.manager));
    return {*code, draft->id};
}

} // namespace

TEST_CASE("publishing stores the handbook rendered as published with the publication",
          "[usecases][publish]")
{
    StorageFixture fixture;
    const auto [code, versionId] = approvedVersion(fixture);

    auto published = usecases::publishVersion(
        *fixture.db, code, {versionId, true, u"Primera versión"_s}, fixture.otherManager);
    INFO((published ? std::string() : published.error().toString().toStdString()));
    REQUIRE(published);
    CHECK(published->state == domain::VersionState::Published);
    CHECK(published->summary == u"Primera versión"_s);
    auto handbook = fixture.versions().publishedHandbook(versionId);
    REQUIRE(handbook);
    CHECK(handbook->startsWith("%PDF-"));
}

TEST_CASE("publishing is refused for someone who is not a manager, and for a version not "
          "approved",
          "[usecases][publish]")
{
    StorageFixture fixture;
    const auto [code, versionId] = approvedVersion(fixture);

    auto byAuthor
        = usecases::publishVersion(*fixture.db, code, {versionId, true, u"v1"_s}, fixture.author);
    REQUIRE_FALSE(byAuthor);
    CHECK(byAuthor.error().kind == domain::ErrorKind::Refused);

    REQUIRE(
        usecases::publishVersion(*fixture.db, code, {versionId, true, u"v1"_s}, fixture.manager));
    auto again
        = usecases::publishVersion(*fixture.db, code, {versionId, true, u"v1"_s}, fixture.manager);
    REQUIRE_FALSE(again);
    CHECK(again.error().kind == domain::ErrorKind::Refused);
    CHECK(fixture.versions().info(versionId)->state == domain::VersionState::Published);
}
