#pragma once

#include "domain/staffmember.h"

#include <QAbstractTableModel>
#include <QList>

namespace tenet::app {

// The roster as a table, one person a row, for the staff editor.
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, NameColumn, EmailColumn, RoleColumn, TeamColumn, SiteColumn,
                  LanguageColumn, StartColumn, StatusColumn, ColumnCount };
    enum DataRole {
        EmployeeNoRole = Qt::UserRole + 1,
        ActiveRole,      // bool
        SearchTextRole,  // name and number without case or accents, for the search field
        RoleNameRole,    // "agent", "manager", ...
        TeamRole,
        SiteRole,
    };

    explicit StaffTableModel(QObject *parent = nullptr);
    // Follows a switch of the interface language (see app/common/languagechange.h).
    bool event(QEvent *event) override;

    void setStaff(QList<domain::StaffMember> staff);
    const QList<domain::StaffMember> &staff() const { return m_staff; }
    const domain::StaffMember &member(int row) const { return m_staff.at(row); }
    // The row of the person, or -1.
    int rowOf(const QString &employeeNo) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::StaffMember> m_staff;
    QList<QString> m_searchText; // parallel to m_staff
};

} // namespace tenet::app
