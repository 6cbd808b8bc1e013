#pragma once

#include "outputlanguage.h"

namespace tenet::domain {
struct CodeContent;
struct Comparison;
struct ItemComparison;
struct SectionComparison;
struct VersionInfo;
} // namespace tenet::domain

namespace tenet::render {

class TextDocumentWriter;

// The handbook's "Changes in this version": what it is compared with, a summary, what
// changed section by section, and a redline. Everything is in the reader's words: fields
// are named ("the text", "the alert threshold"), never keyed, and the redline compares the
// text the reader sees (ClauseRedline), not the Markdown behind it.
class HandbookChanges
{
public:
    HandbookChanges(TextDocumentWriter &writer, const OutputLanguage &language,
                    const domain::CodeContent &before, const domain::CodeContent &after);

    // Writes the changes since `previous` after the part's heading.
    void write(const domain::Comparison &comparison, const domain::VersionInfo &previous);

private:
    void addClauseChanges(const domain::Comparison &comparison);
    void addRedline(const domain::Comparison &comparison);
    void addItemRedline(const domain::SectionComparison &section,
                        const domain::ItemComparison &item);
    QString itemName(const domain::SectionComparison &section,
                     const domain::ItemComparison &item) const;

    TextDocumentWriter &m_writer;
    const OutputLanguage &m_language;
    const domain::CodeContent &m_before;
    const domain::CodeContent &m_after;
};

} // namespace tenet::render
