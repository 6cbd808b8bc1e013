#include "app/search/searchpanel.h"
#include "app/search/searchresultmodel.h"
#include "app/search/searchhitdelegate.h"
#include "app/session/session.h"
#include "storage/database.h"
#include "support/sampledatabase.h"
#include "support/tempdir.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
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
