#include "kpicolumns.h"

using namespace Qt::StringLiterals;

namespace tenet::app {

KpiColumns::KpiColumns()
    : ItemColumns({
        {tr("Key"), tr("The KPI's stable key, used when measured values are imported (asa)."),
         CellEditor::Key},
        {tr("Name"), tr("The KPI's name."), CellEditor::Text},
        {tr("Definition"), tr("How it is measured."), CellEditor::LongText},
        {tr("Unit"), tr("The unit of its values: s, %, min."), CellEditor::Text},
        {tr("Direction"),
         tr("at most: lower is better (waiting time); at least: higher is better "
            "(satisfaction)."),
         CellEditor::Direction},
        {tr("Target"), tr("The value to reach."), CellEditor::Number, domain::ItemField::KpiTarget},
        {tr("Alert"),
         tr("The value past which an alert is raised: beyond the target in the bad "
            "direction."),
         CellEditor::Number, domain::ItemField::KpiAlert},
        {tr("Action when breached"), tr("Whom to notify and the action plan."),
         CellEditor::LongText},
    })
{
}

QVariant KpiColumns::value(const SectionItems &items, int row, int column, int role) const
{
    const domain::Kpi &k = items.kpis.at(row);
    switch (column) {
    case 0:
        return text(k.key, role);
    case 1:
        return text(k.name, role);
    case 2:
        return text(k.definition, role);
    case 3:
        return text(k.unit, role);
    case 4:
        if (role == Qt::EditRole)
            return domain::kpiDirectionName(k.direction);
        if (role == Qt::DisplayRole)
            return k.direction == domain::KpiDirection::AtMost ? tr("at most") : tr("at least");
        return {};
    case 5:
        return number(k.target, role);
    case 6:
        return number(k.alert, role);
    case 7:
        return text(k.action, role);
    }
    return {};
}

QString KpiColumns::apply(SectionItems &items, int row, int column, const QVariant &value) const
{
    domain::Kpi &k = items.kpis[row];
    const QString textValue = value.toString().trimmed();
    switch (column) {
    case 0:
        k.key = textValue;
        break;
    case 1:
        k.name = textValue;
        break;
    case 2:
        k.definition = textValue;
        break;
    case 3:
        k.unit = textValue;
        break;
    case 4:
        // The model checked the name against the directions before.
        k.direction = domain::kpiDirectionFromName(textValue).value_or(k.direction);
        break;
    case 5:
        k.target = value.toDouble();
        break;
    case 6:
        k.alert = value.toDouble();
        break;
    case 7:
        k.action = textValue;
        break;
    }
    return {};
}

void KpiColumns::insertNew(SectionItems &items, int row) const
{
    QStringList keys;
    for (const domain::Kpi &k : std::as_const(items.kpis))
        keys.append(k.key);
    domain::Kpi kpi;
    kpi.key = freeKey(u"kpi_"_s, keys);
    kpi.name = tr("New KPI");
    items.kpis.insert(row, kpi);
}

void KpiColumns::removeRow(SectionItems &items, int row) const
{
    items.kpis.removeAt(row);
}

bool KpiColumns::moveRow(SectionItems &items, int from, int to) const
{
    return moveWithin(items.kpis, from, to);
}

} // namespace tenet::app
