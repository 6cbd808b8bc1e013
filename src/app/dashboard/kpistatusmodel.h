#pragma once

#include "domain/dashboard.h"

#include <QAbstractTableModel>
#include <QList>

namespace tenet::app {

// How each KPI stands, for the organisation and each team with values, one row each.
class KpiStatusModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kpi,
        Team,
        Latest,
        Period,
        Target,
        Alert,
        State,
        ColumnCount
    };

    explicit KpiStatusModel(QObject *parent = nullptr);
    // Follows a switch of the interface language (see app/common/languagechange.h).
    bool event(QEvent *event) override;

    void setKpis(const QList<domain::KpiStatus> &kpis);
    const QList<domain::KpiStatus> &kpis() const { return m_kpis; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Organisation" for the empty team.
    static QString teamLabel(const QString &team);

private:
    QList<domain::KpiStatus> m_kpis;
};

} // namespace tenet::app
