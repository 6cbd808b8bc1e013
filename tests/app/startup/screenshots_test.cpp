#include "startupfixture.h"

#include "app/startup/databaseopener.h"
#include "app/startup/fileactions.h"
#include "app/startup/newdatabasedialog.h"
#include "app/startup/signindialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

using namespace tenet;

// Not run by default: `tenet_startup_tests "[screenshots]"` writes the dialogs as PNGs to
// $TENET_SCREENSHOT_DIR (or the current folder), to look at them.
TEST_CASE("the start-up dialogs can be rendered for a look", "[.][screenshots]")
{
    const QString folder = qEnvironmentVariableIsSet("TENET_SCREENSHOT_DIR")
        ? qEnvironmentVariable("TENET_SCREENSHOT_DIR")
        : QDir::currentPath();
    test::TempDir dir;
    auto db = test::openDemoCopy(dir.file(u"demo.db"_s));

    app::SignInDialog signIn(*db);
    signIn.show();
    REQUIRE(QTest::qWaitForWindowExposed(&signIn));
    CHECK(signIn.grab().save(folder + u"/startup-signin.png"_s));
    QTest::keyClicks(signIn.findChild<QLineEdit *>(u"searchEdit"_s), u"ruiz"_s);
    QTest::keyClicks(signIn.findChild<QLineEdit *>(u"pinEdit"_s), u"0000"_s);
    QSignalSpy checked(&signIn, &app::SignInDialog::secretChecked);
    QTest::keyClick(signIn.findChild<QLineEdit *>(u"pinEdit"_s), Qt::Key_Return);
    REQUIRE(checked.wait(10000)); // the PIN is checked on a worker thread
    CHECK(signIn.grab().save(folder + u"/startup-signin-wrong-pin.png"_s));

    app::NewDatabaseDialog demo(u"/home/marta/Documents/Code of Practice.db"_s);
    demo.show();
    REQUIRE(QTest::qWaitForWindowExposed(&demo));
    CHECK(demo.grab().save(folder + u"/startup-new-demo.png"_s));
    app::NewDatabaseDialog own(u"/home/marta/Documents/Code of Practice.db"_s);
    own.show();
    REQUIRE(QTest::qWaitForWindowExposed(&own));
    own.findChild<QAbstractButton *>(u"ownRadio"_s)->click();
    QTest::keyClicks(own.findChild<QLineEdit *>(u"organisationEdit"_s), u"Acme Help Desk"_s);
    CHECK(own.grab().save(folder + u"/startup-new-own.png"_s));

    const QString notes = dir.file(u"notes.db"_s);
    test::writeFile(notes, "Shopping list");
    auto refused = app::DatabaseOpener::openExisting(notes);
    REQUIRE_FALSE(refused);
    auto box
        = app::FileActions::errorBox(nullptr, u"The database was not opened."_s, refused.error());
    box->show();
    REQUIRE(QTest::qWaitForWindowExposed(box.get()));
    CHECK(box->grab().save(folder + u"/startup-error.png"_s));
}
