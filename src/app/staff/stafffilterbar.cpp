#include "stafffilterbar.h"

#include "domain/role.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tenet::app {

namespace {

const domain::Role allRoles[]
    = {domain::Role::Agent, domain::Role::Supervisor, domain::Role::Manager, domain::Role::Quality,
       domain::Role::Trainer};

// Fills a filter combo with "all" plus the choices (label, value), keeping the current
// choice if it is still offered.
void refill(QComboBox *combo, const QString &allText,
            const QList<std::pair<QString, QString>> &choices)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const auto &[label, value] : choices)
        combo->addItem(label, value);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

QList<std::pair<QString, QString>> asChoices(const QStringList &values)
{
    QList<std::pair<QString, QString>> choices;
    for (const QString &value : values)
        choices.append({value, value});
    return choices;
}

QComboBox *filterCombo(QWidget *parent, const QString &name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

QStringList distinctValues(const QList<domain::StaffMember> &staff,
                           QString domain::StaffMember::*field)
{
    QSet<QString> seen;
    for (const domain::StaffMember &member : staff) {
        if (!(member.*field).isEmpty())
            seen.insert(member.*field);
    }
    QStringList values(seen.begin(), seen.end());
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return values;
}

StaffFilterBar::StaffFilterBar(QWidget *parent) : QWidget(parent)
{
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"staffSearchEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(220);
    m_teamCombo = filterCombo(this, u"staffTeamFilter"_s);
    m_siteCombo = filterCombo(this, u"staffSiteFilter"_s);
    m_roleCombo = filterCombo(this, u"staffRoleFilter"_s);
    m_statusCombo = filterCombo(this, u"staffStatusFilter"_s);
    retranslate();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_searchEdit, 1);
    layout->addWidget(m_teamCombo);
    layout->addWidget(m_siteCombo);
    layout->addWidget(m_roleCombo);
    layout->addWidget(m_statusCombo);

    connect(m_searchEdit, &QLineEdit::textChanged, this, &StaffFilterBar::changed);
    for (QComboBox *combo : {m_teamCombo, m_siteCombo, m_roleCombo, m_statusCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &StaffFilterBar::changed);
}

void StaffFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StaffFilterBar::retranslate()
{
    m_searchEdit->setAccessibleName(tr("Search staff"));
    m_searchEdit->setPlaceholderText(tr("Search name or number"));
    m_searchEdit->setToolTip(tr("Finds people by name or employee number; case and accents do "
                                "not matter (Ctrl+Shift+F)."));
    m_teamCombo->setAccessibleName(tr("Team filter"));
    m_teamCombo->setToolTip(tr("Show only the people of one team."));
    m_siteCombo->setAccessibleName(tr("Site filter"));
    m_siteCombo->setToolTip(tr("Show only the people of one site."));
    m_roleCombo->setAccessibleName(tr("Role filter"));
    m_roleCombo->setToolTip(tr("Show only the people with one role."));
    m_statusCombo->setAccessibleName(tr("Status filter"));
    m_statusCombo->setToolTip(tr("Show active people, inactive people, or both."));

    QList<std::pair<QString, QString>> roles;
    for (const domain::Role role : allRoles)
        roles.append({domain::roleLabel(role), domain::roleName(role)});
    refill(m_roleCombo, tr("All roles"), roles);
    refill(m_statusCombo, tr("Active and inactive"),
           {{tr("Active"), u"active"_s}, {tr("Inactive"), u"inactive"_s}});
    setChoices(m_teams, m_sites);
}

void StaffFilterBar::setChoices(const QStringList &teams, const QStringList &sites)
{
    m_teams = teams;
    m_sites = sites;
    refill(m_teamCombo, tr("All teams"), asChoices(teams));
    refill(m_siteCombo, tr("All sites"), asChoices(sites));
}

QString StaffFilterBar::searchText() const
{
    return m_searchEdit->text();
}

QString StaffFilterBar::team() const
{
    return m_teamCombo->currentData().toString();
}

QString StaffFilterBar::site() const
{
    return m_siteCombo->currentData().toString();
}

QString StaffFilterBar::roleName() const
{
    return m_roleCombo->currentData().toString();
}

std::optional<bool> StaffFilterBar::active() const
{
    const QString status = m_statusCombo->currentData().toString();
    return status.isEmpty() ? std::nullopt : std::optional<bool>(status == u"active"_s);
}

void StaffFilterBar::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

} // namespace tenet::app
