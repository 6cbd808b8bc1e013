#include "dashboardview.h"

#include "domain/organisationdate.h"

#include "ui_dashboard_view.h"

#include "app/common/displayformat.h"
#include "app/session/session.h"
#include "dashboardcharts.h"
#include "dashboardcolours.h"
#include "dashboardexport.h"
#include "dashboardfilterproxy.h"
#include "dashboardroles.h"
#include "kpistatusmodel.h"
#include "sectionduemodel.h"
#include "signedsharehistory.h"
#include "staffduemodel.h"
#include "storage/dashboardstore.h"
#include "storage/database.h"
#include "storage/kpistore.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tenet::domain;

namespace tenet::app {

namespace {

const QColor &badColour = dashboardBadColour;
const QColor &goodColour = dashboardGoodColour;
const QColor neutralColour(0x33, 0x33, 0x33);

void setFigure(QLabel *label, const QString &text, const QColor &colour)
{
    label->setText(text);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, colour);
    label->setPalette(palette);
}

QChartView *addChartView(QWidget *page)
{
    auto *view = new QChartView(page);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    page->layout()->addWidget(view);
    return view;
}

} // namespace

DashboardView::DashboardView(Session &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::DashboardView>()), m_session(session)
{
    m_ui->setupUi(this);

    QFont headingFont = m_ui->headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_ui->headingLabel->setFont(headingFont);
    // A long title, or a long date in Spanish, would otherwise widen the whole main window.
    m_ui->headingLabel->setWordWrap(true);
    for (QFrame *tile : {m_ui->signedTile, m_ui->overdueTile, m_ui->staleTile, m_ui->kpiTile}) {
        tile->setStyleSheet(u"QFrame#%1 { background: palette(base); border: 1px solid "
                            u"palette(mid); border-radius: 6px; }"_s.arg(tile->objectName()));
        tile->setMinimumWidth(180);
    }
    for (QLabel *value :
         {m_ui->signedValue, m_ui->overdueValue, m_ui->staleValue, m_ui->kpiValue}) {
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 2.2);
        font.setBold(true);
        value->setFont(font);
    }
    for (QLabel *caption :
         {m_ui->signedCaption, m_ui->overdueCaption, m_ui->staleCaption, m_ui->kpiCaption}) {
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
    }
    for (QLabel *detail :
         {m_ui->signedDetail, m_ui->overdueDetail, m_ui->staleDetail, m_ui->kpiDetail}) {
        QPalette palette = detail->palette();
        palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
        detail->setPalette(palette);
    }

    m_peopleModel = new StaffDueModel(this);
    m_sectionsModel = new SectionDueModel(this);
    m_kpisModel = new KpiStatusModel(this);
    m_peopleProxy = new DashboardFilterProxy(this);
    m_sectionsProxy = new DashboardFilterProxy(this);
    m_kpisProxy = new DashboardFilterProxy(this);
    m_peopleProxy->setSourceModel(m_peopleModel);
    m_sectionsProxy->setSourceModel(m_sectionsModel);
    m_kpisProxy->setSourceModel(m_kpisModel);
    setUpTable(m_ui->peopleTable, m_peopleProxy);
    setUpTable(m_ui->sectionsTable, m_sectionsProxy);
    setUpTable(m_ui->kpisTable, m_kpisProxy);
    m_ui->peopleTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ui->peopleTable->sortByColumn(StaffDueModel::DaysOverdue, Qt::DescendingOrder);
    m_ui->sectionsTable->sortByColumn(SectionDueModel::Days, Qt::AscendingOrder);
    m_ui->kpisTable->sortByColumn(KpiStatusModel::State, Qt::DescendingOrder);
    m_ui->peopleTable->horizontalHeader()->setSectionResizeMode(StaffDueModel::Name,
                                                                QHeaderView::Stretch);
    m_ui->sectionsTable->horizontalHeader()->setSectionResizeMode(SectionDueModel::Section,
                                                                  QHeaderView::Stretch);
    m_ui->kpisTable->horizontalHeader()->setSectionResizeMode(KpiStatusModel::Kpi,
                                                              QHeaderView::Stretch);

    m_signingChart = addChartView(m_ui->signingChartPage);
    m_kpiChart = addChartView(m_ui->kpiChartPage);

    m_remindAction = new QAction(this);
    m_remindAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_copyAddressesAction = new QAction(this);
    // Ctrl+Shift+C is the window's "Compare with Version in Force".
    m_copyAddressesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_reportAction = new QAction(this);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    retranslate();
    for (QAction *action :
         {m_remindAction, m_copyAddressesAction, m_exportAction, m_reportAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    m_remindMenu = new QMenu(this);
    m_remindMenu->addAction(m_remindAction);
    m_remindMenu->addAction(m_copyAddressesAction);
    m_ui->remindButton->setDefaultAction(m_remindAction);
    m_ui->remindButton->setMenu(m_remindMenu);
    m_ui->exportButton->setDefaultAction(m_exportAction);
    m_ui->reportButton->setDefaultAction(m_reportAction);

    connect(m_remindAction, &QAction::triggered, this, &DashboardView::remind);
    connect(m_copyAddressesAction, &QAction::triggered, this, &DashboardView::copyAddresses);
    connect(m_exportAction, &QAction::triggered, this, &DashboardView::exportWithDialog);
    connect(m_reportAction, &QAction::triggered, this, &DashboardView::reportWithDialog);
    connect(m_ui->teamFilter, &QComboBox::currentIndexChanged, this, &DashboardView::applyFilters);
    connect(m_ui->siteFilter, &QComboBox::currentIndexChanged, this, &DashboardView::applyFilters);
    connect(m_ui->kpiChooser, &QComboBox::currentIndexChanged, this, &DashboardView::showKpiChart);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &DashboardView::updateActions);
    connect(m_ui->peopleTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DashboardView::updateActions);
    connect(m_ui->peopleTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                emit openPersonRequested(index.data(DashboardKeyRole).toString());
            });
    connect(m_ui->sectionsTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                if (const auto key = sectionKeyFromName(index.data(DashboardKeyRole).toString()))
                    emit openSectionRequested(*key);
            });
    connect(&m_session, &Session::databaseChanged, this, &DashboardView::reload);
    connect(&m_session, &Session::codeChanged, this, &DashboardView::reload);
    connect(&m_session, &Session::versionsChanged, this, &DashboardView::reload);

    reload();
}

DashboardView::~DashboardView() = default;

void DashboardView::retranslate()
{
    m_signingChart->setAccessibleName(tr("Signing progress chart"));
    m_signingChart->setToolTip(tr("The share of each team that has signed, day by day since "
                                  "the version in force was published"));
    m_kpiChart->setAccessibleName(tr("KPI trend chart"));
    m_kpiChart->setToolTip(tr("The chosen KPI's recent values against its target and alert "
                              "lines"));
    m_remindAction->setText(tr("&Remind…"));
    m_remindAction->setToolTip(tr("Write an e-mail reminder to the selected people "
                                  "(Ctrl+Shift+M)"));
    m_copyAddressesAction->setText(tr("&Copy addresses"));
    m_copyAddressesAction->setToolTip(tr("Copy the selected people's e-mail addresses "
                                         "(Ctrl+Alt+C)"));
    m_exportAction->setText(tr("&Export CSV…"));
    m_exportAction->setToolTip(tr("Save the list shown, as filtered and sorted, as a CSV file "
                                  "(Ctrl+Shift+E)"));
    m_reportAction->setText(tr("Re&port…"));
    m_reportAction->setToolTip(tr("Write the compliance report of a published version for "
                                  "auditors, as PDF or CSV (Ctrl+Shift+R)"));
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showTexts();
    }
    QWidget::changeEvent(event);
}

void DashboardView::setUpTable(QTableView *table, QAbstractItemModel *proxy)
{
    table->setModel(proxy);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setHighlightSections(false);
}

QDate DashboardView::today() const
{
    return m_today.isValid() ? m_today : domain::organisationToday();
}

void DashboardView::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void DashboardView::reload()
{
    m_input = {};
    m_dashboard = {};
    m_dashboard.today = today();
    m_shareHistory.clear();
    m_readError.clear();
    storage::Database *db = m_session.database();
    const auto &code = m_session.code();
    if (db && code) {
        auto input = storage::DashboardStore(*db).load(code->id);
        if (!input) {
            m_readError = input.error().toString();
        } else {
            m_input = std::move(input).value();
            m_dashboard = computeDashboard(m_input, today());
            if (m_dashboard.baseline) {
                const auto signatures = storage::DashboardStore(*db).signaturesFrom(
                    code->id, m_dashboard.baseline->number);
                if (signatures)
                    m_shareHistory = signedShareHistory(m_input, *signatures, today());
            }
        }
    }

    m_peopleModel->setPeople(m_dashboard.unacknowledged);
    m_sectionsModel->setSections(m_dashboard.sections);
    m_kpisModel->setKpis(m_dashboard.kpis);

    const QString chosenKpi = m_ui->kpiChooser->currentData().toString();
    {
        const QSignalBlocker blocker(m_ui->kpiChooser);
        m_ui->kpiChooser->clear();
        QSet<QString> seen;
        for (const KpiStatus &status : m_dashboard.kpis) {
            if (seen.contains(status.kpi.key))
                continue;
            seen.insert(status.kpi.key);
            m_ui->kpiChooser->addItem(status.kpi.name.isEmpty() ? status.kpi.key : status.kpi.name,
                                      status.kpi.key);
        }
        const int index = m_ui->kpiChooser->findData(chosenKpi);
        m_ui->kpiChooser->setCurrentIndex(index >= 0 ? index : 0);
    }

    showTexts();
    applyFilters();
}

void DashboardView::showTexts()
{
    const auto &code = m_session.code();
    QString heading;
    if (!m_session.database()) {
        heading = tr("No database is open.");
    } else if (!code) {
        heading = tr("The database holds no code yet.");
    } else if (!m_readError.isEmpty()) {
        heading = tr("The dashboard could not be read: %1").arg(m_readError);
    } else {
        const QString day = display::longDate(today());
        if (m_dashboard.inForce)
            //: The dashboard's heading: the code's title, the version in force, since when
            //: (a date) and the day the figures are judged on (a long date).
            heading = tr("%1 — version %2 in force since %3 — as on %4")
                          .arg(code->title, display::number(qint64(m_dashboard.inForce->number)),
                               display::date(m_dashboard.inForce->publishedOn), day);
        else
            heading = tr("%1 — no version is in force yet — as on %2").arg(code->title, day);
    }
    m_ui->headingLabel->setText(heading);

    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->peoplePage),
                           tr("Peop&le (%1)").arg(m_dashboard.unacknowledged.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->sectionsPage),
                           tr("Sectio&ns (%1)").arg(m_dashboard.sections.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->kpisPage),
                           tr("&KPIs (%1)").arg(m_dashboard.kpis.size()));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->signingChartPage), tr("Signing pro&gress"));
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_ui->kpiChartPage), tr("KPI t&rends"));

    showHeadline();
    fillFilters();
}

void DashboardView::showHeadline()
{
    const Dashboard &d = m_dashboard;
    const QString none = u"—"_s;
    if (const auto share = d.signedShare()) {
        setFigure(m_ui->signedValue, display::percent(*share * 100.0, 0),
                  *share >= 1.0 ? goodColour : (d.overdueCount() > 0 ? badColour : neutralColour));
        //: %1 is how many have signed; %n how many people must sign.
        m_ui->signedDetail->setText(
            tr("%1 of %n people", nullptr, d.required).arg(display::number(qint64(d.signedCount))));
    } else {
        setFigure(m_ui->signedValue, none, neutralColour);
        m_ui->signedDetail->setText(d.inForce ? tr("Nobody has to sign.")
                                              : tr("Nothing is in force."));
    }
    const int unsignedCount = int(d.unacknowledged.size());
    setFigure(m_ui->overdueValue, display::number(qint64(d.overdueCount())),
              d.overdueCount() > 0 ? badColour : goodColour);
    m_ui->overdueDetail->setText(tr("%n not signed in all", nullptr, unsignedCount));
    setFigure(m_ui->staleValue, display::number(qint64(d.staleCount())),
              d.staleCount() > 0 ? badColour : goodColour);
    m_ui->staleDetail->setText(tr("%n due soon", nullptr, d.dueSoonCount()));
    setFigure(m_ui->kpiValue, display::number(qint64(d.kpisOffTarget())),
              d.kpisOffTarget() > 0 ? badColour : goodColour);
    m_ui->kpiDetail->setText(tr("%n breaching the alert line", nullptr, d.kpisBreached()));
    //: %1 is how many have signed; %n how many people must sign.
    m_ui->signedTile->setToolTip(tr("%1 of the %n people who must sign hold a signature of the "
                                    "version in force that counts.",
                                    nullptr, d.required)
                                     .arg(display::number(qint64(d.signedCount))));
}

void DashboardView::fillFilters()
{
    QSet<QString> teams;
    QSet<QString> sites;
    for (const StaffMember &member : m_input.staff) {
        if (!member.active)
            continue;
        if (!member.team.isEmpty())
            teams.insert(member.team);
        if (!member.site.isEmpty())
            sites.insert(member.site);
    }
    for (const KpiStatus &status : m_dashboard.kpis)
        if (!status.team.isEmpty())
            teams.insert(status.team);
    const auto refill = [](QComboBox *combo, QSet<QString> values, const QString &all) {
        const QString chosen = combo->currentData().toString();
        QStringList sorted(values.begin(), values.end());
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) {
            return QString::localeAwareCompare(a, b) < 0;
        });
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, QString());
        for (const QString &value : sorted)
            combo->addItem(value, value);
        const int index = combo->findData(chosen);
        combo->setCurrentIndex(index >= 0 ? index : 0);
        combo->setEnabled(!sorted.isEmpty());
    };
    refill(m_ui->teamFilter, teams, tr("All teams"));
    refill(m_ui->siteFilter, sites, tr("All sites"));
}

void DashboardView::applyFilters()
{
    const QString team = m_ui->teamFilter->currentData().toString();
    const QString site = m_ui->siteFilter->currentData().toString();
    for (DashboardFilterProxy *proxy : {m_peopleProxy, m_sectionsProxy, m_kpisProxy}) {
        proxy->setTeam(team);
        proxy->setSite(site);
    }
    showSigningChart();
    showKpiChart();
    updateActions();
}

void DashboardView::updateActions()
{
    const bool peopleShown = m_ui->tabs->currentWidget() == m_ui->peoplePage;
    const bool anySelected = !m_ui->peopleTable->selectionModel()->selectedRows().isEmpty();
    m_remindAction->setEnabled(peopleShown && anySelected);
    m_copyAddressesAction->setEnabled(peopleShown && anySelected);
    m_exportAction->setEnabled(currentList() != nullptr);
    // A report needs a version in force: it is what the report is judged against.
    m_reportAction->setEnabled(m_dashboard.inForce.has_value() && !m_reporting);
}

void DashboardView::showSigningChart()
{
    QChart *old = m_signingChart->chart();
    m_signingChart->setChart(
        DashboardCharts::signingShare(m_shareHistory, m_ui->teamFilter->currentData().toString()));
    delete old;
}

void DashboardView::showKpiChart()
{
    const QString key = m_ui->kpiChooser->currentData().toString();
    const auto found = std::find_if(m_dashboard.kpis.cbegin(), m_dashboard.kpis.cend(),
                                    [&](const KpiStatus &status) { return status.kpi.key == key; });
    storage::Database *db = m_session.database();
    const bool chosen = found != m_dashboard.kpis.cend() && db && m_session.code();
    const auto observations = chosen
        ? storage::KpiStore(*db).observations(m_session.code()->id, key)
        : Result<QList<KpiObservation>>(QList<KpiObservation>());
    QChart *old = m_kpiChart->chart();
    m_kpiChart->setChart(DashboardCharts::kpiTrend(chosen ? &found->kpi : nullptr, observations,
                                                   m_ui->teamFilter->currentData().toString()));
    delete old;
}

QAbstractItemModel *DashboardView::currentList() const
{
    QWidget *page = m_ui->tabs->currentWidget();
    if (page == m_ui->peoplePage)
        return m_peopleProxy;
    if (page == m_ui->sectionsPage)
        return m_sectionsProxy;
    if (page == m_ui->kpisPage)
        return m_kpisProxy;
    return nullptr;
}

QList<StaffMember> DashboardView::selectedPeople() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->peopleTable->selectionModel()->selectedRows())
        rows.append(m_peopleProxy->mapToSource(index).row());
    std::sort(rows.begin(), rows.end());
    QList<StaffMember> people;
    for (int row : rows)
        people.append(m_peopleModel->people().at(row).member);
    return people;
}

} // namespace tenet::app
