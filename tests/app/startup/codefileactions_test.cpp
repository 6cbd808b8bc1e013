#include "startupfixture.h"

#include "app/session/session.h"
#include "app/startup/codefileactions.h"
#include "exchange/codefile.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>

using namespace tenet;
using namespace tenet::domain;
using app::CodeFileActions;

namespace {

// The demonstration open at a desk, signed in as `employeeNo`, with its open draft withdrawn
// so that an import may start a new one.
struct Desk
{
    test::TempDir dir;
    app::Session session;
    CodeFileActions actions {session, nullptr};

    explicit Desk(const QString &employeeNo = u"S001"_s)
    {
        auto db = test::openDemoCopy(dir.file(u"demo.db"_s));
        storage::VersionStore store(*db);
        const qint64 codeId = store.codes().value().first().id;
        const auto open = store.openVersion(codeId).value();
        REQUIRE(open);
        REQUIRE(store.withdraw(open->id, Actor {u"S001"_s, Role::Supervisor}, u"test"_s));
        session.setDatabase(std::move(db));
        session.signIn(storage::StaffStore(*session.database()).find(employeeNo).value());
    }

    storage::VersionStore store() { return storage::VersionStore(*session.database()); }
    qint64 codeId() const { return session.code()->id; }
};

QString fixture(const QString &name)
{
    return QStringLiteral(TENET_SOURCE_DIR) + u"/tests/fixtures/"_s + name;
}

} // namespace

TEST_CASE("a code exported from the desktop imports again as a new draft with the same content",
          "[startup][codefiles]")
{
    Desk desk;
    CHECK(desk.actions.exportAction()->isEnabled());
    CHECK(desk.actions.importAction()->isEnabled());
    const QString file = desk.dir.file(u"code.json"_s);

    auto exported = desk.actions.exportFile(file);
    INFO((exported ? std::string() : exported.error().toString().toStdString()));
    REQUIRE(exported);
    CHECK(exported->contains(u"Version 2"_s));
    // The file is the one tenetctl writes and reads.
    auto document = exchange::readCodeFile(file);
    REQUIRE(document);
    CHECK(document->version->number == 2);

    auto imported = desk.actions.importFile(file);
    INFO((imported ? std::string() : imported.error().toString().toStdString()));
    REQUIRE(imported);
    CHECK(imported->contains(u"draft version 4"_s));
    const auto draft = desk.store().openVersion(desk.codeId()).value();
    REQUIRE(draft);
    CHECK(draft->number == 4);
    CHECK(draft->author == u"S001"_s);
    const auto inForce = desk.store().inForce(desk.codeId()).value();
    CHECK(desk.store().load(draft->id).value().content
          == desk.store().load(inForce->id).value().content);
}

TEST_CASE("an invalid code file is refused with tenetctl's message and nothing is written",
          "[startup][codefiles]")
{
    Desk desk;
    const int versionsBefore = int(desk.store().versions(desk.codeId()).value().size());
    const QString file = fixture(u"invalid/wrong-strength.json"_s);

    auto imported = desk.actions.importFile(file);
    REQUIRE_FALSE(imported);
    // Word for word what `tenetctl import-code` reports: the same reader says it.
    const Error expected = exchange::readCodeFile(file).error();
    CHECK(imported.error() == expected);
    CHECK(expected.toString().contains(u"wrong-strength.json"_s));
    CHECK(expected.toString().contains(u"/sections/"_s));
    CHECK(desk.store().versions(desk.codeId()).value().size() == versionsBefore);

    const auto box = CodeFileActions::errorBox(nullptr, u"not imported"_s, imported.error());
    CHECK(box->informativeText() == expected.toString());
}

TEST_CASE("an import error quoting a key with a line break is shown on one line",
          "[startup][codefiles]")
{
    Desk desk;
    QFile original(fixture(u"code-es.json"_s));
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    text.replace("\"language\"", "\"a\\nb\": 1, \"language\"");
    const QString file = desk.dir.file(u"key.json"_s);
    QFile copy(file);
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.write(text);
    copy.close();

    auto imported = desk.actions.importFile(file);
    REQUIRE_FALSE(imported);
    const auto box = CodeFileActions::errorBox(nullptr, u"not imported"_s, imported.error());
    CHECK(box->informativeText() == file + u": /code: unexpected property \"a\\nb\""_s);
    // An error that reaches the box unescaped, from wherever, is escaped there.
    const auto raw = CodeFileActions::errorBox(
        nullptr, u"not imported"_s, Error::invalid(u"x.json"_s, u"property \"c\nd\""_s));
    CHECK(raw->informativeText() == u"x.json: property \"c\\nd\""_s);
}

TEST_CASE("an agent cannot import a code, as with tenetctl", "[startup][codefiles]")
{
    Desk desk(u"A001"_s);
    CHECK_FALSE(desk.actions.importAction()->isEnabled());
    CHECK(desk.actions.exportAction()->isEnabled());
    const QString file = desk.dir.file(u"code.json"_s);
    REQUIRE(desk.actions.exportFile(file));
    auto imported = desk.actions.importFile(file);
    REQUIRE_FALSE(imported);
    CHECK(imported.error().kind == ErrorKind::Refused);
    CHECK_FALSE(desk.store().openVersion(desk.codeId()).value().has_value());
}
