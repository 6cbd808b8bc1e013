#include "itemcolumns.h"

#include "complaintstagecolumns.h"
#include "escalationtiercolumns.h"
#include "followupstepcolumns.h"
#include "kpicolumns.h"
#include "trainingprogrammecolumns.h"

namespace tenet::app {

std::unique_ptr<ItemColumns> ItemColumns::of(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Escalation:
        return std::make_unique<EscalationTierColumns>();
    case ItemKind::FollowUp:
        return std::make_unique<FollowUpStepColumns>();
    case ItemKind::Stage:
        return std::make_unique<ComplaintStageColumns>();
    case ItemKind::Programme:
        return std::make_unique<TrainingProgrammeColumns>();
    case ItemKind::Kpi:
        return std::make_unique<KpiColumns>();
    }
    return std::make_unique<KpiColumns>();
}

ItemColumns::ItemColumns(QList<Column> columns) : m_columns(std::move(columns)) { }

ItemColumns::~ItemColumns() = default;

QVariant ItemColumns::text(const QString &value, int role)
{
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
        return value;
    return {};
}

QVariant ItemColumns::number(double value, int role)
{
    if (role == Qt::DisplayRole)
        return numberText(value);
    if (role == Qt::EditRole)
        return value;
    return {};
}

QString ItemColumns::numberText(double value)
{
    return QString::number(value, 'g', 12);
}

QString ItemColumns::freeKey(const QString &prefix, const QStringList &taken)
{
    for (int n = 1;; ++n) {
        const QString key = prefix + QString::number(n);
        if (!taken.contains(key))
            return key;
    }
}

} // namespace tenet::app
