#include "sectionduemodel.h"

#include "dashboardcolours.h"
#include "dashboardroles.h"

#include <QBrush>
#include <QColor>

#include <limits>

using namespace tenet::domain;

namespace tenet::app {

SectionDueModel::SectionDueModel(QObject *parent) : QAbstractTableModel(parent) { }

void SectionDueModel::setSections(const QList<SectionDue> &sections)
{
    beginResetModel();
    m_sections = sections;
    endResetModel();
}

int SectionDueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

int SectionDueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString stateText(ReviewState state)
{
    switch (state) {
    case ReviewState::Current:
        return SectionDueModel::tr("Current");
    case ReviewState::DueSoon:
        return SectionDueModel::tr("Due soon");
    case ReviewState::Stale:
        return SectionDueModel::tr("Stale");
    case ReviewState::NotScheduled:
        return SectionDueModel::tr("Not scheduled");
    }
    return {};
}

QString daysLeft(int days)
{
    return days == 1 ? SectionDueModel::tr("1 day left")
                     : SectionDueModel::tr("%1 days left").arg(days);
}

QString daysText(const SectionDue &due)
{
    switch (due.state) {
    case ReviewState::Stale:
        return due.daysOverdue == 1 ? SectionDueModel::tr("1 day overdue")
                                    : SectionDueModel::tr("%1 days overdue").arg(due.daysOverdue);
    case ReviewState::DueSoon:
        return due.daysLeft == 0 ? SectionDueModel::tr("due today") : daysLeft(due.daysLeft);
    case ReviewState::Current:
        return daysLeft(due.daysLeft);
    case ReviewState::NotScheduled:
        return {};
    }
    return {};
}

// Stale first when sorted ascending by days: overdue days count as negative days left.
int daysSortValue(const SectionDue &due)
{
    switch (due.state) {
    case ReviewState::Stale:
        return -due.daysOverdue;
    case ReviewState::DueSoon:
    case ReviewState::Current:
        return due.daysLeft;
    case ReviewState::NotScheduled:
        return std::numeric_limits<int>::max();
    }
    return 0;
}

} // namespace

QVariant SectionDueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SectionDue &due = m_sections.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Section:
            return QStringLiteral("%1. %2").arg(sectionNumber(due.key)).arg(due.title);
        case Owner:
            return due.owner;
        case LastReviewed:
            return due.lastReviewed.isValid() ? due.lastReviewed.toString(Qt::ISODate)
                                              : tr("never");
        case Due:
            return due.due.isValid() ? due.due.toString(Qt::ISODate) : QString();
        case State:
            return stateText(due.state);
        case Days:
            return daysText(due);
        }
        return {};
    case DashboardSortRole:
        switch (index.column()) {
        case Section:
            return sectionNumber(due.key);
        case LastReviewed:
            return due.lastReviewed;
        case Due:
            return due.due;
        case State:
            return int(due.state);
        case Days:
            return daysSortValue(due);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == State || index.column() == Days) {
            if (due.state == ReviewState::Stale)
                return QBrush(dashboardBadColour);
            if (due.state == ReviewState::DueSoon)
                return QBrush(QColor(0x9a, 0x5b, 0x00));
        }
        return {};
    case Qt::ToolTipRole:
        if (due.reviewIntervalDays)
            return tr("Reviewed every %1 days; counted from %2.")
                .arg(*due.reviewIntervalDays)
                .arg(due.countedFrom.toString(Qt::ISODate));
        return tr("This section sets no review interval.");
    case DashboardKeyRole:
        return sectionKeyName(due.key);
    }
    return {};
}

QVariant SectionDueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Section:
        return tr("Section");
    case Owner:
        return tr("Owner");
    case LastReviewed:
        return tr("Last reviewed");
    case Due:
        return tr("Review due");
    case State:
        return tr("State");
    case Days:
        return tr("Days");
    }
    return {};
}

} // namespace tenet::app
