#include "app/editor/draftdocument.h"
#include "app/editor/editorview.h"
#include "app/history/historyview.h"
#include "app/mainwindow.h"
#include "app/search/searchpanel.h"
#include "app/session/session.h"
#include "storage/database.h"
#include "storage/staffstore.h"
#include "storage/versionstore.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace tenet;
using namespace tenet::domain;
using namespace tenet::test;

namespace {

struct Fixture
{
    TempDir dir;
    app::Session session;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<app::MainWindow> window;
    qint64 publishedId = 0;
    qint64 draftId = 0;

    Fixture()
    {
        SampleDatabase sample = createSampleDatabase(dir.file(u"t.db"_s), true);
        publishedId = sample.versionId;
        storage::VersionStore store(*sample.database);
        const Actor supervisor{u"S001"_s, Role::Supervisor};
        auto draft = store.startDraftFromInForce(sample.codeId, supervisor);
        REQUIRE(draft.ok());
        draftId = draft->id;
        auto version = store.load(draftId);
        CodeContent content = version->content;
        content.sections[0].clauses[0].body += u" Always."_s;
        REQUIRE(store.saveDraft(draftId, content, version->info.revision, supervisor).ok());

        session.setDatabase(std::move(sample.database));
        session.signIn(*storage::StaffStore(*session.database()).find(u"S001"_s));
        settings = std::make_unique<QSettings>(dir.file(u"settings.ini"_s), QSettings::IniFormat);
        window = std::make_unique<app::MainWindow>(session, *settings);
        window->resize(1200, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QAction *menuAction(const QString &menu, const QString &text) const
    {
        for (QAction *top : window->menuBar()->actions()) {
            if (top->text().remove(u'&') != menu)
                continue;
            for (QAction *action : top->menu()->actions()) {
                if (action->text().remove(u'&').startsWith(text))
                    return action;
            }
        }
        FAIL("no menu item " << text.toStdString() << " in " << menu.toStdString());
        return nullptr;
    }
};

} // namespace

TEST_CASE("Ctrl+F, a word and Enter twice jump to the clause in the editor", "[app][mainwindow]")
{
    Fixture f;
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *dock = f.window->findChild<QDockWidget *>(u"searchDock"_s);
    REQUIRE(dock->isVisible());
    QLineEdit *field = f.window->searchPanel()->searchField();
    CHECK(field->hasFocus());
    QTest::keyClicks(field, u"escalate"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QListView *results = f.window->searchPanel()->resultsView();
    REQUIRE(results->model()->rowCount() >= 1);
    // "4.3 When to escalate — ...": the tree shows the title and draws the number beside it.
    const QString expected = results->model()->index(0, 0).data().toString()
                                 .section(u" — "_s, 0, 0).section(u' ', 1);
    QTest::keyClick(results, Qt::Key_Return);

    auto *tabs = f.window->findChild<QTabWidget *>();
    CHECK(tabs->currentWidget() == f.window->editor());
    auto *tree = f.window->editor()->findChild<QTreeView *>();
    REQUIRE(tree->currentIndex().isValid());
    INFO("tree shows " << tree->currentIndex().data().toString().toStdString() << ", expected "
                       << expected.toStdString());
    CHECK(tree->currentIndex().data().toString() == expected);
}

TEST_CASE("comparing the draft with the version in force is one click", "[app][mainwindow]")
{
    Fixture f;
    REQUIRE(f.window->editor()->document());
    CHECK(f.window->editor()->document()->info().id == f.draftId);
    f.menuAction(u"Version"_s, u"Compare with Version in Force"_s)->trigger();
    auto *tabs = f.window->findChild<QTabWidget *>();
    CHECK(tabs->currentWidget() == f.window->history());
    const auto compared = f.window->history()->comparedVersions();
    REQUIRE(compared.has_value());
    CHECK(compared->first == f.publishedId);
    CHECK(compared->second == f.draftId);
}

TEST_CASE("the Edit menu names the step that Undo would take back", "[app][mainwindow]")
{
    Fixture f;
    QAction *undo = f.menuAction(u"Edit"_s, u"Undo"_s);
    CHECK_FALSE(undo->isEnabled());
    f.window->editor()->selectClause(u"eth-honesty"_s);
    auto *title = f.window->editor()->findChild<QLineEdit *>(u"clauseTitleEdit"_s);
    REQUIRE(title);
    title->setFocus();
    QTest::keyClicks(title, u" first"_s);
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(u"1.1"_s));
    undo->trigger();
    CHECK_FALSE(title->text().endsWith(u" first"_s));
}

TEST_CASE("every view and tool bar has an accessible name", "[app][mainwindow]")
{
    Fixture f;
    for (QWidget *widget : f.window->findChildren<QWidget *>()) {
        // Qt's own parts of a widget (a spin box's line edit) are named by the widget.
        if (!widget->isVisible() || widget->objectName().startsWith(u"qt_"_s))
            continue;
        const bool interactive = qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QTabWidget *>(widget);
        if (interactive) {
            INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
            CHECK_FALSE(widget->accessibleName().isEmpty());
        }
    }
}

TEST_CASE("no keyboard shortcut of the whole window is also taken by a view", "[app][mainwindow]")
{
    Fixture f;
    // Two actions that both answer a key while the window has focus make Qt run neither.
    QMultiHash<QKeySequence, QAction *> byKey;
    for (QAction *action : f.window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts())
            byKey.insert(key, action);
    }
    for (const QKeySequence &key : byKey.uniqueKeys()) {
        const QList<QAction *> actions = byKey.values(key);
        int windowWide = 0;
        for (QAction *action : actions)
            windowWide += action->shortcutContext() == Qt::WindowShortcut
                || action->shortcutContext() == Qt::ApplicationShortcut;
        INFO(key.toString().toStdString() << " is used by " << actions.size() << " actions");
        CHECK((windowWide == 0 || actions.size() == 1));
    }
}
