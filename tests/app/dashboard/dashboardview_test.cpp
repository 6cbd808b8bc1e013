#include "app/dashboard/dashboardroles.h"
#include "app/dashboard/dashboardview.h"
#include "app/dashboard/staffduemodel.h"

#include "dashboardfixture.h"

#include "storage/dashboardstore.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace tenet;
using namespace tenet::app;
using namespace tenet::domain;

namespace {

// Stands in for the mail client: QDesktopServices hands it the mailto: URLs it opens.
class MailCatcher : public QObject
{
    Q_OBJECT

public:
    MailCatcher() { QDesktopServices::setUrlHandler(u"mailto"_s, this, "open"); }
    ~MailCatcher() override { QDesktopServices::unsetUrlHandler(u"mailto"_s); }
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

template<typename T> T *child(QWidget &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    REQUIRE(found);
    return found;
}

// A dashboard judged 30 days after publication, shown and active so that its shortcuts work.
struct ShownDashboard
{
    test::DashboardFixture fixture;
    DashboardView view {fixture.session};
    QTableView *people = child<QTableView>(view, u"peopleTable"_s);
    QTableView *sections = child<QTableView>(view, u"sectionsTable"_s);
    QComboBox *team = child<QComboBox>(view, u"teamFilter"_s);
    QTabWidget *tabs = child<QTabWidget>(view, u"tabs"_s);

    ShownDashboard()
    {
        view.setToday(fixture.published.addDays(30));
        view.resize(1200, 800);
        view.show();
        QApplication::setActiveWindow(&view);
        REQUIRE(QTest::qWaitForWindowActive(&view));
    }

    QStringList column(QTableView *table, int column) const
    {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values.append(table->model()->index(row, column).data().toString());
        return values;
    }

    QPoint cellCentre(QTableView *table, int row, int column) const
    {
        return table->visualRect(table->model()->index(row, column)).center();
    }
};

} // namespace

TEST_CASE("the dashboard's headline figures are the store's", "[app][dashboard]")
{
    ShownDashboard shown;
    const QDate today = shown.fixture.published.addDays(30);
    auto expected = storage::DashboardStore(*shown.fixture.session.database())
                        .compute(shown.fixture.codeId, today);
    REQUIRE(expected.ok());
    CHECK(shown.view.today() == today);
    CHECK(shown.view.dashboard() == expected.value());
    // Seven must sign (four in Vilnius, three in Madrid); A001 and B001 have.
    REQUIRE(expected->required == 7);
    REQUIRE(expected->signedCount == 2);
    CHECK(child<QLabel>(shown.view, u"signedValue"_s)->text() == u"29%"_s);
    CHECK(child<QLabel>(shown.view, u"signedDetail"_s)->text() == u"2 of 7 people"_s);
    CHECK(child<QLabel>(shown.view, u"overdueValue"_s)->text()
          == QString::number(expected->overdueCount()));
    CHECK(expected->overdueCount() == 5);
    CHECK(child<QLabel>(shown.view, u"staleValue"_s)->text()
          == QString::number(expected->staleCount()));
    CHECK(child<QLabel>(shown.view, u"kpiValue"_s)->text()
          == QString::number(expected->kpisOffTarget()));
    CHECK(expected->kpisOffTarget() >= 2);
    CHECK(shown.people->model()->rowCount() == 5);
}

TEST_CASE("moving the dashboard's day changes what is overdue", "[app][dashboard]")
{
    ShownDashboard shown;
    shown.view.setToday(shown.fixture.published);
    CHECK(child<QLabel>(shown.view, u"overdueValue"_s)->text() == u"0"_s);
    CHECK(shown.view.dashboard().unacknowledged.size() == 5);
    shown.view.setToday(shown.fixture.published.addDays(15));
    CHECK(child<QLabel>(shown.view, u"overdueValue"_s)->text() == u"5"_s);
}

TEST_CASE("choosing a team narrows the dashboard's people list", "[app][dashboard]")
{
    ShownDashboard shown;
    REQUIRE(shown.people->model()->rowCount() == 5);
    shown.team->setFocus();
    shown.team->setCurrentIndex(shown.team->findText(u"Madrid Chat"_s));
    CHECK(shown.people->model()->rowCount() == 2);
    CHECK(shown.column(shown.people, StaffDueModel::Team)
          == QStringList({u"Madrid Chat"_s, u"Madrid Chat"_s}));
    QComboBox *site = child<QComboBox>(shown.view, u"siteFilter"_s);
    site->setCurrentIndex(site->findText(u"Madrid"_s));
    CHECK(shown.people->model()->rowCount() == 2);
    shown.team->setCurrentIndex(shown.team->findText(u"All teams"_s));
    site->setCurrentIndex(site->findText(u"All sites"_s));
    CHECK(shown.people->model()->rowCount() == 5);
}

TEST_CASE("clicking a column header of the people list sorts it", "[app][dashboard]")
{
    ShownDashboard shown;
    QHeaderView *header = shown.people->horizontalHeader();
    const QPoint nameHeader(header->sectionViewportPosition(StaffDueModel::Name)
                                + header->sectionSize(StaffDueModel::Name) / 2,
                            header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    QStringList names = shown.column(shown.people, StaffDueModel::Name);
    CHECK(names.first() == u"Ana Gómez"_s);
    CHECK(names.last() == u"Zoe Abad"_s);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, nameHeader);
    names = shown.column(shown.people, StaffDueModel::Name);
    CHECK(names.first() == u"Zoe Abad"_s);
    CHECK(names.last() == u"Ana Gómez"_s);
}

TEST_CASE("double-clicking a row asks to open the person or the section", "[app][dashboard]")
{
    ShownDashboard shown;
    QSignalSpy people(&shown.view, &DashboardView::openPersonRequested);
    QSignalSpy sections(&shown.view, &DashboardView::openSectionRequested);
    const QModelIndex first = shown.people->model()->index(0, StaffDueModel::Name);
    const QPoint centre = shown.people->visualRect(first).center();
    QTest::mouseClick(shown.people->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(shown.people->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(people.size() == 1);
    CHECK(people.at(0).at(0).toString() == first.data(DashboardKeyRole).toString());

    shown.tabs->setCurrentWidget(child<QWidget>(shown.view, u"sectionsPage"_s));
    shown.sections->sortByColumn(0, Qt::AscendingOrder);
    const QPoint metrics = shown.cellCentre(shown.sections, 6, 0);
    QTest::mouseClick(shown.sections->viewport(), Qt::LeftButton, {}, metrics);
    QTest::mouseDClick(shown.sections->viewport(), Qt::LeftButton, {}, metrics);
    REQUIRE(sections.size() == 1);
    CHECK(sections.at(0).at(0).value<SectionKey>() == SectionKey::Metrics);
}

TEST_CASE("remind is possible only with people selected, and copies their addresses",
          "[app][dashboard]")
{
    ShownDashboard shown;
    CHECK_FALSE(shown.view.remindAction()->isEnabled());
    shown.team->setCurrentIndex(shown.team->findText(u"Madrid Chat"_s));
    shown.people->setFocus();
    QTest::keyClick(shown.people, Qt::Key_A, Qt::ControlModifier);
    CHECK(shown.view.remindAction()->isEnabled());
    QApplication::clipboard()->clear();
    QTest::keyClick(shown.people, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.contains(u"Sofía Núñez <sofia.nunez@example.com>"_s));
    CHECK(copied.contains(u"Zoe Abad <zoe.abad@example.com>"_s));
    CHECK_FALSE(copied.contains(u"pablo"_s));

    shown.tabs->setCurrentWidget(child<QWidget>(shown.view, u"kpisPage"_s));
    CHECK_FALSE(shown.view.remindAction()->isEnabled());
}

TEST_CASE("the list shown exports as CSV with a BOM, a header and its filtered rows",
          "[app][dashboard]")
{
    ShownDashboard shown;
    shown.team->setCurrentIndex(shown.team->findText(u"Madrid Chat"_s));
    test::TempDir dir;
    const QString path = dir.file(u"people.csv"_s);
    REQUIRE(shown.view.exportCurrentList(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    // The fixture's code is English: commas, and English words.
    CHECK(lines[0] == u"Employee number,Name,Team,Site,Role,Due,Days overdue,Status"_s);
    CHECK(lines.mid(1).join(u"\n"_s).contains(u"B002,Sofía Núñez,Madrid Chat,Madrid,"_s));
    CHECK(lines.mid(1).join(u"\n"_s).contains(u"B003,Zoe Abad,Madrid Chat,Madrid,"_s));

    // Asked for semicolons, as a Spanish spreadsheet wants them.
    REQUIRE(shown.view.exportCurrentList(path, u';'));
    QFile again(path);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(again.readAll())
              .contains(u"Employee number;Name;Team;Site;Role;Due;Days overdue;Status\r\n"_s));

    shown.tabs->setCurrentWidget(child<QWidget>(shown.view, u"signingChartPage"_s));
    CHECK_FALSE(shown.view.exportAction()->isEnabled());
}

TEST_CASE("the charts show each team's signing and the chosen KPI against its lines",
          "[app][dashboard]")
{
    ShownDashboard shown;
    QChartView *signing = nullptr;
    QChartView *trend = nullptr;
    for (QChartView *chart : shown.view.findChildren<QChartView *>())
        (chart->accessibleName() == u"Signing progress chart"_s ? signing : trend) = chart;
    REQUIRE(signing);
    REQUIRE(trend);
    QChart *share = signing->chart();
    QStringList names;
    for (QAbstractSeries *series : share->series())
        names.append(series->name());
    CHECK(names == QStringList({u"Madrid Chat (3 people)"_s, u"Vilnius (4 people)"_s}));
    auto *madrid = qobject_cast<QLineSeries *>(share->series().first());
    REQUIRE(madrid);
    CHECK(madrid->points().last().y() == Approx(100.0 / 3));

    QComboBox *kpi = child<QComboBox>(shown.view, u"kpiChooser"_s);
    kpi->setCurrentIndex(kpi->findData(u"asa"_s));
    names.clear();
    for (QAbstractSeries *series : trend->chart()->series())
        names.append(series->name());
    CHECK(names == QStringList({u"Organisation"_s, u"Madrid Chat"_s, u"Target"_s, u"Alert"_s}));

    if (qEnvironmentVariableIsSet("TENET_DASHBOARD_PNG")) {
        const QString base = qEnvironmentVariable("TENET_DASHBOARD_PNG");
        shown.view.grab().save(base + u"-people.png"_s);
        shown.tabs->setCurrentIndex(1);
        shown.view.grab().save(base + u"-sections.png"_s);
        shown.tabs->setCurrentIndex(2);
        shown.view.grab().save(base + u"-kpis.png"_s);
        shown.tabs->setCurrentIndex(3);
        shown.view.grab().save(base + u"-signing.png"_s);
        shown.tabs->setCurrentIndex(4);
        shown.view.grab().save(base + u"-kpichart.png"_s);
    }
}

TEST_CASE("remind opens an e-mail to the selected people", "[app][dashboard]")
{
    ShownDashboard shown;
    MailCatcher mail;
    shown.team->setCurrentIndex(shown.team->findText(u"Madrid Chat"_s));
    shown.people->setFocus();
    QTest::keyClick(shown.people, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(shown.people, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(mail.urls.size() == 1);
    const QByteArray url = mail.urls.first().toEncoded();
    CHECK(url.startsWith("mailto:"));
    CHECK(url.contains("sofia.nunez@example.com"));
    CHECK(url.contains("zoe.abad@example.com"));
    CHECK_FALSE(url.contains("pablo"));
    CHECK(url.contains("subject=Please%20sign%20version%201%20of%20"));
}

#include "dashboardview_test.moc"
