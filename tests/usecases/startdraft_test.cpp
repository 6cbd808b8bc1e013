#include "storage/storagefixture.h"
#include "usecases/startdraft.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace tenet;
using namespace tenet::test;

namespace {

domain::Code storedCode(StorageFixture &fixture, qint64 id)
{
    auto code = fixture.versions().code(id);
    REQUIRE(code);
    return *code;
}

} // namespace

TEST_CASE("with nothing in force, a first draft holds the code's seven sections, empty",
          "[usecases][draft]")
{
    StorageFixture fixture;
    const domain::Code code = storedCode(fixture, fixture.createCode());

    auto started = usecases::startDraft(*fixture.db, code, fixture.author);
    INFO((started ? std::string() : started.error().toString().toStdString()));
    REQUIRE(started);
    CHECK_FALSE(started->continued);
    CHECK_FALSE(started->basedOn.has_value());
    CHECK(started->version.state == domain::VersionState::Draft);
    auto loaded = fixture.versions().load(started->version.id);
    REQUIRE(loaded);
    CHECK(loaded->content == domain::CodeContent::withEmptySections(code.language));
}

TEST_CASE("a later draft starts from the version in force", "[usecases][draft]")
{
    StorageFixture fixture;
    const domain::Code code = storedCode(fixture, fixture.createCode());
    auto first = fixture.versions().createDraft(code.id, sampleContent(), fixture.author);
    REQUIRE(first);
    fixture.publish(first->id);

    auto started = usecases::startDraft(*fixture.db, code, fixture.author);
    REQUIRE(started);
    CHECK_FALSE(started->continued);
    CHECK(started->basedOn == std::optional<int>(1));
    CHECK(started->version.number == 2);
    auto loaded = fixture.versions().load(started->version.id);
    REQUIRE(loaded);
    CHECK(loaded->content == sampleContent());
}

TEST_CASE("an open draft is continued rather than a second one started", "[usecases][draft]")
{
    StorageFixture fixture;
    const domain::Code code = storedCode(fixture, fixture.createCode());
    auto first = usecases::startDraft(*fixture.db, code, fixture.author);
    REQUIRE(first);

    auto again = usecases::startDraft(*fixture.db, code, fixture.manager);
    REQUIRE(again);
    CHECK(again->continued);
    CHECK(again->version.id == first->version.id);
    CHECK(fixture.versions().versions(code.id).value().size() == 1);
}

TEST_CASE("no draft is started while a version is in review, nor by an agent", "[usecases][draft]")
{
    StorageFixture fixture;
    const domain::Code code = storedCode(fixture, fixture.createCode());

    auto byAgent = usecases::startDraft(*fixture.db, code, fixture.agent);
    REQUIRE_FALSE(byAgent);
    CHECK(byAgent.error().kind == domain::ErrorKind::Refused);
    CHECK(fixture.versions().versions(code.id).value().isEmpty());

    auto draft = fixture.versions().createDraft(code.id, sampleContent(), fixture.author);
    REQUIRE(draft);
    REQUIRE(fixture.versions().submit(draft->id, fixture.author));
    auto during = usecases::startDraft(*fixture.db, code, fixture.author);
    REQUIRE_FALSE(during);
    CHECK(during.error().kind == domain::ErrorKind::Refused);
    CHECK(fixture.versions().versions(code.id).value().size() == 1);
}
