#include "stafffilterproxy.h"

#include "stafftablemodel.h"

#include "domain/acknowledgementrules.h"

namespace tenet::app {

StaffFilterProxy::StaffFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void StaffFilterProxy::setTeam(const QString &team)
{
    if (team == m_team)
        return;
    m_team = team;
    invalidateRowsFilter();
}

void StaffFilterProxy::setSite(const QString &site)
{
    if (site == m_site)
        return;
    m_site = site;
    invalidateRowsFilter();
}

void StaffFilterProxy::setRoleName(const QString &role)
{
    if (role == m_role)
        return;
    m_role = role;
    invalidateRowsFilter();
}

void StaffFilterProxy::setActive(std::optional<bool> active)
{
    if (active == m_active)
        return;
    m_active = active;
    invalidateRowsFilter();
}

void StaffFilterProxy::setSearchText(const QString &text)
{
    // Each word must appear, so "ana gomez" and "gomez ana" both find Ana Gómez.
    const QString folded = domain::normalizedName(text);
    QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = std::move(words);
    invalidateRowsFilter();
}

bool StaffFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_team.isEmpty() && index.data(StaffTableModel::TeamRole).toString() != m_team)
        return false;
    if (!m_site.isEmpty() && index.data(StaffTableModel::SiteRole).toString() != m_site)
        return false;
    if (!m_role.isEmpty() && index.data(StaffTableModel::RoleNameRole).toString() != m_role)
        return false;
    if (m_active && index.data(StaffTableModel::ActiveRole).toBool() != *m_active)
        return false;
    if (!m_words.isEmpty()) {
        const QString text = index.data(StaffTableModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace tenet::app
