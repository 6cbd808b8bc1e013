// What the dashboard sends out: reminder e-mails, the addresses, its lists as CSV and the
// compliance report. The view itself (dashboardview.cpp) loads and shows the figures.
#include "dashboardview.h"


#include "ui_dashboard_view.h"

#include "app/session/session.h"
#include "compliancereportdialog.h"
#include "compliancereportwriter.h"
#include "dashboardexport.h"
#include "dashboardfilterproxy.h"
#include "dashboardroles.h"
#include "kpistatusmodel.h"
#include "render/dashboardcsv.h"
#include "render/remindermail.h"
#include "sectionduemodel.h"
#include "staffduemodel.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>


using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

void DashboardView::remind()
{
    const QList<StaffMember> people = selectedPeople();
    QStringList addresses;
    QStringList withoutAddress;
    for (const StaffMember &member : people) {
        if (member.email.trimmed().isEmpty())
            withoutAddress.append(member.fullName);
        else
            addresses.append(member.email.trimmed());
    }
    if (addresses.isEmpty()) {
        QMessageBox::information(this, tr("Remind"),
                                 tr("None of the selected people has an e-mail address on the "
                                    "roster. Add their addresses in the staff editor first."));
        return;
    }
    // The reminder is written in the code's language, which its readers read.
    const QString title = m_session.code() ? m_session.code()->title : QString();
    const render::ReminderMail mail = render::ReminderMail::of(
        title, m_dashboard.inForce ? m_dashboard.inForce->number : 0,
        m_dashboard.inForce ? m_dashboard.inForce->publishedOn : QDate(),
        m_session.user() ? m_session.user()->fullName : QString(), outputLanguage());
    if (!QDesktopServices::openUrl(reminderMailto(addresses, mail.subject, mail.body)))
        QMessageBox::warning(this, tr("Remind"),
                             tr("No e-mail program could be opened. Use Copy addresses and "
                                "paste them into your e-mail instead."));
    else if (!withoutAddress.isEmpty())
        QMessageBox::information(this, tr("Remind"),
                                 tr("These people have no e-mail address on the roster and are "
                                    "not in the message: %1.")
                                     .arg(withoutAddress.join(u", "_s)));
}

void DashboardView::copyAddresses()
{
    QStringList addresses;
    for (const StaffMember &member : selectedPeople())
        if (!member.email.trimmed().isEmpty())
            addresses.append(u"%1 <%2>"_s.arg(member.fullName, member.email.trimmed()));
    QApplication::clipboard()->setText(addresses.join(u"; "_s));
}

bool DashboardView::exportCurrentList(const QString &path, QChar delimiter)
{
    // Rows as the list shows them, filtered and sorted; words in the code's language.
    const auto pick = [](const auto &all, const QAbstractProxyModel &proxy) {
        std::remove_cvref_t<decltype(all)> shown;
        for (int row : shownSourceRows(proxy))
            shown.append(all.at(row));
        return shown;
    };
    const render::OutputLanguage language = outputLanguage();
    QWidget *page = m_ui->tabs->currentWidget();
    QByteArray bytes;
    if (page == m_ui->peoplePage)
        bytes = render::dashboardcsv::unsignedPeople(pick(m_peopleModel->people(), *m_peopleProxy),
                                                     language, delimiter);
    else if (page == m_ui->sectionsPage)
        bytes = render::dashboardcsv::sectionReviews(
            pick(m_sectionsModel->sections(), *m_sectionsProxy), language, delimiter);
    else if (page == m_ui->kpisPage)
        bytes = render::dashboardcsv::kpiStatus(pick(m_kpisModel->kpis(), *m_kpisProxy), language,
                                                delimiter);
    else
        return false;
    const Status saved = saveFile(path, bytes);
    if (!saved.ok()) {
        QMessageBox::warning(this, tr("Export CSV"), saved.error().toString());
        return false;
    }
    return true;
}

render::OutputLanguage DashboardView::outputLanguage() const
{
    return render::OutputLanguage(m_session.code() ? m_session.code()->language : u"en"_s);
}

void DashboardView::exportWithDialog()
{
    if (!currentList())
        return;
    const QString name = m_ui->tabs->currentWidget() == m_ui->peoplePage ? u"unsigned"_s
        : m_ui->tabs->currentWidget() == m_ui->sectionsPage              ? u"section-reviews"_s
                                                                         : u"kpis"_s;
    // Spanish and Lithuanian spreadsheets split fields at semicolons; the code's language
    // picks the one offered first.
    const QString semicolons = tr("CSV, fields separated by semicolons (*.csv)");
    const QString commas = tr("CSV, fields separated by commas (*.csv)");
    QString chosen = outputLanguage().csvDelimiter() == u';' ? semicolons : commas;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), name + u"-"_s + today().toString(Qt::ISODate) + u".csv"_s,
        semicolons + u";;"_s + commas, &chosen);
    if (!path.isEmpty())
        exportCurrentList(path, chosen == commas ? u',' : u';');
}

void DashboardView::writeReport(const ComplianceReportRequest &request)
{
    if (m_reporting || !m_session.database() || !m_session.code())
        return;
    auto *progress = new QProgressDialog(
        tr("Gathering the compliance report for %1…").arg(QDir::toNativeSeparators(request.path)),
        tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(tr("Compliance Report"));
    progress->setAccessibleName(tr("Compliance report progress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    m_reporting = true;
    updateActions();

    // The worker reads through a connection of its own; the file is written here, once it
    // is known that the report was not cancelled, so that a cancelled report leaves none.
    auto *watcher = new QFutureWatcher<Result<QByteArray>>(this);
    connect(
        watcher, &QFutureWatcher<Result<QByteArray>>::finished, this,
        [this, watcher, progress, request] {
            const Result<QByteArray> bytes = watcher->result();
            const bool cancelled = progress->wasCanceled();
            watcher->deleteLater();
            progress->deleteLater();
            m_reporting = false;
            updateActions();
            if (cancelled) {
                emit reportFinished(false);
                return;
            }
            const Status written = bytes ? saveFile(request.path, *bytes) : bytes.error();
            if (!written) {
                QMessageBox::warning(
                    this, tr("Compliance Report"),
                    tr("The compliance report could not be written to %1.\n\n%2")
                        .arg(QDir::toNativeSeparators(request.path), written.error().toString()));
                emit reportFinished(false);
                return;
            }
            if (request.openWhenDone)
                QDesktopServices::openUrl(QUrl::fromLocalFile(request.path));
            emit reportFinished(true);
        });
    watcher->setFuture(QtConcurrent::run(
        [databasePath = m_session.database()->path(), code = *m_session.code(), request] {
            return renderComplianceReport(databasePath, code, request);
        }));
}

void DashboardView::reportWithDialog()
{
    if (!m_session.database() || !m_session.code())
        return;
    ComplianceReportDialog dialog(m_session, today(), this);
    if (dialog.exec() == QDialog::Accepted)
        writeReport(dialog.request());
}

} // namespace tenet::app
