#pragma once

#include "itemcolumns.h"

namespace tenet::app {

// The columns of metrics' KPIs: key, name, definition, unit, direction, target, alert, action.
class KpiColumns : public ItemColumns
{
    // Its own context, as lupdate files the texts of its constructor under it.
    Q_DECLARE_TR_FUNCTIONS(tenet::app::KpiColumns)

public:
    KpiColumns();

    QVariant value(const SectionItems &items, int row, int column, int role) const override;
    QString apply(SectionItems &items, int row, int column, const QVariant &value) const override;
    void insertNew(SectionItems &items, int row) const override;
    void removeRow(SectionItems &items, int row) const override;
    bool moveRow(SectionItems &items, int from, int to) const override;
};

} // namespace tenet::app
