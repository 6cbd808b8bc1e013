#include "stafftablemodel.h"

#include "app/common/displayformat.h"
#include "app/common/languagechange.h"
#include "app/i18n/interfacelanguage.h"
#include "domain/acknowledgementrules.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tenet::app {

StaffTableModel::StaffTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void StaffTableModel::setStaff(QList<domain::StaffMember> staff)
{
    beginResetModel();
    m_staff = std::move(staff);
    m_searchText.clear();
    m_searchText.reserve(m_staff.size());
    for (const domain::StaffMember &member : std::as_const(m_staff))
        m_searchText.append(domain::normalizedName(member.fullName) + u' '
                            + member.employeeNo.toCaseFolded());
    endResetModel();
}

int StaffTableModel::rowOf(const QString &employeeNo) const
{
    for (int row = 0; row < m_staff.size(); ++row) {
        if (m_staff.at(row).employeeNo == employeeNo)
            return row;
    }
    return -1;
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// A language is shown by its own name ("Español", "Lietuvių"), which reads the same in every
// interface language, as View > Language names it; another language by Qt's name for it
// (without the country Qt adds: "español de España"), and a code Qt does not know as it is.
QString languageText(const QString &code)
{
    if (code.isEmpty())
        return {};
    for (const InterfaceLanguage::Offered &offered : InterfaceLanguage::offered()) {
        if (offered.code == code)
            return offered.name;
    }
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code
                                           : QLocale::languageToString(locale.language());
}

} // namespace

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::StaffMember &member = m_staff.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NumberColumn: return member.employeeNo;
        case NameColumn: return member.fullName;
        case EmailColumn: return member.email;
        case RoleColumn:
            return domain::roleLabel(member.role);
        case TeamColumn: return member.team;
        case SiteColumn: return member.site;
        case LanguageColumn:
            return languageText(member.language);
        case StartColumn:
            if (role == Qt::EditRole)
                return member.startDate;
            return display::date(member.startDate);
        case StatusColumn: return member.active ? tr("Active") : tr("Inactive");
        }
        return {};
    case Qt::ForegroundRole:
        if (!member.active)
            return QColor(0x80, 0x80, 0x80); // inactive people recede, but stay readable
        return {};
    case Qt::ToolTipRole:
        if (!member.active)
            return tr("%1 is inactive: they cannot sign in or sign the code.").arg(member.fullName);
        return {};
    case EmployeeNoRole: return member.employeeNo;
    case ActiveRole: return member.active;
    case SearchTextRole: return m_searchText.at(index.row());
    case RoleNameRole: return domain::roleName(member.role);
    case TeamRole: return member.team;
    case SiteRole: return member.site;
    }
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("E-mail");
    case RoleColumn: return tr("Role");
    case TeamColumn: return tr("Team");
    case SiteColumn: return tr("Site");
    case LanguageColumn: return tr("Language");
    case StartColumn: return tr("Start date");
    case StatusColumn: return tr("Status");
    }
    return {};
}

bool StaffTableModel::event(QEvent *event)
{
    announceTextsOnLanguageChange(*this, event);
    return QAbstractTableModel::event(event);
}

} // namespace tenet::app
