#pragma once

#include "domain/result.h"
#include "searchhit.h"

#include <QList>
#include <QString>

#include <optional>

namespace tenet::storage {

class Database;

// Full-text search over the clauses of a code's versions.
class ClauseSearch
{
public:
    explicit ClauseSearch(Database &db);

    // Clauses of the code whose title or body hold every word of the text (accents and case
    // ignored, the last word also as a prefix), in all versions or in one. Any text is
    // safe to pass: it is never read as query syntax. No match is an empty list; a search
    // the database could not run is an error.
    domain::Result<QList<SearchHit>> search(qint64 codeId, const QString &text,
                                            std::optional<qint64> versionId = std::nullopt) const;

private:
    Database &m_db;
};

} // namespace tenet::storage
