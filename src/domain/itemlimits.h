#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tenet::domain {

// The numeric fields of the structured items (structureditems.h).
enum class ItemField
{
    EscalationTier,
    EscalationWithinHours,
    StageWithinHours,
    ProgrammeHours,
    ProgrammePassMark,
    ProgrammeRefresherMonths,
    KpiTarget,
    KpiAlert,
};

// The range one numeric field of the structured items may take. This table is the one
// source of these limits: the content rules check them, the editor's item tables refuse
// and its spin boxes stop at them, and a test holds them equal to schemas/code.schema.json.
struct ItemLimit
{
    Q_DECLARE_TR_FUNCTIONS(tenet::domain::ItemLimit)

public:
    ItemField field;
    QString list; // the file format's name of the item list: "escalation", "programmes"
    QString property; // the file format's name of the field: "tier", "within_hours"
    std::optional<double> minimum; // inclusive; none: no lower bound
    std::optional<double> maximum; // inclusive; none: no upper bound
    bool whole = false; // integers only
    bool mayBeAbsent = false; // the field is optional (the editor shows "none" for it)

    bool allows(double value) const;
    // "a whole number from 1", "a number from 0 to 100": what allows() accepts, in words.
    QString rule() const;
};

// Every numeric field of the structured items, in the order of ItemField.
const QList<ItemLimit> &itemLimits();
const ItemLimit &itemLimit(ItemField field);

} // namespace tenet::domain
