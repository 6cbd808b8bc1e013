#pragma once

#include "outputlanguage.h"

#include "domain/comparison.h"
#include "domain/version.h"

#include <QString>

namespace tenet::render {

// The comparison of two versions as an HTML redline for a QTextBrowser: for each section
// with changes, each changed clause with its number and title, changed words marked inline
// (<ins>: underlined and green; <del>: struck through and red; each with a title that
// names it, and a legend at the top, so that it reads without colour), added and removed
// clauses whole, moved ones labelled, and changed structured items as small before/after
// tables. Every piece of user text is escaped. Its wording is in the language of the newer
// version's content (the outputs catalogue), as the handbook's is.
//
// A changed structured item is shown field by field with the changed fields in bold, and
// a section's changed owner or review interval with both values. Clause bodies are compared
// as the reader sees them (ClauseRedline), so no Markdown marker shows; it needs a
// QGuiApplication for that.
QString redlineHtml(const domain::Comparison &comparison, const domain::Version &from,
                    const domain::Version &to);
// The same redline in the language given: the desktop's history view shows it in the
// interface's language, beside a list of changes in that language.
QString redlineHtml(const domain::Comparison &comparison, const domain::Version &from,
                    const domain::Version &to, const OutputLanguage &language);

// The anchors the redline puts at each change, for QTextBrowser::scrollToAnchor. Indexes
// are those of Comparison::sections, SectionComparison::clauses and SectionComparison::items.
QString redlineSectionAnchor(int sectionIndex);
QString redlineClauseAnchor(int sectionIndex, int clauseIndex);
QString redlineItemAnchor(int sectionIndex, int itemIndex);

} // namespace tenet::render
