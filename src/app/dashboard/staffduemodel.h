#pragma once

#include "domain/dashboard.h"

#include <QAbstractTableModel>
#include <QList>

namespace tenet::app {

// The people who have not signed the version in force, one row each, for the dashboard.
class StaffDueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmployeeNo,
        Name,
        Team,
        Site,
        Due,
        DaysOverdue,
        Status,
        ColumnCount
    };

    explicit StaffDueModel(QObject *parent = nullptr);
    // Follows a switch of the interface language (see app/common/languagechange.h).
    bool event(QEvent *event) override;

    void setPeople(const QList<domain::StaffDue> &people);
    const QList<domain::StaffDue> &people() const { return m_people; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::StaffDue> m_people;
};

} // namespace tenet::app
