#include "app/history/comparisonmodel.h"
#include "app/history/historyview.h"
#include "app/history/versionlistmodel.h"

#include "historyfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace tenet;
using namespace tenet::app;
using namespace tenet::domain;

namespace {

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    REQUIRE(found);
    return found;
}

// A view sized like a window's centre, shown and active so that its shortcuts work.
struct ShownView
{
    test::HistoryFixture fixture;
    HistoryView view {fixture.session};
    QTableView *table = child<QTableView>(view, u"versionTable"_s);
    QTextBrowser *redline = child<QTextBrowser>(view, u"redlineBrowser"_s);
    QTreeView *changes = child<QTreeView>(view, u"changesTree"_s);

    ShownView()
    {
        view.resize(1100, 760);
        view.show();
        QApplication::setActiveWindow(&view);
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }

    // The table row (as shown, newest first) of the version.
    int rowOf(qint64 versionId) const
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(VersionListModel::VersionIdRole).toLongLong()
                == versionId)
                return row;
        }
        FAIL("version not listed");
        return -1;
    }

    QPoint centreOfRow(qint64 versionId) const
    {
        return table
            ->visualRect(table->model()->index(rowOf(versionId), VersionListModel::StateColumn))
            .center();
    }

    void clickRow(qint64 versionId, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mouseClick(table->viewport(), Qt::LeftButton, modifiers, centreOfRow(versionId));
    }

    // QTest's double click sends only the second press: the first comes from a click.
    void doubleClickRow(qint64 versionId)
    {
        clickRow(versionId);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centreOfRow(versionId));
    }
};

template<typename Predicate> QString runsWhere(const QTextDocument &document, Predicate predicate)
{
    QStringList runs;
    for (QTextBlock block = document.begin(); block != document.end(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (predicate(it.fragment().charFormat()))
                runs << it.fragment().text();
        }
    }
    return runs.join(u'|');
}

} // namespace

TEST_CASE("the history table lists every version with its state, newest first", "[history][view]")
{
    ShownView shown;
    QAbstractItemModelTester tester(shown.table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModel *model = shown.table->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, VersionListModel::NumberColumn).data().toString() == u"2"_s);
    CHECK(model->index(0, VersionListModel::StateColumn).data().toString() == u"Draft"_s);
    CHECK(model->index(1, VersionListModel::NumberColumn).data().toString() == u"1"_s);
    CHECK(model->index(1, VersionListModel::StateColumn).data().toString() == u"In force"_s);
    CHECK(child<QLabel>(shown.view, u"headingLabel"_s)->text()
          == u"Versions of Northwind Support Code of Practice"_s);

    // Sorting by a header click orders by number, not by text.
    shown.table->sortByColumn(VersionListModel::NumberColumn, Qt::AscendingOrder);
    CHECK(model->index(0, VersionListModel::NumberColumn).data().toString() == u"1"_s);
}

TEST_CASE("comparing two selected versions shows the insertions and deletions in the redline",
          "[history][view]")
{
    ShownView shown;
    QToolButton *compareButton = child<QToolButton>(shown.view, u"compareButton"_s);
    CHECK_FALSE(compareButton->isEnabled()); // nothing selected yet

    shown.clickRow(shown.fixture.firstId);
    shown.clickRow(shown.fixture.secondId, Qt::ControlModifier);
    REQUIRE(shown.table->selectionModel()->selectedRows().size() == 2);
    REQUIRE(compareButton->isEnabled());
    QSignalSpy shownSpy(&shown.view, &HistoryView::comparisonShown);
    QTest::mouseClick(compareButton, Qt::LeftButton);

    REQUIRE(shownSpy.size() == 1);
    REQUIRE(shown.view.comparedVersions());
    CHECK(shown.view.comparedVersions()->first == shown.fixture.firstId);
    CHECK(shown.view.comparedVersions()->second == shown.fixture.secondId);
    CHECK(child<QLabel>(shown.view, u"summaryLabel"_s)->text()
          == u"1 added, 1 removed, 1 changed, 1 moved, 1 table row changed"_s);
    CHECK(child<QLabel>(shown.view, u"comparisonTitle"_s)->text()
          == u"Changes from version 1 (published) to version 2 (draft)"_s);

    // "the truth" became "the facts": struck through and red, underlined and green.
    const QTextDocument &document = *shown.redline->document();
    const QString struck = runsWhere(document, [](const QTextCharFormat &f) {
        return f.fontStrikeOut() && f.foreground().color().red() > f.foreground().color().green();
    });
    const QString underlined = runsWhere(document, [](const QTextCharFormat &f) {
        return f.fontUnderline() && !f.isAnchor()
            && f.foreground().color().green() > f.foreground().color().red();
    });
    CHECK(struck.split(u'|').contains(u"truth"_s));
    CHECK(underlined.split(u'|').contains(u"facts"_s));
    // The added clause is one insertion, the removed one a deletion, the KPI a table row.
    CHECK(underlined.contains(
        u"Offer a written channel to every customer who cannot use the phone."_s));
    CHECK(struck.split(u'|').contains(u"Clean desk and locked screen"_s));
    CHECK(underlined.split(u'|').contains(u"15"_s));
    CHECK(struck.split(u'|').contains(u"20"_s));
    CHECK(document.toPlainText().contains(u"MOVED FROM 5.6"_s));

    ComparisonModel *changes = shown.view.comparisonModel();
    CHECK(changes->indexOfClause(u"com-accessibility"_s).isValid());
    CHECK(changes->indexOfClause(u"beh-clean-desk"_s).isValid());
    CHECK(changes->indexOfClause(u"cmp-prevention"_s).data(ComparisonModel::MovedRole).toBool());
    CHECK(changes->indexOfItem(u"kpi"_s, u"asa"_s).isValid());
    // The list is open, so every change is visible at once.
    CHECK(shown.changes->isExpanded(changes->index(0, 0)));
}

TEST_CASE("double-clicking a version compares it with the one before", "[history][view]")
{
    ShownView shown;
    shown.doubleClickRow(shown.fixture.secondId);
    REQUIRE(shown.view.comparedVersions());
    CHECK(shown.view.comparedVersions()->first == shown.fixture.firstId);
    CHECK(shown.view.comparedVersions()->second == shown.fixture.secondId);

    // The first version has nothing before it, and says so.
    shown.doubleClickRow(shown.fixture.firstId);
    CHECK_FALSE(shown.view.comparedVersions());
    CHECK(shown.redline->toPlainText().contains(u"there is none before it"_s));
}

TEST_CASE("comparing a draft with the version in force takes one click", "[history][view]")
{
    ShownView shown;
    QToolButton *button = child<QToolButton>(shown.view, u"compareInForceButton"_s);
    shown.clickRow(shown.fixture.firstId);
    CHECK_FALSE(button->isEnabled()); // the version in force itself

    shown.clickRow(shown.fixture.secondId);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE(shown.view.comparedVersions());
    CHECK(*shown.view.comparedVersions()
          == std::make_pair(shown.fixture.firstId, shown.fixture.secondId));

    // And by keyboard, and through the API the main window calls.
    shown.view.compareWithVersionInForce(shown.fixture.firstId);
    CHECK_FALSE(shown.view.comparedVersions());
    CHECK(shown.redline->toPlainText().contains(u"is the version in force itself"_s));
    shown.clickRow(shown.fixture.secondId);
    QTest::keyClick(shown.table, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(*shown.view.comparedVersions()
          == std::make_pair(shown.fixture.firstId, shown.fixture.secondId));
}

TEST_CASE("Ctrl+Return compares the selection and Enter asks to open a version", "[history][view]")
{
    ShownView shown;
    shown.table->setFocus();
    shown.clickRow(shown.fixture.secondId);
    QSignalSpy open(&shown.view, &HistoryView::openVersionRequested);
    QTest::keyClick(shown.table, Qt::Key_Return);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).at(0).toLongLong() == shown.fixture.secondId);
    CHECK_FALSE(shown.view.comparedVersions());

    // Newest first: version 1 is the row below.
    QTest::keyClick(shown.table, Qt::Key_Down, Qt::ShiftModifier);
    REQUIRE(shown.table->selectionModel()->selectedRows().size() == 2);
    QTest::keyClick(shown.table, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(shown.view.comparedVersions());
    CHECK(*shown.view.comparedVersions()
          == std::make_pair(shown.fixture.firstId, shown.fixture.secondId));
    CHECK(open.size() == 1);
}

TEST_CASE("selecting a change scrolls the redline to it", "[history][view]")
{
    ShownView shown;
    shown.view.compare(shown.fixture.firstId, shown.fixture.secondId);
    QScrollBar *scroll = shown.redline->verticalScrollBar();
    REQUIRE(scroll->maximum() > 0);
    CHECK(scroll->value() == 0);

    const QModelIndex kpi = shown.view.comparisonModel()->indexOfItem(u"kpi"_s, u"asa"_s);
    REQUIRE(kpi.isValid());
    shown.changes->scrollTo(kpi);
    QTest::mouseClick(shown.changes->viewport(), Qt::LeftButton, {},
                      shown.changes->visualRect(kpi).center());
    CHECK(shown.changes->currentIndex() == kpi);
    CHECK(scroll->value() > 0);
    const int atKpi = scroll->value();

    // Back up to the first change by keyboard.
    shown.changes->setFocus();
    QTest::keyClick(shown.changes, Qt::Key_Home);
    CHECK(scroll->value() < atKpi);
}

TEST_CASE("a comparison with a draft is redrawn when the draft is saved", "[history][view]")
{
    ShownView shown;
    shown.view.compare(shown.fixture.firstId, shown.fixture.secondId);
    CHECK_FALSE(shown.redline->toPlainText().contains(u"plainly"_s));

    auto draft = shown.fixture.versions().load(shown.fixture.secondId);
    REQUIRE(draft.ok());
    CodeContent content = draft->content;
    content.section(SectionKey::Ethics)->clauses[1].body += u" Speak plainly."_s;
    REQUIRE(shown.fixture.versions()
                .saveDraft(shown.fixture.secondId, content, draft->info.revision,
                           shown.fixture.supervisor)
                .ok());
    shown.fixture.session.notifyVersionsChanged();

    REQUIRE(shown.view.comparedVersions());
    CHECK(shown.redline->toPlainText().contains(u"plainly"_s));
    CHECK(child<QLabel>(shown.view, u"summaryLabel"_s)
              ->text()
              .startsWith(u"1 added, 1 removed, 2 changed"_s));
    // The selection survives the reload.
    CHECK(shown.table->selectionModel()->selectedRows().size() == 2);
}

TEST_CASE("opening another database clears the history and the comparison", "[history][view]")
{
    ShownView shown;
    shown.view.compare(shown.fixture.firstId, shown.fixture.secondId);
    REQUIRE(shown.view.comparedVersions());

    auto other = storage::Database::open(shown.fixture.dir.file(u"other.db"_s),
                                         storage::OpenMode::CreateIfMissing);
    REQUIRE(other.ok());
    shown.fixture.session.setDatabase(std::move(other).value());
    CHECK(shown.table->model()->rowCount() == 0);
    CHECK_FALSE(shown.view.comparedVersions());
    CHECK(shown.view.comparisonModel()->rowCount() == 0);
    CHECK(shown.redline->toPlainText().startsWith(u"Select two versions"_s));
    CHECK_FALSE(shown.view.compareAction()->isEnabled());
}

TEST_CASE("the splitter positions and columns can be saved and restored", "[history][view]")
{
    ShownView shown;
    QSplitter *splitter = child<QSplitter>(shown.view, u"comparisonSplitter"_s);
    splitter->setSizes({300, 700});
    const QList<int> sizes = splitter->sizes();
    const QByteArray state = shown.view.saveState();
    splitter->setSizes({700, 300});
    REQUIRE(splitter->sizes() != sizes);
    CHECK(shown.view.restoreState(state));
    CHECK(splitter->sizes() == sizes);
    CHECK_FALSE(shown.view.restoreState("not a state"));
}

TEST_CASE("the history view's widgets all have accessible names", "[history][view]")
{
    ShownView shown;
    const QList<QWidget *> widgets = shown.view.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->objectName().isEmpty() || widget->objectName().startsWith(u"qt_"_s))
            continue;
        INFO(widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
    }
}

// Not run by ctest: writes the picture of a comparison to $TENET_SCREENSHOT_DIR (or the
// temporary folder) for people to look at.
TEST_CASE("the history view can be photographed", "[.screenshot]")
{
    ShownView shown;
    shown.view.resize(1280, 820);
    const QString folder = qEnvironmentVariableIsSet("TENET_SCREENSHOT_DIR")
        ? qEnvironmentVariable("TENET_SCREENSHOT_DIR")
        : QDir::tempPath();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    REQUIRE(shown.view.grab().save(folder + u"/history-start.png"_s));

    shown.view.compare(shown.fixture.firstId, shown.fixture.secondId);
    // Lay out what compare() changed, as the event loop would before painting.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = folder + u"/history.png"_s;
    REQUIRE(shown.view.grab().save(path));
    WARN(path.toStdString());

    const QModelIndex kpi = shown.view.comparisonModel()->indexOfItem(u"kpi"_s, u"asa"_s);
    shown.changes->setCurrentIndex(kpi);
    const QString kpiPath = folder + u"/history-kpi.png"_s;
    REQUIRE(shown.view.grab().save(kpiPath));
    WARN(kpiPath.toStdString());
}
