#include "kpistatusmodel.h"

#include "app/common/displayformat.h"
#include "app/common/languagechange.h"
#include "dashboardroles.h"

#include <QBrush>
#include <QColor>

using namespace tenet::domain;

namespace tenet::app {

KpiStatusModel::KpiStatusModel(QObject *parent) : QAbstractTableModel(parent) { }

void KpiStatusModel::setKpis(const QList<KpiStatus> &kpis)
{
    beginResetModel();
    m_kpis = kpis;
    endResetModel();
}

int KpiStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_kpis.size());
}

int KpiStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString KpiStatusModel::teamLabel(const QString &team)
{
    return team.isEmpty() ? tr("Organisation") : team;
}

namespace {

QString stateText(KpiState state)
{
    switch (state) {
    case KpiState::OnTarget:
        return KpiStatusModel::tr("On target");
    case KpiState::OffTarget:
        return KpiStatusModel::tr("Off target");
    case KpiState::Breached:
        return KpiStatusModel::tr("Alert breached");
    case KpiState::NoData:
        return KpiStatusModel::tr("No data");
    }
    return {};
}

QString withUnit(double value, const QString &unit)
{
    if (unit == u'%')
        return display::percent(value, 2);
    const QString number = display::number(value, 2);
    return unit.isEmpty() ? number : number + QChar(0x00A0) + unit;
}

// "≤ 20 s" for at_most, "≥ 85%" for at_least: the side of the line that is good.
QString line(const Kpi &kpi, double value)
{
    const QChar sign = kpi.direction == KpiDirection::AtMost ? QChar(0x2264) : QChar(0x2265);
    return QString(sign) + QChar(u' ') + withUnit(value, kpi.unit);
}

} // namespace

QVariant KpiStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KpiStatus &status = m_kpis.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kpi:
            return status.kpi.name.isEmpty() ? status.kpi.key : status.kpi.name;
        case Team:
            return teamLabel(status.team);
        case Latest:
            return status.latest ? withUnit(status.latest->value, status.kpi.unit) : QString();
        case Period:
            //: A period of KPI values, from one date to another.
            return status.latest ? tr("%1 to %2")
                                       .arg(display::date(status.latest->periodStart),
                                            display::date(status.latest->periodEnd))
                                 : QString();
        case Target:
            return line(status.kpi, status.kpi.target);
        case Alert:
            return line(status.kpi, status.kpi.alert);
        case State:
            return stateText(status.state);
        }
        return {};
    case DashboardSortRole:
        switch (index.column()) {
        case Latest:
            return status.latest ? QVariant(status.latest->value) : QVariant(0.0);
        case Period:
            return status.latest ? QVariant(status.latest->periodEnd) : QVariant(QDate());
        case Target:
            return status.kpi.target;
        case Alert:
            return status.kpi.alert;
        // Worst first when sorted descending.
        case State:
            switch (status.state) {
            case KpiState::Breached:
                return 3;
            case KpiState::OffTarget:
                return 2;
            case KpiState::NoData:
                return 1;
            case KpiState::OnTarget:
                return 0;
            }
            return 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == Latest || index.column() == Target || index.column() == Alert)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State || index.column() == Latest) {
            if (status.state == KpiState::Breached)
                return QBrush(QColor(0xb0, 0x1c, 0x1c));
            if (status.state == KpiState::OffTarget)
                return QBrush(QColor(0x9a, 0x5b, 0x00));
            if (status.state == KpiState::OnTarget)
                return QBrush(QColor(0x1b, 0x6e, 0x2a));
        }
        return {};
    case Qt::ToolTipRole:
        return status.kpi.definition.isEmpty() ? QVariant() : status.kpi.definition;
    case DashboardTeamRole:
        return status.team;
    case DashboardKeyRole:
        return status.kpi.key;
    }
    return {};
}

QVariant KpiStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kpi:
        return tr("KPI");
    case Team:
        return tr("Team");
    case Latest:
        return tr("Latest value");
    case Period:
        return tr("Period");
    case Target:
        return tr("Target");
    case Alert:
        return tr("Alert");
    case State:
        return tr("State");
    }
    return {};
}

bool KpiStatusModel::event(QEvent *event)
{
    announceTextsOnLanguageChange(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace tenet::app
