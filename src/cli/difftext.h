#pragma once

class QTextStream;

namespace tenet::domain {
struct Comparison;
struct VersionInfo;
} // namespace tenet::domain

namespace tenet::cli {

// Prints a comparison for a terminal, readable without colour: one line per changed
// clause (+ added, - removed, ~ changed, > moved) and word-level changes inline as
// [-deleted-]{+inserted+}, the convention of wdiff and git's --word-diff.
void printComparison(QTextStream &out, const domain::VersionInfo &from,
                     const domain::VersionInfo &to, const domain::Comparison &comparison);

} // namespace tenet::cli
