#include "signinstaffmodel.h"

#include <QCollator>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tenet::app {

SignInStaffModel::SignInStaffModel(QObject *parent) : QAbstractTableModel(parent) { }

void SignInStaffModel::setStaff(const QList<domain::StaffMember> &staff)
{
    beginResetModel();
    m_staff.clear();
    m_searchText.clear();
    for (const domain::StaffMember &member : staff) {
        if (member.active)
            m_staff.append(member);
    }
    // People look for their name, so the list reads in name order.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_staff.begin(), m_staff.end(),
                     [&](const domain::StaffMember &a, const domain::StaffMember &b) {
                         return collator.compare(a.fullName, b.fullName) < 0;
                     });
    for (const domain::StaffMember &member : std::as_const(m_staff))
        m_searchText.append(folded(member.fullName + u' ' + member.employeeNo));
    applyFilter();
    endResetModel();
}

void SignInStaffModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    applyFilter();
    endResetModel();
}

void SignInStaffModel::applyFilter()
{
    m_rows.clear();
    const QStringList words = folded(m_filter).split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_staff.size(); ++i) {
        const QString &text = m_searchText.at(i);
        const bool matches = std::all_of(words.begin(), words.end(),
                                         [&](const QString &word) { return text.contains(word); });
        if (matches)
            m_rows.append(i);
    }
}

const domain::StaffMember &SignInStaffModel::member(int row) const
{
    return m_staff.at(m_rows.at(row));
}

int SignInStaffModel::rowOf(const QString &employeeNo) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_staff.at(m_rows.at(row)).employeeNo == employeeNo)
            return row;
    }
    return -1;
}

int SignInStaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SignInStaffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignInStaffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::StaffMember &m = member(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m.fullName;
        case NumberColumn:
            return m.employeeNo;
        case RoleColumn:
            return roleLabel(m.role);
        case TeamColumn:
            return m.team;
        }
        break;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, employee number %2, %3").arg(m.fullName, m.employeeNo, roleLabel(m.role));
    }
    return {};
}

QVariant SignInStaffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NumberColumn:
        return tr("Employee no.");
    case RoleColumn:
        return tr("Role");
    case TeamColumn:
        return tr("Team");
    }
    return {};
}

QString SignInStaffModel::folded(const QString &text)
{
    // Decomposing splits "ó" into "o" and a combining accent, which is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        result += c.isSpace() ? QChar(u' ') : c;
    }
    return result.toCaseFolded();
}

QString SignInStaffModel::roleLabel(domain::Role role)
{
    switch (role) {
    case domain::Role::Agent:
        return tr("Agent");
    case domain::Role::Supervisor:
        return tr("Supervisor");
    case domain::Role::Manager:
        return tr("Manager");
    case domain::Role::Quality:
        return tr("Quality");
    case domain::Role::Trainer:
        return tr("Trainer");
    }
    return {};
}

} // namespace tenet::app
