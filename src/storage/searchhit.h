#pragma once

#include "domain/sectionkey.h"

#include <QList>
#include <QString>

namespace tenet::storage {

// One clause text that matched a search, and the versions of the code that contain it.
struct SearchHit
{
    QList<int> versionNumbers; // ascending
    QString clauseId;
    QString clauseNumber; // "3.2", where the clause stands in those versions
    domain::SectionKey section = domain::SectionKey::Ethics;
    QString title;
    // A short extract of the title or body with each match between '[' and ']'.
    QString snippet;
};

} // namespace tenet::storage
