#pragma once

#include "domain/clause.h"
#include "domain/structureditems.h"
#include "domain/version.h"
#include "outputlanguage.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

// The words and numbers the handbook and the exports share, so that the PDF, the HTML and
// the Markdown say the same thing the same way, in the language they are given (the code
// version's; English when none is given).
namespace tenet::render {

// Not yet in force: such a handbook is marked DRAFT.
bool isDraftState(domain::VersionState state);

// The clause's badge: "MUST" or "SHOULD", "DEBE" or "DEBERÍA".
QString strengthLabel(domain::Strength strength,
                      const OutputLanguage &language = OutputLanguage::english());

// A whole number without decimals ("24"), others with up to two ("0.5", "0,5").
QString numberText(double value, const OutputLanguage &language = OutputLanguage::english());

// "24 hours", "1 hour", "0.5 hours".
QString hoursText(double hours, const OutputLanguage &language = OutputLanguage::english());

// The day a version took effect ("2026-05-01", "01/05/2026"), or that it has not.
QString effectiveDateText(const domain::VersionInfo &info,
                          const OutputLanguage &language = OutputLanguage::english());

// "Version 3 · Published".
QString versionLine(const domain::VersionInfo &info,
                    const OutputLanguage &language = OutputLanguage::english());

// A KPI's target and alert threshold in words: "at most 20" and "above 30" for one that
// is good when low (an alert when the value goes above the threshold).
QString kpiTargetText(const domain::Kpi &kpi,
                      const OutputLanguage &language = OutputLanguage::english());
QString kpiAlertText(const domain::Kpi &kpi,
                     const OutputLanguage &language = OutputLanguage::english());

// The facts of a training programme, each one short: "yes, pass mark 80%", "every 12 months".
QString finalTestText(const domain::TrainingProgramme &programme,
                      const OutputLanguage &language = OutputLanguage::english());
QString rolesText(const QStringList &roles,
                  const OutputLanguage &language = OutputLanguage::english());
QString refresherText(const domain::TrainingProgramme &programme,
                      const OutputLanguage &language = OutputLanguage::english());

// The column headings of the structured-item tables, in the order every export uses.
QStringList escalationColumns(const OutputLanguage &language = OutputLanguage::english());
QStringList followUpColumns(const OutputLanguage &language = OutputLanguage::english());
QStringList stageColumns(const OutputLanguage &language = OutputLanguage::english());
QStringList programmeColumns(const OutputLanguage &language = OutputLanguage::english());
QStringList kpiColumns(const OutputLanguage &language = OutputLanguage::english());

// The headings above those tables.
QString escalationHeading(const OutputLanguage &language = OutputLanguage::english());
QString followUpHeading(const OutputLanguage &language = OutputLanguage::english());
QString stagesHeading(const OutputLanguage &language = OutputLanguage::english());
QString programmesHeading(const OutputLanguage &language = OutputLanguage::english());
QString kpisHeading(const OutputLanguage &language = OutputLanguage::english());

} // namespace tenet::render
