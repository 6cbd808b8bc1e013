#include "sectionduemodel.h"

#include "app/common/displayformat.h"
#include "app/common/languagechange.h"
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
    return SectionDueModel::tr("%n days left", nullptr, days);
}

QString daysText(const SectionDue &due)
{
    switch (due.state) {
    case ReviewState::Stale:
        return SectionDueModel::tr("%n days overdue", nullptr, due.daysOverdue);
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
            //: A section in a list: its number and its title, "3. Behaviour".
            return tr("%1. %2").arg(sectionNumber(due.key)).arg(due.title);
        case Owner:
            return due.owner;
        case LastReviewed:
            //: A section that was never reviewed.
            return due.lastReviewed.isValid() ? display::date(due.lastReviewed) : tr("never");
        case Due:
            return display::date(due.due);
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
            return tr("Reviewed every %n days; counted from %1.", nullptr, *due.reviewIntervalDays)
                .arg(display::date(due.countedFrom));
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

bool SectionDueModel::event(QEvent *event)
{
    announceTextsOnLanguageChange(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace tenet::app
