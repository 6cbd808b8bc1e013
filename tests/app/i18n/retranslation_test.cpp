#include "app/i18n/languagemenu.h"
#include "app/mainwindow.h"
#include "app/session/session.h"
#include "app/startup/accountactions.h"
#include "app/startup/signindialog.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace tenet;

namespace {

// A catalogue that puts every text in «guillemets»: whatever the translators have done so
// far, a text that did not follow the switch shows without them.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return u"«"_s + QString::fromUtf8(source) + u"»"_s;
    }
};

// Installs the marking catalogue for as long as it lives, and lets the windows hear of it.
struct Marked
{
    MarkingTranslator translator;
    Marked()
    {
        REQUIRE(QCoreApplication::installTranslator(&translator));
        QCoreApplication::sendPostedEvents();
    }
    ~Marked()
    {
        QCoreApplication::removeTranslator(&translator);
        QCoreApplication::sendPostedEvents();
    }
};

QStringList menuTitles(const QMenuBar &bar)
{
    QStringList titles;
    const QList<QAction *> tops = bar.actions();
    for (const QAction *top : tops)
        titles << top->text();
    return titles;
}

QStringList statusTexts(QMainWindow &window)
{
    QStringList texts;
    const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        texts << label->text();
    return texts;
}

} // namespace

TEST_CASE("the main window's menus, tabs and status bar follow a language switch",
          "[i18n][mainwindow]")
{
    test::TempDir dir;
    app::Session session;
    session.setDatabase(test::createSampleDatabase(dir.file(u"t.db"_s), true).database);
    session.signIn(*storage::StaffStore(*session.database()).find(u"S001"_s));
    QSettings settings(dir.file(u"settings.ini"_s), QSettings::IniFormat);
    app::MainWindow window(session, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QStringList english {u"&File"_s, u"&Edit"_s, u"&Version"_s, u"V&iew"_s, u"&Help"_s};
    REQUIRE(menuTitles(*window.menuBar()) == english);

    {
        Marked marked;
        CHECK(menuTitles(*window.menuBar())
              == QStringList(
                  {u"«&File»"_s, u"«&Edit»"_s, u"«&Version»"_s, u"«V&iew»"_s, u"«&Help»"_s}));
        auto *tabs = window.findChild<QTabWidget *>();
        for (int index = 0; index < tabs->count(); ++index)
            CHECK(tabs->tabText(index).startsWith(u"«"_s));
        CHECK(window.languageMenu()->title() == u"«&Language»"_s);
        CHECK(statusTexts(window).contains(u"«Signed in as Jonas Petraitis («Supervisor»)»"_s));
        CHECK(window.account()->signOutAction()->text() == u"«Sign O&ut»"_s);
        CHECK(window.account()->signInAction()->text() == u"«S&witch User…»"_s);
    }

    CHECK(menuTitles(*window.menuBar()) == english);
    CHECK(window.account()->signOutAction()->text() == u"Sign O&ut"_s);
}

TEST_CASE("the sign-in dialog follows a language switch, its Sign In button included",
          "[i18n][signin]")
{
    test::TempDir dir;
    auto database = test::createSampleDatabase(dir.file(u"t.db"_s), true).database;
    app::SignInDialog dialog(*database);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *signIn = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    REQUIRE(signIn->text() == u"&Sign In"_s);

    {
        Marked marked;
        CHECK(dialog.windowTitle() == u"«Sign In»"_s);
        // The button box puts Qt's own "OK" back on a language switch; the dialog then
        // names the button again.
        CHECK(signIn->text() == u"«&Sign In»"_s);
        CHECK(dialog.findChild<QLabel *>(u"titleLabel"_s)->text().startsWith(u"«Sign in to"_s));
    }
    CHECK(dialog.windowTitle() == u"Sign In"_s);
    CHECK(signIn->text() == u"&Sign In"_s);
}
