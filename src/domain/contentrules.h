#pragma once

#include "code.h"
#include "codecontent.h"
#include "result.h"
#include "version.h"

#include <QList>

namespace tenet::domain {

// The rules a code's content must keep that a file format cannot express: each of the
// seven sections once and in order, clause ids unique within the code, KPI thresholds on
// the right side of their targets, text fields free of control characters and within
// their limits (textlimits.h), and so on. Each Error's `where` is a JSON pointer
// into the exchange format (/sections/6/kpis/0/alert).
QList<Error> checkContentRules(const CodeContent &content);
// The part of them about the comprehension check, for the editor that changes only it.
QList<Error> checkComprehensionRules(const ComprehensionCheck &check);
// The text rules for the code's identity (/code/...) and for a version's record
// (/version/...), as a code file carries them.
QList<Error> checkCodeText(const Code &code);
QList<Error> checkVersionText(const VersionInfo &version);

} // namespace tenet::domain
