#pragma once

#include "domain/staffmember.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace tenet::app {

// The people who may sign in, filtered as the user types: every word typed must appear in
// the name or the employee number, ignoring case and accents ("gomez" finds "Gómez").
class SignInStaffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        NumberColumn,
        RoleColumn,
        TeamColumn,
        ColumnCount
    };

    explicit SignInStaffModel(QObject *parent = nullptr);

    // Keeps the active members only, in the order of their names.
    void setStaff(const QList<domain::StaffMember> &staff);
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }

    // The member shown in the row.
    const domain::StaffMember &member(int row) const;
    // The row showing the employee number, or -1 when it is filtered out.
    int rowOf(const QString &employeeNo) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Lower case without accents, for matching: "Rūta Kazlauskienė" -> "ruta kazlauskiene".
    static QString folded(const QString &text);
    static QString roleLabel(domain::Role role);

private:
    void applyFilter();

    QList<domain::StaffMember> m_staff;
    QList<QString> m_searchText; // folded name and number, parallel to m_staff
    QList<int> m_rows; // indexes into m_staff that match the filter
    QString m_filter;
};

} // namespace tenet::app
