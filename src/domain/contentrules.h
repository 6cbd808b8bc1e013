#pragma once

#include "codecontent.h"
#include "result.h"

#include <QList>

namespace tenet::domain {

// The rules a code's content must keep that a file format cannot express: each of the
// seven sections once and in order, clause ids unique within the code, KPI thresholds on
// the right side of their targets, and so on. Each Error's `where` is a JSON pointer
// into the exchange format (/sections/6/kpis/0/alert).
QList<Error> checkContentRules(const CodeContent &content);
// The part of them about the comprehension check, for the editor that changes only it.
QList<Error> checkComprehensionRules(const ComprehensionCheck &check);

} // namespace tenet::domain
