#pragma once

class QTextStream;

namespace tenet::domain {
struct Comparison;
struct Version;
} // namespace tenet::domain

namespace tenet::cli {

// Prints a comparison for a terminal, readable without colour: one line per changed
// clause (+ added, - removed, ~ changed, > moved) and word-level changes inline as
// [-deleted-]{+inserted+}, the convention of wdiff and git's --word-diff. It says what the
// handbook's reader sees: clause text rendered from Markdown, fields and values in words
// (render's ChangeText, ClauseRedline and ItemFields). Needs a QGuiApplication.
void printComparison(QTextStream &out, const domain::Version &from, const domain::Version &to,
                     const domain::Comparison &comparison);

} // namespace tenet::cli
