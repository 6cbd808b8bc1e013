#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace tenet::app {

// Narrows the staff table to a team, a site, a role, a status and a search text (name or
// employee number, ignoring case and accents). An empty criterion lets everyone through.
class StaffFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StaffFilterProxy(QObject *parent = nullptr);

    void setTeam(const QString &team);
    void setSite(const QString &site);
    void setRoleName(const QString &role);
    void setActive(std::optional<bool> active);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_team;
    QString m_site;
    QString m_role;
    std::optional<bool> m_active;
    QStringList m_words; // folded
};

} // namespace tenet::app
