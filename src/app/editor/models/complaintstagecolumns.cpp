#include "complaintstagecolumns.h"

using namespace Qt::StringLiterals;

namespace tenet::app {

ComplaintStageColumns::ComplaintStageColumns()
    : ItemColumns({
        {tr("Key"), tr("The stage's stable key: lower-case letters, digits and underscores."),
         CellEditor::Key},
        {tr("Name"), tr("The stage's name as people see it."), CellEditor::Text},
        {tr("Within (h)"),
         tr("Hours after the complaint was logged by which this stage must be reached."),
         CellEditor::Hours, domain::ItemField::StageWithinHours},
    })
{
}

QVariant ComplaintStageColumns::value(const SectionItems &items, int row, int column,
                                      int role) const
{
    const domain::ComplaintStage &s = items.stages.at(row);
    switch (column) {
    case 0:
        return text(s.key, role);
    case 1:
        return text(s.name, role);
    case 2:
        return number(s.withinHours, role);
    }
    return {};
}

QString ComplaintStageColumns::apply(SectionItems &items, int row, int column,
                                     const QVariant &value) const
{
    domain::ComplaintStage &s = items.stages[row];
    switch (column) {
    case 0:
        s.key = value.toString().trimmed();
        break;
    case 1:
        s.name = value.toString().trimmed();
        break;
    case 2:
        s.withinHours = value.toDouble();
        break;
    }
    return {};
}

void ComplaintStageColumns::insertNew(SectionItems &items, int row) const
{
    QStringList keys;
    domain::ComplaintStage stage;
    for (const domain::ComplaintStage &s : std::as_const(items.stages)) {
        keys.append(s.key);
        stage.withinHours = qMax(stage.withinHours, s.withinHours);
    }
    stage.key = freeKey(u"stage_"_s, keys);
    stage.name = tr("New stage");
    items.stages.insert(row, stage);
}

void ComplaintStageColumns::removeRow(SectionItems &items, int row) const
{
    items.stages.removeAt(row);
}

bool ComplaintStageColumns::moveRow(SectionItems &items, int from, int to) const
{
    return moveWithin(items.stages, from, to);
}

} // namespace tenet::app
