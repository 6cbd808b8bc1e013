#include "languagefixture.h"

#include "app/i18n/languagemenu.h"
#include "app/mainwindow.h"
#include "app/session/session.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "support/sampledatabase.h"

#include <QAction>
#include <QActionGroup>
#include <QMenuBar>
#include <QTest>

using namespace tenet;

namespace {

// The checked items of the language menu, by their names.
QStringList checkedNames(const app::LanguageMenu &menu)
{
    QStringList names;
    const QList<QAction *> items = menu.actions();
    for (const QAction *action : items) {
        if (action->isChecked())
            names << action->text();
    }
    return names;
}

// The top-level menu that holds this submenu.
QMenu *menuHolding(const QMenuBar &bar, const QMenu *submenu)
{
    const QList<QAction *> tops = bar.actions();
    for (const QAction *top : tops) {
        if (top->menu() && top->menu()->actions().contains(submenu->menuAction()))
            return top->menu();
    }
    return nullptr;
}

} // namespace

TEST_CASE("View > Language offers the three languages and checks the one in use",
          "[i18n][mainwindow]")
{
    test::LanguageFixture f;
    REQUIRE(f.language->choose(u"en"_s));
    app::Session session;
    f.language->followSignIns(session);
    session.setDatabase(test::createSampleDatabase(f.dir.file(u"t.db"_s), true).database);
    app::MainWindow window(session, *f.settings, f.language.get());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    app::LanguageMenu *menu = window.languageMenu();
    REQUIRE(menu);
    QMenu *view = menuHolding(*window.menuBar(), menu);
    REQUIRE(view);
    CHECK(view->title() == u"V&iew"_s);
    CHECK(menu->title().remove(u'&') == u"Language"_s);

    const QList<QAction *> items = menu->actions();
    QStringList names;
    for (const QAction *action : items) {
        names << action->text();
        CHECK(action->isCheckable());
        REQUIRE(action->actionGroup());
        CHECK(action->actionGroup()->isExclusive());
    }
    CHECK(names == QStringList {u"English"_s, u"Español"_s, u"Lietuvių"_s});
    CHECK(checkedNames(*menu) == QStringList {u"English"_s});

    // Chosen: switched and remembered.
    menu->actionFor(u"lt"_s)->trigger();
    CHECK(f.language->current() == u"lt"_s);
    CHECK(f.language->remembered() == u"lt"_s);
    CHECK(checkedNames(*menu) == QStringList {u"Lietuvių"_s});

    // Someone signs in: the check follows their roster language (English in the sample).
    session.signIn(*storage::StaffStore(*session.database()).find(u"A001"_s));
    CHECK(f.language->current() == u"en"_s);
    CHECK(checkedNames(*menu) == QStringList {u"English"_s});
    session.signOut();
    CHECK(checkedNames(*menu) == QStringList {u"Lietuvių"_s});
}

TEST_CASE("a window built without a language gets a language menu of its own", "[i18n][mainwindow]")
{
    test::TempDir dir;
    app::Session session;
    QSettings settings(dir.file(u"settings.ini"_s), QSettings::IniFormat);
    app::MainWindow window(session, settings);
    REQUIRE(window.language());
    CHECK(window.language()->current() == u"en"_s);
    REQUIRE(window.languageMenu());
    CHECK(checkedNames(*window.languageMenu()) == QStringList {u"English"_s});
}
