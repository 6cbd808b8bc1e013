#pragma once

#include "domain/clause.h"
#include "domain/structureditems.h"
#include "domain/version.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// The words and numbers the handbook and the exports share, so that the PDF, the HTML and
// the Markdown say the same thing the same way.
namespace tenet::render {


// Not yet in force: such a handbook is marked DRAFT.
bool isDraftState(domain::VersionState state);

// "MUST" or "SHOULD".
QString strengthLabel(domain::Strength strength);

// A whole number without decimals ("24"), others with up to two ("0.5").
QString numberText(double value);

// "24 hours", "1 hour", "0.5 hours".
QString hoursText(double hours);

// The day a version took effect, "2026-05-01"; a dash when it has not.
QString effectiveDateText(const domain::VersionInfo &info);

// "Version 3 · Published".
QString versionLine(const domain::VersionInfo &info);

// A KPI's target and alert threshold as a comparison: "≤ 20" and "> 30" for one that is
// good when low (an alert when the value goes above the threshold).
QString kpiTargetText(const domain::Kpi &kpi);
QString kpiAlertText(const domain::Kpi &kpi);

// The facts of a training programme, each one short: "yes, pass mark 80%", "every 12 months".
QString finalTestText(const domain::TrainingProgramme &programme);
QString rolesText(const QStringList &roles);
QString refresherText(const domain::TrainingProgramme &programme);

// The column headings of the structured-item tables, in the order every export uses.
QStringList escalationColumns();
QStringList followUpColumns();
QStringList stageColumns();
QStringList programmeColumns();
QStringList kpiColumns();

// The headings above those tables.
QString escalationHeading();
QString followUpHeading();
QString stagesHeading();
QString programmesHeading();
QString kpisHeading();

} // namespace tenet::render
