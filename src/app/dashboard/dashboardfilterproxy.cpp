#include "dashboardfilterproxy.h"

#include "dashboardroles.h"

namespace tenet::app {

DashboardFilterProxy::DashboardFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(DashboardSortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void DashboardFilterProxy::setTeam(const QString &team)
{
    if (team == m_team)
        return;
    m_team = team;
    invalidateRowsFilter();
}

void DashboardFilterProxy::setSite(const QString &site)
{
    if (site == m_site)
        return;
    m_site = site;
    invalidateRowsFilter();
}

bool DashboardFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto passes = [&](const QString &wanted, int role) {
        if (wanted.isEmpty())
            return true;
        const QVariant value = index.data(role);
        return !value.isValid() || value.toString() == wanted;
    };
    return passes(m_team, DashboardTeamRole) && passes(m_site, DashboardSiteRole);
}

} // namespace tenet::app
