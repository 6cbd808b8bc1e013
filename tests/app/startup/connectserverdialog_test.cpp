#include "startupfixture.h"

#include "app/startup/connectserverdialog.h"
#include "app/startup/passworddialog.h"
#include "support/testdatabase.h"

#include "storage/connectionspec.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace tenet;
using app::ConnectServerDialog;
using storage::ConnectionSpec;

namespace {

// Types into the dialog's fields as a user would.
struct Form
{
    ConnectServerDialog dialog {app::PasswordPrompter()};

    void fill(const QString &host, int port, const QString &database, const QString &user,
              const QString &service = {})
    {
        const auto set = [this](const char *name, const QString &text) {
            auto *edit = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
            REQUIRE(edit);
            edit->clear();
            QTest::keyClicks(edit, text);
        };
        set("hostEdit", host);
        set("databaseEdit", database);
        set("userEdit", user);
        set("serviceEdit", service);
        auto *spin = dialog.findChild<QSpinBox *>(u"portSpin"_s);
        REQUIRE(spin);
        spin->setValue(port);
    }

    QPushButton *connectButton() const
    {
        return dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok);
    }

    // The address, after checking that it reads back as the very fields it was made from.
    QString address() const
    {
        const ConnectionSpec spec = dialog.spec();
        const auto readBack = ConnectionSpec::parse(dialog.address());
        REQUIRE(readBack);
        CHECK(*readBack == spec);
        return dialog.address();
    }
};

} // namespace

TEST_CASE("the connect dialog makes the server address from its fields", "[startup][connect]")
{
    Form form;
    form.fill(u"db.example.com"_s, 5433, u"tenet"_s, u"alice"_s);
    CHECK(form.address() == u"postgresql://alice@db.example.com:5433/tenet"_s);
    CHECK(form.dialog.problem().isEmpty());
    CHECK(form.connectButton()->isEnabled());
    CHECK(form.dialog.testButton()->isEnabled());

    // Spaces typed around a name are not part of it.
    form.fill(u" db.example.com "_s, 0, u" tenet "_s, u""_s);
    CHECK(form.address() == u"postgresql://db.example.com/tenet"_s);

    // A folder is the server's socket on this computer; libpq reads it, and the port, from
    // the address's query.
    form.fill(u"/var/run/postgresql"_s, 5433, u"tenet"_s, u"bob"_s);
    CHECK(form.address() == u"postgresql://bob@/tenet?host=/var/run/postgresql&port=5433"_s);

    // Empty fields leave the choice to libpq: a server on this computer, the default port.
    form.fill({}, 0, u"tenet"_s, {});
    CHECK(form.address() == u"postgresql:///tenet"_s);

    // A service alone is named as such; fields beside it override what it says.
    form.fill({}, 0, {}, {}, u"office"_s);
    CHECK(form.address() == u"service=office"_s);
    form.fill({}, 0, u"tenet"_s, u"carol"_s, u"office"_s);
    CHECK(form.address() == u"postgresql://carol@/tenet?service=office"_s);

    // An IPv6 address is bracketed; an odd database name is escaped, not mangled.
    form.fill(u"::1"_s, 6543, u"team a/b"_s, u"dave"_s);
    CHECK(form.address() == u"postgresql://dave@[::1]:6543/team%20a%2Fb"_s);
    CHECK(form.dialog.spec().database == u"team a/b"_s);
}

TEST_CASE("the connect dialog says what is missing and offers nothing until it is given",
          "[startup][connect]")
{
    Form form;
    form.fill({}, 0, {}, {});
    CHECK(form.dialog.problem().contains(u"Name the database"_s));
    CHECK(form.dialog.message() == form.dialog.problem());
    CHECK_FALSE(form.connectButton()->isEnabled());
    CHECK_FALSE(form.dialog.testButton()->isEnabled());

    form.fill(u"db1.example.com,db2.example.com"_s, 0, u"tenet"_s, {});
    CHECK(form.dialog.problem().contains(u"one name or address"_s));
    CHECK_FALSE(form.connectButton()->isEnabled());
    form.fill(u"alice@db.example.com"_s, 0, u"tenet"_s, {});
    CHECK_FALSE(form.dialog.problem().isEmpty());

    form.fill({}, 0, {}, {}, u"head office"_s);
    CHECK(form.dialog.problem().contains(u"service name"_s));
    CHECK_FALSE(form.connectButton()->isEnabled());

    form.fill(u"db.example.com"_s, 0, u"tenet"_s, {});
    CHECK(form.dialog.problem().isEmpty());
    CHECK(form.dialog.message().isEmpty());
    CHECK(form.connectButton()->isEnabled());
}

TEST_CASE("the connect dialog is filled from a remembered address and keeps its options",
          "[startup][connect]")
{
    Form form;
    const QString remembered = u"postgresql://bob@db.example.com:6000/tenet?sslmode=require"_s;
    form.dialog.setSpec(*ConnectionSpec::parse(remembered));
    CHECK(form.dialog.findChild<QLineEdit *>(u"hostEdit"_s)->text() == u"db.example.com"_s);
    CHECK(form.dialog.findChild<QSpinBox *>(u"portSpin"_s)->value() == 6000);
    CHECK(form.dialog.findChild<QLineEdit *>(u"userEdit"_s)->text() == u"bob"_s);
    CHECK(form.address() == remembered);

    // A file is not a server: the fields stay as they were.
    form.dialog.setSpec(*ConnectionSpec::parse(u"/home/ana/code.db"_s));
    CHECK(form.address() == remembered);
}

TEST_CASE("Test Connection says in the dialog why the server cannot be reached",
          "[startup][connect]")
{
    test::TempDir dir;
    Form form;
    // A folder with no server's socket in it: refused at once, on any machine.
    form.fill(dir.path(), 0, u"tenet"_s, u"nobody"_s);
    QSignalSpy tested(&form.dialog, &ConnectServerDialog::connectionTested);
    form.dialog.testButton()->click();
    CHECK(form.dialog.isTesting());
    CHECK_FALSE(form.connectButton()->isEnabled());
    REQUIRE(tested.wait(10000));
    CHECK(tested.first().at(0).toBool() == false);
    CHECK_FALSE(form.dialog.isTesting());
    INFO(form.dialog.message().toStdString());
    CHECK(form.dialog.message().startsWith(u"Tenet could not connect to tenet on "_s));
    CHECK(form.dialog.message().contains(dir.path()));
    // The dialog stays open for the fields to be corrected, ready to try again.
    CHECK(form.connectButton()->isEnabled());
    CHECK(form.dialog.result() == QDialog::Rejected);

    // Connect tries the same way, and the dialog stays open when it fails.
    tested.clear();
    form.connectButton()->click();
    REQUIRE(tested.wait(10000));
    CHECK(form.dialog.result() == QDialog::Rejected);
}

TEST_CASE("Test Connection on a server names the organisation there, and Connect accepts",
          "[startup][connect][server]")
{
    if (!test::TestDatabase::onServer()) {
        SUCCEED("no server (TENET_TEST_POSTGRES)");
        return;
    }
    test::TestDatabase db;
    {
        app::NewOrganisation organisation {u"Acme Support"_s, u"M001"_s, u"Marta Ruiz"_s,
                                           u"2468"_s};
        auto created = app::DatabaseOpener::createNew(db.where(), organisation);
        REQUIRE(created);
    }
    Form form;
    form.dialog.setSpec(*ConnectionSpec::parse(db.where()));
    CHECK(form.address() == db.where());
    QSignalSpy tested(&form.dialog, &ConnectServerDialog::connectionTested);
    form.dialog.testButton()->click();
    REQUIRE(tested.wait(10000));
    INFO(form.dialog.message().toStdString());
    CHECK(tested.first().at(0).toBool());
    CHECK(form.dialog.message().contains(u"The connection works"_s));
    CHECK(form.dialog.message().contains(u"Acme Support"_s));
    CHECK(form.dialog.result() == QDialog::Rejected);

    tested.clear();
    form.connectButton()->click();
    REQUIRE(tested.wait(10000));
    CHECK(form.dialog.result() == QDialog::Accepted);
}

TEST_CASE("Test Connection on an empty database on a server says how to fill it",
          "[startup][connect][server]")
{
    if (!test::TestDatabase::onServer()) {
        SUCCEED("no server (TENET_TEST_POSTGRES)");
        return;
    }
    test::TestDatabase db;
    Form form;
    form.dialog.setSpec(*ConnectionSpec::parse(db.where()));
    QSignalSpy tested(&form.dialog, &ConnectServerDialog::connectionTested);
    form.dialog.testButton()->click();
    REQUIRE(tested.wait(10000));
    CHECK_FALSE(tested.first().at(0).toBool());
    INFO(form.dialog.message().toStdString());
    CHECK(form.dialog.message().contains(u"tenetctl init"_s));
}

TEST_CASE("the password dialog hides what is typed and says when the last one was refused",
          "[startup][connect]")
{
    const auto spec = ConnectionSpec::parse(u"postgresql://alice@db.example.com/tenet"_s);
    REQUIRE(spec);
    app::PasswordDialog first(*spec, false);
    CHECK(first.passwordEdit()->echoMode() == QLineEdit::Password);
    CHECK(first.message().contains(u"tenet on db.example.com"_s));
    CHECK(first.message().contains(u"alice"_s));
    CHECK(first.message().contains(u"never saves it"_s));
    CHECK_FALSE(first.message().contains(u"did not accept"_s));
    QTest::keyClicks(first.passwordEdit(), u"pa55word"_s);
    CHECK(first.password() == u"pa55word"_s);
    CHECK(first.passwordEdit()->displayText() != u"pa55word"_s);

    app::PasswordDialog again(*spec, true);
    CHECK(again.message().contains(u"did not accept that password"_s));
    CHECK(again.password().isEmpty());
}
