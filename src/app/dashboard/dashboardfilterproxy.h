#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace tenet::app {

// Narrows a dashboard list to one team and/or one site and sorts it by the rows' natural
// values (numbers and dates, not their text). Rows of a list without teams or sites pass.
class DashboardFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DashboardFilterProxy(QObject *parent = nullptr);

    // An empty string shows every team (or site). The organisation's rows of a KPI list
    // have the team "" and show only when no team is chosen.
    void setTeam(const QString &team);
    void setSite(const QString &site);
    const QString &team() const { return m_team; }
    const QString &site() const { return m_site; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_team;
    QString m_site;
};

} // namespace tenet::app
