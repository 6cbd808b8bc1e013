#include "startupfixture.h"

#include "app/startup/windowstate.h"

#include <QLabel>
#include <QMainWindow>
#include <QSplitter>

using namespace tenet;

namespace {

// A window shaped like the program's: a named splitter with two panes.
struct SplitWindow
{
    QMainWindow window;
    QSplitter *splitter = new QSplitter(&window);

    SplitWindow()
    {
        window.setObjectName(u"MainWindow"_s);
        splitter->setObjectName(u"centreSplitter"_s);
        splitter->addWidget(new QLabel(u"navigator"_s));
        splitter->addWidget(new QLabel(u"editor"_s));
        splitter->setChildrenCollapsible(false);
        window.setCentralWidget(splitter);
    }
};

} // namespace

TEST_CASE("a window's size and splitter positions come back after a restart", "[startup][window]")
{
    test::TempDir dir;
    QList<int> sizes;
    {
        auto settings = test::testSettings(dir);
        SplitWindow first;
        CHECK_FALSE(app::WindowState::restore(first.window, *settings));
        first.window.resize(700, 500);
        first.window.show();
        first.splitter->setSizes({180, 520});
        sizes = first.splitter->sizes();
        REQUIRE(sizes.first() < sizes.last());
        app::WindowState::save(first.window, *settings);
    }

    auto settings = test::testSettings(dir);
    SplitWindow second;
    second.window.resize(300, 200);
    CHECK(app::WindowState::restore(second.window, *settings));
    second.window.show();
    CHECK(second.window.size() == QSize(700, 500));
    CHECK(second.splitter->sizes() == sizes);
}
