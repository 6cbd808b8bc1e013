#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace tenet::domain {

// service_protocols: who takes an unresolved issue at each tier, and how soon.
struct EscalationTier
{
    int tier = 1;
    QString role;
    double withinHours = 0;
    QString action;

    friend bool operator==(const EscalationTier &, const EscalationTier &) = default;
};

// complaints: one stage of a complaint's life (logged, assessed, resolved, closed).
struct ComplaintStage
{
    QString key;
    QString name;
    double withinHours = 0;

    friend bool operator==(const ComplaintStage &, const ComplaintStage &) = default;
};

// training: a programme staff must take.
struct TrainingProgramme
{
    QString id;
    QString title;
    double hours = 0;
    QStringList objectives;
    bool finalTest = false;
    std::optional<double> passMark; // percent, when there is a final test
    QStringList roles;              // role names it applies to; empty means everyone
    std::optional<int> refresherMonths;

    friend bool operator==(const TrainingProgramme &, const TrainingProgramme &) = default;
};

// Whether a KPI is good when low (average speed of answer) or when high (satisfaction).
enum class KpiDirection {
    AtMost,
    AtLeast,
};

QString kpiDirectionName(KpiDirection direction);
// The direction as the interface says it, in the interface language: "at most", "como máximo".
QString kpiDirectionLabel(KpiDirection direction);
std::optional<KpiDirection> kpiDirectionFromName(const QString &name);

// metrics: a measure with its target, the threshold that raises an alert, and the response.
struct Kpi
{
    QString key;
    QString name;
    QString definition;
    QString unit;
    KpiDirection direction = KpiDirection::AtMost;
    double target = 0;
    double alert = 0;
    QString action;

    friend bool operator==(const Kpi &, const Kpi &) = default;
};

} // namespace tenet::domain
