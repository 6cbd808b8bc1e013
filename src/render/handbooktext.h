#pragma once

#include "domain/clause.h"
#include "domain/structureditems.h"
#include "domain/version.h"
#include "handbooklabels.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// The words and numbers the handbook and the exports share, so that the PDF, the HTML and
// the Markdown say the same thing the same way. Those that take labels say it in their
// language (the PDF handbook's); the exports use the English.
namespace tenet::render {

// Not yet in force: such a handbook is marked DRAFT.
bool isDraftState(domain::VersionState state);

// "MUST" or "SHOULD".
QString strengthLabel(domain::Strength strength);

// A whole number without decimals ("24"), others with up to two ("0.5").
QString numberText(double value);

// "24 hours", "1 hour", "0.5 hours".
QString hoursText(double hours, const HandbookLabels &label = HandbookLabels::english());

// The day a version took effect, "2026-05-01"; a dash when it has not.
QString effectiveDateText(const domain::VersionInfo &info);

// "Version 3 · Published".
QString versionLine(const domain::VersionInfo &info);

// A KPI's target and alert threshold as a comparison: "≤ 20" and "> 30" for one that is
// good when low (an alert when the value goes above the threshold).
QString kpiTargetText(const domain::Kpi &kpi);
QString kpiAlertText(const domain::Kpi &kpi);

// The facts of a training programme, each one short: "yes, pass mark 80%", "every 12 months".
QString finalTestText(const domain::TrainingProgramme &programme,
                      const HandbookLabels &label = HandbookLabels::english());
QString rolesText(const QStringList &roles,
                  const HandbookLabels &label = HandbookLabels::english());
QString refresherText(const domain::TrainingProgramme &programme,
                      const HandbookLabels &label = HandbookLabels::english());

// The column headings of the structured-item tables, in the order every export uses.
QStringList escalationColumns(const HandbookLabels &label = HandbookLabels::english());
QStringList followUpColumns(const HandbookLabels &label = HandbookLabels::english());
QStringList stageColumns(const HandbookLabels &label = HandbookLabels::english());
QStringList programmeColumns(const HandbookLabels &label = HandbookLabels::english());
QStringList kpiColumns(const HandbookLabels &label = HandbookLabels::english());

// The headings above those tables.
QString escalationHeading(const HandbookLabels &label = HandbookLabels::english());
QString followUpHeading(const HandbookLabels &label = HandbookLabels::english());
QString stagesHeading(const HandbookLabels &label = HandbookLabels::english());
QString programmesHeading(const HandbookLabels &label = HandbookLabels::english());
QString kpisHeading(const HandbookLabels &label = HandbookLabels::english());

} // namespace tenet::render
