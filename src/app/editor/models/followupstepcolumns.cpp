#include "followupstepcolumns.h"

namespace tenet::app {

FollowUpStepColumns::FollowUpStepColumns()
    : ItemColumns({
        {tr("Follow-up step"),
         tr("A step that confirms, after resolution, that the customer is "
            "satisfied."),
         CellEditor::LongText},
    })
{
}

QVariant FollowUpStepColumns::value(const SectionItems &items, int row, int, int role) const
{
    return text(items.followUp.at(row), role);
}

QString FollowUpStepColumns::apply(SectionItems &items, int row, int, const QVariant &value) const
{
    const QString step = value.toString().trimmed();
    if (step.isEmpty())
        return tr("Not changed: a follow-up step needs some text; delete the row instead.");
    items.followUp[row] = step;
    return {};
}

void FollowUpStepColumns::insertNew(SectionItems &items, int row) const
{
    items.followUp.insert(row, tr("New follow-up step"));
}

void FollowUpStepColumns::removeRow(SectionItems &items, int row) const
{
    items.followUp.removeAt(row);
}

bool FollowUpStepColumns::moveRow(SectionItems &items, int from, int to) const
{
    return moveWithin(items.followUp, from, to);
}

} // namespace tenet::app
