#pragma once

#include "domain/staffmember.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace tenet::app {

// The distinct non-empty values of one field of the roster, sorted as people read them.
QStringList distinctValues(const QList<domain::StaffMember> &staff,
                           QString domain::StaffMember::*field);

// The staff editor's search field and its team, site, role and status filters. It says
// when any of them changes; the view applies them to its table.
class StaffFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit StaffFilterBar(QWidget *parent = nullptr);

    // Offers these teams and sites, keeping the current choices if still offered.
    void setChoices(const QStringList &teams, const QStringList &sites);

    QString searchText() const;
    QString team() const; // empty: all teams
    QString site() const; // empty: all sites
    QString roleName() const; // empty: all roles
    std::optional<bool> active() const; // none: active and inactive
    void focusSearch();

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_teamCombo = nullptr;
    QComboBox *m_siteCombo = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QStringList m_teams;
    QStringList m_sites;
};

} // namespace tenet::app
