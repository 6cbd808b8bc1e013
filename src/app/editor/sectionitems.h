#pragma once

#include "domain/section.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tenet::app {

// The kinds of structured item a section may carry, one table editor each.
enum class ItemKind
{
    Escalation, // service_protocols
    FollowUp, // service_protocols
    Stage, // complaints
    Programme, // training
    Kpi, // metrics
};

// The section that carries items of the kind.
domain::SectionKey sectionKeyOf(ItemKind kind);
// The item tables a section has, in the order the editor shows them; empty for most.
QList<ItemKind> itemKindsOf(domain::SectionKey key);
// "KPI table", "escalation tiers", ...: how commands and messages name the table.
QString itemTableName(ItemKind kind);
// "KPI", "escalation tier", ...: one row of the table.
QString itemNoun(ItemKind kind);
// The exchange format's name of the list ("kpis"), as content-rule pointers use it.
QString itemListKey(ItemKind kind);

// Every structured item of one section, as one value an undo command can keep.
struct SectionItems
{
    QList<domain::EscalationTier> escalation;
    QStringList followUp;
    QList<domain::ComplaintStage> stages;
    QList<domain::TrainingProgramme> programmes;
    QList<domain::Kpi> kpis;

    static SectionItems of(const domain::Section &section);
    void applyTo(domain::Section &section) const;
    int count(ItemKind kind) const;

    friend bool operator==(const SectionItems &, const SectionItems &) = default;
};

} // namespace tenet::app
