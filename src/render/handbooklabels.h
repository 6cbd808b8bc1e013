#pragma once

#include "domain/version.h"

#include <QString>

namespace tenet::render {

// The handbook's fixed wording (cover, contents, running header and footer, the changes, the
// signature page) in the language its code is written in. The English text is the key; one
// table in handbooklabels.cpp gives the Spanish and the Lithuanian. Any other language, and
// any text the table lacks, stays in English (through Qt's translation, as before).
class HandbookLabels
{
public:
    explicit HandbookLabels(const QString &language);
    // The English wording, what the HTML and Markdown exports use.
    static const HandbookLabels &english();

    QString operator()(const char *english) const;
    // "Published", "Draft", ... as the cover and the running header say it.
    QString state(domain::VersionState state) const;
    // "Version 3 · Published".
    QString versionLine(const domain::VersionInfo &info) const;
    // The day a version took effect, "2026-05-01", or that it has not.
    QString effectiveDate(const domain::VersionInfo &info) const;

private:
    int m_column = -1; // into the table's translations; -1: English
};

} // namespace tenet::render
