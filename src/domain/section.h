#pragma once

#include "clause.h"
#include "sectionkey.h"
#include "structureditems.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tenet::domain {

// One of the seven sections of a code: its text, who owns it, how often it is reviewed,
// its ordered clauses, and the structured items that only some sections carry.
struct Section
{
    SectionKey key = SectionKey::Ethics;
    QString title;
    QString purpose;
    QString owner;                         // employee number of the person who keeps it
    std::optional<int> reviewIntervalDays; // none: the section is never due for review
    QList<Clause> clauses;

    QList<EscalationTier> escalation; // service_protocols
    QStringList followUp;             // service_protocols
    QList<ComplaintStage> stages;     // complaints
    QList<TrainingProgramme> programmes; // training
    QList<Kpi> kpis;                  // metrics

    friend bool operator==(const Section &, const Section &) = default;
};

} // namespace tenet::domain
