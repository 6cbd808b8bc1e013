#include "app/search/searchpanel.h"
#include "app/search/searchresultmodel.h"
#include "app/search/searchhitdelegate.h"
#include "app/session/session.h"
#include "storage/database.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace tenet;
using namespace tenet::test;

TEST_CASE("typing a word and Enter lists matching clauses, and Enter jumps to one",
          "[app][search]")
{
    TempDir dir;
    SampleDatabase sample = createSampleDatabase(dir.file(u"t.db"_s), true);
    const qint64 versionId = sample.versionId;
    app::Session session;
    session.setDatabase(std::move(sample.database));
    app::SearchPanel panel(session);
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setCurrentVersion(versionId, 1);
    panel.show();

    panel.focusSearch();
    QTest::keyClicks(panel.searchField(), u"escalat"_s);
    QTest::keyClick(panel.searchField(), Qt::Key_Return);
    REQUIRE(panel.model()->rowCount() >= 1);
    CHECK(panel.model()->index(0).data(app::SearchResultModel::SnippetRole).toString().contains(u"[escalat"_s));

    QSignalSpy activated(&panel, &app::SearchPanel::clauseActivated);
    QTest::keyClick(panel.resultsView(), Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated.at(0).at(0).toInt() == 1);
    CHECK(activated.at(0).at(1).toString().startsWith(u"svc-"_s));
}

TEST_CASE("a search for nothing that exists says so", "[app][search]")
{
    TempDir dir;
    SampleDatabase sample = createSampleDatabase(dir.file(u"t.db"_s), false);
    app::Session session;
    session.setDatabase(std::move(sample.database));
    app::SearchPanel panel(session);
    QTest::keyClicks(panel.searchField(), u"zzzqqq"_s);
    panel.search();
    CHECK(panel.model()->rowCount() == 0);
}

TEST_CASE("a highlighted match is bold and escaped in the snippet", "[app][search]")
{
    const QString html = app::SearchHitDelegate::snippetHtml(u"a <b> [match] here"_s);
    CHECK(html.contains(u"a &lt;b&gt; "_s));
    CHECK(html.contains(u">match</b>"_s));
    CHECK_FALSE(html.contains(u'['));
}

TEST_CASE("a search the database cannot answer says that it failed, not that nothing matches",
          "[app][search]")
{
    TempDir dir;
    const QString path = dir.file(u"t.db"_s);
    SampleDatabase sample = createSampleDatabase(path, false);
    app::Session session;
    session.setDatabase(std::move(sample.database));
    app::SearchPanel panel(session);
    auto *status = panel.findChild<QLabel *>();
    REQUIRE(status);

    // Another program damages the file: the full-text index is gone.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery damage(other);
        REQUIRE(damage.exec(u"ALTER TABLE clause_fts RENAME TO clause_fts_lost"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);

    QTest::keyClicks(panel.searchField(), u"escalat"_s);
    panel.search();
    CHECK(panel.model()->rowCount() == 0);
    CHECK(status->text() == u"Search failed: the database failed: no such table: clause_fts"_s);
}
