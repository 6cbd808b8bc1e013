#pragma once

#include "domain/dashboard.h"
#include "domain/sectionkey.h"
#include "render/outputlanguage.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QAction;
class QChartView;
class QMenu;
class QTableView;

namespace Ui {
class DashboardView;
}

namespace tenet::app {

struct ComplianceReportRequest;
class DashboardFilterProxy;
class KpiStatusModel;
class SectionDueModel;
class Session;
class StaffDueModel;
struct TeamShareSeries;

// The review dashboard of the session's code: headline figures, then the people who have not
// signed, the sections' reviews and the KPIs as lists filterable by team and site, and charts
// of the signing progress and the KPIs' recent values. Reminders go out by e-mail (mailto:)
// and any list can be exported as CSV; the compliance report is written from here too.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Session &session, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Reads the database again and recomputes. The session's signals already do this; call
    // it also when the view is shown after signatures, reviews or KPI values were recorded.
    void reload();

    // Judges as on another day (an invalid date: the current date in UTC) and reloads.
    void setToday(const QDate &today);
    QDate today() const;

    // What the view shows, as computed at the last reload.
    const domain::Dashboard &dashboard() const { return m_dashboard; }

    // Writes the list on the current tab, as filtered and sorted, as CSV in the code's
    // language, its fields separated by `delimiter` (a null QChar: the one the language
    // expects). False, having told the user, when the file cannot be written or no list is
    // shown.
    bool exportCurrentList(const QString &path, QChar delimiter = {});

    // Gathers and renders the compliance report the request asks for on a worker thread,
    // with a progress dialog that can cancel it, then writes the file and opens it when
    // asked. A failure is told to the user; reportFinished says how it ended.
    void writeReport(const ComplianceReportRequest &request);

    // For menus and toolbars: Remind (e-mail to the selected people, Ctrl+Shift+M), Copy
    // their addresses (Ctrl+Alt+C), Export CSV (Ctrl+Shift+E) and Report (the compliance
    // report for auditors, through its dialog, Ctrl+Shift+R).
    QAction *remindAction() const { return m_remindAction; }
    QAction *copyAddressesAction() const { return m_copyAddressesAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *reportAction() const { return m_reportAction; }

signals:
    void openSectionRequested(tenet::domain::SectionKey key);
    void openPersonRequested(const QString &employeeNo);
    // A report asked for by writeReport was written (true), or failed or was cancelled.
    void reportFinished(bool written);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // The words around the figures: heading, tab titles, headline tiles, filter choices.
    void showTexts();
    void setUpTable(QTableView *table, QAbstractItemModel *proxy);
    void showHeadline();
    void fillFilters();
    void applyFilters();
    void updateActions();
    void showSigningChart();
    void showKpiChart();
    QAbstractItemModel *currentList() const;
    QList<domain::StaffMember> selectedPeople() const;
    void remind();
    void copyAddresses();
    void exportWithDialog();
    void reportWithDialog();

    std::unique_ptr<Ui::DashboardView> m_ui;
    Session &m_session;
    QDate m_today; // invalid: the current date
    domain::DashboardInput m_input;
    domain::Dashboard m_dashboard;
    QString m_readError; // why the last reload could not read the dashboard, if it could not
    QList<TeamShareSeries> m_shareHistory;

    // The language of the dashboard's outputs (CSV, reminders): the code's.
    render::OutputLanguage outputLanguage() const;

    StaffDueModel *m_peopleModel = nullptr;
    SectionDueModel *m_sectionsModel = nullptr;
    KpiStatusModel *m_kpisModel = nullptr;
    DashboardFilterProxy *m_peopleProxy = nullptr;
    DashboardFilterProxy *m_sectionsProxy = nullptr;
    DashboardFilterProxy *m_kpisProxy = nullptr;
    QChartView *m_signingChart = nullptr;
    QChartView *m_kpiChart = nullptr;

    QMenu *m_remindMenu = nullptr;
    QAction *m_remindAction = nullptr;
    QAction *m_copyAddressesAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_reportAction = nullptr;
    bool m_reporting = false; // a report is being gathered
};

} // namespace tenet::app
