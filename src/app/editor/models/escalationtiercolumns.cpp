#include "escalationtiercolumns.h"

#include "domain/role.h"

namespace tenet::app {

EscalationTierColumns::EscalationTierColumns()
    : ItemColumns({
        {tr("Tier"), tr("The tier's number: 1 is the first line; each tier appears once."),
         CellEditor::Tier, domain::ItemField::EscalationTier},
        {tr("Who"), tr("The role (agent, supervisor, manager) or team that takes the issue."),
         CellEditor::Role},
        {tr("Within (h)"),
         tr("Hours after the customer first raised the issue by which this tier must have it."),
         CellEditor::Hours, domain::ItemField::EscalationWithinHours},
        {tr("Action"), tr("What is done at this tier."), CellEditor::LongText},
    })
{
}

QVariant EscalationTierColumns::value(const SectionItems &items, int row, int column,
                                      int role) const
{
    const domain::EscalationTier &t = items.escalation.at(row);
    switch (column) {
    case 0:
        return role == Qt::DisplayRole ? QVariant(QString::number(t.tier))
            : role == Qt::EditRole     ? QVariant(t.tier)
                                       : QVariant();
    case 1:
        return text(t.role, role);
    case 2:
        return number(t.withinHours, role);
    case 3:
        return text(t.action, role);
    }
    return {};
}

QString EscalationTierColumns::apply(SectionItems &items, int row, int column,
                                     const QVariant &value) const
{
    domain::EscalationTier &t = items.escalation[row];
    switch (column) {
    case 0:
        t.tier = int(value.toDouble());
        break;
    case 1:
        t.role = value.toString().trimmed();
        break;
    case 2:
        t.withinHours = value.toDouble();
        break;
    case 3:
        t.action = value.toString().trimmed();
        break;
    }
    return {};
}

void EscalationTierColumns::insertNew(SectionItems &items, int row) const
{
    // The next tier up, no sooner than the last.
    domain::EscalationTier tier;
    for (const domain::EscalationTier &t : std::as_const(items.escalation)) {
        tier.tier = qMax(tier.tier, t.tier + 1);
        tier.withinHours = qMax(tier.withinHours, t.withinHours);
    }
    tier.role = domain::roleName(domain::Role::Manager);
    items.escalation.insert(row, tier);
}

void EscalationTierColumns::removeRow(SectionItems &items, int row) const
{
    items.escalation.removeAt(row);
}

bool EscalationTierColumns::moveRow(SectionItems &items, int from, int to) const
{
    return moveWithin(items.escalation, from, to);
}

} // namespace tenet::app
