#pragma once

#include "comprehensioncheck.h"
#include "section.h"

#include <QList>
#include <QString>

#include <optional>

namespace tenet::domain {

// Where a clause stands in a code: the indexes of its section and of itself.
struct ClausePosition
{
    int sectionIndex = -1;
    int clauseIndex = -1;

    friend bool operator==(const ClausePosition &, const ClausePosition &) = default;
};

// The text of one version of a code in one language: the seven sections in their fixed
// order. A version may later carry the same content in several languages.
struct CodeContent
{
    QString language = QStringLiteral("en");
    QList<Section> sections;
    // The questions people answer before signing; empty when the version asks none.
    ComprehensionCheck check;

    // Seven empty sections with their default titles, in order.
    static CodeContent withEmptySections(const QString &language = QStringLiteral("en"));

    Section *section(SectionKey key);
    const Section *section(SectionKey key) const;

    std::optional<ClausePosition> findClause(const QString &clauseId) const;
    const Clause *clause(const QString &clauseId) const;
    int clauseCount() const;

    friend bool operator==(const CodeContent &, const CodeContent &) = default;
};

// The number a clause is shown with: "3.2" is the second clause of the third section.
QString clauseNumber(SectionKey section, int clauseIndex);

} // namespace tenet::domain
