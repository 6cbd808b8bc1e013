#pragma once

#include "handbooklabels.h"

namespace tenet::domain {
struct Comparison;
struct VersionInfo;
} // namespace tenet::domain

namespace tenet::render {

class TextDocumentWriter;

// The handbook's "Changes in this version": what it is compared with, a summary, what
// changed section by section, and a redline of the changed wording.
class HandbookChanges
{
public:
    HandbookChanges(TextDocumentWriter &writer, const HandbookLabels &label);

    // Writes the changes since `previous` after the part's heading.
    void write(const domain::Comparison &comparison, const domain::VersionInfo &previous);

private:
    void addClauseChanges(const domain::Comparison &comparison);
    void addRedline(const domain::Comparison &comparison);

    TextDocumentWriter &m_writer;
    const HandbookLabels &m_label;
};

} // namespace tenet::render
