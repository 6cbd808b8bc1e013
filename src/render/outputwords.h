#pragma once

#include "outputlanguage.h"

#include "domain/clause.h"
#include "domain/dashboard.h"
#include "domain/role.h"
#include "domain/structureditems.h"
#include "domain/version.h"

#include <QString>
#include <QStringList>

// The domain's fixed words as every output writes them, in the output's language: a key
// such as "at_most" or "agent" never reaches a reader.
namespace tenet::render::words {

// The clause's badge: "MUST" / "SHOULD"; "DEBE" / "DEBERÍA"; "PRIVALOMA" / "REKOMENDUOJAMA".
QString strength(domain::Strength strength, const OutputLanguage &language);
// "Published", "In review", ... as a heading or a cell says it.
QString versionState(domain::VersionState state, const OutputLanguage &language);
// The same state inside a sentence: "version 3 (published)".
QString versionStateInSentence(domain::VersionState state, const OutputLanguage &language);
// A role as people call it ("agent", "agente", "konsultantas"); a name that is not one of
// Tenet's roles is kept as written.
QString role(domain::Role role, const OutputLanguage &language);
QString roleNamed(const QString &roleName, const OutputLanguage &language);
QString roles(const QStringList &roleNames, const OutputLanguage &language);
// "at most" / "at least".
QString kpiDirection(domain::KpiDirection direction, const OutputLanguage &language);
// "current", "due soon", "stale", "not scheduled".
QString reviewState(domain::ReviewState state, const OutputLanguage &language);
// "on target", "off target", "breached", "no data".
QString kpiState(domain::KpiState state, const OutputLanguage &language);
QString yesNo(bool yes, const OutputLanguage &language);

} // namespace tenet::render::words
