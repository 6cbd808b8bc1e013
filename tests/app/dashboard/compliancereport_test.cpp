#include "app/dashboard/compliancereportdialog.h"
#include "app/dashboard/dashboardview.h"

#include "dashboardfixture.h"
#include "support/pdftext.h"

#include "exchange/csvtable.h"
#include "storage/dashboardstore.h"
#include "storage/versionstore.h"

#include "domain/organisationdate.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace tenet;
using namespace tenet::app;
using namespace tenet::domain;

namespace {

// Stands in for the system's viewer: QDesktopServices hands it the files it opens.
class ViewerCatcher : public QObject
{
    Q_OBJECT

public:
    ViewerCatcher() { QDesktopServices::setUrlHandler(u"file"_s, this, "open"); }
    ~ViewerCatcher() override { QDesktopServices::unsetUrlHandler(u"file"_s); }
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

// What the user does with the report dialog and the message box that may follow it.
struct Answer
{
    int format = 0; // the format list's row: 0 PDF, 1 CSV
    QString path;
    bool openWhenDone = false;
};

// The dashboard as a manager sees it, thirty days after publication, and a way to press its
// Report button and answer the dialog the way a user would: a timer of interval 0 runs
// inside the dialog's (and then the message box's) event loop.
struct ReportingDashboard
{
    test::DashboardFixture fixture;
    DashboardView view {fixture.session};
    bool dialogAnswered = false;
    QString message; // the warning shown after the dialog, if any
    bool written = false; // as reportFinished said

    ReportingDashboard()
    {
        view.setToday(fixture.published.addDays(30));
        view.resize(1200, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }

    // cancelAtOnce: press the progress dialog's Cancel as soon as the report has started.
    void pressReport(const Answer &answer, bool cancelAtOnce = false)
    {
        QTimer poller;
        poller.setInterval(0);
        QObject::connect(&poller, &QTimer::timeout, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<ComplianceReportDialog *>(modal)) {
                auto *format = dialog->findChild<QComboBox *>(u"formatCombo"_s);
                auto *file = dialog->findChild<QLineEdit *>(u"fileEdit"_s);
                auto *open = dialog->findChild<QCheckBox *>(u"openCheck"_s);
                auto *buttons = dialog->findChild<QDialogButtonBox *>();
                REQUIRE((format && file && open && buttons));
                format->setCurrentIndex(answer.format);
                file->selectAll();
                QTest::keyClicks(file, answer.path);
                open->setChecked(answer.openWhenDone);
                dialogAnswered = true;
                QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                message = box->text();
                box->accept();
            }
        });
        poller.start();
        auto *button = view.findChild<QToolButton *>(u"reportButton"_s);
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        QSignalSpy finished(&view, &DashboardView::reportFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(dialogAnswered);
        if (cancelAtOnce) {
            // The worker's result waits in the event queue until the wait below.
            auto *progress = view.findChild<QProgressDialog *>();
            REQUIRE(progress);
            progress->cancel();
        }
        // The report is gathered on a worker thread; the warning, if any, comes after it.
        REQUIRE(QTest::qWaitFor([&] { return finished.size() == 1; }));
        poller.stop();
        written = finished.first().first().toBool();
    }
};

} // namespace

TEST_CASE("the report is gathered without writing, so it works on a read-only file",
          "[app][dashboard][report]")
{
    test::TempDir dir;
    const QString path = dir.file(u"tenet.db"_s);
    domain::Code code;
    {
        test::SampleDatabase sample = test::createSampleDatabase(path, true);
        code = storage::VersionStore(*sample.database).code(sample.codeId).value();
    }
    // Root ignores permission bits; the immutable flag stops root too, where the filesystem
    // has it. A connection opened for writing is refused on such a file.
    if (QProcess::execute(u"chattr"_s, {u"+i"_s, path}) != 0) {
        WARN("chattr +i is not available here; the read-only file is not tested");
        return;
    }
    ComplianceReportRequest request;
    request.format = ReportFormat::Csv;
    request.today = organisationToday();
    const auto report = renderComplianceReport(path, code, request);
    QProcess::execute(u"chattr"_s, {u"-i"_s, path});
    INFO((report ? std::string() : report.error().toString().toStdString()));
    REQUIRE(report);
    CHECK(report->contains("Kazlauskien"));
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));
    CHECK_FALSE(QFileInfo::exists(path + u"-journal"_s));
}

TEST_CASE("the report dialog offers the published versions, the one in force first",
          "[app][dashboard][report]")
{
    test::DashboardFixture fixture;
    const QDate today(2026, 11, 23);
    ComplianceReportDialog dialog(fixture.session, today);
    auto *versions = dialog.findChild<QComboBox *>(u"versionCombo"_s);
    REQUIRE(versions);
    REQUIRE(versions->count() == 1);
    CHECK(versions->itemText(0).contains(u"in force"_s));
    const ComplianceReportRequest request = dialog.request();
    CHECK(request.format == ReportFormat::Pdf);
    CHECK(request.versionNumber == std::optional<int>(1));
    CHECK(request.today == today);
    CHECK(request.path.endsWith(u"compliance-report-2026-11-23.pdf"_s));

    // Choosing CSV changes the file's extension with it.
    dialog.findChild<QComboBox *>(u"formatCombo"_s)->setCurrentIndex(1);
    CHECK(dialog.request().format == ReportFormat::Csv);
    CHECK(dialog.request().path.endsWith(u"compliance-report-2026-11-23.csv"_s));
}

TEST_CASE("the Report button writes a CSV whose rows are the people who must sign",
          "[app][dashboard][report]")
{
    ReportingDashboard shown;
    ViewerCatcher viewer;
    const QString path = shown.fixture.dir.file(u"report.csv"_s);
    shown.pressReport({1, path, true});
    CHECK(shown.message.isEmpty());
    CHECK(shown.written);
    REQUIRE(QFileInfo::exists(path));
    CHECK(viewer.urls == QList<QUrl> {QUrl::fromLocalFile(path)});

    auto bytes = exchange::readCsvFile(path);
    REQUIRE(bytes.ok());
    CHECK(bytes->startsWith("\xEF\xBB\xBF"));
    auto table = exchange::parseCsv(*bytes, path);
    REQUIRE(table.ok());
    auto columns = table->columnIndexes({u"employee_no"_s, u"name"_s, u"team"_s, u"version"_s,
                                         u"signed_at"_s, u"overdue"_s, u"role"_s, u"site"_s,
                                         u"signed_version"_s, u"paper_record"_s},
                                        path);
    REQUIRE(columns.ok());
    const int no = columns->at(0), name = columns->at(1), team = columns->at(2),
              version = columns->at(3), signedAt = columns->at(4), overdue = columns->at(5),
              site = columns->at(7), paper = columns->at(9);

    // The database's view of the same day: who must sign, who did and when, who is overdue.
    storage::Database &db = *shown.fixture.session.database();
    auto dashboard = storage::DashboardStore(db).compute(shown.fixture.codeId, shown.view.today());
    REQUIRE(dashboard.ok());
    // The people's rows, then the seal's block: rows whose first cell begins with '#'.
    QList<exchange::CsvRecord> people;
    QStringList sealLines;
    for (const exchange::CsvRecord &record : table->records) {
        if (!record.fields.first().startsWith(u'#'))
            people << record;
        else if (record.fields.size() == 2)
            sealLines << record.fields.at(1);
    }
    CHECK(sealLines.value(0) == u"tenet-seal 1"_s);
    CHECK(sealLines.constLast().startsWith(u"sha256 "_s));
    REQUIRE(people.size() == dashboard->required);
    QMap<QString, QDateTime> signatures;
    const auto ledger = storage::AcknowledgementStore(db).list(shown.fixture.codeId).value();
    for (const Acknowledgement &ack : ledger)
        signatures.insert(ack.employeeNo, ack.signedAt);
    REQUIRE(signatures.size() == 2);
    int overdueRows = 0;
    for (const exchange::CsvRecord &record : std::as_const(people)) {
        const QString employee = record.fields.at(no);
        INFO(employee.toStdString());
        auto member = storage::StaffStore(db).find(employee);
        REQUIRE(member.ok());
        CHECK(record.fields.at(name) == member->fullName);
        CHECK(record.fields.at(team) == member->team);
        CHECK(record.fields.at(site) == member->site);
        CHECK(record.fields.at(version) == u"1"_s);
        if (signatures.contains(employee)) {
            CHECK(QDateTime::fromString(record.fields.at(signedAt), Qt::ISODateWithMs)
                  == signatures.value(employee).toUTC());
            // The fixture's signatures were entered from paper: the row says so, and why.
            CHECK(record.fields.at(paper) == u"Signed on paper"_s);
        } else {
            CHECK(record.fields.at(signedAt) == u"not signed"_s);
            CHECK(record.fields.at(paper).isEmpty());
        }
        overdueRows += record.fields.at(overdue) == u"yes"_s ? 1 : 0;
    }
    CHECK(overdueRows == dashboard->overdueCount());
    CHECK(overdueRows == 5);
}

TEST_CASE("the Report button writes a PDF that names the people and their signatures",
          "[app][dashboard][report]")
{
    ReportingDashboard shown;
    const QString path = shown.fixture.dir.file(u"report.pdf"_s);
    shown.pressReport({0, path, false});
    CHECK(shown.message.isEmpty());
    CHECK(shown.written);
    REQUIRE(QFileInfo::exists(path));
    const QString text = test::simplified(test::pdfText(path));
    CHECK(text.contains(shown.fixture.session.code()->title));
    CHECK(text.contains(u"Sofía Núñez"_s));
    CHECK(text.contains(u"Pablo Ortega"_s));
    CHECK(text.contains(u"not signed"_s));
}

TEST_CASE("a cancelled report writes no file and opens nothing", "[app][dashboard][report]")
{
    ReportingDashboard shown;
    ViewerCatcher viewer;
    const QString path = shown.fixture.dir.file(u"cancelled.csv"_s);
    shown.pressReport({1, path, true}, true);
    CHECK_FALSE(shown.written);
    CHECK(shown.message.isEmpty());
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(viewer.urls.isEmpty());
    CHECK(shown.view.reportAction()->isEnabled()); // ready for another
}

TEST_CASE("a report to a folder that does not exist is refused with the file named",
          "[app][dashboard][report]")
{
    ReportingDashboard shown;
    ViewerCatcher viewer;
    const QString path = shown.fixture.dir.file(u"no such folder/report.csv"_s);
    shown.pressReport({1, path, true});
    CHECK_FALSE(shown.written);
    CHECK(shown.message.contains(path));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(QFileInfo(path).path()));
    CHECK(viewer.urls.isEmpty());
}

TEST_CASE("the Report action needs a version in force", "[app][dashboard][report]")
{
    test::TempDir dir;
    test::SampleDatabase sample = test::createSampleDatabase(dir.file(u"draft.db"_s), false);
    Session session;
    session.setDatabase(std::move(sample.database));
    DashboardView view(session);
    CHECK_FALSE(view.reportAction()->isEnabled());
    CHECK(view.reportAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
}

#include "compliancereport_test.moc"
