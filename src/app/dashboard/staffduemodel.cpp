#include "staffduemodel.h"

#include "app/common/displayformat.h"
#include "app/common/languagechange.h"
#include "dashboardroles.h"

#include <QBrush>
#include <QColor>

using namespace tenet::domain;

namespace tenet::app {

StaffDueModel::StaffDueModel(QObject *parent) : QAbstractTableModel(parent) { }

void StaffDueModel::setPeople(const QList<StaffDue> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

int StaffDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int StaffDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString statusText(const StaffDue &due)
{
    if (due.expired)
        return StaffDueModel::tr("Signature expired");
    if (due.overdue)
        return StaffDueModel::tr("Overdue");
    return StaffDueModel::tr("Not yet signed");
}

} // namespace

QVariant StaffDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffDue &due = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EmployeeNo:
            return due.member.employeeNo;
        case Name:
            return due.member.fullName;
        case Team:
            return due.member.team;
        case Site:
            return due.member.site;
        case Due:
            return display::date(due.due);
        case DaysOverdue:
            return due.overdue ? display::number(qint64(due.daysOverdue)) : QString();
        case Status:
            return statusText(due);
        }
        return {};
    case DashboardSortRole:
        switch (index.column()) {
        case Due:
            return due.due;
        case DaysOverdue:
            return due.overdue ? due.daysOverdue : 0;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DaysOverdue)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && due.overdue)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::ToolTipRole:
        if (due.lastSignedVersion)
            return tr("Last signed version %1 on %2.")
                .arg(*due.lastSignedVersion)
                .arg(display::date(due.lastSignedAt));
        return tr("Has never signed this code; signature needed since %1.")
            .arg(display::date(due.since));
    case DashboardTeamRole:
        return due.member.team;
    case DashboardSiteRole:
        return due.member.site;
    case DashboardKeyRole:
        return due.member.employeeNo;
    case DashboardEmailRole:
        return due.member.email;
    }
    return {};
}

QVariant StaffDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case EmployeeNo:
        return tr("Employee no.");
    case Name:
        return tr("Name");
    case Team:
        return tr("Team");
    case Site:
        return tr("Site");
    case Due:
        return tr("Due");
    case DaysOverdue:
        return tr("Days overdue");
    case Status:
        return tr("Status");
    }
    return {};
}

bool StaffDueModel::event(QEvent *event)
{
    announceTextsOnLanguageChange(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace tenet::app
